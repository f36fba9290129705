package edit

import (
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// gold is an article annotated elsewhere (a gold set, another tool): its annotations say
// "machine", as an import without "by" reads, but the engine would not make them.
func gold(t *testing.T) *annotate.Document {
	const text = "Rain fell all week in the valley. Farmers were worried.\n"
	ref, s1 := "2024-05-01", "s1"
	doc := &annotate.Document{Schema: annotate.Schema, Text: text, ReferenceDate: &ref,
		Speakers: []annotate.Speaker{{ID: "s1", Name: "Farmers", Mentions: []annotate.Mention{
			{Span: at(t, text, "Farmers", 1), By: annotate.ByMachine}}}},
		Quotes: []annotate.Quote{{ID: "q1", Span: at(t, text, "were worried", 1), Kind: "indirect", Speaker: &s1, By: annotate.ByMachine}},
		Dates:  []annotate.Date{{ID: "d1", Span: at(t, text, "all week", 1), Type: "DURATION", Value: "P1W", By: annotate.ByMachine}},
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSetTextKeepsImported: typing in an imported article keeps its annotations where their words
// still are, still the machine's, and one undo gives back the document as imported.
func TestSetTextKeepsImported(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the spans kept
		gone       []string // the spans the edit touched
	}{
		{"words added at the end", "Rain fell all week in the valley. Farmers were worried.\nSnow too.",
			[]string{"all week", "Farmers", "were worried"}, nil},
		{"words added at the start", "Cold. Rain fell all week in the valley. Farmers were worried.\n",
			[]string{"all week", "Farmers", "were worried"}, nil},
		{"the quote's words edited", "Rain fell all week in the valley. Farmers were very worried.\n",
			[]string{"all week", "Farmers"}, []string{"were worried"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := New(gold(t))
			before := encode(t, s.Doc())
			if _, err := s.Do(SetText{c.text}); err != nil {
				t.Fatal(err)
			}
			checked(t, s, "SetText")
			doc := s.Doc()
			has := func(text string) (string, bool) {
				for _, sp := range doc.Speakers {
					for _, m := range sp.Mentions {
						if m.Text == text {
							return m.By, true
						}
					}
				}
				for _, q := range doc.Quotes {
					if q.Text == text {
						return q.By, true
					}
				}
				for _, d := range doc.Dates {
					if d.Text == text {
						return d.By, true
					}
				}
				return "", false
			}
			for _, w := range c.want {
				if by, ok := has(w); !ok || by != annotate.ByMachine {
					t.Errorf("%q kept %v, by %q: %s", w, ok, by, encode(t, doc))
				}
			}
			for _, g := range c.gone {
				if _, ok := has(g); ok {
					t.Errorf("%q survived an edit of its words: %s", g, encode(t, doc))
				}
			}
			for _, q := range doc.Quotes {
				if q.Text == "were worried" && (q.Speaker == nil || doc.Speakers[speakerIndex(doc, *q.Speaker)].Name != "Farmers") {
					t.Errorf("the kept quote lost its speaker: %s", encode(t, doc))
				}
			}
			if !s.Undo() || encode(t, s.Doc()) != before {
				t.Errorf("undo did not give back the import: %s", encode(t, s.Doc()))
			}
		})
	}
}

// TestSetTextRefreshesEngineWork: the engine's own machine annotations are made afresh, not
// kept: after an edit that takes away a quote's cue, the engine's quote goes.
func TestSetTextRefreshesEngineWork(t *testing.T) {
	const text = "The plan is sound, Mayor Ann Lee said on Monday.\n"
	s := New(annotate.Annotate(text, annotate.Options{ReferenceDate: "2024-05-01"}))
	if len(s.Doc().Quotes) == 0 {
		t.Fatalf("the engine found no quote in %q", text)
	}
	if _, err := s.Do(SetText{"The plan is sound, Mayor Ann Lee on Monday.\n"}); err != nil {
		t.Fatal(err)
	}
	want := annotate.Annotate("The plan is sound, Mayor Ann Lee on Monday.\n", annotate.Options{ReferenceDate: "2024-05-01"})
	if len(s.Doc().Quotes) != len(want.Quotes) {
		t.Errorf("quotes after the edit %s, the engine's %s", encode(t, s.Doc()), encode(t, want))
	}
}

// TestSetTextDropsEmptySpeakers: a speaker with nothing left in the new text goes.
func TestSetTextDropsEmptySpeakers(t *testing.T) {
	s := New(gold(t))
	if _, err := s.Do(SetText{"Rain fell all week in the valley.\n"}); err != nil {
		t.Fatal(err)
	}
	for _, sp := range s.Doc().Speakers {
		if len(sp.Mentions) == 0 && !quoted(s.Doc(), sp.ID) {
			t.Errorf("speaker %s (%s) lingers with no mention and no quote", sp.ID, sp.Name)
		}
	}
}

// TestSetReferenceKeepsImported: a new reference date leaves a date the engine did not make as
// it is, and moves the engine's own.
func TestSetReferenceKeepsImported(t *testing.T) {
	doc := gold(t)
	monday := annotate.Date{ID: "d2", Span: at(t, doc.Text, "valley", 1), Type: "DATE", Value: "2024-04-29", By: annotate.ByMachine}
	doc.Dates = append(doc.Dates, monday) // a gold date on a word the engine reads as none
	s := New(doc)
	if _, err := s.Do(SetReference{"2025-01-15"}); err != nil {
		t.Fatal(err)
	}
	checked(t, s, "SetReference")
	if d := date(t, s.Doc(), "d1"); d.Value != "P1W" || d.By != annotate.ByMachine {
		t.Errorf("d1 = %+v", d)
	}
	if d := date(t, s.Doc(), "d2"); d.Value != "2024-04-29" {
		t.Errorf("d2 = %+v", d)
	}
}

// TestLinkNamed: linking to a typed name finds a speaker by name or mention, ignoring case, or
// makes one in the same change; a speaker left with nothing goes.
func TestLinkNamed(t *testing.T) {
	t.Run("a new speaker, undone in one", func(t *testing.T) {
		s := New(fixture(t))
		before := encode(t, s.Doc())
		ref, err := s.Do(LinkNamed{"q3", "Dr Okafor"})
		if err != nil || ref != "q3" {
			t.Fatalf("ref %q, err %v", ref, err)
		}
		checked(t, s, "LinkNamed")
		q := quote(t, s.Doc(), "q3")
		if q.Speaker == nil || speaker(t, s.Doc(), *q.Speaker).Name != "Dr Okafor" || q.By != annotate.ByHuman {
			t.Fatalf("q3 = %+v in %s", q, encode(t, s.Doc()))
		}
		if s.UndoLabel() != "Linked q3 to a new speaker, Dr Okafor" {
			t.Errorf("label %q", s.UndoLabel())
		}
		if !s.Undo() || encode(t, s.Doc()) != before {
			t.Errorf("one undo did not restore the document")
		}
	})
	t.Run("a mention's words find its speaker", func(t *testing.T) {
		s := New(fixture(t))
		n := len(s.Doc().Speakers)
		if _, err := s.Do(LinkNamed{"q3", "duarte"}); err != nil {
			t.Fatal(err)
		}
		if q := quote(t, s.Doc(), "q3"); speakerOf(q) != "s1" || len(s.Doc().Speakers) != n {
			t.Errorf("q3 = %+v, %d speakers", q, len(s.Doc().Speakers))
		}
	})
	t.Run("the speaker left behind goes", func(t *testing.T) {
		s := New(fixture(t))
		if _, err := s.Do(LinkNamed{"q3", "Dr Okafor"}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Do(LinkNamed{"q3", "Tomás Obi"}); err != nil {
			t.Fatal(err)
		}
		for _, sp := range s.Doc().Speakers {
			if sp.Name == "Dr Okafor" {
				t.Errorf("Dr Okafor lingers with no mention and no quote: %s", encode(t, s.Doc()))
			}
		}
	})
	t.Run("an empty name unlinks", func(t *testing.T) {
		s := New(fixture(t))
		if _, err := s.Do(LinkNamed{"q1", " "}); err != nil {
			t.Fatal(err)
		}
		if q := quote(t, s.Doc(), "q1"); q.Speaker != nil || q.Source != nil {
			t.Errorf("q1 = %+v", q)
		}
	})
	t.Run("not a quote", func(t *testing.T) {
		if _, err := New(fixture(t)).Do(LinkNamed{"d1", "Dr Okafor"}); err == nil {
			t.Error("linking a date was not refused")
		}
	})
}
