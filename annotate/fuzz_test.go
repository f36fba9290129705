package annotate

import (
	"testing"

	"github.com/article-annotator/annotator/examples"
)

// FuzzAnnotate checks that no input panics the engine and that every output holds the document
// invariants (spans inside the text, text equal to the code point slice, ids unique, references
// resolved).
func FuzzAnnotate(f *testing.F) {
	f.Add(examples.Harbour, "2026-03-14")
	f.Add(`"unclosed quote, he said. And then « more » and “curly” text`, "")
	f.Add("Mr O'Brien said: 'the '90s were fine' on Monday 2 September 2024.", "2024-09-03")
	f.Add("\xff\xfe\"\r\n\"", "bad-date")
	f.Fuzz(func(t *testing.T, text, ref string) {
		doc := Annotate(text, Options{ReferenceDate: ref})
		if err := doc.Check(); err != nil {
			t.Fatal(err)
		}
	})
}
