package edit

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// council is the n-th paragraph of a made-up council report, written for these tests: quotes,
// speakers and dates everywhere, numbered so that no two paragraphs read the same.
func council(n int) string {
	return fmt.Sprintf("“We will finish bridge %d by Friday,” said Councillor Mira Patel on Monday. "+
		"Patel added that the budget for ward %d would grow by %d percent.\n"+
		"Engineer Tomás Okafor called the schedule “ambitious” last week, and Okafor said the crews "+
		"had worked %d nights since 3 March 2024.\n", n, n, n%40+2, n%9+1)
}

// report is paragraphs of council, from the first, until it holds at least size bytes.
func report(size int) string {
	var b strings.Builder
	for n := 1; b.Len() < size; n++ {
		b.WriteString(council(n))
	}
	return b.String()
}

// lastChange is the change Undo would undo, as the JSON Marshal writes of it.
func lastChange(t testing.TB, s *Session) (change, []byte) {
	t.Helper()
	c := s.undo[len(s.undo)-1]
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return c, b
}

// stored counts the entries a change holds in its splices.
func stored(c change) int {
	n := 0
	if c.Speakers != nil {
		n += len(c.Speakers.Old) + len(c.Speakers.New)
	}
	if c.Quotes != nil {
		n += len(c.Quotes.Old) + len(c.Quotes.New)
	}
	if c.Dates != nil {
		n += len(c.Dates.Old) + len(c.Dates.New)
	}
	return n
}

// sameDoc fails the test unless got and want are equal documents that hold the invariants.
func sameDoc(t testing.TB, step string, got, want *annotate.Document) {
	t.Helper()
	if err := got.Check(); err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s gave\n%s\nwant\n%s", step, encode(t, got), encode(t, want))
	}
}

// TestTextEditStoresTheEdit: typing at the top, in the middle or at the end of an article keeps
// in the history the words typed and the entries the engine really changed near them, not every
// entry the edit moved; undo and redo give back exactly the documents before and after, in the
// session and in one read back from its saved bytes.
func TestTextEditStoresTheEdit(t *testing.T) {
	text := report(6000)
	third := strings.Index(text, council(3)) // the start of the third paragraph
	cases := []struct {
		name string
		edit func(string) string
		max  int // entries the change may hold, or -1 for any number
	}{
		{"a word at the top", func(s string) string { return "Update: " + s }, 0},
		{"a letter in a quote at the top", func(s string) string { return strings.Replace(s, "bridge 1 ", "bridge 1a ", 1) }, 4},
		{"a word in the middle", func(s string) string { return s[:third] + "Later, " + s[third:] }, 4},
		// The engine numbers its annotations in the order of the text: a new quote renumbers every
		// later quote and date, which then really differ, and stay in the change.
		{"a quote in the middle", func(s string) string {
			return s[:third] + "“It is late,” said Councillor Mira Patel. " + s[third:]
		}, -1},
		{"words cut in a quote", func(s string) string { return strings.Replace(s, "budget for ward 3 would", "budget would", 1) }, 4},
		{"a word at the end", func(s string) string { return s + "The end." }, 0},
		{"the last letter cut", func(s string) string { return s[:len(s)-2] + "\n" }, 4},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := New(annotate.Annotate(text, annotate.Options{ReferenceDate: "2024-03-06"}))
			// A person's work, which the edit must move too: q2 confirmed, a mention of their own.
			if _, err := s.Do(Accept{"q2"}); err != nil {
				t.Fatal(err)
			}
			sp := at(t, text, "the crews", 5)
			if _, err := s.Do(Add{KindSpeaker, sp.Start, sp.End}); err != nil {
				t.Fatal(err)
			}
			before := s.Doc()
			if _, err := s.Do(SetText{tc.edit(text)}); err != nil {
				t.Fatal(err)
			}
			after := s.Doc()
			c, js := lastChange(t, s)
			t.Logf("the change holds %d entries in %d bytes; the document has %d quotes", stored(c), len(js), len(after.Quotes))
			if c.Text == nil || !c.Shifted {
				t.Fatalf("the change of the text is %s", js)
			}
			if n := stored(c); tc.max >= 0 && n > tc.max {
				t.Errorf("the change holds %d entries, want at most %d: %s", n, tc.max, js)
			}
			saved, err := s.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			r, err := Unmarshal(saved)
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range []*Session{s, r} {
				if !x.Undo() {
					t.Fatal("Undo = false")
				}
				sameDoc(t, "undo", x.Doc(), before)
				if !x.Redo() {
					t.Fatal("Redo = false")
				}
				sameDoc(t, "redo", x.Doc(), after)
				for x.Undo() {
				}
				sameDoc(t, "undoing everything", x.Doc(), annotate.Annotate(text, annotate.Options{ReferenceDate: "2024-03-06"}))
			}
		})
	}
}

