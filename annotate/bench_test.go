package annotate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/examples"
)

// benchArticle generates an article of about size bytes from the example article and a few
// sentences written for the benchmark, varying names and numbers so that nothing is trivially
// repeated.
func benchArticle(size int) string {
	extra := []string{
		"\"We will not accept this,\" said Minister Laura Chen on Monday, adding that talks would resume next week.",
		"According to the company, sales rose 12 percent in the third quarter of 2023.",
		"Police said the road would stay closed until Friday evening. “Drivers should plan ahead,” a spokesman said.",
		"The report, published last month, found that prices had doubled over the past two years.",
		"Mr Patel told the BBC that he had “never seen anything like it” in his 30 years at the port.",
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "## Part %d\n\n", i+1)
		b.WriteString(examples.Harbour)
		b.WriteString("\n")
		for j, s := range extra {
			b.WriteString(strings.ReplaceAll(s, "12", fmt.Sprint(10+(i+j)%80)))
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkAnnotate measures the whole engine on a generated ~1 MB article.
func BenchmarkAnnotate(b *testing.B) {
	text := benchArticle(1 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Annotate(text, Options{ReferenceDate: "2026-03-14"})
	}
}

// BenchmarkCheck measures the invariant check that tests and importers run, on the same article.
func BenchmarkCheck(b *testing.B) {
	doc := Annotate(benchArticle(1<<20), Options{ReferenceDate: "2026-03-14"})
	b.ReportAllocs()
	for b.Loop() {
		if err := doc.Check(); err != nil {
			b.Fatal(err)
		}
	}
}
