package edit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/article-annotator/annotator/annotate"
)

// SetKind sets a quote's kind: "direct", "indirect", "mixed" or "scare".
type SetKind struct{ Ref, Kind string }

// Link makes Speaker the speaker of Quote. Speaker is a speaker ("s1"), a mention ("s1.m2"), which
// also makes that mention the quote's source, or "" to leave the quote without a speaker. The quote
// keeps its source only when the source overlaps one of the new speaker's mentions.
// A speaker the quote leaves that has no mention and no other quote goes.
type Link struct{ Quote, Speaker string }

// LinkNamed links Quote to the speaker a person typed: the speaker of that name, or else one of
// whose mentions reads so (both ignoring case: "harris" finds "Mr Harris" when a mention reads
// "Harris"), and failing that a new speaker of that name, made by the same op so that one undo
// takes both away. An empty name leaves the quote without a speaker.
type LinkNamed struct{ Quote, Name string }

func (op LinkNamed) apply(doc *annotate.Document) (string, error) {
	if _, err := locateKind(doc, op.Quote, KindQuote, "a quote"); err != nil {
		return "", err
	}
	name := strings.TrimSpace(op.Name)
	id := ""
	if name != "" {
		if id = speakerNamed(doc, name); id == "" {
			id = nextID("s", speakerIDs(doc))
			doc.Speakers = append(doc.Speakers, annotate.Speaker{ID: id, Name: name, Mentions: []annotate.Mention{}})
		}
	}
	return Link{Quote: op.Quote, Speaker: id}.apply(doc)
}

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
	if q.Speaker != nil {
		defer dropIfUnused(doc, *q.Speaker)
	}
	speaker := op.Speaker
	if speaker == "" {
		q.Speaker, q.Source = nil, nil
		return op.Quote, nil
	}
	s, err := locate(doc, speaker)
	if err != nil {
		return "", err
	}
	if s.kind != kindPerson && s.kind != KindSpeaker {
		return "", fmt.Errorf("%s is not a speaker", speaker)
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

// speakerNamed returns the id of the speaker named name, or else of the one with a mention that
// reads name, ignoring case; "" when there is none.
func speakerNamed(doc *annotate.Document, name string) string {
	for _, s := range doc.Speakers {
		if strings.EqualFold(s.Name, name) || strings.EqualFold(s.ID, name) {
			return s.ID
		}
	}
	for _, s := range doc.Speakers {
		if slices.ContainsFunc(s.Mentions, func(m annotate.Mention) bool { return strings.EqualFold(m.Text, name) }) {
			return s.ID
		}
	}
	return ""
}

// dropIfUnused removes speaker id when it has no mention and no quote names it: a speaker
// nothing in the document shows any more.
func dropIfUnused(doc *annotate.Document, id string) {
	i := speakerIndex(doc, id)
	if i >= 0 && len(doc.Speakers[i].Mentions) == 0 && !quoted(doc, id) {
		doc.Speakers = slices.Delete(doc.Speakers, i, i+1)
	}
}
