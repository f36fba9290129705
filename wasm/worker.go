//go:build js && wasm

package main

import (
	"encoding/binary"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall/js"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
	"github.com/article-annotator/annotator/examples"
	"github.com/article-annotator/annotator/render"
)

// This file is the engine's mode in a Web Worker, where there is no document: the page hands it
// long articles (see longText) so that annotating them never blocks the page's thread. For each
// article it posts, in this order, so that the page shows the marked article as soon as it can
// and the rest follows in tasks of their own:
//   - "progress" before each step;
//   - "first": the blocks at the top of the rendered article (about eagerText code points, what
//     the page draws at once; render.Top), the counts and the reference date;
//   - "shown": every block's HTML, as UTF-8 bytes in one buffer that is transferred, not copied;
//     every block's numbers (as bytes, little-endian uint32s, copied in one call); and where each
//     annotation's first mark lies (as UTF-8 bytes);
//   - "panel": the side panel;
//   - "session", in parts, and "done": the session as the library keeps it, and what its undo and
//     redo would do (a change of a saved session has a history; follow.go). The worker then waits
//     for the page to ask it to store the session (storeSession), and is ended.
// Strings go as they are, which the page assigns and stores without reading them into Go; the
// page reads the session itself only when the person edits (page.session). Each message says
// when the worker ended each of its steps (stamps.go).

// workSteps are the steps the worker reports, in order.
var workSteps = []string{"Annotating", "Drawing", "Listing and saving"}

// workerMemory is the heap at which the worker's garbage collector runs. The worker lives for one
// article and is then ended, so collecting earlier only costs time: in wasm the collector runs on
// the one thread, between the engine's steps.
const workerMemory = 1 << 30

// runWorker answers the page's messages until the worker is ended: {id, text, ref, port} to
// annotate an article, finding its dates in another worker when port is set (dates.go),
// {id, text, ref, session, op} to change a saved session instead (follow.go),
// {kind: "dates", text, ref, port} to be that other worker, or {kind: "warm", copies, runs} to
// warm the compiled module up (warmHot).
func runWorker() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(workerMemory)
	self := js.Global()
	self.Call("addEventListener", "message", js.FuncOf(func(_ js.Value, args []js.Value) any {
		var t stamps
		t.note("to the worker")
		d := args[0].Get("data")
		text := d.Get("text").String()
		t.note("text into Go")
		switch d.Get("kind").String() {
		case "dates":
			go findDates(text, d.Get("ref").String(), d.Get("port"))
			return nil
		case "warm":
			go warmHot(d.Get("copies").Int(), d.Get("runs").Int())
			return nil
		case "store":
			storeAsked <- d
			return nil
		}
		go work(d.Get("id").Int(), text, d.Get("ref").String(), datesFrom(d.Get("port")), againOf(d), &t)
		return nil
	}))
	warmUp()
	self.Call("postMessage", map[string]any{"kind": "ready"})
	select {}
}

// warmUp runs every step of a run once on the example article, before the worker says it is
// ready: the browser compiles a wasm function the first time it is called, and the first long
// article then does not wait for the engine, the renderer and the session's writer to compile.
func warmUp() {
	doc := annotate.Annotate(examples.Harbour, annotate.Options{ReferenceDate: examples.HarbourReferenceDate})
	if _, ok := render.Top(doc, 256, 256); !ok {
		render.NewStream(doc, 256).Next(256)
	}
	render.Blocks(doc, blockSource)
	render.Panel(doc)
	edit.New(doc).Marshal()
}

// warmHot is the part of a worker that loader.js starts once per page, after it is ready, only to
// run the engine, the renderer and the session's writer several times on the example repeated
// copies times, and then post "warmed". V8 runs wasm first in its baseline compiler and optimises
// a function only once it has run enough, and a call that is running keeps its code: a long
// article's single run stays slow. The optimised code belongs to the compiled module, which the
// page and every worker share, so that the next long article (and the page's own annotate of a
// shorter one) starts with it.
func warmHot(copies, runs int) {
	start := clock()
	text := strings.Repeat(examples.Harbour+"\n\n", copies)
	for range runs {
		doc := annotate.Annotate(text, annotate.Options{ReferenceDate: examples.HarbourReferenceDate})
		render.NewStream(doc, blockSource).Rendered()
		render.Panel(doc)
		edit.New(doc).Marshal()
	}
	js.Global().Call("postMessage", map[string]any{"kind": "warmed", "ms": clock() - start, "bytes": len(text) * runs})
}

