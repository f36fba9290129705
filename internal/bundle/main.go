// Command bundle writes dist/annotator.html: the page of web/ as ONE self-contained file that works
// from file://, with no server and no network. The stylesheet and scripts are inlined, the wasm is
// embedded as gzip written in ASCII, six bytes to seven characters, in parts after the scripts
// (digits.go; loader.js unpacks each part as the parser reads it and gunzips it with
// DecompressionStream, since file:// pages cannot fetch), and the Content-Security-Policy is
// replaced by a stricter one that allows exactly the inlined scripts and style by their sha256
// hashes and no network at all. The links to the web
// app manifest and the icons are dropped: they belong to the served page, which installs as an
// offline app with its service worker (web/sw.js); the file needs neither.
//
//	go run ./internal/bundle -web web -out dist/annotator.html
//
// It reports the sizes and fails when the file is over its budget. It does not build the wasm
// (make wasm does) and does not minify anything.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// budget is the most dist/annotator.html may weigh. It was 2.5 MB until issue 5 linked the
// editor, IndexedDB storage, import and export into the page: encoding/json (for the kept
// sessions and the imports) adds about 137 KB of gzipped wasm, package formats with encoding/csv
// about 90 KB more, and with the editor the page came to 2.98 MB. 3.3 MB leaves room for the
// editor's last parts; e2e's TestDistFromFile holds the same number.
const budget = 3_300_000

func main() {
	web := flag.String("web", "web", "the `dir`ectory of the page: index.html, its CSS and JS, annotator.wasm")
	out := flag.String("out", "dist/annotator.html", "the `file` to write")
	max := flag.Int("max", budget, "fail when the output is over this many `bytes`")
	flag.Parse()
	html, sizes, err := Bundle(os.DirFS(*web))
	if err != nil {
		fmt.Fprintln(os.Stderr, "bundle:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "bundle:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, html, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "bundle:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %s (wasm %s, gzipped %s, embedded %s)\n", *out, kb(len(html)), kb(sizes.Wasm), kb(sizes.Gzip), kb(sizes.Embedded))
	if len(html) > *max {
		fmt.Fprintf(os.Stderr, "bundle: %s is %d bytes, over the budget of %d\n", *out, len(html), *max)
		os.Exit(1)
	}
}

func kb(n int) string { return fmt.Sprintf("%d bytes (%.2f MB)", n, float64(n)/1e6) }
