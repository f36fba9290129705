//go:build e2e

package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// A long article is kept out of the text area, where megabytes make the browser slow
// (wasm/fold.go). "Edit the text" shows it for editing; the same button then hides it again.

// foldState says whether the text area is shown, and what the note's button says: "shown|name|
// aria-expanded", or "no note" when the note is hidden.
const foldState = `(() => { const b = document.getElementById('long-edit'), shown = document.getElementById('article').offsetParent !== null;
  return document.getElementById('long-note').hidden ? (shown ? 'shown' : 'hidden') + '|no note' :
    (shown ? 'shown' : 'hidden') + '|' + b.textContent + '|' + b.getAttribute('aria-expanded'); })()`

// TestFixLongFoldBack pastes a 1 MB transcript, shows the text with "Edit the text", types a word
// and at once, before typing pauses, presses the button, now "Hide the text": the text area is
// folded again, and the word is not lost, the article being annotated with it. The text area
// stayed shown, with no way back (the note was gone).
func TestFixLongFoldBack(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 1<<20, "folded")
	settled(tb, &saves)
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Fatalf("after the paste the fold is %q", got)
	}
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	if got := eval[string](tb, foldState); got != "shown|Hide the text|true" {
		t.Fatalf("after Edit the text the fold is %q; the note's button should hide the text again", got)
	}
	text := eval[string](tb, `window.pastedText`)
	at := strings.Index(text, "\n")
	eval[bool](tb, `(document.getElementById('article').setSelectionRange(`+strconv.Itoa(at)+`, `+strconv.Itoa(at)+`), true)`)
	tb.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: " Late"})
		return err
	}))
	tb.do(chromedpClick("long-edit"))
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("after Hide the text the fold is %q", got)
	}
	if !eval[bool](tb, `document.activeElement === document.getElementById('long-edit')`) {
		t.Error("after Hide the text the focus is not on the note's button")
	}
	settled(tb, &saves)
	typed := text[:at] + " Late" + text[at:]
	if d := decode(t, []byte(eval[string](tb, `articleAnnotator.export('json')`))); d.Text != typed {
		t.Errorf("the word typed just before hiding the text is not in the article: %s", diff(d.Text, typed))
	}
	// Undo of the typing leaves the fold as it is; the button shows the text again.
	tb.do(chromedpClick("undo"))
	settled(tb, &saves)
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("after Undo the fold is %q", got)
	}
	tb.do(chromedpClick("long-edit"))
	if got := eval[string](tb, foldState); got != "shown|Hide the text|true" {
		t.Errorf("Edit the text again: the fold is %q", got)
	}
	if !eval[bool](tb, `document.getElementById('article').value === window.pastedText`) {
		t.Error("the text area shown after Undo is not the pasted text")
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// articleText evaluates expr, a JS expression of `text`, on the article's text as a person sees
// it in the text area. A long article's is folded out of it, so "Edit the text" shows it first,
// and "Hide the text" folds it again after.
func articleText[T any](tb *tab, expr string) T {
	tb.t.Helper()
	const folded = `document.getElementById('article').offsetParent === null`
	fold := eval[bool](tb, folded)
	if fold {
		tb.do(chromedpClick("long-edit"))
		tb.poll(`!(` + folded + `)`)
	}
	v := eval[T](tb, `(text => (`+expr+`))(document.getElementById('article').value)`)
	if fold {
		tb.do(chromedpClick("long-edit"))
		tb.poll(folded)
	}
	return v
}
