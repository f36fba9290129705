package render

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/examples"
)

// BenchmarkHTML renders a ~1 MB article (the example repeated) with a mark on every quotation,
// every mention of the example's speakers and every weekday, so the cost of splitting text at
// span boundaries shows, whatever the finders find today.
func BenchmarkHTML(b *testing.B) {
	doc := bigDoc(1 << 20)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		HTML(doc)
	}
}

func bigDoc(size int) *annotate.Document {
	var sb strings.Builder
	for sb.Len() < size {
		sb.WriteString(examples.Harbour)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	doc := &annotate.Document{Schema: annotate.Schema, Text: text}
	runeAt := make([]int, len(text)+1) // code point offset of each byte offset
	n := 0
	for i := 0; i < len(text); n++ {
		_, w := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < w; k++ {
			runeAt[i+k] = n
		}
		i += w
	}
	runeAt[len(text)] = n
	span := func(s, e int) annotate.Span { return annotate.Span{Start: runeAt[s], End: runeAt[e], Text: text[s:e]} }
	sp := annotate.Speaker{ID: "s1", Name: "Helen Okafor"}
	for _, name := range []string{"Okafor", "Marsh", "Costa"} {
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				break
			}
			sp.Mentions = append(sp.Mentions, annotate.Mention{Span: span(i+j, i+j+len(name)), By: annotate.ByMachine})
			i += j + len(name)
		}
	}
	doc.Speakers = []annotate.Speaker{sp}
	s1 := "s1"
	for i, k := 0, 0; ; k++ {
		j := strings.IndexByte(text[i:], '"')
		if j < 0 {
			break
		}
		e := strings.IndexByte(text[i+j+1:], '"')
		if e < 0 {
			break
		}
		end := i + j + 1 + e + 1
		doc.Quotes = append(doc.Quotes, annotate.Quote{ID: fmt.Sprintf("q%d", k+1), Span: span(i+j, end), Kind: "direct", Speaker: &s1})
		i = end
	}
	for i, k := 0, 0; ; k++ {
		j := strings.Index(text[i:], "day ")
		if j < 0 {
			break
		}
		s := i + j
		for s > 0 && text[s-1] >= 'A' && text[s-1] <= 'z' {
			s--
		}
		doc.Dates = append(doc.Dates, annotate.Date{ID: fmt.Sprintf("d%d", k+1), Span: span(s, i+j+3), Type: "DATE", Value: "2026-03-12"})
		i += j + 3
	}
	return doc
}
