package annotate

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden .json files in testdata/golden")

// TestGolden annotates each whole article in testdata/golden (*.txt or *.md, written for this
// project) and compares the document with the .json file beside it. An article whose first line is
// "ref: YYYY-MM-DD" is annotated with that reference date; the line is not part of the text.
// Run `go test ./annotate -update` to rewrite the expectations, then read the diff.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.*")
	n := 0
	for _, f := range files {
		ext := filepath.Ext(f)
		if ext != ".txt" && ext != ".md" {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text, opts := string(raw), Options{}
			if rest, ok := strings.CutPrefix(text, "ref: "); ok {
				opts.ReferenceDate, text, _ = strings.Cut(rest, "\n")
			}
			doc := Annotate(text, opts)
			if err := doc.Check(); err != nil {
				t.Fatalf("invariant: %v", err)
			}
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ext) + ".json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./annotate -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the engine's output; run go test ./annotate -update and read the diff\n%s", golden, firstDiff(string(want), string(got)))
			}
		})
	}
	if n == 0 {
		t.Fatal("no golden articles in testdata/golden")
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\n  want " + a + "\n  got  " + b
		}
	}
	return ""
}
