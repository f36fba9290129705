// Command benchbrowser is `make bench-browser`: it measures our engine (articleAnnotator.annotate,
// the wasm build in web/) against compromise with compromise-dates in the same headless Chromium
// page, on the same generated texts of about 5 KB, 100 KB and 1 MB, alternating runs, and prints
// the median throughput of each and their ratio; then the page's own timings (page.go): the wasm's
// ready time from file:// and the 100 KB and 1 MB articles' times from paste to drawn.
//
// compromise does the full comparable pipeline: nlp(text), then .people(), .quotations() and
// .dates() each turned into JSON with offsets (the dates with their resolved values, as our
// document has). It is a dev-only dependency installed by npm into bench/node_modules from
// bench/package-lock.json; it is never shipped.
//
// The page is web/index.html as served by an in-process test server on 127.0.0.1, exactly as the
// e2e tests serve it; the compromise builds are added to it as same-origin scripts (its CSP allows
// 'self'), and the texts are fetched from the same server. Nothing leaves the machine.
//
// -page measures only the page's own timings; -ready N only the start of dist/annotator.html from
// file://, step by step with the CPU time of the page's threads (ready.go), taking in turn the
// pages named after the flags, to compare builds on the same load; -repeat N one tab's long
// pastes (repeat.go).
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/article-annotator/annotator/internal/browser"
)

// A size is one benchmarked text and how to run it.
type size struct {
	name  string
	bytes int
	runs  int // runs of each engine; ours and compromise alternate
	reps  int // our annotate calls per run, so that a run is long enough to time well
	// theirRuns caps compromise's runs; sliced runs compromise on paragraphs-aligned slices of
	// about sliceBytes each and sums the times, when the whole text would take far too long.
	theirRuns  int
	sliceBytes int
}

func main() {
	repo := flag.String("repo", ".", "the repository root (web/ and bench/node_modules)")
	quick := flag.Bool("quick", false, "small texts and one run each, to check that the harness works")
	pageOnly := flag.Bool("page", false, "only the page's own timings (ready from file://, paste to drawn), without compromise")
	repeat := flag.Int("repeat", 0, "only paste the 1 MB article this many times in one tab, printing each run's steps (repeat.go)")
	ready := flag.Int("ready", 0, "only open dist/annotator.html from file:// this many times, printing where the start's time goes (ready.go); pages named after the flags are opened instead, in turn")
	flag.StringVar(&traceFile, "trace", "", "with -ready, write the last run's Chrome trace, with V8's and Blink's categories, to this `file`")
	jsFlags := flag.String("js-flags", "", "V8 flags for the browser, to compare its compilers (e.g. --no-liftoff)")
	flag.Parse()
	if err := run(*repo, *quick, *pageOnly, *repeat, *ready, *jsFlags); err != nil {
		fmt.Fprintln(os.Stderr, "bench-browser:", err)
		os.Exit(1)
	}
}