// work annotates one article, or makes a change of its saved session (g, when not nil; follow.go),
// and posts the result; a panic is posted as a failure.
func work(id int, text, ref string, found <-chan string, g *again, t *stamps) {
	// post sends m, with the buffers in transfer moved to the page rather than copied.
	post := func(m map[string]any, transfer ...any) {
		m["id"] = id
		js.Global().Call("postMessage", m, transfer)
	}
	defer func() {
		if r := recover(); r != nil {
			post(map[string]any{"kind": "failed", "error": fmt.Sprint(r)})
		}
	}()
	step := func(i int) {
		post(map[string]any{"kind": "progress", "step": i, "of": len(workSteps), "what": workSteps[i]})
	}
	// The database is opened meanwhile, for storing the session at the end.
	db := make(chan *idb, 1)
	go func() {
		d, _ := openDB()
		db <- d
	}()
	step(0)
	var doc *annotate.Document
	var sess *edit.Session
	textChanged := false
	switch {
	case g != nil:
		sess, textChanged = g.apply(text, ref)
		doc = sess.Doc()
	case found == nil:
		doc = annotate.Annotate(text, annotate.Options{ReferenceDate: ref})
	default:
		doc = annotateWith(text, ref, found, t)
	}
	t.note("annotate")
	step(1)
	// The top is rendered from the top of the text when it can be, else from the stream that
	// then renders the rest.
	var stream *render.Stream
	top, ok := render.Top(doc, blockSource, eagerText)
	if !ok {
		stream = render.NewStream(doc, blockSource)
		top = stream.Next(eagerText)
	}
	t.note("top rendered")
	mentions := 0
	for _, s := range doc.Speakers {
		mentions += len(s.Mentions)
	}
	list := make([]any, len(top))
	for i, b := range top {
		list[i] = b.HTML
	}
	// The part of the text below the top blocks, for the height of its placeholder.
	rest := doc.Text[byteAt(doc.Text, top[len(top)-1].End):]
	m := map[string]any{"kind": "first", "list": list, "meta": blockMeta(top), "title": titleOf(doc.Text),
		"restRunes": utf8.RuneCountInString(rest), "restEnds": strings.Count(rest, "\n\n"),
		"speakers": len(doc.Speakers), "mentions": mentions, "quotes": len(doc.Quotes), "dates": len(doc.Dates),
		"refDate": nil, "refFrom": nil}
	if doc.ReferenceDate != nil {
		m["refDate"] = *doc.ReferenceDate
	}
	if doc.ReferenceDateFrom != nil {
		m["refFrom"] = doc.ReferenceDateFrom.Text
	}
	if g != nil {
		g.tell(m, sess, textChanged)
	}
	t.note("first ready")
	m["stamps"] = t.js()
	post(m)
	t = &stamps{}
	t.note("first posted")

	// Every block's HTML goes as UTF-8 bytes in one buffer, transferred: ten times the text for
	// an article thick with marks, which as JavaScript strings (two bytes a character once a
	// curly quote is in) the page would take in copies, message by message, and keep at twice
	// the size. The page decodes a block's when it draws it (view.go).
	if stream == nil {
		stream = render.NewStream(doc, blockSource)
	}
	r := stream.Rendered()
	t.note("blocks")
	size := 0
	for _, b := range r.List {
		size += len(b.HTML)
	}
	html := make([]byte, 0, size)
	for _, b := range r.List {
		html = append(html, b.HTML...)
	}
	htmlJS := jsBytes(html)
	html = nil
	var refs strings.Builder
	for ref, i := range r.Refs {
		refs.WriteString(ref)
		refs.WriteByte('\t')
		refs.WriteString(strconv.Itoa(i))
		refs.WriteByte('\n')
	}
	// The refs go as UTF-8 bytes, which the page copies into Go in one call: as a string, the
	// page's thread would convert megabytes of UTF-16 to UTF-8.
	post(map[string]any{"kind": "shown", "html": htmlJS, "meta": blockMeta(r.List), "refs": jsBytes([]byte(refs.String()))},
		htmlJS.Get("buffer"))
	t.note("blocks posted")
	step(2)
	post(map[string]any{"kind": "panel", "panel": render.Panel(doc)})
	t.note("panel")
	if sess == nil {
		sess = edit.New(doc)
	}
	saved, err := sess.Marshal()
	if err != nil {
		panic(err)
	}
	t.note("session")
	// The session goes in parts, each a short task for the page; loader.js joins them, which
	// JavaScript does without copying.
	whole := string(saved)
	session := whole
	for len(session) > 0 {
		n := min(len(session), sessionPart)
		for n < len(session) && !utf8.RuneStart(session[n]) {
			n++
		}
		post(map[string]any{"kind": "session", "part": session[:n]})
		session = session[n:]
	}
	done := map[string]any{"kind": "done", "stamps": t.js(), "undo": sess.UndoLabel(), "redo": sess.RedoLabel()}
	if g != nil {
		done["op"] = g.op
	}
	post(done)
	// The page keeps the article and asks this worker to store its session (store.go), so that
	// storing tens of megabytes takes none of the page's time.
	storeSession(db, whole, <-storeAsked)
}

