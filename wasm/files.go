//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"path"
	"strings"
	"syscall/js"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
	"github.com/article-annotator/annotator/formats"
)

// wireFiles lets files in: the Import button's file picker, and files dropped anywhere on the page.
func (p *page) wireFiles() {
	picker := byID("import-files")
	p.on(picker, "change", func(js.Value) {
		files := fileList(picker.Get("files"))
		picker.Set("value", "") // the same files can be chosen again
		p.importFiles(files)
	})
	body := js.Global().Get("document").Get("body")
	hasFiles := func(e js.Value) bool {
		dt := e.Get("dataTransfer")
		return dt.Truthy() && dt.Get("types").Call("includes", "Files").Bool()
	}
	p.on(body, "dragover", func(e js.Value) {
		if hasFiles(e) {
			e.Call("preventDefault") // allow the drop
			e.Get("dataTransfer").Set("dropEffect", "copy")
			body.Get("classList").Call("add", "dropping")
		}
	})
	p.on(body, "dragleave", func(e js.Value) {
		if e.Get("relatedTarget").IsNull() { // left the window
			body.Get("classList").Call("remove", "dropping")
		}
	})
	p.on(body, "drop", func(e js.Value) {
		body.Get("classList").Call("remove", "dropping")
		if !hasFiles(e) {
			return // text dropped into the text area goes there as usual
		}
		e.Call("preventDefault")
		p.importFiles(fileList(e.Get("dataTransfer").Get("files")))
	})
}

func fileList(l js.Value) []js.Value {
	files := make([]js.Value, l.Length())
	for i := range files {
		files[i] = l.Index(i)
	}
	return files
}

// importFiles reads files into the library, each as new articles, and opens the first one. A
// file that cannot be read is named in the report with its problem; the others still come in,
// and nothing already in the library changes. Reading waits for the browser, so it runs in a
// goroutine.
func (p *page) importFiles(files []js.Value) {
	if len(files) == 0 {
		return
	}
	p.update() // keep the open article's last typing
	p.setStatus(fmt.Sprintf("Importing %s…", plural(len(files), "file")))
	go func() {
		defer p.recover()
		docs, problems := readFiles(files)
		var first *article
		for _, d := range docs {
			a := lib.add(p, edit.New(d), newArticleID())
			if first == nil {
				first = a
			}
		}
		if first != nil {
			p.openArticle(first)
		}
		lib.render()
		msg := fmt.Sprintf("Imported %s from %s.", plural(len(docs), "article"), plural(len(files), "file"))
		if len(problems) > 0 {
			msg += " " + plural(len(problems), "file") + " could not be imported: " + strings.Join(problems, " ")
		}
		p.showReport(problems)
		p.setStatus(msg)
	}()
}

// showReport lists the files that could not be imported, with their problems, until the next
// import.
func (p *page) showReport(problems []string) {
	report := byID("import-report")
	if !report.Truthy() {
		return
	}
	report.Set("textContent", "")
	report.Set("hidden", len(problems) == 0)
	for _, msg := range problems {
		li := js.Global().Get("document").Call("createElement", "li")
		li.Set("textContent", msg)
		report.Call("appendChild", li)
	}
}

// readFiles reads the files of one drop or pick. Each .ann goes with the .txt of the same name;
// other .txt and .md files are annotated by the engine.
func readFiles(files []js.Value) (docs []*annotate.Document, problems []string) {
	byName := map[string]js.Value{} // by lower-case name: "Story.TXT" pairs with "story.ann"
	for _, f := range files {
		byName[strings.ToLower(f.Get("name").String())] = f
	}
	pairOf := func(name, ext string) (js.Value, bool) { // the file that pairs with this one
		f, ok := byName[strings.ToLower(strings.TrimSuffix(name, path.Ext(name))+ext)]
		return f, ok
	}
	for _, f := range files {
		name := f.Get("name").String()
		ext := strings.ToLower(path.Ext(name))
		if ext == ".txt" {
			if _, ok := pairOf(name, ".ann"); ok {
				continue // read with its .ann
			}
		}
		var got []*annotate.Document
		var err error
		if ext == ".ann" {
			txt, ok := pairOf(name, ".txt")
			if !ok {
				problems = append(problems, name+": a brat .ann file needs the .txt it annotates, with the same name, in the same drop.")
				continue
			}
			got, err = readBrat(txt, f)
		} else {
			got, err = readFile(f)
		}
		if err != nil {
			problems = append(problems, named(name, err))
			continue
		}
		docs = append(docs, got...)
	}
	return docs, problems
}

// readFile reads one file, checking its size before reading it.
func readFile(f js.Value) ([]*annotate.Document, error) {
	name := f.Get("name").String()
	data, err := fileBytes(f)
	if err != nil {
		return nil, err
	}
	docs, err := formats.Import(name, data)
	if err != nil {
		return nil, err
	}
	if formats.IsText(name) {
		for i, d := range docs {
			if strings.TrimSpace(d.Text) == "" {
				return nil, errors.New(name + ": the file holds no text to annotate")
			}
			docs[i] = annotate.Annotate(d.Text, annotate.Options{})
		}
	}
	return docs, nil
}

// readBrat reads a brat .txt and .ann pair.
func readBrat(txt, ann js.Value) ([]*annotate.Document, error) {
	t, err := fileBytes(txt)
	if err != nil {
		return nil, errors.New(named(txt.Get("name").String(), err))
	}
	a, err := fileBytes(ann)
	if err != nil {
		return nil, err
	}
	doc, err := formats.ImportBratNamed(txt.Get("name").String(), ann.Get("name").String(), t, a)
	if err != nil {
		return nil, err
	}
	return []*annotate.Document{doc}, nil
}

// fileBytes reads a File after checking its size against formats.MaxSize.
func fileBytes(f js.Value) ([]byte, error) {
	if err := formats.CheckSize(f.Get("name").String(), int64(f.Get("size").Float())); err != nil {
		return nil, err
	}
	buf, err := await(f.Call("arrayBuffer"))
	if err != nil {
		return nil, fmt.Errorf("the browser could not read the file (%v)", err)
	}
	return goBytes(js.Global().Get("Uint8Array").New(buf)), nil
}

// named makes sure a problem names its file.
func named(name string, err error) string {
	msg := err.Error()
	if !strings.HasPrefix(msg, name) {
		msg = name + ": " + msg
	}
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return msg
}

// await waits for a JS Promise. It must run in a goroutine.
func await(promise js.Value) (js.Value, error) {
	type outcome struct {
		v   js.Value
		err error
	}
	ch := make(chan outcome, 1)
	var ok, fail js.Func
	ok = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- outcome{v: args[0]}
		ok.Release()
		fail.Release()
		return nil
	})
	fail = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- outcome{err: errors.New(js.Global().Get("String").Invoke(args[0]).String())}
		ok.Release()
		fail.Release()
		return nil
	})
	promise.Call("then", ok, fail)
	o := <-ch
	return o.v, o.err
}
