// Package annotate is the engine of the article annotator: text in, spans out. It finds who is
// quoted (speakers), what they said (quotes, each linked to its speaker) and when things happened
// (dates, each normalised to a TIMEX3 value), and returns them as one Document whose offsets are
// Unicode code points.
//
// The finding itself lives in two subpackages that work on byte offsets: quotes (quotes and
// speakers) and dates (temporal expressions and the reference date). This package runs them and
// converts their byte offsets into code points once, at the edge. It does not render, read files or
// touch the DOM.
package annotate

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate/dates"
	"github.com/article-annotator/annotator/annotate/quotes"
)

// Options configure one call to Annotate.
type Options struct {
	// ReferenceDate is the article's own date as "YYYY-MM-DD". Relative expressions ("last week",
	// "Monday") resolve against it. When empty, Annotate looks for a date in the text (a dateline,
	// "Published 3 September 2024"); when there is none, relative dates stay underspecified.
	ReferenceDate string
}

// Annotate finds speakers, quotes and dates in text. It never fails: invalid UTF-8 bytes are
// replaced one for one by U+FFFD, so every offset still counts one code point per bad byte and the
// returned Document's Text is valid UTF-8. A malformed ReferenceDate is treated as absent; callers
// that take the date from users should check it first with ParseDate.
func Annotate(text string, opts Options) *Document {
	text = ValidUTF8(text)
	ref, err := ParseDate(opts.ReferenceDate)
	var from *Span
	if err != nil || ref.IsZero() {
		ref = time.Time{}
		if t, s, e, ok := dates.DetectReference(text); ok {
			ref = t
			from = &Span{Start: s, End: e} // byte offsets for now; converted below
		}
	}
	qs, ents := quotes.Find(text)
	ds := dates.Find(text, ref)
	return newDocument(text, ref, from, qs, ents, ds)
}

// ParseDate parses a reference date written "YYYY-MM-DD". The empty string gives the zero time
// and no error.
func ParseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}

// ValidUTF8 returns text with each byte that is not part of a valid UTF-8 sequence replaced by
// U+FFFD. Unlike strings.ToValidUTF8 it replaces byte by byte, so code point offsets computed by
// tools that decode the bad bytes one code point each (Go's []rune, Python's surrogateescape)
// agree with ours.
func ValidUTF8(text string) string {
	if utf8.ValidString(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 16)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(text[i : i+n])
		}
		i += n
	}
	return b.String()
}
