package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/formats"
)

// formatArticle is written for these tests: two speakers, quotes of each kind, a CRLF and an
// emoji before the spans, so that offsets in code points and in bytes differ.
const formatArticle = "Lake Orra, 4 June 2025 🌊\r\n\r\n\"The dam holds,\" said engineer Priya Nair. She said repairs end next week.\r\n" +
	"Mayor Tom Reyes said the town was \"ready for anything.\"\r\n"

func TestFormatDefaultIsJSON(t *testing.T) {
	def := runCmd(t, formatArticle, "--ref-date", "2025-06-04")
	named := runCmd(t, formatArticle, "--ref-date", "2025-06-04", "--format", "json")
	want, err := formats.Encode(annotate.Annotate(formatArticle, annotate.Options{ReferenceDate: "2025-06-04"}), "  ")
	if err != nil {
		t.Fatal(err)
	}
	if def.code != 0 || named.code != 0 || def.stdout != string(want) || named.stdout != def.stdout {
		t.Errorf("the default and --format json are not the document as before:\n%s\n%s", def.stdout, named.stdout)
	}
	checkDoc(t, named.stdout)
}

// TestFormatEach prints the article in each format and reads it back as a user's tool would.
func TestFormatEach(t *testing.T) {
	doc := annotate.Annotate(formatArticle, annotate.Options{ReferenceDate: "2025-06-04"})
	if len(doc.Quotes) < 2 || len(doc.Speakers) < 1 {
		t.Fatalf("the engine found too little to test with: %d quotes, %d speakers", len(doc.Quotes), len(doc.Speakers))
	}
	for _, format := range []string{"w3c", "brat", "jsonl", "csv"} {
		t.Run(format, func(t *testing.T) {
			r := runCmd(t, formatArticle, "--format", format, "--ref-date", "2025-06-04")
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			var back *annotate.Document
			switch format {
			case "w3c":
				docs, err := formats.Import("out.jsonld", []byte(r.stdout))
				if err != nil {
					t.Fatal(err)
				}
				back = docs[0]
			case "jsonl":
				if strings.Count(r.stdout, "\n") != 1 {
					t.Fatalf("not one line: %q", r.stdout)
				}
				checkDoc(t, r.stdout)
				docs, err := formats.Import("out.jsonl", []byte(r.stdout))
				if err != nil {
					t.Fatal(err)
				}
				back = docs[0]
			case "brat":
				var err error
				if back, err = formats.ImportBrat([]byte(formatArticle), []byte(r.stdout)); err != nil {
					t.Fatalf("%v\n%s", err, r.stdout)
				}
			case "csv":
				rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				if len(rows) != len(doc.Quotes)+1 {
					t.Fatalf("%d rows; want a header and %d quotes", len(rows), len(doc.Quotes))
				}
				for i, q := range doc.Quotes {
					row := rows[i+1]
					if row[1] != q.ID || row[4] != strings.ReplaceAll(q.Text, "\r\n", "\n") || row[7] != strconv.Itoa(q.Start) || row[8] != strconv.Itoa(q.End) {
						t.Errorf("row %q is not quote %+v", row, q)
					}
				}
				return
			}
			if !reflect.DeepEqual(back, doc) {
				t.Errorf("read back differs from the engine's document:\n%s", r.stdout)
			}
		})
	}
}

func TestFormatJSONL(t *testing.T) {
	in := `{"id": "a-1", "text": "\"Soon,\" said Ada Berg.", "referenceDate": "2025-01-02"}` + "\n" +
		`{"id": 7, "text": 5}` + "\n" +
		`{"id": 8, "text": "Ada Berg said the vote was close. \"We won,\" Lu Chen said."}` + "\n"

	r := runCmd(t, in, "--jsonl", "--format", "csv")
	if r.code != 1 || !strings.Contains(r.stderr, "stdin: line 2:") {
		t.Errorf("exit %d, stderr %q; want 1 and line 2 reported", r.code, r.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, row := range rows {
		ids = append(ids, row[0])
	}
	want := []string{"article_id"}
	for _, a := range []struct{ id, text string }{{"a-1", "\"Soon,\" said Ada Berg."}, {"8", "Ada Berg said the vote was close. \"We won,\" Lu Chen said."}} {
		n := len(annotate.Annotate(a.text, annotate.Options{}).Quotes)
		if n == 0 {
			t.Fatalf("the engine found no quote in %q", a.text)
		}
		for range n {
			want = append(want, a.id)
		}
	}
	if !slices.Equal(ids, want) {
		t.Errorf("article ids %q; want %q: a header and a row per quote of each good line\n%s", ids, want, r.stdout)
	}

	r = runCmd(t, in, "--jsonl", "--format", "w3c")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != 1 || len(lines) != 3 || lines[1] != `{"id":7,"error":"line 2: \"text\" is a JSON number; want a string"}` {
		t.Fatalf("exit %d, lines %q", r.code, lines)
	}
	for i, want := range map[int]string{0: "a-1", 2: "8"} {
		docs, err := formats.Import("line.jsonld", []byte(lines[i]))
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if docs[0].ID != want {
			t.Errorf("line %d: id %q; want %q", i+1, docs[0].ID, want)
		}
	}

	// The documents are what encoding/json writes, with the id spliced in, as before formats.
	var jsonl strings.Builder
	for _, a := range []struct {
		id, text, ref string
	}{{`"a-1"`, "\"Soon,\" said Ada Berg.", "2025-01-02"}, {"", "", ""}, {"8", "Ada Berg said the vote was close. \"We won,\" Lu Chen said.", ""}} {
		if a.id == "" {
			jsonl.WriteString(`{"id":7,"error":"line 2: \"text\" is a JSON number; want a string"}` + "\n")
			continue
		}
		doc, err := formats.Encode(annotate.Annotate(a.text, annotate.Options{ReferenceDate: a.ref}), "")
		if err != nil {
			t.Fatal(err)
		}
		jsonl.Write(withID(doc, json.RawMessage(a.id)))
	}
	for _, args := range [][]string{{"--jsonl"}, {"--jsonl", "--format", "json"}, {"--jsonl", "--format", "jsonl"}} {
		if r := runCmd(t, in, args...); r.stdout != jsonl.String() {
			t.Errorf("%v:\n got %s\nwant %s", args, r.stdout, jsonl.String())
		}
	}
}

func TestFormatUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "xml"}, `unknown --format "xml"; the formats are json, w3c, csv, brat, jsonl`},
		{[]string{"--jsonl", "--format", "brat"}, "--format brat writes one article"},
	} {
		r := runCmd(t, "x", c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) || r.stdout != "" {
			t.Errorf("%v: exit %d, stderr %q", c.args, r.code, r.stderr)
		}
	}
	if r := runCmd(t, "", "--help"); !bytes.Contains([]byte(r.stdout), []byte("--format FORMAT")) {
		t.Error("the help does not name --format")
	}
}
