package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/article-annotator/annotator/internal/chrometrace"
	"github.com/chromedp/chromedp"
)

// This file is `-ready N`: it opens dist/annotator.html (or the pages given after the flags, in
// turn) from file:// N times, each in a fresh tab
// under Chrome's tracing, and prints where the start's time goes, step by step, as medians: the
// wall time from one mark of the page's timeline to the next (web/loader.js marks
// 'annotator-start-script', '-unpacked', '-compiled' and '-instantiated'; wasm/main.go
// 'annotator-start-main' once the Go runtime and the packages' init are done, wasm/page.go
// 'annotator-start-wired' before the library is restored; then 'annotator-ready'), and the CPU
// time the page's process spent until ready, on its main thread and on the others (where V8
// compiles the wasm). On a shared machine the wall time is partly waiting for a core; the CPU
// time is the work.

// startSteps are the start's marks in the order they come; a page that lacks one (an older
// build) has its time counted in the next.
var startSteps = []struct{ mark, what string }{
	{"responseStart", "the navigation, to the file's first bytes"},
	{"responseEnd", "the file read, to its last bytes"},
	{"annotator-start-script", "HTML parsed up to loader.js (the embedded wasm included)"},
	{"annotator-start-unpacked", "the embedded wasm's text read into gzip bytes (undigits)"},
	{"annotator-start-compiled", "gunzip and compile (compileStreaming)"},
	{"annotator-start-instantiated", "instantiate"},
	{"annotator-start-main", "Go runtime start and package init"},
	{"annotator-start-wired", "newPage and wire, up to restore"},
	{"annotator-ready", "restore (IndexedDB: library, open article) to ready"},
}

// readyTimings opens each of pages (paths of built pages) from file:// runs times, taking them in
// turn, so that a page compared with another meets the same load of the machine, and prints the
// medians of each page's steps.
func readyTimings(browser context.Context, pages []string, runs int) error {
	type timings struct {
		steps                    [][]float64
		ready, mainCPU, otherCPU []float64
	}
	all := make([]timings, len(pages))
	for p, page := range pages {
		abs, err := filepath.Abs(page)
		if err != nil {
			return err
		}
		if _, err := os.Stat(abs); err != nil {
			return fmt.Errorf("%s is missing: run `make dist`", abs)
		}
		pages[p] = abs
		all[p].steps = make([][]float64, len(startSteps))
	}
	for i := 0; i < runs; i++ {
		for p, page := range pages {
			r, err := oneStart(browser, "file://"+page)
			if err != nil {
				return fmt.Errorf("%s, run %d: %w", page, i+1, err)
			}
			t := &all[p]
			var parts []string
			last := 0.0
			for k, s := range startSteps {
				at, ok := r.marks[s.mark]
				if !ok {
					continue
				}
				t.steps[k] = append(t.steps[k], at-last)
				parts = append(parts, fmt.Sprintf("%s %.0f", strings.TrimPrefix(s.mark, "annotator-"), at-last))
				last = at
			}
			t.ready = append(t.ready, r.marks["annotator-ready"])
			t.mainCPU, t.otherCPU = append(t.mainCPU, r.mainCPU), append(t.otherCPU, r.otherCPU)
			fmt.Fprintf(os.Stderr, "  %s run %d: ready %.0f ms (%s); CPU main %.0f ms, other threads %.0f ms\n",
				page, i+1, r.marks["annotator-ready"], strings.Join(parts, ", "), r.mainCPU, r.otherCPU)
		}
	}
	for p, page := range pages {
		t := all[p]
		fmt.Printf("\nThe start of %s from file:// (medians of %d runs, each in a fresh tab), ms:\n", page, runs)
		for k, s := range startSteps {
			if len(t.steps[k]) == 0 {
				continue
			}
			fmt.Printf("  %6.0f  %s\n", median(t.steps[k]), s.what)
		}
		fmt.Printf("  %6.0f  ready (annotator-ready), from the navigation\n", median(t.ready))
		fmt.Printf("  CPU until ready: the page's main thread %.0f ms, its other threads %.0f ms\n", median(t.mainCPU), median(t.otherCPU))
	}
	return nil
}

// aStart is what one start measured: the marks' times (ms from the navigation) and the CPU time
// of the page's process until ready.
type aStart struct {
	marks             map[string]float64
	mainCPU, otherCPU float64
}

// traceCategories are the categories of Chrome's trace that oneStart records; -trace adds
// V8's and Blink's own, to see the steps' work in a trace viewer.
var traceCategories = []string{"toplevel", "blink.user_timing"}

// traceFile is where -trace writes the last run's trace ("" for none).
var traceFile string

// oneStart opens url in a fresh tab under tracing and measures its start.
func oneStart(browser context.Context, url string) (aStart, error) {
	out := aStart{marks: map[string]float64{}}
	tab, cancel := chromedp.NewContext(browser)
	defer cancel()
	if err := chromedp.Do(tab); err != nil { // the tab exists before tracing starts
		return out, err
	}
	rec, err := chrometrace.Start(tab, traceCategories, traceFile != "")
	if err != nil {
		return out, err
	}
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return out, err
	}
	marks, err := eval[map[string]float64](tab, `articleAnnotator.ready.then(() => {
		const nav = performance.getEntriesByType('navigation')[0];
		return Object.fromEntries([['responseEnd', nav.responseEnd], ['responseStart', nav.responseStart],
			...performance.getEntriesByType('mark').filter((m) => m.name.startsWith('annotator-')).map((m) => [m.name, m.startTime])]); })`)
	if err != nil {
		return out, err
	}
	out.marks = marks
	events, err := rec.Stop()
	if err != nil {
		return out, err
	}
	if traceFile != "" { // the last run's trace stays
		b, err := rec.Raw()
		if err == nil {
			err = os.WriteFile(traceFile, b, 0o644)
		}
		if err != nil {
			return out, err
		}
	}
	ready := chrometrace.Find(events, "annotator-ready")
	if ready == nil {
		return out, fmt.Errorf("Chrome's trace has no annotator-ready mark")
	}
	// The navigation began marks["annotator-ready"] ms before the mark, on the trace's clock (µs).
	from, to := ready.Ts-1000*marks["annotator-ready"], ready.Ts
	ends := map[int]float64{} // by thread: where its outermost task ends, to count nested ones once
	for _, e := range events {
		if e.Pid != ready.Pid || e.Ph != "X" || e.Ts < ends[e.Tid] || e.Ts+e.Dur < from || e.Ts > to {
			continue
		}
		ends[e.Tid] = e.Ts + e.Dur
		if e.Tid == ready.Tid {
			out.mainCPU += e.Tdur / 1000
		} else {
			out.otherCPU += e.Tdur / 1000
		}
	}
	return out, nil
}
