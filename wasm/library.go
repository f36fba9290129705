//go:build js && wasm

package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall/js"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
)

// article is one article of the library: its session (document and history) and its name. An
// article read from storage stays in its saved form (kept) until it is opened or exported, so
// that a library of long articles starts quickly; its name and count of quotes come from its
// record until then.
type article struct {
	id      string
	title   string // the name the user gave it; "" names it after its first line
	updated time.Time
	sess    *edit.Session // nil until read from kept
	kept    string        // the session as Session.Marshal wrote it, while sess is nil
	// keptJS, when set, is the same as a JS string, as the engine's worker wrote it (worker.go) or
	// storage gave it back (store.go): it stays out of Go's memory until someone needs the session
	keptJS js.Value
	first  string // the name from the first line, and the number of quotes, as recorded
	quotes int
}

// session reads the article's session from its saved form, the first time it is needed.
func (a *article) session() (*edit.Session, error) {
	if a.sess == nil {
		kept := a.kept
		if a.keptJS.Type() == js.TypeString {
			kept = a.keptJS.String()
		}
		s, err := edit.Unmarshal([]byte(kept))
		if err != nil {
			return nil, fmt.Errorf("“%s” could not be read (%v); it is left in storage untouched", a.name(), err)
		}
		a.sess, a.kept, a.keptJS = s, "", js.Value{}
	}
	return a.sess, nil
}

// name is what the library shows: the user's name, else the article's first line.
func (a *article) name() string {
	if a.title != "" {
		return a.title
	}
	return a.firstLine()
}

// firstLine names the article after its first line.
func (a *article) firstLine() string {
	if a.sess == nil {
		return a.first
	}
	return titleOf(a.sess.Doc().Text)
}

// quoteCount is the number of quotes the library shows for the article.
func (a *article) quoteCount() int {
	if a.sess == nil {
		return a.quotes
	}
	return len(a.sess.Doc().Quotes)
}

// titleOf names an article after its first non-blank line, as render.FileName does for
// downloads: Markdown markers at the start dropped, spaces collapsed, at most 60 characters.
func titleOf(text string) string {
	for rest := text; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n") // not Split: a long article's title is in its first lines
		l = strings.TrimLeftFunc(l, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("#>*-+", r) })
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			continue
		}
		if utf8.RuneCountInString(l) > 60 {
			l = strings.TrimSpace(string([]rune(l)[:59])) + "…"
		}
		return l
	}
	return "Untitled article"
}

// library is the page's articles, most recently changed first. It lives in memory, and every
// change is written through to IndexedDB when the browser lets the page keep data; when it does
// not (db is nil), the library lasts as long as the tab. The page has one library.
type library struct {
	db       *idb
	off      string // why storage is off or failing, "" while saves succeed
	pending  int    // writes started and not yet landed
	articles []*article
	current  *article // the open article; nil until a new one gets its first text
	pend     pending  // the long paste kept until its session is stored (pending.go)
	// deleted are the articles deleted in this tab, the last last, for "Undo delete"; storage
	// keeps the last of them, so that after a reload only that one comes back
	deleted []*article

	list, undo, note js.Value // the list, the Undo delete button, the storage note
	renaming         string   // the id of the article whose name is being edited
	enterIn          js.Value // the rename field where Enter went down, until it comes up
}

var lib library

// lastMilli is the time part of the last id made, so that ids made in the same millisecond (an
// import of several files) still sort in the order they were made.
var lastMilli int64

// newArticleID makes an id that sorts by creation time and does not collide across tabs.
func newArticleID() string {
	ms := max(time.Now().UnixMilli(), lastMilli+1)
	lastMilli = ms
	return fmt.Sprintf("a%011x%04x", ms, rand.IntN(1<<16))
}

// add puts a session in the library as a new article with this id, first in the list, and saves
// it.
func (l *library) add(p *page, sess *edit.Session, id string) *article {
	a := &article{id: id, updated: time.Now(), sess: sess}
	l.articles = append([]*article{a}, l.articles...)
	l.save(p, a)
	return a
}

// find returns the article with this id, or nil.
func (l *library) find(id string) *article {
	for _, a := range l.articles {
		if a.id == id {
			return a
		}
	}
	return nil
}

// remove takes a out of the list.
func (l *library) remove(a *article) {
	for i, b := range l.articles {
		if b == a {
			l.articles = append(l.articles[:i], l.articles[i+1:]...)
			return
		}
	}
}

// touch moves a to the front of the list, as the most recently changed.
func (l *library) touch(a *article) {
	a.updated = time.Now()
	for i, b := range l.articles {
		if b == a {
			copy(l.articles[1:i+1], l.articles[:i])
			l.articles[0] = a
			return
		}
	}
}

