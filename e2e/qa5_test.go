//go:build e2e

package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// The QA of this session's long articles as a journalist uses them: the text held by the page
// rather than the text area (wasm/fold.go), shown by "Edit the text" and hidden again, replaced,
// pasted over, undone and redone, and kept across reloads.

// typeText types s into the focused element as the keyboard does, replacing its selection.
func typeText(tb *tab, s string) {
	tb.t.Helper()
	tb.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: s})
		return err
	}))
}

// exportedText is the open article's text as the JSON download has it.
func exportedText(tb *tab) string {
	tb.t.Helper()
	return decode(tb.t, []byte(eval[string](tb, `articleAnnotator.export('json')`))).Text
}

const qa5Short = "The harbour master said on Friday that the \"new pier is finally ready\". Nobody asked her twice.\n"

// TestQA5ReplaceLongWithShort pastes a 1 MB transcript, shows it with "Edit the text", selects
// all of it and types a short article over it, then hides the text area: the article is the
// short text. Undo gives back the transcript, folded; Redo the short text; a reload keeps it.
func TestQA5ReplaceLongWithShort(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 1<<20, "replaced")
	settled(tb, &saves)
	long := eval[string](tb, `window.pastedText`)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	eval[bool](tb, `(document.getElementById('article').select(), true)`)
	typeText(tb, qa5Short)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved' && document.getElementById('status').textContent !== ''`)
	t.Logf("after replace: fold %q, status %q, undo %q", eval[string](tb, foldState), status(tb), eval[string](tb, undoState))
	if got := exportedText(tb); got != qa5Short {
		t.Fatalf("after replacing the transcript the article is %s", diff(got, qa5Short))
	}
	if got := eval[string](tb, foldState); got != "shown|no note" {
		t.Errorf("a short article's fold is %q", got)
	}
	tb.do(chromedpClick("undo"))
	tb.poll(`document.getElementById('status').textContent.startsWith('Undone')`)
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	t.Logf("after undo: fold %q, status %q, undo %q", eval[string](tb, foldState), status(tb), eval[string](tb, undoState))
	if got := exportedText(tb); got != long {
		t.Errorf("Undo did not give back the transcript: %s", diff(short(got), short(long)))
	}
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("after Undo the transcript's fold is %q", got)
	}
	if got := articleText[string](tb, `text`); got != long {
		t.Errorf("after Undo the text area holds %s", short(got))
	}
	tb.do(chromedpClick("redo"))
	tb.poll(`document.getElementById('status').textContent.startsWith('Redone')`)
	if got := exportedText(tb); got != qa5Short {
		t.Errorf("Redo did not give the short text back: %s", short(got))
	}
	if got := eval[string](tb, foldState); got != "shown|no note" {
		t.Errorf("after Redo the fold is %q", got)
	}
	if got := eval[string](tb, `document.getElementById('article').value`); got != qa5Short {
		t.Errorf("after Redo the text area holds %s", short(got))
	}
	want := eval[string](tb, `articleAnnotator.export('json')`)
	tb.reload()
	if got := eval[string](tb, `articleAnnotator.export('json')`); got != want {
		t.Errorf("after a reload the article differs: %s", diff(got, want))
	}
	if got := eval[string](tb, undoState); !strings.HasPrefix(got, "undo:Undo") {
		t.Errorf("after a reload the buttons are %q", got)
	}
	tb.do(chromedpClick("undo"))
	tb.poll(`document.getElementById('status').textContent.startsWith('Undone')`)
	if got := exportedText(tb); got != long {
		t.Errorf("Undo after a reload did not give back the transcript")
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5PasteLongIntoShownText pastes a 1 MB transcript, shows it with "Edit the text", and
// pastes a second transcript over all of it: the article is the second, folded; Undo gives back
// the first, Redo the second, and a reload keeps the second with its history.
func TestQA5PasteLongIntoShownText(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 1<<20, "first")
	settled(tb, &saves)
	first := eval[string](tb, `window.pastedText`)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	tb.pasteAsPerson(`window.secondText = transcript(600000, 'second')`)
	settled(tb, &saves)
	second := eval[string](tb, `window.secondText`)
	t.Logf("after paste: fold %q, status %q, undo %q", eval[string](tb, foldState), status(tb), eval[string](tb, undoState))
	if got := exportedText(tb); got != second {
		t.Fatalf("the article is not the second paste: %s", short(got))
	}
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("after the paste the fold is %q", got)
	}
	if got := eval[string](tb, `articleAnnotator.export('json')`); got != string(cli(t, second, "")) {
		t.Errorf("the second paste's export is not the CLI's")
	}
	tb.do(chromedpClick("undo"))
	tb.poll(`document.getElementById('status').textContent.startsWith('Undone')`)
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	if got := exportedText(tb); got != first {
		t.Errorf("Undo did not give back the first transcript: %s", short(got))
	}
	if got := articleText[string](tb, `text`); got != first {
		t.Errorf("after Undo the text area holds %s", short(got))
	}
	tb.do(chromedpClick("redo"))
	tb.poll(`document.getElementById('status').textContent.startsWith('Redone')`)
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	want := eval[string](tb, `articleAnnotator.export('json')`)
	if d := decode(t, []byte(want)); d.Text != second {
		t.Errorf("Redo did not give the second transcript back")
	}
	tb.reload()
	if got := eval[string](tb, `articleAnnotator.export('json')`); got != want {
		t.Errorf("after a reload the article differs")
	}
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("after a reload the fold is %q", got)
	}
	if got := eval[string](tb, undoState); !strings.HasPrefix(got, "undo:Undo") {
		t.Errorf("after a reload the buttons are %q", got)
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}
