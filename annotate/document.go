package annotate

import (
	"math/bits"
	"strconv"
	"time"

	"github.com/article-annotator/annotator/annotate/dates"
	"github.com/article-annotator/annotator/annotate/quotes"
)

// Schema names the format of Document.
const Schema = "article-annotations/v1"

// Document is the exported annotation of one article: schema article-annotations/v1. The CLI, the
// JS API and the page's download all produce it. All offsets are Unicode code points into Text, end
// exclusive, and every Text field of a span equals that slice of the document's Text.
type Document struct {
	Schema string `json:"schema"`
	// ID echoes the input's id in JSON Lines mode; it is omitted otherwise.
	ID            string  `json:"id,omitempty"`
	Text          string  `json:"text"`
	ReferenceDate *string `json:"referenceDate"`
	// ReferenceDateFrom is where in Text the reference date was found, when it was detected rather
	// than given. It is omitted when the date was given or none was found.
	ReferenceDateFrom *Span     `json:"referenceDateFrom,omitempty"`
	Speakers          []Speaker `json:"speakers"`
	Quotes            []Quote   `json:"quotes"`
	Dates             []Date    `json:"dates"`
}

// Span is a range of code points [Start, End) in the document's text, with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Who made an annotation: the engine, or a person correcting it. Every quote, date and speaker
// mention carries one; documents written before "by" existed read as ByMachine.
const (
	ByMachine = "machine"
	ByHuman   = "human"
)

// Speaker is one person or organisation quoted in the article.
type Speaker struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place in the text that names a speaker.
type Mention struct {
	Span
	By string `json:"by"` // ByMachine or ByHuman
}

// Quote is one quotation or report of speech.
type Quote struct {
	ID string `json:"id"`
	Span
	Kind    string  `json:"kind"`    // "direct", "indirect" or "mixed"
	Speaker *string `json:"speaker"` // a Speaker's ID, or null
	Source  *Span   `json:"source"`  // the words naming the speaker for this quote
	Cue     *Span   `json:"cue"`     // the attribution verb or phrase
	By      string  `json:"by"`      // ByMachine or ByHuman
}

// Date is one temporal expression with its TIMEX3 normalisation.
type Date struct {
	ID string `json:"id"`
	Span
	Type  string `json:"type"` // DATE, TIME, DURATION or SET
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	By    string `json:"by"` // ByMachine or ByHuman
}

// newDocument builds the exported document from the finders' byte-offset results, converting every
// offset to code points in one pass over the text.
func newDocument(text string, ref time.Time, from *Span, qs []quotes.Quote, ents []quotes.Entity, ds []dates.Expr) *Document {
	doc := &Document{Schema: Schema, Text: text, Speakers: make([]Speaker, 0, len(ents)),
		Quotes: make([]Quote, 0, len(qs)), Dates: make([]Date, 0, len(ds))}
	if !ref.IsZero() {
		s := ref.Format(time.DateOnly)
		doc.ReferenceDate = &s
	}

	cp := newCodePoints(text)
	span := func(s, e int) Span { return Span{Start: cp.at(s), End: cp.at(e), Text: text[s:e]} }
	n := 0
	for _, q := range qs {
		n += btoi(!q.Source.IsZero()) + btoi(!q.Cue.IsZero())
	}
	parts := make([]Span, 0, n) // every source and cue, in one allocation
	opt := func(s quotes.Span) *Span {
		if s.IsZero() {
			return nil
		}
		parts = append(parts, span(s.Start, s.End))
		return &parts[len(parts)-1]
	}

	if from != nil {
		sp := span(from.Start, from.End)
		doc.ReferenceDateFrom = &sp
	}
	ids := numbered('s', len(ents))
	for i, e := range ents {
		sp := Speaker{ID: ids[i], Name: e.Name, Mentions: make([]Mention, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			sp.Mentions = append(sp.Mentions, Mention{Span: span(m.Start, m.End), By: ByMachine})
		}
		doc.Speakers = append(doc.Speakers, sp)
	}
	qids, dids := numbered('q', len(qs)), numbered('d', len(ds))
	for i, q := range qs {
		out := Quote{ID: qids[i], Span: span(q.Start, q.End), Kind: q.Kind,
			Source: opt(q.Source), Cue: opt(q.Cue), By: ByMachine}
		if q.Speaker >= 0 && q.Speaker < len(ids) {
			out.Speaker = &ids[q.Speaker]
		}
		doc.Quotes = append(doc.Quotes, out)
	}
	for i, d := range ds {
		doc.Dates = append(doc.Dates, Date{ID: dids[i], Span: span(d.Start, d.End),
			Type: d.Type, Value: d.Value, Mod: d.Mod, By: ByMachine})
	}
	return doc
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// numbered returns the ids prefix1 … prefixN, written into one string that they share rather than
// allocated one by one (an article has thousands).
func numbered(prefix byte, n int) []string {
	b := make([]byte, 0, n*(2+len(strconv.Itoa(n))))
	ends := make([]int, n)
	for i := range n {
		b = strconv.AppendInt(append(b, prefix), int64(i+1), 10)
		ends[i] = len(b)
	}
	all, ids, start := string(b), make([]string, n), 0
	for i, end := range ends {
		ids[i], start = all[start:end], end
	}
	return ids
}

// codePoints converts byte offsets to code point offsets in a valid UTF-8 text. It keeps the
// number of code points before every stride-th byte, so a conversion counts at most stride-1
// bytes: no sorting and no search, and a sixteenth of the text's size in memory.
type codePoints struct {
	text  string
	marks []int32 // marks[k] is the number of code points in text[:k*stride]
}

const stride = 64

// newCodePoints prepares the conversion of byte offsets of text, which must be valid UTF-8 (as
// Annotate makes it).
func newCodePoints(text string) codePoints {
	marks := make([]int32, len(text)/stride+1)
	n := 0
	for k := 1; k < len(marks); k++ {
		n += runeStarts(text[(k-1)*stride : k*stride])
		marks[k] = int32(n)
	}
	return codePoints{text: text, marks: marks}
}

// at returns the code point offset of byte offset b, which must lie on a code point boundary;
// offsets outside the text count as its ends.
func (c codePoints) at(b int) int {
	b = min(max(b, 0), len(c.text))
	k := b / stride
	if k+1 < len(c.marks) && c.marks[k+1]-c.marks[k] == stride {
		return int(c.marks[k]) + b - k*stride // a block of ASCII, as most of an English text is
	}
	return int(c.marks[k]) + runeStarts(c.text[k*stride:b])
}

// runeStarts counts the bytes of s that start a code point: in valid UTF-8, all but the
// continuation bytes 10xxxxxx. It reads eight bytes at a time.
func runeStarts(s string) int {
	n, i := len(s), 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// the top bit of each continuation byte: set, with the bit below it clear
		n -= bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}
