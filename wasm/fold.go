//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"
)

// This file keeps a long article out of the text area. A browser takes tens to hundreds of
// milliseconds of the page's thread over a text area that holds megabytes (setting its value,
// inserting and laying out a paste, and again for each key typed into it), which would delay
// drawing the article and stall the page. So a long article (longText bytes or more) that is
// pasted, dropped, opened or changed is held by the page as the JS string it came as (held), and
// the text area is folded and empty; a note in its place says so, with a button that puts the
// text in the text area for editing, and then takes it out and folds it again (the edit, if any,
// goes to the engine first). The article view shows the article meanwhile. articleText is the
// article's text either way.
//
// A long paste is taken before the browser inserts it (takePaste), so that the browser never
// lays the megabytes out. A short paste is the browser's, as typing is.

// articleText is the open article's text: held while the text area is folded, else the text
// area's value.
func (p *page) articleText() js.Value {
	if p.folded() {
		return p.held
	}
	return p.text.Underlying().Get("value")
}

// articleUnits is articleText's length in UTF-16 units.
func (p *page) articleUnits() int {
	if p.folded() {
		return utf16Len(p.held)
	}
	return p.text.Underlying().Get("textLength").Int()
}

// setText makes v, a JS string, the article's text: held, with the text area folded, when it is
// long and the person has not asked to edit it in the text area; in the text area otherwise.
func (p *page) setText(v js.Value) {
	n := utf16Len(v)
	long := isLong(v, n)
	if long && !p.editingLong() {
		p.hold(v, n)
		return
	}
	if p.folded() {
		p.unhold()
	}
	p.text.Underlying().Set("value", v)
	if !long {
		p.unfold(false)
	}
}

// hold folds the text area and holds v, a long article of units UTF-16 units, in its place.
func (p *page) hold(v js.Value, units int) {
	if !p.folded() {
		p.text.Underlying().Set("value", "")
	}
	p.held = v
	p.fold(units)
}

// unhold ends the fold: the page holds no text, and the text area is shown.
func (p *page) unhold() {
	p.held = js.Undefined()
	p.text.Underlying().Get("classList").Call("remove", "folded")
}

// editingLong reports whether the text area shows a long article because the person asked to
// edit it there: the note stays, with its button to hide the text again.
func (p *page) editingLong() bool {
	return !p.folded() && !elem("long-note").Get("hidden").Bool()
}

// fit folds the text area when the text in it is long, holding the text, and unfolds it when
// it is not: after a paste the browser made or a drop, or when the person hides the text again.
// Text put in the folded text area (by a script, or the browser) is the article's from then on.
func (p *page) fit() {
	ta := p.text.Underlying()
	v, units := ta.Get("value"), ta.Get("textLength").Int()
	if p.folded() {
		if units == 0 {
			return // the text is held
		}
		p.unhold()
	}
	if !isLong(v, units) {
		p.unfold(false)
		return
	}
	p.hold(v, units)
}

// fold hides the text area, in whose place the page holds a long article of units UTF-16 units,
// and shows the note in its place.
func (p *page) fold(units int) {
	elem("long-note-text").Set("textContent", fmt.Sprintf("This article (%s) is shown below with its marks. It is kept out of the text area, where a text this long makes the browser slow.", size(units)))
	p.text.Underlying().Get("classList").Call("add", "folded")
	elem("long-note").Set("hidden", false)
	foldButton("Edit the text", false)
}

// unfold shows the text area again. For the note's button (asked) it puts the held text in it
// and focuses it, and the note stays, its button hiding the text area again; otherwise, a short
// article's, the note goes.
func (p *page) unfold(asked bool) {
	ta := p.text.Underlying()
	if p.folded() {
		ta.Set("value", p.held) // the megabytes the person asked to see
		p.unhold()
	}
	elem("long-note").Set("hidden", !asked)
	if asked {
		elem("long-note-text").Set("textContent", editNote(ta.Get("textLength").Int()))
		foldButton("Hide the text", true)
		ta.Call("focus")
	}
}

// noteFits keeps the note under a long article's shown text area true once the person has
// typed in it: the size it gives follows the text, value of units UTF-16 units, and the note
// goes when the text is no longer long, as a short article has none.
func (p *page) noteFits(value js.Value, units int) {
	if !p.editingLong() {
		return
	}
	if !isLong(value, units) {
		p.unfold(false)
		return
	}
	elem("long-note-text").Set("textContent", editNote(units))
}

// editNote is the note under a long article's shown text area, of units UTF-16 units.
func editNote(units int) string {
	return fmt.Sprintf("The text area holds this article (%s) for editing; the browser is slow with a text this long, so hide it again once you are done.", size(units))
}

// stopEditing ends the person's asking to edit a long article in the text area, before another
// article opens: its text, if long, is folded until the person asks for it in turn.
func (p *page) stopEditing() {
	if p.editingLong() {
		elem("long-note").Set("hidden", true)
	}
}

// folded reports whether the text area is folded, the page holding its text.
func (p *page) folded() bool {
	return p.held.Type() == js.TypeString
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
// browser's insertion, holds the text the paste would have made (replacing the selection) with
// the text area folded, and annotates it as a paste is. The text stays a JS string. A short
// paste into a long article the person asked to edit in the text area stays there, as typing
// does: the text area is not folded away under the caret.
func (p *page) takePaste(e js.Value) {
	data := e.Get("clipboardData")
	if !data.Truthy() {
		return
	}
	pasted := data.Call("getData", "text/plain")
	if p.editingLong() && !isLong(pasted, utf16Len(pasted)) {
		return // a word pasted into the text the person asked to edit: the browser's, as typing is
	}
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
	units := n - (end - start) + utf16Len(pasted)
	if !isLong(text, units) {
		return // the browser's, as typing is
	}
	e.Call("preventDefault")
	p.hold(text, units)
	p.updateTo(text, units) // to the workers, or on this thread for an article with a person's work
}

// utf16Len is the length of a JS string in UTF-16 units.
func utf16Len(s js.Value) int {
	return jsGlobal("String").New(s).Get("length").Int()
}

// size says about how long a text of n UTF-16 units is: "1.2 million characters".
func size(n int) string {
	if n >= 1_000_000 {
		return fmt.Sprintf("%.1f million characters", float64(n)/1e6)
	}
	return fmt.Sprintf("%d thousand characters", n/1000)
}
