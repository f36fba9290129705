// Package quotes finds quoted and reported speech in English news text and attributes each quote to
// the speaker that the text names for it.
//
// It works on the raw text with byte offsets and knows nothing of JSON, code points or the DOM;
// package annotate converts its results into the exported document. It does not find dates.
package quotes

// Span is a byte range [Start, End) in the text. The zero Span means "none".
type Span struct{ Start, End int }

// IsZero reports whether s is the empty "none" span.
func (s Span) IsZero() bool { return s.End <= s.Start }

// Quote is one quotation or report of speech.
type Quote struct {
	Span
	Kind    string // "direct", "indirect" or "mixed"
	Source  Span   // the words naming the speaker for this quote ("Lavrov", "he"); zero if none
	Cue     Span   // the attribution verb or phrase ("said", "according to"); zero if none
	Speaker int    // index into the entities returned with the quote, or -1
}

// Entity is one real speaker: the canonical (fullest) name and every mention of it in the text.
type Entity struct {
	Name     string
	Mentions []Span
}

// Find returns the quotes in text in order of their start, and the speaker entities they refer to.
func Find(text string) ([]Quote, []Entity) {
	return nil, nil
}
