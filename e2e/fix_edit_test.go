//go:build e2e

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// Tests for the rest of the bugs the independent check of the editor found (issue 5), beyond
// those in qa_edit_test.go. Each acts as a person would.

// TestFixDeleteMovesFocus deletes a focused highlight with Delete: the focus goes to the next
// highlight, not to the page body, so the keyboard keeps its place.
func TestFixDeleteMovesFocus(t *testing.T) {
	tb := openArticle(t, server.URL+"/", "\"We have been ignored,\" said Mrs Patel. \"It is a disgrace,\" she said on Friday.\n")
	focusQuote(t, tb, `"We have been ignored,"`)
	press(tb, "\x7f") // Delete
	if quoteWith(current(t, tb), `"We have been ignored,"`) != nil {
		t.Fatalf("Delete did not delete the quote (status %q)", status(tb))
	}
	if ae := eval[string](tb, `document.activeElement.tagName`); ae != "MARK" {
		t.Errorf("after Delete the focus is on %s, not on the next highlight", ae)
	}
	press(tb, "x")
	if ae := eval[string](tb, `document.activeElement.tagName`); ae != "MARK" {
		t.Errorf("after x the focus is on %s, not on the next highlight", ae)
	}
}

// TestFixReviewKeysFollowFocus starts the review, then focuses another highlight than the one
// under review and presses x: the focused one goes, the one under review stays.
func TestFixReviewKeysFollowFocus(t *testing.T) {
	tb := openArticle(t, server.URL+"/", "\"We have been ignored,\" said Mrs Patel on Monday. \"It is a disgrace,\" she said.\n")
	d := current(t, tb)
	monday := dateWith(d, "Monday")
	if monday == nil || len(d.Quotes) == 0 {
		t.Fatalf("the engine did not find Monday and the quotes: %s", short(string(mustJSON(t, d))))
	}
	eval[bool](tb, `(document.activeElement.blur(), true)`)
	press(tb, "r")
	tb.poll(`!document.getElementById('review').hidden`)
	under := eval[string](tb, `document.activeElement.dataset?.id || ''`)
	if under == "" || under == monday.ID {
		t.Fatalf("the review put the focus on %q; the test needs it on another highlight than %s", under, monday.ID)
	}
	focusMark(t, tb, monday.ID)
	press(tb, "x")
	after := current(t, tb)
	if dateWith(after, "Monday") != nil {
		t.Errorf("x in review with Monday focused did not reject Monday (status %q)", status(tb))
	}
	if len(after.Quotes) != len(d.Quotes) {
		t.Errorf("x in review with Monday focused took a quote: %d quotes, were %d", len(after.Quotes), len(d.Quotes))
	}
}

// TestFixCRLFTextAreaSelection imports an article with CRLF line ends, selects words in the text
// area (which shows each CRLF as one line break) and marks them with the toolbar: the mention
// lands on the words, counted in the document's code points.
func TestFixCRLFTextAreaSelection(t *testing.T) {
	const text = "Ana Lee said the boat was ready.\r\nThe crew agreed.\r\n\r\nTom Ruiz said nothing.\r\n"
	tb := newTab(t)
	tb.open(server.URL + "/")
	drop(tb, map[string]string{"crlf-crew.txt": text})
	tb.poll(`articleAnnotator.current()?.text === ` + js(text))
	// Select "Tom Ruiz" in the text area, whose value has "\n" for every CRLF.
	if !eval[bool](tb, `(() => { const t = document.getElementById('article'); const i = t.value.indexOf('Tom Ruiz');
		if (i < 0 || t.value.includes('\r')) return false; t.focus(); t.setSelectionRange(i, i + 8); return true; })()`) {
		t.Fatal("the text area does not show the article with LF line ends")
	}
	tb.do(chromedpClick("add-speaker"))
	d := current(t, tb)
	_, sp := mentionWith(d, "Tom Ruiz")
	if sp == nil {
		t.Fatalf("no mention “Tom Ruiz” after marking it from the text area (status %q)", status(tb))
	}
	want := runeAt(t, text, "Tom Ruiz", 0)
	found := false
	for _, m := range sp.Mentions {
		found = found || (m.Text == "Tom Ruiz" && m.Start == want)
	}
	if !found {
		t.Errorf("“Tom Ruiz” is not marked at code point %d: %+v", want, sp.Mentions)
	}
}

