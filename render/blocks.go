package render

import (
	"bufio"
	"bytes"
	"math"
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
	return NewStream(doc, size).Rendered()
}

// A Stream renders the blocks of Blocks(doc, size) a few at a time, in order, so that a page can
// show the top of a long article before the rest is rendered: the Markdown is parsed whole at
// first (a link's definition may come after it), but each block is rendered, and its marks
// worded, only when Next reaches it. It is not safe for concurrent use.
type Stream struct {
	src  []byte
	ms   *marks
	size int
	out  *Rendered
	done bool
	b, n int // the byte and code point where the next block's source starts

	// Markdown: the renderer, the next top-level node, the piece being written
	plain bool
	r     renderer.Renderer
	node  ast.Node
	stop  ast.Node // for Top: the node before which the stream ends without a block
	buf   bytes.Buffer
	w     *bufio.Writer
}

// NewStream parses doc's text and makes a Stream of its blocks of about size bytes of source.
func NewStream(doc *annotate.Document, size int) *Stream {
	s := &Stream{src: []byte(doc.Text), ms: newMarks(doc, math.MaxInt), size: size, out: &Rendered{first: map[string]int{}}}
	if tooDeep(doc.Text) {
		s.plain = true
		return s
	}
	s.markdown(doc, mdParser.Parse(text.NewReader(s.src)))
	return s
}

// markdown readies the stream to render the top-level nodes of root, the Markdown of doc's text
// or of its top.
func (s *Stream) markdown(doc *annotate.Document, root ast.Node) {
	mr := &markRenderer{marks: s.ms, hardWraps: !hasBlankLine(doc.Text)}
	s.r = renderer.NewRenderer(renderer.WithNodeRenderers(
		util.Prioritized(html.NewRenderer(), 1000), // goldmark's defaults; html.WithUnsafe stays off
		util.Prioritized(mr, 100),                  // ours win for the kinds they register
	))
	s.node = root.FirstChild()
	// One buffered writer for every node: given the bytes.Buffer, Render would make a new 4 KB
	// one for each paragraph. Render flushes it at its end, so buf.Len() stays up to date.
	s.w = bufio.NewWriter(&s.buf)
}

// Next renders the blocks that show at least the next runes code points of source (at least one
// block), appends them to the stream's result and returns them; it returns nil once every block
// is rendered.
func (s *Stream) Next(runes int) []Block {
	if s.done {
		return nil
	}
	from := len(s.out.List)
	for stop := s.n + runes; !s.done && (len(s.out.List) == from || s.n < stop); {
		var html string
		end := len(s.src)
		if s.plain {
			html, end = s.plainBlock()
		} else if html, end = s.markdownBlock(); end < 0 {
			s.done = true
			break
		}
		n := s.n + utf8.RuneCount(s.src[s.b:end])
		s.out.List = append(s.out.List, Block{HTML: html, Start: s.n, End: n})
		s.b, s.n = end, n
		s.done = end >= len(s.src) && (s.plain || s.node == nil)
		if !s.done {
			s.ms.block++
		}
	}
	return s.out.List[from:]
}

// Rendered renders the blocks not rendered yet and gives them all, with where each annotation's
// first mark lies.
func (s *Stream) Rendered() *Rendered {
	for !s.done {
		s.Next(1 << 30)
	}
	if len(s.out.first) == 0 {
		for k := range s.ms.list {
			if !s.ms.shown[k] {
				continue
			}
			t, in := s.ms.tag(k), s.ms.firstIn[k]
			s.out.first[t.ref] = in
			if at, ok := s.out.first[t.id]; !ok || in < at {
				s.out.first[t.id] = in
			}
		}
	}
	return s.out
}

// markdownBlock renders the top-level nodes of the Markdown from the next one on, cutting before
// a node once the piece covers size bytes of source, and gives the piece's HTML and the byte
// offset where its source ends.
func (s *Stream) markdownBlock() (string, int) {
	s.buf.Reset()
	if s.size > 0 {
		s.buf.Grow(2 * s.size)
	} else {
		s.buf.Grow(len(s.src) + len(s.src)/2) // the whole article, with its marks
	}
	for ; s.node != nil; s.node = s.node.NextSibling() {
		if s.size > 0 && s.buf.Len() > 0 {
			if at, ok := nodeStart(s.node); ok && at-s.b >= s.size {
				return s.buf.String(), at
			}
		}
		if s.node == s.stop {
			return "", -1 // a block of Top that the rest of the text could change
		}
		if err := s.r.Render(s.w, s.src, s.node); err != nil {
			// Rendering to a bytes.Buffer cannot fail; show the rest as text rather than nothing.
			s.node = nil
			return "<pre>" + escape(string(s.src[s.b:])) + "</pre>", len(s.src)
		}
	}
	return s.buf.String(), len(s.src)
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

// plainBlock writes plain text as a <pre class="plain"> piece cut after a line end once it holds
// size bytes, and gives the piece's HTML and the byte offset where its source ends.
func (s *Stream) plainBlock() (string, int) {
	src, last := s.src, s.b
	end := len(src)
	if s.size > 0 && last+s.size < len(src) {
		if nl := bytes.IndexByte(src[last+s.size:], '\n'); nl >= 0 && last+s.size+nl+1 < len(src) {
			end = last + s.size + nl + 1
		}
	}
	var b strings.Builder
	w := bufio.NewWriter(&b)
	w.WriteString(`<pre class="plain">`)
	s.ms.write(w, src, last, end, false)
	w.WriteString("</pre>\n")
	w.Flush()
	return b.String(), end
}
