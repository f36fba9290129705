//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/render"
)

// annotateJS is articleAnnotator.annotate(text, {referenceDate}): a Promise of the document as a
// JS object, parsed from the same JSON bytes the CLI prints (render.JSON writes them without
// encoding/json, which would weigh about 120 KB in the self-contained page). A referenceDate
// that is not "YYYY-MM-DD" rejects the Promise.
func annotateJS(this js.Value, args []js.Value) any {
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return rejected(fmt.Errorf("annotate(text, {referenceDate}): text must be a string"))
	}
	text := args[0].String()
	ref := ""
	if len(args) > 1 && args[1].Type() == js.TypeObject {
		if v := args[1].Get("referenceDate"); v.Type() == js.TypeString {
			ref = v.String()
		} else if !v.IsUndefined() && !v.IsNull() {
			return rejected(fmt.Errorf("referenceDate must be a string \"YYYY-MM-DD\" or null"))
		}
	}
	if _, err := annotate.ParseDate(ref); err != nil {
		return rejected(fmt.Errorf("referenceDate %q is not a date written YYYY-MM-DD", ref))
	}
	return promise(func() (any, error) {
		b := render.JSON(annotate.Annotate(text, annotate.Options{ReferenceDate: ref}))
		return js.Global().Get("JSON").Call("parse", string(b)), nil
	})
}

// promise returns a JS Promise settled by run, which runs in a goroutine so that the calling JS
// callback returns at once.
func promise(run func() (any, error)) js.Value {
	executor := js.FuncOf(func(this js.Value, args []js.Value) any {
		resolve, reject := args[0], args[1]
		go func() {
			defer func() {
				if r := recover(); r != nil {
					reject.Invoke(jsError(fmt.Errorf("annotator: %v", r)))
				}
			}()
			v, err := run()
			if err != nil {
				reject.Invoke(jsError(err))
				return
			}
			resolve.Invoke(v)
		}()
		return nil
	})
	defer executor.Release() // the executor runs synchronously inside the constructor
	return js.Global().Get("Promise").New(executor)
}

func rejected(err error) js.Value {
	return js.Global().Get("Promise").Call("reject", jsError(err))
}

func jsError(err error) js.Value {
	return js.Global().Get("Error").New(err.Error())
}

// currentJS is articleAnnotator.current(): the open article's document, with every correction,
// as the JS object that JSON.parse makes of render.JSON's bytes (the bytes a download saves), or
// null when no article is open. Typing that the debounce has not reached yet is taken first.
func (p *page) currentJS(this js.Value, args []js.Value) (v any) {
	defer func() {
		if r := recover(); r != nil {
			p.recoverValue(r)
			v = js.Null()
		}
	}()
	p.update()
	if p.session() == nil {
		return js.Null()
	}
	return js.Global().Get("JSON").Call("parse", string(render.JSON(p.session().Doc())))
}
