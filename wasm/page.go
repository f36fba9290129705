//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"
	"time"

	"honnef.co/go/js/dom/v2"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
	"github.com/article-annotator/annotator/examples"
	"github.com/article-annotator/annotator/render"
)

// debounce is how long typing must pause before the article is annotated again.
const debounce = 150 * time.Millisecond

// page holds the page's elements and state. Everything runs on the one JS thread; goroutines
// interleave only where they wait, so the state needs no lock.
type page struct {
	doc                          dom.Document
	text                         *dom.HTMLTextAreaElement
	held                         js.Value // a long article's text while text is folded (fold.go)
	ref                          *dom.HTMLInputElement
	refNote, status, view, panel dom.Element
	buttons                      []*dom.HTMLButtonElement

	userRef string      // the reference date the user chose; "" lets the engine look in the text
	refWhy  string      // why userRef is set, for the note next to the field
	timer   *time.Timer // the pending debounced update
	// shownText and shownRef are the text (the text area's JS string, compared in JS and never
	// read into Go for it) and the reference date the view shows, to skip needless updates.
	shownText js.Value
	shownRef  string

	blocks blockView // the article view, drawn a block at a time

	sess *edit.Session // the open article: its document, with the user's corrections, and history
	// lazy is the open article while its session is still in its saved form, as the engine's
	// worker made it (sess is nil then); session() reads it the first time it is needed.
	lazy *article
	work worker    // the engine's worker, for long articles (long.go)
	insp inspector // the box that shows and changes one annotation
	rev  review    // the walk through the machine's suggestions
}

func newPage() *page {
	d := dom.GetWindow().Document()
	p := &page{
		doc:     d,
		text:    d.GetElementByID("article").(*dom.HTMLTextAreaElement),
		ref:     d.GetElementByID("refdate").(*dom.HTMLInputElement),
		refNote: d.GetElementByID("refnote"),
		status:  d.GetElementByID("status"),
		view:    d.GetElementByID("view"),
		panel:   d.GetElementByID("panel"),
	}
	p.blocks.el = p.view.Underlying()
	for _, id := range []string{"example", "download", "copy"} {
		p.buttons = append(p.buttons, d.GetElementByID(id).(*dom.HTMLButtonElement))
	}
	return p
}

// wire attaches the page's event listeners and enables its buttons.
func (p *page) wire() {
	p.text.AddEventListener("input", false, func(e dom.Event) {
		// A paste or a drop is a whole article at once: no need to wait for typing to pause.
		if t := e.Underlying().Get("inputType"); t.Type() == js.TypeString && (t.String() == "insertFromPaste" || t.String() == "insertFromDrop") {
			defer p.recover()
			if !p.editingLong() { // a text the person asked to edit stays shown
				p.fit() // before the browser lays a long one out (fold.go)
			}
			p.update()
			return
		}
		p.schedule()
	})
	p.ref.AddEventListener("change", false, func(dom.Event) { defer p.recover(); p.refChanged() })
	p.buttons[0].AddEventListener("click", false, func(dom.Event) { defer p.recover(); p.loadExample() })
	p.buttons[1].AddEventListener("click", false, func(dom.Event) { defer p.recover(); p.download() })
	p.buttons[2].AddEventListener("click", false, func(dom.Event) { defer p.recover(); p.copyJSON() })
	p.panel.AddEventListener("click", false, p.panelClick)
	for _, typ := range []string{"mouseover", "focusin"} {
		p.view.AddEventListener(typ, false, func(e dom.Event) { p.linkSpeaker(e, true) })
	}
	for _, typ := range []string{"mouseout", "focusout"} {
		p.view.AddEventListener(typ, false, func(e dom.Event) { p.linkSpeaker(e, false) })
	}
	for _, b := range p.buttons {
		b.SetDisabled(false)
	}
	p.wireEditor()
	p.wireFlush()
	p.wireFold()
	p.setStatus("Ready. Paste an article, or try the example.")
	mark("annotator-start-wired", "")
	func() {
		defer p.recover()
		if !p.restore() && p.articleUnits() > 0 { // text typed or restored by the browser before the engine ran
			p.update()
		}
	}()
}

// schedule updates the view once typing pauses.
func (p *page) schedule() {
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(debounce, func() { defer p.recover(); p.update() })
}

// recover keeps the page alive when the engine panics on some text: a panic would end the Go
// program and with it every callback. It says so in the status line and logs the panic.
func (p *page) recover() {
	if r := recover(); r != nil {
		p.recoverValue(r)
	}
}

