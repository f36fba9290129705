package main

import (
	"fmt"
	"io"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/formats"
)

// runFile annotates the one article in r and writes its document, indented.
func runFile(r io.Reader, name string, stdout, stderr io.Writer, o options) int {
	b, err := readAll(r, name)
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	if at, n := invalidUTF8(b); at >= 0 {
		if !o.replace {
			fmt.Fprintf(stderr, "annotate: %s: invalid UTF-8 at byte %d (%d bad bytes in all); fix the encoding, or pass --replace-invalid to read each bad byte as U+FFFD\n", name, at, n)
			return 1
		}
		fmt.Fprintf(stderr, "annotate: %s: read %d invalid UTF-8 bytes as U+FFFD, the first at byte %d\n", name, n, at)
	}
	// formats writes every format, json as render.JSON: what formats.Encode(doc, "  ") gives, byte for
	// byte, and what the page downloads.
	out, err := formats.Export(o.format, annotate.Annotate(string(b), annotate.Options{ReferenceDate: o.refDate}))
	if err == nil {
		_, err = stdout.Write(out)
	}
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	return 0
}
