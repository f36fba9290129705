package render

import (
	"strconv"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
)

// jsonSize is about the size of doc's JSON, a little more unless its texts need many escapes: the
// texts, and what indentation, names and numbers take around each annotation. Writing into a
// buffer of that size spares the copies of growing one (they were three times the output).
func jsonSize(doc *annotate.Document) int {
	n := 256 + len(doc.Text)
	for i := range doc.Speakers {
		n += 96 + len(doc.Speakers[i].Name)
		for j := range doc.Speakers[i].Mentions {
			n += 128 + len(doc.Speakers[i].Mentions[j].Text)
		}
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		n += 360 + len(q.Text)
		if q.Source != nil {
			n += len(q.Source.Text)
		}
		if q.Cue != nil {
			n += len(q.Cue.Text)
		}
	}
	for i := range doc.Dates {
		n += 168 + len(doc.Dates[i].Text) + len(doc.Dates[i].Value)
	}
	return n + n/32
}

// JSON writes the document exactly as the CLI prints it: what encoding/json's Encoder writes with
// SetEscapeHTML(false) and SetIndent("", "  "), final newline included. The page uses it for the
// JS API, the download and the copy, so that they are byte for byte the CLI's output. It was
// written to keep encoding/json out of the wasm; kept sessions and imports link it now, but this
// writer stays: it writes a document in one sized buffer, without reflection.
// The tests compare it with encoding/json on every kind of document, and fail when Document
// gains a field that it does not write.
func JSON(doc *annotate.Document) []byte {
	w := jsonWriter{b: make([]byte, 0, jsonSize(doc))}
	w.open('{')
	w.key("schema")
	w.str(doc.Schema)
	if doc.ID != "" {
		w.next()
		w.key("id")
		w.str(doc.ID)
	}
	w.next()
	w.key("text")
	w.str(doc.Text)
	w.next()
	w.key("referenceDate")
	w.optStr(doc.ReferenceDate)
	if doc.ReferenceDateFrom != nil {
		w.next()
		w.key("referenceDateFrom")
		w.span(doc.ReferenceDateFrom)
	}
	w.next()
	w.key("speakers")
	w.array(doc.Speakers == nil, len(doc.Speakers), func(i int) {
		s := &doc.Speakers[i]
		w.open('{')
		w.key("id")
		w.str(s.ID)
		w.next()
		w.key("name")
		w.str(s.Name)
		w.next()
		w.key("mentions")
		w.array(s.Mentions == nil, len(s.Mentions), func(j int) {
			m := &s.Mentions[j]
			w.open('{')
			w.spanFields(&m.Span)
			w.by(m.By)
			w.close('}')
		})
		w.close('}')
	})
	w.next()
	w.key("quotes")
	w.array(doc.Quotes == nil, len(doc.Quotes), func(i int) {
		q := &doc.Quotes[i]
		w.open('{')
		w.key("id")
		w.str(q.ID)
		w.next()
		w.spanFields(&q.Span)
		w.next()
		w.key("kind")
		w.str(q.Kind)
		w.next()
		w.key("speaker")
		w.optStr(q.Speaker)
		w.next()
		w.key("source")
		w.optSpan(q.Source)
		w.next()
		w.key("cue")
		w.optSpan(q.Cue)
		w.by(q.By)
		w.close('}')
	})
	w.next()
	w.key("dates")
	w.array(doc.Dates == nil, len(doc.Dates), func(i int) {
		d := &doc.Dates[i]
		w.open('{')
		w.key("id")
		w.str(d.ID)
		w.next()
		w.spanFields(&d.Span)
		w.next()
		w.key("type")
		w.str(d.Type)
		w.next()
		w.key("value")
		w.str(d.Value)
		if d.Mod != "" {
			w.next()
			w.key("mod")
			w.str(d.Mod)
		}
		w.by(d.By)
		w.close('}')
	})
	w.close('}')
	return append(w.b, '\n')
}

// jsonWriter appends indented JSON, two spaces a level, as encoding/json's Indent does.
type jsonWriter struct {
	b     []byte
	depth int
}

func (w *jsonWriter) newline() {
	w.b = append(w.b, '\n')
	for i := 0; i < w.depth; i++ {
		w.b = append(w.b, ' ', ' ')
	}
}

func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.newline()
}

func (w *jsonWriter) close(c byte) {
	w.depth--
	w.newline()
	w.b = append(w.b, c)
}

// next separates two members or elements.
func (w *jsonWriter) next() {
	w.b = append(w.b, ',')
	w.newline()
}

func (w *jsonWriter) key(k string) {
	w.str(k)
	w.b = append(w.b, ':', ' ')
}

// array writes null for a nil slice, [] for an empty one, else the elements.
func (w *jsonWriter) array(isNil bool, n int, elem func(int)) {
	switch {
	case isNil:
		w.b = append(w.b, "null"...)
	case n == 0:
		w.b = append(w.b, '[', ']')
	default:
		w.open('[')
		for i := 0; i < n; i++ {
			if i > 0 {
				w.next()
			}
			elem(i)
		}
		w.close(']')
	}
}

func (w *jsonWriter) spanFields(s *annotate.Span) {
	w.key("start")
	w.b = strconv.AppendInt(w.b, int64(s.Start), 10)
	w.next()
	w.key("end")
	w.b = strconv.AppendInt(w.b, int64(s.End), 10)
	w.next()
	w.key("text")
	w.str(s.Text)
}

// by writes the "by" member that ends each annotation.
func (w *jsonWriter) by(who string) {
	w.next()
	w.key("by")
	w.str(who)
}

func (w *jsonWriter) span(s *annotate.Span) {
	w.open('{')
	w.spanFields(s)
	w.close('}')
}

func (w *jsonWriter) optSpan(s *annotate.Span) {
	if s == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.span(s)
}

func (w *jsonWriter) optStr(s *string) {
	if s == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.str(*s)
}

const hexDigits = "0123456789abcdef"

// str writes a JSON string as encoding/json does with HTML escaping off: quote, backslash and
// control characters escaped (\b \f \n \r \t by name), invalid UTF-8 as \ufffd, and U+2028 and
// U+2029 escaped for JavaScript's sake.
func (w *jsonWriter) str(s string) {
	w.b = append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			w.b = append(w.b, s[start:i]...)
			switch c {
			case '\\', '"':
				w.b = append(w.b, '\\', c)
			case '\b':
				w.b = append(w.b, '\\', 'b')
			case '\f':
				w.b = append(w.b, '\\', 'f')
			case '\n':
				w.b = append(w.b, '\\', 'n')
			case '\r':
				w.b = append(w.b, '\\', 'r')
			case '\t':
				w.b = append(w.b, '\\', 't')
			default:
				w.b = append(w.b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w.b = append(w.b, s[start:i]...)
			w.b = append(w.b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			w.b = append(w.b, s[start:i]...)
			w.b = append(w.b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	w.b = append(w.b, s[start:]...)
	w.b = append(w.b, '"')
}
