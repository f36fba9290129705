package edit

import (
	"fmt"
	"slices"
	"unicode"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/annotate/dates"
)

// Add marks the selection [Start, End) (code points) as a new speaker mention, quote or date. The
// selection is snapped first (see Snap). A mention joins the speaker whose name or one of whose
// mentions reads the same, else it starts a new speaker named by it; a quote is "direct" when it
// starts and ends with quotation marks, else "indirect", with no speaker; a date takes its type and
// value from the dates engine when the engine finds one in the selection, else DATE XXXX-XX-XX.
// Its ref is the new annotation's ("s2.m3", "q7", "d4"). A span overlapping one of the same kind is
// refused.
type Add struct {
	Kind       string // KindSpeaker, KindQuote or KindDate
	Start, End int
}

// Delete removes an annotation: a quote, a date, a mention ("s1.m2"), or a speaker ("s1") with all
// its mentions, its quotes left without a speaker. A speaker left with no mention and no quote goes
// with its last mention.
type Delete struct{ Ref string }

// Retype turns a span into another kind (KindSpeaker, KindQuote or KindDate) over the same extent, as
// Add would make it; its ref is the new annotation's.
type Retype struct{ Ref, Kind string }

// Resize moves the boundaries of a quote, date or mention to [Start, End), snapped as Add snaps. An
// empty span, or one overlapping another of its kind, is refused. A machine date is resolved again
// for its new words; a date a person set keeps its value.
type Resize struct {
	Ref        string
	Start, End int
}

func (op Add) apply(doc *annotate.Document) (string, error) {
	runes := []rune(doc.Text)
	if err := inText(runes, op.Start, op.End); err != nil {
		return "", err
	}
	s, e := snapRunes(runes, op.Start, op.End)
	return place(doc, runes, op.Kind, s, e)
}

func (op Delete) apply(doc *annotate.Document) (string, error) {
	t, err := locate(doc, op.Ref)
	if err != nil {
		return "", err
	}
	remove(doc, t)
	return op.Ref, nil
}

func (op Retype) apply(doc *annotate.Document) (string, error) {
	t, err := locate(doc, op.Ref)
	if err != nil {
		return "", err
	}
	if t.kind == kindPerson {
		return "", fmt.Errorf("%s is a speaker, not a span: retype one of its mentions", op.Ref)
	}
	if t.kind == op.Kind {
		return "", fmt.Errorf("%s is already a %s", op.Ref, kindName(op.Kind))
	}
	sp := t.span(doc)
	remove(doc, t)
	return place(doc, []rune(doc.Text), op.Kind, sp.Start, sp.End)
}

func (op Resize) apply(doc *annotate.Document) (string, error) {
	t, err := locate(doc, op.Ref)
	if err != nil {
		return "", err
	}
	if t.kind == kindPerson {
		return "", fmt.Errorf("%s is a speaker, not a span: resize one of its mentions", op.Ref)
	}
	runes := []rune(doc.Text)
	if err := inText(runes, op.Start, op.End); err != nil {
		return "", err
	}
	s, e := snapRunes(runes, op.Start, op.End)
	if s >= e {
		return "", fmt.Errorf("%s cannot become empty: delete it instead", op.Ref)
	}
	if other, ok := overlap(doc, t.kind, s, e, t.ref); ok {
		return "", fmt.Errorf("%q would overlap %s %s", string(runes[s:e]), kindName(t.kind), other)
	}
	sp := spanOf(runes, s, e)
	switch t.kind {
	case KindQuote:
		doc.Quotes[t.i].Span, doc.Quotes[t.i].By = sp, annotate.ByHuman
	case KindDate:
		d := &doc.Dates[t.i]
		if d.By == annotate.ByMachine {
			d.Type, d.Value, d.Mod = resolve(doc, sp.Text)
		}
		d.Span, d.By = sp, annotate.ByHuman
	case KindSpeaker:
		ms := doc.Speakers[t.i].Mentions
		ms[t.m] = annotate.Mention{Span: sp, By: annotate.ByHuman}
		slices.SortStableFunc(ms, func(a, b annotate.Mention) int { return a.Start - b.Start })
		return MentionRef(t.id, slices.IndexFunc(ms, func(m annotate.Mention) bool { return m.Span == sp })), nil
	}
	return op.Ref, nil
}

// place makes a new human annotation of kind over [s, e), refusing an empty span and one that
// overlaps another of the same kind, and returns its ref.
func place(doc *annotate.Document, runes []rune, kind string, s, e int) (string, error) {
	if kind != KindSpeaker && kind != KindQuote && kind != KindDate {
		return "", fmt.Errorf("%q is not a kind of span (speaker, quote or date)", kind)
	}
	if s >= e {
		return "", fmt.Errorf("the selection holds no word to mark as a %s", kindName(kind))
	}
	if other, ok := overlap(doc, kind, s, e, ""); ok {
		return "", fmt.Errorf("%q overlaps %s %s", string(runes[s:e]), kindName(kind), other)
	}
	sp := spanOf(runes, s, e)
	switch kind {
	case KindQuote:
		id := nextID("q", quoteIDs(doc))
		k := "indirect"
		if first, last := runes[s], runes[e-1]; e-s >= 2 && isQuoteMark(first) && isQuoteMark(last) {
			k = "direct"
		}
		insertQuote(doc, annotate.Quote{ID: id, Span: sp, Kind: k, By: annotate.ByHuman})
		return id, nil
	case KindDate:
		id := nextID("d", dateIDs(doc))
		typ, val, mod := resolve(doc, sp.Text)
		d := annotate.Date{ID: id, Span: sp, Type: typ, Value: val, Mod: mod, By: annotate.ByHuman}
		i, _ := slices.BinarySearchFunc(doc.Dates, s, func(d annotate.Date, s int) int { return d.Start - s })
		doc.Dates = slices.Insert(doc.Dates, i, d)
		return id, nil
	}
	return addMention(doc, annotate.Mention{Span: sp, By: annotate.ByHuman}), nil
}

