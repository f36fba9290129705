package render

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/util"

	"github.com/article-annotator/annotator/annotate"
)

// mark is one annotated span as a byte range of the document's text, and which annotation it is.
// Its opening tag, label and references are worded only when it is first written (see tag), so
// that rendering the top of a long article (Stream) does not word the marks of the rest.
type mark struct {
	start, end int // byte offsets, end exclusive
	rank       int // nesting order among spans with the same range: quote, speaker, date
	// the annotation: doc.Quotes[ann], doc.Dates[ann], or mention sub of doc.Speakers[ann]
	ann, sub int
}

// tag is what a mark writes and what it is called.
type tag struct {
	open    string // the opening tag without its closing ">"
	label   string // what a screen reader announces on the span's tab stop (its first piece)
	ref, id string // the annotation's reference ("q1", "s1.m2", "d1") and data-id ("q1", "s1", "d1")
}

// marks holds every span of a document sorted for nesting (start ascending, longer first), and
// writes text pieces wrapped in their marks.
type marks struct {
	doc    *annotate.Document
	labels labels
	list   []mark
	tags   []tag  // tags[i] is list[i]'s, once worded (open is not empty)
	maxEnd []int  // maxEnd[i] is the largest end among list[:i+1]
	shown  []bool // whether a piece of list[i] was written yet: only the first is a tab stop
	// block is the number of the block being written (see Blocks), and firstIn[i] the block that
	// holds the first piece of list[i]
	block   int
	firstIn []int
	// speakerTag[i] is the start of the opening tag of speaker i's mentions, once worded
	speakerTag []string
	// scratch space reused between text pieces
	cands, stack, points []int
	// the last byte offset converted to code points, and its code point offset (see runeAt)
	atByte, atRune int
	num            []byte // scratch space for writing numbers
}

const (
	rankQuote = iota
	rankSpeaker
	rankDate
)

// newMarks converts the document's code point offsets to byte offsets, once, and sorts the spans
// that start before code point before for nesting. Spans that are empty or lie outside the text
// are left out.
func newMarks(doc *annotate.Document, before int) *marks {
	n := len(doc.Quotes) + len(doc.Dates)
	for _, sp := range doc.Speakers {
		n += len(sp.Mentions)
	}
	list := make([]mark, 0, n)
	add := func(s annotate.Span, rank, ann, sub int) {
		if s.Start < s.End && s.Start < before {
			list = append(list, mark{start: s.Start, end: s.End, rank: rank, ann: ann, sub: sub})
		}
	}
	for i, q := range doc.Quotes {
		add(q.Span, rankQuote, i, 0)
	}
	for i, sp := range doc.Speakers {
		for j, m := range sp.Mentions {
			add(m.Span, rankSpeaker, i, j)
		}
	}
	for i, d := range doc.Dates {
		add(d.Span, rankDate, i, 0)
	}

	// Code points to bytes in one walk over the text.
	cps := make([]int, 0, 2*len(list))
	for _, m := range list {
		cps = append(cps, m.start, m.end)
	}
	// bytesAt[i] is the byte offset of code point cps[i], found by binary search: a map of tens
	// of thousands of offsets cost more than the search.
	slices.Sort(cps)
	bytesAt := make([]int, len(cps))
	b, n := 0, 0
	for i, cp := range cps {
		for n < cp && b < len(doc.Text) {
			_, w := utf8.DecodeRuneInString(doc.Text[b:])
			b += w
			n++
		}
		if n == cp {
			bytesAt[i] = b
		} else {
			bytesAt[i] = -1 // past the end of the text
		}
	}
	toBytes := func(cp int) int {
		i, _ := slices.BinarySearch(cps, cp)
		return bytesAt[i]
	}
	kept := list[:0]
	for _, m := range list {
		m.start, m.end = toBytes(m.start), toBytes(m.end)
		if m.start >= 0 && m.end > m.start {
			kept = append(kept, m)
		}
	}
	list = kept
	// generic and stable: sort.SliceStable's reflection took a tenth of the render
	slices.SortStableFunc(list, func(a, b mark) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		if a.end != b.end {
			return cmp.Compare(b.end, a.end)
		}
		return cmp.Compare(a.rank, b.rank)
	})
	ms := &marks{doc: doc, labels: newLabels(doc), list: list, tags: make([]tag, len(list)), maxEnd: make([]int, len(list)),
		shown: make([]bool, len(list)), firstIn: make([]int, len(list)), speakerTag: make([]string, len(doc.Speakers))}
	for i, m := range list {
		ms.maxEnd[i] = m.end
		if i > 0 && ms.maxEnd[i-1] > m.end {
			ms.maxEnd[i] = ms.maxEnd[i-1]
		}
	}
	return ms
}

