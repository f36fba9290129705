package edit

import (
	"os"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// FuzzSession runs random op sequences (each op four bytes of prog) on a random text: no op may
// panic or leave the document breaking its invariants, a saved session must read back the same,
// undoing everything must give the start document and redoing it all the end one.
func FuzzSession(f *testing.F) {
	f.Add(article, []byte{0, 1, 40, 9, 1, 3, 0, 0, 5, 2, 7, 0, 15, 90, 3, 2, 8, 1, 2, 0, 16, 1, 0, 0})
	f.Add(article, []byte{10, 6, 0, 0, 9, 5, 0, 0, 14, 1, 0, 0, 11, 8, 0, 2, 2, 3, 1, 0, 15, 200, 9, 6, 3, 2, 100, 7})
	f.Add("“Fine,” said Ana. Ana\r\nleft on 3 May 2024 🇫🇷.", []byte{0, 0, 2, 3, 0, 1, 0, 8, 0, 2, 30, 20, 12, 0, 0, 0, 13, 1, 0, 0})
	f.Add("", []byte{0, 1, 0, 0, 15, 0, 0, 3, 0, 1, 0, 30})
	// Text edits that move what follows them (change.Shifted): a space typed at the top, undone
	// and redone; a quote typed at the top of a reviewed article and a date in its middle; a cut
	// with an emoji, then a cut at the top, after a person's additions.
	f.Add(article, []byte{15, 0, 0, 1, 17, 0, 0, 0, 17, 1, 0, 0})
	f.Add(article, []byte{12, 0, 0, 0, 15, 0, 0, 5, 16, 128, 0, 6, 17, 0, 0, 0, 17, 0, 0, 0, 17, 1, 0, 0})
	f.Add(article, []byte{0, 1, 200, 10, 16, 10, 5, 4, 1, 2, 0, 0, 15, 0, 3, 0, 17, 0, 0, 0})
	f.Fuzz(func(t *testing.T, text string, prog []byte) {
		if len(text) > 3000 {
			text = text[:3000]
		}
		doc := annotate.Annotate(text, annotate.Options{ReferenceDate: "2024-03-06"})
		s := New(doc)
		start := encode(t, doc)
		for steps := 0; len(prog) >= 4 && steps < 48; steps++ {
			b := prog[:4]
			prog = prog[4:]
			if b[0]%18 == 17 {
				if b[1]&1 == 0 {
					s.Undo()
				} else {
					s.Redo()
				}
			} else {
				s.Do(pick(s.Doc(), b)) // refused ops are part of the test: they must change nothing
			}
			checked(t, s, "a step")
		}
		end := encode(t, s.Doc())
		saved, err := s.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		r, err := Unmarshal(saved)
		if err != nil {
			t.Fatalf("reading back a saved session: %v", err)
		}
		if encode(t, r.Doc()) != end {
			t.Fatal("the saved session reads back different")
		}
		undone := 0
		for s.Undo() {
			checked(t, s, "undo")
			undone++
		}
		if got := encode(t, s.Doc()); got != start {
			t.Fatalf("undoing everything gave\n%s\nwant\n%s", got, start)
		}
		for range undone {
			if !s.Redo() {
				t.Fatal("Redo = false before the end")
			}
			checked(t, s, "redo")
		}
		if got := encode(t, s.Doc()); got != end {
			t.Fatalf("redoing what was undone gave\n%s\nwant\n%s", got, end)
		}
		for s.Redo() { // what the program itself undid
			checked(t, s, "redo")
		}
	})
}

// pick builds an op from four bytes, aimed at the annotations doc has (and sometimes at none).
func pick(doc *annotate.Document, b []byte) Op {
	var refs []string
	for _, q := range doc.Quotes {
		refs = append(refs, q.ID)
	}
	for _, d := range doc.Dates {
		refs = append(refs, d.ID)
	}
	for _, sp := range doc.Speakers {
		refs = append(refs, sp.ID)
		for j := range sp.Mentions {
			refs = append(refs, MentionRef(sp.ID, j))
		}
	}
	refs = append(refs, "q99", "s1.m9", "")
	ref := func(x byte) string { return refs[int(x)%len(refs)] }
	n := len([]rune(doc.Text))
	pos := func(x byte) int { return int(x)*(n+2)/256 - 1 }
	kind := func(x byte) string { return []string{KindSpeaker, KindQuote, KindDate, "person"}[x%4] }
	name := func(x byte) string { return []string{"Ana", "Obi", "Ine\u0301s Duarte 👩🏽‍⚕️", " "}[x%4] }
	switch b[0] % 18 {
	case 0:
		return Add{kind(b[1]), pos(b[2]), pos(b[2]) + int(b[3]%24)}
	case 1:
		return Delete{ref(b[1])}
	case 2:
		return Retype{ref(b[1]), kind(b[2])}
	case 3:
		return Resize{ref(b[1]), pos(b[2]), pos(b[2]) + int(b[3]%24)}
	case 4:
		return SetKind{ref(b[1]), []string{"direct", "indirect", "mixed", "scare", "loud"}[b[2]%5]}
	case 5:
		if b[3]%4 == 0 {
			return Link{ref(b[1]), ""}
		}
		if b[3]%4 == 1 {
			return LinkNamed{ref(b[1]), name(b[2])}
		}
		return Link{ref(b[1]), ref(b[2])}
	case 6:
		return NewSpeaker{name(b[1])}
	case 7:
		return Rename{ref(b[1]), name(b[2])}
	case 8:
		return Merge{ref(b[1]), ref(b[2])}
	case 9:
		return Split{ref(b[1])}
	case 10:
		return MarkAll{ref(b[1])}
	case 11:
		return SetDate{ref(b[1]), []string{"DATE", "TIME", "DURATION", "SET", "WEEK"}[b[2]%5],
			[]string{"2024-03-04", "P2W", "XXXX-WXX-2", "2024-03-04T09:30", "2024-13"}[b[3]%5],
			[]string{"", "APPROX", "START", "SOON"}[b[3]/5%4]}
	case 12:
		return Accept{ref(b[1])}
	case 13:
		return Reject{ref(b[1])}
	case 14:
		return SetReference{[]string{"", "2024-03-13", "1999-12-31", "March"}[b[1]%4]}
	}
	// An edit of the text: cut up to 15 code points at one place and insert a snippet.
	r := []rune(doc.Text)
	at := min(max(pos(b[1]), 0), len(r))
	cut := min(at+int(b[2]%16), len(r))
	ins := []string{"", " ", "\r\n", "e\u0301", "🇫🇷", "“Yes,” said Obi. ", "on Monday ", "👩🏽‍⚕️"}[b[3]%8]
	return SetText{string(r[:at]) + ins + string(r[cut:])}
}

// FuzzUnmarshal: whatever bytes storage hands back, Unmarshal returns a session or an error and
// never panics, and a session it returns undoes and redoes to the end without breaking.
func FuzzUnmarshal(f *testing.F) {
	s := New(fixture(f))
	for _, op := range []Op{Accept{"q1"}, Split{"s1.m2"}, SetText{article + " Obi left."}, SetKind{"q2", "mixed"}} {
		if _, err := s.Do(op); err != nil {
			f.Fatal(err)
		}
	}
	s.Undo()
	b, err := s.Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"version":1,"doc":{"text":"ab","speakers":[],"quotes":[],"dates":[]},"undo":[{"text":{"at":1,"new":"b"}}]}`))
	// A word typed at the top, whose change moves every entry it does not hold, and a session saved
	// before changes were kept so.
	s = New(fixture(f))
	if _, err := s.Do(SetText{"Early edition. " + article}); err != nil {
		f.Fatal(err)
	}
	if b, err = s.Marshal(); err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	if b, err = os.ReadFile("testdata/session-unshifted.json"); err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Unmarshal(b)
		if err != nil {
			return
		}
		checked(t, s, "Unmarshal")
		for s.Undo() {
			checked(t, s, "undo")
		}
		for s.Redo() {
			checked(t, s, "redo")
		}
		if s.CanUndo() && s.CanRedo() {
			t.Fatal("a change could not be replayed")
		}
	})
}
