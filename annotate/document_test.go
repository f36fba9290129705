package annotate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCodePoints checks the byte-to-code-point conversion at every code point boundary of texts
// that mix ASCII with runes of two, three and four bytes at every alignment within the eight-byte
// words runeStarts reads and the blocks of stride bytes it marks.
func TestCodePoints(t *testing.T) {
	texts := []string{
		"",
		"plain ASCII only, longer than one block of sixty-four bytes, to cross a mark or two.",
		"é",
		"“Quoted,” she said — on 3 März, at 9 a.m. 😀 and ñ.",
		strings.Repeat("a“b", 50),
		strings.Repeat("ab😀", 40),
		strings.Repeat("x", 63) + "é" + strings.Repeat("y", 70) + "—",
	}
	for shift := range 9 { // move the runes across word and block boundaries
		texts = append(texts, strings.Repeat(" ", shift)+strings.Repeat("“é😀z", 30))
	}
	for _, text := range texts {
		cp := newCodePoints(text)
		for b := 0; b <= len(text); b++ {
			if b < len(text) && !utf8.RuneStart(text[b]) {
				continue
			}
			if got, want := cp.at(b), utf8.RuneCountInString(text[:b]); got != want {
				t.Fatalf("at(%d) in %q = %d, want %d", b, text, got, want)
			}
		}
		if got, want := runeStarts(text), utf8.RuneCountInString(text); got != want {
			t.Errorf("runeStarts(%q) = %d, want %d", text, got, want)
		}
	}
}
