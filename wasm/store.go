//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"sort"
	"syscall/js"
	"time"

	"github.com/article-annotator/annotator/edit"
)

// persist keeps the open session in the library and in the browser's storage after every
// change. It starts the write and returns at once: it runs inside JS callbacks, which must not
// wait. An article gets its place in the library with its first text.
func (p *page) persist() {
	if p.session() == nil {
		return
	}
	a := lib.current
	if a == nil {
		if p.session().Doc().Text == "" {
			return
		}
		a = lib.add(p, p.session(), lib.takeNewID())
		lib.current = a
		lib.saveOpen(p)
		lib.render()
		return
	}
	a.sess = p.session()
	lib.touch(a)
	lib.save(p, a)
	lib.render()
}

// record is the article's entry in the articles store; its session is stored apart, so that
// the list can be read without the documents.
func (a *article) record() map[string]any {
	return map[string]any{"id": a.id, "title": a.title, "first": a.firstLine(), "quotes": a.quoteCount(),
		"updated": float64(a.updated.UnixMilli())}
}

// saved is the article's session as stored.
func (a *article) saved() (any, error) {
	if a.sess == nil {
		if a.keptJS.Type() == js.TypeString {
			return a.keptJS, nil
		}
		return a.kept, nil
	}
	b, err := a.sess.Marshal()
	return string(b), err
}

// save writes an article: its record and its session. Without storage it does nothing: the
// library in memory is all there is.
func (l *library) save(p *page, a *article) {
	if l.db == nil {
		return
	}
	kept, err := a.saved()
	if err != nil {
		l.failed(p, fmt.Errorf("the article could not be prepared for saving (%v)", err))
		return
	}
	// The open article is written as open again, in case an earlier save of it failed.
	writes := append(articleWrites(a.id, a.record(), kept, a == l.current), l.pendingDone(p, a)...)
	// If a worker is storing a long article, this write must land after it, which a transaction
	// started here now would not (the worker's starts when its message arrives); a later paste
	// kept meanwhile stays pending.
	gen := l.pend.gen
	l.watch(p, l.afterWorker(func() []write { return l.stillDone(writes, gen) }), tabNews{"saved", a.id})
}

// inWorker is closed once the write on its way in the engine's worker, if any, has landed or
// failed (nil when there is none); the page's writes that come meanwhile wait for it.
var inWorker chan struct{}

// articleWrites are the writes that store an article: its record, its session (a Go or JS
// string, as article.saved gives it) unless there is none, "" (an article restored from its
// pending paste has none until its run is done), and, when open, that it is the open article.
// The page's saves and the worker's (storeSession) make them.
func articleWrites(id string, record, session any, open bool) []write {
	writes := []write{{store: storeArticles, value: record}}
	if session != "" {
		writes = append(writes, write{store: storeSessions, key: id, value: session})
	}
	if open {
		writes = append(writes, write{store: storeMeta, key: "open", value: id})
	}
	return writes
}

// saveFromWorker stores an article that the engine's worker annotated, as save does, but has the
// worker write its session: tens of megabytes that would take the page's thread a few hundred
// milliseconds to hand to IndexedDB. If the worker cannot (it has no IndexedDB, as in a page
// opened from file://, or the write fails), the page stores the article itself.
func (l *library) saveFromWorker(p *page, a *article) {
	if l.db == nil {
		jsGlobal("articleAnnotator").Call("_store", nil, nil)
		return
	}
	var open any
	if a == l.current {
		open = a.id
	}
	before, after := inWorker, make(chan struct{})
	inWorker = after
	landed := make(chan error, 1)
	l.watch(p, landed, tabNews{"saved", a.id})
	// The pending paste is deleted once the session holding it has landed, unless a later
	// paste was stored meanwhile.
	done, gen := l.pendingDone(p, a), l.pend.gen
	var onStored js.Func
	onStored = js.FuncOf(func(_ js.Value, args []js.Value) any {
		onStored.Release()
		failed := args[0].Type() == js.TypeString
		by := "the worker"
		if failed {
			by = "the page, as the worker could not: " + args[0].String()
		}
		go func() {
			if before != nil {
				<-before
			}
			if failed {
				kept, err := a.saved()
				if err == nil {
					writes := articleWrites(a.id, a.record(), kept, open != nil)
					err = <-l.db.apply(l.stillDone(append(writes, done...), gen)...)
				}
				landed <- err
			} else {
				if done = l.stillDone(done, gen); len(done) > 0 {
					l.watch(p, l.db.apply(done...), tabNews{})
				}
				landed <- nil
			}
			// Who stored it, for tests and curious people.
			js.Global().Get("performance").Call("mark", "annotator-stored", map[string]any{"detail": by})
			if inWorker == after {
				inWorker = nil
			}
			close(after)
		}()
		return nil
	})
	jsGlobal("articleAnnotator").Call("_store", map[string]any{"id": a.id, "record": a.record(), "open": open}, onStored)
}

