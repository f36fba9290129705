//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/annotate/dates"
	"github.com/article-annotator/annotator/annotate/quotes"
)

// This file splits a long article's annotation between two workers, on machines with more than
// one core (loader.js decides): the main worker finds the quotes while a second one finds the
// reference date and the dates, and sends them over a MessageChannel port as one string
// (annotate.WriteDates). The main worker then assembles the Document (annotate.Assemble), the
// same as annotate.Annotate gives. When the second worker fails, or sends "", the main one finds
// the dates itself.

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
	out = annotate.WriteDates(r, from, dates.Find(text, r))
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
	r, from, ds, ok := annotate.ReadDates(<-found, len(text))
	t.note("dates waited for")
	if !ok {
		r, from = annotate.Reference(text, annotate.Options{ReferenceDate: ref})
		ds = dates.Find(text, r)
	}
	return annotate.Assemble(text, r, from, qs, ents, ds)
}
