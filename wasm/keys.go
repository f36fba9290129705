//go:build js && wasm

package main

import (
	"syscall/js"
)

// keydown is the page's one keyboard handler: the shortcuts that the help dialog (?) lists.
// None fires while the focus is in a text field, a select or anything editable, so typing is
// never taken for a command; Escape in the inspector is the inspector's own.
func (p *page) keydown(ev js.Value) {
	if typing(ev.Get("target")) || elem("help").Get("open").Bool() {
		return
	}
	key := ev.Get("key").String()
	ctrl := ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool()
	shift := ev.Get("shiftKey").Bool()
	done := func() { ev.Call("preventDefault") }
	if ctrl {
		switch {
		case (key == "z" || key == "Z") && !shift:
			done()
			p.undo()
		case (key == "z" || key == "Z") && shift, key == "y" || key == "Y":
			done()
			p.redo()
		}
		return
	}
	if ev.Get("altKey").Bool() || (p.sess == nil && p.lazy == nil) {
		return
	}
	// Review keys act on the suggestion under review.
	if p.rev.on {
		switch key {
		case "a", "x", "e":
			done()
			p.reviewAct(key[0])
			return
		case "n":
			done()
			p.reviewStep(1)
			return
		case "p":
			done()
			p.reviewStep(-1)
			return
		case "Escape":
			done()
			p.reviewStop()
			return
		}
	}
	// Keys on a focused highlight.
	if m := p.focusedMark(); !m.IsNull() {
		ref := refOf(m)
		switch key {
		case "Enter", " ":
			done()
			p.inspect(ref, true)
			return
		case "Delete", "Backspace":
			done()
			p.remove(ref)
			return
		case "[", "]", "{", "}":
			done()
			p.resize(ref, key)
			return
		case "a":
			done()
			p.accept(ref)
			return
		case "x":
			done()
			p.remove(ref)
			return
		case "l":
			done()
			if m.Call("getAttribute", "data-kind").String() == "quote" {
				p.pickSpeaker(ref)
			} else {
				p.setStatus("l links a quote to its speaker: focus a quote first.")
			}
			return
		}
	}
	switch key {
	case "s":
		done()
		p.addSpan("speaker", false)
	case "q":
		done()
		p.addSpan("quote", false)
	case "d":
		done()
		p.addSpan("date", false)
	case "r":
		done()
		p.reviewStart()
	case "?":
		done()
		p.showHelp()
	case "Escape":
		if p.insp.open() {
			done()
			p.closeInspector(true)
		}
	}
}

// typing reports whether el takes typed text: an input, a text area, a select, or anything
// editable.
func typing(el js.Value) bool {
	if el.IsNull() || el.IsUndefined() || el.Get("tagName").IsUndefined() {
		return false
	}
	switch el.Get("tagName").String() {
	case "INPUT", "TEXTAREA", "SELECT":
		return true
	}
	return el.Get("isContentEditable").Truthy()
}
