package render

import (
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/internal/benchtext"
)

// The renderers' benchmarks, on the engine's annotation of the generated ~1 MB article that every
// stage's benchmark reads (package benchtext). MB/s counts bytes of the article's text per second,
// MB/cpu-s per second of CPU time (see benchtext.ReportCPU).

func benchDoc(b *testing.B) *annotate.Document {
	b.Helper()
	doc := annotate.Annotate(benchtext.Article(benchtext.MB), annotate.Options{ReferenceDate: benchtext.ReferenceDate})
	if len(doc.Quotes) < 1000 || len(doc.Dates) < 1000 {
		b.Fatalf("only %d quotes and %d dates to render", len(doc.Quotes), len(doc.Dates))
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	return doc
}

// BenchmarkHTML measures the article view: Markdown with a mark on every span.
func BenchmarkHTML(b *testing.B) {
	doc := benchDoc(b)
	cpu := benchtext.CPUSeconds()
	for b.Loop() {
		HTML(doc)
	}
	benchtext.ReportCPU(b, cpu, int64(len(doc.Text)), b.N)
}

// BenchmarkPanel measures the side panel: quotes grouped under speakers, the dates and timeline.
func BenchmarkPanel(b *testing.B) {
	doc := benchDoc(b)
	cpu := benchtext.CPUSeconds()
	for b.Loop() {
		Panel(doc)
	}
	benchtext.ReportCPU(b, cpu, int64(len(doc.Text)), b.N)
}

// BenchmarkJSON measures the v1 document that the page downloads and the CLI prints.
func BenchmarkJSON(b *testing.B) {
	doc := benchDoc(b)
	cpu := benchtext.CPUSeconds()
	for b.Loop() {
		JSON(doc)
	}
	benchtext.ReportCPU(b, cpu, int64(len(doc.Text)), b.N)
}