func run(repo string, quick, pageOnly bool, repeat, ready int, jsFlags string) error {
	sizes := []size{
		{name: "5 KB", bytes: 5 << 10, runs: 7, reps: 20, theirRuns: 7},
		{name: "100 KB", bytes: 100 << 10, runs: 5, reps: 2, theirRuns: 3},
		// compromise-dates' value resolution grows faster than the text: on the whole 1 MB
		// article compromise was still running after 18 minutes in Chromium (10 slices of 100 KB
		// take it under a minute), so it runs once, on ~100 KB slices: a lower bound on its time
		// for the whole text, so the ratio shown is a lower bound too.
		{name: "1 MB", bytes: 1 << 20, runs: 5, reps: 1, theirRuns: 1, sliceBytes: 100 << 10},
	}
	if quick {
		sizes = []size{{name: "5 KB", bytes: 5 << 10, runs: 1, reps: 1, theirRuns: 1},
			{name: "20 KB", bytes: 20 << 10, runs: 1, reps: 1, theirRuns: 1, sliceBytes: 10 << 10}}
	}
	texts := map[string]string{}
	for _, s := range sizes {
		texts[s.name] = article(s.bytes)
	}

	web := filepath.Join(repo, "web")
	mods := filepath.Join(repo, "bench", "node_modules")
	for _, f := range []string{filepath.Join(web, "annotator.wasm"), filepath.Join(mods, "compromise", "builds", "compromise.js"),
		filepath.Join(mods, "compromise-dates", "builds", "compromise-dates.min.js")} {
		if _, err := os.Stat(f); err != nil && ready == 0 && (!pageOnly || strings.HasSuffix(f, ".wasm")) { // -ready needs only dist/
			return fmt.Errorf("%s is missing: run `make bench-browser`, which builds the wasm and runs `npm ci --prefix bench`", f)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir(web)))
	mux.HandleFunc("/bench/compromise.js", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(mods, "compromise", "builds", "compromise.js"))
	})
	mux.HandleFunc("/bench/compromise-dates.js", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(mods, "compromise-dates", "builds", "compromise-dates.min.js"))
	})
	mux.HandleFunc("/bench/text", func(w http.ResponseWriter, r *http.Request) {
		t, ok := texts[r.URL.Query().Get("name")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(t))
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		mux.ServeHTTP(w, r)
	}))
	defer srv.Close()

	exe, err := browser.Find()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "annotator-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var extra []chromedp.ExecAllocatorOption
	if jsFlags != "" {
		extra = append(extra, chromedp.Flag("js-flags", jsFlags))
	}
	opts := browser.Options(exe, filepath.Join(tmp, "profile"), extra...)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	tab, cancelTab := chromedp.NewContext(allocCtx)
	defer cancelTab()

	if ready > 0 {
		if traceFile != "" {
			traceCategories = append(traceCategories, "devtools.timeline", "v8", "v8.wasm", "disabled-by-default-v8.wasm.detailed", "blink", "loading", "v8.execute")
		}
		pages := flag.Args()
		if len(pages) == 0 {
			pages = []string{filepath.Join(repo, "dist", "annotator.html")}
		}
		return readyTimings(tab, pages, ready)
	}
	if repeat > 0 {
		return repeatPastes(tab, srv.URL+"/index.html", sizes[len(sizes)-1].name, repeat)
	}
	if pageOnly {
		runs := pageRuns
		if quick {
			runs = 1
		}
		return pageTimings(tab, repo, srv.URL+"/index.html", pageTexts(sizes), runs)
	}
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL+"/index.html")); err != nil {
		return fmt.Errorf("opening the page: %w", err)
	}
	version, err := eval[string](tab, setupJS)
	if err != nil {
		return fmt.Errorf("loading the engines: %w", err)
	}
	fmt.Printf("Chromium %s; compromise %s. Medians of alternating runs; MB = 10^6 bytes of UTF-8.\n", browserVersion(exe), version)

	type row struct {
		s              size
		ours, theirs   float64 // MB/s
		oursN, theirsN int
		counts         string
	}
	// Warm up both engines (JIT, first allocations) on the smallest text, untimed.
	if _, err := eval[chromedp.Void](tab, fmt.Sprintf("window.__bench.load(%q)", sizes[0].name)); err != nil {
		return err
	}
	if _, err := eval[result](tab, fmt.Sprintf("window.__bench.ours(%q, 3)", sizes[0].name)); err != nil {
		return fmt.Errorf("warming up our engine: %w", err)
	}
	if _, err := eval[result](tab, fmt.Sprintf("window.__bench.theirs(%q, 0)", sizes[0].name)); err != nil {
		return fmt.Errorf("warming up compromise: %w", err)
	}
	var rows []row
	for _, s := range sizes {
		if _, err := eval[chromedp.Void](tab, fmt.Sprintf("window.__bench.load(%q)", s.name)); err != nil {
			return fmt.Errorf("loading the %s text: %w", s.name, err)
		}
		var ours, theirs []float64
		var oc, tc counts
		for i := 0; i < s.runs || i < s.theirRuns; i++ {
			if i < s.runs {
				r, err := eval[result](tab, fmt.Sprintf("window.__bench.ours(%q, %d)", s.name, s.reps))
				if err != nil {
					return fmt.Errorf("our engine on %s: %w", s.name, err)
				}
				ours = append(ours, r.MS/float64(s.reps))
				oc = counts{r.Speakers, r.Quotes, r.Dates}
			}
			if i < s.theirRuns {
				r, err := eval[result](tab, fmt.Sprintf("window.__bench.theirs(%q, %d)", s.name, s.sliceBytes))
				if err != nil {
					return fmt.Errorf("compromise on %s: %w", s.name, err)
				}
				theirs = append(theirs, r.MS)
				tc = counts{r.Speakers, r.Quotes, r.Dates}
				fmt.Fprintf(os.Stderr, "  %s: compromise run %d: %.0f ms\n", s.name, i+1, r.MS)
			}
		}
		mb := float64(len(texts[s.name])) / 1e6
		rows = append(rows, row{s: s, ours: mb / (median(ours) / 1000), theirs: mb / (median(theirs) / 1000),
			oursN: len(ours), theirsN: len(theirs),
			counts: fmt.Sprintf("ours %d speakers/%d quotes/%d dates; compromise %d people/%d quotations/%d dates",
				oc.Speakers, oc.Quotes, oc.Dates, tc.Speakers, tc.Quotes, tc.Dates)})
	}

	fmt.Println()
	fmt.Printf("%-8s %10s %10s %15s %8s  %s\n", "size", "bytes", "ours MB/s", "compromise MB/s", "ratio", "runs (ours/compromise)")
	for _, r := range rows {
		note := ""
		if r.s.sliceBytes > 0 {
			note = fmt.Sprintf("; compromise capped: 1 run, on ~%d KB slices", r.s.sliceBytes>>10)
		}
		fmt.Printf("%-8s %10d %10.2f %15.4f %7.0f×  %d×%d / %d%s\n", r.s.name, len(texts[r.s.name]), r.ours, r.theirs,
			r.ours/r.theirs, r.oursN, r.s.reps, r.theirsN, note)
	}
	fmt.Println()
	for _, r := range rows {
		fmt.Printf("%-8s found: %s\n", r.s.name, r.counts)
	}
	if slices.ContainsFunc(rows, func(r row) bool { return r.s.sliceBytes > 0 }) {
		fmt.Println("\ncompromise on the largest text runs once on paragraph-aligned slices, its times summed: its date")
		fmt.Println("resolution grows faster than the text: on the whole 1 MB text at once it ran over 18 minutes.")
		fmt.Println("Slicing only helps compromise, so that row's ratio is a lower bound.")
	}
	runs := pageRuns
	if quick {
		runs = 1
	}
	return pageTimings(tab, repo, srv.URL+"/index.html", pageTexts(sizes), runs)
}

