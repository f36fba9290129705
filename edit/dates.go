package edit

import (
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/annotate/dates"
)

// SetDate sets a date's TIMEX3 type (DATE, TIME, DURATION or SET), value ("2024-09-04", "P3M",
// "XXXX-WXX-2", ...) and modifier ("" or START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE,
// ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE). A value that does not fit the
// type is refused.
type SetDate struct{ Ref, Type, Value, Mod string }

// SetReference sets the article's reference date, "YYYY-MM-DD", against which relative dates
// resolve; "" goes back to the date the text gives itself (a dateline), if any. Every machine date
// is resolved again against it (a machine date the engine no longer finds goes, one it newly finds
// comes, one a person deleted or rejected stays gone); dates a person made or confirmed stay as
// they are.
type SetReference struct{ Date string }

func (op SetDate) apply(doc *annotate.Document) (string, error) {
	t, err := locateKind(doc, op.Ref, KindDate, "a date")
	if err != nil {
		return "", err
	}
	if err := checkTimex(op.Type, op.Value, op.Mod); err != nil {
		return "", err
	}
	d := &doc.Dates[t.i]
	d.Type, d.Value, d.Mod, d.By = op.Type, op.Value, op.Mod, annotate.ByHuman
	return op.Ref, nil
}

func (op SetReference) apply(doc *annotate.Document) (string, error) {
	was := referenceTime(doc)
	doc.ReferenceDate, doc.ReferenceDateFrom = nil, nil
	var ref time.Time
	if op.Date != "" {
		t, err := annotate.ParseDate(op.Date)
		if err != nil {
			return "", fmt.Errorf("%q is not a date written YYYY-MM-DD", op.Date)
		}
		s := t.Format(time.DateOnly)
		doc.ReferenceDate, ref = &s, t
	} else if t, s, e, ok := dates.DetectReference(doc.Text); ok {
		at := codePoints(doc.Text)
		d := t.Format(time.DateOnly)
		doc.ReferenceDate, ref = &d, t
		doc.ReferenceDateFrom = &annotate.Span{Start: at(s), End: at(e), Text: doc.Text[s:e]}
	}
	redate(doc, was, ref)
	return "", nil
}

// redate runs the dates engine over the text against ref, and gives every machine date the value
// found for its span; machine dates it no longer finds go, and expressions it finds that overlap
// no date come in as new machine dates, unless the engine found them against was, the reference
// date before, and the document lacks them: a person deleted or rejected them. Machine dates the
// engine does not make against was did not come from it and stay as they are.
func redate(doc *annotate.Document, was, ref time.Time) {
	at := codePoints(doc.Text)
	before := map[string]bool{}
	foundBefore := map[[2]int]bool{}
	for _, x := range dates.Find(doc.Text, was) {
		sp := annotate.Span{Start: at(x.Start), End: at(x.End)}
		before[dateKey(annotate.Date{Span: sp, Type: x.Type, Value: x.Value, Mod: x.Mod})] = true
		foundBefore[[2]int{sp.Start, sp.End}] = true
	}
	found := map[[2]int]dates.Expr{}
	var order []dates.Expr
	for _, x := range dates.Find(doc.Text, ref) {
		x.Start, x.End = at(x.Start), at(x.End)
		found[[2]int{x.Start, x.End}] = x
		order = append(order, x)
	}
	kept := doc.Dates[:0]
	for _, d := range doc.Dates {
		if d.By == annotate.ByMachine && before[dateKey(d)] {
			x, ok := found[[2]int{d.Start, d.End}]
			if !ok {
				continue
			}
			d.Type, d.Value, d.Mod = x.Type, x.Value, x.Mod
		}
		kept = append(kept, d)
	}
	doc.Dates = kept
	runes := []rune(doc.Text)
	for _, x := range order {
		if _, ok := overlap(doc, KindDate, x.Start, x.End, ""); ok || foundBefore[[2]int{x.Start, x.End}] {
			continue
		}
		d := annotate.Date{ID: nextID("d", dateIDs(doc)), Span: spanOf(runes, x.Start, x.End),
			Type: x.Type, Value: x.Value, Mod: x.Mod, By: annotate.ByMachine}
		i, _ := slices.BinarySearchFunc(doc.Dates, d.Start, func(d annotate.Date, s int) int { return d.Start - s })
		doc.Dates = slices.Insert(doc.Dates, i, d)
	}
}

// referenceTime is the document's reference date, or the zero time when it has none.
func referenceTime(doc *annotate.Document) time.Time {
	if doc.ReferenceDate == nil {
		return time.Time{}
	}
	t, err := annotate.ParseDate(*doc.ReferenceDate)
	if err != nil {
		return time.Time{}
	}
	return t
}

// codePoints returns a function that converts a byte offset of text (on a code point boundary)
// into a code point offset.
func codePoints(text string) func(b int) int {
	idx := make([]int32, len(text)+1)
	n := int32(0)
	for b := range text {
		idx[b] = n
		n++
	}
	idx[len(text)] = n
	return func(b int) int {
		b = min(max(b, 0), len(text))
		for b > 0 && b < len(text) && !utf8.RuneStart(text[b]) {
			b--
		}
		return int(idx[b])
	}
}
