//go:build e2e

package e2e

import (
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/article-annotator/annotator/render"
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

// dropJS drops files made in the page on the article view, as a file manager does: files is a
// JS expression giving [[name, content], ...].
func dropJS(tb *tab, files string) {
	tb.t.Helper()
	if !eval[bool](tb, `(() => { const dt = new DataTransfer();
		for (const [name, content] of `+files+`) dt.items.add(new File([content], name));
		const over = new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true});
		document.getElementById('view').dispatchEvent(over);
		if (!over.defaultPrevented) return false;
		const ev = new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true});
		document.getElementById('view').dispatchEvent(ev); return ev.defaultPrevented; })()`) {
		tb.t.Fatal("the page did not take the drop")
	}
}

// TestQA5DropLongFiles drops a 1 MB transcript as .txt, and the JSON the CLI makes of another
// as .json: both join the library; each opens folded, with the text and export as dropped; a
// reload keeps them.
func TestQA5DropLongFiles(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	eval[bool](tb, transcriptJS)
	a := eval[string](tb, `window.ta = transcript(1 << 20, 'dropped text')`)
	b := eval[string](tb, `transcript(700000, 'dropped json')`)
	bJSON := string(cli(t, b, "2024-09-20"))
	eval[bool](tb, `(window.tb = `+js(bJSON)+`, true)`)
	dropJS(tb, `[['ferry.txt', window.ta], ['ferry.json', window.tb]]`)
	tb.pollLong(`document.getElementById('status').textContent.startsWith('Imported')`)
	tb.pollLong(`document.querySelectorAll('#library-list li.article').length === 2 && document.getElementById('save-state').dataset.state === 'saved'`)
	t.Logf("after the drop: %q, fold %q", status(tb), eval[string](tb, foldState))
	open := func(title string) string {
		t.Helper()
		eval[bool](tb, `(() => { [...document.querySelectorAll('#library-list li.article')].find(li => li.querySelector('.title').textContent.includes(`+js(title)+`)).querySelector('button.open').click(); return true; })()`)
		tb.pollLong(`document.getElementById('status').textContent.startsWith('Opened') && !document.getElementById('progress-box').hidden === false`)
		return eval[string](tb, `articleAnnotator.export('json')`)
	}
	for i := 0; i < 2; i++ {
		if got := open("dropped json"); got != bJSON {
			t.Errorf("the dropped JSON opens as %s", diff(got, bJSON))
		}
		if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
			t.Errorf("the dropped JSON's fold is %q", got)
		}
		if got := eval[string](tb, `document.getElementById('refdate').value`); got != "2024-09-20" {
			t.Errorf("the dropped JSON's reference date shows %q", got)
		}
		if got := articleText[string](tb, `text`); got != b {
			t.Errorf("the dropped JSON's text area holds %s", short(got))
		}
		if got := open("dropped text"); got != string(cli(t, a, "")) {
			t.Errorf("the dropped text opens as %s", short(got))
		}
		if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
			t.Errorf("the dropped text's fold is %q", got)
		}
		tb.reload()
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5SwitchWhileShown shows a long article's text with "Edit the text", then opens a short
// article and the long one again, and reloads: each opens with its own text, the long one folded
// after the reload, the short one in the text area.
func TestQA5SwitchWhileShown(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	tb.paste(qa5Short)
	tb.do(chromedpClick("new-article"))
	tb.poll(`document.getElementById('status').textContent.startsWith('New article')`)
	saves := eval[int](tb, `performance.getEntriesByName('annotator-saved').length`)
	pasteLong(tb, 1<<20, "switched")
	settled(tb, &saves)
	long := eval[string](tb, `window.pastedText`)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	openTitled := func(title string) {
		t.Helper()
		eval[bool](tb, `(() => { [...document.querySelectorAll('#library-list li.article')].find(li => li.querySelector('.title').textContent.includes(`+js(title)+`)).querySelector('button.open').click(); return true; })()`)
		tb.poll(`document.getElementById('status').textContent.startsWith('Opened')`)
	}
	openTitled("harbour master")
	t.Logf("short opened: fold %q", eval[string](tb, foldState))
	if got := eval[string](tb, `document.getElementById('article').value`); got != qa5Short {
		t.Errorf("the short article's text area holds %s", short(got))
	}
	if got := eval[string](tb, foldState); got != "shown|no note" {
		t.Errorf("the short article's fold is %q", got)
	}
	openTitled("switched")
	t.Logf("long opened: fold %q", eval[string](tb, foldState))
	if got := exportedText(tb); got != long {
		t.Errorf("the long article opens with another text")
	}
	if got := articleText[string](tb, `text`); got != long {
		t.Errorf("the long article's text area holds %s", short(got))
	}
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("the long article's fold is %q", got)
	}
	tb.do(chromedpClick("long-edit"))
	tb.reload()
	tb.poll(`!document.getElementById('long-note').hidden`)
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("after a reload the fold is %q", got)
	}
	if got := exportedText(tb); got != long {
		t.Errorf("after a reload the long article has another text")
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5ReloadDuringChange deletes a quote of a pasted 1 MB transcript, reloads, sets a new
// reference date, which the worker makes as a change of the kept session, and reloads again at
// once, before the worker is done: after the reload the article has the new reference date, the
// quote the person deleted stays deleted, and Undo takes the new reference date back, then brings
// the quote back. The reload annotated the text afresh: the deleted quote came back, and the
// history was gone.
func TestQA5ReloadDuringChange(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 1<<20, "dated")
	settled(tb, &saves)
	text := eval[string](tb, `window.pastedText`)
	ref := deleteFirstMark(t, tb, "quote")
	deleted := eval[string](tb, `articleAnnotator.export('json')`)
	tb.reload()
	tb.do(setDate("refdate", "2024-10-01"))
	if !eval[bool](tb, running) {
		t.Fatal("the worker made the change before the reload; the test needs a longer article")
	}
	tb.do(chromedp.Reload())
	eval[bool](tb, `window.articleAnnotator.ready.then(() => true)`)
	tb.pollLong(`document.getElementById('progress-box').hidden && document.getElementById('save-state').dataset.state === 'saved' && articleAnnotator.current() !== null`)
	d := decode(t, []byte(eval[string](tb, `articleAnnotator.export('json')`)))
	t.Logf("after the reload: field %q, buttons %q, status %q", eval[string](tb, `document.getElementById('refdate').value`), eval[string](tb, undoState), status(tb))
	if d.Text != text || d.ReferenceDate == nil || *d.ReferenceDate != "2024-10-01" {
		t.Fatalf("after the reload the article has the reference date %v (want 2024-10-01), the pasted text: %v", d.ReferenceDate, d.Text == text)
	}
	if got := eval[string](tb, `document.getElementById('refdate').value`); got != "2024-10-01" {
		t.Errorf("after the reload the date field shows %q", got)
	}
	if len(d.Quotes) != len(decode(t, []byte(deleted)).Quotes) {
		t.Errorf("after the reload the article has %d quotes; the person had deleted one of %d", len(d.Quotes), len(decode(t, []byte(deleted)).Quotes)+1)
	}
	if got := eval[string](tb, undoState); !strings.HasPrefix(got, "undo:Undo") {
		t.Fatalf("after the reload the buttons are %q; Undo should take the new reference date back", got)
	}
	tb.do(chromedpClick("undo"))
	tb.pollLong(`document.getElementById('status').textContent.startsWith('Undone') && document.getElementById('progress-box').hidden`)
	if got := eval[string](tb, `articleAnnotator.export('json')`); got != deleted {
		t.Errorf("Undo did not give back the article as it was before the new reference date: %s", diff(got, deleted))
	}
	tb.do(chromedpClick("undo"))
	tb.poll(`document.querySelector('#view mark[data-id="` + ref + `"]') !== null`)
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5MarkThenTypeLong deletes a date of a pasted 1 MB transcript, then types a word into the
// text "Edit the text" shows and hides it: the word is in, the date stays deleted; Undo takes the
// word out, Undo again brings the date back; a reload keeps it all, Redo included.
func TestQA5MarkThenTypeLong(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 1<<20, "marked")
	settled(tb, &saves)
	text := eval[string](tb, `window.pastedText`)
	ref := deleteFirstMark(t, tb, "date")
	deleted := eval[string](tb, `articleAnnotator.export('json')`)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	at := strings.Index(text, "\n")
	eval[bool](tb, `(document.getElementById('article').setSelectionRange(`+strconv.Itoa(at)+`, `+strconv.Itoa(at)+`), true)`)
	typeText(tb, " Late")
	tb.do(chromedpClick("long-edit"))
	tb.pollLong(`document.getElementById('progress-box').hidden && document.getElementById('save-state').dataset.state === 'saved'`)
	typed := text[:at] + " Late" + text[at:]
	d := decode(t, []byte(eval[string](tb, `articleAnnotator.export('json')`)))
	if d.Text != typed {
		t.Fatalf("the typed word is not in the article")
	}
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("after typing the fold is %q", got)
	}
	press(tb, "z", chromedp.ModifierCtrl)
	tb.pollLong(`document.getElementById('status').textContent.startsWith('Undone') && document.getElementById('progress-box').hidden`)
	if got := eval[string](tb, `articleAnnotator.export('json')`); got != deleted {
		t.Errorf("Undo of the typing did not give back the article with the date deleted: %s", diff(got, deleted))
	}
	press(tb, "z", chromedp.ModifierCtrl)
	tb.poll(`document.querySelector('#view mark[data-id="` + ref + `"]') !== null`)
	full := eval[string](tb, `articleAnnotator.export('json')`)
	if want := string(cli(t, text, "")); full != want {
		t.Errorf("Undo twice is not the transcript as annotated: %s", diff(full, want))
	}
	tb.reload()
	if got := eval[string](tb, `articleAnnotator.export('json')`); got != full {
		t.Errorf("after a reload the article differs: %s", diff(got, full))
	}
	press(tb, "z", chromedp.ModifierCtrl|chromedp.ModifierShift)
	tb.pollLong(`document.querySelector('#view mark[data-id="` + ref + `"]') === null && document.getElementById('progress-box').hidden && !document.getElementById('undo').disabled`)
	t.Logf("after Redo: buttons %q, status %q", eval[string](tb, undoState), status(tb))
	press(tb, "z", chromedp.ModifierCtrl|chromedp.ModifierShift)
	tb.pollLong(`document.getElementById('status').textContent.startsWith('Redone: Changed the text') && document.getElementById('progress-box').hidden`)
	if got := exportedText(tb); got != typed {
		t.Errorf("Redo twice after a reload did not type the word again")
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5TypeThenReload shows a pasted 1 MB transcript with "Edit the text", types a word and
// reloads at once, before typing pauses: after the reload the word is in the article, folded.
func TestQA5TypeThenReload(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 1<<20, "typed")
	settled(tb, &saves)
	text := eval[string](tb, `window.pastedText`)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	at := strings.Index(text, "\n")
	eval[bool](tb, `(document.getElementById('article').setSelectionRange(`+strconv.Itoa(at)+`, `+strconv.Itoa(at)+`), true)`)
	typeText(tb, " Late")
	tb.do(chromedp.Reload())
	eval[bool](tb, `window.articleAnnotator.ready.then(() => true)`)
	tb.pollLong(`document.getElementById('progress-box').hidden && document.getElementById('save-state').dataset.state === 'saved' && articleAnnotator.current() !== null`)
	typed := text[:at] + " Late" + text[at:]
	t.Logf("after the reload: fold %q, buttons %q, status %q", eval[string](tb, foldState), eval[string](tb, undoState), status(tb))
	if got := exportedText(tb); got != typed {
		t.Errorf("after the reload the typed word is not in the article: %s", diff(short(got), short(typed)))
	}
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("after the reload the fold is %q", got)
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5ClearThenType shows a pasted 1 MB transcript with "Edit the text", selects all of it,
// deletes it, waits, and types a short article: the article is the short one, the note of a long
// text gone (it still said the text area held a million characters), and Undo brings the
// transcript back.
func TestQA5ClearThenType(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 1<<20, "cleared")
	settled(tb, &saves)
	long := eval[string](tb, `window.pastedText`)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	eval[bool](tb, `(document.getElementById('article').select(), true)`)
	tb.do(chromedp.KeyEvent(kb.Delete))
	tb.poll(`document.getElementById('article').value === ''`)
	tb.do(chromedp.Sleep(1500 * time.Millisecond)) // typing pauses
	t.Logf("emptied: fold %q, buttons %q, status %q, save %q", eval[string](tb, foldState), eval[string](tb, undoState), status(tb),
		eval[string](tb, `document.getElementById('save-state').dataset.state`))
	typeText(tb, qa5Short)
	tb.do(chromedp.Sleep(1500 * time.Millisecond))
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	t.Logf("typed: fold %q, buttons %q, status %q", eval[string](tb, foldState), eval[string](tb, undoState), status(tb))
	if got := exportedText(tb); got != qa5Short {
		t.Errorf("the article is %s", short(got))
	}
	if got := eval[string](tb, foldState); got != "shown|no note" {
		t.Errorf("once the text is short the fold is %q; the note of a long text (%q) should go", got, eval[string](tb, `document.getElementById('long-note-text').textContent`))
	}
	for i := 0; i < 3 && exportedText(tb) != long && !eval[bool](tb, `document.getElementById('undo').disabled`); i++ {
		tb.do(chromedpClick("undo"))
		tb.pollLong(`document.getElementById('status').textContent.startsWith('Undone') && document.getElementById('progress-box').hidden`)
		t.Logf("undo %d: fold %q, buttons %q, status %q", i, eval[string](tb, foldState), eval[string](tb, undoState), status(tb))
	}
	if got := exportedText(tb); got != long {
		t.Errorf("Undo did not bring the transcript back")
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5ExportAllThenDelete pastes a short article and, in a new article, a 1 MB transcript,
// and at once clicks Export all: the JSON Lines hold both, the transcript as the CLI annotates
// it. Then, with the transcript's text shown by "Edit the text", the person deletes the article
// and undoes the delete: it comes back whole, folded, and stays after a reload.
func TestQA5ExportAllThenDelete(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	dir := allowDownloads(t, tb)
	tb.paste(qa5Short)
	tb.do(chromedpClick("new-article"))
	tb.poll(`document.getElementById('status').textContent.startsWith('New article')`)
	pasteLong(tb, 1<<20, "all")
	tb.do(chromedpClick("export-all"))
	long := eval[string](tb, `window.pastedText`)
	name := "annotated-articles-" + time.Now().Format("2006-01-02") + ".jsonl"
	lines := strings.Split(strings.TrimSpace(string(waitFile(t, filepath.Join(dir, name)))), "\n")
	want := strings.TrimSpace(string(cli(t, long, "")))
	if len(lines) != 2 || decode(t, []byte(lines[0])).Text != qa5Short || normal(t, []byte(lines[1])) != normal(t, []byte(want)) {
		t.Errorf("Export all during the run wrote %d lines; want the short article, then the transcript as the CLI has it", len(lines))
	}
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	eval[bool](tb, `([...document.querySelectorAll('#library-list li.article')].find(li => li.classList.contains('current')).querySelector('button.delete').click(), true)`)
	tb.poll(`!document.getElementById('undo-delete').hidden && document.getElementById('save-state').dataset.state === 'saved'`)
	t.Logf("deleted: fold %q, text area %d units, status %q", eval[string](tb, foldState), eval[int](tb, `document.getElementById('article').value.length`), status(tb))
	tb.do(chromedpClick("undo-delete"))
	tb.poll(`document.getElementById('status').textContent.startsWith('Brought back')`)
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("the article brought back has the fold %q", got)
	}
	if got := articleText[string](tb, `text`); got != long {
		t.Errorf("the article brought back holds %s", short(got))
	}
	got := eval[string](tb, `articleAnnotator.export('json')`)
	if normal(t, []byte(got)) != normal(t, []byte(want)) {
		t.Errorf("the article brought back exports otherwise: %s", diff(got, want))
	}
	tb.reload()
	if n := len(libraryTitles(tb)); n != 2 {
		t.Errorf("after a reload the library lists %d articles", n)
	}
	if got := exportedText(tb); got != long {
		t.Errorf("after a reload the open article is %s", short(got))
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5PasteWordIntoShownText shows a pasted 1 MB transcript with "Edit the text" and pastes a
// word into it, as a person fixing a name does: the text area stays shown, with the caret after
// the word, and once the person hides it the word is in the article; Undo takes it out. The
// text area was folded away at the paste, the caret and the focus lost.
func TestQA5PasteWordIntoShownText(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 1<<20, "word")
	settled(tb, &saves)
	text := eval[string](tb, `window.pastedText`)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	at := strings.Index(text, "\n")
	eval[bool](tb, `(document.getElementById('article').setSelectionRange(`+strconv.Itoa(at)+`, `+strconv.Itoa(at)+`), true)`)
	eval[bool](tb, `(() => { const t = document.getElementById('article'), data = new DataTransfer(); data.setData('text/plain', ' Extra');
		if (t.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}))) {
			document.execCommand('insertText', false, ' Extra'); // the browser's own insertion, which an untrusted paste event does not make
			t.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
		}
		return true; })()`)
	if got := eval[string](tb, foldState); got != "shown|Hide the text|true" {
		t.Errorf("after pasting a word the fold is %q; the text area should stay shown", got)
	}
	if !eval[bool](tb, `document.activeElement === document.getElementById('article')`) {
		t.Error("after pasting a word the text area lost the focus")
	}
	if got := eval[int](tb, `document.getElementById('article').selectionStart`); got != at+len(" Extra") {
		t.Errorf("after pasting a word the caret is at %d, want %d", got, at+len(" Extra"))
	}
	tb.do(chromedpClick("long-edit"))
	settled(tb, &saves)
	typed := text[:at] + " Extra" + text[at:]
	if got := exportedText(tb); got != typed {
		t.Errorf("the pasted word is not in the article: %s", diff(short(got), short(typed)))
	}
	tb.do(chromedpClick("undo"))
	settled(tb, &saves)
	if got := exportedText(tb); got != text {
		t.Errorf("Undo did not take the pasted word out")
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5DownloadsDropBack edits a short article by keyboard (renames a speaker, sets the
// reference date, deletes a date), downloads it as JSON, W3C and brat from the export menu, and drops
// the files back on the page: each comes in as an article equal to the one downloaded.
func TestQA5DownloadsDropBack(t *testing.T) {
	tb := openArticle(t, server.URL+"/", crew)
	dir := allowDownloads(t, tb)
	d := current(t, tb)
	haddad := speakerNamed(d, "Omar Haddad")
	if haddad == nil || len(d.Dates) == 0 {
		t.Fatalf("the engine's speakers and dates are not those this test edits: %+v", d)
	}
	openInspector(t, tb, haddad.ID+".m1")
	tb.do(chromedp.Focus(chromedp.ID("insp-name")), chromedp.Evaluate[chromedp.Void](`document.getElementById('insp-name').select()`))
	press(tb, "Harbour master Omar Haddad"+keyEnter)
	press(tb, keyEscape)
	tb.do(setDate("refdate", "2024-05-06"))
	tb.poll(`document.getElementById('refnote').textContent.includes('set by you')`)
	focusMark(t, tb, d.Dates[0].ID)
	press(tb, keyDelete)
	tb.poll(`document.querySelector('#view mark[data-kind="date"]') === null`)
	want := current(t, tb)
	if speakerNamed(want, "Harbour master Omar Haddad") == nil || len(want.Dates) != len(d.Dates)-1 {
		t.Fatalf("the edits did not land: %+v", want)
	}
	base := strings.TrimSuffix(render.FileName(crew), ".json")
	files := map[string]string{}
	for _, c := range []struct{ format, ext string }{{"json", ".json"}, {"w3c", ".jsonld"}, {"brat", ".ann"}} {
		eval[bool](tb, `(() => { const s = document.getElementById('export-format'); s.value = `+js(c.format)+`; s.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`)
		tb.do(chromedpClick("export"))
		files[base+c.ext] = string(waitFile(t, filepath.Join(dir, base+c.ext)))
	}
	files[base+".txt"] = string(waitFile(t, filepath.Join(dir, base+".txt")))
	for name, content := range files {
		tb.do(chromedpClick("new-article"))
		tb.poll(`document.getElementById('status').textContent.startsWith('New article')`)
		n := len(libraryTitles(tb))
		one := map[string]string{name: content}
		if strings.HasSuffix(name, ".txt") {
			continue
		}
		if strings.HasSuffix(name, ".ann") {
			one[base+".txt"] = files[base+".txt"]
		}
		drop(tb, one)
		tb.poll(`document.getElementById('status').textContent.startsWith('Imported')`)
		tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
		if got := len(libraryTitles(tb)); got != n+1 {
			t.Errorf("%s: the library has %d articles, want %d", name, got, n+1)
		}
		got := current(t, tb)
		w := *want
		got.ID, w.ID = "", ""
		if g, e := string(mustJSON(t, got)), string(mustJSON(t, &w)); g != e {
			t.Errorf("%s dropped back differs from the article downloaded: %s", name, diff(g, e))
		}
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5UndoDuringChange sets a new reference date on a pasted 1 MB transcript and presses
// Ctrl+Z at once, while the worker still makes the change: the page says the undo follows once
// it is done, and then makes it (it used to refuse, in a status line the run's result replaced
// at once). Then it sets another date and types in the shown text before that one is done. Each
// step ends with the date field showing the article's date; the final export has the typed word
// and the second date, the history has them in the order made (the typing last, where it came
// first), and Undo to the end gives back the transcript as pasted.
func TestQA5UndoDuringChange(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 1<<20, "hurried")
	settled(tb, &saves)
	text := eval[string](tb, `window.pastedText`)
	pasted := string(cli(t, text, ""))
	tb.do(setDate("refdate", "2024-10-01"))
	eval[bool](tb, `(document.activeElement.blur(), true)`)
	press(tb, "z", chromedp.ModifierCtrl)
	if !eval[bool](tb, running) {
		t.Fatal("the worker made the change before Ctrl+Z; the test needs a longer article")
	}
	if got := status(tb); !strings.Contains(got, "the undo follows once it is done") {
		t.Errorf("Ctrl+Z during the run says %q; it should say that the undo follows", got)
	}
	tb.pollLong(`document.getElementById('status').textContent.startsWith('Undone') && document.getElementById('progress-box').hidden &&
		document.getElementById('save-state').dataset.state === 'saved'`)
	tb.do(chromedp.Sleep(500 * time.Millisecond))
	tb.pollLong(`document.getElementById('progress-box').hidden && document.getElementById('save-state').dataset.state === 'saved'`)
	got := eval[string](tb, `articleAnnotator.export('json')`)
	t.Logf("after the date and Ctrl+Z: field %q, buttons %q, status %q", eval[string](tb, `document.getElementById('refdate').value`),
		eval[string](tb, undoState), status(tb))
	if got != pasted {
		t.Errorf("after the run the undo asked for during it did not give back the transcript as pasted: %s", diff(got, pasted))
	}
	field := eval[string](tb, `document.getElementById('refdate').value`)
	if d := decode(t, []byte(got)); d.ReferenceDate == nil || *d.ReferenceDate != field {
		t.Errorf("the date field shows %q, the article has %v", field, d.ReferenceDate)
	}
	tb.do(setDate("refdate", "2024-11-01"))
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	at := strings.Index(text, "\n")
	eval[bool](tb, `(document.getElementById('article').setSelectionRange(`+strconv.Itoa(at)+`, `+strconv.Itoa(at)+`), true)`)
	typeText(tb, " Late")
	tb.do(chromedpClick("long-edit"))
	tb.pollLong(`document.getElementById('progress-box').hidden && document.getElementById('save-state').dataset.state === 'saved'`)
	tb.do(chromedp.Sleep(500 * time.Millisecond))
	tb.pollLong(`document.getElementById('progress-box').hidden && document.getElementById('save-state').dataset.state === 'saved'`)
	d := decode(t, []byte(eval[string](tb, `articleAnnotator.export('json')`)))
	t.Logf("after the second date and typing: field %q, buttons %q, status %q", eval[string](tb, `document.getElementById('refdate').value`), eval[string](tb, undoState), status(tb))
	if typed := text[:at] + " Late" + text[at:]; d.Text != typed || d.ReferenceDate == nil || *d.ReferenceDate != "2024-11-01" {
		t.Fatalf("the article has the typed word: %v, the reference date %v (want 2024-11-01)", d.Text == typed, d.ReferenceDate)
	}
	// The date was set first, the word typed after: Undo takes the word out first.
	if got := eval[string](tb, undoState); !strings.HasPrefix(got, "undo:Undo: Changed the text") {
		t.Errorf("after a date and then typing the buttons are %q; Undo should take the typing back first", got)
	}
	for i := 0; i < 4 && !eval[bool](tb, `document.getElementById('undo').disabled`); i++ {
		tb.do(chromedpClick("undo"))
		tb.pollLong(`document.getElementById('status').textContent.startsWith('Undone') && document.getElementById('progress-box').hidden && document.getElementById('save-state').dataset.state === 'saved'`)
		t.Logf("undo %d: field %q, buttons %q, status %q", i, eval[string](tb, `document.getElementById('refdate').value`), eval[string](tb, undoState), status(tb))
	}
	if got := eval[string](tb, `articleAnnotator.export('json')`); got != pasted {
		t.Errorf("Undo to the end does not give back the transcript as pasted: %s", diff(got, pasted))
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5OpenLongWhileShown shows a 1 MB transcript's text with "Edit the text" and opens another
// long article from the library: it opens folded, its note giving its own size, and its text is
// its own. It opened in the shown text area, the note still giving the first one's size.
func TestQA5OpenLongWhileShown(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	saves := 0
	pasteLong(tb, 600000, "smaller")
	settled(tb, &saves)
	small := eval[string](tb, `window.pastedText`)
	tb.do(chromedpClick("new-article"))
	tb.poll(`document.getElementById('status').textContent.startsWith('New article')`)
	pasteLong(tb, 1<<20, "larger")
	settled(tb, &saves)
	tb.do(chromedpClick("long-edit"))
	tb.poll(`document.activeElement === document.getElementById('article')`)
	eval[bool](tb, `([...document.querySelectorAll('#library-list li.article')].find(li => li.querySelector('.title').textContent.includes('smaller')).querySelector('button.open').click(), true)`)
	tb.poll(`document.getElementById('status').textContent.startsWith('Opened')`)
	if got := eval[string](tb, foldState); got != "hidden|Edit the text|false" {
		t.Errorf("the article opened has the fold %q", got)
	}
	if note := eval[string](tb, `document.getElementById('long-note-text').textContent`); !strings.Contains(note, "thousand characters)") {
		t.Errorf("the note of the article opened says %q", note)
	}
	if got := articleText[string](tb, `text`); got != small {
		t.Errorf("the article opened holds %s", short(got))
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQA5LongFormatsEqualCLI pastes a 300 KB transcript and, once kept, downloads it in every
// format from the export menu: each file is what `annotate --format FORMAT` prints for the text.
func TestQA5LongFormatsEqualCLI(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	dir := allowDownloads(t, tb)
	saves := 0
	pasteLong(tb, 300000, "formats")
	settled(tb, &saves)
	text := eval[string](tb, `window.pastedText`)
	base := strings.TrimSuffix(render.FileName(text), ".json")
	for _, c := range []struct{ format, ext string }{{"json", ".json"}, {"w3c", ".jsonld"}, {"csv", ".csv"}, {"brat", ".ann"}} {
		eval[bool](tb, `(() => { const s = document.getElementById('export-format'); s.value = `+js(c.format)+`; s.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`)
		tb.do(chromedpClick("export"))
		got := waitFile(t, filepath.Join(dir, base+c.ext))
		cmd := exec.Command(cliPath, "--format", c.format)
		cmd.Stdin = strings.NewReader(text)
		want, err := cmd.Output()
		if err != nil {
			t.Fatalf("annotate --format %s: %v", c.format, err)
		}
		if string(got) != string(want) {
			t.Errorf("the %s download is not the CLI's: %s", c.format, diff(string(got), string(want)))
		}
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}
