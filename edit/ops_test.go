package edit

import (
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// TestOps runs each op on the fixture (after some preparing ops), checks what it did, that the
// document still holds its invariants, the status line, and that Undo gives back the document
// before it and Redo the one after.
func TestOps(t *testing.T) {
	sp := func(sub string, n int) annotate.Span { return at(t, article, sub, n) }
	type D = *annotate.Document
	cases := []struct {
		name  string
		prep  []Op
		op    Op
		ref   string // the ref Do returns
		err   string // part of the error, when the op must be refused
		label string // UndoLabel after it
		check func(t *testing.T, doc D)
	}{
		{name: "rename to another speaker's name is refused, with merge advised",
			op: Rename{"s2", "Ine\u0301s Duarte"}, err: "s1 is already named Ine\u0301s Duarte: merge the two instead"},
		// Add
		{name: "add speaker snaps a partial word and starts a speaker named by it",
			op: Add{KindSpeaker, sp("Obi", 2).Start + 1, sp("Obi", 2).End - 1}, ref: "s3.m1", label: "Added mention 1 of Obi",
			check: func(t *testing.T, doc D) {
				if s := speaker(t, doc, "s3"); s.Name != "Obi" || s.Mentions[0].Span != sp("Obi", 2) || s.Mentions[0].By != annotate.ByHuman {
					t.Errorf("s3 = %+v", s)
				}
			}},
		{name: "add speaker joins the speaker it names",
			prep: []Op{Rename{"s1", "Duarte"}, Delete{"s1.m2"}},
			op:   Add{KindSpeaker, sp("Duarte", 2).Start + 2, sp("Duarte", 2).Start + 3}, ref: "s1.m2",
			check: func(t *testing.T, doc D) {
				if m := mention(t, doc, "s1.m2"); m.Span != sp("Duarte", 2) {
					t.Errorf("s1.m2 = %+v", m)
				}
			}},
		{name: "add speaker joins the speaker one of whose mentions reads the same",
			prep: []Op{Add{KindSpeaker, sp("said", 1).Start, sp("said", 1).End}, Rename{"s3", "Speaker Three"}},
			op:   Add{KindSpeaker, sp("said", 2).Start, sp("said", 2).End}, ref: "s3.m2"},
		{name: "add speaker overlapping a mention is refused",
			op: Add{KindSpeaker, sp("Duarte", 1).Start, sp("Duarte", 1).End}, err: "overlaps speaker mention s1.m1"},
		{name: "add quote between quotation marks is direct, and the marks stay",
			prep: []Op{Delete{"q3"}},
			op:   Add{KindQuote, sp("“reckless”", 1).Start, sp("“reckless”", 1).End}, ref: "q5", label: "Added quote q5",
			check: func(t *testing.T, doc D) {
				q := quote(t, doc, "q5")
				if q.Kind != "direct" || q.Span != sp("“reckless”", 1) || q.Speaker != nil || q.By != annotate.ByHuman {
					t.Errorf("q5 = %+v", q)
				}
			}},
		{name: "add quote without marks is indirect, trimmed, in text order",
			op: Add{KindQuote, sp(" called the plan ", 1).Start, sp(" called the plan ", 1).End - 1}, ref: "q5",
			check: func(t *testing.T, doc D) {
				q := quote(t, doc, "q5")
				if q.Kind != "indirect" || q.Span != sp("called the plan", 1) {
					t.Errorf("q5 = %+v", q)
				}
				if doc.Quotes[2].ID != "q5" {
					t.Errorf("q5 is not between q2 and q3: %s", encode(t, doc))
				}
			}},
		{name: "add quote numbering continues past a deleted id",
			prep: []Op{Delete{"q2"}},
			op:   Add{KindQuote, sp("called", 1).Start, sp("called", 1).End}, ref: "q5"},
		{name: "add quote inside an emoji takes the whole cluster",
			op: Add{KindQuote, sp("👩🏽‍⚕️", 1).Start + 2, sp("👩🏽‍⚕️", 1).Start + 3}, ref: "q5",
			check: func(t *testing.T, doc D) {
				if q := quote(t, doc, "q5"); q.Text != "👩🏽‍⚕️" {
					t.Errorf("q5 = %q, want the whole emoji", q.Text)
				}
			}},
		{name: "add quote overlapping another is refused",
			op: Add{KindQuote, sp("harbour", 1).Start, sp("Mayor", 1).End}, err: "overlaps quote q1"},
		{name: "add of white space only is refused",
			op: Add{KindQuote, sp(" and ", 1).Start, sp(" and ", 1).Start + 1}, err: "holds no word"},
		{name: "add outside the text is refused",
			op: Add{KindQuote, 5, 5000}, err: "not a selection inside the text"},
		{name: "add of an unknown kind is refused",
			op: Add{"person", 0, 3}, err: "not a kind of span"},
		{name: "add date takes the engine's value",
			prep: []Op{Delete{"d1"}},
			op:   Add{KindDate, sp("Monday", 1).Start, sp("Monday", 1).End}, ref: "d3",
			check: func(t *testing.T, doc D) {
				if d := date(t, doc, "d3"); d.Type != "DATE" || !strings.HasPrefix(d.Value, "2024-") || d.By != annotate.ByHuman {
					t.Errorf("d3 = %+v", d)
				}
			}},
		{name: "add date the engine cannot read is an unknown DATE",
			op: Add{KindDate, sp("early", 1).Start, sp("early", 1).End}, ref: "d3",
			check: func(t *testing.T, doc D) {
				if d := date(t, doc, "d3"); d.Type != "DATE" || d.Value != "XXXX-XX-XX" {
					t.Errorf("d3 = %+v", d)
				}
			}},

		// Delete
		{name: "delete a quote", op: Delete{"q3"}, ref: "q3", label: "Deleted quote q3",
			check: func(t *testing.T, doc D) {
				if len(doc.Quotes) != 3 {
					t.Errorf("quotes: %s", encode(t, doc))
				}
			}},
		{name: "delete a mention", op: Delete{"s1.m2"}, ref: "s1.m2", label: "Deleted mention 2 of Ine\u0301s Duarte",
			check: func(t *testing.T, doc D) {
				if s := speaker(t, doc, "s1"); len(s.Mentions) != 1 {
					t.Errorf("s1 = %+v", s)
				}
			}},
		{name: "delete a speaker leaves its quotes without one", op: Delete{"s2"}, label: "Deleted speaker Tomás Obi", ref: "s2",
			check: func(t *testing.T, doc D) {
				if len(doc.Speakers) != 1 || quote(t, doc, "q4").Speaker != nil {
					t.Errorf("%s", encode(t, doc))
				}
			}},
		{name: "delete the last mention of a quoted speaker keeps the speaker", op: Delete{"s2.m1"}, ref: "s2.m1",
			check: func(t *testing.T, doc D) {
				if s := speaker(t, doc, "s2"); len(s.Mentions) != 0 {
					t.Errorf("s2 = %+v", s)
				}
			}},
		{name: "delete the last mention of an unquoted speaker removes it",
			prep: []Op{Link{"q4", ""}}, op: Delete{"s2.m1"}, ref: "s2.m1",
			check: func(t *testing.T, doc D) {
				if len(doc.Speakers) != 1 {
					t.Errorf("%s", encode(t, doc))
				}
			}},
		{name: "delete a missing annotation is refused", op: Delete{"d9"}, err: "there is no annotation d9"},
		{name: "delete a missing mention is refused", op: Delete{"s1.m5"}, err: "has no mention 5"},
		{name: "delete a malformed ref is refused", op: Delete{"s1.mx"}, err: "not a reference to a mention"},

		// Retype
		{name: "retype a quote as a date", op: Retype{"q3", KindDate}, ref: "d3", label: "Made quote q3 a date (d3)",
			check: func(t *testing.T, doc D) {
				if d := date(t, doc, "d3"); d.Span != sp("“reckless”", 1) || d.Value != "XXXX-XX-XX" || len(doc.Quotes) != 3 {
					t.Errorf("%s", encode(t, doc))
				}
			}},
		{name: "retype a date as a speaker", op: Retype{"d1", KindSpeaker}, ref: "s3.m1",
			check: func(t *testing.T, doc D) {
				if s := speaker(t, doc, "s3"); s.Name != "Monday" || len(doc.Dates) != 1 {
					t.Errorf("%s", encode(t, doc))
				}
			}},
		{name: "retype a mention as a quote", op: Retype{"s2.m1", KindQuote}, ref: "q5",
			check: func(t *testing.T, doc D) {
				if q := quote(t, doc, "q5"); q.Text != "Tomás Obi" || q.Kind != "indirect" {
					t.Errorf("q5 = %+v", q)
				}
			}},
		{name: "retype to the same kind is refused", op: Retype{"q1", KindQuote}, err: "already a quote"},
		{name: "retype a speaker is refused", op: Retype{"s1", KindQuote}, err: "is a speaker"},
		{name: "retype onto an overlapping span is refused",
			prep: []Op{Add{KindQuote, sp("Treasurer Tomás", 1).Start, sp("Treasurer Tomás", 1).End}},
			op:   Retype{"s2.m1", KindQuote}, err: "overlaps quote q5"},

		// Resize
		{name: "resize a quote snaps and marks it human",
			op: Resize{"q2", sp("that costs", 1).Start + 2, sp("rise", 1).End - 1}, ref: "q2", label: "Resized quote q2",
			check: func(t *testing.T, doc D) {
				if q := quote(t, doc, "q2"); q.Text != "that costs would rise" || q.By != annotate.ByHuman {
					t.Errorf("q2 = %+v", q)
				}
			}},
		{name: "resize a machine date resolves it again",
			op: Resize{"d2", sp("last week", 1).Start, sp("last week", 1).End - 2}, ref: "d2",
			check: func(t *testing.T, doc D) {
				if d := date(t, doc, "d2"); d.Text != "last week" || d.By != annotate.ByHuman || !strings.HasPrefix(d.Value, "2024-W") {
					t.Errorf("d2 = %+v", d)
				}
			}},
		{name: "resize a human date keeps its value",
			prep: []Op{SetDate{"d1", "DATE", "2024-03-04", "START"}},
			op:   Resize{"d1", sp("on Monday", 1).Start, sp("on Monday", 1).End}, ref: "d1",
			check: func(t *testing.T, doc D) {
				if d := date(t, doc, "d1"); d.Text != "on Monday" || d.Mod != "START" {
					t.Errorf("d1 = %+v", d)
				}
			}},
		{name: "resize a mention keeps mentions in text order",
			op: Resize{"s1.m1", sp("Mayor", 1).Start, sp("Ine\u0301s Duarte", 1).End}, ref: "s1.m1",
			check: func(t *testing.T, doc D) {
				if m := mention(t, doc, "s1.m1"); m.Text != "Mayor Ine\u0301s Duarte" {
					t.Errorf("s1.m1 = %+v", m)
				}
			}},
		{name: "resize into a combining accent keeps the accent",
			op: Resize{"s1.m1", sp("Ine\u0301s", 1).Start, sp("Ine\u0301s", 1).Start + 3}, ref: "s1.m1",
			check: func(t *testing.T, doc D) {
				if m := mention(t, doc, "s1.m1"); m.Text != "Ine\u0301s" {
					t.Errorf("s1.m1 = %q", m.Text)
				}
			}},
		{name: "resize to nothing is refused", op: Resize{"q2", 3, 3}, err: "cannot become empty"},
		{name: "resize over a neighbour is refused", op: Resize{"q1", 0, sp("rise", 1).End}, err: "would overlap quote q2"},
		{name: "resize a speaker is refused", op: Resize{"s1", 0, 3}, err: "is a speaker"},

		// SetKind
		{name: "set a quote's kind", op: SetKind{"q2", "mixed"}, ref: "q2", label: "Made quote q2 mixed",
			check: func(t *testing.T, doc D) {
				if q := quote(t, doc, "q2"); q.Kind != "mixed" || q.By != annotate.ByHuman {
					t.Errorf("q2 = %+v", q)
				}
			}},
		{name: "set an unknown kind is refused", op: SetKind{"q2", "quoted"}, err: "not a kind of quote"},
		{name: "set the kind of a date is refused", op: SetKind{"d1", "direct"}, err: "d1 is not a quote"},

		// Link
		{name: "link a quote to a speaker", op: Link{"q3", "s2"}, ref: "q3", label: "Linked q3 to Tomás Obi",
			check: func(t *testing.T, doc D) {
				if q := quote(t, doc, "q3"); speakerOf(q) != "s2" || q.By != annotate.ByHuman {
					t.Errorf("q3 = %+v", q)
				}
			}},
		{name: "link to another speaker drops a source that names the old one", op: Link{"q1", "s2"}, ref: "q1",
			check: func(t *testing.T, doc D) {
				if q := quote(t, doc, "q1"); speakerOf(q) != "s2" || q.Source != nil || q.Cue == nil {
					t.Errorf("q1 = %+v", q)
				}
			}},
		{name: "link to a mention makes it the source", op: Link{"q2", "s2.m1"}, ref: "q2",
			check: func(t *testing.T, doc D) {
				if q := quote(t, doc, "q2"); speakerOf(q) != "s2" || q.Source == nil || *q.Source != sp("Tomás Obi", 1) {
					t.Errorf("q2 = %+v", q)
				}
			}},
		{name: "unlink", op: Link{"q1", ""}, ref: "q1", label: "Unlinked q1",
			check: func(t *testing.T, doc D) {
				if q := quote(t, doc, "q1"); q.Speaker != nil || q.Source != nil {
					t.Errorf("q1 = %+v", q)
				}
			}},
		{name: "link to a missing speaker is refused", op: Link{"q3", "s9"}, err: "there is no annotation s9"},
		{name: "link to a date is refused", op: Link{"q3", "d1"}, err: "d1 is not a speaker"},

		// Speakers
		{name: "new speaker", op: NewSpeaker{" City council "}, ref: "s3", label: "Added speaker City council",
			check: func(t *testing.T, doc D) {
				if s := speaker(t, doc, "s3"); s.Name != "City council" || len(s.Mentions) != 0 {
					t.Errorf("s3 = %+v", s)
				}
			}},
		{name: "new speaker without a name is refused", op: NewSpeaker{" "}, err: "needs a name"},
		{name: "new speaker with a taken name is refused", op: NewSpeaker{"Tomás Obi"}, err: "s2 is already named"},
		{name: "rename", op: Rename{"s2", "Tomas Obi"}, ref: "s2", label: "Renamed Tomás Obi to Tomas Obi",
			check: func(t *testing.T, doc D) {
				if s := speaker(t, doc, "s2"); s.Name != "Tomas Obi" {
					t.Errorf("s2 = %+v", s)
				}
			}},
		{name: "rename a quote is refused", op: Rename{"q1", "X"}, err: "q1 is not a speaker"},
		{name: "merge moves mentions and quotes", op: Merge{"s1", "s2"}, ref: "s1", label: "Merged Tomás Obi into Ine\u0301s Duarte",
			check: func(t *testing.T, doc D) {
				s := speaker(t, doc, "s1")
				if len(doc.Speakers) != 1 || len(s.Mentions) != 3 || s.Mentions[2].Text != "Tomás Obi" || speakerOf(quote(t, doc, "q4")) != "s1" {
					t.Errorf("%s", encode(t, doc))
				}
			}},
		{name: "merge into itself is refused", op: Merge{"s1", "s1"}, err: "into itself"},
		{name: "split a mention off takes its quotes along", op: Split{"s1.m2"}, ref: "s3", label: "Split Duarte off as speaker s3",
			check: func(t *testing.T, doc D) {
				s := speaker(t, doc, "s3")
				if s.Name != "Duarte" || len(s.Mentions) != 1 || speakerOf(quote(t, doc, "q2")) != "s3" ||
					speakerOf(quote(t, doc, "q1")) != "s1" || len(speaker(t, doc, "s1").Mentions) != 1 {
					t.Errorf("%s", encode(t, doc))
				}
			}},
		{name: "split an only mention is refused", op: Split{"s2.m1"}, err: "only mention"},
		{name: "split a speaker is refused", op: Split{"s2"}, err: "not a mention"},
		{name: "mark all finds the unmarked whole words",
			prep: []Op{Rename{"s2", "Obi"}}, op: MarkAll{"s2"}, ref: "s2", label: "Marked 1 more mention of Obi",
			check: func(t *testing.T, doc D) {
				if m := mention(t, doc, "s2.m2"); m.Span != sp("Obi", 2) || m.By != annotate.ByHuman {
					t.Errorf("s2.m2 = %+v", m)
				}
			}},
		{name: "mark all with nothing left is refused", op: MarkAll{"s2"}, err: "marked already"},

		// Dates
		{name: "set a date", op: SetDate{"d1", "DATE", "2024-03-11", ""}, ref: "d1", label: "Set date d1 to 2024-03-11",
			check: func(t *testing.T, doc D) {
				if d := date(t, doc, "d1"); d.Value != "2024-03-11" || d.By != annotate.ByHuman {
					t.Errorf("d1 = %+v", d)
				}
			}},
		{name: "set a duration", op: SetDate{"d2", "DURATION", "P1W", "APPROX"}, ref: "d2"},
		{name: "set a time", op: SetDate{"d1", "TIME", "2024-03-04T09:30", ""}, ref: "d1"},
		{name: "set an impossible month is refused", op: SetDate{"d1", "DATE", "2024-13-01", ""}, err: "not a TIMEX3 value"},
		{name: "set an unknown type is refused", op: SetDate{"d1", "WEEK", "2024-W10", ""}, err: "not a type of date"},
		{name: "set an unknown modifier is refused", op: SetDate{"d1", "DATE", "2024-03-04", "SOON"}, err: "not a TIMEX3 modifier"},
		{name: "set the value of a quote is refused", op: SetDate{"q1", "DATE", "2024", ""}, err: "q1 is not a date"},

		// Review
		{name: "accept a quote", op: Accept{"q1"}, ref: "q1", label: "Accepted quote q1",
			check: func(t *testing.T, doc D) {
				if q := quote(t, doc, "q1"); q.By != annotate.ByHuman || speakerOf(q) != "s1" {
					t.Errorf("q1 = %+v", q)
				}
			}},
		{name: "accept a speaker accepts its mentions", op: Accept{"s1"}, ref: "s1",
			check: func(t *testing.T, doc D) {
				for _, m := range speaker(t, doc, "s1").Mentions {
					if m.By != annotate.ByHuman {
						t.Errorf("mention %+v", m)
					}
				}
			}},
		{name: "accept a mention", op: Accept{"s1.m2"}, ref: "s1.m2", label: "Accepted mention 2 of Ine\u0301s Duarte"},
		{name: "accept twice is refused", prep: []Op{Accept{"d1"}}, op: Accept{"d1"}, err: "confirmed already"},
		{name: "reject a date", op: Reject{"d2"}, ref: "d2", label: "Rejected date d2",
			check: func(t *testing.T, doc D) {
				if len(doc.Dates) != 1 {
					t.Errorf("%s", encode(t, doc))
				}
			}},

		// Reference date
		{name: "a new reference date resolves machine dates again and keeps human ones",
			prep: []Op{SetDate{"d2", "DATE", "2024-W08", ""}},
			op:   SetReference{"2024-03-13"}, label: "Set the reference date to 2024-03-13",
			check: func(t *testing.T, doc D) {
				if *doc.ReferenceDate != "2024-03-13" || date(t, doc, "d2").Value != "2024-W08" {
					t.Errorf("%s", encode(t, doc))
				}
				if d := date(t, doc, "d1"); d.Value == "2024-03-04" || !strings.HasPrefix(d.Value, "2024-03-") || d.By != annotate.ByMachine {
					t.Errorf("d1 = %+v, want Monday of the week of 13 March", d)
				}
			}},
		{name: "a malformed reference date is refused", op: SetReference{"13/03/2024"}, err: "YYYY-MM-DD"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := New(fixture(t))
			for _, p := range c.prep {
				if _, err := s.Do(p); err != nil {
					t.Fatalf("prep %#v: %v", p, err)
				}
				checked(t, s, "prep")
			}
			before, undos := encode(t, s.Doc()), s.CanUndo()
			ref, err := s.Do(c.op)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("Do(%#v) = %q, %v; want an error with %q", c.op, ref, err, c.err)
				}
				if encode(t, s.Doc()) != before || s.CanUndo() != undos {
					t.Fatalf("a refused op changed the session")
				}
				return
			}
			if err != nil {
				t.Fatalf("Do(%#v): %v", c.op, err)
			}
			checked(t, s, "the op")
			if c.ref != "" && ref != c.ref {
				t.Errorf("ref = %q, want %q", ref, c.ref)
			}
			if c.label != "" && s.UndoLabel() != c.label {
				t.Errorf("UndoLabel = %q, want %q", s.UndoLabel(), c.label)
			}
			if c.check != nil {
				c.check(t, s.Doc())
			}
			after := encode(t, s.Doc())
			if !s.Undo() {
				t.Fatal("Undo = false")
			}
			checked(t, s, "undo")
			if got := encode(t, s.Doc()); got != before {
				t.Fatalf("undo gave\n%s\nwant\n%s", got, before)
			}
			if !s.Redo() {
				t.Fatal("Redo = false")
			}
			checked(t, s, "redo")
			if got := encode(t, s.Doc()); got != after {
				t.Fatalf("redo gave\n%s\nwant\n%s", got, after)
			}
		})
	}
}
