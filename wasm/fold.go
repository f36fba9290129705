//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"
)

// This file folds a long article out of the text area. A browser takes hundreds of milliseconds
// of the page's thread over a text area that holds megabytes (laying it out after a paste, and
// again for each key typed into it), which would delay drawing the article and stall the page.
// So once a long article (longText bytes or more) is pasted, dropped or opened, the text area is
// hidden (its text stays in it, whole, and everything reads it as before) and a note in its place
// says so, with a button that shows it again for editing the raw text. The article view shows the
// article meanwhile.

// fit folds the text area when its article is long, and unfolds it when it is not.
func (p *page) fit() {
	ta := p.text.Underlying()
	if !isLong(ta.Get("value"), ta.Get("textLength").Int()) {
		p.unfold(false)
		return
	}
	elem("long-note-text").Set("textContent", fmt.Sprintf("This article (%s) is shown below with its marks. It is kept out of the text area, where a text this long makes the browser slow.", size(ta.Get("textLength").Int())))
	ta.Get("classList").Call("add", "folded")
	elem("long-note").Set("hidden", false)
}

// unfold shows the text area again, and focuses it when asked (the note's button).
func (p *page) unfold(focus bool) {
	ta := p.text.Underlying()
	if ta.Get("classList").Call("contains", "folded").Bool() {
		ta.Get("classList").Call("remove", "folded")
		elem("long-note").Set("hidden", true)
	}
	if focus {
		ta.Call("focus")
	}
}

// wireFold makes the note's button unfold the text area.
func (p *page) wireFold() {
	p.listen(elem("long-edit"), "click", func(js.Value) { p.unfold(true) })
}

// size says about how long a text of n UTF-16 units is: "1.2 million characters".
func size(n int) string {
	if n >= 1_000_000 {
		return fmt.Sprintf("%.1f million characters", float64(n)/1e6)
	}
	return fmt.Sprintf("%d thousand characters", n/1000)
}
