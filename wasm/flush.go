//go:build js && wasm

package main

import "syscall/js"

// wireFlush annotates and saves the typing still waiting for its pause (the debounce) when the
// page is hidden or closed, so that a tab closed right after the last keystroke keeps it.
func (p *page) wireFlush() {
	flush := func() {
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
