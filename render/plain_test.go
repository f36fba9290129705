package render

import (
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/examples"
)

func TestTooDeep(t *testing.T) {
	var lists, quotes strings.Builder
	for i := 0; i < 5000; i++ {
		lists.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	quotes.WriteString(strings.Repeat("> ", 5000) + "\"We will rebuild,\" said Helen Okafor on Monday.\n")
	cases := []struct {
		name, text string
		deep       bool
	}{
		{"the example article", examples.Harbour, false},
		{"a list nested three deep", "- a\n  - b\n    - c\n", false},
		{"64 nested blockquotes", strings.Repeat(">", 64) + " text", false},
		{"5,000 nested list items", lists.String(), true},
		{"5,000 nested blockquotes", quotes.String(), true},
		{"deep indentation after a normal line", "Title\n" + strings.Repeat(" ", 200) + "x", true},
	}
	for _, c := range cases {
		if got := tooDeep(c.text); got != c.deep {
			t.Errorf("%s: tooDeep = %v, want %v", c.name, got, c.deep)
		}
	}
}

// TestDeepTextRendersPlain checks that a text too deep for the Markdown parser is shown as plain
// text that keeps every mark and escapes everything.
func TestDeepTextRendersPlain(t *testing.T) {
	text := strings.Repeat("> ", 5000) + "\"We will <b>rebuild</b>,\" said Helen Okafor on Monday.\n"
	doc := annotate.Annotate(text, annotate.Options{ReferenceDate: "2026-03-14"})
	if len(doc.Quotes) == 0 || len(doc.Dates) == 0 {
		t.Fatalf("the engine found no quote or date: %+v", doc)
	}
	out := HTML(doc)
	if !strings.HasPrefix(out, `<pre class="plain">`) {
		t.Fatalf("not rendered as plain text: %.80s", out)
	}
	if strings.Contains(out, "<b>") || !strings.Contains(out, "&lt;b&gt;rebuild&lt;/b&gt;") {
		t.Fatalf("raw HTML not escaped: %s", out[len(out)-300:])
	}
	for _, id := range []string{doc.Quotes[0].ID, doc.Dates[0].ID} {
		if !strings.Contains(out, `data-id="`+id+`"`) {
			t.Errorf("mark %s missing", id)
		}
	}
}
