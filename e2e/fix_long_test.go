//go:build e2e

package e2e

import (
	"crypto/sha256"
	"testing"

	"github.com/chromedp/chromedp"
)

// A long paste is kept the moment it is made, not only once the engine's workers are done with
// it: a reload during the run finds the pasted article whole, in the library and open, and
// annotates it again.

// TestFixLongReloadDuringRun pastes a 1 MB transcript and reloads before the workers are done:
// at once on a fresh page, and after the top is drawn over a short article. After the reload the
// open article's text is the paste, whole (same length and hash), the library lists it once, and
// once the run the reload started is done its export is the CLI's JSON, also after another
// reload. Both pastes were lost (an empty text area; the short article's text in the second).
func TestFixLongReloadDuringRun(t *testing.T) {
	for _, c := range []struct {
		name      string
		over      string // a short article pasted first, "" for none
		waitFirst bool   // reload once the top is drawn rather than at once
	}{
		{name: "at once", over: ""},
		{name: "over an article, after the top", over: "Library opens late\n\n\"We asked for evenings,\" said Ines Ward on Friday.\n", waitFirst: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := newLongTab(t)
			tb.open(server.URL + "/")
			if c.over != "" {
				tb.paste(c.over)
				tb.poll(`document.querySelectorAll('#library-list li.article').length === 1 && document.getElementById('save-state').dataset.state === 'saved'`)
			}
			pasteLong(tb, 1<<20, "reloaded")
			if c.waitFirst {
				tb.pollLong(`performance.getEntriesByName('annotator-drawn').length > 0`)
				if !eval[bool](tb, running) {
					t.Fatal("the run ended before the reload; the test needs a longer article")
				}
			}
			text := eval[string](tb, `window.pastedText`)
			t.Logf("the page's thread handed the paste to storage in %.1f ms", eval[float64](tb,
				`performance.getEntriesByName('annotator-pending')[0]?.duration ?? -1`))
			tb.do(chromedp.Reload())
			if !eval[bool](tb, `window.articleAnnotator.ready.then(() => true)`) {
				t.Fatal("articleAnnotator.ready did not resolve after the reload")
			}
			got := articleText[string](tb, `text`)
			if len(got) != len(text) || sha256.Sum256([]byte(got)) != sha256.Sum256([]byte(text)) {
				t.Fatalf("after a reload during the run the text area holds %d bytes, not the %d pasted: %s", len(got), len(text), diff(got, text))
			}
			if n := eval[int](tb, `document.querySelectorAll('#library-list li.article').length`); n != 1 {
				t.Errorf("the library lists %d articles after the reload; want 1", n)
			}
			if !eval[bool](tb, `document.querySelector('#library-list li.article.current') !== null`) {
				t.Error("the pasted article is not the open one in the library")
			}
			tb.pollLong(`performance.getEntriesByName('annotator-saved').length > 0 && document.getElementById('save-state').dataset.state === 'saved'`)
			want := cli(t, text, "")
			if got := eval[string](tb, `articleAnnotator.export('json')`); got != string(want) {
				t.Fatalf("the article annotated after the reload is not the CLI's JSON: %s", diff(got, string(want)))
			}
			// Stored now, it opens as kept, without another run.
			tb.reload()
			if got := eval[string](tb, `articleAnnotator.export('json')`); got != string(want) {
				t.Errorf("after a second reload the article is not the CLI's JSON: %s", diff(got, string(want)))
			}
			if eval[bool](tb, running) {
				t.Error("the second reload annotated the article again; it was stored")
			}
			if n := eval[int](tb, `document.querySelectorAll('#library-list li.article').length`); n != 1 {
				t.Errorf("the library lists %d articles after the second reload; want 1", n)
			}
			tb.checkQuiet(server.URL+"/", "blob:")
		})
	}
}
