package formats

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/article-annotator/annotator/schema"
)

var update = flag.Bool("update", false, "rewrite the expected exports in testdata/")

// TestGoldenExports exports testdata/bridge.json, a document written by hand (no engine run, so
// it changes only when the formats do; emoji with a variation selector, a combining accent, CRLF,
// corrections by a person, a scare quote inside a mixed one), in each format, and compares the
// output with testdata/bridge.*. Run go test ./formats -update to rewrite them, then read the
// diff.
func TestGoldenExports(t *testing.T) {
	data, err := os.ReadFile("testdata/bridge.json")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Import("bridge.json", data)
	if err != nil {
		t.Fatal(err)
	}
	doc := docs[0]
	for _, f := range Formats {
		t.Run(f.Name, func(t *testing.T) {
			got, err := Export(f.Name, doc)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "bridge.out"+f.Ext)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./formats -update to write it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the %s export differs from %s; run go test ./formats -update and read the diff\n%s", f.Name, path, got)
			}
			if f.Name == "csv" {
				return
			}
			back, err := reimport(f.Name, doc, want)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, kept(f.Name, doc)) {
				t.Errorf("%s does not read back as bridge.json", path)
			}
		})
	}
}

// TestJSONValidates checks the json export of every test document against the shipped schema.
func TestJSONValidates(t *testing.T) {
	s, err := schema.Compile()
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range allDocs(t) {
		out, err := Export("json", doc)
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
