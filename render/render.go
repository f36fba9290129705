// Package render turns an annotated article into HTML for the page: the article's Markdown rendered
// by goldmark, with every annotated span (speaker mentions, quotes, dates) wrapped in a
// <mark data-kind="speaker|quote|date" data-id="s1|q1|d1">, whole (HTML) or cut into blocks between
// top-level Markdown blocks (Blocks, blocks.go) for a page that draws only what is near its
// viewport, a few blocks at a time (Stream), or only the top of a long article from the top of
// its text (Top, top.go); the side panel that lists them (each list capped at listLimit entries); and
// the document's JSON byte for byte as the CLI prints it, without encoding/json (see JSON).
//
// It is pure Go: it never touches the DOM, so it is tested natively and the wasm package only
// assigns its output to innerHTML. Pasted articles are untrusted, so the output is safe to assign:
// raw HTML in the Markdown is dropped, link destinations other than http(s), mailto and relative
// ones are removed, images are shown as their alt text (never loaded), and every piece of text and
// every attribute is escaped. Text that lies outside goldmark's text nodes (Markdown markup such as
// "# " or "**") is not shown, so a span made only of markup yields no mark.
package render

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"github.com/article-annotator/annotator/annotate"
)

// mdParser is goldmark's CommonMark parser with no extensions. In particular the Typographer is
// off: it replaces quote marks with nodes that have no source offsets.
var mdParser = parser.NewParser(
	parser.WithBlockParsers(parser.DefaultBlockParsers()...),
	parser.WithInlineParsers(parser.DefaultInlineParsers()...),
	parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
)

// HTML renders doc.Text as Markdown with its annotations marked. The result is an HTML fragment
// meant for the article view's innerHTML. A text nested too deeply for the Markdown parser to be
// quick (see maxPrefix) is shown as plain text, with the same marks.
func HTML(doc *annotate.Document) string {
	list := Blocks(doc, 0).List
	if len(list) == 1 {
		return list[0].HTML // a size of 0 gives one block, so no copy is needed
	}
	var b strings.Builder
	for _, bl := range list {
		b.WriteString(bl.HTML)
	}
	return b.String()
}

// markRenderer renders the node kinds whose text can carry annotations, and the ones whose
// defaults are not safe enough for untrusted input (links and images).
type markRenderer struct {
	marks *marks
	// hardWraps shows every line break as one. It is on for text with no blank line at all: plain
	// text pasted from a web page has one paragraph per line, which Markdown would run together.
	hardWraps bool
}

func (r *markRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindText, r.text)
	reg.Register(ast.KindCodeSpan, r.codeSpan)
	reg.Register(ast.KindCodeBlock, r.codeBlock)
	reg.Register(ast.KindFencedCodeBlock, r.codeBlock)
	reg.Register(ast.KindLink, r.link)
	reg.Register(ast.KindImage, r.image)
	reg.Register(ast.KindAutoLink, r.autoLink)
}

// text writes a text node, split at span boundaries. Markdown escapes and entities are resolved
// piece by piece by goldmark's writer, which also escapes the HTML.
func (r *markRenderer) text(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Text)
	seg := n.Segment
	stop := seg.Stop
	// goldmark keeps a CR of a CRLF line end inside the segment; it is not part of the text shown.
	for stop > seg.Start && src[stop-1] == '\r' && (n.SoftLineBreak() || n.HardLineBreak()) {
		stop--
	}
	r.marks.write(w, src, seg.Start, stop, !n.IsRaw())
	if n.HardLineBreak() || (n.SoftLineBreak() && r.hardWraps) {
		w.WriteString("<br>\n")
	} else if n.SoftLineBreak() {
		w.WriteByte('\n')
	}
	return ast.WalkContinue, nil
}