// recoverValue reports a recovered panic.
func (p *page) recoverValue(r any) {
	p.shownText = js.Null()
	p.setStatus(fmt.Sprintf("The annotator failed on this text (%v). Please report it with the text.", r))
	jsGlobal("console").Call("error", fmt.Sprintf("annotator panic: %v", r))
}

// refChanged takes the user's reference date; clearing the field lets the text decide again.
func (p *page) refChanged() {
	v := p.ref.Value()
	if _, err := annotate.ParseDate(v); err != nil {
		p.setStatus("The reference date must be a date.")
		return
	}
	p.userRef, p.refWhy = v, "set by you; relative dates follow it"
	if p.savedBase().Type() == js.TypeString && isLong(p.articleText(), p.articleUnits()) {
		p.update() // in the engine's worker, without reading the text here (follow.go)
		return
	}
	if text := p.articleText().String(); p.throughSession(text) {
		if !sameText(text, p.session().Doc().Text) {
			p.update() // the typing not yet annotated comes first, as a change of its own
		}
		// Machine dates follow the new reference, as one change that Ctrl+Z undoes; the
		// person's own dates, and those imported with the article, stay as they are.
		p.change(edit.SetReference{Date: v}, "Dates now follow the reference date "+v+".")
		return
	}
	p.update()
}

// loadExample opens the example as a new article of the library; the open one stays as it is.
func (p *page) loadExample() {
	p.update() // keep the typing not yet saved
	p.takeOver()
	doc := annotate.Annotate(examples.Harbour, annotate.Options{ReferenceDate: examples.HarbourReferenceDate})
	lib.current = nil
	p.open(edit.New(doc))
	p.refWhy = "the example's date; relative dates follow it"
	p.refNote.SetTextContent(p.refWhy)
	p.persist()
}

// markShown records the article's text and the reference date as those the view shows.
func (p *page) markShown() {
	p.shownText, p.shownRef = p.articleText(), p.userRef
}

// isLong reports whether a text, a JS string of units UTF-16 code units, has longText bytes or
// more in UTF-8, reading it into Go only when its length (one to three bytes a unit) leaves it
// open.
func isLong(text js.Value, units int) bool {
	switch n := units; {
	case n >= longText:
		return true
	case 3*n < longText:
		return false
	}
	return len(text.String()) >= longText
}

// annotateNow annotates the article with the current reference date.
func (p *page) annotateNow() *annotate.Document {
	return annotate.Annotate(p.articleText().String(), annotate.Options{ReferenceDate: p.userRef})
}

// update annotates the article when its text or reference date changed, and shows it.
func (p *page) update() {
	value, units := p.articleText(), p.articleUnits()
	p.noteFits(value, units)
	p.updateTo(value, units)
}

// updateTo is update for value, the article's text (articleText) of units UTF-16 units.
func (p *page) updateTo(value js.Value, units int) {
	if p.timer != nil {
		p.timer.Stop()
	}
	defer measured("annotator-update", perfNow())
	typed, refNew := !p.shownText.Equal(value), p.shownRef != p.userRef
	if !refNew && !typed {
		return
	}
	p.shownText, p.shownRef = value, p.userRef
	start := time.Now()
	if isLong(value, units) {
		// A long article goes to the worker as the JS string it is: reading 10 MB into Go
		// costs the page's thread hundreds of milliseconds, and its collector more. The
		// worker changes the session it sent last, kept in its history (follow.go), or
		// annotates afresh an article that holds no person's work.
		if base := p.savedBase(); base.Type() == js.TypeString && p.keepsHistory(typed, units) {
			p.work.orderChange(typed, refNew)
			p.annotateInWorker(value, base, "")
			return
		}
		if !p.hasHumanWork() {
			p.annotateInWorker(value, js.Undefined(), "")
			return
		}
	}
	text := value.String()
	if p.throughSession(text) {
		// Keep the article's annotations: the engine runs again on the new text, and what a
		// person made or an import brought keeps its place where its words are still there, as
		// one change that Ctrl+Z undoes.
		if _, err := p.session().Do(edit.SetText{Text: text}); err != nil {
			p.setStatus("The new text could not be annotated: " + err.Error())
			return
		}
		p.redraw("")
		p.persist()
		return
	}
	p.work.cancel()
	p.sess, p.lazy = edit.New(p.annotateNow()), nil
	annotated := time.Now()
	p.closeInspector(false)
	p.reviewStop()
	p.show(start)
	p.tools()
	drawn := time.Now()
	drawnMark(fmt.Sprintf("annotated in %d ms, drawn in %d ms", annotated.Sub(start).Milliseconds(), drawn.Sub(annotated).Milliseconds()))
	p.persist()
	savedMark(fmt.Sprintf("saved in %d ms", time.Since(drawn).Milliseconds()))
}

