//go:build js && wasm

package main

import "syscall/js"

// wireFlush annotates and saves the typing still waiting for its pause (the debounce) when the
// page is hidden or closed, so that a tab closed right after the last keystroke keeps it, and
// writes a long paste's pending copy that waits for its task (pending.go).
func (p *page) wireFlush() {
	flush := func() {
		lib.pend.hiding = true
		defer func() { lib.pend.hiding = false }()
		lib.writePending()
		if p.timer != nil && p.timer.Stop() {
			p.update()
		}
	}
	p.listen(jsGlobal("window"), "pagehide", func(js.Value) { flush() })
	p.listen(jsGlobal("document"), "visibilitychange", func(js.Value) {
		if jsGlobal("document").Get("visibilityState").String() == "hidden" {
			flush()
		}
	})
}
