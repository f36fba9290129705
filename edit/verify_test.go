package edit

import (
	"reflect"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// TestVerifyAgreesWithCheck: for a change to a valid document, verify, which looks only at what
// the change touched, refuses exactly the results that the full Check refuses, with its words,
// replayed forward (a change made or redone) and backward (undone back to a broken document).
func TestVerifyAgreesWithCheck(t *testing.T) {
	cases := []struct {
		name   string
		change func(d *annotate.Document)
		err    string // "" for a document that holds
	}{
		{"quote kind changed", func(d *annotate.Document) { d.Quotes[1].Kind = "mixed" }, ""},
		{"quote added", func(d *annotate.Document) {
			d.Quotes = append(d.Quotes, annotate.Quote{ID: "q5", Span: at(t, article, "the plan", 1), Kind: "scare", By: annotate.ByHuman})
		}, ""},
		{"speaker and its quote's link taken out", func(d *annotate.Document) {
			d.Speakers = d.Speakers[:1]
			d.Quotes[3].Speaker = nil
		}, ""},
		{"reference date found in the text", func(d *annotate.Document) {
			s := at(t, article, "Monday", 1)
			d.ReferenceDateFrom = &s
		}, ""},
		{"quote text not its slice", func(d *annotate.Document) { d.Quotes[2].Text = "“careless”" }, "has text"},
		{"quote past the end", func(d *annotate.Document) { d.Quotes[2].End = 1000 }, "lies outside the text"},
		{"quote backwards", func(d *annotate.Document) { d.Quotes[2].Start = d.Quotes[2].End + 1 }, "lies outside the text"},
		{"source not its slice", func(d *annotate.Document) { s := *d.Quotes[0].Source; s.Text = "Duarte"; d.Quotes[0].Source = &s }, "quote q1 source"},
		{"cue before the start", func(d *annotate.Document) { c := *d.Quotes[3].Cue; c.Start = -1; d.Quotes[3].Cue = &c }, "quote q4 cue"},
		{"mention not its slice", func(d *annotate.Document) { d.Speakers[1].Mentions[0].Text = "Obi" }, "speaker s2 mention"},
		{"reference date's span not its slice", func(d *annotate.Document) {
			s := at(t, article, "Monday", 1)
			s.End--
			d.ReferenceDateFrom = &s
		}, "referenceDateFrom"},
		{"new quote with a date's id", func(d *annotate.Document) {
			d.Quotes = append(d.Quotes, annotate.Quote{ID: "d1", Span: at(t, article, "the plan", 1), Kind: "scare", By: annotate.ByHuman})
		}, `id "d1" is empty or repeated`},
		{"new quote with no id", func(d *annotate.Document) {
			d.Quotes = append(d.Quotes, annotate.Quote{Span: at(t, article, "the plan", 1), Kind: "scare", By: annotate.ByHuman})
		}, `id "" is empty or repeated`},
		{"two new dates with one id", func(d *annotate.Document) {
			d.Dates = append(d.Dates, annotate.Date{ID: "d3", Span: at(t, article, "early", 1), Type: "DATE", Value: "PAST_REF"},
				annotate.Date{ID: "d3", Span: at(t, article, "plan", 1), Type: "DATE", Value: "PAST_REF"})
		}, `id "d3" is empty or repeated`},
		{"new speaker with a quote's id", func(d *annotate.Document) {
			d.Speakers = append(d.Speakers, annotate.Speaker{ID: "q4", Name: "Ana", Mentions: []annotate.Mention{}})
		}, `id "q4" is empty or repeated`},
		{"speaker taken out that a quote names", func(d *annotate.Document) { d.Speakers = d.Speakers[:1] }, `names speaker "s2"`},
		{"quote linked to no speaker", func(d *annotate.Document) { s := "s9"; d.Quotes[2].Speaker = &s }, `names speaker "s9"`},
		{"quote of another kind", func(d *annotate.Document) { d.Quotes[2].Kind = "loud" }, `kind "loud"`},
		{"date of another type", func(d *annotate.Document) { d.Dates[0].Type = "WEEK" }, `type "WEEK"`},
		{"date with no value", func(d *annotate.Document) { d.Dates[1].Value = "" }, "has no value"},
		{"text changed under a span", func(d *annotate.Document) { d.Text = strings.Replace(d.Text, "Monday", "Sunday", 1) }, "has text"},
		{"text changed around the spans", func(d *annotate.Document) { d.Text += " More." }, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := fixture(t)
			after := clone(before)
			c.change(after)
			ch := diff(before, after)
			want := after.Check()
			if (want == nil) != (c.err == "") || want != nil && !strings.Contains(want.Error(), c.err) {
				t.Fatalf("the case is wrong: Check = %v, want an error with %q", want, c.err)
			}
			_, got := verify(after, ch, true, nil)
			if (got == nil) != (want == nil) || got != nil && got.Error() != want.Error() {
				t.Errorf("forward: verify = %v, Check = %v", got, want)
			}
			if want != nil {
				return
			}
			// Undone, the change must lead back to the fixture, which holds.
			if _, err := verify(before, ch, false, newOffsets(after.Text)); err != nil {
				t.Errorf("backward: verify = %v", err)
			}
		})
	}
}

