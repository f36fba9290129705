package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/chromedp/chromedp"
)

// This file measures the page as a person meets it, beside the engine's throughput: how long the
// wasm takes to be ready when dist/annotator.html is opened from file://, and how long articles of
// the benchmark (100 KB and 1 MB) take from the paste until the article is drawn with its marks
// ('annotator-drawn' on the page's performance timeline), until the browser has painted it
// ('annotator-painted') and until everything is done: the panel drawn and the session kept
// ('annotator-saved'). Each is the median of runs in fresh tabs.

// pageRuns is how many times each page timing is taken.
const pageRuns = 5

// pageTimings prints the medians of the ready time from file:// and, for each text, of the times
// from the paste.
func pageTimings(browser context.Context, repo, servedURL string, textNames []string, runs int) error {
	dist, err := filepath.Abs(filepath.Join(repo, "dist", "annotator.html"))
	if err != nil {
		return err
	}
	if _, err := os.Stat(dist); err != nil {
		return fmt.Errorf("%s is missing: run `make dist`", dist)
	}
	var ready []float64
	type times struct{ drawn, painted, saved []float64 }
	pasted := map[string]*times{}
	details := map[string]string{}
	for i := 0; i < runs; i++ {
		ms, err := inTab(browser, func(tab context.Context) (float64, error) {
			if err := chromedp.Do(tab, chromedp.Navigate("file://"+dist)); err != nil {
				return 0, err
			}
			return eval[float64](tab, `articleAnnotator.ready.then(() => performance.getEntriesByName('annotator-ready')[0].startTime)`)
		})
		if err != nil {
			return fmt.Errorf("ready time from file://: %w", err)
		}
		ready = append(ready, ms)
		fmt.Fprintf(os.Stderr, "  page run %d: ready %.0f ms from file://\n", i+1, ms)
		for _, name := range textNames {
			var got []float64
			_, err = inTab(browser, func(tab context.Context) (float64, error) {
				if err := chromedp.Do(tab, chromedp.Navigate(servedURL)); err != nil {
					return 0, err
				}
				// A new article, so that the paste does not edit the one the last run kept; and a
				// moment for the workers the page starts for long articles to be up, as it is
				// when a person has opened the page and is about to paste.
				if _, err := eval[bool](tab, `articleAnnotator.ready.then(() => { document.getElementById('new-article')?.click();
					return new Promise((r) => setTimeout(() => r(true), 2500)); })`); err != nil {
					return 0, err
				}
				if _, err := eval[bool](tab, fmt.Sprintf(`(async () => { const r = await fetch('/bench/text?name=' + encodeURIComponent(%q));
					window.__text = await r.text(); return true; })()`, name)); err != nil {
					return 0, err
				}
				if _, err := eval[bool](tab, pasteJS); err != nil {
					return 0, err
				}
				got, err = eval[[]float64](tab, `(async () => {
					const after = (name) => performance.getEntriesByName(name).find((e) => e.startTime > window.__pasted);
					while (!after('annotator-saved') || !after('annotator-painted')) await new Promise((r) => setTimeout(r, 20));
					return ['annotator-drawn', 'annotator-painted', 'annotator-saved'].map((n) => after(n).startTime - window.__pasted); })()`)
				if err != nil {
					return 0, err
				}
				details[name], err = eval[string](tab, `['annotator-drawn', 'annotator-saved'].map((n) => performance.getEntriesByName(n).pop().detail).join('; then ')`)
				return 0, err
			})
			if err != nil {
				return fmt.Errorf("%s paste: %w", name, err)
			}
			t := pasted[name]
			if t == nil {
				t = &times{}
				pasted[name] = t
			}
			t.drawn, t.painted, t.saved = append(t.drawn, got[0]), append(t.painted, got[1]), append(t.saved, got[2])
			fmt.Fprintf(os.Stderr, "  page run %d: %s paste to drawn %.0f ms, painted %.0f, saved %.0f (%s)\n", i+1, name, got[0], got[1], got[2], details[name])
		}
	}
	fmt.Printf("\nThe page (medians of %d runs, each in a fresh tab):\n", runs)
	fmt.Printf("  wasm ready from file:// (dist/annotator.html)   %6.0f ms\n", median(ready))
	for _, name := range textNames {
		t := pasted[name]
		fmt.Printf("  %-6s article, paste to drawn (served page)  %6.0f ms; painted %.0f ms; panel and session done %.0f ms\n",
			name, median(t.drawn), median(t.painted), median(t.saved))
		fmt.Printf("         last run: %s\n", details[name])
	}
	return nil
}

// pasteJS puts window.__text in the text area as a paste does and notes when.
const pasteJS = `(() => { const t = document.getElementById('article'); t.focus(); t.value = window.__text;
  window.__pasted = performance.now();
  t.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'})); return true; })()`

// inTab runs f in a new tab of the browser and closes the tab.
func inTab(browser context.Context, f func(tab context.Context) (float64, error)) (float64, error) {
	tab, cancel := chromedp.NewContext(browser)
	defer cancel()
	return f(tab)
}
