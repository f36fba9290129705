//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"syscall/js"
	"time"
	"unicode"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
)

// This file is the page's side of editing: it turns selections into offsets, applies edit ops to
// the open session, redraws and saves after each, and finds the marks of an annotation again
// after a redraw. What the ops do is package edit's business.

// wireEditor attaches the editor's listeners: the toolbar, the keyboard, clicks on marks, the
// inspector, the review bar and the help dialog.
func (p *page) wireEditor() {
	for _, kind := range []string{edit.KindSpeaker, edit.KindQuote, edit.KindDate} {
		b := elem("add-" + kind)
		// Pressing the button must not take away the selection it is about.
		p.listen(b, "mousedown", func(ev js.Value) { ev.Call("preventDefault") })
		p.listen(b, "click", func(js.Value) { p.addSpan(kind, true) })
	}
	p.listen(elem("undo"), "click", func(js.Value) { p.undo() })
	p.listen(elem("redo"), "click", func(js.Value) { p.redo() })
	p.listen(jsGlobal("document"), "keydown", p.keydown)
	p.listen(p.view.Underlying(), "click", func(ev js.Value) {
		m := ev.Get("target").Call("closest", "mark[data-kind]")
		if m.IsNull() || !jsGlobal("getSelection").Invoke().Get("isCollapsed").Bool() {
			return // not a mark, or the end of a drag that selected text
		}
		p.inspect(refOf(m), false)
		p.focusRef(refOf(m))
	})
	// Focusing a mark shows it in the inspector, without taking the focus there: Tab walks the
	// annotations with their details shown. The mark whose inspector the person just closed
	// gets the focus back without opening it again.
	p.listen(p.view.Underlying(), "focusin", func(ev js.Value) {
		m := ev.Get("target")
		if m.Get("tagName").String() != "MARK" || m.Call("getAttribute", "data-kind").IsNull() {
			return
		}
		if ref := refOf(m); ref != p.insp.ref && ref != p.insp.dismissed {
			p.inspect(ref, false)
		}
	})
	p.wireInspector()
	p.wireReview()
	p.wireHelp()
	p.tools()
}

// busy reports whether a run of the engine's workers is on, and says then in the status line
// that the article's marks can be changed once it is done. Until then the view shows the top of
// the new article with no session behind it yet (or, before the top comes, the article the paste
// replaced), so an edit, an undo or the inspector would act on nothing, or on the wrong article.
// Annotating the text here instead would stall the page for seconds on a long one, which the
// workers are there to spare it.
func (p *page) busy() bool {
	if !p.work.running {
		return false
	}
	p.setStatus("Still annotating this long article in the background: its marks can be changed once it is done.")
	return true
}

// waitForRun keeps an undo or redo (op) asked for while a run of the engine's workers is on, to
// make once the run is done (workMessage), and says so; it reports whether it kept it. The run
// may be the very change the person means to undo, typing handed to the workers, so refusing
// would leave them to guess when to ask again, and the run's result would replace the refusal
// in the status line. A newer run or a failure forgets it.
func (p *page) waitForRun(op string) bool {
	if !p.work.running {
		return false
	}
	p.work.after = op
	p.setStatus("Still annotating this long article in the background: the " + op + " follows once it is done.")
	return true
}

// historyAfterRun makes the undo or redo that waitForRun kept, once the run is over.
func (p *page) historyAfterRun() {
	op := p.work.after
	p.work.after = ""
	switch op {
	case "undo":
		p.undo()
	case "redo":
		p.redo()
	}
}

