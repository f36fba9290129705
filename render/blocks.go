package render

import (
	"bufio"
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/article-annotator/annotator/annotate"
)

// Block is one piece of the rendered article: the HTML of one or more consecutive top-level
// Markdown blocks (paragraphs, headings, lists…), and the part of the source they show, in code
// points. The page draws only the blocks near the viewport, so a long article costs it only what
// is seen.
type Block struct {
	HTML       string
	Start, End int // the source range, code points, end exclusive; the blocks tile the text
}

// Rendered is an article cut into blocks, and where each annotation's first mark lies.
type Rendered struct {
	List  []Block
	first map[string]int
}

// BlockOf gives the block that holds the first mark (the tab stop) of an annotation: ref is a
// mark's reference ("q3", "d2", "s1.m2") or a data-id ("s1", every mention of a speaker, gives
// the block of the first one shown). It reports false for an annotation with no mark, such as a
// span made only of Markdown markup.
func (r *Rendered) BlockOf(ref string) (int, bool) {
	i, ok := r.first[ref]
	return i, ok
}

// Refs yields each annotation BlockOf knows (references and data-ids) with its block, in no
// particular order.
func (r *Rendered) Refs(yield func(ref string, block int) bool) {
	for ref, i := range r.first {
		if !yield(ref, i) {
			return
		}
	}
}

// Blocks renders doc as HTML does and cuts the result between top-level Markdown blocks, each
// piece holding about size bytes of source or more (a block is never split). Joined, the pieces'
// HTML is exactly HTML(doc). A size of 0 or less gives one block. A text shown as plain text (see
// tooDeep) is cut between lines, each piece its own <pre class="plain">.
func Blocks(doc *annotate.Document, size int) *Rendered {
	ms := newMarks(doc)
	src := []byte(doc.Text)
	var cuts []int // byte offsets where a block after the first starts
	var parts []string
	if tooDeep(doc.Text) {
		parts, cuts = plainBlocks(src, ms, size)
	} else {
		parts, cuts = markdownBlocks(src, ms, size)
	}
	out := &Rendered{List: make([]Block, len(parts)), first: make(map[string]int, len(ms.list))}
	// Byte offsets to code points, in one walk.
	b, n := 0, 0
	for i := range parts {
		out.List[i].HTML = parts[i]
		out.List[i].Start = n
		end := len(src)
		if i < len(cuts) {
			end = cuts[i]
		}
		n += utf8.RuneCount(src[b:end])
		b = end
		out.List[i].End = n
	}
	for k, m := range ms.list {
		if !ms.shown[k] {
			continue
		}
		out.first[m.ref] = ms.firstIn[k]
		if at, ok := out.first[m.id]; !ok || ms.firstIn[k] < at {
			out.first[m.id] = ms.firstIn[k]
		}
	}
	return out
}

// markdownBlocks renders the top-level nodes of the Markdown one by one, cutting before a node
// once the piece since the last cut covers size bytes of source.
func markdownBlocks(src []byte, ms *marks, size int) (parts []string, cuts []int) {
	root := mdParser.Parse(text.NewReader(src))
	mr := &markRenderer{marks: ms, hardWraps: !hasBlankLine(string(src))}
	r := renderer.NewRenderer(renderer.WithNodeRenderers(
		util.Prioritized(html.NewRenderer(), 1000), // goldmark's defaults; html.WithUnsafe stays off
		util.Prioritized(mr, 100),                  // ours win for the kinds they register
	))
	var b bytes.Buffer
	b.Grow(len(src) + len(src)/2 + 256*len(ms.list)) // marks, their labels and runs
	var ends []int                                   // where each piece but the last ends in b
	last := 0                                        // where the piece being written starts in src
	// One buffered writer for every node: given the bytes.Buffer, Render would make a new 4 KB
	// one for each paragraph. Render flushes it at its end, so b.Len() stays up to date.
	w := bufio.NewWriter(&b)
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if size > 0 && (len(ends) == 0 && b.Len() > 0 || len(ends) > 0 && b.Len() > ends[len(ends)-1]) {
			if s, ok := nodeStart(n); ok && s-last >= size {
				ends = append(ends, b.Len())
				cuts = append(cuts, s)
				last = s
				ms.block++
			}
		}
		if err := r.Render(w, src, n); err != nil {
			// Rendering to a bytes.Buffer cannot fail; show the text rather than nothing.
			return []string{"<pre>" + escape(string(src)) + "</pre>"}, nil
		}
	}
	all, prev := b.String(), 0
	for _, at := range ends {
		parts = append(parts, all[prev:at])
		prev = at
	}
	return append(parts, all[prev:]), cuts
}

// nodeStart is the byte offset of the first source text a node shows, if any.
func nodeStart(n ast.Node) (int, bool) {
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Start, true
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start, true
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if s, ok := nodeStart(c); ok {
			return s, true
		}
	}
	return 0, false
}

// plainBlocks writes plain text as <pre class="plain"> pieces cut after a line end once a piece
// holds size bytes.
func plainBlocks(src []byte, ms *marks, size int) (parts []string, cuts []int) {
	last := 0
	for last < len(src) || len(parts) == 0 {
		end := len(src)
		if size > 0 && last+size < len(src) {
			if nl := bytes.IndexByte(src[last+size:], '\n'); nl >= 0 && last+size+nl+1 < len(src) {
				end = last + size + nl + 1
			}
		}
		var b strings.Builder
		w := bufio.NewWriter(&b)
		w.WriteString(`<pre class="plain">`)
		ms.write(w, src, last, end, false)
		w.WriteString("</pre>\n")
		w.Flush()
		parts = append(parts, b.String())
		if end < len(src) {
			cuts = append(cuts, end)
			ms.block++
		}
		last = end
	}
	return parts, cuts
}
