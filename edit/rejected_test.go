package edit

import (
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// TestRejectedStaysGone: a machine suggestion a person rejected or deleted does not come back when
// the engine runs again, on typing elsewhere (SetText) or on a new reference date (SetReference);
// an edit of its own words lets the engine suggest anew there.
func TestRejectedStaysGone(t *testing.T) {
	const ref = "2024-03-06"
	engine := func() *annotate.Document { return annotate.Annotate(article, annotate.Options{ReferenceDate: ref}) }
	// refOf finds the engine's annotation of the given kind on sub, as the page would name it.
	refOf := func(t *testing.T, doc *annotate.Document, kind, sub string) string {
		t.Helper()
		sp := at(t, doc.Text, sub, 1)
		switch kind {
		case KindQuote:
			for _, q := range doc.Quotes {
				if q.Start == sp.Start && q.End == sp.End {
					return q.ID
				}
			}
		case KindDate:
			for _, d := range doc.Dates {
				if d.Start == sp.Start && d.End == sp.End {
					return d.ID
				}
			}
		case KindSpeaker:
			for _, s := range doc.Speakers {
				for i, m := range s.Mentions {
					if m.Start == sp.Start && m.End == sp.End {
						return MentionRef(s.ID, i)
					}
				}
			}
		}
		t.Fatalf("the engine makes no %s of %q: %s", kind, sub, encode(t, doc))
		return ""
	}
	// has reports whether doc holds an annotation of kind on sub (its n-th occurrence).
	has := func(t *testing.T, doc *annotate.Document, kind, sub string, n int) bool {
		t.Helper()
		sp := at(t, doc.Text, sub, n)
		same := func(o annotate.Span) bool { return o.Start == sp.Start && o.End == sp.End }
		for _, q := range doc.Quotes {
			if kind == KindQuote && same(q.Span) {
				return true
			}
		}
		for _, d := range doc.Dates {
			if kind == KindDate && same(d.Span) {
				return true
			}
		}
		for _, s := range doc.Speakers {
			for _, m := range s.Mentions {
				if kind == KindSpeaker && same(m.Span) {
					return true
				}
			}
		}
		return false
	}
	cases := []struct {
		name      string
		kind, sub string
		reject    func(ref string) Op
		then      Op     // the change after which the engine runs again
		back      string // with then, where the text now holds sub; "" when it stays gone
	}{
		{"a rejected quote, text typed after it", KindQuote, "“We will rebuild the harbour,”",
			func(r string) Op { return Reject{r} }, SetText{article + " The council met."}, ""},
		{"a deleted quote, text typed before it", KindQuote, "“We will rebuild the harbour,”",
			func(r string) Op { return Delete{r} }, SetText{"Updated. " + article}, ""},
		{"a rejected date, text typed before it", KindDate, "last week",
			func(r string) Op { return Reject{r} }, SetText{"Updated. " + article}, ""},
		{"a rejected date, a new reference date", KindDate, "last week",
			func(r string) Op { return Reject{r} }, SetReference{"2025-01-15"}, ""},
		{"a rejected date, the reference date found in the text again", KindDate, "last week",
			func(r string) Op { return Reject{r} }, SetReference{""}, ""},
		{"a rejected mention, text typed after it", KindSpeaker, "Tomás Obi",
			func(r string) Op { return Reject{r} }, SetText{article + " The council met."}, ""},
		{"a rejected date, its own words edited", KindDate, "last week",
			func(r string) Op { return Reject{r} }, SetText{strings.Replace(article, "last week", "last month", 1)}, "last month"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := New(engine())
			if _, err := s.Do(c.reject(refOf(t, s.Doc(), c.kind, c.sub))); err != nil {
				t.Fatal(err)
			}
			if has(t, s.Doc(), c.kind, c.sub, 1) {
				t.Fatalf("the %s on %q is still there after it was rejected", c.kind, c.sub)
			}
			if _, err := s.Do(c.then); err != nil {
				t.Fatal(err)
			}
			checked(t, s, "the change")
			doc := s.Doc()
			if c.back != "" {
				if !has(t, doc, c.kind, c.back, 1) {
					t.Errorf("the engine does not suggest a %s on %q, whose words were edited: %s", c.kind, c.back, encode(t, doc))
				}
				return
			}
			if has(t, doc, c.kind, c.sub, 1) {
				t.Errorf("the rejected %s on %q came back after %#v: %s", c.kind, c.sub, c.then, encode(t, doc))
			}
			// The engine's other suggestions are still made.
			if fresh := engine(); len(doc.Quotes)+len(doc.Dates) < len(fresh.Quotes)+len(fresh.Dates)-1 {
				t.Errorf("%d quotes and dates after the change, the engine makes %d: %s", len(doc.Quotes)+len(doc.Dates),
					len(fresh.Quotes)+len(fresh.Dates), encode(t, doc))
			}
		})
	}
}
