//go:build e2e

package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/article-annotator/annotator/render"
)

// article is pasted, then typed into, in TestDownloadEqualsCLI. It has markup, characters that
// JSON encoders like to escape (<, >, &), curly and straight quotes, and relative dates.
const article = `# Port council & the "new" pier <update>

The council met on Monday. "We will vote next week," Mayor Helen Okafor said.

Councillor David Marsh said the cost was too high. "I cannot back it," he added on Tuesday.
`

// TestDownloadEqualsCLI pastes an article, types more with real key events, sets the reference
// date, clicks "Download JSON", and compares the file with the CLI's output for the same text
// and reference date: byte for byte, and after JSON normalisation.
func TestDownloadEqualsCLI(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/index.html")
	tb.paste(article)
	tb.do(chromedp.SendKeys(chromedp.ID("article"), "Okafor said in March that it was over."))
	tb.poll(`document.getElementById('view').textContent.includes('it was over')`)
	tb.do(setDate("refdate", "2024-09-03"))
	tb.poll(`document.getElementById('refnote').textContent.includes('set by you')`)
	text := eval[string](tb, `document.getElementById('article').value`)
	if !strings.HasSuffix(text, "it was over.") {
		t.Fatalf("the typed text did not arrive: %q", short(text))
	}

	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, EventsEnabled: new(true),
	}); err != nil {
		t.Fatal(err)
	}
	begins := chromedp.BrowserEvents(tb.ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(tb.ctx, browser.DownloadProgress)
	tb.do(chromedpClick("download"))
	var name string
	for ev, err := range begins {
		if err != nil {
			t.Fatal(err)
		}
		name = ev.SuggestedFilename
		break
	}
	path := ""
	for ev, err := range progress {
		if err != nil {
			t.Fatal(err)
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			path = ev.FilePath
			break
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("the download was canceled")
		}
	}
	if want := render.FileName(text); name != want || name != "port-council-the-new-pier-update.json" {
		t.Errorf("downloaded as %q, want %q", name, want)
	}
	if path == "" {
		path = filepath.Join(dir, name)
	}
	var got []byte
	for i := 0; i < 50; i++ { // the completed event can come just before the rename on disk
		var err error
		if got, err = os.ReadFile(path); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	want := cli(t, text, "2024-09-03")
	if normal(t, got) != normal(t, want) {
		t.Fatalf("the download differs from the CLI's output: %s", diff(string(got), string(want)))
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the download has the CLI's document but not its bytes (%d vs %d bytes)", len(got), len(want))
	}
	doc := decode(t, got)
	if len(doc.Quotes) == 0 {
		t.Error("no quote found in the pasted article")
	}
	if c := eval[counts](tb, markCounts); c != docCounts(doc) {
		t.Errorf("marks in the view %+v, spans in the download %+v", c, docCounts(doc))
	}
	tb.checkQuiet(server.URL+"/", "blob:"+server.URL+"/")
}
