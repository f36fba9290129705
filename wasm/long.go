//go:build js && wasm

package main

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"syscall/js"
	"time"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
)

// This file is the page's side of long articles. An article of longText bytes or more is
// annotated by the engine's worker (worker.go; loader.js starts it) instead of on the page's
// thread, so that the page keeps answering while it works: the text area takes typing, the page
// scrolls, and a progress bar says which step the engine is at. A newer paste ends an older run.
// The worker's result is drawn as it came, its session is stored by the worker itself
// (library.saveFromWorker), and it is read into a session only when the person edits
// (page.session).

// longText is the size, in bytes, from which an article is annotated in the worker. Below it the
// page's own thread is quicker than the round trip.
const longText = 256 << 10

// worker is the page's side of the engine's worker.
type worker struct {
	id      int  // the number of the newest run; older runs' messages are dropped
	running bool // whether a run is on
	started time.Time
	onMsg   js.Func // the handler of the worker's messages, made once
	// what the run's first result said, for the second
	title    string
	quotes   int
	drawn    time.Time
	drawTook time.Duration
	stamps   stamps // when each step ended (stamps.go)
	// base is the session the last run sent, as the JS string it came in, from which the next
	// change of the article starts (follow.go); baseDoc is its document once read into Go, and
	// undo and redo the labels of its history
	base       js.Value
	baseDoc    *annotate.Document
	undo, redo string
	// changes says whether the run on changes base (follow.go), by op, rather than annotate
	// afresh
	changes bool
	op      string
	// after is the undo or redo asked for during the run, made once it is done (waitForRun)
	after string
	// first is what the person changed first of the base in the run on, when it changes the
	// base by op "": "text", or "ref" for the reference date (orderChange)
	first string
}

// orderChange notes what a change of a long article's session that update hands to the worker
// changes: its text when typed, its reference date when refNew. A change made while the run of
// another is on replaces that run and makes both, so the order is the person's: a date set, then
// typing while the worker made the date's change, go in that order into the history, as they
// would in a short article's. A text and a date in one update go text first, as refChanged has
// typing not yet annotated go first.
func (w *worker) orderChange(typed, refNew bool) {
	if !w.running || !w.changes || w.op != "" {
		w.first = ""
	}
	switch {
	case w.first != "":
	case typed:
		w.first = "text"
	case refNew:
		w.first = "ref"
	}
}

// refFirst reports whether the run on changes the reference date before the text.
func (w *worker) refFirst() bool { return w.changes && w.op == "" && w.first == "ref" }

// annotateInWorker hands text, the text area's article as a JS string, to the engine's worker.
// With base, a saved session (savedBase), the worker changes that session rather than annotate
// afresh: it takes the text and the reference date when op is "", else undoes or redoes.
func (p *page) annotateInWorker(text, base js.Value, op string) {
	w := &p.work
	if w.onMsg.IsUndefined() {
		w.onMsg = js.FuncOf(func(_ js.Value, args []js.Value) any {
			defer p.recover()
			p.workMessage(args[0])
			return nil
		})
	}
	w.id++
	w.running, w.started, w.after = true, time.Now(), ""
	w.stamps = stamps{}
	w.stamps.note("paste")
	w.changes, w.op = base.Type() == js.TypeString, op
	if !w.changes {
		w.base = js.Undefined() // a fresh article
	}
	p.closeInspector(false)
	p.reviewStop()
	p.showProgress(0, len(workSteps), "Starting the engine for a long article")
	if !lib.pend.restoring && op == "" {
		lib.keepPending(p, text) // until its session is stored (pending.go)
	}
	jsGlobal("articleAnnotator").Call("_work", text, p.userRef, w.id, w.onMsg, base, op, w.refFirst())
	w.stamps.note("handed over")
}

// cancel forgets the run on, if any: its result will be dropped (the next run ends the worker).
func (w *worker) cancel() {
	if w.running {
		w.id++
		w.running, w.after = false, ""
		hideProgress()
	}
}

// workMessage takes one message of the worker: progress, the result, or a failure.
func (p *page) workMessage(m js.Value) {
	w := &p.work
	if m.Get("id").Int() != w.id || !w.running {
		return // an older run's
	}
	switch m.Get("kind").String() {
	case "progress":
		p.showProgress(m.Get("step").Int(), m.Get("of").Int(), m.Get("what").String())
	case "failed":
		w.running, w.after = false, ""
		hideProgress()
		p.recoverValue(m.Get("error").String())
	case "first":
		w.stamps.addJS(m.Get("stamps"))
		w.stamps.note("first to the page")
		p.followWorker(m)
		p.showFirst(m)
		w.stamps.note("top drawn")
		drawnMark(fmt.Sprintf("the top drawn in %d ms (the worker, then %d ms to draw); %s", w.drawn.Sub(w.started).Milliseconds(),
			w.drawTook.Milliseconds(), &w.stamps))
	case "shown":
		p.blocks.extend(newJSBlocks(m))
		w.stamps.note("all blocks placed")
	case "panel":
		p.panel.Underlying().Set("innerHTML", m.Get("panel"))
		w.stamps.note("panel drawn")
	case "done":
		w.stamps.addJS(m.Get("stamps"))
		w.stamps.note("done to the page")
		w.running = false
		p.sess = nil
		a, added := p.keep(m.Get("session"), w.title, w.quotes)
		p.lazy = a
		p.keptHistory(m)
		p.tools()
		hideProgress()
		w.stamps.note("kept")
		// The worker stores the session, tens of megabytes for a 10 MB article, which would
		// take the page's thread hundreds of milliseconds to hand to IndexedDB.
		lib.saveFromWorker(p, a)
		if added {
			lib.saveOpen(p)
		}
		w.stamps.note("handed to storage")
		savedMark(w.stamps.String())
		collectSoon()
		p.historyAfterRun()
	}
}