// takeOver does on the page's thread what a run of the engine's workers still on does, and makes
// the result the open article, kept in the library: it annotates the article, or, for a run that
// changes a long article's saved session (follow.go), makes that change of the session, which
// keeps its history. It is for what must not wait for the run nor lose it: leaving the article
// (New article, opening another, the example, deleting it) while the pasted text is in no
// article yet or its change in no session, and an export, which must give the article as it is
// now. It costs the page's thread about a second a megabyte, once; the run's later messages are
// dropped.
func (p *page) takeOver() {
	w := &p.work
	if !w.running {
		return
	}
	defer measured("annotator-takeover", perfNow())
	after := w.after // an undo or redo asked for during the run comes after it, here too
	w.cancel()
	if w.changes {
		g := &again{saved: w.base.String(), op: w.op, refFirst: w.refFirst()}
		s, textChanged := g.apply(p.articleText().String(), p.userRef)
		p.sess, p.lazy = s, nil
		if textChanged && w.op != "" { // an undo or redo: the text area follows
			p.setText(js.ValueOf(s.Doc().Text))
		}
		p.followRef(s.Doc())
	} else {
		p.sess, p.lazy = edit.New(p.annotateNow()), nil
	}
	p.markShown()
	p.show(time.Now())
	p.tools()
	p.persist()
	w.after = after
	p.historyAfterRun()
}

// change applies op to the open session, redraws, saves, and says done in the status line. It
// returns the reference of the annotation the op made or changed, or "" when the op was refused
// (the status line says why).
func (p *page) change(op edit.Op, done string) string {
	if p.busy() {
		return ""
	}
	if p.session() == nil || p.session().Doc().Text == "" {
		p.setStatus("Paste an article first.")
		return ""
	}
	ref, err := p.session().Do(op)
	if err != nil {
		p.setStatus("Not changed: " + err.Error())
		return ""
	}
	p.redraw(ref)
	p.persist()
	if done != "" {
		p.setStatus(strings.ReplaceAll(done, "%ref", ref))
	}
	return ref
}

// undo and redo step through the session's history.
func (p *page) undo() {
	if p.waitForRun("undo") || p.historyInWorker("undo") {
		return
	}
	if p.session() == nil || !p.session().Undo() {
		p.setStatus("Nothing to undo.")
		return
	}
	p.afterHistory(label("Undone", p.session().RedoLabel()) + ".")
}

func (p *page) redo() {
	if p.waitForRun("redo") || p.historyInWorker("redo") {
		return
	}
	if p.session() == nil || !p.session().Redo() {
		p.setStatus("Nothing to redo.")
		return
	}
	p.afterHistory(label("Redone", p.session().UndoLabel()) + ".")
}

// afterHistory redraws after an undo or redo. Either may change the text (an undone SetText) or
// the reference date (an undone SetReference), so the text area and the date field follow the
// document.
func (p *page) afterHistory(done string) {
	doc := p.session().Doc()
	if !sameText(p.articleText().String(), doc.Text) {
		p.setText(js.ValueOf(doc.Text))
	}
	p.followRef(doc)
	p.redraw(p.insp.ref)
	p.persist()
	p.setStatus(done)
}

// redraw shows the session's document after a change and keeps the editor's state in step: the
// shown key (so that the next input event does not annotate again), the toolbar, the inspector
// (on ref when it still exists, closed otherwise), the review, and the focus on ref's mark.
func (p *page) redraw(ref string) {
	doc := p.session().Doc()
	p.markShown()
	hadFocus := p.focusedRef()
	p.show(time.Now())
	p.tools()
	if p.insp.open() {
		if ref != "" && exists(doc, ref) {
			p.inspect(ref, false)
		} else if exists(doc, p.insp.ref) {
			p.inspect(p.insp.ref, false)
		} else {
			p.closeInspector(false)
		}
	}
	if p.rev.on {
		p.reviewShow()
		return
	}
	// A highlight that had the focus keeps it, or passes it to the one the change made (a resize
	// of a mention may renumber it); the focus in the inspector or the text area stays there.
	switch {
	case ref != "" && exists(doc, ref) && (hadFocus != "" || !p.insp.open()):
		p.focusRef(ref)
	case hadFocus != "" && exists(doc, hadFocus):
		p.focusRef(hadFocus)
	}
}

