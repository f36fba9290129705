//go:build js && wasm

// Command wasm is the page's engine, compiled to WebAssembly: it defines the JS API
// (window.articleAnnotator.annotate, whose Promise gives the same JSON document the CLI prints,
// and current(), the open document with the user's corrections) and wires web/index.html: the
// text area, the reference date, the rendered article with its marks, the side panel, the
// example, the JSON download and copy, and the editor (edit*.go, keys.go, review.go, help.go):
// marking a selection, the inspector, review mode, undo and redo.
//
// It is the only package that touches the DOM. It finds nothing itself (package annotate does) and
// builds no HTML itself (package render does): it assigns render's output with innerHTML, which is
// much faster than building elements one by one, and draws the article a block at a time, only
// the blocks near the viewport (view.go). JS callbacks never block: work that waits runs in a
// goroutine and settles a Promise. Long articles are annotated by the same wasm in Web Workers
// (worker.go, long.go; dates.go splits the work between two), which send the top of the article
// first so that it is drawn at once, and are folded out of the text area (fold.go), so that the
// page keeps answering; stamps.go times each step on the way.
package main

import (
	"syscall/js"
)

func main() {
	if js.Global().Get("document").IsUndefined() {
		runWorker() // in the engine's worker, for long articles (worker.go)
		return
	}
	mark("annotator-start-main", "") // the Go runtime and every package's init are done
	p := newPage()
	api := js.Global().Get("articleAnnotator")
	if api.IsUndefined() {
		js.Global().Get("console").Call("error", "annotator.wasm: loader.js did not define window.articleAnnotator")
		return
	}
	engine := js.Global().Get("Object").New()
	engine.Set("annotate", js.FuncOf(annotateJS))
	p.wire()
	api.Set("current", js.FuncOf(p.currentJS))
	api.Call("_engineReady", engine)
	select {} // keep the callbacks alive
}
