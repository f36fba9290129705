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
