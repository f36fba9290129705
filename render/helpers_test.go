package render

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// builder makes Documents by hand, naming spans by the words they cover, so that the tests do
// not depend on how well the finders do today.
type builder struct {
	t   testing.TB
	doc *annotate.Document
}

func newDoc(t testing.TB, text string) *builder {
	return &builder{t: t, doc: &annotate.Document{Schema: annotate.Schema, Text: text,
		Speakers: []annotate.Speaker{}, Quotes: []annotate.Quote{}, Dates: []annotate.Date{}}}
}

// span finds the n-th (from 0) occurrence of sub and returns it as a code point span.
func (b *builder) span(sub string, n int) annotate.Span {
	b.t.Helper()
	from := 0
	for {
		i := strings.Index(b.doc.Text[from:], sub)
		if i < 0 {
			b.t.Fatalf("%q (occurrence %d) not in the text", sub, n)
		}
		if n == 0 {
			s := len([]rune(b.doc.Text[:from+i]))
			return annotate.Span{Start: s, End: s + len([]rune(sub)), Text: sub}
		}
		n--
		from += i + len(sub)
	}
}

func (b *builder) speaker(name string, mentions ...string) *builder {
	sp := annotate.Speaker{ID: fmt.Sprintf("s%d", len(b.doc.Speakers)+1), Name: name}
	seen := map[string]int{}
	for _, m := range mentions {
		sp.Mentions = append(sp.Mentions, annotate.Mention{Span: b.span(m, seen[m]), By: annotate.ByMachine})
		seen[m]++
	}
	b.doc.Speakers = append(b.doc.Speakers, sp)
	return b
}

// quote adds a quote covering sub, said by speaker (an id, or "" for unattributed) with cue.
func (b *builder) quote(sub, speaker, cue string) *builder {
	q := annotate.Quote{ID: fmt.Sprintf("q%d", len(b.doc.Quotes)+1), Span: b.span(sub, 0), Kind: "direct"}
	if speaker != "" {
		q.Speaker = &speaker
	}
	if cue != "" {
		c := b.span(cue, 0)
		q.Cue = &c
	}
	b.doc.Quotes = append(b.doc.Quotes, q)
	return b
}

func (b *builder) date(sub, value string) *builder {
	b.doc.Dates = append(b.doc.Dates, annotate.Date{ID: fmt.Sprintf("d%d", len(b.doc.Dates)+1),
		Span: b.span(sub, 0), Type: "DATE", Value: value})
	return b
}

var tagRE = regexp.MustCompile(`<(/?)([a-zA-Z0-9]+)[^>]*>|<!--.*?-->`)

// wellFormed checks that every tag in the fragment is closed in order (void elements aside).
func wellFormed(out string) error {
	var stack []string
	for _, m := range tagRE.FindAllStringSubmatch(out, -1) {
		name := m[2]
		if name == "" || name == "br" || name == "hr" || name == "img" {
			continue
		}
		if m[1] == "" {
			stack = append(stack, name)
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != name {
			return fmt.Errorf("</%s> closes %v", name, stack)
		}
		stack = stack[:len(stack)-1]
	}
	if len(stack) > 0 {
		return fmt.Errorf("unclosed %v", stack)
	}
	return nil
}

var markRE = regexp.MustCompile(`<mark data-kind="(\w+)" data-id="([^"]*)"[^>]*>([^<]*)`)

// markedText joins the text directly inside the marks of one data-id (HTML entities undone).
func markedText(out, id string) string {
	var b strings.Builder
	for _, m := range markRE.FindAllStringSubmatch(out, -1) {
		if m[2] == id {
			b.WriteString(m[3])
		}
	}
	r := strings.NewReplacer("&quot;", `"`, "&amp;", "&", "&lt;", "<", "&gt;", ">", "&#39;", "'")
	return r.Replace(b.String())
}

// wantInOrder fails unless out holds each of order, in that order.
func wantInOrder(t *testing.T, out string, order []string) {
	t.Helper()
	rest := out
	for _, w := range order {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("%q missing or out of order in\n%s", w, out)
		}
		rest = rest[i+len(w):]
	}
}
