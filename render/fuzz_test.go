package render

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/examples"
)

// FuzzHTML renders arbitrary text with arbitrary spans (placed by the fuzzer, plus whatever the
// engine finds) and checks that it never panics, that the HTML is well formed and has no raw
// <script>, and that every span covering a character that goldmark shows as text yields a mark
// with its data-id.
func FuzzHTML(f *testing.F) {
	f.Add(examples.Harbour, uint16(3), uint16(40), uint16(100))
	f.Add("\"It is\r\nover,\" he said. *a \"b* c\"", uint16(0), uint16(9), uint16(5))
	f.Add("# T\n\n    code \"x\"\n\n> quote `y` [l](javascript:x) <b>z</b>", uint16(1), uint16(30), uint16(7))
	f.Add("👩🏽‍💻 东京 e\u0301 \\* &amp; <script>x</script>", uint16(2), uint16(12), uint16(20))
	f.Fuzz(func(t *testing.T, s string, a, b, c uint16) {
		doc := annotate.Annotate(s, annotate.Options{ReferenceDate: "2024-09-03"})
		n := utf8.RuneCountInString(doc.Text)
		runes := []rune(doc.Text)
		span := func(x, y uint16) annotate.Span {
			s, e := int(x)%(n+1), int(y)%(n+1)
			if s > e {
				s, e = e, s
			}
			return annotate.Span{Start: s, End: e, Text: string(runes[s:e])}
		}
		doc.Speakers = append(doc.Speakers, annotate.Speaker{ID: "sz", Name: "Z", Mentions: []annotate.Mention{{Span: span(a, b)}}})
		zs := "sz"
		doc.Quotes = append(doc.Quotes, annotate.Quote{ID: "qz", Span: span(b, c), Kind: "direct", Speaker: &zs})
		doc.Dates = append(doc.Dates, annotate.Date{ID: "dz", Span: span(a, c), Type: "DATE", Value: "2024"})

		out := HTML(doc)
		if err := wellFormed(out); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if strings.Contains(strings.ToLower(out), "<script") {
			t.Fatalf("raw script in\n%s", out)
		}
		shown := shownBytes(doc.Text)
		check := func(id string, sp annotate.Span) {
			bs, be := len(string(runes[:sp.Start])), len(string(runes[:sp.End]))
			for i := bs; i < be; i++ {
				if shown[i] {
					if !strings.Contains(out, fmt.Sprintf(`data-id="%s"`, id)) {
						t.Fatalf("span %s %+v is shown but has no mark:\n%s", id, sp, out)
					}
					return
				}
			}
		}
		for _, sp := range doc.Speakers {
			for _, m := range sp.Mentions {
				check(sp.ID, m.Span)
			}
		}
		for _, q := range doc.Quotes {
			check(q.ID, q.Span)
		}
		for _, d := range doc.Dates {
			check(d.ID, d.Span)
		}
	})
}

// shownBytes marks the bytes of src that goldmark shows as text: text nodes and code lines,
// without line ends.
func shownBytes(src string) []bool {
	shown := make([]bool, len(src))
	mark := func(s, e int) {
		for e > s && (src[e-1] == '\n' || src[e-1] == '\r') {
			e--
		}
		for i := s; i < e; i++ {
			shown[i] = true
		}
	}
	root := mdParser.Parse(text.NewReader([]byte(src)))
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			mark(n.Segment.Start, n.Segment.Stop)
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				mark(n.Lines().At(i).Start, n.Lines().At(i).Stop)
			}
		}
		return ast.WalkContinue, nil
	})
	return shown
}