// insertQuote puts q among the quotes in text order.
func insertQuote(doc *annotate.Document, q annotate.Quote) {
	i, _ := slices.BinarySearchFunc(doc.Quotes, q.Start, func(q annotate.Quote, s int) int { return q.Start - s })
	doc.Quotes = slices.Insert(doc.Quotes, i, q)
}

// addMention gives m to the speaker whose name or one of whose mentions reads as m does, or to a new
// speaker named by it, and returns the mention's ref.
func addMention(doc *annotate.Document, m annotate.Mention) string {
	i := slices.IndexFunc(doc.Speakers, func(s annotate.Speaker) bool {
		return s.Name == m.Text || slices.ContainsFunc(s.Mentions, func(o annotate.Mention) bool { return o.Text == m.Text })
	})
	if i < 0 {
		doc.Speakers = append(doc.Speakers, annotate.Speaker{ID: nextID("s", speakerIDs(doc)), Name: m.Text})
		i = len(doc.Speakers) - 1
	}
	return MentionRef(doc.Speakers[i].ID, insertMention(&doc.Speakers[i], m))
}

// insertMention puts m among the speaker's mentions in text order and returns its index.
func insertMention(sp *annotate.Speaker, m annotate.Mention) int {
	j, _ := slices.BinarySearchFunc(sp.Mentions, m.Start, func(o annotate.Mention, s int) int { return o.Start - s })
	if sp.Mentions == nil {
		sp.Mentions = []annotate.Mention{}
	}
	sp.Mentions = slices.Insert(sp.Mentions, j, m)
	return j
}

// remove deletes the annotation t names (see Delete).
func remove(doc *annotate.Document, t target) {
	switch t.kind {
	case KindQuote:
		doc.Quotes = slices.Delete(doc.Quotes, t.i, t.i+1)
	case KindDate:
		doc.Dates = slices.Delete(doc.Dates, t.i, t.i+1)
	case KindSpeaker:
		sp := &doc.Speakers[t.i]
		sp.Mentions = slices.Delete(sp.Mentions, t.m, t.m+1)
		if len(sp.Mentions) == 0 && !quoted(doc, sp.ID) {
			doc.Speakers = slices.Delete(doc.Speakers, t.i, t.i+1)
		}
	case kindPerson:
		unlinkAll(doc, t.id)
		doc.Speakers = slices.Delete(doc.Speakers, t.i, t.i+1)
	}
}

// quoted reports whether any quote names the speaker id.
func quoted(doc *annotate.Document, id string) bool {
	return slices.ContainsFunc(doc.Quotes, func(q annotate.Quote) bool { return q.Speaker != nil && *q.Speaker == id })
}

// unlinkAll leaves the quotes of speaker id without a speaker.
func unlinkAll(doc *annotate.Document, id string) {
	for i := range doc.Quotes {
		if q := &doc.Quotes[i]; q.Speaker != nil && *q.Speaker == id {
			q.Speaker, q.Source = nil, nil
		}
	}
}

// overlap reports the ref of an annotation of kind, other than except, that overlaps [s, e).
func overlap(doc *annotate.Document, kind string, s, e int, except string) (string, bool) {
	hit := func(sp annotate.Span) bool { return sp.Start < e && s < sp.End }
	switch kind {
	case KindQuote:
		for _, q := range doc.Quotes {
			if q.ID != except && hit(q.Span) {
				return q.ID, true
			}
		}
	case KindDate:
		for _, d := range doc.Dates {
			if d.ID != except && hit(d.Span) {
				return d.ID, true
			}
		}
	case KindSpeaker:
		for _, sp := range doc.Speakers {
			for j, m := range sp.Mentions {
				if ref := MentionRef(sp.ID, j); ref != except && hit(m.Span) {
					return ref + " (" + sp.Name + ")", true
				}
			}
		}
	}
	return "", false
}

// resolve gives the TIMEX3 type, value and modifier of a date reading text, from the dates engine
// against the document's reference date; the longest expression it finds wins. When it finds none
// the date is a DATE of unknown value.
func resolve(doc *annotate.Document, text string) (typ, val, mod string) {
	typ, val = "DATE", "XXXX-XX-XX"
	ref := referenceTime(doc)
	best := -1
	for _, x := range dates.Find(text, ref) {
		if x.End-x.Start > best && x.Value != "" {
			best, typ, val, mod = x.End-x.Start, x.Type, x.Value, x.Mod
		}
	}
	return typ, val, mod
}

// inText checks that [s, e) is a range of code points inside the text.
func inText(runes []rune, s, e int) error {
	if s < 0 || e < s || e > len(runes) {
		return fmt.Errorf("[%d,%d) is not a selection inside the text of %d characters", s, e, len(runes))
	}
	return nil
}

func spanOf(runes []rune, s, e int) annotate.Span {
	return annotate.Span{Start: s, End: e, Text: string(runes[s:e])}
}

// isQuoteMark reports whether r is a quotation mark of any script ("“”„«»‹›「」 and the ASCII ones).
func isQuoteMark(r rune) bool { return unicode.Is(unicode.Quotation_Mark, r) }

func kindName(kind string) string {
	if kind == KindSpeaker {
		return "speaker mention"
	}
	return kind
}
