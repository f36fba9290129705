//go:build js && wasm

package main

import (
	"encoding/binary"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
	"github.com/article-annotator/annotator/render"
)

// This file is the engine's mode in a Web Worker, where there is no document: the page hands it
// long articles (see longText) so that annotating them never blocks the page's thread. For each
// article it annotates, cuts the rendered article into blocks, renders the panel and writes the
// session as the library keeps it, posting a progress message before each step, then what the
// page shows and then the session, as strings that the page assigns and stores without reading
// them into Go (and the blocks' numbers as bytes, little-endian uint32s, copied in one call). The
// page reads the session itself only when the person edits (page.session).

// batchHTML is about how many bytes of the blocks' HTML one message carries.
const batchHTML = 1 << 20

// workSteps are the steps the worker reports, in order.
var workSteps = []string{"Annotating", "Drawing", "Preparing to save"}

// workerMemory is the heap at which the worker's garbage collector runs. The worker lives for one
// article and is then ended, so collecting earlier only costs time: in wasm the collector runs on
// the one thread, between the engine's steps.
const workerMemory = 1 << 30

// runWorker answers the page's messages {id, text, ref} until the worker is ended.
func runWorker() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(workerMemory)
	self := js.Global()
	self.Call("addEventListener", "message", js.FuncOf(func(_ js.Value, args []js.Value) any {
		d := args[0].Get("data")
		go work(d.Get("id").Int(), d.Get("text").String(), d.Get("ref").String())
		return nil
	}))
	self.Call("postMessage", map[string]any{"kind": "ready"})
	select {}
}

// work annotates one article and posts the result; a panic is posted as a failure.
func work(id int, text, ref string) {
	post := func(m map[string]any) {
		m["id"] = id
		js.Global().Call("postMessage", m)
	}
	defer func() {
		if r := recover(); r != nil {
			post(map[string]any{"kind": "failed", "error": fmt.Sprint(r)})
		}
	}()
	step := func(i int) {
		post(map[string]any{"kind": "progress", "step": i, "of": len(workSteps), "what": workSteps[i]})
	}
	step(0)
	doc := annotate.Annotate(text, annotate.Options{ReferenceDate: ref})
	step(1)
	r := render.Blocks(doc, blockSource)
	// The blocks go in batches of about batchHTML bytes, so that the page takes each in a short
	// task; loader.js gathers them into one array for the message that follows them.
	meta := make([]byte, 0, 12*len(r.List))
	var batch []any
	size := 0
	for i, b := range r.List {
		batch = append(batch, b.HTML)
		size += len(b.HTML)
		if size >= batchHTML || i == len(r.List)-1 {
			post(map[string]any{"kind": "blocks", "list": batch})
			batch, size = nil, 0
		}
		for _, n := range []int{b.Start, b.End, strings.Count(b.HTML, "\n")} {
			meta = binary.LittleEndian.AppendUint32(meta, uint32(n))
		}
	}
	var refs strings.Builder
	for ref, i := range r.Refs {
		refs.WriteString(ref)
		refs.WriteByte('\t')
		refs.WriteString(strconv.Itoa(i))
		refs.WriteByte('\n')
	}
	panel := render.Panel(doc)
	mentions := 0
	for _, s := range doc.Speakers {
		mentions += len(s.Mentions)
	}
	// The numbers go as bytes, which the page copies in one call rather than one a number.
	metaJS := js.Global().Get("Uint8Array").New(len(meta))
	js.CopyBytesToJS(metaJS, meta)
	m := map[string]any{"kind": "shown", "meta": metaJS, "refs": refs.String(), "panel": panel,
		"title": titleOf(doc.Text), "speakers": len(doc.Speakers), "mentions": mentions,
		"quotes": len(doc.Quotes), "dates": len(doc.Dates), "refDate": nil, "refFrom": nil}
	if doc.ReferenceDate != nil {
		m["refDate"] = *doc.ReferenceDate
	}
	if doc.ReferenceDateFrom != nil {
		m["refFrom"] = doc.ReferenceDateFrom.Text
	}
	post(m)
	// The session goes in a message of its own, so that the page takes the two in two tasks.
	step(2)
	saved, err := edit.New(doc).Marshal()
	if err != nil {
		panic(err)
	}
	post(map[string]any{"kind": "done", "session": string(saved)})
}
