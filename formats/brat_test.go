package formats

import (
	"reflect"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

func TestBratPieces(t *testing.T) {
	text := []rune("ab\r\ncd\u2028e\n\n")
	cases := []struct {
		start, end int
		want       [][2]int
	}{
		{0, 2, [][2]int{{0, 2}}},
		{0, 6, [][2]int{{0, 2}, {4, 6}}},          // CRLF is one break of two characters
		{1, 8, [][2]int{{1, 2}, {4, 6}, {7, 8}}},  // U+2028 ends a line for Python, so for brat
		{2, 4, [][2]int{{2, 4}}},                  // nothing but a break: one range
		{3, 3, [][2]int{{3, 3}}},                  // an empty span
		{6, 10, [][2]int{{7, 8}}},                 // breaks at both ends are left out
		{0, 10, [][2]int{{0, 2}, {4, 6}, {7, 8}}}, // the whole text
		{3, 5, [][2]int{{4, 5}}},                  // the LF of a CRLF, then a character
	}
	for _, c := range cases {
		if got := bratPieces(newCodePoints(string(text)), c.start, c.end, nil); !reflect.DeepEqual(got, c.want) {
			t.Errorf("[%d,%d): %v; want %v", c.start, c.end, got, c.want)
		}
	}
}

// TestBratCRLF: a quote across a CRLF is written as two ranges, each piece's text joined by a
// space, and the offsets count code points, CR included.
func TestBratCRLF(t *testing.T) {
	ann, err := Export("brat", handDocs(t)["crlf"])
	if err != nil {
		t.Fatal(err)
	}
	if want := "\tQuote 15 30;32 43\t\"The water rose all night,\"\n"; !strings.Contains(string(ann), want) {
		t.Errorf("no line with %q in\n%s", want, ann)
	}
}

func TestBratNotes(t *testing.T) {
	for _, s := range []string{"", "plain", `back\slash`, "tab\there", "two\nlines\r\n", "\u2028\u0085\v", `\u2028 written`, `ends in \`, `\n as text`} {
		esc := escapeNote(s)
		if strings.ContainsAny(esc, "\t"+bratBreaks) {
			t.Errorf("escapeNote(%q) = %q holds a tab or a line break", s, esc)
		}
		if got := unescapeNote(esc); got != s {
			t.Errorf("unescapeNote(escapeNote(%q)) = %q", s, got)
		}
	}
}

// TestImportBratForeign reads an .ann written by hand, as another tool would: no ids, no By, no
// Kind; the gaps are filled as ImportBrat says.
func TestImportBratForeign(t *testing.T) {
	txt := "\"Nets are full,\" Lena Park said. Park said prices fell on Friday.\n"
	ann := "T1\tSpeaker 17 26\tLena Park\n" +
		"T2\tQuote 0 16\t\"Nets are full,\"\n" +
		"R1\tSpeaker Arg1:T2 Arg2:T1\n" +
		"T3\tSpeaker 33 37\tPark\n" +
		"#1\tAnnotatorNotes T3\tLena Park\n" +
		"T4\tQuote 43 54\tprices fell\r\n" +
		"R2\tSpeaker Arg1:T4 Arg2:T3\n" +
		"T5\tDate 58 64\tFriday\n" +
		"A1\tValue T5 2025-06-13\n" +
		"*\tCoref T1 T3\n"
	doc, err := ImportBrat([]byte(txt), []byte(ann))
	if err != nil {
		t.Fatal(err)
	}
	s1 := "s1"
	want := &annotate.Document{Schema: annotate.Schema, Text: txt,
		Speakers: []annotate.Speaker{{ID: "s1", Name: "Lena Park", Mentions: []annotate.Mention{
			{Span: annotate.Span{Start: 17, End: 26, Text: "Lena Park"}, By: annotate.ByMachine},
			{Span: annotate.Span{Start: 33, End: 37, Text: "Park"}, By: annotate.ByMachine}}}},
		Quotes: []annotate.Quote{
			{ID: "q1", Span: annotate.Span{Start: 0, End: 16, Text: "\"Nets are full,\""}, Kind: "direct", Speaker: &s1, By: annotate.ByMachine},
			{ID: "q2", Span: annotate.Span{Start: 43, End: 54, Text: "prices fell"}, Kind: "indirect", Speaker: &s1, By: annotate.ByMachine}},
		Dates: []annotate.Date{{ID: "d1", Span: annotate.Span{Start: 58, End: 64, Text: "Friday"}, Type: "DATE", Value: "2025-06-13", By: annotate.ByMachine}},
	}
	if !reflect.DeepEqual(doc, want) {
		t.Errorf("got  %+v\nwant %+v", doc, want)
	}
}

func TestImportBratErrors(t *testing.T) {
	txt := "Ana said it rained on Monday.\n"
	cases := []struct {
		name, txt, ann, want string
	}{
		{"offsets past the end", txt, "T1\tQuote 9 99\tit rained\n", "a.ann: line 1: the range \"9 99\" is not inside the text of 30 characters"},
		{"text not at the offsets", txt, "T1\tSpeaker 0 3\tBob\n", "a.ann: line 1: the text \"Bob\" is not the text at 0 3 (\"Ana\")"},
		{"unknown entity type", txt, "T1\tSpeaker 0 3\tAna\nT2\tPerson 0 3\tAna\n", "a.ann: line 2: the entity type \"Person\""},
		{"attribute of nothing", txt, "T1\tSpeaker 0 3\tAna\n\nA1\tBy T7 human\n", "a.ann: line 3: T7 is not a T line"},
		{"bad by", txt, "T1\tSpeaker 0 3\tAna\nA1\tBy T1 robot\n", "a.ann: line 1: By is \"robot\""},
		{"date without value", txt, "T1\tDate 22 28\tMonday\n", "a.ann: line 1: the date T1 has no Value"},
		{"bad kind", txt, "T1\tQuote 9 18\tit rained\nA1\tKind T1 loud\n", "a.ann: quote q1 has kind \"loud\""},
		{"not a line", txt, "hello\n", "a.ann: line 1: not a brat annotation line"},
		{"event", txt, "T1\tSpeaker 0 3\tAna\nE1\tSay:T1\n", "a.ann: line 2: events"},
		{"bad relation", txt, "R1\tSpeaker T1 T2\n", "a.ann: line 1: a relation line is"},
		{"invalid UTF-8 in the text", "Ana \xff", "", "a.txt: line 1, column 5 (byte 4): not UTF-8"},
		{"invalid UTF-8 in the ann", txt, "T1\tSpeaker 0 3\tAn\xe9\n", "a.ann: line 1, column 18 (byte 17): not UTF-8"},
		{"twice the same T", txt, "T1\tSpeaker 0 3\tAna\nT1\tSpeaker 0 3\tAna\n", "a.ann: line 2: T1 is defined twice"},
		{"bad reference date", txt, "T1\tSpeaker 0 3\tAna\nA1\tReferenceDate T1 2025-02-30\n", "a.ann: the reference date \"2025-02-30\" is not a date"},
	}
	for _, c := range cases {
		_, err := ImportBratNamed("a.txt", "a.ann", []byte(c.txt), []byte(c.ann))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v; want it to contain %q", c.name, err, c.want)
		}
	}
}

// TestImportBratBOM: a .txt that opens with a byte order mark keeps it, as brat counts it as a
// character; an .ann that opens with one is read without it.
func TestImportBratBOM(t *testing.T) {
	doc, err := ImportBrat([]byte("\uFEFFAna said so."), []byte("\uFEFFT1\tSpeaker 1 4\tAna\n"))
	if err != nil {
		t.Fatal(err)
	}
	if m := doc.Speakers[0].Mentions[0]; m.Start != 1 || m.Text != "Ana" {
		t.Errorf("mention %+v", m)
	}
}
