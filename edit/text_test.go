package edit

import (
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// TestSetText: human annotations away from the edit move with their words, those the edit
// touches go, and machine ones are the engine's afresh.
func TestSetText(t *testing.T) {
	early := at(t, article, "early", 1)
	plan := at(t, article, "called the plan", 1)
	obi := at(t, article, "Obi", 2)
	cases := []struct {
		name  string
		text  string
		check func(t *testing.T, doc *annotate.Document, shift int)
	}{
		{"words inserted between annotations",
			strings.Replace(article, "would rise", "would surely rise", 1),
			func(t *testing.T, doc *annotate.Document, shift int) {
				if d := date(t, doc, "d1"); d.Text != "Monday" || d.Start != at(t, article, "Monday", 1).Start || d.By != annotate.ByHuman {
					t.Errorf("d1 (before the edit) = %+v", d)
				}
				if d := date(t, doc, "d3"); d.Start != early.Start+shift || d.Value != "2024-W08" {
					t.Errorf("d3 (after the edit) = %+v", d)
				}
				if q := quote(t, doc, "q5"); q.Start != plan.Start+shift || q.By != annotate.ByHuman {
					t.Errorf("q5 = %+v", q)
				}
				if q := quote(t, doc, "q1"); speakerOf(q) == "" || doc.Speakers[speakerIndex(doc, speakerOf(q))].Name != "Mayor Ine\u0301s Duarte" ||
					len(doc.Speakers[speakerIndex(doc, speakerOf(q))].Mentions) == 0 {
					t.Errorf("q1's speaker is not the renamed human-linked one: %s", encode(t, doc))
				}
				found := false
				for _, q := range doc.Quotes {
					found = found || q.By == annotate.ByHuman && strings.Contains(q.Text, "costs would")
				}
				if found {
					t.Errorf("the human quote the edit changed is still there: %s", encode(t, doc))
				}
			}},
		{"CRLF becomes LF before the human annotations",
			strings.Replace(article, "\r\n", "\n", 1),
			func(t *testing.T, doc *annotate.Document, shift int) {
				if shift != -1 {
					t.Fatalf("shift %d", shift)
				}
				if q := quote(t, doc, "q5"); q.Start != plan.Start-1 || q.Text != "called the plan" {
					t.Errorf("q5 = %+v", q)
				}
				m := mention(t, doc, "s3.m1")
				if m.Span.Start != obi.Start-1 || m.Text != "Obi" || m.By != annotate.ByHuman {
					t.Errorf("s3.m1 = %+v", m)
				}
			}},
		{"the edit falls on a human quote",
			strings.Replace(article, "called the plan", "called this plan", 1),
			func(t *testing.T, doc *annotate.Document, shift int) {
				for _, q := range doc.Quotes {
					if q.By == annotate.ByHuman && strings.Contains(q.Text, "plan") {
						t.Errorf("quote %+v survived an edit of its words", q)
					}
				}
			}},
		{"everything replaced", "Nothing is left of the article. \xff",
			func(t *testing.T, doc *annotate.Document, shift int) {
				for _, q := range doc.Quotes {
					if q.By == annotate.ByHuman {
						t.Errorf("quote %+v survived", q)
					}
				}
				if !strings.HasSuffix(doc.Text, "\uFFFD") {
					t.Errorf("invalid UTF-8 kept: %q", doc.Text)
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := New(fixture(t))
			for _, op := range []Op{
				Accept{"d1"}, Accept{"q1"}, Rename{"s1", "Mayor Ine\u0301s Duarte"}, Accept{"q2"},
				Add{KindQuote, plan.Start, plan.End}, Add{KindSpeaker, obi.Start, obi.End},
				Add{KindDate, early.Start, early.End}, SetDate{"d3", "DATE", "2024-W08", ""},
			} {
				if _, err := s.Do(op); err != nil {
					t.Fatalf("%#v: %v", op, err)
				}
			}
			before := encode(t, s.Doc())
			if _, err := s.Do(SetText{c.text}); err != nil {
				t.Fatal(err)
			}
			checked(t, s, "SetText")
			doc := s.Doc()
			if doc.Text != annotate.ValidUTF8(c.text) || s.UndoLabel() != "Changed the text" {
				t.Fatalf("text %q, label %q", doc.Text, s.UndoLabel())
			}
			c.check(t, doc, len([]rune(c.text))-len([]rune(article)))
			after := encode(t, doc)
			s.Undo()
			checked(t, s, "undo")
			if encode(t, s.Doc()) != before {
				t.Fatalf("undo did not restore the document")
			}
			s.Redo()
			if encode(t, s.Doc()) != after {
				t.Fatalf("redo did not give the edited document")
			}
		})
	}
}
