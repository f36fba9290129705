package formats

import (
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
)

// codePoints slices a text by code point offsets without copying it, as the exporters do for
// every span's context and pieces: the byte offset of each code point is found once. It reads
// invalid UTF-8 as []rune does, each bad byte one U+FFFD.
type codePoints struct {
	text string
	at   []int32 // at[i] is the byte offset of code point i; at[len] is len(text)
}

func newCodePoints(text string) codePoints {
	text = annotate.ValidUTF8(text)
	at := make([]int32, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		at = append(at, int32(i))
	}
	return codePoints{text: text, at: append(at, int32(len(text)))}
}

// len is the number of code points in the text.
func (c codePoints) len() int { return len(c.at) - 1 }

// slice returns code points [s, e) of the text.
func (c codePoints) slice(s, e int) string { return c.text[c.at[s]:c.at[e]] }
