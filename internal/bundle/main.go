// Command bundle writes dist/annotator.html: the page of web/ as ONE self-contained file that works
// from file://, with no server and no network. The stylesheet and scripts are inlined, the wasm is
// embedded as base64 of gzip (loader.js unpacks it with DecompressionStream, since file:// pages
// cannot fetch), and the Content-Security-Policy is replaced by a stricter one that allows exactly
// the inlined scripts and style by their sha256 hashes and no network at all.
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

// budget is the most dist/annotator.html may weigh.
const budget = 2_500_000

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
	fmt.Printf("%s: %s (wasm %s, gzipped %s, base64 %s)\n", *out, kb(len(html)), kb(sizes.Wasm), kb(sizes.Gzip), kb(sizes.Base64))
	if len(html) > *max {
		fmt.Fprintf(os.Stderr, "bundle: %s is %d bytes, over the budget of %d\n", *out, len(html), *max)
		os.Exit(1)
	}
}

func kb(n int) string { return fmt.Sprintf("%d bytes (%.2f MB)", n, float64(n)/1e6) }