// openArticle shows a kept article, as it was left.
func (p *page) openArticle(a *article) {
	p.update()   // keep what the debounce has not saved yet
	p.takeOver() // and a long article the workers have not finished
	saved := a.keptJS
	sess, err := a.session()
	if err != nil {
		p.setStatus(err.Error() + ".")
		return
	}
	lib.current = a
	p.stopEditing() // the text area shown for the article left folds for this one
	p.openKept(sess)
	p.openedFrom(saved)
	lib.saveOpen(p)
	lib.render()
	p.setStatus("Opened “" + a.name() + "”.")
}

// newArticle leaves the open article (it is saved already) for an empty one, which joins the
// library when it gets its first text.
func (p *page) newArticle() {
	p.update()
	p.takeOver()
	lib.current = nil
	p.open(edit.New(emptyDoc()))
	lib.saveOpen(p)
	lib.render()
	p.text.Focus()
	p.setStatus("New article: paste or type it.")
}

func emptyDoc() *annotate.Document {
	return &annotate.Document{Schema: annotate.Schema, Speakers: []annotate.Speaker{}, Quotes: []annotate.Quote{}, Dates: []annotate.Date{}}
}

// deleteArticle removes an article, keeping it for "Undo delete", which brings back the deleted
// articles one by one, the last first. The open article's place is taken by the next in the
// list, or by a new empty one.
func (p *page) deleteArticle(a *article) {
	if a == lib.current {
		p.takeOver() // the paste still annotated goes with the article, and Undo delete brings it back
	}
	lib.remove(a)
	lib.deleted = append(lib.deleted, a)
	if lib.db != nil {
		writes := []write{{store: storeArticles, del: true, key: a.id}, {store: storeSessions, del: true, key: a.id}}
		writes = append(writes, keepDeleted(a)...)
		lib.watch(p, lib.afterWorker(func() []write { return writes }), tabNews{"deleted", a.id})
	}
	if lib.current == a {
		if len(lib.articles) > 0 {
			p.openArticle(lib.articles[0])
		} else {
			p.newArticle()
		}
	}
	lib.render()
	showUndoDelete()
	p.setStatus("Deleted “" + a.name() + "”. Undo delete brings it back.")
}

// afterWorker starts the writes that writes gives once the write of a long article on its way in
// the engine's worker, if any, has landed (store.go: inWorker), and reports how they went. The
// worker's write, or the page's own when the worker cannot make it, may otherwise land after
// them: a delete started while a long article was being stored brought the article back.
func (l *library) afterWorker(writes func() []write) <-chan error {
	if inWorker == nil {
		return l.db.apply(writes()...)
	}
	before, after := inWorker, make(chan struct{})
	inWorker = after
	landed := make(chan error, 1)
	go func() {
		<-before
		landed <- <-l.db.apply(writes()...)
		if inWorker == after {
			inWorker = nil
		}
		close(after)
	}()
	return landed
}

// keepDeleted is the write that keeps a, the last deleted article, for Undo delete after a
// reload (nil a forgets it).
func keepDeleted(a *article) []write {
	if a == nil {
		return []write{{store: storeMeta, key: "deleted", del: true}}
	}
	kept, err := a.saved()
	if err != nil {
		return nil
	}
	return []write{{store: storeMeta, key: "deleted", value: map[string]any{"record": a.record(), "session": kept}}}
}

// showUndoDelete shows the Undo delete button, naming the article it brings back and how many
// more are there to bring back after it, or hides it.
func showUndoDelete() {
	n := len(lib.deleted)
	lib.undo.Set("hidden", n == 0)
	if n == 0 {
		return
	}
	label := "Undo delete of “" + lib.deleted[n-1].name() + "”"
	if n > 1 {
		label += fmt.Sprintf(" (%d more after it)", n-1)
	}
	lib.undo.Set("textContent", label)
}

// undoDelete brings back the last deleted article and opens it.
func (p *page) undoDelete() {
	n := len(lib.deleted)
	if n == 0 {
		return
	}
	a := lib.deleted[n-1]
	lib.deleted = lib.deleted[:n-1]
	lib.articles = append([]*article{a}, lib.articles...)
	if lib.db != nil {
		var next *article
		if len(lib.deleted) > 0 {
			next = lib.deleted[len(lib.deleted)-1]
		}
		lib.db.apply(keepDeleted(next)...)
	}
	lib.save(p, a)
	p.openArticle(a)
	showUndoDelete()
	if len(lib.deleted) > 0 {
		lib.undo.Call("focus") // the next press brings back the one deleted before
	} else {
		p.focusArticle(a.id, "open") // the Undo delete button is gone; keep the keyboard's place
	}
	p.setStatus("Brought back “" + a.name() + "”.")
}

