package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// TestTop checks that Top gives the first blocks of Blocks, the same HTML and ranges, for
// Markdown whose blocks the rest of the text could change if the prefix were parsed carelessly:
// a list, a quote and a fenced code block that run past the prefix, a paragraph that a later
// line turns into a heading; and that it declines where it cannot know (a link defined below the
// top, plain text, a short article).
func TestTop(t *testing.T) {
	para := func(b *strings.Builder, i int) {
		fmt.Fprintf(b, "\"Berth %d opens on Monday,\" said Ana Silva on 3 March 2024. Tom Reyes said the [ferry](https://example.org/%d) ran late.\n\n", i, i)
	}
	article := func(tail string) string {
		var b strings.Builder
		b.WriteString("# Ferry news\n\n")
		for i := 0; i < 60; i++ {
			para(&b, i)
			switch i % 15 {
			case 3:
				fmt.Fprintf(&b, "- item %d said Lin Chen\n\n- loose item on Friday\n\n  still the item\n\n", i)
			case 7:
				fmt.Fprintf(&b, "> \"A quote %d,\" said Mara Okafor\nlazy line on Tuesday\n\n", i)
			case 11:
				fmt.Fprintf(&b, "```\ncode %d by Ana Silva\n\nmore code\n```\n\nA paragraph\nthat becomes a heading\n---\n\n", i)
			}
		}
		return b.String() + tail
	}
	// paragraphs, then a code block longer than any prefix Top parses
	codeAfter := func(paras int) string {
		var b strings.Builder
		for i := 0; i < paras; i++ {
			para(&b, i)
		}
		b.WriteString("```\n" + strings.Repeat("a line of code that Ana Silva wrote on Monday\n", 200) + "```\n\n")
		return b.String() + article("")
	}
	cases := []struct {
		name, text string
		runes      []int
		ok         bool
	}{
		{"markdown", article(""), []int{1, 300, 1500}, true},
		{"a link defined at the end", article("[ferry]: https://example.org/\n"), []int{1, 300, 1500}, false},
		{"plain text", strings.Repeat(strings.Repeat(" ", maxPrefix+1)+"- \"Late again,\" said Lin Chen on Friday.\n", 200), []int{1, 300}, false},
		{"short", "\"Berth 1 opens on Monday,\" said Ana Silva.\n", []int{1, 300}, false},
		// the top needs the code block, which runs past any prefix Top would parse
		{"a long code block", codeAfter(3), []int{1500}, false},
		{"a long code block below the top", codeAfter(8), []int{1, 300}, true},
	}
	for _, c := range cases {
		doc := annotate.Annotate(c.text, annotate.Options{ReferenceDate: "2024-03-01"})
		for _, size := range []int{1, 100, 500} {
			for _, runes := range c.runes {
				top, ok := Top(doc, size, runes)
				if ok != c.ok {
					t.Errorf("%s, size %d, %d code points: Top says %v, want %v", c.name, size, runes, ok, c.ok)
					continue
				}
				if !ok {
					continue
				}
				all := Blocks(doc, size).List
				if len(top) == 0 || len(top) >= len(all) || top[len(top)-1].End < runes {
					t.Errorf("%s, size %d, %d code points: Top gave %d of %d blocks", c.name, size, runes, len(top), len(all))
					continue
				}
				for i := range top {
					if top[i] != all[i] {
						t.Errorf("%s, size %d, %d code points: block %d differs\n top %+v\nfull %+v", c.name, size, runes, i, top[i], all[i])
						break
					}
				}
			}
		}
		if len(doc.Quotes) < 1 {
			t.Errorf("%s: no quotes; the test needs marks in its blocks", c.name)
		}
	}
}

// FuzzTop checks Top against Blocks on arbitrary Markdown, repeated until it is long enough for
// Top to parse only a prefix of it: whenever Top gives blocks, they are the first blocks of
// Blocks, the same HTML and ranges.
func FuzzTop(f *testing.F) {
	f.Add("\"Berth 1 opens on Monday,\" said Ana Silva.\n\n", uint8(20), uint16(300))
	f.Add("- a list item said Lin Chen\n\n  still the item\n> lazy quote\non Friday\n", uint8(5), uint16(900))
	f.Add("```\ncode on Monday\n\nmore\n", uint8(50), uint16(100))
	f.Add("Para\nthat becomes a heading\n---\n[a]: http://x\n[a]\n", uint8(1), uint16(1500))
	f.Fuzz(func(t *testing.T, s string, size uint8, runes uint16) {
		if s == "" {
			return
		}
		text := strings.Repeat(s, 1+4000/len(s))
		doc := annotate.Annotate(text, annotate.Options{ReferenceDate: "2024-09-03"})
		top, ok := Top(doc, 1+int(size), int(runes)%2000)
		if !ok {
			return
		}
		all := Blocks(doc, 1+int(size)).List
		if len(top) > len(all) {
			t.Fatalf("Top gave %d blocks, Blocks %d", len(top), len(all))
		}
		for i := range top {
			if top[i] != all[i] {
				t.Fatalf("block %d differs\n top %+v\nfull %+v", i, top[i], all[i])
			}
		}
	})
}
