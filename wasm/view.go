//go:build js && wasm

package main

import (
	"encoding/binary"
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
	el    js.Value  // the view, <article id="view">
	kids  js.Value  // its children, the block elements in order (a live HTMLCollection)
	r     blockList // the blocks; nil when the view shows no article
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
				v.div(i).Set("innerHTML", now.List[i].HTML)
			}
		}
		return
	}
	v.obs.Call("disconnect")
	width := v.width()
	v.r = r
	n := r.count()
	v.drawn = make([]bool, n)
	v.el.Set("innerHTML", blockDivs(0, n))
	waits := n // the rest of an article whose top only has come waits for extend
	if top, ok := r.(topBlocks); ok {
		waits = top.jsBlocks.count()
	}
	i, drawn := 0, 0
	for ; i < waits && drawn < eagerText; i++ {
		v.fill(i)
		runes, _ := r.size(i)
		drawn += runes
	}
	v.placeholders(i, n, waits, width)
}

// blockDivs is the HTML of the empty divs of blocks from to to-1.
func blockDivs(from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		b.WriteString(`<div class="blk" data-b="`)
		b.WriteString(strconv.Itoa(i))
		b.WriteString(`" data-todo=""></div>`)
	}
	return b.String()
}

// placeholders gives the divs of blocks from to to-1, not drawn, the heights estimated for a
// view width pixels wide, and has the observer draw those before observed as they come near the
// viewport. It is one call to loader.js, rather than three from Go for each of the thousands of
// blocks of a long article.
func (v *blockView) placeholders(from, to, observed int, width float64) {
	if from >= to {
		return
	}
	heights := make([]byte, 4*(to-from))
	for i := from; i < to; i++ {
		binary.LittleEndian.PutUint32(heights[4*(i-from):], uint32(estimate(v.r, i, width)))
	}
	jsGlobal("articleAnnotator").Call("_placeholders", v.obs, v.el, from, jsBytes(heights), observed)
}

// width is the view's width in pixels, for the estimates of heights.
func (v *blockView) width() float64 {
	return math.Max(v.el.Get("clientWidth").Float(), 200)
}

// div is the element of block i.
func (v *blockView) div(i int) js.Value {
	return v.kids.Index(i)
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
	width := v.width()
	v.r = r
	n := r.count()
	rest := v.div(k)
	rest.Call("insertAdjacentHTML", "afterend", blockDivs(k, n))
	rest.Call("remove")
	v.drawn = append(v.drawn[:k], make([]bool, n-k)...)
	v.placeholders(k, n, n, width)
}

// clear shows html (a note when there is no article) instead of blocks.
func (v *blockView) clear(html string) {
	if !v.obs.IsUndefined() {
		v.obs.Call("disconnect")
	}
	v.r, v.drawn = nil, nil
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
	v.kids = v.el.Get("children")
}

// fill draws block i if it is not drawn yet.
func (v *blockView) fill(i int) {
	if v.r == nil || i < 0 || i >= len(v.drawn) || v.drawn[i] {
		return
	}
	d := v.div(i)
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

// jsBlocks are blocks as the engine's worker sent them (worker.go): their HTML in a JS array of
// strings (list, the top of an article) or as UTF-8 bytes in a Uint8Array (bytes, all of it),
// decoded when a block is drawn; metaNumbers numbers a block in meta (start, end, line ends, and
// where its HTML ends in bytes); and refs, lines "ref\tblock".
type jsBlocks struct {
	list, bytes js.Value
	meta        []int
	refs        string // with a line end first, so that every line starts after one
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

func (j jsBlocks) count() int { return len(j.meta) / metaNumbers }
func (j jsBlocks) html(i int) any {
	if j.bytes.IsUndefined() {
		return j.list.Index(i)
	}
	from := 0
	if i > 0 {
		from = j.meta[metaNumbers*i-1]
	}
	return jsGlobal("articleAnnotator").Call("_utf8", j.bytes, from, j.meta[metaNumbers*i+3])
}
func (j jsBlocks) size(i int) (int, int) {
	return j.meta[metaNumbers*i+1] - j.meta[metaNumbers*i], j.meta[metaNumbers*i+2]
}
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
