package main

import "strings"

// This file holds the text form of the embedded wasm: seven bits to a character. Base64 carries
// six bits in each byte of the page, so the page weighed 4/3 of the gzip; seven bits to an ASCII
// character weigh about 8/7 of it, a sixth less.
//
// A character of the page can hold any value from 0 to 127 but three: in a <script> element's
// text the HTML parser turns NUL into U+FFFD and CR into LF, and "<" may begin "</script" or
// "<!--", which would end or change the element. Those three values are written as the
// character 0xC0 plus the value (À, Í, ü: two bytes of UTF-8 each), which appear for about one
// value in 43. loader.js reads it back: from each character it takes the value (less 0xC0 when
// it is one of those), and every eight bits make a byte. The last character is padded with zero
// bits, and the byte count is the characters times seven, over eight, rounded down.

// escaped is added to a value that cannot stand for itself.
const escaped = 0xC0

// sevens writes data as characters of seven bits each, the first bit of data first.
func sevens(data []byte) string {
	var b strings.Builder
	b.Grow(len(data)*8/7 + len(data)/32 + 2)
	put := func(v byte) {
		if v == 0 || v == '\r' || v == '<' {
			b.WriteRune(rune(escaped + int(v)))
			return
		}
		b.WriteByte(v)
	}
	var acc uint32 // the bits not yet written, in its low n bits
	n := 0
	for _, c := range data {
		acc = acc<<8 | uint32(c)
		n += 8
		for n >= 7 {
			n -= 7
			put(byte(acc>>n) & 0x7f)
		}
	}
	if n > 0 {
		put(byte(acc<<(7-n)) & 0x7f)
	}
	return b.String()
}