// TestUnmarshalRefusesBrokenHistory: a history that replays on its document but makes a broken
// one is refused; verify, not the replay, has to see it.
func TestUnmarshalRefusesBrokenHistory(t *testing.T) {
	s := New(fixture(t))
	for _, op := range []Op{Accept{"q1"}, Delete{"q3"}, Split{"s1.m2"}} {
		if _, err := s.Do(op); err != nil {
			t.Fatal(err)
		}
	}
	s.Undo()
	good, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	history := strings.Index(string(good), `"undo"`)
	tamper := func(old, new string) string {
		old, new = string(asciiJSON([]byte(old))), string(asciiJSON([]byte(new))) // as Marshal writes them
		i := strings.Index(string(good[history:]), old)
		if i < 0 {
			t.Fatalf("the saved history has no %q", old)
		}
		return string(good[:history+i]) + new + string(good[history+i+len(old):])
	}
	cases := []struct{ name, in, err string }{
		{"undone quote's text", tamper(`"text":"“reckless”"`, `"text":"“careless”"`), "quote q3 [" /* has text */},
		{"undone quote's kind", tamper(`"kind":"scare"`, `"kind":"loud"`), `kind "loud"`},
		{"redone speaker's id", tamper(`{"id":"s3"`, `{"id":"q2"`), `"q2" is empty or repeated`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Unmarshal([]byte(c.in))
			if err == nil || !strings.Contains(err.Error(), "history is broken") || !strings.Contains(err.Error(), c.err) {
				t.Fatalf("Unmarshal = %v, %v; want a broken history, %q", r, err, c.err)
			}
		})
	}
}

// TestOffsets: the sparse table converts every code point offset as a full one would, across
// many strides of a text mixing one- to four-byte code points.
func TestOffsets(t *testing.T) {
	for _, text := range []string{"", "a", article, strings.Repeat(article, 5)} {
		o := newOffsets(text)
		runes := []rune(text)
		if o.n != len(runes) {
			t.Fatalf("n = %d, want %d", o.n, len(runes))
		}
		for p := 0; p <= len(runes); p++ {
			if got, want := o.byteAt(p), len(string(runes[:p])); got != want {
				t.Fatalf("byteAt(%d) of %d code points = %d, want %d", p, len(runes), got, want)
			}
		}
	}
}