// TestFixExampleOpensNewArticle clicks Try an example with an article open: the example comes
// as a new article of the library, and the open one is kept as it was.
func TestFixExampleOpensNewArticle(t *testing.T) {
	const text = "Ferry fares rise\n\n\"It is too much,\" said Jo Marr on Monday.\n"
	tb := openArticle(t, server.URL+"/", text)
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	before := len(libraryTitles(tb))
	tb.do(chromedpClick("example"))
	tb.poll(`articleAnnotator.current().text.startsWith('# Harbour town')`)
	titles := libraryTitles(tb)
	if len(titles) != before+1 {
		t.Errorf("the library went from %d to %d articles: %q", before, len(titles), titles)
	}
	kept := false
	for _, s := range titles {
		kept = kept || strings.Contains(s, "Ferry fares rise")
	}
	if !kept {
		t.Errorf("the article open before the example is gone from the library: %q", titles)
	}
}

// TestFixImportedReferenceDateUndo imports an annotated article with no "by", changes its
// reference date, and undoes that: the imported annotations are there all along.
func TestFixImportedReferenceDateUndo(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	drop(tb, map[string]string{"gold-ref.json": qaGold})
	tb.poll(`document.getElementById('status').textContent.startsWith('Imported 1 article')`)
	tb.do(setDate("refdate", "2025-01-15"))
	tb.poll(`articleAnnotator.current().referenceDate === '2025-01-15'`)
	d := current(t, tb)
	if dateWith(d, "all week") == nil || quoteWith(d, "were worried") == nil {
		t.Errorf("a new reference date dropped the imported annotations: %s", short(string(mustJSON(t, d))))
	}
	eval[bool](tb, `(document.activeElement.blur(), true)`)
	press(tb, "z", chromedp.ModifierCtrl)
	tb.poll(`articleAnnotator.current().referenceDate === '2024-05-01'`)
	if f := eval[string](tb, `document.getElementById('refdate').value`); f != "2024-05-01" {
		t.Errorf("after the undo the date field shows %q", f)
	}
}

// TestFixTypingSavedOnHide types into the article and hides the page before the pause that
// annotates it: the typing is taken and saved at once, not lost with the tab. (The view is
// read, not articleAnnotator.current(), which takes pending typing itself.)
func TestFixTypingSavedOnHide(t *testing.T) {
	tb := openArticle(t, server.URL+"/", "The pier reopened on Monday.\n")
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	taken := eval[bool](tb, `(() => { const t = document.getElementById('article');
		t.value += 'Boats came back.';
		t.dispatchEvent(new InputEvent('input', {inputType: 'insertText', data: 'Boats came back.', bubbles: true}));
		Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
		document.dispatchEvent(new Event('visibilitychange'));
		return document.getElementById('view').textContent.includes('Boats came back.') &&
			document.getElementById('save-state').dataset.state !== 'saved'; })()`)
	if !taken {
		t.Errorf("hiding the page right after typing did not take the typing and start saving it")
	}
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
}

// TestFixUndoDeleteStack deletes two articles, one after the other, and brings both back with
// Undo delete, the last deleted first.
func TestFixUndoDeleteStack(t *testing.T) {
	tb := openArticle(t, server.URL+"/", "Stack one\n\nThe first article to go.\n")
	tb.do(chromedpClick("new-article"))
	tb.poll(`articleAnnotator.current()?.text === ''`)
	tb.paste("Stack two\n\nThe second article to go.\n")
	tb.poll(`articleAnnotator.current()?.text.startsWith('Stack two')`)
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	del := func(title string) {
		t.Helper()
		if !eval[bool](tb, `(() => { for (const li of document.querySelectorAll('#library-list li.article'))
			if (li.querySelector('.title').textContent.startsWith(`+js(title)+`)) { li.querySelector('button.delete').click(); return true; }
			return false; })()`) {
			t.Fatalf("no article %q in the library: %q", title, libraryTitles(tb))
		}
	}
	has := func(title string) bool {
		for _, s := range libraryTitles(tb) {
			if strings.HasPrefix(s, title) {
				return true
			}
		}
		return false
	}
	del("Stack one")
	del("Stack two")
	if has("Stack one") || has("Stack two") {
		t.Fatalf("the deletes did not take: %q", libraryTitles(tb))
	}
	// Each click waits for the saves before it to land: the save state's note changes length
	// as they do, which can move the button under a click computed a moment before.
	saved := `document.getElementById('save-state').dataset.state === 'saved'`
	tb.poll(saved)
	tb.do(chromedpClick("undo-delete"))
	if !has("Stack two") || has("Stack one") {
		t.Errorf("the first Undo delete did not bring back the last deleted: %q", libraryTitles(tb))
	}
	if eval[bool](tb, `document.getElementById('undo-delete').hidden`) {
		t.Fatal("Undo delete is gone while an article deleted before is still to bring back")
	}
	tb.poll(saved)
	tb.do(chromedpClick("undo-delete"))
	if !has("Stack one") {
		t.Errorf("the second Undo delete did not bring back the first deleted: %q", libraryTitles(tb))
	}
}

