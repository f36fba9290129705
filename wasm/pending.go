//go:build js && wasm

package main

import (
	"syscall/js"
	"time"
)

// This file keeps a long paste from being lost while the engine's workers annotate it. Its
// session is stored only once they are done (long.go, store.go), seconds later for megabytes; a
// reload or a closed tab meanwhile would lose the paste, or bring back the text it replaced. So
// as a long article goes to the workers, its text is stored as the pending paste (in the task
// after, or at once when the page is being hidden or closed): the meta store's "pending" entry,
// with the article's id, its record and the reference date. The text goes to IndexedDB as the
// JS string it is, never read into Go. The entry is deleted with the first write of the
// article's session that holds the paste, or of a later change of it. A page that starts with
// one opens its article with that text, in the library, and has the workers annotate it again
// (openPending), or make the change again on the article's kept session when the paste was a
// change of it (typing or a new reference date handed to the workers, follow.go), so that the
// person's work and the history stay.
//
// It does not keep typing into a long article that is not annotated yet (flush.go does, for
// what the debounce holds), nor more than the last paste: one pending entry per page's storage.

// pendingKey is the pending paste's key in the meta store.
const pendingKey = "pending"

// pending is what the page knows of the pending paste it stored.
type pending struct {
	id  string // the article it belongs to, "" when there is none (or it was deleted)
	gen int    // counts the pastes stored, so that a delete issued for one spares a later one
	// newID is the id a paste into a new article takes, given when the paste is stored, so
	// that the article the run (or a take-over) makes is the one the pending paste names
	newID string
	// restoring is set while openPending hands the stored paste to the workers
	restoring bool
	// unwritten is the write of the last paste while it waits for its task (keepPending), else
	// nil; hiding is set while the page is being hidden or closed, when no task may come
	unwritten func()
	hiding    bool
}

// keepPending stores text, the long article going to the workers as a JS string, as the pending
// paste of the open article (or of the new one it will make).
func (l *library) keepPending(p *page, text js.Value) {
	if l.db == nil {
		return
	}
	// The record is the article's as it will be, with no quotes yet and named from the first
	// lines: only they are read into Go.
	head := jsGlobal("String").Get("prototype").Get("slice").Call("call", text, 0, 4096)
	pasted := &article{updated: time.Now(), first: titleOf(head.String())}
	if a := l.current; a != nil {
		pasted.id, pasted.title = a.id, a.title
	} else {
		if l.pend.newID == "" {
			l.pend.newID = newArticleID()
		}
		pasted.id = l.pend.newID
	}
	l.pend.id = pasted.id
	l.pend.gen++
	// change says that the workers change the article's kept session rather than annotate it
	// afresh: a page that starts with the paste does so again, keeping the session's history,
	// and refFirst that the change's reference date came before its text (orderChange).
	value := map[string]any{"record": pasted.record(), "text": text, "ref": p.userRef, "change": p.work.changes,
		"refFirst": p.work.refFirst()}
	// The write goes in a task of its own, after the paste's: handing megabytes to IndexedDB
	// copies them on the page's thread twice over, as much as all the rest of the paste (Chrome's
	// tracing of a 10 MB paste in curly quotes: 30 of its 42 ms of CPU). A page being hidden or
	// closed makes it at once (wireFlush), for no task may come.
	gen := l.pend.gen
	l.pend.unwritten = func() {
		l.pend.unwritten = nil
		if l.pend.gen != gen || l.pend.id != pasted.id {
			return // a later paste's write is due, or the session holding this one is stored (pendingDone)
		}
		// How long the page's thread took to hand the text to IndexedDB, for tests and
		// curious people.
		defer measured("annotator-pending", perfNow())
		l.watch(p, l.db.apply(write{store: storeMeta, key: pendingKey, value: value}), tabNews{})
	}
	if l.pend.hiding {
		l.writePending()
		return
	}
	afterTask(l.writePending)
}

// writePending makes the pending paste's write that waits for its task now, if there is one.
func (l *library) writePending() {
	if w := l.pend.unwritten; w != nil {
		w()
	}
}

// takeNewID is the id of a new article: the one a paste stored as pending gave it, if any.
func (l *library) takeNewID() string {
	id := l.pend.newID
	l.pend.newID = ""
	if id == "" {
		id = newArticleID()
	}
	return id
}

// pendingDone is the write that deletes the pending paste once a's session holding it is being
// stored, if the pending paste is a's and no run is on for it; nil otherwise. A write that waits
// (store.go) checks stillDone just before it starts.
func (l *library) pendingDone(p *page, a *article) []write {
	if l.pend.id == "" || l.pend.id != a.id || p.work.running {
		return nil
	}
	l.pend.id = ""
	return []write{{store: storeMeta, key: pendingKey, del: true}}
}

// stillDone drops the delete of pendingDone from writes issued at gen when a paste was stored
// since: that later one must stay.
func (l *library) stillDone(writes []write, gen int) []write {
	if gen == l.pend.gen {
		return writes
	}
	kept := writes[:0:0]
	for _, w := range writes {
		if !(w.store == storeMeta && w.key == pendingKey) {
			kept = append(kept, w)
		}
	}
	return kept
}

// openPending opens the pending paste left in storage by a page that was closed or reloaded
// before its run was done, if there is one, and reports whether it did: its article (made from
// its record if it never got stored) is the open one, with the pasted text and reference date,
// and the workers annotate it again. It runs in restore, before the page is announced ready.
func (p *page) openPending() bool {
	r := <-lib.db.get(storeMeta, pendingKey)
	if r.err != nil || r.v.Type() != js.TypeObject || r.v.Get("text").Type() != js.TypeString {
		return false
	}
	rec, text := r.v.Get("record"), r.v.Get("text")
	id := rec.Get("id").String()
	a := lib.find(id)
	if a == nil {
		// Never stored: the article is the pending paste's until the run makes its session.
		a = &article{id: id, first: rec.Get("first").String(), title: rec.Get("title").String(),
			updated: time.UnixMilli(int64(rec.Get("updated").Float()))}
		lib.articles = append([]*article{a}, lib.articles...)
	}
	lib.current = a
	lib.pend.id = id
	p.sess, p.lazy = nil, nil
	p.setText(text)
	p.userRef, p.refWhy = "", ""
	if ref := r.v.Get("ref"); ref.Type() == js.TypeString && ref.String() != "" {
		p.userRef, p.refWhy = ref.String(), "set by you; relative dates follow it"
	}
	p.ref.SetValue(p.userRef)
	p.blocks.clear(`<p class="empty">Annotating the article pasted before the page was closed…</p>`)
	p.panel.Underlying().Set("innerHTML", "")
	lib.pend.restoring = true // the paste is in storage already
	if base := a.keptJS; r.v.Get("change").Truthy() && base.Type() == js.TypeString {
		// A change of the kept session (typing, a new reference date, a paste over the text):
		// made again on it, so that the person's work and the history stay.
		p.shownText, p.shownRef = text, p.userRef
		p.work.base, p.work.baseDoc = base, nil
		p.work.first = ""
		if r.v.Get("refFirst").Truthy() {
			p.work.first = "ref"
		}
		p.annotateInWorker(text, base, "")
	} else {
		p.update()
	}
	lib.pend.restoring = false
	lib.saveOpen(p)
	return true
}
