package render

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/text"

	"github.com/article-annotator/annotator/annotate"
)

// Top renders the blocks at the top of a long article, the first blocks of Blocks(doc, size)
// that show runes code points or more, while reading only the top of the text: it parses a
// prefix of the Markdown and words only the marks that start in it, so that a page shows the
// top at once and renders the rest (NewStream) after.
//
// Markdown's blocks are parsed line by line, and a top-level block is closed for good once the
// next one starts, so the prefix parse gives the same blocks as the whole one, all but its last.
// Two things could still differ, and Top then reports false: a link's definition below the top
// (a "]:" in the rest of the text, which a link above could use), and a text shown as plain text
// (see tooDeep). It reports false too for a text short enough to render whole.
func Top(doc *annotate.Document, size, runes int) ([]Block, bool) {
	src := doc.Text
	if size <= 0 || tooDeep(src) {
		return nil, false
	}
	// The prefix: runes code points and a few blocks (and a kilobyte) more, to the end of a line.
	end := 0
	for n := 0; n < runes && end < len(src); n++ {
		_, w := utf8.DecodeRuneInString(src[end:])
		end += w
	}
	end += 4*size + 1024
	if end >= len(src) {
		return nil, false
	}
	nl := strings.IndexByte(src[end:], '\n')
	if nl < 0 {
		return nil, false
	}
	end += nl + 1
	top := []byte(src[:end])
	s := &Stream{src: top, ms: newMarks(doc, utf8.RuneCount(top)), size: size, out: &Rendered{first: map[string]int{}}}
	root := mdParser.Parse(text.NewReader(top))
	s.stop = root.LastChild()
	if s.stop == nil || s.stop == root.FirstChild() {
		return nil, false
	}
	s.markdown(doc, root)
	list := s.Next(runes)
	if len(list) == 0 || list[len(list)-1].End < runes || strings.Contains(src[s.b:], "]:") {
		return nil, false
	}
	return list, true
}