// TestFixEmptyTextRefused drops an empty .txt: it is refused, with its name, and adds nothing.
func TestFixEmptyTextRefused(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	before := len(libraryTitles(tb))
	drop(tb, map[string]string{"blank-page.txt": " \n"})
	tb.poll(`document.getElementById('import-report').textContent.includes('blank-page.txt')`)
	if r := eval[string](tb, `document.getElementById('import-report').textContent`); !strings.Contains(r, "no text") {
		t.Errorf("the report does not say the file is empty: %q", r)
	}
	if n := len(libraryTitles(tb)); n != before {
		t.Errorf("an empty file added an article: %d articles, were %d", n, before)
	}
}

// TestFixRefusedDateShowsDocument types a value that is no date into the inspector and sets it:
// the change is refused, and the field shows the date's value again.
func TestFixRefusedDateShowsDocument(t *testing.T) {
	tb := openArticle(t, server.URL+"/", "The pier reopened on 3 March 2024, the council said.\n")
	d := dateWith(current(t, tb), "3 March 2024")
	if d == nil {
		t.Fatal("the engine did not find the date")
	}
	openInspector(t, tb, d.ID)
	tb.do(chromedp.Focus(chromedp.ID("insp-dvalue")), chromedp.Evaluate[chromedp.Void](`document.getElementById('insp-dvalue').select()`))
	press(tb, "soon")
	clickKey(tb, "insp-dset")
	if got := dateWith(current(t, tb), "3 March 2024"); got == nil || got.Value != d.Value {
		t.Fatalf("a value that is no date was taken: %+v", got)
	}
	if !strings.HasPrefix(status(tb), "Not changed") {
		t.Errorf("the status does not say the change was refused: %q", status(tb))
	}
	if f := eval[string](tb, `document.getElementById('insp-dvalue').value`); f != d.Value {
		t.Errorf("after the refusal the value field shows %q, the date's value is %q", f, d.Value)
	}
}

// TestFixDownloadNamedAsRenamed renames the open article in the library and downloads it: the
// file takes the name the person gave it, not the article's first line.
func TestFixDownloadNamedAsRenamed(t *testing.T) {
	tb := openArticle(t, server.URL+"/", "Ferry timetable changes\n\n\"Boats leave earlier,\" said Jo Marr.\n")
	eval[bool](tb, `(() => { document.querySelector('#library-list li.current button.rename').focus(); return true; })()`)
	tb.do(key("\r", 0))
	tb.poll(`document.activeElement?.classList.contains('rename-field')`)
	tb.do(chromedp.KeyEvent("Winter ferries"), chromedp.KeyEvent("\r"))
	tb.poll(`[...document.querySelectorAll('#library-list .title')].some(e => e.textContent === 'Winter ferries')`)
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: t.TempDir(), EventsEnabled: new(true),
	}); err != nil {
		t.Fatal(err)
	}
	begins := chromedp.BrowserEvents(tb.ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(tb.ctx, browser.DownloadProgress)
	tb.do(chromedpClick("download"))
	for ev, err := range begins {
		if err != nil {
			t.Fatal(err)
		}
		if ev.SuggestedFilename != "winter-ferries.json" {
			t.Errorf("the download is named %q, want winter-ferries.json", ev.SuggestedFilename)
		}
		break
	}
	// Wait until Chromium has written the file: the temporary folder goes when the test returns,
	// and removing it while the download is still being written fails the test.
	for ev, err := range progress {
		if err != nil {
			t.Fatal(err)
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			break
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("the download was canceled")
		}
	}
}

// TestFixLinkFindsSpeakerByMention links a quote by typing a name that one of a speaker's
// mentions reads, in other case: the quote goes to that speaker, and no second one is made.
func TestFixLinkFindsSpeakerByMention(t *testing.T) {
	const text = "Mr Harris said the plan would fail. Later Harris said it again.\n\n\"It is a disgrace,\" said Mrs Patel.\n"
	tb := openArticle(t, server.URL+"/", text)
	d := current(t, tb)
	q := quoteWith(d, `"It is a disgrace,"`)
	_, harris := mentionWith(d, "Harris")
	if q == nil || harris == nil {
		t.Fatalf("the engine did not find the quote and a mention reading Harris: %s", short(string(mustJSON(t, d))))
	}
	focusMark(t, tb, q.ID)
	press(tb, "l")
	tb.poll(`document.activeElement.id === 'insp-speaker'`)
	press(tb, "harris")
	press(tb, keyEnter)
	after := current(t, tb)
	if got := quoteWith(after, `"It is a disgrace,"`); got.Speaker == nil || *got.Speaker != harris.ID {
		t.Errorf("typing harris linked the quote to %v, not to %s (%s); status %q", got.Speaker, harris.ID, harris.Name, status(tb))
	}
	if len(after.Speakers) != len(d.Speakers) {
		t.Errorf("linking made a speaker: %d speakers, were %d", len(after.Speakers), len(d.Speakers))
	}
}
