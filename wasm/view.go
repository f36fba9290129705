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
	blockSource = 4 << 10
	// eagerText is how much text, in code points, is drawn at once from the top, so that a short
	// article is drawn whole at once.
	eagerText = 16 << 10
	// nearMargin is how far outside the viewport a placeholder is drawn.
	nearMargin = "2000px 0px"
)

// blockView is the state of the drawn article.
type blockView struct {
	el    js.Value   // the view, <article id="view">
	r     blockList  // the blocks; nil when the view shows no article
	divs  []js.Value // the block elements, in order
	drawn []bool
	obs   js.Value // the IntersectionObserver, made once
}

// blockList is what the view draws: render.Blocks' result (goBlocks), or the same as the engine's
// worker sent it (jsBlocks), which stays in JavaScript until drawn.
type blockList interface {
	count() int
	html(i int) any                   // a Go string or a JS string, for innerHTML
	size(i int) (runes, lineEnds int) // for the estimate of its height
	blockOf(ref string) (int, bool)
}

// draw shows r in the view. When r comes from render.Blocks and has as many blocks as those shown,
// only the drawn blocks whose HTML changed are replaced (an edit of annotations keeps the text, so
// the cuts stay in place, whether the blocks shown were made here or by the worker); otherwise the view is built anew, the blocks from
// the top up to eagerText drawn and the others left as placeholders.
func (v *blockView) draw(r blockList) {
	if v.obs.IsUndefined() {
		v.observe()
	}
	if now, ok := r.(goBlocks); ok && v.r != nil && v.r.count() == len(now.List) {
		old := v.r
		v.r = r
		for i := range now.List {
			if v.drawn[i] && now.List[i].HTML != htmlString(old.html(i)) {
				v.divs[i].Set("innerHTML", now.List[i].HTML)
			}
		}
		return
	}
	v.obs.Call("disconnect")
	v.r = r
	n := r.count()
	v.drawn = make([]bool, n)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(`<div class="blk" data-b="`)
		b.WriteString(strconv.Itoa(i))
		b.WriteString(`" data-todo=""></div>`)
	}
	v.el.Set("innerHTML", b.String())
	kids := v.el.Get("children")
	v.divs = make([]js.Value, n)
	width := math.Max(v.el.Get("clientWidth").Float(), 200)
	drawn := 0
	for i := range v.divs {
		v.divs[i] = kids.Index(i)
		if top, ok := r.(topBlocks); ok && i == top.jsBlocks.count() {
			// the rest of an article whose top only has come: it waits for extend
			v.divs[i].Get("style").Set("height", strconv.Itoa(estimate(r, i, width))+"px")
			continue
		}
		if drawn < eagerText {
			v.fill(i)
			runes, _ := r.size(i)
			drawn += runes
			continue
		}
		v.divs[i].Get("style").Set("height", strconv.Itoa(estimate(r, i, width))+"px")
		v.obs.Call("observe", v.divs[i])
	}
}

// extend takes all the blocks of an article whose top blocks only are shown (topBlocks): the
// last placeholder, which stood for the rest, gives way to one for each block below the top, drawn
// as they come near the viewport. The top blocks, the same in r, stay as they are.
func (v *blockView) extend(r blockList) {
	top, ok := v.r.(topBlocks)
	k := top.jsBlocks.count()
	if !ok || r.count() < k {
		v.draw(r)
		return
	}
	v.r = r
	n := r.count()
	rest := v.divs[k]
	var b strings.Builder
	for i := k; i < n; i++ {
		b.WriteString(`<div class="blk" data-b="`)
		b.WriteString(strconv.Itoa(i))
		b.WriteString(`" data-todo=""></div>`)
	}
	rest.Call("insertAdjacentHTML", "afterend", b.String())
	rest.Call("remove")
	kids := v.el.Get("children")
	width := math.Max(v.el.Get("clientWidth").Float(), 200)
	v.divs, v.drawn = v.divs[:k], v.drawn[:k]
	for i := k; i < n; i++ {
		d := kids.Index(i)
		v.divs = append(v.divs, d)
		v.drawn = append(v.drawn, false)
		d.Get("style").Set("height", strconv.Itoa(estimate(r, i, width))+"px")
		v.obs.Call("observe", d)
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
	if v.r == nil || i < 0 || i >= len(v.drawn) || v.drawn[i] {
		return
	}
	d := v.divs[i]
	v.obs.Call("unobserve", d)
	d.Set("innerHTML", v.r.html(i))
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
	i, ok := v.r.blockOf(ref)
	if ok {
		v.fill(i)
	}
	return ok
}

// estimate guesses the height in pixels of block i, not drawn yet, for a view width pixels wide:
// about 8 pixels a character and 28 a line (the view's line height), with a paragraph's margin
// for each line end.
func estimate(r blockList, i int, width float64) int {
	runes, ends := r.size(i)
	perLine := math.Max(width/8, 10)
	return int(math.Ceil(float64(runes)/perLine)*28) + 16*ends
}

// htmlString reads a block's HTML as a Go string.
func htmlString(h any) string {
	if v, ok := h.(js.Value); ok {
		return v.String()
	}
	return h.(string)
}

// goBlocks are blocks rendered on the page's thread.
type goBlocks struct{ *render.Rendered }

func (g goBlocks) count() int     { return len(g.List) }
func (g goBlocks) html(i int) any { return g.List[i].HTML }
func (g goBlocks) size(i int) (int, int) {
	return g.List[i].End - g.List[i].Start, strings.Count(g.List[i].HTML, "\n")
}
func (g goBlocks) blockOf(ref string) (int, bool) { return g.BlockOf(ref) }

// jsBlocks are blocks as the engine's worker sent them (worker.go): their HTML in a JS array,
// three numbers a block in meta (start, end, line ends), and refs, lines "ref\tblock".
type jsBlocks struct {
	list js.Value
	meta []int
	refs string // with a line end first, so that every line starts after one
}

// topBlocks are the top blocks of an article as the worker sent them first, and one more that
// stands for the rest, not rendered yet: the view draws it as one placeholder until extend.
type topBlocks struct {
	jsBlocks
	restRunes, restEnds int
}

func (t topBlocks) count() int { return t.jsBlocks.count() + 1 }
func (t topBlocks) html(i int) any {
	if i == t.jsBlocks.count() {
		return ""
	}
	return t.jsBlocks.html(i)
}
func (t topBlocks) size(i int) (int, int) {
	if i == t.jsBlocks.count() {
		return t.restRunes, t.restEnds
	}
	return t.jsBlocks.size(i)
}

func (j jsBlocks) count() int            { return len(j.meta) / 3 }
func (j jsBlocks) html(i int) any        { return j.list.Index(i) }
func (j jsBlocks) size(i int) (int, int) { return j.meta[3*i+1] - j.meta[3*i], j.meta[3*i+2] }
func (j jsBlocks) blockOf(ref string) (int, bool) {
	at := strings.Index(j.refs, "\n"+ref+"\t")
	if at < 0 {
		return 0, false
	}
	rest := j.refs[at+len(ref)+2:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	i, err := strconv.Atoi(rest)
	return i, err == nil
}
