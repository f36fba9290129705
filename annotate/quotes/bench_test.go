package quotes

import (
	"fmt"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/internal/benchtext"
)

// benchText generates an article of about size bytes from sentences written for the benchmark,
// varying names and numbers so that the entities keep growing.
func benchText(size int) string {
	first := []string{"Helen", "David", "Maria", "Tom", "Laura", "Ivan", "Sarah", "Omar"}
	last := []string{"Okafor", "Marsh", "Costa", "Reyes", "Chen", "Petrov", "Cole", "Haddad"}
	paras := []string{
		"“We owe it to the fishermen who waited all winter,” Mayor %[1]s %[2]s said on Monday. “The pier is how this town earns its living.”",
		"%[2]s said the work would begin in early May and take about %[3]d weeks. She added that the state had promised to cover half of the bill.",
		"Councillor %[1]s %[2]s, who voted against the plan, said the town could not afford another loan. \"Nobody is against the pier,\" he said.",
		"According to the harbour master, the old pier had not been inspected since 20%[3]d. Police said the road would stay closed until Friday.",
		"The so-called “backdoor” deal was never signed, a senior official told reporters, adding that talks would resume next week.",
		"Mr %[2]s told the BBC he had ‘never seen anything like it’ in his %[3]d years at the port. Don't expect the '90s back, he said.",
		"KREMLIN: The minister stressed that the door was open. « Nous verrons », said %[1]s %[2]s.",
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Part %d\n\n", i+1)
		for j, p := range paras {
			fmt.Fprintf(&b, p, first[(i+j)%len(first)], last[(i*3+j)%len(last)]+fmt.Sprint(i%50), 10+(i+j)%80)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkFind measures Find on a generated ~1 MB article, in MB/cpu-s as well, since wall
// time on a shared machine counts the waits for a core.
func BenchmarkFind(b *testing.B) {
	text := benchText(1 << 20)
	benchtext.Loop(b, len(text), func() { Find(text) })
}

// BenchmarkTokenize measures tokenize alone, the first stage of Find, on the same article.
func BenchmarkTokenize(b *testing.B) {
	text := benchText(1 << 20)
	toks := make([]token, 0, len(text)/3+8)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tokenize(text, toks[:0])
	}
}
