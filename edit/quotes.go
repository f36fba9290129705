package edit

import (
	"fmt"
	"slices"

	"github.com/article-annotator/annotator/annotate"
)

// SetKind sets a quote's kind: "direct", "indirect", "mixed" or "scare".
type SetKind struct{ Ref, Kind string }

// Link makes Speaker the speaker of Quote. Speaker is a speaker ("s1"), a mention ("s1.m2"), which
// also makes that mention the quote's source, or "" to leave the quote without a speaker. The quote
// keeps its source only when the source overlaps one of the new speaker's mentions.
type Link struct{ Quote, Speaker string }

func (op SetKind) apply(doc *annotate.Document) (string, error) {
	t, err := locateKind(doc, op.Ref, KindQuote, "a quote")
	if err != nil {
		return "", err
	}
	switch op.Kind {
	case "direct", "indirect", "mixed", "scare":
	default:
		return "", fmt.Errorf("%q is not a kind of quote (direct, indirect, mixed or scare)", op.Kind)
	}
	q := &doc.Quotes[t.i]
	q.Kind, q.By = op.Kind, annotate.ByHuman
	return op.Ref, nil
}

func (op Link) apply(doc *annotate.Document) (string, error) {
	t, err := locateKind(doc, op.Quote, KindQuote, "a quote")
	if err != nil {
		return "", err
	}
	q := &doc.Quotes[t.i]
	q.By = annotate.ByHuman
	if op.Speaker == "" {
		q.Speaker, q.Source = nil, nil
		return op.Quote, nil
	}
	s, err := locate(doc, op.Speaker)
	if err != nil {
		return "", err
	}
	if s.kind != kindPerson && s.kind != KindSpeaker {
		return "", fmt.Errorf("%s is not a speaker", op.Speaker)
	}
	sp := doc.Speakers[s.i]
	id := sp.ID
	q.Speaker = &id
	switch {
	case s.kind == KindSpeaker:
		src := sp.Mentions[s.m].Span
		q.Source = &src
	case q.Source != nil && !slices.ContainsFunc(sp.Mentions, func(m annotate.Mention) bool {
		return m.Start < q.Source.End && q.Source.Start < m.End
	}):
		q.Source = nil
	}
	return op.Quote, nil
}