// saveOpen remembers which article is open, for the next visit ("" for a new one).
func (l *library) saveOpen(p *page) {
	if l.db == nil {
		return
	}
	id := ""
	if l.current != nil {
		id = l.current.id
	}
	l.watch(p, l.db.apply(write{store: storeMeta, key: "open", value: id}), tabNews{})
}

// watch waits, in a goroutine, for a write to land, and says so plainly when it does not; the
// next write that lands clears the message. The save state next to the library's title says
// "Saving…" while writes are on their way and "Saved" once they have all landed.
func (l *library) watch(p *page, done <-chan error, news tabNews) {
	l.pending++
	l.showSaveState()
	go func() {
		err := <-done
		l.pending--
		if err != nil {
			l.failed(p, err)
			l.showSaveState()
			return
		}
		if l.off != "" {
			l.off = ""
			l.note.Set("textContent", "")
			p.setStatus("Saving works again: everything is kept in this browser.")
		}
		l.showSaveState()
		tell(news)
	}()
}

// showSaveState shows whether every change is kept: data-state is "saving", "saved" or "off".
func (l *library) showSaveState() {
	el := byID("save-state")
	if !el.Truthy() {
		return
	}
	state, text := "saved", "All changes saved in this browser"
	switch {
	case l.db == nil || l.off != "":
		state, text = "off", "Not saved: kept in this tab only"
	case l.pending > 0:
		state, text = "saving", "Saving…"
	}
	el.Get("dataset").Set("state", state)
	el.Set("textContent", text)
}

// failed reports a save that did not land. The work goes on in memory.
func (l *library) failed(p *page, err error) {
	msg := "Your changes could not be saved (" + err.Error() + "). They are kept in this tab only: export them before closing it."
	if errors.Is(err, errQuota) {
		msg = "The browser's storage is full, so your changes are not saved. They are kept in this tab only: export them, or delete articles you no longer need."
	}
	if msg == l.off {
		return
	}
	l.off = msg
	l.note.Set("textContent", msg)
	p.setStatus(msg)
}

// restore opens the storage, wires the library, import and export controls, and opens the
// article that was open when the page was last closed, exactly as it was left (text, reference
// date, annotations, undo history). It reports whether it opened one. It waits for IndexedDB, so
// it runs in main before the page is announced ready, never inside a JS callback.
func (p *page) restore() bool {
	lib.list = byID("library-list")
	lib.undo = byID("undo-delete")
	lib.note = byID("storage-note")
	p.wireLibrary()
	p.wireFiles()
	p.wireExport()
	registerServiceWorker()

	db, err := openDB()
	if err != nil {
		lib.off = "Storage is off: " + err.Error() + ". Your work is kept in this tab only and is lost when you close it; export it to keep it."
		lib.note.Set("textContent", lib.off)
		lib.render()
		lib.showSaveState()
		p.setStatus(lib.off)
		return false
	}
	lib.db = db
	lib.showSaveState()
	askToPersist()
	p.listenToTabs()
	open, problems := lib.load()
	lib.render()
	if len(problems) > 0 {
		p.setStatus(problems[0])
		lib.note.Set("textContent", problems[0])
	}
	if p.openPending() { // a long paste whose run a reload cut short comes first (pending.go)
		lib.render()
		return true
	}
	if open == nil {
		return false
	}
	saved := open.keptJS
	sess, err := open.session()
	if err != nil {
		p.setStatus(err.Error() + ".")
		return false
	}
	lib.current = open
	p.openKept(sess)
	p.openedFrom(saved)
	lib.render()
	return true
}

// openKept opens a kept session and shows its reference date in the field too (p.open keeps it
// as the user's but leaves the field to showRef, which fills it only for dates it found).
func (p *page) openKept(sess *edit.Session) {
	p.open(sess)
	if p.userRef != "" {
		p.ref.SetValue(p.userRef)
	}
}

