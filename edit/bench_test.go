package edit

import (
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// long is the test article 60 times over (about 12,000 code points), annotated by the engine.
func long(b *testing.B) *annotate.Document {
	doc := annotate.Annotate(strings.Repeat(article+"\r\n\r\n", 60), annotate.Options{ReferenceDate: "2024-03-06"})
	if len(doc.Quotes) < 100 {
		b.Fatalf("only %d quotes", len(doc.Quotes))
	}
	return doc
}

// BenchmarkDo: one small change to a long article, as a key press in review mode makes.
func BenchmarkDo(b *testing.B) {
	s := New(long(b))
	kinds := []string{"direct", "indirect"}
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.Do(SetKind{"q50", kinds[i%2]}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarshal: saving a long article with a full history, as the page does after each change.
func BenchmarkMarshal(b *testing.B) {
	s := New(long(b))
	for i := range maxHistory {
		s.Do(SetKind{"q50", []string{"direct", "indirect"}[i%2]})
	}
	b.ResetTimer()
	var data []byte
	for range b.N {
		var err error
		if data, err = s.Marshal(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(data)), "saved-bytes")
}

// BenchmarkUnmarshal: restoring that session on reload, history replayed and checked.
func BenchmarkUnmarshal(b *testing.B) {
	s := New(long(b))
	for i := range maxHistory {
		s.Do(SetKind{"q50", []string{"direct", "indirect"}[i%2]})
	}
	data, _ := s.Marshal()
	b.ResetTimer()
	for range b.N {
		if _, err := Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSetText: one typed character in a long article, which runs the engine again.
func BenchmarkSetText(b *testing.B) {
	s := New(long(b))
	text := s.Doc().Text
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.Do(SetText{text[:100] + strings.Repeat("x", i%2) + text[100:]}); err != nil {
			b.Fatal(err)
		}
	}
}
