package edit

import "unicode"

// Snap widens the selection [start, end) of text (code points) to whole words, never starting or
// ending inside a character or a grapheme cluster, and trims the whitespace around it. Quotation
// marks at its edges stay. An empty or all-space selection gives an empty one.
func Snap(text string, start, end int) (int, int) { return snapRunes([]rune(text), start, end) }

func snapRunes(runes []rune, s, e int) (int, int) {
	s, e = min(max(s, 0), len(runes)), min(max(e, 0), len(runes))
	if s > e {
		s, e = e, s
	}
	for s > 0 && s < len(runes) && wordRune(runes[s-1]) && wordRune(runes[s]) {
		s--
	}
	for e > 0 && e < len(runes) && wordRune(runes[e-1]) && wordRune(runes[e]) {
		e++
	}
	for s < e && unicode.IsSpace(runes[s]) {
		s++
	}
	for e > s && unicode.IsSpace(runes[e-1]) {
		e--
	}
	return s, e
}