// TestTypingIntoALongArticle: one word typed at the top of a ~1 MB article grows its saved session
// by the word, not by the article's annotations moved (it grew from 6.2 to 16.6 MB when the
// history held them all).
func TestTypingIntoALongArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates a 1 MB article three times")
	}
	text := report(1 << 20)
	s := New(annotate.Annotate(text, annotate.Options{ReferenceDate: "2024-03-06"}))
	start := s.Doc()
	was, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Do(SetText{"Update " + text}); err != nil {
		t.Fatal(err)
	}
	now, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("article %d bytes, %d quotes; saved session %d bytes before the word, %d after (+%d)",
		len(text), len(start.Quotes), len(was), len(now), len(now)-len(was))
	if grew := len(now) - len(was); grew*100 >= len(text) {
		t.Errorf("one word grew the saved session by %d bytes, 1%% of the article or more", grew)
	}
	r, err := Unmarshal(now)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Undo() {
		t.Fatal("Undo = false")
	}
	sameDoc(t, "undo", r.Doc(), start)
}

// TestUnshiftedSessionStillUndoes: a session saved before changes of the text were kept shifted
// (testdata/session-unshifted.json: the fixture, a word typed at the top, q1 accepted, a word
// typed in the middle, q2 made mixed and that undone) reads back and undoes and redoes exactly.
func TestUnshiftedSessionStillUndoes(t *testing.T) {
	b, err := os.ReadFile("testdata/session-unshifted.json")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), `"shifted"`) {
		t.Fatal("the file is not in the old form")
	}
	var v saved
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if n := stored(v.Undo[0]); n < 12 {
		t.Fatalf("the old form's first change holds %d entries; it should hold every one it moved", n)
	}
	s, err := Unmarshal(b)
	if err != nil {
		t.Fatal(err)
	}
	end := s.Doc()
	if err := end.Check(); err != nil {
		t.Fatal(err)
	}
	if q := quote(t, end, "q1"); q.By != annotate.ByHuman || !strings.HasPrefix(end.Text, "Early edition. ") {
		t.Fatalf("the saved document is not the one described: %s", encode(t, end))
	}
	labels := []string{}
	for s.Undo() {
		checked(t, s, "undo")
		labels = append(labels, s.RedoLabel())
	}
	if want := []string{"Changed the text", "Accepted quote q1", "Changed the text"}; !reflect.DeepEqual(labels, want) {
		t.Errorf("undid %q, want %q", labels, want)
	}
	sameDoc(t, "undoing everything", s.Doc(), fixture(t))
	for s.Redo() {
		checked(t, s, "redo")
	}
	if q := quote(t, s.Doc(), "q2"); q.Kind != "mixed" {
		t.Errorf("redoing everything left q2 %s", q.Kind)
	}
	if !s.Undo() {
		t.Fatal("Undo = false")
	}
	sameDoc(t, "redoing all but the last", s.Doc(), end)
}

// TestUnmarshalRefusesABadShift: a shifted change whose moved entries the edit cannot move, or
// that holds no text edit, is refused.
func TestUnmarshalRefusesABadShift(t *testing.T) {
	s := New(fixture(t))
	if _, err := s.Do(SetText{"Early edition. " + article}); err != nil {
		t.Fatal(err)
	}
	good, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Unmarshal(good); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, old, new string }{
		// The edit then replaces the first 16 code points, which q1 (at 15 after it) overlaps.
		{"moved entries overlap the edit", `"text":{"at":0,"new":"Early edition. "}`, `"text":{"at":0,"old":"“","new":"Early edition. “"}`},
		{"a shift with no text edit", `"text":{"at":0,"new":"Early edition. "},`, ``},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(string(good), c.old) {
				t.Fatalf("the saved session has no %q: %s", c.old, good)
			}
			bad := strings.Replace(string(good), c.old, c.new, 1)
			if _, err := Unmarshal([]byte(bad)); err == nil || !strings.Contains(err.Error(), "history is broken") {
				t.Fatalf("Unmarshal = %v, want a broken history", err)
			}
		})
	}
}
