package annotate

import (
	"fmt"
	"unicode/utf8"
)

// Check verifies the invariants every Document must hold, and returns the first one broken:
//   - every span lies inside the text, start <= end, and its Text equals the code point slice;
//   - ids are unique within their kind, and every quote's speaker names an existing speaker.
//
// Tests and the fuzzer call it on every output; importers may call it on what they read, and the
// editor after every change, so it allocates only what the whole document needs: each span's
// text is compared with a slice of the document's, and a span's name is written only when it
// is wrong.
func (d *Document) Check() error {
	if !utf8.ValidString(d.Text) {
		return fmt.Errorf("text is not valid UTF-8")
	}
	at := make([]int32, 0, len(d.Text)+1) // at[i] is the byte offset of code point i
	for i := range d.Text {
		at = append(at, int32(i))
	}
	n := len(at)
	at = append(at, int32(len(d.Text)))
	// span checks s; kind, id and part name it ("quote ", "q3", " source") for the message.
	span := func(s Span, kind, id, part string) error {
		if s.Start < 0 || s.End < s.Start || s.End > n {
			return fmt.Errorf("%s%s%s [%d,%d) lies outside the text of %d code points", kind, id, part, s.Start, s.End, n)
		}
		if got := d.Text[at[s.Start]:at[s.End]]; got != s.Text {
			return fmt.Errorf("%s%s%s [%d,%d) has text %q but the slice is %q", kind, id, part, s.Start, s.End, s.Text, got)
		}
		return nil
	}
	if d.ReferenceDateFrom != nil {
		if err := span(*d.ReferenceDateFrom, "referenceDateFrom", "", ""); err != nil {
			return err
		}
	}
	seen := make(map[string]bool, len(d.Speakers)+len(d.Quotes)+len(d.Dates))
	unique := func(id string) error {
		if id == "" || seen[id] {
			return fmt.Errorf("id %q is empty or repeated", id)
		}
		seen[id] = true
		return nil
	}
	speakers := make(map[string]bool, len(d.Speakers))
	for _, s := range d.Speakers {
		if err := unique(s.ID); err != nil {
			return err
		}
		speakers[s.ID] = true
		for _, m := range s.Mentions {
			if err := span(m.Span, "speaker ", s.ID, " mention"); err != nil {
				return err
			}
		}
	}
	known := func(id string) bool { return speakers[id] }
	for _, q := range d.Quotes {
		if err := unique(q.ID); err != nil {
			return err
		}
		if err := CheckQuote(q, span, known); err != nil {
			return err
		}
	}
	for _, dt := range d.Dates {
		if err := unique(dt.ID); err != nil {
			return err
		}
		if err := CheckDate(dt, span); err != nil {
			return err
		}
	}
	return nil
}

// SpanCheck checks one span of a document; kind, id and part name it ("quote ", "q3", " source")
// for the message. The parts stay apart so that a check that passes builds no string.
type SpanCheck func(s Span, kind, id, part string) error

// CheckQuote checks one quote as Check does: its span, source and cue with span, its speaker
// with known, and its kind. The editor calls it on the quotes a change brings in.
func CheckQuote(q Quote, span SpanCheck, known func(speaker string) bool) error {
	if err := span(q.Span, "quote ", q.ID, ""); err != nil {
		return err
	}
	if q.Source != nil {
		if err := span(*q.Source, "quote ", q.ID, " source"); err != nil {
			return err
		}
	}
	if q.Cue != nil {
		if err := span(*q.Cue, "quote ", q.ID, " cue"); err != nil {
			return err
		}
	}
	if q.Speaker != nil && !known(*q.Speaker) {
		return fmt.Errorf("quote %s names speaker %q, which does not exist", q.ID, *q.Speaker)
	}
	switch q.Kind {
	case "direct", "indirect", "mixed", "scare":
		return nil
	}
	return fmt.Errorf("quote %s has kind %q", q.ID, q.Kind)
}

// CheckDate checks one date as Check does: its span with span, its type and that it has a value.
func CheckDate(d Date, span SpanCheck) error {
	if err := span(d.Span, "date ", d.ID, ""); err != nil {
		return err
	}
	switch d.Type {
	case "DATE", "TIME", "DURATION", "SET":
	default:
		return fmt.Errorf("date %s has type %q", d.ID, d.Type)
	}
	if d.Value == "" {
		return fmt.Errorf("date %s has no value", d.ID)
	}
	return nil
}
