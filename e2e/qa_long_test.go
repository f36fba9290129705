//go:build e2e

package e2e

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/article-annotator/annotator/render"
)

// The QA of long articles (>= 256 KB, annotated in the engine's workers): a journalist pastes a
// transcript of megabytes and acts on it at once, before the background work is done, and must
// lose nothing and see nothing wrong.

// transcriptJS defines window.transcript(bytes, tag): an interview transcript of about that many
// bytes, dated in its first line, with labelled turns, quotes, named speakers and dates; tag
// makes two transcripts differ. Every sentence is our own.
const transcriptJS = `window.transcript = (bytes, tag) => {
  const who = [['HOST', 'Dana Whitlow'], ['GUEST', 'Ravi Menon'], ['CALLER', 'Ines Duarte']];
  const days = ['last Monday', 'on Thursday', 'next week'];
  const parts = ['Harbour hour, ' + tag + ' (transcript). Published 3 September 2024.\n\n'];
  for (let n = 0, i = 0; n < bytes; i++) {
    const [label, name] = who[i % 3];
    const p = label + ': The ferry line ' + i + ' ran late ' + days[i % 3] + '. "We counted ' + (i * 7 % 90 + 10) +
      ' boats in the fog," ' + name + ' said. The board met on ' + (i % 27 + 1) + ' August 2024, and ' + name +
      ' told reporters that the timetable for berth ' + i + ' would change.\n\n';
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}; true`

// pasteLong opens url on a new article and pastes a transcript of bytes made in the page (kept
// in window.pastedText), as a paste does; it returns at once, while the workers run.
func pasteLong(tb *tab, bytes int, tag string) {
	tb.t.Helper()
	eval[bool](tb, transcriptJS)
	eval[bool](tb, `(() => { const t = document.getElementById('article'); t.focus();
		t.value = window.pastedText = transcript(`+strconv.Itoa(bytes)+`, `+js(tag)+`); window.pasted = performance.now();
		t.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'})); return true; })()`)
}

// running says whether the workers' run is still on: its progress bar is shown.
const running = `!document.getElementById('progress-box').hidden`

