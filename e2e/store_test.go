//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/article-annotator/annotator/annotate"
)

// Articles of our own for the storage, import and export tests.
const (
	storeArticleA = "# Harbour board backs the ferry plan\n\n\"We will start in spring,\" said Mara Quill, the board's chair, on Tuesday.\n\nThe engineer Tomas Brandt said the pier needed work. \"It is older than all of us,\" he added.\n"
	storeArticleB = "Library opens late\n\n\"Readers asked for evenings,\" the librarian Ines Ward said on Friday.\n"
)

// openDoc is the open article as the page exports it (articleAnnotator.export("json")).
func openDoc(tb *tab) *annotate.Document {
	tb.t.Helper()
	return decode(tb.t, []byte(eval[string](tb, `articleAnnotator.export('json')`)))
}

// libraryTitles lists the library's entries as shown, in order.
func libraryTitles(tb *tab) []string {
	tb.t.Helper()
	return eval[[]string](tb, `[...document.querySelectorAll('#library-list li.article .title')].map(e => e.textContent)`)
}

// reload waits until every change is saved, reloads the tab and waits for the engine.
func (tb *tab) reload() {
	tb.t.Helper()
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	tb.do(chromedp.Reload())
	if !eval[bool](tb, `window.articleAnnotator.ready.then(() => true)`) {
		tb.t.Fatal("articleAnnotator.ready did not resolve after the reload")
	}
}

// key presses a key with real key events on the focused element.
func key(k string, modifiers chromedp.Modifier) chromedp.Action[chromedp.Void] {
	return chromedp.KeyEvent(k, chromedp.KeyModifiers(modifiers))
}

// TestStoreReloadRestores edits an article by keyboard (deletes a quote), sets the reference
// date, reloads, and finds everything as left: the text, the annotations, the reference date;
// then undo, after the reload, brings the deleted quote back.
func TestStoreReloadRestores(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	tb.paste(storeArticleA)
	tb.poll(`document.querySelectorAll('#view mark[data-kind="quote"]').length >= 2`)
	tb.do(setDate("refdate", "2024-03-05"))
	tb.poll(`document.getElementById('refnote').textContent.includes('set by you')`)
	before := openDoc(tb)
	if len(before.Quotes) < 2 {
		t.Fatalf("want at least two quotes in %s", storeArticleA)
	}
	// Delete the first quote with the keyboard.
	q := before.Quotes[0].ID
	eval[bool](tb, fmt.Sprintf(`(() => { document.querySelector('#view mark[data-kind="quote"][data-id=%q]').focus(); return true; })()`, q))
	tb.do(key("\b", 0)) // Backspace: the help's "Delete the focused highlight"
	tb.poll(fmt.Sprintf(`!document.querySelector('#view mark[data-id=%q]')`, q))
	edited := openDoc(tb)
	if len(edited.Quotes) != len(before.Quotes)-1 {
		t.Fatalf("%d quotes after deleting one of %d", len(edited.Quotes), len(before.Quotes))
	}

	tb.reload()
	tb.poll(`document.getElementById('article').value !== ''`)
	if got := eval[string](tb, `document.getElementById('article').value`); got != storeArticleA {
		t.Errorf("the text after reload is %q", short(got))
	}
	if got := eval[string](tb, `document.getElementById('refdate').value`); got != "2024-03-05" {
		t.Errorf("the reference date after reload is %q", got)
	}
	after := openDoc(tb)
	if normal(t, mustJSON(t, after)) != normal(t, mustJSON(t, edited)) {
		t.Errorf("the document after reload differs from the one left: %s", diff(string(mustJSON(t, after)), string(mustJSON(t, edited))))
	}
	if c := eval[counts](tb, markCounts); c != docCounts(edited) {
		t.Errorf("marks after reload %+v, want %+v", c, docCounts(edited))
	}
	if got := libraryTitles(tb); len(got) != 1 || got[0] != "Harbour board backs the ferry plan" {
		t.Errorf("the library lists %q", got)
	}

	// Undo works across the reload: the quote comes back.
	eval[bool](tb, `(() => { document.activeElement?.blur(); document.body.focus(); return true; })()`)
	tb.do(key("z", kb.ModifierCtrl))
	tb.poll(fmt.Sprintf(`!!document.querySelector('#view mark[data-id=%q]')`, q))
	if got := openDoc(tb); len(got.Quotes) != len(before.Quotes) {
		t.Errorf("%d quotes after undo, want %d", len(got.Quotes), len(before.Quotes))
	}
	tb.checkQuiet(server.URL + "/")
}

