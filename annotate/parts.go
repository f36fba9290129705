package annotate

import (
	"time"

	"github.com/article-annotator/annotator/annotate/dates"
	"github.com/article-annotator/annotator/annotate/quotes"
)

// Annotate in parts, for a caller that runs the two finders apart, each on its own thread (the
// page runs the date finder in a second Web Worker): Reference gives the reference date, the
// caller runs quotes.Find(text) and dates.Find(text, ref), and Assemble makes of their results
// the Document that Annotate returns. text must be valid UTF-8 (see ValidUTF8).

// Reference is the reference date Annotate uses for text with opts: opts.ReferenceDate when it
// is a date, else the date the text states (a dateline), with the byte range of the words it
// came from, else the zero time.
func Reference(text string, opts Options) (ref time.Time, from *Span) {
	ref, err := ParseDate(opts.ReferenceDate)
	if err == nil && !ref.IsZero() {
		return ref, nil
	}
	if t, s, e, ok := dates.DetectReference(text); ok {
		return t, &Span{Start: s, End: e}
	}
	return time.Time{}, nil
}

// Assemble is the Document of text, from the finders' results: ref and from as Reference gives
// them, and the quotes, speakers and dates that quotes.Find(text) and dates.Find(text, ref) found.
func Assemble(text string, ref time.Time, from *Span, qs []quotes.Quote, ents []quotes.Entity, ds []dates.Expr) *Document {
	return newDocument(text, ref, from, qs, ents, ds)
}
