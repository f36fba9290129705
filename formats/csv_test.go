package formats

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// TestCSVParses: the CSV of a library reads back with encoding/csv as one header and a row per
// quote, ten fields each, holding the quote's own words, speaker and offsets.
func TestCSVParses(t *testing.T) {
	var docs []*annotate.Document
	for name, d := range allDocs(t) {
		d := *d
		d.ID = name
		docs = append(docs, &d)
	}
	out, err := ExportAll("csv", docs)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(out))
	r.FieldsPerRecord = len(csvHeader)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var want [][]string
	for _, d := range docs {
		for _, q := range d.Quotes {
			name, id := "", ""
			if q.Speaker != nil {
				id = *q.Speaker
				for _, s := range d.Speakers {
					if s.ID == id {
						name = s.Name
					}
				}
			}
			cue := ""
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			want = append(want, []string{d.ID, q.ID, name, id, q.Text, cue, q.Kind, strconv.Itoa(q.Start), strconv.Itoa(q.End), q.By})
		}
	}
	if len(want) < 20 {
		t.Fatalf("only %d quotes in the test documents", len(want))
	}
	if len(rows) != len(want)+1 {
		t.Fatalf("%d rows; want a header and %d quotes", len(rows), len(want))
	}
	if got := rows[0]; len(got) != 10 || got[0] != "article_id" || got[4] != "quote" {
		t.Errorf("header %q", got)
	}
	for i, w := range want {
		for j := range w { // encoding/csv reads a CRLF inside a quoted field as LF
			w[j] = strings.ReplaceAll(w[j], "\r\n", "\n")
		}
		if got := rows[i+1]; !slices.Equal(got, w) {
			t.Errorf("row %d: %q\nwant %q", i+1, got, w)
		}
	}
}