// pageTexts are the texts pasted into the page: the two largest, one annotated on the page's
// thread and one (1 MB) in the engine's worker.
func pageTexts(sizes []size) []string {
	var names []string
	for _, s := range sizes[max(0, len(sizes)-2):] {
		names = append(names, s.name)
	}
	return names
}

// eval evaluates JavaScript in the tab, awaiting the Promise it returns, and decodes the result.
func eval[T any](tab context.Context, js string) (T, error) {
	return chromedp.Run(tab, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
}

type counts struct {
	Speakers int `json:"speakers"`
	Quotes   int `json:"quotes"`
	Dates    int `json:"dates"`
}

type result struct {
	MS       float64 `json:"ms"`
	Speakers int     `json:"speakers"`
	Quotes   int     `json:"quotes"`
	Dates    int     `json:"dates"`
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// setupJS waits for the engine, adds compromise and compromise-dates to the page, and defines the
// runners. It resolves to compromise's version.
const setupJS = `(async () => {
  await window.articleAnnotator.ready;
  const add = (src) => new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src; s.onload = resolve; s.onerror = () => reject(new Error('could not load ' + src));
    document.head.appendChild(s);
  });
  await add('/bench/compromise.js');
  await add('/bench/compromise-dates.js');
  nlp.plugin(compromiseDates);
  const texts = {};
  const ref = '2026-03-14';
  window.__bench = {
    async load(name) {
      const r = await fetch('/bench/text?name=' + encodeURIComponent(name));
      texts[name] = await r.text();
    },
    async ours(name, reps) {
      const text = texts[name];
      let doc;
      const t0 = performance.now();
      for (let i = 0; i < reps; i++) doc = await articleAnnotator.annotate(text, {referenceDate: ref});
      const ms = performance.now() - t0;
      return {ms, speakers: doc.speakers.length, quotes: doc.quotes.length, dates: doc.dates.length};
    },
    async theirs(name, sliceBytes) {
      const text = texts[name];
      let parts = [text];
      if (sliceBytes > 0) { // paragraph-aligned slices of about sliceBytes characters
        parts = [];
        let cur = '';
        for (const p of text.split('\n\n')) {
          cur += p + '\n\n';
          if (cur.length >= sliceBytes) { parts.push(cur); cur = ''; }
        }
        if (cur) parts.push(cur);
      }
      const n = {speakers: 0, quotes: 0, dates: 0};
      const t0 = performance.now();
      for (const part of parts) {
        const doc = nlp(part);
        n.speakers += doc.people().json({offset: true}).length;
        n.quotes += doc.quotations().json({offset: true}).length;
        n.dates += doc.dates({today: ref}).json({offset: true, terms: false}).length;
      }
      return {ms: performance.now() - t0, ...n};
    },
  };
  return nlp.version;
})()`

func browserVersion(exe string) string {
	out, err := exec.Command(exe, "--version").Output()
	if err != nil {
		return "(unknown version)"
	}
	return strings.TrimPrefix(strings.TrimSpace(string(out)), "Chromium ")
}
