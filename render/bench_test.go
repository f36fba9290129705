package render

import (
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/internal/benchtext"
)

// The renderers' benchmarks, on the engine's annotation of the generated ~1 MB article that every
// stage's benchmark reads (package benchtext). MB/s counts bytes of the article's text per second,
// MB/cpu-s per second of CPU time (see benchtext.Loop).

func benchDoc(b *testing.B) *annotate.Document {
	b.Helper()
	doc := annotate.Annotate(benchtext.Article(benchtext.MB), annotate.Options{ReferenceDate: benchtext.ReferenceDate})
	if len(doc.Quotes) < 1000 || len(doc.Dates) < 1000 {
		b.Fatalf("only %d quotes and %d dates to render", len(doc.Quotes), len(doc.Dates))
	}
	return doc
}

// BenchmarkHTML measures the article view: Markdown with a mark on every span.
func BenchmarkHTML(b *testing.B) {
	doc := benchDoc(b)
	benchtext.Loop(b, len(doc.Text), func() { HTML(doc) })
}

// BenchmarkPanel measures the side panel: quotes grouped under speakers, the dates and timeline.
func BenchmarkPanel(b *testing.B) {
	doc := benchDoc(b)
	benchtext.Loop(b, len(doc.Text), func() { Panel(doc) })
}

// BenchmarkJSON measures the v1 document that the page downloads and the CLI prints.
func BenchmarkJSON(b *testing.B) {
	doc := benchDoc(b)
	benchtext.Loop(b, len(doc.Text), func() { JSON(doc) })
}
