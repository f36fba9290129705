package formats

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
)

// The brat export is a standoff .ann (https://brat.nlplab.org/standoff.html) for the .txt that
// holds the document's text. Offsets are code points: brat counts the characters of the .txt
// as Python does, which are code points. The lines, in this order:
//
//	T1	Speaker 0 9	Ana Silva           each speaker mention, speaker by speaker
//	A1	SpeakerID T1 s1                    the speaker it names
//	A2	By T1 machine                      who made it: machine or human
//	#1	AnnotatorNotes T1	Ana Silva       the speaker's name
//	T2	Quote 11 24	"We ship,"          each quote
//	A3	QuoteID T2 q1
//	A4	Kind T2 direct
//	A5	By T2 machine
//	A6	SpeakerID T2 s1                    its speaker, with the name in a note as for mentions
//	T3	Source 31 40	Ana Silva          the words naming its speaker, with a Source relation
//	R1	Source Arg1:T2 Arg2:T3
//	T4	Cue 25 29	said                   its cue, with a Cue relation
//	R2	Cue Arg1:T2 Arg2:T4
//	R3	Speaker Arg1:T2 Arg2:T1            the speaker mention its source is (else the speaker's first)
//	T5	Date 44 50	Monday             each date, with DateID, Type, Value, Mod (when it has
//	A7	DateID T5 d1                       one) and By
//	T6	ReferenceDate 0 12	2 May 2025     where the reference date was found, if it was
//	A8	ReferenceDate T6 2025-05-02        the reference date: on T6, or on T1 when not found
//
// A span that crosses a line break is written as brat's discontinuous ranges ("3 9;10 14"),
// broken at every character that ends a line for Python (\n, \r, \v, \f, \x1c-\x1e, \x85,
// U+2028, U+2029), with its pieces' texts joined by a space, as brat writes them. Notes escape
// backslashes, tabs and line breaks as \\, \t, \n, \r and \uXXXX.
//
// What brat cannot hold: the document's id (brat names a document by its file name; ImportBrat
// leaves ID empty for the caller to set), a reference date when there is no span to attach it to,
// and a speaker that no mention and no quote names. Ids and attribute values must be single
// words; Export refuses a document whose ids are not.

// bratBreaks are the characters Python's str.splitlines ends a line at; brat reads .ann and .txt
// files line by line that way, so no piece of a span and no note may hold one.
const bratBreaks = "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029"

func isBratBreak(r rune) bool { return strings.ContainsRune(bratBreaks, r) }

// bratWriter numbers and writes the lines of an .ann. It appends to one buffer with no formatting
// calls, since an article's .ann has several lines for each of its thousands of annotations.
type bratWriter struct {
	b          []byte
	cp         codePoints
	pieces     [][2]int // scratch space for the pieces of a span
	t, a, r, n int
	err        error
}

// line starts a line: its kind letter and number, and a tab.
func (w *bratWriter) line(kind byte, n int) {
	w.b = append(w.b, kind)
	w.b = strconv.AppendInt(w.b, int64(n), 10)
	w.b = append(w.b, '\t')
}

// span writes a T line and returns its id.
func (w *bratWriter) span(typ string, s annotate.Span) string {
	w.t++
	id := "T" + strconv.Itoa(w.t)
	w.b = append(w.b, id...)
	w.b = append(w.b, '\t')
	w.b = append(w.b, typ...)
	w.b = append(w.b, ' ')
	w.pieces = bratPieces(w.cp, s.Start, s.End, w.pieces[:0])
	for i, p := range w.pieces {
		if i > 0 {
			w.b = append(w.b, ';')
		}
		w.b = strconv.AppendInt(w.b, int64(p[0]), 10)
		w.b = append(w.b, ' ')
		w.b = strconv.AppendInt(w.b, int64(p[1]), 10)
	}
	w.b = append(w.b, '\t')
	for i, p := range w.pieces {
		if i > 0 {
			w.b = append(w.b, ' ')
		}
		w.b = appendBratText(w.b, w.cp.slice(p[0], p[1]))
	}
	w.b = append(w.b, '\n')
	return id
}

// attr writes an A line; its value must be one word.
func (w *bratWriter) attr(name, target, value string) {
	if value == "" || strings.ContainsFunc(value, func(r rune) bool { return r == ' ' || r == '\t' || isBratBreak(r) }) {
		w.fail(fmt.Errorf("brat: the %s %q of %s is not one word, so it cannot be a brat attribute value", name, value, target))
		return
	}
	w.a++
	w.line('A', w.a)
	w.b = append(append(append(append(append(append(w.b, name...), ' '), target...), ' '), value...), '\n')
}

func (w *bratWriter) relation(typ, from, to string) {
	w.r++
	w.line('R', w.r)
	w.b = append(append(append(append(append(append(w.b, typ...), " Arg1:"...), from...), " Arg2:"...), to...), '\n')
}

func (w *bratWriter) note(target, text string) {
	w.n++
	w.line('#', w.n)
	w.b = append(append(append(append(append(w.b, "AnnotatorNotes "...), target...), '\t'), escapeNote(text)...), '\n')
}

