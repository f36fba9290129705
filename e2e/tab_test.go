//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"

	"github.com/article-annotator/annotator/annotate"
)

// tab is one browser tab with the requests it made and the console messages it printed.
type tab struct {
	t   *testing.T
	ctx context.Context

	mu       sync.Mutex
	requests []string
	console  []chromedp.ConsoleMessage
}

// newTab opens a tab with a 1280×900 viewport that records its requests and console, with a
// minute for all it does.
func newTab(t *testing.T) *tab {
	t.Helper()
	return newTabFor(t, time.Minute)
}

// newTabFor is newTab with limit for all the tab does.
func newTabFor(t *testing.T, limit time.Duration) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, limit)
	t.Cleanup(func() { cancelTimeout(); cancel() })
	tb := &tab{t: t, ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
			tb.mu.Lock()
			tb.requests = append(tb.requests, ev.Request.URL)
			tb.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.console = append(tb.console, m)
			tb.mu.Unlock()
		}
	}()
	tb.do(chromedp.EmulateViewport(1280, 900))
	tb.clearStorage()
	return tb
}

// clearStorage empties what the page keeps in the test server's origin (IndexedDB, the service
// worker and its cache), so that each test starts on an empty library: the page restores the
// article last open, and one test's article must not turn up in the next.
func (tb *tab) clearStorage() {
	tb.t.Helper()
	for _, origin := range []string{server.URL, "file://"} { // the served page, and dist/annotator.html from disk
		if _, err := chromedp.Call(tb.ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{
			Origin: origin, StorageTypes: "indexeddb,service_workers,cache_storage,local_storage",
		}); err != nil {
			tb.t.Fatal(err)
		}
	}
}

// do runs actions and fails the test on error.
func (tb *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		tb.t.Fatal(err)
	}
}

// eval evaluates JavaScript, awaiting a Promise it returns, and decodes the result into T.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", short(expr), err)
	}
	return v
}

// poll waits until the expression is truthy.
func (tb *tab) poll(expr string) {
	tb.t.Helper()
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		tb.t.Fatalf("waiting for %s: %v", short(expr), err)
	}
}

// open loads a page and waits for articleAnnotator.ready.
func (tb *tab) open(url string) {
	tb.t.Helper()
	tb.do(chromedp.Navigate(url))
	if !eval[bool](tb, `window.articleAnnotator.ready.then(() => true)`) {
		tb.t.Fatal("articleAnnotator.ready did not resolve")
	}
}

// apiDoc runs articleAnnotator.annotate in the page and returns the JSON it resolves to.
func apiDoc(tb *tab, text, ref string) []byte {
	tb.t.Helper()
	refJS := "null"
	if ref != "" {
		refJS = js(ref)
	}
	return eval[[]byte](tb, `articleAnnotator.annotate(`+js(text)+`, {referenceDate: `+refJS+`})`)
}

// paste puts text in the text area as a paste does, and waits for the view to show it.
func (tb *tab) paste(text string) {
	tb.t.Helper()
	eval[bool](tb, `(() => { const t = document.getElementById('article'); t.focus(); t.value = `+js(text)+`;
		t.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'})); return true; })()`)
}

// checkQuiet fails the test if the tab requested anything but the allowed prefixes, data: URLs
// or blob: URLs (which never leave the machine; Chromium's own date picker icon is one, the
// engine's worker, which the page starts once it is ready, another), or printed an error, an
// exception or a CSP violation.
func (tb *tab) checkQuiet(allowed ...string) {
	tb.t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, u := range tb.requests {
		ok := strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:")
		for _, a := range allowed {
			if strings.HasPrefix(u, a) {
				ok = true
			}
		}
		if !ok {
			tb.t.Errorf("the page requested %s; only %v are allowed", short(u), allowed)
		}
	}
	for _, m := range tb.console {
		if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException || strings.Contains(m.Text, "Content Security Policy") {
			tb.t.Errorf("console %s: %s", m.Type, m.Text)
		}
	}
}

// screenshot saves the viewport as e2e/artifacts/name.
func (tb *tab) screenshot(name string) []byte {
	tb.t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Fatal(err)
	}
	dir := filepath.Join(root, "e2e", "artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	return png
}

// js quotes a Go string as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func short(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// diff shows where two texts first differ, with some context.
func diff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("first difference at byte %d:\n  got:  %q\n  want: %q", i, a[from:min(len(a), i+80)], b[from:min(len(b), i+80)])
}

// decode parses a document, failing the test on error.
func decode(t *testing.T, b []byte) *annotate.Document {
	t.Helper()
	var d annotate.Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("%v in %s", err, short(string(b)))
	}
	return &d
}

// normal re-encodes JSON in one canonical form (sorted keys, no spaces), so that documents can be
// compared whatever their layout.
func normal(t *testing.T, b []byte) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%v in %s", err, short(string(b)))
	}
	out, _ := json.Marshal(v)
	return string(out)
}
