//go:build e2e

package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// A long article's session is stored by the engine's worker after its run (wasm/store.go), a
// write that lands a moment after the page has the article in its library. Deleting the article
// in that moment must hold: the worker's write may not bring it back, in this tab, in another
// one or after a reload.

// deleteOnSightJS clicks the Delete button of the first article that the library lists, in the
// task that lists it, as a person whose pointer waits on the spot would at once: the worker is
// then still storing the article's session.
const deleteOnSightJS = `(() => { const list = document.getElementById('library-list');
  new MutationObserver((_, obs) => { const b = list.querySelector('li.article button.delete'); if (!b) return;
    obs.disconnect(); window.deletedAt = performance.now();
    window.storedBefore = performance.getEntriesByName('annotator-stored').length; b.click(); })
  .observe(list, {childList: true, subtree: true}); return true; })()`

// TestFixLongDeleteWhileStoring pastes a 1 MB transcript into a new article, with a second tab
// open on the same library, and deletes the article the moment the library lists it, before
// the worker has stored it. Once all is stored, neither tab lists it, a reload does not bring it
// back, and Undo delete does, with the pasted text. The worker's write landed after the delete
// and the article came back with the reload, and in the other tab.
func TestFixLongDeleteWhileStoring(t *testing.T) {
	t.Run("stored by the worker", func(t *testing.T) { deleteWhileStoring(t, "") })
	// Where the worker has no IndexedDB, the page stores the article itself once the worker
	// says so: a write that started after the delete, and brought the article back.
	t.Run("stored by the page", func(t *testing.T) { deleteWhileStoring(t, workerWithoutIDB) })
}

// workerWithoutIDB makes the page's workers (scripts of blob: URLs, see web/loader.js) start
// without IndexedDB, as some browsers start them (a page opened from disk, private modes).
const workerWithoutIDB = `(() => { const make = URL.createObjectURL;
  URL.createObjectURL = (b) => make(b instanceof Blob && b.type === 'text/javascript' ?
    new Blob(['Object.defineProperty(self, "indexedDB", {value: undefined});\n', b], {type: b.type}) : b); })();`

func deleteWhileStoring(t *testing.T, script string) {
	url := server.URL + "/"
	tb := newLongTab(t)
	if script != "" {
		tb.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
			return err
		}))
	}
	tb.open(url)
	other := sameBrowserTab(t)
	other.open(url)
	eval[bool](tb, deleteOnSightJS)
	pasteLong(tb, 1<<20, "deleted at once")
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[chromedp.Void](`window.deletedAt !== undefined && performance.getEntriesByName('annotator-stored').length > 0 &&
		!document.getElementById('undo-delete').hidden && document.getElementById('save-state').dataset.state === 'saved'`, chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
		t.Fatalf("the article was not deleted and stored (%v): deleted %v, stored %v, save state %q, status %q", err, eval[bool](tb, `window.deletedAt !== undefined`),
			eval[int](tb, `performance.getEntriesByName('annotator-stored').length`), eval[string](tb, `document.getElementById('save-state').dataset.state`), status(tb))
	}
	if eval[int](tb, `window.storedBefore`) != 0 {
		t.Fatal("the worker had stored the article before the delete; the test needs the delete first")
	}
	by := eval[string](tb, `performance.getEntriesByName('annotator-stored')[0].detail`)
	t.Logf("stored by %s; deleted %.0f ms after the paste", by, eval[float64](tb, `window.deletedAt - window.pasted`))
	// The other tab hears of the delete, and of the worker's write, once both have landed.
	eval[bool](tb, `new Promise((r) => setTimeout(() => r(true), 1000))`)
	if n := eval[int](tb, `document.querySelectorAll('#library-list li.article').length`); n != 0 {
		t.Errorf("the tab that deleted the article lists %d articles", n)
	}
	if n := eval[int](other, `document.querySelectorAll('#library-list li.article').length`); n != 0 {
		t.Errorf("the other tab lists %d articles after the delete; the deleted one came back (stored by %s)", n, by)
	}
	t.Logf("stored: %s", eval[string](tb, `new Promise((r) => { const q = indexedDB.open('article-annotator'); q.onsuccess = () => {
		const tx = q.result.transaction(['articles', 'sessions', 'meta']); const out = [];
		tx.objectStore('articles').getAllKeys().onsuccess = (e) => out.push('articles ' + e.target.result.join(','));
		tx.objectStore('sessions').getAllKeys().onsuccess = (e) => out.push('sessions ' + e.target.result.join(','));
		tx.objectStore('meta').getAllKeys().onsuccess = (e) => out.push('meta ' + e.target.result.join(','));
		tx.oncomplete = () => { q.result.close(); r(out.join('; ')); }; }; })`))
	text := eval[string](tb, `window.pastedText`)
	tb.reload()
	if n := eval[int](tb, `document.querySelectorAll('#library-list li.article').length`); n != 0 {
		t.Errorf("after a reload the library lists %d articles; the deleted one came back (stored by %s)", n, by)
	}
	if eval[bool](tb, running) {
		t.Error("after a reload the page annotates the deleted article again")
	}
	other.reload()
	if n := eval[int](other, `document.querySelectorAll('#library-list li.article').length`); n != 0 {
		t.Errorf("after a reload the other tab lists %d articles", n)
	}
	if eval[bool](tb, `document.getElementById('undo-delete').hidden`) {
		t.Fatal("after a reload there is no Undo delete")
	}
	tb.do(chromedpClick("undo-delete"))
	tb.poll(`document.getElementById('status').textContent.startsWith('Brought back')`)
	if got := articleText[string](tb, `text`); got != text {
		t.Errorf("Undo delete brought back an article without the pasted text: %s", diff(got, text))
	}
	tb.checkQuiet(url, "blob:")
}