// tools enables the toolbar's buttons as the session allows.
func (p *page) tools() {
	has := p.lazy != nil || (p.sess != nil && p.sess.Doc().Text != "")
	for _, id := range []string{"add-speaker", "add-quote", "add-date", "review-start"} {
		elem(id).Set("disabled", !has)
	}
	undo, redo := "", ""
	switch {
	case p.sess != nil:
		undo, redo = p.sess.UndoLabel(), p.sess.RedoLabel()
	case p.lazy != nil: // an article still in its saved form: the worker said what its history holds
		undo, redo = p.work.undo, p.work.redo
	}
	// The buttons say what they would undo or redo.
	elem("undo").Set("disabled", undo == "")
	elem("undo").Set("title", label("Undo", undo)+" (Ctrl+Z)")
	elem("redo").Set("disabled", redo == "")
	elem("redo").Set("title", label("Redo", redo)+" (Ctrl+Shift+Z)")
	elem("help-open").Set("disabled", false)
}

func label(verb, what string) string {
	if what == "" {
		return verb
	}
	return verb + ": " + what
}

// addSpan marks the selection in the article as a span of kind. From the toolbar, a selection
// in the text area does too, so that a person can select with the keyboard there.
func (p *page) addSpan(kind string, fromToolbar bool) {
	s, e, ok := p.viewSelection()
	if !ok && fromToolbar {
		s, e, ok = p.textAreaSelection()
	}
	if !ok {
		p.setStatus("Select some text in the article first (or in the text area, then use the toolbar).")
		return
	}
	ref := p.change(edit.Add{Kind: kind, Start: s, End: e}, "")
	if ref == "" {
		return
	}
	jsGlobal("getSelection").Invoke().Call("removeAllRanges")
	p.setStatus("Added " + kindWord(kind) + " " + ref + ": " + quoted(spanText(p.session().Doc(), ref), 60) + ".")
}

// textAreaSelection is the text area's selection in code points of the document, when the text
// area shows the document's text (a text area shows a CRLF or CR line end as one "\n", which
// areaToDoc maps back).
func (p *page) textAreaSelection() (start, end int, ok bool) {
	ta := p.text.Underlying()
	a, b := ta.Get("selectionStart").Int(), ta.Get("selectionEnd").Int()
	v, text := p.text.Value(), p.session().Doc().Text
	if a >= b || !sameText(v, text) {
		return 0, 0, false
	}
	s, e := utf16ToRunes(v, a, false), utf16ToRunes(v, b, true)
	if v != text {
		s, e = areaToDoc(text, s), areaToDoc(text, e)
	}
	return s, e, s < e
}

// viewSelection maps the selection in the article view to code points of the source, through
// the runs render writes (<span data-o>; see render/anchors.go).
func (p *page) viewSelection() (start, end int, ok bool) {
	sel := jsGlobal("getSelection").Invoke()
	if sel.IsNull() || sel.Get("rangeCount").Int() == 0 || sel.Get("isCollapsed").Bool() {
		return 0, 0, false
	}
	r := sel.Call("getRangeAt", 0)
	view := p.view.Underlying()
	if !view.Call("contains", r.Get("startContainer")).Bool() || !view.Call("contains", r.Get("endContainer")).Bool() {
		return 0, 0, false
	}
	start = p.boundary(r.Get("startContainer"), r.Get("startOffset").Int(), false)
	end = p.boundary(r.Get("endContainer"), r.Get("endOffset").Int(), true)
	return start, end, start < end
}

