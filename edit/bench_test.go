package edit

import (
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/internal/benchtext"
)

// long is the engine's annotation of the generated ~1 MB article that every stage's benchmark
// reads (package benchtext), the size the page must stay responsive on.
func long(b *testing.B) *annotate.Document {
	doc := annotate.Annotate(benchtext.Article(benchtext.MB), annotate.Options{ReferenceDate: benchtext.ReferenceDate})
	if len(doc.Quotes) < 100 {
		b.Fatalf("only %d quotes", len(doc.Quotes))
	}
	return doc
}

// reviewed is a session on the long article with a full history of small changes.
func reviewed(b *testing.B) *Session {
	s := New(long(b))
	for i := range maxHistory {
		if _, err := s.Do(SetKind{"q50", []string{"direct", "indirect"}[i%2]}); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkDo: one small change to a long article, as a key press in review mode makes.
func BenchmarkDo(b *testing.B) {
	s := New(long(b))
	kinds := []string{"direct", "indirect"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Do(SetKind{"q50", kinds[i%2]}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarshal: saving a long article with a full history, as the page does after each change.
func BenchmarkMarshal(b *testing.B) {
	s := reviewed(b)
	b.ReportAllocs()
	var data []byte
	for b.Loop() {
		var err error
		if data, err = s.Marshal(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(data)), "saved-bytes")
}

// BenchmarkUnmarshal: restoring that session on reload, history replayed and checked.
func BenchmarkUnmarshal(b *testing.B) {
	data, err := reviewed(b).Marshal()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSetText: one typed character near the top of a long article, which runs the engine
// again and moves every later annotation. It reports what each such change adds to the saved
// session (saved-bytes/op; run it with a fixed -benchtime such as 20x, as a history of changes
// that stored every moved annotation took some 10 MB each).
func BenchmarkSetText(b *testing.B) {
	s := New(long(b))
	text := s.Doc().Text
	before, err := s.Marshal()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := benchtext.CPUSeconds()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Do(SetText{text[:100] + strings.Repeat("x", i%2) + text[100:]}); err != nil {
			b.Fatal(err)
		}
	}
	benchtext.ReportCPU(b, cpu, int64(len(text)), b.N)
	after, err := s.Marshal()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(after)-len(before))/float64(min(b.N, maxHistory)), "saved-bytes/op")
}
