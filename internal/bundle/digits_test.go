package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// undigits reads what digits wrote, as loader.js does: each group of seven characters (or the
// last, shorter one, of n) is a number in base 125 of six bytes (or n-1), the most significant
// first.
func undigits(s string) []byte {
	out := make([]byte, 0, len(s)*6/7)
	for len(s) > 0 {
		n := min(len(s), 7)
		var v uint64
		for i := 0; i < n; i++ {
			c := uint64(s[i])
			d := c - 1
			if c > '\r' {
				d--
			}
			if c > '<' {
				d--
			}
			v = v*125 + d
		}
		for i := n - 2; i >= 0; i-- {
			out = append(out, byte(v>>(8*i)))
		}
		s = s[n:]
	}
	return out
}

func TestDigits(t *testing.T) {
	cases := map[string][]byte{
		"empty":           nil,
		"one byte":        {0xff},
		"zeros":           make([]byte, 15),
		"CR and <":        []byte("\r\r\r<<<<\r\n"),
		"six bytes":       []byte("abcdef"),
		"seven bytes":     []byte("abcdefg"),
		"all ones":        bytes.Repeat([]byte{0xff}, 12),
		"all values":      allBytes(),
		"ones then zeros": append(bytes.Repeat([]byte{0xff}, 9), make([]byte, 9)...),
		"a fake module":   bytes.Repeat([]byte("\x00asm fake "), 100),
		"seeded random":   random(1000),
	}
	for n := 0; n < 20; n++ {
		cases[fmt.Sprintf("random, %d bytes", n)] = random(n)
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			s := digits(data)
			if got := undigits(s); !bytes.Equal(got, data) {
				t.Fatalf("%d bytes came back as %d: %x, want %x", len(data), len(got), got, data)
			}
			if i := strings.IndexAny(s, "\x00\r<"); i >= 0 {
				t.Errorf("the text holds %q at %d, which the HTML parser changes or reads as a tag", s[i], i)
			}
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					t.Fatalf("the text holds %#x at %d, which is not ASCII", s[i], i)
				}
			}
			want := len(data) / 6 * 7
			if k := len(data) % 6; k > 0 {
				want += k + 1
			}
			if len(s) != want {
				t.Errorf("%d characters for %d bytes; want %d", len(s), len(data), want)
			}
		})
	}
}

// TestDigitsAlphabet checks that the 125 digits are 125 different characters, none of them NUL,
// CR or "<", in order, so that loader.js can read a digit back with two comparisons.
func TestDigitsAlphabet(t *testing.T) {
	seen := map[byte]bool{}
	last := byte(0)
	for d := uint64(0); d < 125; d++ {
		c := digit(d)
		if c == 0 || c == '\r' || c == '<' || c >= 0x80 || seen[c] || c <= last {
			t.Fatalf("digit %d is %#x", d, c)
		}
		seen[c], last = true, c
	}
}

// TestDigitsIsSmaller checks the point of it: on bytes like gzip's, the text is 7/6 of them,
// where base64 is 4/3.
func TestDigitsIsSmaller(t *testing.T) {
	data := random(1 << 16)
	if got, most := len(digits(data)), (len(data)*7+5)/6; got > most {
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