// sessionPart is about how many bytes of the session one message carries.
const sessionPart = 4 << 20

// storeAsked receives the page's {kind: "store", id, record, open} after a run (store.go).
var storeAsked = make(chan js.Value, 1)

// storeSession writes the article's record, its session and, when open is set, which article is
// open, in one transaction on the page's database, as the page's own save does (library.save),
// and posts "stored" with the error, if any, for the page to store it itself.
func storeSession(db <-chan *idb, session string, asked js.Value) {
	var err error
	d := <-db
	if d == nil {
		// The open that work started may have timed out: the engine held the worker's only
		// thread for longer than openTimeout (a 10 MB article does), so the answer came late.
		d, err = openDB()
	}
	if d == nil {
		err = fmt.Errorf("the worker has no IndexedDB (%v)", err)
	} else {
		open := asked.Get("open").Type() == js.TypeString
		err = <-d.apply(articleWrites(asked.Get("id").String(), asked.Get("record"), session, open)...)
		d.db.Call("close")
	}
	m := map[string]any{"kind": "stored", "error": nil}
	if err != nil {
		m["error"] = err.Error()
	}
	js.Global().Call("postMessage", m)
}

// blockMeta gives four numbers a block (start, end, line ends of its HTML, and where its HTML
// ends among the list's, in bytes) as little-endian uint32s in a Uint8Array, which the page
// copies in one call rather than a number at a time.
func blockMeta(list []render.Block) js.Value {
	meta := make([]byte, 0, 4*metaNumbers*len(list))
	htmlEnd := 0
	for _, b := range list {
		htmlEnd += len(b.HTML)
		for _, n := range [metaNumbers]int{b.Start, b.End, strings.Count(b.HTML, "\n"), htmlEnd} {
			meta = binary.LittleEndian.AppendUint32(meta, uint32(n))
		}
	}
	return jsBytes(meta)
}

// metaNumbers is how many numbers blockMeta gives a block.
const metaNumbers = 4

// jsBytes copies b into a new Uint8Array.
func jsBytes(b []byte) js.Value {
	v := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(v, b)
	return v
}

// byteAt is the byte offset of code point n of text (its length past the end).
func byteAt(text string, n int) int {
	b := 0
	for ; n > 0 && b < len(text); n-- {
		_, w := utf8.DecodeRuneInString(text[b:])
		b += w
	}
	return b
}
