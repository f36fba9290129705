package render

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBlocks checks the invariants of cutting an article into blocks, for several articles and
// block sizes: the pieces join to HTML's output, tile the source in code points, are each well
// formed (a quote across a cut is closed and reopened), and BlockOf names the block that holds
// an annotation's tab stop.
func TestBlocks(t *testing.T) {
	deep := strings.Repeat(" ", maxPrefix+1) + "- deep\n"
	cases := []struct {
		name string
		doc  *builder
		// refs are the annotations BlockOf must place; at size 1 there are at least minBlocks.
		refs      []string
		minBlocks int
	}{
		{
			name: "paragraphs, a heading, a list and a quote across two paragraphs",
			doc: newDoc(t, "# Harbour news\n\nThe council met on Monday.\n\n\"We will build it.\n\nAnd soon,\" said Ana Silva.\n\n- one 🚀 item\n- Ana Silva again\n\n    code by Ana Silva\n\nThe end, on Friday.\n").
				speaker("Ana Silva", "Ana Silva", "Ana Silva", "Ana Silva").quote("\"We will build it.\n\nAnd soon,\"", "s1", "said").
				date("Monday", "2024-09-02").date("Friday", "2024-09-06"),
			refs:      []string{"q1", "s1", "s1.m1", "s1.m2", "s1.m3", "d1", "d2"},
			minBlocks: 6,
		},
		{
			name:      "CRLF lines and hard wraps: one paragraph, so one block",
			doc:       newDoc(t, "First line said Bo\r\nSecond line on Monday\r\nThird line\r\n").speaker("Bo", "Bo").date("Monday", "2024-09-02"),
			refs:      []string{"s1.m1", "d1"},
			minBlocks: 1,
		},
		{
			name: "plain text that nests too deep, cut between lines",
			doc: newDoc(t, deep+"Ana Silva spoke on Monday.\n"+deep+"\"It is late,\nvery late,\" she said.\n"+deep).
				speaker("Ana Silva", "Ana Silva").quote("\"It is late,\nvery late,\"", "s1", "said").date("Monday", "2024-09-02"),
			refs:      []string{"s1.m1", "q1", "d1"},
			minBlocks: 6,
		},
	}
	for _, c := range cases {
		whole := HTML(c.doc.doc)
		for _, size := range []int{0, 1, 20, 60, 1 << 20} {
			r := Blocks(c.doc.doc, size)
			if size <= 0 && len(r.List) != 1 {
				t.Errorf("%s, size %d: %d blocks, want 1", c.name, size, len(r.List))
			}
			if size == 1 && len(r.List) < c.minBlocks {
				t.Errorf("%s, size 1: %d blocks, want %d or more", c.name, len(r.List), c.minBlocks)
			}
			var joined strings.Builder
			at := 0
			for i, b := range r.List {
				joined.WriteString(b.HTML)
				if b.Start != at || b.End < b.Start {
					t.Errorf("%s, size %d: block %d covers [%d, %d), want it to start at %d", c.name, size, i, b.Start, b.End, at)
				}
				at = b.End
				if err := wellFormed(b.HTML); err != nil {
					t.Errorf("%s, size %d: block %d: %v\n%s", c.name, size, i, err, b.HTML)
				}
			}
			if n := utf8.RuneCountInString(c.doc.doc.Text); at != n {
				t.Errorf("%s, size %d: the blocks end at %d, the text at %d", c.name, size, at, n)
			}
			got := joined.String()
			if tooDeep(c.doc.doc.Text) {
				// Each piece of plain text is its own <pre>: the text and the marks are the same.
				for _, id := range c.refs {
					if markedText(got, id) != markedText(whole, id) {
						t.Errorf("%s, size %d: %s shows %q, HTML %q", c.name, size, id, markedText(got, id), markedText(whole, id))
					}
				}
				got, whole = tagRE.ReplaceAllString(got, ""), tagRE.ReplaceAllString(whole, "")
				got = strings.ReplaceAll(got, "\n\n", "\n") // each </pre> is followed by a line end
				whole = strings.ReplaceAll(whole, "\n\n", "\n")
			}
			if got != whole {
				t.Errorf("%s, size %d: the blocks joined differ from HTML\n got %q\nwant %q", c.name, size, got, whole)
			}
			for _, ref := range c.refs {
				i, ok := r.BlockOf(ref)
				if !ok {
					t.Errorf("%s, size %d: BlockOf(%s) found nothing", c.name, size, ref)
					continue
				}
				if !tabStop(ref).MatchString(r.List[i].HTML) {
					t.Errorf("%s, size %d: block %d does not hold the tab stop of %s:\n%s", c.name, size, i, ref, r.List[i].HTML)
				}
			}
			refs := 0
			for ref, i := range r.Refs {
				if j, ok := r.BlockOf(ref); !ok || j != i {
					t.Errorf("%s, size %d: Refs gives %s in block %d, BlockOf %d", c.name, size, ref, i, j)
				}
				refs++
			}
			if refs < len(c.refs) {
				t.Errorf("%s, size %d: Refs gives %d annotations, want at least %d", c.name, size, refs, len(c.refs))
			}
			if _, ok := r.BlockOf("q99"); ok {
				t.Errorf("%s, size %d: BlockOf found an annotation that does not exist", c.name, size)
			}
		}
	}
}

// tabStop matches the opening tag of ref's first mark: a data-id, or a mention "s1.m2".
func tabStop(ref string) *regexp.Regexp {
	id, m, _ := strings.Cut(ref, ".m")
	sel := `data-id="` + regexp.QuoteMeta(id) + `"[^>]*`
	if m != "" {
		sel += `data-m="` + m + `"[^>]*`
	}
	return regexp.MustCompile(`<mark[^>]*` + sel + `tabindex="0"`)
}
