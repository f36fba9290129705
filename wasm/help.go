//go:build js && wasm

package main

import "syscall/js"

// The help dialog lists every shortcut (web/index.html holds its text). It is a modal <dialog>:
// Escape closes it, and the focus goes back where it was.

func (p *page) wireHelp() {
	p.listen(elem("help-open"), "click", func(js.Value) { p.showHelp() })
	p.listen(elem("help-close"), "click", func(js.Value) { elem("help").Call("close") })
}

func (p *page) showHelp() {
	if d := elem("help"); !d.Get("open").Bool() {
		d.Call("showModal")
		elem("help-close").Call("focus")
	}
}