// tag words list[k]'s opening tag, label and references the first time it is asked for.
func (ms *marks) tag(k int) *tag {
	t := &ms.tags[k]
	if t.open != "" {
		return t
	}
	m, l := ms.list[k], ms.labels
	switch m.rank {
	case rankQuote:
		q := ms.doc.Quotes[m.ann]
		open := `<mark data-kind="quote" data-id="` + escape(q.ID) + `"`
		if q.Speaker != nil {
			open += ` data-speaker="` + escape(*q.Speaker) + `"`
		}
		*t = tag{open: open + ` data-by="` + escape(by(q.By)) + `" title="` + escape(l.quote(q)) + `"`,
			label: l.aria("Quote", q.Span, l.whoseQuote(q), q.By), ref: q.ID, id: q.ID}
	case rankSpeaker:
		sp := ms.doc.Speakers[m.ann]
		if ms.speakerTag[m.ann] == "" {
			ms.speakerTag[m.ann] = `<mark data-kind="speaker" data-id="` + escape(sp.ID) + `" title="` + escape(l.speaker(sp)) + `" data-m="`
		}
		mn, n := sp.Mentions[m.sub], strconv.Itoa(m.sub+1)
		*t = tag{open: ms.speakerTag[m.ann] + n + `" data-by="` + escape(by(mn.By)) + `"`,
			label: l.aria("Speaker", mn.Span, " ("+sp.Name+")", mn.By), ref: sp.ID + ".m" + n, id: sp.ID}
	default:
		d := ms.doc.Dates[m.ann]
		*t = tag{open: `<mark data-kind="date" data-id="` + escape(d.ID) + `" data-by="` + escape(by(d.By)) + `" title="` + escape(l.date(d)) + `"`,
			label: l.aria("Date", d.Span, "", d.By), ref: d.ID, id: d.ID}
	}
	return t
}

// write writes src[a:b], wrapped in the marks of the spans that cover it. A span that covers only
// part of the piece wraps only that part; spans that overlap without nesting are closed and
// reopened so that the HTML stays well formed. Each piece of text is a run (see run) that says
// where in the source it starts. With resolve, Markdown backslash escapes and entities are
// resolved, as goldmark shows a text node; without, the text is shown as it is (code, plain text).
func (ms *marks) write(w util.BufWriter, src []byte, a, b int, resolve bool) {
	if a >= b {
		return
	}
	put := func(p, q int) { ms.run(w, src, p, q, resolve) }
	// Candidates: spans with start < b and end > a, in nesting order.
	i := sort.Search(len(ms.list), func(i int) bool { return ms.list[i].start >= b })
	cands := ms.cands[:0]
	for k := i - 1; k >= 0 && ms.maxEnd[k] > a; k-- {
		if ms.list[k].end > a {
			cands = append(cands, k)
		}
	}
	if len(cands) == 0 {
		put(a, b)
		return
	}
	for l, r := 0, len(cands)-1; l < r; l, r = l+1, r-1 {
		cands[l], cands[r] = cands[r], cands[l]
	}
	points := append(ms.points[:0], a, b)
	for _, k := range cands {
		if s := ms.list[k].start; s > a {
			points = append(points, s)
		}
		if e := ms.list[k].end; e < b {
			points = append(points, e)
		}
	}
	sort.Ints(points)
	stack := ms.stack[:0]
	for j := 0; j+1 < len(points); j++ {
		p, q := points[j], points[j+1]
		if p == q {
			continue
		}
		// The spans active on [p, q), in nesting order, against the marks open now.
		common, depth := 0, 0
		for _, k := range cands {
			if m := ms.list[k]; m.start <= p && m.end >= q {
				if depth == common && common < len(stack) && stack[common] == k {
					common++
				}
				depth++
			}
		}
		for len(stack) > common {
			w.WriteString("</mark>")
			stack = stack[:len(stack)-1]
		}
		depth = 0
		for _, k := range cands {
			if m := ms.list[k]; m.start <= p && m.end >= q {
				if depth >= common {
					t := ms.tag(k)
					w.WriteString(t.open)
					if !ms.shown[k] {
						ms.shown[k], ms.firstIn[k] = true, ms.block
						w.WriteString(` tabindex="0" role="button" aria-label="`)
						w.WriteString(escape(t.label))
						w.WriteByte('"')
					}
					w.WriteByte('>')
					stack = append(stack, k)
				}
				depth++
			}
		}
		put(p, q)
	}
	for range stack {
		w.WriteString("</mark>")
	}
	ms.cands, ms.stack, ms.points = cands, stack[:0], points
}

// by names who made a span; documents from before "by" existed read as the machine's.
func by(who string) string {
	if who == annotate.ByHuman {
		return annotate.ByHuman
	}
	return annotate.ByMachine
}

var htmlEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&quot;", `'`, "&#39;")

// escape escapes text for HTML element content and quoted attribute values.
func escape(s string) string { return htmlEscaper.Replace(s) }
