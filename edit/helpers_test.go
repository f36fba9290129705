package edit

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// The article most tests edit, written for these tests: a combining accent (Ine\u0301s), an emoji
// with a skin tone and ZWJ (👩🏽‍⚕️), a rocket beyond the BMP, and a CRLF line break, so that
// every offset below is one a byte or UTF-16 count would get wrong.
const article = "“We will rebuild the harbour,” Mayor Ine\u0301s Duarte said on Monday. " +
	"Duarte added that costs would rise 🚀.\r\n" +
	"Treasurer Tomás Obi 👩🏽‍⚕️ called the plan “reckless” last week, and Obi said the vote was early."

// at returns the code point span of the n-th (1-based) occurrence of sub in text.
func at(t testing.TB, text, sub string, n int) annotate.Span {
	t.Helper()
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q has no occurrence %d of %q", text, n, sub)
		}
		if k == n {
			s := len([]rune(text[:from+i]))
			return annotate.Span{Start: s, End: s + len([]rune(sub)), Text: sub}
		}
		from += i + len(sub)
	}
}

// fixture is the article annotated by hand as the engine might have: every annotation by the
// machine.
func fixture(t testing.TB) *annotate.Document {
	ref := "2024-03-06"
	s1, s2 := "s1", "s2"
	m := func(sub string, n int) annotate.Mention {
		return annotate.Mention{Span: at(t, article, sub, n), By: annotate.ByMachine}
	}
	sp := func(sub string, n int) *annotate.Span { s := at(t, article, sub, n); return &s }
	doc := &annotate.Document{Schema: annotate.Schema, Text: article, ReferenceDate: &ref,
		Speakers: []annotate.Speaker{
			{ID: "s1", Name: "Ine\u0301s Duarte", Mentions: []annotate.Mention{m("Ine\u0301s Duarte", 1), m("Duarte", 2)}},
			{ID: "s2", Name: "Tomás Obi", Mentions: []annotate.Mention{m("Tomás Obi", 1)}},
		},
		Quotes: []annotate.Quote{
			{ID: "q1", Span: at(t, article, "“We will rebuild the harbour,”", 1), Kind: "direct", Speaker: &s1,
				Source: sp("Ine\u0301s Duarte", 1), Cue: sp("said", 1), By: annotate.ByMachine},
			{ID: "q2", Span: at(t, article, "costs would rise 🚀", 1), Kind: "indirect", Speaker: &s1,
				Source: sp("Duarte", 2), Cue: sp("added", 1), By: annotate.ByMachine},
			{ID: "q3", Span: at(t, article, "“reckless”", 1), Kind: "scare", By: annotate.ByMachine},
			{ID: "q4", Span: at(t, article, "the vote was early", 1), Kind: "indirect", Speaker: &s2,
				Cue: sp("said", 2), By: annotate.ByMachine},
		},
		Dates: []annotate.Date{
			{ID: "d1", Span: at(t, article, "Monday", 1), Type: "DATE", Value: "2024-03-04", By: annotate.ByMachine},
			{ID: "d2", Span: at(t, article, "last week", 1), Type: "DATE", Value: "2024-W09", By: annotate.ByMachine},
		},
	}
	if err := doc.Check(); err != nil {
		t.Fatalf("the fixture is broken: %v", err)
	}
	return doc
}

// encode is the document as JSON, for comparing whole documents in failure messages.
func encode(t testing.TB, doc *annotate.Document) string {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checked fails the test when the session's document breaks an invariant.
func checked(t testing.TB, s *Session, after string) {
	t.Helper()
	if err := s.Doc().Check(); err != nil {
		t.Fatalf("after %s: %v", after, err)
	}
}

// quote, date, speaker and mention find an annotation by ref in doc, failing the test when absent.
func quote(t testing.TB, doc *annotate.Document, id string) annotate.Quote {
	t.Helper()
	for _, q := range doc.Quotes {
		if q.ID == id {
			return q
		}
	}
	t.Fatalf("no quote %s in %s", id, encode(t, doc))
	return annotate.Quote{}
}

func date(t testing.TB, doc *annotate.Document, id string) annotate.Date {
	t.Helper()
	for _, d := range doc.Dates {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no date %s in %s", id, encode(t, doc))
	return annotate.Date{}
}

func speaker(t testing.TB, doc *annotate.Document, id string) annotate.Speaker {
	t.Helper()
	if i := speakerIndex(doc, id); i >= 0 {
		return doc.Speakers[i]
	}
	t.Fatalf("no speaker %s in %s", id, encode(t, doc))
	return annotate.Speaker{}
}

func mention(t testing.TB, doc *annotate.Document, ref string) annotate.Mention {
	t.Helper()
	tg, err := locateKind(doc, ref, KindSpeaker, "a mention")
	if err != nil {
		t.Fatalf("%v in %s", err, encode(t, doc))
	}
	return doc.Speakers[tg.i].Mentions[tg.m]
}

func speakerOf(q annotate.Quote) string {
	if q.Speaker == nil {
		return ""
	}
	return *q.Speaker
}
