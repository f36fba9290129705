package render

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// TestStream checks that a Stream gives the blocks of Blocks, the same HTML and ranges in the
// same order, however many code points each Next asks for: each call gives at least one block
// and covers what it was asked for unless the article ends, and the stream then knows the same
// first mark of every annotation.
func TestStream(t *testing.T) {
	var md, plain strings.Builder
	md.WriteString("# Ferry news\n\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&md, "\"Berth %d opens on Monday,\" said Ana Silva on 3 March 2024. Tom Reyes said the ferry ran late.\n\n", i)
		fmt.Fprintf(&plain, "%s- \"Berth %d opens on Friday,\" said Lin Chen.\n", strings.Repeat(" ", maxPrefix+1), i)
	}
	for name, text := range map[string]string{"markdown": md.String(), "plain": plain.String(), "empty": ""} {
		doc := annotate.Annotate(text, annotate.Options{ReferenceDate: "2024-03-01"})
		if text != "" && (len(doc.Quotes) < 20 || len(doc.Dates) < 20) {
			t.Fatalf("%s: only %d quotes and %d dates; the test needs many", name, len(doc.Quotes), len(doc.Dates))
		}
		for _, size := range []int{0, 1, 60, 700} {
			want := Blocks(doc, size)
			for _, step := range []int{1, 150, 2000, 1 << 30} {
				s := NewStream(doc, size)
				var got []Block
				for {
					part := s.Next(step)
					if part == nil {
						break
					}
					got = append(got, part...)
					last := part[len(part)-1]
					if covered := last.End - part[0].Start; covered < step && last.End < want.List[len(want.List)-1].End {
						t.Errorf("%s, size %d, step %d: Next gave %d code points before the end", name, size, step, covered)
					}
				}
				if !slices.Equal(got, want.List) {
					t.Errorf("%s, size %d, step %d: the stream gave %d blocks, Blocks %d, or their HTML differs", name, size, step, len(got), len(want.List))
					continue
				}
				r := s.Rendered()
				if !slices.Equal(r.List, want.List) || !maps.Equal(maps.Collect(r.Refs), maps.Collect(want.Refs)) {
					t.Errorf("%s, size %d, step %d: Rendered differs from Blocks", name, size, step)
				}
				if s.Next(step) != nil {
					t.Errorf("%s, size %d, step %d: Next gave blocks after the end", name, size, step)
				}
			}
		}
	}
}