// codeSpan writes `code` with its marks; a line end inside it is shown as a space.
func (r *markRenderer) codeSpan(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		w.WriteString("</code>")
		return ast.WalkContinue, nil
	}
	w.WriteString("<code>")
	for c := node.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			continue
		}
		seg := t.Segment
		stop := seg.Stop
		nl := stop > seg.Start && src[stop-1] == '\n'
		if nl {
			stop--
		}
		if stop > seg.Start && src[stop-1] == '\r' {
			stop--
		}
		r.marks.write(w, src, seg.Start, stop, false)
		if nl {
			w.WriteByte(' ')
		}
	}
	return ast.WalkSkipChildren, nil
}

// codeBlock writes an indented or fenced code block line by line, with its marks. Plain-text
// articles with indented paragraphs become code blocks, so they must carry marks too.
func (r *markRenderer) codeBlock(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		w.WriteString("</code></pre>\n")
		return ast.WalkContinue, nil
	}
	w.WriteString("<pre><code>")
	lines := node.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		for j := 0; j < seg.Padding; j++ {
			w.WriteByte(' ')
		}
		stop := seg.Stop
		if stop > seg.Start && src[stop-1] == '\n' {
			stop--
		}
		if stop > seg.Start && src[stop-1] == '\r' {
			stop--
		}
		r.marks.write(w, src, seg.Start, stop, false)
		w.WriteByte('\n')
	}
	return ast.WalkContinue, nil
}

// link writes <a> with the destination kept only when it is http(s), mailto or relative.
func (r *markRenderer) link(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Link)
	w.WriteString("<a")
	if SafeURL(string(n.Destination)) {
		w.WriteString(` href="`)
		w.Write(util.EscapeHTML(util.URLEscape(n.Destination, true)))
		w.WriteString(`" rel="noopener noreferrer nofollow" target="_blank"`)
	}
	if n.Title != nil {
		w.WriteString(` title="`)
		html.DefaultWriter.Write(w, n.Title)
		w.WriteByte('"')
	}
	w.WriteByte('>')
	return ast.WalkContinue, nil
}

// image shows an image as its alt text: a pasted article must not make the page load anything.
func (r *markRenderer) image(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		w.WriteString(`<span class="img-alt" title="image not loaded">`)
	} else {
		w.WriteString("</span>")
	}
	return ast.WalkContinue, nil
}

// autoLink writes <https://…> autolinks as links when safe, else as text.
func (r *markRenderer) autoLink(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.AutoLink)
	url, label := n.URL(src), n.Label(src)
	if SafeURL(string(url)) {
		w.WriteString(`<a href="`)
		w.Write(util.EscapeHTML(util.URLEscape(url, false)))
		w.WriteString(`" rel="noopener noreferrer nofollow" target="_blank">`)
		w.Write(util.EscapeHTML(label))
		w.WriteString("</a>")
	} else {
		w.Write(util.EscapeHTML(label))
	}
	return ast.WalkContinue, nil
}

// hasBlankLine reports whether text has a line that is empty or holds only spaces and tabs
// between two others.
func hasBlankLine(text string) bool {
	rest := strings.TrimSpace(text)
	if rest == "" {
		return true // one line, and empty
	}
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			return true
		}
		rest = after
	}
	return false
}

// SafeURL reports whether a link destination may be kept: http, https and mailto URLs, and
// relative ones (no scheme). javascript:, data:, vbscript:, file: and every other scheme are not,
// including ones disguised with case, whitespace or control characters.
func SafeURL(u string) bool {
	// Browsers drop ASCII tab and newline anywhere in a URL and trim leading C0 controls and spaces.
	clean := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, u)
	clean = strings.TrimLeft(clean, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	colon := strings.IndexByte(clean, ':')
	if colon < 0 {
		return true
	}
	if end := strings.IndexAny(clean, "/?#"); end >= 0 && end < colon {
		return true // the colon is in the path, query or fragment of a relative URL
	}
	switch strings.ToLower(clean[:colon]) {
	case "http", "https", "mailto":
		return true
	}
	return false
}