// TestSameEntries: the comparisons diff uses say what reflect.DeepEqual says, for a change to
// each field, and name every field there is.
func TestSameEntries(t *testing.T) {
	d := fixture(t)
	s9, s1 := "s9", "s1"
	sp := annotate.Span{Start: 1, End: 2, Text: "W"}
	quotes := []func(q *annotate.Quote){
		func(q *annotate.Quote) {},
		func(q *annotate.Quote) { q.ID = "q9" },
		func(q *annotate.Quote) { q.End++ },
		func(q *annotate.Quote) { q.Text = "x" },
		func(q *annotate.Quote) { q.Kind = "mixed" },
		func(q *annotate.Quote) { q.Speaker = &s9 },
		func(q *annotate.Quote) { q.Speaker = &s1 }, // another pointer to an equal id
		func(q *annotate.Quote) { q.Speaker = nil },
		func(q *annotate.Quote) { q.Source = &sp },
		func(q *annotate.Quote) { q.Cue = nil },
		func(q *annotate.Quote) { q.By = annotate.ByHuman },
	}
	for i, change := range quotes {
		a := d.Quotes[0]
		b := a
		change(&b)
		if got, want := sameQuote(a, b), reflect.DeepEqual(a, b); got != want {
			t.Errorf("quote change %d: sameQuote = %v, DeepEqual = %v", i, got, want)
		}
	}
	speakers := []func(s *annotate.Speaker){
		func(s *annotate.Speaker) {},
		func(s *annotate.Speaker) { s.ID = "s9" },
		func(s *annotate.Speaker) { s.Name = "Ana" },
		func(s *annotate.Speaker) { s.Mentions = s.Mentions[:1] },
		func(s *annotate.Speaker) { s.Mentions = nil },
		func(s *annotate.Speaker) { s.Mentions = append(s.Mentions[:0:0], s.Mentions...) },
		func(s *annotate.Speaker) {
			s.Mentions = append(s.Mentions[:0:0], s.Mentions...)
			s.Mentions[1].By = annotate.ByHuman
		},
	}
	for i, change := range speakers {
		a := d.Speakers[0]
		b := a
		change(&b)
		if got, want := sameSpeaker(a, b), reflect.DeepEqual(a, b); got != want {
			t.Errorf("speaker change %d: sameSpeaker = %v, DeepEqual = %v", i, got, want)
		}
	}
	empty, none := annotate.Speaker{ID: "s1", Mentions: []annotate.Mention{}}, annotate.Speaker{ID: "s1"}
	if sameSpeaker(empty, none) {
		t.Error("a speaker with no mentions ([]) is the same as one with a null list")
	}
	// A field added to an entry must be compared too: these counts fail the test until it is.
	for typ, n := range map[reflect.Type]int{reflect.TypeFor[annotate.Quote](): 7, reflect.TypeFor[annotate.Speaker](): 3,
		reflect.TypeFor[annotate.Date](): 6, reflect.TypeFor[annotate.Span](): 3, reflect.TypeFor[annotate.Mention](): 2} {
		if typ.NumField() != n {
			t.Errorf("%v has %d fields, not %d: compare the new one in sameQuote, sameSpeaker or sameDate", typ, typ.NumField(), n)
		}
	}
}

// TestTextSpliceApply: a text change replays on the string's bytes as it would on its code points,
// and one that does not fit the text is refused.
func TestTextSpliceApply(t *testing.T) {
	text := "Ine\u0301s 🚀 left." // 13 code points
	cases := []struct {
		sp      textSplice
		forward bool
		want    string // "" for refused
	}{
		{textSplice{At: 0, Old: "Ine\u0301s", New: "Ana"}, true, "Ana 🚀 left."},
		{textSplice{At: 6, Old: "🚀", New: "e\u0301"}, true, "Ine\u0301s e\u0301 left."},
		{textSplice{At: 6, Old: "a rocket", New: "🚀"}, false, "Ine\u0301s a rocket left."},
		{textSplice{At: 13, New: " Bye."}, true, "Ine\u0301s 🚀 left. Bye."},
		{textSplice{At: 3, Old: "\u0301"}, true, "Ines 🚀 left."},
		{textSplice{At: 14, New: "x"}, true, ""},
		{textSplice{At: -1, New: "x"}, true, ""},
		{textSplice{At: 6, Old: "🚀!"}, true, ""},
		{textSplice{At: 7, Old: "🚀"}, true, ""},
		{textSplice{At: 6, Old: "x", New: "🚀!"}, false, ""},
	}
	for _, c := range cases {
		got, err := c.sp.apply(text, c.forward)
		if c.want == "" && err == nil || c.want != "" && (err != nil || got != c.want) {
			t.Errorf("%+v forward=%v: %q, %v; want %q", c.sp, c.forward, got, err, c.want)
		}
	}
}

// TestDoChecksANewDocument: a session started on a document that breaks its invariants refuses
// changes, although each change is checked only where it touched, and changes nothing.
func TestDoChecksANewDocument(t *testing.T) {
	doc := fixture(t)
	doc.Dates[1].Text = "next week"
	s := New(doc)
	if _, err := s.Do(SetKind{"q2", "mixed"}); err == nil || !strings.Contains(err.Error(), "date d2") {
		t.Fatalf("Do on a broken document = %v, want the broken date named", err)
	}
	if s.CanUndo() || quote(t, s.Doc(), "q2").Kind != "indirect" {
		t.Error("a refused change changed the session")
	}
}
