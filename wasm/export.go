//go:build js && wasm

package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"syscall/js"
	"time"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/formats"
	"github.com/article-annotator/annotator/render"
)

// download saves the document as JSON, with the user's corrections: byte for byte what the CLI
// prints for the same text and reference date when there are none, named after the article's
// first line. It runs inside the click, so the browser sees a user's gesture.
func (p *page) download() { p.exportOne("json") }

// wireExport fills the export menu with the formats and registers articleAnnotator.export.
func (p *page) wireExport() {
	sel := byID("export-format")
	if sel.Truthy() {
		for _, f := range formats.Formats {
			if f.Name == "jsonl" {
				continue // one article a line is "Export all"
			}
			o := js.Global().Get("document").Call("createElement", "option")
			o.Set("value", f.Name)
			o.Set("textContent", f.Title)
			sel.Call("appendChild", o)
		}
	}
	p.on(byID("export"), "click", func(js.Value) { p.exportOne(sel.Get("value").String()) })
	p.on(byID("export-all"), "click", func(js.Value) { p.exportAll() })
	if api := js.Global().Get("articleAnnotator"); api.Truthy() {
		api.Set("export", js.FuncOf(p.exportJS))
	}
	for _, id := range []string{"export", "export-all", "export-format"} {
		if el := byID(id); el.Truthy() {
			el.Set("disabled", false)
		}
	}
}

// exportJS is articleAnnotator.export(format): the open article, with every correction, in a
// format of package formats ("json", "w3c", "csv", "brat" for the .ann), or "jsonl" for the whole
// library, as a string. An unknown format gives an Error object (a Go callback cannot throw),
// whose message lists the formats. Typing that the debounce has not reached yet is taken first.
func (p *page) exportJS(_ js.Value, args []js.Value) (v any) {
	defer func() {
		if r := recover(); r != nil {
			v = jsError(fmt.Errorf("export failed: %v", r))
		}
	}()
	format := ""
	if len(args) > 0 && args[0].Type() == js.TypeString {
		format = args[0].String()
	}
	b, err := p.exportBytes(format)
	if err != nil {
		return jsError(err)
	}
	return string(b)
}

// exportBytes is the open article in a format (for "brat", the .ann), or for "jsonl" the whole
// library, one article a line, oldest first.
func (p *page) exportBytes(format string) ([]byte, error) {
	p.update()   // take typing the debounce has not reached yet
	p.takeOver() // a long article the workers have not finished
	if format == "jsonl" {
		return formats.ExportAll("jsonl", libraryDocs(p))
	}
	return formats.Export(format, p.session().Doc())
}

// libraryDocs lists the documents of the library in the order the articles were made; the open
// article counts even when it has no place in the library yet.
func libraryDocs(p *page) []*annotate.Document {
	arts := append([]*article(nil), lib.articles...)
	sort.Slice(arts, func(i, j int) bool { return arts[i].id < arts[j].id })
	var docs []*annotate.Document
	for _, a := range arts {
		if sess, err := a.session(); err == nil { // one that cannot be read is left out
			docs = append(docs, sess.Doc())
		}
	}
	if lib.current == nil && p.session() != nil && p.session().Doc().Text != "" {
		docs = append(docs, p.session().Doc())
	}
	return docs
}

// exportOne downloads the open article in a format, named after it; brat gives the .ann and
// the .txt it annotates.
func (p *page) exportOne(format string) {
	f, ok := formats.Lookup(format)
	if !ok {
		p.setStatus("Unknown export format " + format + ".")
		return
	}
	b, err := p.exportBytes(format)
	if err != nil {
		p.setStatus("The export failed: " + err.Error())
		return
	}
	doc := p.session().Doc()
	base := doc.Text
	if lib.current != nil && lib.current.title != "" { // the name the person gave it in the library
		base = lib.current.title
	}
	name := formats.FileName(render.FileName(base), f)
	saveFile(name, f.MIME, b)
	if format == "brat" {
		txt := strings.TrimSuffix(name, f.Ext) + ".txt"
		saveFile(txt, "text/plain", formats.BratText(doc))
		p.setStatus("Downloaded " + name + " and " + txt + ".")
		return
	}
	p.setStatus("Downloaded " + name + ".")
}

// exportAll downloads the whole library as JSON Lines.
func (p *page) exportAll() {
	b, err := p.exportBytes("jsonl")
	if err != nil {
		p.setStatus("The export failed: " + err.Error())
		return
	}
	name := "annotated-articles-" + time.Now().Format("2006-01-02") + ".jsonl"
	saveFile(name, "application/jsonl", b)
	n := bytes.Count(b, []byte("\n"))
	msg := fmt.Sprintf("Downloaded %s (%s).", name, plural(n, "article"))
	if left := len(lib.articles) - n; left > 0 {
		msg += fmt.Sprintf(" %s could not be read and %s left out.", plural(left, "article"), map[bool]string{true: "is", false: "are"}[left == 1])
	}
	p.setStatus(msg)
}

// saveFile hands bytes to the browser as a download.
func saveFile(name, mime string, b []byte) {
	blob := jsGlobal("Blob").New([]any{jsBytes(b)}, map[string]any{"type": mime})
	url := jsGlobal("URL").Call("createObjectURL", blob)
	a := js.Global().Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	time.AfterFunc(time.Minute, func() { jsGlobal("URL").Call("revokeObjectURL", url) })
}

// copyJSON puts the JSON on the clipboard, falling back to a hidden text area and execCommand
// where the Clipboard API is refused.
func (p *page) copyJSON() {
	p.update()   // take typing the debounce has not reached yet
	p.takeOver() // a long article the workers have not finished
	s := string(render.JSON(p.session().Doc()))
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
