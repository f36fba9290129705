//go:build js && wasm

package main

import (
	"time"

	"honnef.co/go/js/dom/v2"
)

// panelClick goes to the marks of the panel entry clicked.
func (p *page) panelClick(e dom.Event) {
	t := e.Target()
	if t == nil {
		return
	}
	btn := t.Closest("button[data-target]")
	if btn == nil {
		return
	}
	p.goTo(btn.GetAttribute("data-target"))
}

// goTo scrolls to the first mark with this data-id, focuses it and highlights all its marks for
// a moment.
func (p *page) goTo(id string) {
	p.blocks.drawRef(id)
	sel := `mark[data-id="` + jsGlobal("CSS").Call("escape", id).String() + `"]`
	marks := p.view.QuerySelectorAll(sel)
	if len(marks) == 0 {
		p.setStatus("That entry is not shown in the text (it lies in Markdown markup).")
		return
	}
	first := marks[0].Underlying()
	first.Call("scrollIntoView", map[string]any{"block": "center", "behavior": "smooth"})
	first.Call("focus", map[string]any{"preventScroll": true})
	for _, m := range marks {
		m.Class().Remove("flash")
		m.Underlying().Get("offsetWidth") // restart the animation
		m.Class().Add("flash")
	}
	time.AfterFunc(1600*time.Millisecond, func() {
		for _, m := range marks {
			m.Class().Remove("flash")
		}
	})
}

// linkSpeaker outlines the quotes of the speaker whose mention the pointer or focus is on.
func (p *page) linkSpeaker(e dom.Event, on bool) {
	t := e.Target()
	if t == nil {
		return
	}
	m := t.Closest(`mark[data-kind="speaker"]`)
	if m == nil {
		return
	}
	id := jsGlobal("CSS").Call("escape", m.GetAttribute("data-id")).String()
	for _, q := range p.view.QuerySelectorAll(`mark[data-kind="quote"][data-speaker="` + id + `"]`) {
		if on {
			q.Class().Add("linked")
		} else {
			q.Class().Remove("linked")
		}
	}
}
