package annotate

import (
	"testing"

	"github.com/article-annotator/annotator/annotate/dates"
	"github.com/article-annotator/annotator/annotate/quotes"
	"github.com/article-annotator/annotator/internal/benchtext"
)

// The benchmarks of the engine and of each of its stages, on the same generated ~1 MB article
// (package benchtext, which `make bench-browser` uses too). MB/s counts bytes of UTF-8 text per
// second of wall-clock time; MB/cpu-s per second of CPU time, the throughput of one core, which
// holds on a machine busy with other work. dates.Find and DetectReference are measured in
// package dates, the renderers and exporters in theirs, and what a change to a long article
// costs in package edit.

var benchRef = Options{ReferenceDate: benchtext.ReferenceDate}

// BenchmarkAnnotate measures the whole engine: both finders and the conversion to code points.
func BenchmarkAnnotate(b *testing.B) {
	text := benchtext.Article(benchtext.MB)
	benchtext.Loop(b, len(text), func() { Annotate(text, benchRef) })
}

// BenchmarkQuotes measures quotes.Find, the quote and speaker stage. Grouping the speakers into
// entities and finding their mentions happens inside Find (its resolve and findMentions steps),
// so it has no benchmark of its own; a CPU profile of this benchmark shows its share.
func BenchmarkQuotes(b *testing.B) {
	text := benchtext.Article(benchtext.MB)
	benchtext.Loop(b, len(text), func() { quotes.Find(text) })
}

// BenchmarkDocument measures what Annotate adds to the finders: building the exported Document,
// with every byte offset converted to code points and every span's text sliced.
func BenchmarkDocument(b *testing.B) {
	text := benchtext.Article(benchtext.MB)
	ref, _ := ParseDate(benchtext.ReferenceDate)
	qs, ents := quotes.Find(text)
	ds := dates.Find(text, ref)
	benchtext.Loop(b, len(text), func() { newDocument(text, ref, nil, qs, ents, ds) })
}

// BenchmarkCheck measures the invariant check that tests and importers run, on the same article.
func BenchmarkCheck(b *testing.B) {
	doc := Annotate(benchtext.Article(benchtext.MB), benchRef)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := doc.Check(); err != nil {
			b.Fatal(err)
		}
	}
}
