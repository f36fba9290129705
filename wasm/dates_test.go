//go:build js && wasm

package main

import (
	"reflect"
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/annotate/dates"
)

// TestDatesMessage checks that what the dates worker sends (writeDates) reads back (readDates)
// as the reference date, its source and the dates found, and that a message that is not one, or
// whose offsets do not fit the text, is refused, so that the main worker finds the dates itself.
// Run it with GOOS=js GOARCH=wasm go test -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm.
func TestDatesMessage(t *testing.T) {
	for _, c := range []struct{ text, ref string }{
		{"Published 3 September 2024\n\nThe pier opens on Monday, two weeks after the vote of 20 August.", ""},
		{"The ferry ran every day from May until last week, said Lin Chen.", "2024-09-04"},
		{"No dates here.", ""},
	} {
		r, from := annotate.Reference(c.text, annotate.Options{ReferenceDate: c.ref})
		ds := dates.Find(c.text, r)
		gr, gfrom, gds, ok := readDates(writeDates(r, from, ds), len(c.text))
		if !ok || !gr.Equal(r) || !reflect.DeepEqual(gfrom, from) || len(gds) != len(ds) || (len(ds) > 0 && !reflect.DeepEqual(gds, ds)) {
			t.Errorf("%q: read back %v %v %v %v, want %v %v %v", c.text, gr, gfrom, gds, ok, r, from, ds)
		}
	}
	for _, bad := range []string{"", "2024-09-04\n", "soon\t-1\t-1\n", "\t-1\t-1\n3\t9\tDATE\n", "\t-1\t-1\n3\t900\tDATE\t2024\t\n"} {
		if _, _, _, ok := readDates(bad, 100); ok {
			t.Errorf("readDates took %q", bad)
		}
	}
}
