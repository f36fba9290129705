package main

import "strings"

// This file holds the text form of the embedded wasm: its gzip written in ASCII, six bytes to
// seven characters. Base64 writes three bytes as four characters, so the page weighed 4/3 of
// the gzip; this weighs 7/6, an eighth less.
//
// A <script> element's text can hold any ASCII character but three: the HTML parser turns NUL
// into U+FFFD and CR into LF, and "<" may begin "</script" or "<!--", which would end or change
// the element. The 125 others are the digits of a number in base 125 (digit), and six bytes, a
// number below 2^48, are seven digits, since 125^7 is more than 2^48. The last group may be
// shorter: k bytes (1 to 5) are k+1 digits. Every character is ASCII, which the browser decodes
// from the file's UTF-8 much faster than other characters (an earlier form, seven bits to a
// character with the three values written as two-byte characters, took a fifth more of the
// page's time to parse). loader.js's undigits reads it back.

// digit is the character of a digit of base 125: the ASCII characters from 1 to 127 but CR (13)
// and "<" (60), in order.
func digit(d uint64) byte {
	c := byte(d) + 1
	if c >= '\r' {
		c++
	}
	if c >= '<' {
		c++
	}
	return c
}

// digits writes data in base 125, six bytes to seven characters, the most significant first.
func digits(data []byte) string {
	var b strings.Builder
	b.Grow((len(data) + 5) / 6 * 7)
	var group [7]byte
	for len(data) > 0 {
		k := min(len(data), 6)
		var v uint64
		for _, c := range data[:k] {
			v = v<<8 | uint64(c)
		}
		n := k + 1 // characters for k bytes
		for i := n - 1; i >= 0; i-- {
			group[i] = digit(v % 125)
			v /= 125
		}
		b.Write(group[:n])
		data = data[k:]
	}
	return b.String()
}
