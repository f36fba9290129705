package annotate

import (
	"fmt"
	"unicode/utf8"
)

// Check verifies the invariants every Document must hold, and returns the first one broken:
//   - every span lies inside the text, start <= end, and its Text equals the code point slice;
//   - ids are unique within their kind, and every quote's speaker names an existing speaker.
//
// Tests and the fuzzer call it on every output; importers may call it on what they read.
func (d *Document) Check() error {
	runes := []rune(d.Text)
	if !utf8.ValidString(d.Text) {
		return fmt.Errorf("text is not valid UTF-8")
	}
	span := func(what string, s Span) error {
		if s.Start < 0 || s.End < s.Start || s.End > len(runes) {
			return fmt.Errorf("%s [%d,%d) lies outside the text of %d code points", what, s.Start, s.End, len(runes))
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			return fmt.Errorf("%s [%d,%d) has text %q but the slice is %q", what, s.Start, s.End, s.Text, got)
		}
		return nil
	}
	if d.ReferenceDateFrom != nil {
		if err := span("referenceDateFrom", *d.ReferenceDateFrom); err != nil {
			return err
		}
	}
	seen := map[string]bool{}
	unique := func(id string) error {
		if id == "" || seen[id] {
			return fmt.Errorf("id %q is empty or repeated", id)
		}
		seen[id] = true
		return nil
	}
	speakers := map[string]bool{}
	for _, s := range d.Speakers {
		if err := unique(s.ID); err != nil {
			return err
		}
		speakers[s.ID] = true
		for _, m := range s.Mentions {
			if err := span("speaker "+s.ID+" mention", m.Span); err != nil {
				return err
			}
		}
	}
	for _, q := range d.Quotes {
		if err := unique(q.ID); err != nil {
			return err
		}
		if err := span("quote "+q.ID, q.Span); err != nil {
			return err
		}
		for what, s := range map[string]*Span{"source": q.Source, "cue": q.Cue} {
			if s != nil {
				if err := span("quote "+q.ID+" "+what, *s); err != nil {
					return err
				}
			}
		}
		if q.Speaker != nil && !speakers[*q.Speaker] {
			return fmt.Errorf("quote %s names speaker %q, which does not exist", q.ID, *q.Speaker)
		}
		switch q.Kind {
		case "direct", "indirect", "mixed", "scare":
		default:
			return fmt.Errorf("quote %s has kind %q", q.ID, q.Kind)
		}
	}
	for _, dt := range d.Dates {
		if err := unique(dt.ID); err != nil {
			return err
		}
		if err := span("date "+dt.ID, dt.Span); err != nil {
			return err
		}
		switch dt.Type {
		case "DATE", "TIME", "DURATION", "SET":
		default:
			return fmt.Errorf("date %s has type %q", dt.ID, dt.Type)
		}
		if dt.Value == "" {
			return fmt.Errorf("date %s has no value", dt.ID)
		}
	}
	return nil
}
