package annotate

import (
	"reflect"
	"testing"

	"github.com/article-annotator/annotator/annotate/dates"
	"github.com/article-annotator/annotator/annotate/quotes"
)

// TestParts checks that Annotate in parts (Reference, the two finders, Assemble) gives the
// Document that Annotate gives, with a reference date given, found in the text, or neither.
func TestParts(t *testing.T) {
	cases := []struct {
		name, text string
		opts       Options
	}{
		{"given", "\"We open on Monday,\" said Ana Silva. Tom Reyes said it was late last week.", Options{ReferenceDate: "2024-09-04"}},
		{"from a dateline", "Published 3 September 2024\n\n\"The pier opens tomorrow,\" the mayor said on Tuesday.", Options{}},
		{"a bad date given, none in the text", "Lin Chen said the ferry would run \"every day from May.\"", Options{ReferenceDate: "soon"}},
		{"empty", "", Options{}},
	}
	for _, c := range cases {
		want := Annotate(c.text, c.opts)
		ref, from := Reference(c.text, c.opts)
		qs, ents := quotes.Find(c.text)
		got := Assemble(c.text, ref, from, qs, ents, dates.Find(c.text, ref))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: in parts\n%+v\nAnnotate\n%+v", c.name, got, want)
		}
		if err := got.Check(); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	if _, from := Reference("Published 3 September 2024\n\nThe pier.", Options{}); from == nil {
		t.Error("Reference found no date in a dateline")
	}
}

// TestDatesWire checks that what WriteDates writes reads back (ReadDates) as the reference date,
// its source and the dates found, and that a message that is not one, or whose offsets do not fit
// the text, is refused (the page's main worker then finds the dates itself).
func TestDatesWire(t *testing.T) {
	for _, c := range []struct{ text, ref string }{
		{"Published 3 September 2024\n\nThe pier opens on Monday, two weeks after the vote of 20 August.", ""},
		{"The ferry ran every day from May until last week, said Lin Chen.", "2024-09-04"},
		{"No dates here.", ""},
	} {
		r, from := Reference(c.text, Options{ReferenceDate: c.ref})
		ds := dates.Find(c.text, r)
		gr, gfrom, gds, ok := ReadDates(WriteDates(r, from, ds), len(c.text))
		if !ok || !gr.Equal(r) || !reflect.DeepEqual(gfrom, from) || len(gds) != len(ds) || (len(ds) > 0 && !reflect.DeepEqual(gds, ds)) {
			t.Errorf("%q: read back %v %v %v %v, want %v %v %v", c.text, gr, gfrom, gds, ok, r, from, ds)
		}
	}
	for _, bad := range []string{"", "2024-09-04\n", "soon\t-1\t-1\n", "\t-1\t-1\n3\t9\tDATE\n", "\t-1\t-1\n3\t900\tDATE\t2024\t\n"} {
		if _, _, _, ok := ReadDates(bad, 100); ok {
			t.Errorf("ReadDates took %q", bad)
		}
	}
}
