package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// external finds tags that would load something: any src or href attribute left in the page.
var external = regexp.MustCompile(`(?i)<(script|link|img|iframe|frame|a|source|embed|object|audio|video|base)\b[^>]*\s(src|href)\s*=[^>]*>`)

func TestBundleInlinesEverything(t *testing.T) {
	wasm := bytes.Repeat([]byte("\x00asm fake module "), 1000)
	web := fstest.MapFS{
		"index.html":     {Data: []byte(`<!doctype html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; manifest-src 'self'; worker-src 'self'"><link rel="stylesheet" href="style.css"><link rel="manifest" href="manifest.webmanifest"><link rel="icon" href="icon-192.png" type="image/png"></head><body><script src="wasm_exec.js"></script><script src="loader.js"></script></body>`)},
		"style.css":      {Data: []byte("body{color:red}")},
		"wasm_exec.js":   {Data: []byte("globalThis.Go=class{};")},
		"loader.js":      {Data: []byte("new Go();")},
		"annotator.wasm": {Data: wasm},
	}
	out, sizes, err := Bundle(web)
	if err != nil {
		t.Fatal(err)
	}
	page := string(out)
	check(t, page)
	for _, s := range []string{`<style data-src="style.css">body{color:red}</style>`, `<script data-src="wasm_exec.js">globalThis.Go=class{};</script>`, `<script data-src="loader.js">new Go();</script>`} {
		if !strings.Contains(page, s) {
			t.Errorf("missing %q", s)
		}
	}
	sum := sha256.Sum256([]byte("new Go();"))
	if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(page, h) {
		t.Errorf("CSP lacks the hash %s of loader.js", h)
	}
	// The embedded wasm unpacks to the original.
	m := regexp.MustCompile(`id="annotator-wasm">([^<]*)<`).FindStringSubmatch(page)
	gz := undigits(m[1])
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	if !bytes.Equal(got, wasm) || sizes.Wasm != len(wasm) || sizes.Embedded != len(m[1]) {
		t.Fatalf("wasm does not round-trip (%d bytes back, sizes %+v)", len(got), sizes)
	}
	if strings.Contains(page, "manifest") || strings.Contains(page, "icon-192") {
		t.Error("the served page's manifest or icon links are left in the bundle")
	}
	if strings.Index(page, `id="annotator-wasm"`) > strings.Index(page, `<script data-src="loader.js">`) {
		t.Error("the wasm must come before loader.js")
	}
}

func TestBundleRefusesWhatItCannotInline(t *testing.T) {
	base := func() fstest.MapFS {
		return fstest.MapFS{
			"index.html":     {Data: []byte(`<meta http-equiv="Content-Security-Policy" content="x"><script src="a.js"></script>`)},
			"a.js":           {Data: []byte("1")},
			"annotator.wasm": {Data: []byte("w")},
		}
	}
	web := base()
	web["a.js"] = &fstest.MapFile{Data: []byte("x='</script>'")}
	if _, _, err := Bundle(web); err == nil {
		t.Error("a script holding </script> was inlined")
	}
	web = base()
	delete(web, "a.js")
	if _, _, err := Bundle(web); err == nil {
		t.Error("a missing script was not reported")
	}
	web = base()
	web["index.html"] = &fstest.MapFile{Data: []byte(`<script src="a.js"></script>`)}
	if _, _, err := Bundle(web); err == nil {
		t.Error("a page with no CSP was bundled")
	}
}

// TestBundleRealPage bundles the real web/ when the wasm has been built (make wasm), and checks
// the budget. make e2e always builds it first.
func TestBundleRealPage(t *testing.T) {
	if _, err := os.Stat("../../web/annotator.wasm"); err != nil {
		t.Skip("web/annotator.wasm not built (make wasm); the e2e tests check the real bundle")
	}
	out, sizes, err := Bundle(os.DirFS("../../web"))
	if err != nil {
		t.Fatal(err)
	}
	check(t, string(out))
	if len(out) > budget {
		t.Fatalf("%d bytes, over the budget of %d", len(out), budget)
	}
	t.Logf("wasm %d, gzip %d, html %d bytes", sizes.Wasm, sizes.Gzip, len(out))
}

// check asserts what every bundle must hold: nothing external, and a CSP that blocks network.
func check(t *testing.T, page string) {
	t.Helper()
	if m := external.FindString(page); m != "" {
		t.Errorf("the page still loads something: %q", m)
	}
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(page)
	if csp == nil {
		t.Fatal("no CSP")
	}
	for _, want := range []string{"default-src 'none'", "connect-src 'none'", "'wasm-unsafe-eval'"} {
		if !strings.Contains(csp[1], want) {
			t.Errorf("CSP %q lacks %s", csp[1], want)
		}
	}
	if strings.Contains(csp[1], "unsafe-inline") || strings.Contains(csp[1], "'self'") || strings.Contains(csp[1], "manifest-src") {
		t.Errorf("CSP %q is not strict", csp[1])
	}
	// Workers only from blob: URLs, which loader.js makes of the inlined wasm_exec.js.
	if w := regexp.MustCompile(`worker-src[^;]*`).FindAllString(csp[1], -1); len(w) != 1 || w[0] != "worker-src blob:" {
		t.Errorf("CSP %q: the worker sources are %q, want exactly worker-src blob:", csp[1], w)
	}
	if !strings.Contains(page, `<script data-src="wasm_exec.js">`) && strings.Contains(page, "wasm_exec") {
		t.Errorf("the inlined wasm_exec.js is not named by data-src, so loader.js cannot make the engine's worker of it")
	}
}