func mustJSON(t *testing.T, d *annotate.Document) []byte {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestStoreLibrary keeps two articles, renames one by keyboard, switches between them, deletes
// one and undoes the delete, then reloads and finds the library as left.
func TestStoreLibrary(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	if got := libraryTitles(tb); len(got) != 0 {
		t.Fatalf("a new page's library lists %q", got)
	}
	tb.paste(storeArticleA)
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 1`)
	tb.do(chromedpClick("new-article"))
	tb.poll(`document.getElementById('article').value === ''`)
	tb.paste(storeArticleB)
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 2`)
	if got := libraryTitles(tb); strings.Join(got, "|") != "Library opens late|Harbour board backs the ferry plan" {
		t.Fatalf("the library lists %q, want the newest first", got)
	}

	// Rename the open article by keyboard: focus Rename, Enter, type, Enter.
	eval[bool](tb, `(() => { document.querySelector('#library-list li.current button.rename').focus(); return true; })()`)
	tb.do(key("\r", 0))
	tb.poll(`document.activeElement?.classList.contains('rename-field')`)
	tb.do(chromedp.KeyEvent("Evening hours"), chromedp.KeyEvent("\r")) // the old name is selected: typing replaces it
	tb.poll(`[...document.querySelectorAll('#library-list .title')].some(e => e.textContent === 'Evening hours')`)
	if !eval[bool](tb, `document.activeElement?.matches('#library-list li.current button.rename')`) {
		t.Error("after renaming, the focus is not back on the Rename button")
	}

	// Open the other article, then delete it and undo the delete.
	tb.do(chromedpClickCSS(`#library-list li.article:not(.current) button.open`))
	tb.poll(`document.getElementById('article').value.startsWith('# Harbour')`)
	tb.do(chromedpClickCSS(`#library-list li.current button.delete`))
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 1`)
	if got := eval[string](tb, `document.getElementById('article').value`); got != storeArticleB {
		t.Errorf("after deleting the open article, the text area holds %q, want the other article", short(got))
	}
	if !eval[bool](tb, `document.activeElement?.id === 'undo-delete' && !document.getElementById('undo-delete').hidden`) {
		t.Error("Undo delete is not shown and focused after a delete")
	}
	tb.do(chromedpClick("undo-delete"))
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 2`)
	tb.poll(`document.getElementById('article').value.startsWith('# Harbour')`)
	if !eval[bool](tb, `document.activeElement?.matches('#library-list li.current button.open')`) {
		t.Error("after Undo delete, the focus is not on the article brought back")
	}

	tb.reload()
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 2`)
	got := libraryTitles(tb)
	if len(got) != 2 || !contains(got, "Evening hours") || !contains(got, "Harbour board backs the ferry plan") {
		t.Errorf("after reload the library lists %q", got)
	}
	if v := eval[string](tb, `document.getElementById('article').value`); !strings.HasPrefix(v, "# Harbour") {
		t.Errorf("after reload the open article is %q, want the one open before", short(v))
	}

	// A delete can be undone after a reload too, and the article comes back whole.
	tb.do(chromedpClickCSS(`#library-list li.article:not(.current) button.delete`))
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 1`)
	tb.reload()
	tb.poll(`!document.getElementById('undo-delete').hidden`)
	tb.do(chromedpClick("undo-delete"))
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 2`)
	if v := eval[string](tb, `document.getElementById('article').value`); v != storeArticleB {
		t.Errorf("the article brought back after a reload holds %q", short(v))
	}
	if got := libraryTitles(tb); !contains(got, "Evening hours") {
		t.Errorf("the article brought back lost its name: %q", got)
	}
	tb.checkQuiet(server.URL + "/")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestStoreDenied makes indexedDB.open throw, as some private modes do: the page says plainly
// that storage is off and works in memory, library included.
func TestStoreDenied(t *testing.T) {
	tb := newTab(t)
	tb.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `IDBFactory.prototype.open = function () { throw new DOMException('The user denied storage', 'SecurityError'); };`,
		})
		return err
	}))
	tb.open(server.URL + "/")
	note := eval[string](tb, `document.getElementById('storage-note').textContent`)
	if !strings.Contains(note, "Storage is off") || !strings.Contains(note, "denied") || !strings.Contains(note, "this tab only") {
		t.Errorf("the storage note says %q", note)
	}
	if !eval[bool](tb, `getComputedStyle(document.getElementById('storage-note')).display !== 'none'`) {
		t.Error("the storage note is hidden")
	}
	tb.paste(storeArticleA)
	tb.poll(`document.querySelectorAll('#view mark[data-kind="quote"]').length >= 2`)
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 1`)
	tb.do(chromedpClick("new-article"))
	tb.paste(storeArticleB)
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 2`)
	if n := strings.Count(eval[string](tb, `articleAnnotator.export('jsonl')`), "\n"); n != 2 {
		t.Errorf("Export all gives %d articles in memory, want 2", n)
	}
	tb.checkQuiet(server.URL + "/")
}

// TestStoreFull makes every save fail as a full disk does: the page says so plainly and goes on
// working; when saving works again, it says that too.
func TestStoreFull(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	eval[bool](tb, `(() => { window.realPut = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
		return true; })()`)
	tb.paste(storeArticleA)
	tb.poll(`document.getElementById('storage-note').textContent !== ''`)
	if note := eval[string](tb, `document.getElementById('storage-note').textContent`); !strings.Contains(note, "storage is full") || !strings.Contains(note, "this tab only") {
		t.Errorf("the storage note says %q", note)
	}
	tb.poll(`document.querySelectorAll('#view mark[data-kind="quote"]').length >= 2`)
	eval[bool](tb, `(() => { IDBObjectStore.prototype.put = window.realPut; return true; })()`)
	tb.do(setDate("refdate", "2024-03-05"))
	tb.poll(`document.getElementById('storage-note').textContent === ''`)
	tb.reload()
	if got := eval[string](tb, `document.getElementById('article').value`); got != storeArticleA {
		t.Errorf("after saving worked again and a reload, the text area holds %q", short(got))
	}
	tb.checkQuiet(server.URL + "/")
}

// TestStoreHangs makes indexedDB.open never answer, as some browsers do in some modes: after a
// few seconds the page starts without storage and says so.
func TestStoreHangs(t *testing.T) {
	tb := newTab(t)
	tb.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `IDBFactory.prototype.open = function () { return {}; };`,
		})
		return err
	}))
	tb.open(server.URL + "/")
	if note := eval[string](tb, `document.getElementById('storage-note').textContent`); !strings.Contains(note, "did not answer") {
		t.Errorf("the storage note says %q", note)
	}
	if s := eval[string](tb, `document.getElementById('save-state').dataset.state`); s != "off" {
		t.Errorf("the save state is %q", s)
	}
	tb.paste(storeArticleB)
	tb.poll(`document.querySelectorAll('#view mark[data-kind="quote"]').length >= 1`)
	tb.checkQuiet(server.URL + "/")
}