// drawnMark marks on the page's performance timeline that an article is drawn with its marks
// ('annotator-drawn', whose detail says how long each step took), and 'annotator-painted' once
// the browser has painted it; savedMark that it is kept, in the library and on its way to the
// browser's storage, and its panel drawn ('annotator-saved'). They are for tests, benchmarks and
// curious people.
func drawnMark(detail string) {
	mark("annotator-drawn", detail)
	var frame js.Func
	frame = js.FuncOf(func(js.Value, []js.Value) any {
		frame.Release()
		afterTask(func() { mark("annotator-painted", "") }) // after the frame the callback is part of
		return nil
	})
	js.Global().Call("requestAnimationFrame", frame)
}

func savedMark(detail string) { mark("annotator-saved", detail) }

func mark(name, detail string) {
	perf := jsGlobal("performance")
	if perf.Get("mark").Type() == js.TypeFunction {
		perf.Call("mark", name, map[string]any{"detail": detail})
	}
}

// open shows a session kept or imported earlier, as it was left: its text, reference date and
// annotations, without annotating again.
func (p *page) open(sess *edit.Session) {
	if p.timer != nil {
		p.timer.Stop()
	}
	doc := sess.Doc()
	p.work.cancel()
	p.sess, p.lazy = sess, nil
	p.setText(js.ValueOf(doc.Text))
	p.userRef, p.refWhy = userRefOf(doc), ""
	if p.userRef != "" {
		p.refWhy = "set with this article; relative dates follow it"
	}
	p.markShown()
	p.closeInspector(false)
	p.reviewStop()
	p.show(time.Now())
	p.tools()
}

// show draws the session's document: the rendered text, the panel, the reference date and the
// counts in the status line. start is when the work for it began, for the status line's title.
func (p *page) show(start time.Time) {
	doc := p.session().Doc()
	// The view is drawn a block at a time (view.go), the panel with one innerHTML: both far
	// faster than building elements one by one.
	if doc.Text == "" {
		p.blocks.clear(`<p class="empty">The annotated article appears here.</p>`)
	} else {
		p.blocks.draw(goBlocks{render.Blocks(doc, blockSource)})
	}
	p.panel.Underlying().Set("innerHTML", render.Panel(doc))
	p.showRef(doc)
	mentions := 0
	for _, s := range doc.Speakers {
		mentions += len(s.Mentions)
	}
	p.setStatus(fmt.Sprintf("%s (%s), %s, %s.", plural(len(doc.Speakers), "speaker"), plural(mentions, "mention"),
		plural(len(doc.Quotes), "quote"), plural(len(doc.Dates), "date")))
	// The time goes in the title, not the text, so that screenshots of the same article match.
	p.status.SetAttribute("title", fmt.Sprintf("annotated and shown in %d ms", time.Since(start).Milliseconds()))
}

// showRef fills the reference date field when the user has not chosen one, and says where the
// date came from.
func (p *page) showRef(doc *annotate.Document) {
	switch {
	case p.userRef != "":
		p.ref.SetValue(p.userRef)
		p.refNote.SetTextContent(p.refWhy)
	case doc.ReferenceDate != nil && doc.ReferenceDateFrom != nil:
		p.ref.SetValue(*doc.ReferenceDate)
		p.refNote.SetTextContent(fmt.Sprintf("from the text: “%s”", doc.ReferenceDateFrom.Text))
	case doc.ReferenceDate != nil:
		p.ref.SetValue(*doc.ReferenceDate)
		p.refNote.SetTextContent("")
	default:
		p.ref.SetValue("")
		p.refNote.SetTextContent("none found; set one to resolve “last week”")
	}
}

func (p *page) setStatus(s string) { p.status.SetTextContent(s) }

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// jsGlobal is a short hand for the few calls honnef's wrappers do not cover.
func jsGlobal(name string) js.Value { return js.Global().Get(name) }

// perfNow is the page's clock (performance.now), in milliseconds, for measured.
func perfNow() float64 { return jsGlobal("performance").Call("now").Float() }

// measured puts name on the page's performance timeline, from start to now, so that tests and
// curious people can see how long the page's thread spent on it.
func measured(name string, start float64) {
	if perf := jsGlobal("performance"); perf.Get("measure").Type() == js.TypeFunction {
		perf.Call("measure", name, map[string]any{"start": start})
	}
}
