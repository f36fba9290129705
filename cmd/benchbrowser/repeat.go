package main

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strconv"

	"github.com/chromedp/chromedp"
)

// This file is `-repeat N`: it pastes the same long article N times into one tab, each as a new
// article once the last is saved, and prints how long each run's steps took. It shows what the
// browser's compilers do over runs: V8 runs wasm first in its baseline compiler and optimises a
// function only after it has run enough, and a run in a fresh worker of the same compiled module
// uses the code optimised in the workers before it.

// repeatPastes pastes the text name n times into a tab of url and prints each run's quotes step.
func repeatPastes(browser context.Context, url, name string, n int) error {
	tab, cancel := chromedp.NewContext(browser)
	defer cancel()
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return err
	}
	if _, err := eval[bool](tab, fmt.Sprintf(`articleAnnotator.ready.then(async () => {
		const r = await fetch('/bench/text?name=' + encodeURIComponent(%q)); window.__text = await r.text();
		await new Promise((r) => setTimeout(r, 2500)); return true; })`, name)); err != nil {
		return err
	}
	warmed, err := eval[string](tab, `(async () => { const t0 = performance.now();
		while (!performance.getEntriesByName('annotator-warmed').length && performance.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 20));
		const m = performance.getEntriesByName('annotator-warmed')[0];
		return m ? 'warm-up ' + m.duration.toFixed(0) + ' ms from its start (' + m.detail + ')' : 'no warm-up'; })()`)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "  %s\n", warmed)
	quotes := regexp.MustCompile(`quotes (\d+)`)
	var took []float64
	for i := 0; i < n; i++ {
		if _, err := eval[bool](tab, `(document.getElementById('new-article')?.click(), true)`); err != nil {
			return err
		}
		if _, err := eval[bool](tab, pasteJS); err != nil {
			return err
		}
		detail, err := eval[string](tab, `(async () => {
			const after = (name) => performance.getEntriesByName(name).find((e) => e.startTime > window.__pasted);
			while (!after('annotator-saved')) await new Promise((r) => setTimeout(r, 20));
			await new Promise((r) => setTimeout(r, 1500)); // the spares start again
			return (after('annotator-drawn').startTime - window.__pasted).toFixed(0) + ' ms to drawn: ' + after('annotator-drawn').detail; })()`)
		if err != nil {
			return err
		}
		if m := quotes.FindStringSubmatch(detail); m != nil {
			q, _ := strconv.ParseFloat(m[1], 64)
			took = append(took, q)
		}
		fmt.Fprintf(os.Stderr, "  paste %d: %s\n", i+1, detail)
	}
	fmt.Printf("%s article pasted %d times in one tab: quotes.Find in the worker took %v ms\n", name, n, took)
	return nil
}