// allowDownloads sends the tab's downloads to a temporary directory, which it returns.
func allowDownloads(t *testing.T, tb *tab) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestQALongEditDuringRun focuses a date of a pasted 1 MB transcript as soon as the top is
// drawn, while the workers still work, and presses Delete: the page says that the marks can be
// changed once the run is done (it said "The annotator failed on this text", reading a session
// that was not there yet). Once done, Delete removes the date and Ctrl+Z brings it back, and the
// download equals the CLI's JSON for the text.
func TestQALongEditDuringRun(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	dir := allowDownloads(t, tb)
	pasteLong(tb, 1<<20, "edit")
	tb.pollLong(`performance.getEntriesByName('annotator-drawn').length > 0`)
	if !eval[bool](tb, running) {
		t.Fatal("the run ended before the person acted; the test needs a longer article")
	}
	ref := eval[string](tb, `(() => { const m = document.querySelector('#view mark[data-kind="date"]'); m.focus(); return m.dataset.id; })()`)
	tb.poll(`document.activeElement?.matches('#view mark[data-id="` + ref + `"]')`)
	tb.do(chromedp.KeyEvent(kb.Delete))
	if s := status(tb); eval[bool](tb, running) && !strings.HasPrefix(s, "Still annotating") {
		t.Errorf("a mark focused and deleted while the workers work: the status says %q", s)
	}
	tb.pollLong(`performance.getEntriesByName('annotator-saved').length > 0`)
	if n := eval[int](tb, `document.querySelectorAll('#view mark[data-id="`+ref+`"]').length`); n == 0 {
		t.Fatal("the date was deleted while the page could not keep the change")
	}
	focusMark(t, tb, ref)
	tb.do(chromedp.KeyEvent(kb.Delete))
	tb.poll(`document.querySelector('#view mark[data-id="` + ref + `"]') === null`)
	text := eval[string](tb, `window.pastedText`)
	want := cli(t, text, "")
	d := current(t, tb)
	if w := decode(t, want); d.Text != text || len(d.Dates) != len(w.Dates)-1 {
		t.Fatalf("after the delete the article has %d dates (the CLI %d), and the pasted text: %v", len(d.Dates), len(w.Dates), d.Text == text)
	}
	press(tb, "z", chromedp.ModifierCtrl)
	tb.poll(`document.querySelector('#view mark[data-id="` + ref + `"]') !== null`)
	tb.do(chromedpClick("download"))
	got := waitFile(t, filepath.Join(dir, render.FileName(text)))
	if !bytes.Equal(got, want) {
		t.Errorf("the download after delete and undo is not the CLI's JSON: %s", diff(string(got), string(want)))
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQALongExportDuringRun pastes a 1 MB transcript and at once clicks Download JSON, as a
// person in a hurry does: the file is the CLI's JSON for the pasted text (the export failed, with
// no session yet).
func TestQALongExportDuringRun(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	dir := allowDownloads(t, tb)
	pasteLong(tb, 1<<20, "export")
	tb.do(chromedpClick("download"))
	text := eval[string](tb, `window.pastedText`)
	got := waitFile(t, filepath.Join(dir, render.FileName(text)))
	if want := cli(t, text, ""); !bytes.Equal(got, want) {
		t.Errorf("the download made while the workers worked is not the CLI's JSON: %s", diff(string(got), string(want)))
	}
	t.Logf("1 MB: the page took the article over in %.0f ms", eval[float64](tb, `performance.getEntriesByName('annotator-takeover')[0]?.duration ?? -1`))
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQALongDeleteDuringRun pastes a long transcript over a short article and at once deletes
// the article: it stays deleted after a reload, and Undo delete brings it back with the pasted
// text, which was the one on screen (it brought back the short one, the paste lost).
func TestQALongDeleteDuringRun(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	tb.paste("The mayor said on Monday that the pier would open. \"It is late,\" said Lena Park.")
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 1 && articleAnnotator.current()?.quotes.length > 0`)
	pasteLong(tb, 1<<20, "deleted")
	tb.do(chromedpClickCSS(`#library-list li.article button.delete`))
	tb.poll(`!document.getElementById('undo-delete').hidden && document.getElementById('save-state').dataset.state === 'saved'`)
	// After a reload the deleted article stays deleted, and Undo delete still brings it back.
	eval[bool](tb, `sessionStorage.setItem('pasted', window.pastedText), true`)
	tb.open(server.URL + "/")
	tb.poll(`!document.getElementById('undo-delete').hidden`)
	if n := eval[int](tb, `document.querySelectorAll('#library-list li.article').length`); n != 0 {
		t.Errorf("after a reload the library lists %d articles; the one deleted should not come back by itself", n)
	}
	eval[bool](tb, `window.pastedText = sessionStorage.getItem('pasted'), true`)
	tb.do(chromedpClick("undo-delete"))
	tb.poll(`document.getElementById('status').textContent.startsWith('Brought back')`)
	if !articleText[bool](tb, `text === window.pastedText`) {
		t.Error("Undo delete brought the article back without the text pasted just before the delete")
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// TestQALongLeaveDuringRun pastes a 1 MB transcript on a fresh page and, at once, clicks New
// article; then pastes another and at once opens the first from the library. Neither paste may
// be lost (both were, the run being dropped with the text in no article), and both are there
// after a reload.
func TestQALongLeaveDuringRun(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	pasteLong(tb, 1<<20, "first")
	first := eval[string](tb, `window.pastedText`)
	tb.do(chromedpClick("new-article"))
	tb.poll(`document.getElementById('article').value === '' && document.querySelectorAll('#library-list li.article').length === 1`)
	pasteLong(tb, 1<<20, "second")
	second := eval[string](tb, `window.pastedText`)
	tb.do(chromedpClickCSS(`#library-list li.article button.open`)) // the first article: its name opens it
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 2 && document.getElementById('status').textContent.startsWith('Opened')`)
	if got := articleText[string](tb, `text`); got != first {
		t.Errorf("the first article opened with another text: %s", diff(got, first))
	}
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	tb.open(server.URL + "/")
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 2`)
	lines := libraryLines(tb)
	texts := map[string]bool{}
	for _, l := range lines {
		texts[decode(t, []byte(l)).Text] = true
	}
	if !texts[first] || !texts[second] {
		t.Errorf("after a reload the library holds the first paste: %v, the second: %v", texts[first], texts[second])
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}

// lookJS gives what a person sees of the open article, as JSON: the status line, the reference
// date and its note, the panel (who is quoted, the quotes by speaker, the timeline), and, after
// scrolling to the bottom, the last block drawn with its marks and their hover labels.
const lookJS = `(async () => { const v = document.getElementById('view');
  for (let i = 0; i < 3; i++) { window.scrollTo(0, document.body.scrollHeight); await new Promise((r) => setTimeout(r, 200)); }
  const drawn = [...v.querySelectorAll('.blk:not([data-todo])')], last = drawn[drawn.length - 1];
  return JSON.stringify({status: document.getElementById('status').textContent,
    ref: document.getElementById('refdate').value + ' ' + document.getElementById('refnote').textContent,
    panel: document.getElementById('panel').innerHTML, blocks: v.querySelectorAll('.blk').length,
    last: last.outerHTML, labels: [...last.querySelectorAll('mark[title]')].map((m) => m.title)}); })()`

// TestQALongReloadRestores pastes a 1 MB transcript and, while it is annotated, a second one over
// it; once saved, the page's JSON is the CLI's for the second, and after a reload the page shows
// exactly what it showed: the panel, the bottom of the article with its hover labels, the fold.
func TestQALongReloadRestores(t *testing.T) {
	tb := newLongTab(t)
	tb.open(server.URL + "/")
	pasteLong(tb, 1<<20, "replaced")
	pasteLong(tb, 3<<19, "kept")
	tb.pollLong(`performance.getEntriesByName('annotator-saved').length > 0`)
	text := eval[string](tb, `window.pastedText`)
	if got, want := eval[string](tb, `articleAnnotator.export('json')`), cli(t, text, ""); got != string(want) {
		t.Fatalf("the article pasted over a run is not the CLI's JSON: %s", diff(got, string(want)))
	}
	if n := eval[int](tb, `performance.getEntriesByName('annotator-saved').length`); n != 1 {
		t.Errorf("%d runs were saved; the replaced one should not be", n)
	}
	before := eval[string](tb, lookJS)
	if !strings.Contains(before, `Quote by `) {
		t.Fatalf("the bottom of the article shows no quote with its speaker: %s", short(before))
	}
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	tb.open(server.URL + "/")
	tb.poll(`!document.getElementById('long-note').hidden`)
	if after := eval[string](tb, lookJS); after != before {
		t.Errorf("after a reload the page shows something else: %s", diff(after, before))
	}
	if !eval[bool](tb, `document.getElementById('article').offsetParent === null && !document.getElementById('long-note').hidden`) {
		t.Error("after a reload the long article is not folded out of the text area")
	}
	tb.checkQuiet(server.URL+"/", "blob:")
}
