package render

import (
	"strconv"
	"unicode/utf8"

	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// The rendered article is Markdown shown as HTML, so what a person selects in it is not a range
// of the source: markup is hidden, escapes and entities are resolved, a CRLF shows as one line
// break. Runs let the page map a selection back exactly. Every piece of shown text is written as
//
//	<span data-o="N">text</span>
//
// where N is the code point offset in the source where the piece starts, and the piece shows
// exactly the code points of the source from N on, one for one (a NUL shows as U+FFFD, as
// CommonMark requires: still one for one). A piece whose shown text differs
// from its source (a backslash escape "\*" shown as "*", an entity "&amp;" shown as "&") is a run
// of its own that also carries data-e, the code point offset where its source ends: a selection
// boundary inside it goes to one of its ends. Text outside runs (line breaks, code block padding)
// has no place in the source of its own.

// run writes src[a:b] as runs. With resolve, backslash escapes and entities are resolved as
// goldmark resolves them in a text node, each in a run of its own with data-e.
func (ms *marks) run(w util.BufWriter, src []byte, a, b int, resolve bool) {
	if !resolve {
		ms.openRun(w, src, a, -1)
		html.DefaultWriter.RawWrite(w, src[a:b])
		w.WriteString("</span>")
		return
	}
	for a < b {
		n := resolvedLen(src[a:b])
		plain := a
		for plain < b && n == 0 {
			plain++
			n = resolvedLen(src[plain:b])
		}
		if plain > a {
			ms.openRun(w, src, a, -1)
			html.DefaultWriter.Write(w, src[a:plain])
			w.WriteString("</span>")
			a = plain
		}
		if a < b {
			ms.openRun(w, src, a, a+n)
			html.DefaultWriter.Write(w, src[a:a+n])
			w.WriteString("</span>")
			a += n
		}
	}
}

// openRun writes the opening tag of a run starting at byte a of src, with data-e at byte e when
// e >= 0.
func (ms *marks) openRun(w util.BufWriter, src []byte, a, e int) {
	w.WriteString(`<span data-o="`)
	ms.num = strconv.AppendInt(ms.num[:0], int64(ms.runeAt(src, a)), 10)
	w.Write(ms.num)
	if e >= 0 {
		w.WriteString(`" data-e="`)
		ms.num = strconv.AppendInt(ms.num[:0], int64(ms.runeAt(src, e)), 10)
		w.Write(ms.num)
	}
	w.WriteString(`">`)
}

// runeAt converts byte offset b of src to code points. Text is written in source order, so it
// counts on from the last offset converted, and from the start when b lies before it.
func (ms *marks) runeAt(src []byte, b int) int {
	if b < ms.atByte {
		ms.atByte, ms.atRune = 0, 0
	}
	ms.atRune += utf8.RuneCount(src[ms.atByte:b])
	ms.atByte = b
	return ms.atRune
}

// resolvedLen returns the length in bytes of the backslash escape or entity reference that p
// opens, when goldmark's writer would show it other than as written, and 0 otherwise.
func resolvedLen(p []byte) int {
	if len(p) < 2 {
		return 0
	}
	switch p[0] {
	case '\\':
		if util.IsPunct(p[1]) {
			return 2
		}
	case '&':
		// goldmark resolves "&name;", "&#123;" and "&#x1F600;"; names and numbers are short.
		for i := 1; i < len(p) && i < 40; i++ {
			c := p[i]
			if c == ';' {
				if i == 1 {
					return 0
				}
				return i + 1
			}
			if !(c == '#' && i == 1) && !util.IsAlphaNumeric(c) {
				return 0
			}
		}
	}
	return 0
}
