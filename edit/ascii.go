package edit

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// asciiJSON writes every character of b, JSON as encoding/json writes it (valid UTF-8, with
// non-ASCII characters only inside strings), that is not ASCII as a \u escape, or a pair of them
// beyond the Basic Multilingual Plane. JSON reads the same either way; a JavaScript string of
// ASCII alone takes one byte a character where one with a curly quote in it takes two, so the
// page holds, hands to its workers and stores in IndexedDB about half the bytes of a session.
func asciiJSON(b []byte) []byte {
	i := asciiPrefix(b)
	if i == len(b) {
		return b
	}
	// A character of 2-4 bytes becomes 6 or 12: about twice its bytes. Most text is ASCII.
	out := make([]byte, 0, len(b)+len(b)/16)
	for len(b) > 0 {
		i := asciiPrefix(b)
		out, b = append(out, b[:i]...), b[i:]
		if len(b) == 0 {
			break
		}
		r, n := utf8.DecodeRune(b)
		b = b[n:]
		if r > 0xFFFF {
			hi, lo := utf16.EncodeRune(r)
			out = appendEscape(appendEscape(out, hi), lo)
		} else {
			out = appendEscape(out, r)
		}
	}
	return out
}

// appendEscape appends \u and the four hex digits of r, a UTF-16 code unit.
func appendEscape(b []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	return append(b, '\\', 'u', hex[r>>12&0xF], hex[r>>8&0xF], hex[r>>4&0xF], hex[r&0xF])
}

// asciiPrefix is the length of the ASCII bytes b starts with, read eight at a time.
func asciiPrefix(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	return i
}
