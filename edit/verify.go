package edit

import (
	"fmt"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
)

// verify reports whether after, which the change c made of a document (replayed forward, or
// backward for an undo), holds the invariants of annotate.Document.Check, given that the document
// before it held them.
// It checks only what c can have broken, so a small change to a long article costs the entries it
// touched rather than the whole document:
//   - a change of the text may move any span, and gets the full Check;
//   - otherwise the text and every entry outside c's splices are as they were, and still hold;
//     the entries c brought in (and the reference date's span, if c changed it) have their spans,
//     kinds and types checked against the text; their ids must be new to the document unless an
//     entry c took out had them; and no quote may name a speaker c took out.
//
// at converts code points of the text to bytes; verify builds it when it is nil and the change
// needs it, and returns the one to use for after (nil once the text changed).
func verify(after *annotate.Document, c change, forward bool, at *offsets) (*offsets, error) {
	if c.Text != nil {
		return nil, after.Check()
	}
	if at == nil {
		at = newOffsets(after.Text)
	}
	if c.Ref != nil && after.ReferenceDateFrom != nil {
		if err := at.check(*after.ReferenceDateFrom, "referenceDateFrom", "", ""); err != nil {
			return at, err
		}
	}
	sp, speakersOut, sn := c.Speakers.sides(forward)
	qp, quotesOut, qn := c.Quotes.sides(forward)
	dp, datesOut, dn := c.Dates.sides(forward)
	// gone holds the ids of the entries c took out, came those of the entries it brought in.
	gone, came := map[string]bool{}, map[string]bool{}
	arrive := func(id string) error {
		if id == "" || came[id] {
			return fmt.Errorf("id %q is empty or repeated", id)
		}
		came[id] = true
		return nil
	}
	for _, s := range speakersOut {
		gone[s.ID] = true
	}
	for _, q := range quotesOut {
		gone[q.ID] = true
	}
	for _, d := range datesOut {
		gone[d.ID] = true
	}
	for _, s := range after.Speakers[sp : sp+sn] {
		if err := arrive(s.ID); err != nil {
			return at, err
		}
		for _, m := range s.Mentions {
			if err := at.check(m.Span, "speaker ", s.ID, " mention"); err != nil {
				return at, err
			}
		}
	}
	known := func(id string) bool { return speakerIndex(after, id) >= 0 }
	for _, q := range after.Quotes[qp : qp+qn] {
		if err := arrive(q.ID); err != nil {
			return at, err
		}
		if err := annotate.CheckQuote(q, at.check, known); err != nil {
			return at, err
		}
	}
	for _, d := range after.Dates[dp : dp+dn] {
		if err := arrive(d.ID); err != nil {
			return at, err
		}
		if err := annotate.CheckDate(d, at.check); err != nil {
			return at, err
		}
	}
	// An id c brought in that no entry it took out had must be new to the rest of the document,
	// whose ids were unique before and are not gone's.
	fresh := map[string]bool{}
	for id := range came {
		if !gone[id] {
			fresh[id] = true
		}
	}
	// A speaker c took out and did not bring back must be named by no quote it left alone.
	lost := map[string]bool{}
	for _, s := range speakersOut {
		if !came[s.ID] {
			lost[s.ID] = true
		}
	}
	if len(fresh) == 0 && len(lost) == 0 {
		return at, nil
	}
	for i, s := range after.Speakers {
		if (i < sp || i >= sp+sn) && fresh[s.ID] {
			return at, fmt.Errorf("id %q is empty or repeated", s.ID)
		}
	}
	for i, q := range after.Quotes {
		if i >= qp && i < qp+qn {
			continue
		}
		if fresh[q.ID] {
			return at, fmt.Errorf("id %q is empty or repeated", q.ID)
		}
		if q.Speaker != nil && lost[*q.Speaker] {
			return at, fmt.Errorf("quote %s names speaker %q, which does not exist", q.ID, *q.Speaker)
		}
	}
	for i, d := range after.Dates {
		if (i < dp || i >= dp+dn) && fresh[d.ID] {
			return at, fmt.Errorf("id %q is empty or repeated", d.ID)
		}
	}
	return at, nil
}

// sides returns what the splice does to the list it is replayed on, forward or backward: at index
// at, it takes out the entries took and brings in brought ones. A nil splice changes nothing.
func (sp *splice[T]) sides(forward bool) (at int, took []T, brought int) {
	if sp == nil {
		return 0, nil, 0
	}
	if forward {
		return sp.At, sp.Old, len(sp.New)
	}
	return sp.At, sp.New, len(sp.Old)
}

// offsets converts the code point offsets of a valid UTF-8 text to byte offsets. It keeps the byte
// offset of every 64th code point only, a sixty-fourth of a table of them all, and counts at most
// 63 code points from there.
type offsets struct {
	text  string
	n     int     // the text's length in code points
	every []int32 // every[k] is the byte offset of code point 64k
}

const offsetStride = 64

func newOffsets(text string) *offsets {
	o := &offsets{text: text, every: make([]int32, 0, len(text)/offsetStride+1)}
	for b := 0; b < len(text); b++ {
		if utf8.RuneStart(text[b]) {
			if o.n%offsetStride == 0 {
				o.every = append(o.every, int32(b))
			}
			o.n++
		}
	}
	return o
}

// byteAt returns the byte offset of code point p, 0 <= p <= o.n.
func (o *offsets) byteAt(p int) int {
	if p == o.n {
		return len(o.text)
	}
	b := int(o.every[p/offsetStride])
	for k := p % offsetStride; k > 0; k-- {
		b++
		for !utf8.RuneStart(o.text[b]) {
			b++
		}
	}
	return b
}

// check does what Check does for one span: it lies inside the text and its Text is its slice.
// kind, id and part name the span for the message ("quote ", "q3", " source").
func (o *offsets) check(s annotate.Span, kind, id, part string) error {
	if s.Start < 0 || s.End < s.Start || s.End > o.n {
		return fmt.Errorf("%s%s%s [%d,%d) lies outside the text of %d code points", kind, id, part, s.Start, s.End, o.n)
	}
	if got := o.text[o.byteAt(s.Start):o.byteAt(s.End)]; got != s.Text {
		return fmt.Errorf("%s%s%s [%d,%d) has text %q but the slice is %q", kind, id, part, s.Start, s.End, s.Text, got)
	}
	return nil
}
