package annotate

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/article-annotator/annotator/annotate/dates"
	"github.com/article-annotator/annotator/annotate/quotes"
)

// Annotate in parts, for a caller that runs the two finders apart, each on its own thread (the
// page runs the date finder in a second Web Worker): Reference gives the reference date, the
// caller runs quotes.Find(text) and dates.Find(text, ref), and Assemble makes of their results
// the Document that Annotate returns. text must be valid UTF-8 (see ValidUTF8).

// Reference is the reference date Annotate uses for text with opts: opts.ReferenceDate when it
// is a date, else the date the text states (a dateline), with the byte range of the words it
// came from, else the zero time.
func Reference(text string, opts Options) (ref time.Time, from *Span) {
	ref, err := ParseDate(opts.ReferenceDate)
	if err == nil && !ref.IsZero() {
		return ref, nil
	}
	if t, s, e, ok := dates.DetectReference(text); ok {
		return t, &Span{Start: s, End: e}
	}
	return time.Time{}, nil
}

// Assemble is the Document of text, from the finders' results: ref and from as Reference gives
// them, and the quotes, speakers and dates that quotes.Find(text) and dates.Find(text, ref) found.
func Assemble(text string, ref time.Time, from *Span, qs []quotes.Quote, ents []quotes.Entity, ds []dates.Expr) *Document {
	return newDocument(text, ref, from, qs, ents, ds)
}

// WriteDates writes what a date finder running apart found, for ReadDates on the other side (the
// page sends it between two Web Workers): a first line "ref\tfromStart\tfromEnd" (the reference
// date or "", the byte range it came from or -1 -1), then a line "start\tend\ttype\tvalue\tmod"
// for each date, in byte offsets.
func WriteDates(r time.Time, from *Span, ds []dates.Expr) string {
	var b strings.Builder
	if r.IsZero() {
		b.WriteString("\t-1\t-1\n")
	} else if from == nil {
		b.WriteString(r.Format(time.DateOnly) + "\t-1\t-1\n")
	} else {
		fmt.Fprintf(&b, "%s\t%d\t%d\n", r.Format(time.DateOnly), from.Start, from.End)
	}
	for _, d := range ds {
		b.WriteString(strconv.Itoa(d.Start))
		b.WriteByte('\t')
		b.WriteString(strconv.Itoa(d.End))
		for _, f := range [...]string{d.Type, d.Value, d.Mod} {
			b.WriteByte('\t')
			b.WriteString(f)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// ReadDates reads what WriteDates wrote about a text of n bytes; ok is false when it is not that,
// or when an offset does not fit the text.
func ReadDates(s string, n int) (ref time.Time, from *Span, ds []dates.Expr, ok bool) {
	head, rest, found := strings.Cut(s, "\n")
	f := strings.Split(head, "\t")
	if !found || len(f) != 3 {
		return ref, nil, nil, false
	}
	if f[0] != "" {
		var err error
		if ref, err = ParseDate(f[0]); err != nil {
			return ref, nil, nil, false
		}
	}
	if a, b := wireInt(f[1]), wireInt(f[2]); a >= 0 && b >= a && b <= n {
		from = &Span{Start: a, End: b}
	}
	ds = make([]dates.Expr, 0, strings.Count(rest, "\n"))
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		f := strings.SplitN(line, "\t", 5)
		if len(f) != 5 {
			return ref, nil, nil, false
		}
		d := dates.Expr{Start: wireInt(f[0]), End: wireInt(f[1]), Type: f[2], Value: f[3], Mod: f[4]}
		if d.Start < 0 || d.End < d.Start || d.End > n {
			return ref, nil, nil, false
		}
		ds = append(ds, d)
	}
	return ref, from, ds, true
}

// wireInt is strconv.Atoi with -1 for what is not a number.
func wireInt(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
