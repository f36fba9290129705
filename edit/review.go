package edit

import (
	"fmt"
	"slices"

	"github.com/article-annotator/annotator/annotate"
)

// Accept confirms a machine suggestion: its "by" becomes "human". Ref is a quote, a date, a mention
// ("s1.m2"), or a speaker ("s1"), which confirms all its mentions.
type Accept struct{ Ref string }

// Reject removes a machine suggestion, as Delete does.
type Reject struct{ Ref string }

func (op Accept) apply(doc *annotate.Document) (string, error) {
	t, err := locate(doc, op.Ref)
	if err != nil {
		return "", err
	}
	var by *string
	switch t.kind {
	case KindQuote:
		by = &doc.Quotes[t.i].By
	case KindDate:
		by = &doc.Dates[t.i].By
	case KindSpeaker:
		by = &doc.Speakers[t.i].Mentions[t.m].By
	case kindPerson:
		n := 0
		for j := range doc.Speakers[t.i].Mentions {
			if m := &doc.Speakers[t.i].Mentions[j]; m.By != annotate.ByHuman {
				m.By = annotate.ByHuman
				n++
			}
		}
		if n == 0 {
			return "", fmt.Errorf("every mention of %s is confirmed already", doc.Speakers[t.i].Name)
		}
		return op.Ref, nil
	}
	if *by == annotate.ByHuman {
		return "", fmt.Errorf("%s is confirmed already", op.Ref)
	}
	*by = annotate.ByHuman
	return op.Ref, nil
}

func (op Reject) apply(doc *annotate.Document) (string, error) { return Delete(op).apply(doc) }

// Pending returns the refs of the machine annotations still to review, in the order a review
// walks them: quotes without a speaker, then the other quotes, then speaker mentions, then dates,
// each in text order.
func (s *Session) Pending() []string {
	doc := s.doc
	type item struct {
		group, start int
		ref          string
	}
	var items []item
	for _, q := range doc.Quotes {
		if q.By == annotate.ByMachine {
			g := 1
			if q.Speaker == nil {
				g = 0
			}
			items = append(items, item{g, q.Start, q.ID})
		}
	}
	for _, sp := range doc.Speakers {
		for j, m := range sp.Mentions {
			if m.By == annotate.ByMachine {
				items = append(items, item{2, m.Start, MentionRef(sp.ID, j)})
			}
		}
	}
	for _, d := range doc.Dates {
		if d.By == annotate.ByMachine {
			items = append(items, item{3, d.Start, d.ID})
		}
	}
	slices.SortStableFunc(items, func(a, b item) int {
		if a.group != b.group {
			return a.group - b.group
		}
		return a.start - b.start
	})
	refs := make([]string, len(items))
	for i, it := range items {
		refs[i] = it.ref
	}
	return refs
}