// load reads the library from storage and returns the article that was open. An article whose
// session cannot be read is left in storage untouched and named in problems.
func (l *library) load() (open *article, problems []string) {
	recs := <-l.db.getAll(storeArticles)
	keys := <-l.db.getAllKeys(storeSessions)
	sessions := <-l.db.getAll(storeSessions)
	openID := <-l.db.get(storeMeta, "open")
	deleted := <-l.db.get(storeMeta, "deleted")
	for _, r := range []result{recs, keys, sessions, openID} {
		if r.err != nil {
			return nil, []string{"The kept articles could not be read: " + r.err.Error() + "."}
		}
	}
	byKey := map[string]js.Value{} // the sessions stay JS strings until one is opened
	for i := 0; i < keys.v.Length(); i++ {
		byKey[keys.v.Index(i).String()] = sessions.v.Index(i)
	}
	for i := 0; i < recs.v.Length(); i++ {
		a, err := readArticle(recs.v.Index(i), byKey)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		l.articles = append(l.articles, a)
	}
	sort.SliceStable(l.articles, func(i, j int) bool { return l.articles[i].updated.After(l.articles[j].updated) })
	if openID.v.Type() == js.TypeString {
		open = l.find(openID.v.String())
	}
	if deleted.err == nil && deleted.v.Type() == js.TypeObject {
		s := deleted.v.Get("session")
		if s.Type() == js.TypeString {
			if a, err := readArticle(deleted.v.Get("record"), map[string]js.Value{deleted.v.Get("record").Get("id").String(): s}); err == nil {
				l.deleted = []*article{a}
				l.undo.Set("hidden", false)
				l.undo.Set("textContent", "Undo delete of “"+a.name()+"”")
			}
		}
	}
	return open, problems
}

// readArticle rebuilds an article from its record and the stored sessions, leaving the session
// in its saved form until it is needed.
func readArticle(rec js.Value, sessions map[string]js.Value) (*article, error) {
	id := rec.Get("id").String()
	kept, ok := sessions[id]
	if !ok || kept.Type() != js.TypeString {
		return nil, fmt.Errorf("A kept article (%s) has lost its annotations; it is left in storage untouched.", id)
	}
	a := &article{id: id, keptJS: kept, first: "Untitled article"}
	if t := rec.Get("title"); t.Type() == js.TypeString {
		a.title = t.String()
	}
	if f := rec.Get("first"); f.Type() == js.TypeString {
		a.first = f.String()
	}
	if q := rec.Get("quotes"); q.Type() == js.TypeNumber {
		a.quotes = q.Int()
	}
	if u := rec.Get("updated"); u.Type() == js.TypeNumber {
		a.updated = time.UnixMilli(int64(u.Float()))
	}
	return a, nil
}

// wireLibrary attaches the library's listeners.
func (p *page) wireLibrary() {
	p.on(byID("new-article"), "click", func(js.Value) { p.newArticle() })
	p.on(lib.undo, "click", func(js.Value) { p.undoDelete() })
	p.on(lib.list, "click", p.listClick)
	p.on(lib.list, "keydown", p.listKey)
	p.on(lib.list, "keyup", p.listKey)
}

// registerServiceWorker installs sw.js, which keeps the page's files for offline use, when the
// page is served; a page opened from disk (dist/annotator.html) has none.
func registerServiceWorker() {
	loc := js.Global().Get("location").Get("protocol").String()
	sw := js.Global().Get("navigator").Get("serviceWorker")
	if (loc != "http:" && loc != "https:") || sw.IsUndefined() {
		return
	}
	fail := js.FuncOf(func(_ js.Value, args []js.Value) any {
		js.Global().Get("console").Call("warn", "annotator: no offline copy:", args[0])
		return nil
	})
	sw.Call("register", "sw.js").Call("catch", fail)
}

// askToPersist asks the browser to keep the page's storage under pressure rather than evict it
// (navigator.storage.persist; Chromium grants or refuses it without asking the user).
func askToPersist() {
	st := js.Global().Get("navigator").Get("storage")
	if st.Truthy() && st.Get("persist").Type() == js.TypeFunction {
		st.Call("persist")
	}
}

// byID returns the element with this id, or null.
func byID(id string) js.Value { return js.Global().Get("document").Call("getElementById", id) }

// on listens for events of typ on el (nothing when el is missing). The handler runs with the
// page's panic guard.
func (p *page) on(el js.Value, typ string, handle func(e js.Value)) {
	if !el.Truthy() {
		return
	}
	el.Call("addEventListener", typ, js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer p.recover()
		handle(args[0])
		return nil
	}))
}
