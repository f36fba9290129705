//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"strings"
	"syscall/js"
	"time"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/annotate/dates"
	"github.com/article-annotator/annotator/annotate/quotes"
)

// This file splits a long article's annotation between two workers, on machines with more than
// one core (loader.js decides): the main worker finds the quotes while a second one finds the
// reference date and the dates, and sends them over a MessageChannel port as one string: a first
// line "ref\tfromStart\tfromEnd" (the reference date or "", the byte range it came from or -1
// -1), then "start\tend\ttype\tvalue\tmod" a date, byte offsets. The main worker then assembles
// the Document (annotate.Assemble), the same as annotate.Annotate gives. When the second worker
// fails, or sends "", the main one finds the dates itself.

// findDates is the second worker's part: it finds text's dates and posts them on port.
func findDates(text, ref string, port js.Value) {
	out := ""
	defer func() {
		recover() // the main worker finds the dates itself
		port.Call("postMessage", out)
		// loader.js ends this worker then: its memory is not needed any more
		js.Global().Call("postMessage", map[string]any{"kind": "sent"})
	}()
	text = annotate.ValidUTF8(text)
	r, from := annotate.Reference(text, annotate.Options{ReferenceDate: ref})
	out = writeDates(r, from, dates.Find(text, r))
}

// writeDates writes the reference date, the byte range it came from (nil if none) and the dates
// as readDates reads them.
func writeDates(r time.Time, from *annotate.Span, ds []dates.Expr) string {
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

// datesFrom listens on the port of the second worker, if any: the channel gives what it sent.
func datesFrom(port js.Value) <-chan string {
	if !port.Truthy() {
		return nil
	}
	found := make(chan string, 1)
	var f js.Func
	f = js.FuncOf(func(_ js.Value, args []js.Value) any {
		f.Release()
		found <- args[0].Get("data").String()
		return nil
	})
	port.Set("onmessage", f)
	return found
}

// annotateWith annotates text as annotate.Annotate does, finding the quotes here while the second
// worker finds the dates.
func annotateWith(text, ref string, found <-chan string, t *stamps) *annotate.Document {
	text = annotate.ValidUTF8(text)
	qs, ents := quotes.Find(text)
	t.note("quotes")
	r, from, ds, ok := readDates(<-found, len(text))
	t.note("dates waited for")
	if !ok {
		r, from = annotate.Reference(text, annotate.Options{ReferenceDate: ref})
		ds = dates.Find(text, r)
	}
	return annotate.Assemble(text, r, from, qs, ents, ds)
}

// readDates reads what findDates sent about a text of n bytes; ok is false when it is not that.
func readDates(s string, n int) (ref time.Time, from *annotate.Span, ds []dates.Expr, ok bool) {
	head, rest, found := strings.Cut(s, "\n")
	f := strings.Split(head, "\t")
	if !found || len(f) != 3 {
		return ref, nil, nil, false
	}
	if f[0] != "" {
		var err error
		if ref, err = annotate.ParseDate(f[0]); err != nil {
			return ref, nil, nil, false
		}
	}
	if a, b := atoi(f[1]), atoi(f[2]); a >= 0 && b >= a && b <= n {
		from = &annotate.Span{Start: a, End: b}
	}
	ds = make([]dates.Expr, 0, strings.Count(rest, "\n"))
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		f := strings.SplitN(line, "\t", 5)
		if len(f) != 5 {
			return ref, nil, nil, false
		}
		d := dates.Expr{Start: atoi(f[0]), End: atoi(f[1]), Type: f[2], Value: f[3], Mod: f[4]}
		if d.Start < 0 || d.End < d.Start || d.End > n {
			return ref, nil, nil, false
		}
		ds = append(ds, d)
	}
	return ref, from, ds, true
}

// atoi is strconv.Atoi with -1 for what is not a number.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
