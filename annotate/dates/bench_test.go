package dates

import (
	"testing"
	"time"

	"github.com/article-annotator/annotator/internal/benchtext"
)

// benchRef is the reference date of the generated article (benchtext.ReferenceDate).
var benchRef = time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)

// BenchmarkFind measures Find on the generated ~1 MB article that every stage's benchmark reads.
func BenchmarkFind(b *testing.B) {
	text := benchtext.Article(benchtext.MB)
	benchtext.Loop(b, len(text), func() { Find(text, benchRef) })
}

// BenchmarkFindNoReference measures Find when the article's date is unknown, so that relative
// expressions stay underspecified ("XXXX-WXX-1").
func BenchmarkFindNoReference(b *testing.B) {
	text := benchtext.Article(benchtext.MB)
	benchtext.Loop(b, len(text), func() { Find(text, time.Time{}) })
}

// BenchmarkDetectReference measures DetectReference, which reads only the start of the text
// (headBytes), so its time does not grow with the article.
func BenchmarkDetectReference(b *testing.B) {
	text := benchtext.Article(benchtext.MB)
	b.ReportAllocs()
	for b.Loop() {
		if t, _, _, ok := DetectReference(text); !ok || t.Format(time.DateOnly) != benchtext.ReferenceDate {
			b.Fatalf("DetectReference = %v, %v; want %s", t, ok, benchtext.ReferenceDate)
		}
	}
}

// BenchmarkScan measures the scanner alone (scan.go): cutting the article into tokens and looking
// each word up once, the part of Find that reads every byte.
func BenchmarkScan(b *testing.B) {
	text := benchtext.Article(benchtext.MB)
	toks := make([]token, 0, len(text)/4+16)
	benchtext.Loop(b, len(text), func() { toks = scan(text, toks[:0]) })
}
