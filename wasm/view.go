//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/article-annotator/annotator/render"
)

// This file draws the article view a block at a time (render.Blocks). The view holds one
// <div class="blk" data-b="i"> per block; the blocks near the top and near the viewport are
// drawn, the others wait as empty placeholders whose height is estimated from their length, and
// an IntersectionObserver draws each as it comes within a couple of screens of the viewport. A
// 10 MB article thus costs the page only the blocks a person sees. Code that needs a mark that
// may not be drawn yet (going to an entry of the panel, the review, the focus after an edit)
// calls drawRef first. A redraw after an edit replaces only the blocks whose HTML changed.

const (
	// blockSource is about how many bytes of source one block shows.
	blockSource = 8 << 10
	// eagerHTML is how much HTML is drawn at once from the top, so that a short article is
	// drawn whole, at once, as before.
	eagerHTML = 96 << 10
	// nearMargin is how far outside the viewport a placeholder is drawn.
	nearMargin = "2000px 0px"
)

// blockView is the state of the drawn article.
type blockView struct {
	el    js.Value         // the view, <article id="view">
	r     *render.Rendered // the blocks; nil when the view shows no article
	divs  []js.Value       // the block elements, in order
	drawn []bool
	obs   js.Value // the IntersectionObserver, made once
}

// draw shows r in the view. When the blocks are the same in number as those shown, only the
// drawn blocks whose HTML changed are replaced (an edit of annotations keeps the text, so the cuts
// stay in place); otherwise the view is built anew.
func (v *blockView) draw(r *render.Rendered) {
	if v.obs.IsUndefined() {
		v.observe()
	}
	if v.r != nil && len(v.r.List) == len(r.List) {
		old := v.r
		v.r = r
		for i := range r.List {
			if v.drawn[i] && r.List[i].HTML != old.List[i].HTML {
				v.divs[i].Set("innerHTML", r.List[i].HTML)
			}
		}
		return
	}
	v.obs.Call("disconnect")
	v.r = r
	v.drawn = make([]bool, len(r.List))
	var b strings.Builder
	size := 0
	for i, bl := range r.List {
		b.WriteString(`<div class="blk" data-b="`)
		b.WriteString(strconv.Itoa(i))
		if size < eagerHTML {
			v.drawn[i] = true
			size += len(bl.HTML)
			b.WriteString(`">`)
			b.WriteString(bl.HTML)
		} else {
			b.WriteString(`" data-todo="">`)
		}
		b.WriteString("</div>")
	}
	v.el.Set("innerHTML", b.String())
	kids := v.el.Get("children")
	v.divs = make([]js.Value, len(r.List))
	width := math.Max(v.el.Get("clientWidth").Float(), 200)
	for i := range v.divs {
		v.divs[i] = kids.Index(i)
		if !v.drawn[i] {
			v.divs[i].Get("style").Set("height", strconv.Itoa(estimate(r.List[i], width))+"px")
			v.obs.Call("observe", v.divs[i])
		}
	}
}

// clear shows html (a note when there is no article) instead of blocks.
func (v *blockView) clear(html string) {
	if !v.obs.IsUndefined() {
		v.obs.Call("disconnect")
	}
	v.r, v.divs, v.drawn = nil, nil, nil
	v.el.Set("innerHTML", html)
}

// observe makes the IntersectionObserver that draws the placeholders coming near the viewport.
func (v *blockView) observe() {
	cb := js.FuncOf(func(_ js.Value, args []js.Value) any {
		entries := args[0]
		for k := 0; k < entries.Length(); k++ {
			e := entries.Index(k)
			if !e.Get("isIntersecting").Bool() {
				continue
			}
			if i, err := strconv.Atoi(e.Get("target").Call("getAttribute", "data-b").String()); err == nil {
				v.fill(i)
			}
		}
		return nil
	})
	v.obs = js.Global().Get("IntersectionObserver").New(cb, map[string]any{"rootMargin": nearMargin})
}

// fill draws block i if it is not drawn yet.
func (v *blockView) fill(i int) {
	if v.r == nil || i < 0 || i >= len(v.r.List) || v.drawn[i] {
		return
	}
	d := v.divs[i]
	v.obs.Call("unobserve", d)
	d.Set("innerHTML", v.r.List[i].HTML)
	d.Call("removeAttribute", "data-todo")
	d.Get("style").Set("height", "")
	v.drawn[i] = true
}

// drawRef draws the block that holds the first mark of ref (a reference or a data-id), so that
// it can be focused or scrolled to. It reports whether the annotation has a mark at all.
func (v *blockView) drawRef(ref string) bool {
	if v.r == nil {
		return false
	}
	i, ok := v.r.BlockOf(ref)
	if ok {
		v.fill(i)
	}
	return ok
}

// estimate guesses the height in pixels of a block not drawn yet, from its length and its line
// ends, for a view width pixels wide: about 8 pixels a character and 28 a line (the view's
// line height), with a paragraph's margin for each line end.
func estimate(b render.Block, width float64) int {
	perLine := math.Max(width/8, 10)
	lines := math.Ceil(float64(b.End-b.Start) / perLine)
	return int(lines*28) + 16*strings.Count(b.HTML, "\n")
}
