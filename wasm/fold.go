//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"
)

// This file keeps a long article out of the text area's layout. A browser takes hundreds of
// milliseconds of the page's thread over a text area that holds megabytes (inserting and laying
// out a paste, and again for each key typed into it), which would delay drawing the article and
// stall the page. So once a long article (longText bytes or more) is pasted, dropped or opened,
// the text area is hidden (its text stays in it, whole, and everything reads it as before) and a
// note in its place says so, with a button that shows it again for editing the raw text, and then
// hides it again (the edit, if any, goes to the engine first). The article view shows the article
// meanwhile.
//
// A long paste is taken before the browser inserts it (takePaste): the text area is folded
// first and then given the new text, so that the browser never lays the megabytes out; the
// workers have the text before the text area does. A short paste is the browser's, as typing is.

// fit folds the text area when its article is long, and unfolds it when it is not.
func (p *page) fit() {
	ta := p.text.Underlying()
	units := ta.Get("textLength").Int()
	if !isLong(ta.Get("value"), units) {
		p.unfold(false)
		return
	}
	p.fold(units)
}

// fold hides the text area, which holds (or is about to hold) a long article of units UTF-16
// units, and shows the note in its place.
func (p *page) fold(units int) {
	elem("long-note-text").Set("textContent", fmt.Sprintf("This article (%s) is shown below with its marks. It is kept out of the text area, where a text this long makes the browser slow.", size(units)))
	p.text.Underlying().Get("classList").Call("add", "folded")
	elem("long-note").Set("hidden", false)
	foldButton("Edit the text", false)
}

// unfold shows the text area again. For the note's button (asked) it focuses it, and the note
// stays, its button hiding the text area again; otherwise, a short article's, the note goes.
func (p *page) unfold(asked bool) {
	ta := p.text.Underlying()
	ta.Get("classList").Call("remove", "folded")
	elem("long-note").Set("hidden", !asked)
	if asked {
		elem("long-note-text").Set("textContent", fmt.Sprintf("The text area holds this article (%s) for editing; the browser is slow with a text this long, so hide it again once you are done.", size(ta.Get("textLength").Int())))
		foldButton("Hide the text", true)
		ta.Call("focus")
	}
}

// folded reports whether the text area is folded.
func (p *page) folded() bool {
	return p.text.Underlying().Get("classList").Call("contains", "folded").Bool()
}

// foldButton names the note's button and says whether the text area it shows is shown.
func foldButton(name string, expanded bool) {
	b := elem("long-edit")
	b.Set("textContent", name)
	b.Call("setAttribute", "aria-controls", "article")
	b.Call("setAttribute", "aria-expanded", fmt.Sprint(expanded))
}

// wireFold makes the note's button show the text area, or hide it again once the typing still
// waiting for its pause is handed to the engine, and takes long pastes.
func (p *page) wireFold() {
	p.listen(elem("long-edit"), "click", func(js.Value) {
		if p.folded() {
			p.unfold(true)
			return
		}
		p.update()
		p.fit()
	})
	p.listen(p.text.Underlying(), "paste", p.takePaste)
}

// takePaste takes a paste into the text area whose result is a long article: it cancels the
// browser's insertion, folds the text area, puts the text there as the paste would have
// (replacing the selection), and annotates it as a paste is. The text stays a JS string.
func (p *page) takePaste(e js.Value) {
	data := e.Get("clipboardData")
	if !data.Truthy() {
		return
	}
	pasted := data.Call("getData", "text/plain")
	ta := p.text.Underlying()
	value := ta.Get("value")
	n := ta.Get("textLength").Int() // value's length in UTF-16 units
	start, end := min(ta.Get("selectionStart").Int(), n), min(ta.Get("selectionEnd").Int(), n)
	text := pasted
	if start > 0 || end < n {
		str := jsGlobal("String").Get("prototype")
		text = str.Get("concat").Call("call", str.Get("slice").Call("call", value, 0, start), pasted,
			str.Get("slice").Call("call", value, end))
	}
	units := n - (end - start) + jsGlobal("String").New(pasted).Get("length").Int()
	if !isLong(text, units) {
		return // the browser's, as typing is
	}
	e.Call("preventDefault")
	p.fold(units)
	if p.hasHumanWork() && p.savedBase().Type() != js.TypeString {
		// update annotates this one on the page's thread, from the text area
		ta.Set("value", text)
		p.update()
		return
	}
	p.updateTo(text, units) // to the workers
	// The text area gets the text in a task of its own: setting a value of megabytes takes the
	// browser 50-100 ms even in a hidden text area, which would make the paste's task twice as
	// long. A newer paste meanwhile sets its own.
	var later js.Func
	later = js.FuncOf(func(js.Value, []js.Value) any {
		later.Release()
		if p.shownText.Equal(text) {
			ta.Set("value", text)
		}
		return nil
	})
	js.Global().Call("setTimeout", later, 0)
}

// size says about how long a text of n UTF-16 units is: "1.2 million characters".
func size(n int) string {
	if n >= 1_000_000 {
		return fmt.Sprintf("%.1f million characters", float64(n)/1e6)
	}
	return fmt.Sprintf("%d thousand characters", n/1000)
}
