//go:build js && wasm

package main

import (
	"syscall/js"
)

// keydown is the page's one keyboard handler: the shortcuts that the help dialog (?) lists.
// None fires while the focus is in a text field, a select or anything editable, so typing is
// never taken for a command; Escape in the inspector is the inspector's own. Undo and redo are
// the exception for a select (the inspector's lists keep the focus after a change): there they
// work, while in a text field the browser's own undo of the typing applies.
func (p *page) keydown(ev js.Value) {
	if elem("help").Get("open").Bool() {
		return
	}
	target := ev.Get("target")
	key := ev.Get("key").String()
	ctrl := ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool()
	shift := ev.Get("shiftKey").Bool()
	done := func() { ev.Call("preventDefault") }
	if ctrl && !textField(target) {
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
	if ctrl || typing(target) {
		return
	}
	if ev.Get("altKey").Bool() || (p.sess == nil && p.lazy == nil) {
		return
	}
	// Review keys act on the suggestion under review, unless the person has focused another
	// highlight: then the keys on a focused highlight, below, act on that one.
	m := p.focusedMark()
	if p.rev.on {
		switch key {
		case "a", "x", "e":
			if !m.IsNull() && refOf(m) != p.reviewCurrent() {
				break
			}
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
	if !m.IsNull() {
		ref := refOf(m)
		switch key {
		case "Enter", " ":
			done()
			p.inspect(ref, true)
			return
		case "Delete", "Backspace":
			done()
			p.removeFocused(ref)
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
			p.removeFocused(ref)
			return
		case "e":
			done()
			p.inspect(ref, true)
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

// typing reports whether el takes keys of its own: a text field or a select.
func typing(el js.Value) bool {
	return textField(el) || (isElement(el) && el.Get("tagName").String() == "SELECT")
}

// textField reports whether el takes typed text: an input (other than a button, box or the
// like), a text area, or anything editable.
func textField(el js.Value) bool {
	if !isElement(el) {
		return false
	}
	switch el.Get("tagName").String() {
	case "TEXTAREA":
		return true
	case "INPUT":
		switch el.Get("type").String() {
		case "button", "submit", "reset", "checkbox", "radio", "range", "color", "file", "image":
			return false
		}
		return true
	}
	return el.Get("isContentEditable").Truthy()
}

func isElement(el js.Value) bool {
	return !el.IsNull() && !el.IsUndefined() && !el.Get("tagName").IsUndefined()
}
