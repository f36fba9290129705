package formats

import (
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// bigDoc is about 1 MB of the test sentences, annotated by the engine.
func bigDoc(b testing.TB) *annotate.Document {
	var s strings.Builder
	for s.Len() < 1<<20 {
		for _, d := range handDocs(b) {
			s.WriteString(d.Text)
			s.WriteString("\n\n")
		}
	}
	return annotate.Annotate(s.String(), annotate.Options{ReferenceDate: "2025-02-03"})
}

// BenchmarkFormats exports and reads back a 1 MB article in each format that reads back.
func BenchmarkFormats(b *testing.B) {
	doc := bigDoc(b)
	for _, format := range []string{"json", "w3c", "brat", "csv"} {
		out, err := Export(format, doc)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("export/"+format, func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			for b.Loop() {
				if _, err := Export(format, doc); err != nil {
					b.Fatal(err)
				}
			}
		})
		if format == "csv" {
			continue
		}
		b.Run("import/"+format, func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			for b.Loop() {
				if _, err := reimport(format, doc, out); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
