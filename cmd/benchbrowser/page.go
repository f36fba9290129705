package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/chromedp/chromedp"
)

// This file measures the page as a person meets it, beside the engine's throughput: how long the
// wasm takes to be ready when dist/annotator.html is opened from file://, and how long the largest
// article of the benchmark (1 MB) takes from the paste to drawn (annotated, the view and the panel drawn, saved),
// as the page itself marks it ('annotator-ready' and 'annotator-drawn' on its performance
// timeline). Each is the median of runs in fresh tabs.

// pageRuns is how many times each page timing is taken.
const pageRuns = 5

// pageTimings prints the medians of the ready time from file:// and of paste to drawn.
func pageTimings(browser context.Context, repo, servedURL, textName string, runs int) error {
	dist, err := filepath.Abs(filepath.Join(repo, "dist", "annotator.html"))
	if err != nil {
		return err
	}
	if _, err := os.Stat(dist); err != nil {
		return fmt.Errorf("%s is missing: run `make dist`", dist)
	}
	var ready, drawn []float64
	var detail string
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
		ms, err = inTab(browser, func(tab context.Context) (float64, error) {
			if err := chromedp.Do(tab, chromedp.Navigate(servedURL)); err != nil {
				return 0, err
			}
			// A new article, so that the paste does not edit the one the last run kept.
			if _, err := eval[bool](tab, `articleAnnotator.ready.then(() => { document.getElementById('new-article')?.click(); return true; })`); err != nil {
				return 0, err
			}
			if _, err := eval[bool](tab, fmt.Sprintf(`(async () => { const r = await fetch('/bench/text?name=' + encodeURIComponent(%q));
				window.__text = await r.text(); return true; })()`, textName)); err != nil {
				return 0, err
			}
			if _, err := eval[bool](tab, pasteJS); err != nil {
				return 0, err
			}
			if detail, err = eval[string](tab, `(async () => { while (!performance.getEntriesByName('annotator-drawn').some((e) => e.startTime > window.__pasted))
				await new Promise((r) => setTimeout(r, 20)); return performance.getEntriesByName('annotator-drawn').pop().detail; })()`); err != nil {
				return 0, err
			}
			return eval[float64](tab, `performance.getEntriesByName('annotator-drawn').pop().startTime - window.__pasted`)
		})
		if err != nil {
			return fmt.Errorf("paste to drawn: %w", err)
		}
		drawn = append(drawn, ms)
		fmt.Fprintf(os.Stderr, "  page run %d: ready %.0f ms from file://; %s paste to drawn %.0f ms (%s)\n", i+1, ready[i], textName, ms, detail)
	}
	fmt.Printf("\nThe page (medians of %d runs, each in a fresh tab):\n", runs)
	fmt.Printf("  wasm ready from file:// (dist/annotator.html)   %6.0f ms\n", median(ready))
	fmt.Printf("  %s article, paste to drawn (served page)   %6.0f ms  (last run: %s)\n", textName, median(drawn), detail)
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
