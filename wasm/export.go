//go:build js && wasm

package main

import (
	"syscall/js"
	"time"

	"github.com/article-annotator/annotator/render"
)

// download saves the document as JSON, with the user's corrections: byte for byte what the CLI
// prints for the same text and reference date when there are none, named after the article's first line. It runs inside the click, so the browser
// sees a user's gesture.
func (p *page) download() {
	p.update() // take typing the debounce has not reached yet
	b := render.JSON(p.sess.Doc())
	arr := jsGlobal("Uint8Array").New(len(b))
	js.CopyBytesToJS(arr, b)
	blob := jsGlobal("Blob").New([]any{arr}, map[string]any{"type": "application/json"})
	url := jsGlobal("URL").Call("createObjectURL", blob)
	a := p.doc.CreateElement("a")
	name := render.FileName(p.text.Value())
	a.SetAttribute("href", url.String())
	a.SetAttribute("download", name)
	a.Underlying().Call("click")
	time.AfterFunc(time.Minute, func() { jsGlobal("URL").Call("revokeObjectURL", url) })
	p.setStatus("Downloaded " + name + ".")
}

// copyJSON puts the JSON on the clipboard, falling back to a hidden text area and execCommand
// where the Clipboard API is refused.
func (p *page) copyJSON() {
	p.update() // take typing the debounce has not reached yet
	b := render.JSON(p.sess.Doc())
	s := string(b)
	fallback := func() {
		ta := p.doc.CreateElement("textarea")
		ta.Underlying().Set("value", s)
		ta.SetAttribute("readonly", "")
		ta.Class().Add("offscreen")
		p.doc.Underlying().Get("body").Call("appendChild", ta.Underlying())
		ta.Underlying().Call("select")
		ok := p.doc.Underlying().Call("execCommand", "copy").Truthy()
		ta.Underlying().Call("remove")
		if ok {
			p.setStatus("Copied the JSON.")
		} else {
			p.setStatus("Copying was refused by the browser; use Download JSON instead.")
		}
	}
	clip := jsGlobal("navigator").Get("clipboard")
	if clip.IsUndefined() {
		fallback()
		return
	}
	var done, failed js.Func
	done = js.FuncOf(func(js.Value, []js.Value) any {
		p.setStatus("Copied the JSON.")
		done.Release()
		failed.Release()
		return nil
	})
	failed = js.FuncOf(func(js.Value, []js.Value) any {
		fallback()
		done.Release()
		failed.Release()
		return nil
	})
	clip.Call("writeText", s).Call("then", done, failed)
}