// newJSBlocks reads the blocks of a message of the worker: their HTML as bytes ("shown"; the
// caller sets list instead for "first"), their numbers and, with the last, where each
// annotation's first mark lies.
func newJSBlocks(m js.Value) jsBlocks {
	b := jsBlocks{bytes: m.Get("html"), refs: "\n"}
	if refs := m.Get("refs"); refs.Truthy() {
		b.refs += string(goBytes(refs))
	}
	meta := goBytes(m.Get("meta"))
	b.meta = make([]int, len(meta)/4)
	for i := range b.meta {
		b.meta[i] = int(binary.LittleEndian.Uint32(meta[4*i:]))
	}
	return b
}

// showFirst draws the top of the article the worker sent, the counts and the reference date. The
// other blocks, the panel and the session follow in messages of their own.
func (p *page) showFirst(m js.Value) {
	annotated := time.Now()
	top := newJSBlocks(m)
	top.list = m.Get("list")
	p.blocks.draw(topBlocks{jsBlocks: top, restRunes: m.Get("restRunes").Int(), restEnds: m.Get("restEnds").Int()})
	switch ref, from := m.Get("refDate"), m.Get("refFrom"); {
	case p.userRef != "":
		p.refNote.SetTextContent(p.refWhy)
	case ref.Type() == js.TypeString && from.Type() == js.TypeString:
		p.ref.SetValue(ref.String())
		p.refNote.SetTextContent(fmt.Sprintf("from the text: “%s”", from.String()))
	case ref.Type() == js.TypeString:
		p.ref.SetValue(ref.String())
		p.refNote.SetTextContent("")
	default:
		p.ref.SetValue("")
		p.refNote.SetTextContent("none found; set one to resolve “last week”")
	}
	n := func(k string) int { return m.Get(k).Int() }
	p.setStatus(fmt.Sprintf("%s (%s), %s, %s.", plural(n("speakers"), "speaker"), plural(n("mentions"), "mention"),
		plural(n("quotes"), "quote"), plural(n("dates"), "date")))
	p.status.SetAttribute("title", fmt.Sprintf("annotated in the background and shown in %d ms", time.Since(p.work.started).Milliseconds()))
	// The panel of the article shown so far is an older article's: it is emptied until the new
	// one's comes.
	p.panel.Underlying().Set("innerHTML", `<p class="empty">Listing the quotes and dates…</p>`)
	// The article shown is the new one; the session that goes with it is on its way.
	p.sess, p.lazy = nil, nil
	p.tools()
	p.work.title, p.work.quotes = m.Get("title").String(), n("quotes")
	p.work.drawn, p.work.drawTook = time.Now(), time.Since(annotated)
}

// keep makes a session the worker wrote the open article, in the library's list, and reports
// whether it is a new one; storing it is up to the caller.
func (p *page) keep(saved js.Value, first string, quotes int) (*article, bool) {
	a := lib.current
	if a == nil {
		a = &article{id: lib.takeNewID(), updated: time.Now(), keptJS: saved, first: first, quotes: quotes}
		lib.articles = append([]*article{a}, lib.articles...)
		lib.current = a
		lib.render()
		return a, true
	}
	a.sess, a.kept, a.keptJS, a.first, a.quotes = nil, "", saved, first, quotes
	lib.touch(a)
	lib.render()
	return a, false
}

// session is the open article's session. An article the worker annotated is read from its saved
// form here, the first time something needs it (an edit, the review, an export, current()).
func (p *page) session() *edit.Session {
	if p.sess == nil && p.lazy != nil {
		s, err := p.lazy.session()
		if err != nil {
			p.setStatus(err.Error() + ".")
			return nil
		}
		p.sess, p.lazy = s, nil
		p.work.baseDoc = s.Doc()
	}
	return p.sess
}

// showProgress shows the progress bar at step of steps, saying what the engine does.
func (p *page) showProgress(step, steps int, what string) {
	bar, label := elem("progress"), elem("progress-label")
	if !bar.Truthy() {
		return
	}
	bar.Set("max", steps)
	bar.Set("value", step)
	bar.Call("setAttribute", "aria-valuetext", fmt.Sprintf("%s (step %d of %d)", what, step+1, steps))
	label.Set("textContent", fmt.Sprintf("%s… (step %d of %d)", what, step+1, steps))
	elem("progress-box").Set("hidden", false)
}

// hideProgress hides the progress bar.
func hideProgress() {
	if box := elem("progress-box"); box.Truthy() {
		box.Set("hidden", true)
	}
}

// collectSoon runs Go's collector in a task of its own, once a long article's run is kept. The
// page's Go heap stays small (a long article stays a JS string), so it seldom collects; but each
// JS value that reached Go is held for it until the collector finds it unused: the session, the
// blocks' HTML and the text of the run before, some 70 MB of the JS heap for a 10 MB article
// (Runtime.getHeapUsage after the 10 MB test: 344 MB, 278 MB once Go had collected). A
// collection takes the page a few milliseconds.
func collectSoon() { afterTask(runtime.GC) }

// afterTask runs f in a task of its own, after the one that calls it.
func afterTask(f func()) {
	var task js.Func
	task = js.FuncOf(func(js.Value, []js.Value) any {
		task.Release()
		f()
		return nil
	})
	js.Global().Call("setTimeout", task, 0)
}

// goBytes copies a Uint8Array into Go.
func goBytes(v js.Value) []byte {
	b := make([]byte, v.Get("length").Int())
	js.CopyBytesToGo(b, v)
	return b
}