// rename gives an article a name of the user's; an empty name goes back to its first line.
func (p *page) rename(a *article, name string) {
	a.title = strings.Join(strings.Fields(name), " ")
	lib.renaming = ""
	lib.save(p, a)
	lib.render()
	p.setStatus("Renamed to “" + a.name() + "”.")
}

// render draws the library list: each article a button that opens it, with Rename and Delete.
// It builds elements, not HTML, so titles need no escaping.
func (l *library) render() {
	if l.list.IsUndefined() {
		return
	}
	doc := js.Global().Get("document")
	el := func(tag, class, text string) js.Value {
		e := doc.Call("createElement", tag)
		if class != "" {
			e.Set("className", class)
		}
		if text != "" {
			e.Set("textContent", text)
		}
		return e
	}
	button := func(class, text, label string) js.Value {
		b := el("button", class, text)
		b.Set("type", "button")
		if label != "" {
			b.Call("setAttribute", "aria-label", label)
		}
		return b
	}
	l.list.Set("textContent", "")
	if len(l.articles) == 0 {
		l.list.Call("appendChild", el("li", "empty", "No articles yet: paste one, or drop files here."))
	}
	for _, a := range l.articles {
		li := el("li", "article", "")
		li.Get("dataset").Set("id", a.id)
		name := a.name()
		if a.id == l.renaming {
			in := el("input", "rename-field", "")
			in.Set("type", "text")
			in.Set("value", name)
			in.Call("setAttribute", "aria-label", "New name for “"+name+"” (Enter saves, Escape cancels)")
			li.Call("appendChild", in)
			li.Call("appendChild", button("save", "Save", ""))
			li.Call("appendChild", button("cancel", "Cancel", ""))
			l.list.Call("appendChild", li)
			in.Call("focus")
			in.Call("select")
			continue
		}
		open := button("open", "", "")
		if a == l.current {
			li.Get("classList").Call("add", "current")
			open.Call("setAttribute", "aria-current", "true")
		}
		open.Call("appendChild", el("span", "title", name))
		open.Call("appendChild", el("span", "meta", fmt.Sprintf("%s · %s", plural(a.quoteCount(), "quote"), a.updated.Local().Format("2 Jan 15:04"))))
		li.Call("appendChild", open)
		li.Call("appendChild", button("rename", "Rename", "Rename “"+name+"”"))
		li.Call("appendChild", button("delete", "Delete", "Delete “"+name+"”"))
		l.list.Call("appendChild", li)
	}
}

// listClick acts on a click in the library list: open, rename, save, cancel or delete.
func (p *page) listClick(e js.Value) {
	btn := e.Get("target").Call("closest", "button")
	li := e.Get("target").Call("closest", "li.article")
	if btn.IsNull() || li.IsNull() {
		return
	}
	a := lib.find(li.Get("dataset").Get("id").String())
	if a == nil {
		return
	}
	switch btn.Get("className").String() {
	case "open":
		if a != lib.current {
			p.openArticle(a)
		}
	case "rename":
		lib.renaming = a.id
		lib.render()
	case "save":
		p.rename(a, li.Call("querySelector", "input").Get("value").String())
		p.focusArticle(a.id, "rename")
	case "cancel":
		lib.renaming = ""
		lib.render()
		p.focusArticle(a.id, "rename")
	case "delete":
		p.deleteArticle(a)
		lib.undo.Call("focus")
	}
}

// listKey saves a rename on Enter and cancels it on Escape. Enter counts when it is released
// in the field where it was pressed: acting on the press would move the focus to the Rename
// button while the key is still down, and the rest of the key press would click it again.
func (p *page) listKey(e js.Value) {
	t := e.Get("target")
	if !t.Get("classList").Call("contains", "rename-field").Bool() {
		return
	}
	a := lib.find(t.Call("closest", "li.article").Get("dataset").Get("id").String())
	if a == nil {
		return
	}
	switch k := e.Get("key").String(); {
	case k == "Enter" && e.Get("type").String() == "keydown":
		e.Call("preventDefault")
		lib.enterIn = t
	case k == "Enter" && lib.enterIn.Equal(t):
		lib.enterIn = js.Undefined()
		p.rename(a, t.Get("value").String())
		p.focusArticle(a.id, "rename")
	case k == "Escape" && e.Get("type").String() == "keydown":
		e.Call("preventDefault")
		e.Call("stopPropagation")
		lib.renaming = ""
		lib.render()
		p.focusArticle(a.id, "rename")
	}
}

// focusArticle puts the keyboard focus back on a button of an article's entry after the list
// is drawn again, so that keyboard users keep their place.
func (p *page) focusArticle(id, class string) {
	sel := `li.article[data-id="` + js.Global().Get("CSS").Call("escape", id).String() + `"] button.` + class
	if b := lib.list.Call("querySelector", sel); !b.IsNull() {
		b.Call("focus")
	}
}
