package benchtext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
)

func TestArticleSize(t *testing.T) {
	for _, size := range []int{0, 5 * KB, 100 * KB, MB} {
		text := Article(size)
		if len(text) < size || len(text) > size+1024 {
			t.Errorf("Article(%d) has %d bytes, want %d to %d", size, len(text), size, size+1024)
		}
		if !utf8.ValidString(text) {
			t.Errorf("Article(%d) is not valid UTF-8", size)
		}
		if again := Article(size); again != text {
			t.Errorf("Article(%d) differs from one call to the next", size)
		}
	}
}

// Within a megabyte no paragraph comes twice, so a finder that remembered what it had seen would
// not look faster than it is.
func TestArticleVaries(t *testing.T) {
	seen := map[string]bool{}
	n := 0
	for _, p := range strings.Split(Article(MB), "\n\n") {
		if strings.HasPrefix(p, "#") || p == "" {
			continue
		}
		n++
		if seen[p] {
			t.Fatalf("paragraph %d repeats an earlier one: %q", n, p)
		}
		seen[p] = true
	}
	if n < len(paragraphs)*100 {
		t.Errorf("only %d paragraphs in a megabyte", n)
	}
}

// The article holds what the engine looks for: a dateline it detects, and quotes, speakers and
// dates throughout.
func TestArticleExercisesTheEngine(t *testing.T) {
	text := Article(20 * KB)
	doc := annotate.Annotate(text, annotate.Options{})
	if doc.ReferenceDate == nil || *doc.ReferenceDate != ReferenceDate {
		t.Errorf("reference date = %v, want %s from the dateline", doc.ReferenceDate, ReferenceDate)
	}
	paras := strings.Count(text, "\n\n")
	if len(doc.Quotes) < paras {
		t.Errorf("%d quotes in %d paragraphs, want at least one a paragraph", len(doc.Quotes), paras)
	}
	if len(doc.Dates) < paras {
		t.Errorf("%d dates in %d paragraphs, want at least one a paragraph", len(doc.Dates), paras)
	}
	if len(doc.Speakers) < len(surnames) {
		t.Errorf("%d speakers, want at least %d", len(doc.Speakers), len(surnames))
	}
	var direct, indirect int
	for _, q := range doc.Quotes {
		switch q.Kind {
		case "direct":
			direct++
		case "indirect":
			indirect++
		}
	}
	if direct < paras/3 || indirect < paras/3 {
		t.Errorf("%d direct and %d indirect quotes in %d paragraphs, want a third of them each at least", direct, indirect, paras)
	}
	if err := doc.Check(); err != nil {
		t.Error(err)
	}
}
