package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// unsevens reads what sevens wrote, as loader.js does: a value from each character, less escaped
// when it is one of the three that cannot stand for themselves, and a byte of every eight bits.
func unsevens(s string) []byte {
	r := []rune(s)
	out := make([]byte, 0, len(r)*7/8)
	acc, n := 0, 0
	for _, c := range r {
		v := int(c)
		if v >= escaped {
			v -= escaped
		}
		acc = (acc<<7 | v) & 0x3fff
		n += 7
		if n >= 8 {
			n -= 8
			out = append(out, byte(acc>>n))
		}
	}
	return out
}

func TestSevens(t *testing.T) {
	cases := map[string][]byte{
		"empty":            nil,
		"one byte":         {0xff},
		"zeros":            make([]byte, 15),
		"CR and <":         []byte("\r\r\r<<<<\r\n"),
		"seven bytes":      []byte("abcdefg"),
		"eight bytes":      []byte("abcdefgh"),
		"all values":       allBytes(),
		"ones then zeros":  append(bytes.Repeat([]byte{0xff}, 9), make([]byte, 9)...),
		"a fake module":    bytes.Repeat([]byte("\x00asm fake "), 100),
		"seeded random 1k": random(1000),
	}
	for n := 0; n < 20; n++ {
		cases[fmt.Sprintf("random, %d bytes", n)] = random(n)
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			s := sevens(data)
			if got := unsevens(s); !bytes.Equal(got, data) {
				t.Fatalf("%d bytes came back as %d: %x, want %x", len(data), len(got), got, data)
			}
			if i := strings.IndexAny(s, "\x00\r<"); i >= 0 {
				t.Errorf("the text holds %q at %d, which the HTML parser changes or reads as a tag", s[i], i)
			}
			for _, c := range s {
				if c >= 0x80 && c != escaped && c != escaped+'\r' && c != escaped+'<' {
					t.Fatalf("the text holds %U, which is no value", c)
				}
			}
			if want := (len(data)*8 + 6) / 7; len([]rune(s)) != want {
				t.Errorf("%d characters for %d bytes; want %d", len([]rune(s)), len(data), want)
			}
		})
	}
}

// TestSevensIsSmaller checks the point of it: on bytes like gzip's, the text is close to 8/7 of
// them, where base64 is 4/3.
func TestSevensIsSmaller(t *testing.T) {
	data := random(1 << 16)
	if got, most := len(sevens(data)), len(data)*8/7*103/100; got > most {
		t.Errorf("%d bytes of text for %d bytes; want at most %d", got, len(data), most)
	}
}

func allBytes() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

func random(n int) []byte {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}
