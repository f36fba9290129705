package formats

import (
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/internal/benchtext"
)

// BenchmarkFormats exports the engine's annotation of the generated ~1 MB article that every
// stage's benchmark reads (package benchtext) in each format, and reads back each one that reads
// back. MB/s counts bytes of the article's text per second, MB/cpu-s per second of CPU time (see
// benchtext.Loop).
func BenchmarkFormats(b *testing.B) {
	doc := annotate.Annotate(benchtext.Article(benchtext.MB), annotate.Options{ReferenceDate: benchtext.ReferenceDate})
	for _, f := range Formats {
		out, err := Export(f.Name, doc)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("export/"+f.Name, func(b *testing.B) {
			benchtext.Loop(b, len(doc.Text), func() {
				if _, err := Export(f.Name, doc); err != nil {
					b.Fatal(err)
				}
			})
		})
		if f.Name == "csv" || f.Name == "jsonl" {
			continue // csv does not read back; jsonl reads as json does
		}
		b.Run("import/"+f.Name, func(b *testing.B) {
			benchtext.Loop(b, len(doc.Text), func() {
				if _, err := reimport(f.Name, doc, out); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}
