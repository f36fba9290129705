package edit

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/article-annotator/annotator/annotate"
)

// Ref names one annotation of a document, as the page and the ops write it: "q3" a quote, "d2" a
// date, "s1" a speaker, and "s1.m2" the second mention of speaker s1 (1-based, as render's data-m
// attribute counts them).
type Ref struct {
	ID      string // the quote's, date's or speaker's id; for a mention, its speaker's id
	Mention int    // for a mention, its 1-based place among the speaker's mentions; 0 otherwise
}

// ParseRef splits a reference into the id and, for a mention, its number. It checks the form only;
// whether the annotation exists is for the document to say.
func ParseRef(s string) (Ref, error) {
	id, m, found := strings.Cut(s, ".m")
	if id == "" || strings.ContainsAny(id, " \t\n.") {
		return Ref{}, fmt.Errorf("%q is not a reference to an annotation (q3, d2, s1 or s1.m2)", s)
	}
	if !found {
		return Ref{ID: id}, nil
	}
	n, err := strconv.Atoi(m)
	if err != nil || n < 1 {
		return Ref{}, fmt.Errorf("%q is not a reference to a mention (s1.m2 is speaker s1's second)", s)
	}
	return Ref{ID: id, Mention: n}, nil
}

// String writes r the way ParseRef reads it.
func (r Ref) String() string {
	if r.Mention > 0 {
		return r.ID + ".m" + strconv.Itoa(r.Mention)
	}
	return r.ID
}

// MentionRef returns the reference of the i-th mention (0-based, as in Speaker.Mentions) of the
// speaker with the given id.
func MentionRef(speaker string, i int) string { return Ref{ID: speaker, Mention: i + 1}.String() }

// The kinds of annotation a reference can point at; the first three are also the kinds Add and
// Retype take.
const (
	KindSpeaker = "speaker" // a mention of a speaker
	KindQuote   = "quote"
	KindDate    = "date"
	kindPerson  = "person" // a speaker as a whole (a reference without ".m")
)

// target is an annotation a reference resolved to in one document: its kind and its index in the
// document's list (for a mention, the speaker's index and the mention's).
type target struct {
	kind    string
	i, m    int
	id, ref string
}

// locate finds the annotation ref names in doc.
func locate(doc *annotate.Document, ref string) (target, error) {
	r, err := ParseRef(ref)
	if err != nil {
		return target{}, err
	}
	if r.Mention > 0 {
		i := speakerIndex(doc, r.ID)
		if i < 0 {
			return target{}, fmt.Errorf("there is no speaker %s", r.ID)
		}
		if r.Mention > len(doc.Speakers[i].Mentions) {
			return target{}, fmt.Errorf("speaker %s has no mention %d (it has %d)", r.ID, r.Mention, len(doc.Speakers[i].Mentions))
		}
		return target{kind: KindSpeaker, i: i, m: r.Mention - 1, id: r.ID, ref: ref}, nil
	}
	if i := slices.IndexFunc(doc.Quotes, func(q annotate.Quote) bool { return q.ID == r.ID }); i >= 0 {
		return target{kind: KindQuote, i: i, id: r.ID, ref: ref}, nil
	}
	if i := slices.IndexFunc(doc.Dates, func(d annotate.Date) bool { return d.ID == r.ID }); i >= 0 {
		return target{kind: KindDate, i: i, id: r.ID, ref: ref}, nil
	}
	if i := speakerIndex(doc, r.ID); i >= 0 {
		return target{kind: kindPerson, i: i, id: r.ID, ref: ref}, nil
	}
	return target{}, fmt.Errorf("there is no annotation %s", ref)
}

// locateKind is locate for ops that take one kind only; what names the kind in the error.
func locateKind(doc *annotate.Document, ref, kind, what string) (target, error) {
	t, err := locate(doc, ref)
	if err != nil {
		return t, err
	}
	if t.kind != kind {
		return t, fmt.Errorf("%s is not %s", ref, what)
	}
	return t, nil
}

func speakerIndex(doc *annotate.Document, id string) int {
	return slices.IndexFunc(doc.Speakers, func(s annotate.Speaker) bool { return s.ID == id })
}

// span returns the span of a target (a speaker as a whole has none).
func (t target) span(doc *annotate.Document) annotate.Span {
	switch t.kind {
	case KindQuote:
		return doc.Quotes[t.i].Span
	case KindDate:
		return doc.Dates[t.i].Span
	case KindSpeaker:
		return doc.Speakers[t.i].Mentions[t.m].Span
	}
	return annotate.Span{}
}

// nextID returns prefix followed by one more than the largest number any id of that prefix in ids
// carries, so a new annotation never takes the id of a live one.
func nextID(prefix string, ids func(yield func(string) bool)) string {
	n := 0
	for id := range ids {
		if k, err := strconv.Atoi(strings.TrimPrefix(id, prefix)); err == nil && strings.HasPrefix(id, prefix) && k > n {
			n = k
		}
	}
	return prefix + strconv.Itoa(n+1)
}

func quoteIDs(doc *annotate.Document) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, q := range doc.Quotes {
			if !yield(q.ID) {
				return
			}
		}
	}
}

func dateIDs(doc *annotate.Document) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, d := range doc.Dates {
			if !yield(d.ID) {
				return
			}
		}
	}
}

func speakerIDs(doc *annotate.Document) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, s := range doc.Speakers {
			if !yield(s.ID) {
				return
			}
		}
	}
}