// boundary maps one boundary point of a DOM range to a code point offset of the source. Inside a
// run it counts the code points shown before the point; elsewhere (between blocks, in markup that
// is not shown) it takes the start of the next run, or for an end the end of the previous one.
func (p *page) boundary(node js.Value, offset int, isEnd bool) int {
	el := node
	if node.Get("nodeType").Int() != 1 {
		el = node.Get("parentElement")
	}
	if !el.IsNull() {
		if run := el.Call("closest", "[data-o]"); !run.IsNull() && p.view.Underlying().Call("contains", run).Bool() {
			before := jsGlobal("document").Call("createRange")
			before.Call("selectNodeContents", run)
			before.Call("setEnd", node, offset)
			n := runeCount(before.Call("toString").String())
			o, e, shown := runBounds(run)
			if e >= 0 { // an escape or entity: a point inside it goes to one of its ends
				if (isEnd && n > 0) || (!isEnd && n >= shown) {
					return e
				}
				return o
			}
			return o + n
		}
	}
	runs := p.view.Underlying().Call("querySelectorAll", "[data-o]")
	count := runs.Get("length").Int()
	if count == 0 {
		return 0
	}
	at := jsGlobal("document").Call("createRange")
	at.Call("setStart", node, offset)
	at.Call("collapse", true)
	// The first run that starts after the point.
	lo, hi := 0, count
	for lo < hi {
		mid := (lo + hi) / 2
		if at.Call("comparePoint", runs.Index(mid), 0).Int() > 0 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	if !isEnd {
		if lo == count {
			o, e, shown := runBounds(runs.Index(count - 1))
			return runEnd(o, e, shown)
		}
		o, _, _ := runBounds(runs.Index(lo))
		return o
	}
	if lo == 0 {
		o, _, _ := runBounds(runs.Index(0))
		return o
	}
	return runEnd(runBounds(runs.Index(lo - 1)))
}

// runBounds reads a run's source start, its source end when it carries one (-1 otherwise), and
// the number of code points it shows.
func runBounds(run js.Value) (o, e, shown int) {
	o, _ = strconv.Atoi(run.Call("getAttribute", "data-o").String())
	e = -1
	if v := run.Call("getAttribute", "data-e"); !v.IsNull() {
		e, _ = strconv.Atoi(v.String())
	}
	return o, e, runeCount(run.Get("textContent").String())
}

func runEnd(o, e, shown int) int {
	if e >= 0 {
		return e
	}
	return o + shown
}

// runeCount counts the code points of a string from JavaScript. Go receives it as UTF-8 with
// any unpaired surrogate replaced, one for one, by U+FFFD.
func runeCount(s string) int { return len([]rune(s)) }

// utf16ToRunes converts a UTF-16 offset into s (as a text area's selection gives) to code
// points. An offset between the two halves of a surrogate pair goes before the character for a
// start and after it for an end.
func utf16ToRunes(s string, units int, isEnd bool) int {
	u, n := 0, 0
	for _, r := range s {
		if u >= units {
			return n
		}
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if u+w > units && !isEnd {
			return n
		}
		u += w
		n++
	}
	return n
}

// markSelector is the CSS selector of the marks of an annotation: "q3", "d2", a speaker "s1" (all
// its mentions), or a mention "s1.m2".
func markSelector(ref string) string {
	esc := func(s string) string { return jsGlobal("CSS").Call("escape", s).String() }
	if r, err := edit.ParseRef(ref); err == nil && r.Mention > 0 {
		return `mark[data-kind="speaker"][data-id="` + esc(r.ID) + `"][data-m="` + strconv.Itoa(r.Mention) + `"]`
	}
	return `mark[data-id="` + esc(ref) + `"]`
}

// refOf returns the reference of the annotation a mark shows.
func refOf(m js.Value) string {
	id := m.Call("getAttribute", "data-id").String()
	if m.Call("getAttribute", "data-kind").String() == edit.KindSpeaker {
		return id + ".m" + m.Call("getAttribute", "data-m").String()
	}
	return id
}

// focusRef focuses the first mark of ref (its tab stop) and brings it into view. It reports
// whether the annotation is shown at all (a span made only of Markdown markup is not).
func (p *page) focusRef(ref string) bool {
	p.blocks.drawRef(ref)
	m := p.view.Underlying().Call("querySelector", markSelector(ref))
	if m.IsNull() {
		return false
	}
	m.Call("focus", map[string]any{"preventScroll": true})
	m.Call("scrollIntoView", map[string]any{"block": "nearest"})
	return true
}

// outline gives the marks of ref, and only those, the class cls ("" takes it from all).
func (p *page) outline(cls, ref string) {
	view := p.view.Underlying()
	old := view.Call("querySelectorAll", "mark."+cls)
	for k := 0; k < old.Get("length").Int(); k++ {
		old.Index(k).Get("classList").Call("remove", cls)
	}
	if ref == "" {
		return
	}
	p.blocks.drawRef(ref)
	ms := view.Call("querySelectorAll", markSelector(ref))
	for k := 0; k < ms.Get("length").Int(); k++ {
		ms.Index(k).Get("classList").Call("add", cls)
	}
}

// focusedRef is the reference of the mark that has the focus, or "".
func (p *page) focusedRef() string {
	m := p.focusedMark()
	if m.IsNull() {
		return ""
	}
	return refOf(m)
}

// focusedMark is the mark in the article view that has the focus, or null.
func (p *page) focusedMark() js.Value {
	a := jsGlobal("document").Get("activeElement")
	if a.IsNull() || !p.view.Underlying().Call("contains", a).Bool() || a.Get("tagName").String() != "MARK" {
		return js.Null()
	}
	return a
}

// exists reports whether ref names an annotation of doc.
func exists(doc *annotate.Document, ref string) bool {
	if ref == "" {
		return false
	}
	_, ok := lookup(doc, ref)
	return ok
}

// found is what the page needs of one annotation: its kind ("speaker" for a mention, "person"
// for a speaker as a whole), span, who made it, and the speaker it belongs to or is linked to.
type found struct {
	kind    string
	span    annotate.Span
	by      string
	speaker *annotate.Speaker
	quote   *annotate.Quote
	date    *annotate.Date
}

// lookup finds ref in doc.
func lookup(doc *annotate.Document, ref string) (found, bool) {
	r, err := edit.ParseRef(ref)
	if err != nil {
		return found{}, false
	}
	speaker := func(id string) *annotate.Speaker {
		for i := range doc.Speakers {
			if doc.Speakers[i].ID == id {
				return &doc.Speakers[i]
			}
		}
		return nil
	}
	if r.Mention > 0 {
		s := speaker(r.ID)
		if s == nil || r.Mention > len(s.Mentions) {
			return found{}, false
		}
		m := s.Mentions[r.Mention-1]
		return found{kind: edit.KindSpeaker, span: m.Span, by: m.By, speaker: s}, true
	}
	for i := range doc.Quotes {
		if q := &doc.Quotes[i]; q.ID == r.ID {
			f := found{kind: edit.KindQuote, span: q.Span, by: q.By, quote: q}
			if q.Speaker != nil {
				f.speaker = speaker(*q.Speaker)
			}
			return f, true
		}
	}
	for i := range doc.Dates {
		if d := &doc.Dates[i]; d.ID == r.ID {
			return found{kind: edit.KindDate, span: d.Span, by: d.By, date: d}, true
		}
	}
	if s := speaker(r.ID); s != nil {
		return found{kind: "person", by: annotate.ByHuman, speaker: s}, true
	}
	return found{}, false
}

func spanText(doc *annotate.Document, ref string) string {
	f, _ := lookup(doc, ref)
	if f.kind == "person" {
		return f.speaker.Name
	}
	return f.span.Text
}

// resize moves the start or the end of the focused span by one word: which is '[' (start left),
// ']' (start right), '{' (end left) or '}' (end right).
func (p *page) resize(ref, which string) {
	doc := p.session().Doc()
	f, ok := lookup(doc, ref)
	if !ok || f.kind == "person" {
		return
	}
	runes := []rune(doc.Text)
	s, e := f.span.Start, f.span.End
	switch which {
	case "[":
		s = wordStartBefore(runes, s)
	case "]":
		s = wordStartAfter(runes, s)
	case "{":
		e = wordEndBefore(runes, e)
	case "}":
		e = wordEndAfter(runes, e)
	}
	if s >= e {
		p.setStatus("A highlight cannot become empty: press Delete to remove it.")
		return
	}
	if s == f.span.Start && e == f.span.End {
		p.setStatus("It cannot move further that way.")
		return
	}
	if nref := p.change(edit.Resize{Ref: ref, Start: s, End: e}, ""); nref != "" {
		p.setStatus("Now " + quoted(spanText(p.session().Doc(), nref), 80) + ".")
	}
}

// The four word steps. A word is a run of characters that are not spaces.
func wordStartBefore(r []rune, i int) int {
	for i > 0 && unicode.IsSpace(r[i-1]) {
		i--
	}
	for i > 0 && !unicode.IsSpace(r[i-1]) {
		i--
	}
	return i
}

func wordStartAfter(r []rune, i int) int {
	for i < len(r) && !unicode.IsSpace(r[i]) {
		i++
	}
	for i < len(r) && unicode.IsSpace(r[i]) {
		i++
	}
	return i
}

func wordEndBefore(r []rune, i int) int {
	for i > 0 && !unicode.IsSpace(r[i-1]) {
		i--
	}
	for i > 0 && unicode.IsSpace(r[i-1]) {
		i--
	}
	return i
}

func wordEndAfter(r []rune, i int) int {
	for i < len(r) && unicode.IsSpace(r[i]) {
		i++
	}
	for i < len(r) && !unicode.IsSpace(r[i]) {
		i++
	}
	return i
}

// hasHumanWork reports whether the session holds work a person did, which typing in the text
// area or a new reference date must keep rather than annotate afresh.
func (p *page) hasHumanWork() bool {
	if p.sess == nil { // nothing open, or an article as the engine's worker left it: all machine's
		return false
	}
	if p.sess.CanUndo() {
		return true
	}
	doc := p.sess.Doc()
	for _, q := range doc.Quotes {
		if q.By == annotate.ByHuman {
			return true
		}
	}
	for _, d := range doc.Dates {
		if d.By == annotate.ByHuman {
			return true
		}
	}
	for _, s := range doc.Speakers {
		for _, m := range s.Mentions {
			if m.By == annotate.ByHuman {
				return true
			}
		}
	}
	return false
}

func kindWord(kind string) string {
	switch kind {
	case edit.KindSpeaker:
		return "speaker mention"
	case "person":
		return "speaker"
	}
	return kind
}

// quoted shows a span's text clipped to n code points, in quotation marks unless it opens or
// closes with its own (a direct quote does).
func quoted(s string, n int) string {
	s = clipText(s, n)
	r := []rune(s)
	if len(r) > 0 && (unicode.Is(unicode.Quotation_Mark, r[0]) || unicode.Is(unicode.Quotation_Mark, r[len(r)-1])) {
		return s
	}
	return "“" + s + "”"
}

// clipText shortens s to n code points with "…", on one line.
func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// sameText reports whether a text area's value shows text: a text area gives its value with
// every line break as "\n", so a document with CRLF line ends is shown, not changed, by it.
func sameText(value, text string) bool {
	return value == text || value == strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
}

// elem returns the element with this id.
func elem(id string) js.Value { return jsGlobal("document").Call("getElementById", id) }

// listen adds an event listener that recovers from panics as the page's other callbacks do.
func (p *page) listen(el js.Value, typ string, f func(ev js.Value)) {
	el.Call("addEventListener", typ, js.FuncOf(func(this js.Value, args []js.Value) any {
		defer p.recover()
		f(args[0])
		return nil
	}))
}