func (w *bratWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// exportBrat writes doc's .ann.
func exportBrat(doc *annotate.Document) ([]byte, error) {
	n := len(doc.Quotes)*3 + len(doc.Dates)
	for _, s := range doc.Speakers {
		n += len(s.Mentions)
	}
	w := &bratWriter{cp: newCodePoints(doc.Text), b: make([]byte, 0, 160*n+256)} // a span's lines take 100 to 200 bytes
	speakers := make(map[string]*annotate.Speaker, len(doc.Speakers))
	mentions := indexMentions(doc)
	mentionT := map[string][]string{} // a speaker's id → its mentions' T ids
	first := ""                       // the first T line, to carry the reference date
	for i := range doc.Speakers {
		s := &doc.Speakers[i]
		speakers[s.ID] = s
		for _, m := range s.Mentions {
			t := w.span("Speaker", m.Span)
			first = firstOr(first, t)
			w.attr("SpeakerID", t, s.ID)
			w.attr("By", t, m.By)
			w.note(t, s.Name)
			mentionT[s.ID] = append(mentionT[s.ID], t)
		}
	}
	for _, q := range doc.Quotes {
		t := w.span("Quote", q.Span)
		first = firstOr(first, t)
		w.attr("QuoteID", t, q.ID)
		w.attr("Kind", t, q.Kind)
		w.attr("By", t, q.By)
		if q.Speaker != nil {
			w.attr("SpeakerID", t, *q.Speaker)
			if s := speakers[*q.Speaker]; s != nil {
				w.note(t, s.Name)
			}
		}
		if q.Source != nil {
			w.relation("Source", t, w.span("Source", *q.Source))
		}
		if q.Cue != nil {
			w.relation("Cue", t, w.span("Cue", *q.Cue))
		}
		if q.Speaker != nil && len(mentionT[*q.Speaker]) > 0 {
			i, _ := mentions.of(*q.Speaker, q.Source) // the first mention when the source is none
			w.relation("Speaker", t, mentionT[*q.Speaker][i])
		}
	}
	for _, d := range doc.Dates {
		t := w.span("Date", d.Span)
		first = firstOr(first, t)
		w.attr("DateID", t, d.ID)
		w.attr("Type", t, d.Type)
		w.attr("Value", t, d.Value)
		if d.Mod != "" {
			w.attr("Mod", t, d.Mod)
		}
		w.attr("By", t, d.By)
	}
	if doc.ReferenceDateFrom != nil {
		first = w.span("ReferenceDate", *doc.ReferenceDateFrom)
	}
	if doc.ReferenceDate != nil && first != "" {
		w.attr("ReferenceDate", first, *doc.ReferenceDate)
	}
	if w.err != nil {
		return nil, w.err
	}
	return w.b, nil
}

// firstOr returns first, or t when there is no first yet.
func firstOr(first, t string) string {
	if first == "" {
		return t
	}
	return first
}

// bratPieces splits the span [start, end) of code points into the ranges brat writes, appended
// to pieces: the runs between line breaks. A span of nothing but line breaks, or of nothing, is
// one range.
func bratPieces(cp codePoints, start, end int, pieces [][2]int) [][2]int {
	n := len(pieces)
	if !strings.ContainsAny(cp.slice(start, end), bratBreaks) {
		return append(pieces, [2]int{start, end})
	}
	isBreak := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(cp.text[cp.at[i]:])
		return isBratBreak(r)
	}
	for i := start; i < end; {
		for i < end && isBreak(i) {
			i++
		}
		j := i
		for j < end && !isBreak(j) {
			j++
		}
		if j > i {
			pieces = append(pieces, [2]int{i, j})
		}
		i = j
	}
	if len(pieces) == n {
		pieces = append(pieces, [2]int{start, end})
	}
	return pieces
}

// bratText is appendBratText's text as a string.
func bratText(piece string) string {
	if !strings.ContainsAny(piece, bratBreaks) {
		return piece
	}
	return string(appendBratText(nil, piece))
}

// appendBratText appends a piece's text for a T line: line breaks, in a piece of nothing else,
// read as spaces.
func appendBratText(b []byte, piece string) []byte {
	if !strings.ContainsAny(piece, bratBreaks) {
		return append(b, piece...)
	}
	for _, r := range piece {
		if isBratBreak(r) {
			r = ' '
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// escapeNote writes a note's text on one line.
func escapeNote(s string) string {
	if !strings.ContainsAny(s, "\\\t"+bratBreaks) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case isBratBreak(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unescapeNote reads back what escapeNote wrote; other backslashes stand for themselves.
func unescapeNote(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch s[i+1] {
		case '\\':
			b.WriteByte('\\')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'u':
			if n, err := strconv.ParseUint(s[min(i+2, len(s)):min(i+6, len(s))], 16, 32); err == nil && i+6 <= len(s) {
				b.WriteRune(rune(n))
				i += 5
				continue
			}
			b.WriteString(`\u`)
		default:
			b.WriteByte('\\')
			i--
		}
		i++
	}
	return b.String()
}
