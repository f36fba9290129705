package edit

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// edits is a run of ops of every sort, the text change and reference date among them.
func edits(t *testing.T) []Op {
	sp := func(sub string) (int, int) { s := at(t, article, sub, 1); return s.Start, s.End }
	cs, ce := sp("called the plan")
	return []Op{
		Accept{"q1"}, Link{"q3", "s2"}, Add{KindQuote, cs, ce}, Split{"s1.m2"}, SetDate{"d2", "DATE", "2024-W08", ""},
		Rename{"s2", "Treasurer Obi"}, SetReference{"2024-03-13"}, Delete{"q4"},
		SetText{strings.Replace(article, "would rise", "would surely rise", 1)},
		Merge{"s1", "s3"}, SetKind{"q1", "mixed"},
	}
}

// TestMarshalRoundTrip: a session read back has the same document and undoes and redoes the
// same way, change by change.
func TestMarshalRoundTrip(t *testing.T) {
	s := New(fixture(t))
	for _, op := range edits(t) {
		if _, err := s.Do(op); err != nil {
			t.Fatalf("%#v: %v", op, err)
		}
	}
	s.Undo()
	s.Undo()
	b, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's accents, emoji and rocket are written as escapes: the session is ASCII.
	if i := bytes.IndexFunc(b, func(r rune) bool { return r >= utf8.RuneSelf }); i >= 0 {
		t.Errorf("the saved session is not ASCII at byte %d: %q", i, b[i:min(len(b), i+20)])
	}
	r, err := Unmarshal(b)
	if err != nil {
		t.Fatal(err)
	}
	same := func(step string) {
		t.Helper()
		if a, b := encode(t, s.Doc()), encode(t, r.Doc()); a != b {
			t.Fatalf("%s: the read session has\n%s\nthe original\n%s", step, b, a)
		}
		if s.UndoLabel() != r.UndoLabel() || s.RedoLabel() != r.RedoLabel() || s.CanUndo() != r.CanUndo() || s.CanRedo() != r.CanRedo() {
			t.Fatalf("%s: history differs: %q/%q vs %q/%q", step, r.UndoLabel(), r.RedoLabel(), s.UndoLabel(), s.RedoLabel())
		}
		checked(t, r, step)
	}
	same("read")
	for s.CanRedo() {
		s.Redo()
		r.Redo()
		same("redo")
	}
	for s.CanUndo() {
		s.Undo()
		r.Undo()
		same("undo " + r.RedoLabel())
	}
	if a, b := encode(t, r.Doc()), encode(t, fixture(t)); a != b {
		t.Fatalf("undoing everything gave\n%s\nwant\n%s", a, b)
	}
}

// TestMarshalKeepsTextOnce: the history holds differences, not copies of the document, so the
// text appears once however many changes there were, and a text edit costs its own few words.
func TestMarshalKeepsTextOnce(t *testing.T) {
	s := New(fixture(t))
	for i := range 60 {
		kind := []string{"direct", "indirect", "mixed"}[i%3]
		if _, err := s.Do(SetKind{"q2", kind}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Do(SetText{strings.Replace(article, "would rise", "would surely rise", 1)}); err != nil {
		t.Fatal(err)
	}
	b, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), `Treasurer Tom\u00e1s`); n != 1 {
		t.Errorf("the text appears %d times in the saved session", n)
	}
	if len(b) > 40*1024 {
		t.Errorf("61 changes saved in %d bytes", len(b))
	}
}

func TestHistoryBound(t *testing.T) {
	s := New(fixture(t))
	for i := range maxHistory + 50 {
		if _, err := s.Do(SetKind{"q2", []string{"direct", "indirect"}[i%2]}); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for s.Undo() {
		n++
	}
	if n != maxHistory {
		t.Errorf("undid %d changes, want the last %d", n, maxHistory)
	}
	// The oldest change kept is the 51st, which made q2 indirect: undoing it gives the state after
	// the 50th, which also made it indirect; the 49th made it direct.
	if got := quote(t, s.Doc(), "q2").Kind; got != "indirect" {
		t.Errorf("after undoing all that is kept q2 is %s", got)
	}
}

func TestDoNothingIsNotRecorded(t *testing.T) {
	s := New(fixture(t))
	if _, err := s.Do(SetText{article}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Do(Rename{"s2", "Tomás Obi"}); err != nil {
		t.Fatal(err)
	}
	if s.CanUndo() {
		t.Errorf("a change that changed nothing was recorded: %q", s.UndoLabel())
	}
}

func TestUnmarshalRefusesGarbage(t *testing.T) {
	s := New(fixture(t))
	for _, op := range edits(t)[:4] {
		if _, err := s.Do(op); err != nil {
			t.Fatal(err)
		}
	}
	good, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	tamper := func(old, new string) string {
		old, new = string(asciiJSON([]byte(old))), string(asciiJSON([]byte(new))) // as Marshal writes them
		if !strings.Contains(string(good), old) {
			t.Fatalf("the saved session has no %q", old)
		}
		return strings.Replace(string(good), old, new, 1)
	}
	cases := []struct{ name, in, err string }{
		{"empty", "", "cannot be read"},
		{"not JSON", "IndexedDB ate my homework", "cannot be read"},
		{"truncated", string(good[:len(good)/2]), "cannot be read"},
		{"null", "null", "version 0"},
		{"array", "[1,2]", "cannot be read"},
		{"other version", `{"version":2}`, "version 2"},
		{"no document", `{"version":1}`, "no document"},
		{"broken document", tamper(`"text":"Tomás Obi"`, `"text":"Tomas Obi"`), "document is broken"},
		{"history off the end", tamper(`"at":`, `"at":9223372036854775807,"x":`), "history is broken"},
		{"history before the start", tamper(`"at":`, `"at":-1,"x":`), "history is broken"},
		{"history of another document", tamper(`"new":[{"id":"q3"`, `"new":[{"id":"q9"`), "history is broken"},
		{"wrong types", `{"version":1,"doc":{"text":5}}`, "cannot be read"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Unmarshal([]byte(c.in))
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Fatalf("Unmarshal = %v, %v; want an error with %q", r, err, c.err)
			}
		})
	}
	if _, err := Unmarshal(good); err != nil {
		t.Fatalf("the untampered session: %v", err)
	}
}
