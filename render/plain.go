package render

import (
	"bufio"
	"bytes"
)

// maxPrefix is the longest run of indentation and block markers (spaces, tabs, '>', '-', '*',
// '+') that a line may open with for the text to be rendered as Markdown. goldmark's block parser
// takes time that grows with the square of the nesting depth: 1,500 list items indented ever
// deeper take seconds and 5,000 take minutes. No article nests that deep, so such a text is shown
// as plain text instead, which keeps the page responsive whatever is pasted.
const maxPrefix = 128

// tooDeep reports whether some line of text opens with more than maxPrefix bytes of indentation
// and block markers.
func tooDeep(text string) bool {
	n := 0
	line := true
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n':
			n, line = 0, true
		case !line:
		case c == ' ' || c == '\t' || c == '>' || c == '-' || c == '*' || c == '+':
			if n++; n > maxPrefix {
				return true
			}
		default:
			line = false
		}
	}
	return false
}

// plainHTML shows text as preformatted plain text, escaped, with its marks.
func plainHTML(text string, ms *marks) string {
	var b bytes.Buffer
	b.Grow(len(text) + len(text)/2 + 256*len(ms.list))
	w := bufio.NewWriter(&b)
	w.WriteString(`<pre class="plain">`)
	src := []byte(text)
	ms.write(w, src, 0, len(src), false)
	w.WriteString("</pre>\n")
	w.Flush()
	return b.String()
}
