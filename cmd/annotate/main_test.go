package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/article-annotator/annotator/examples"
	"github.com/article-annotator/annotator/schema"
)

// article is a short text written for these tests.
const article = "Port Ellis, 2 May 2025\n\n\"The ferry will run again on Monday,\" said harbour master Rui Costa. He added that repairs took three weeks.\n"

// result is what one run of the command gave.
type result struct {
	code           int
	stdout, stderr string
}

func runCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var docSchema *jsonschema.Schema

// checkDoc validates one JSON document against the shipped schema and decodes it.
func checkDoc(t *testing.T, s string) map[string]any {
	t.Helper()
	if docSchema == nil {
		var err error
		if docSchema, err = schema.Compile(); err != nil {
			t.Fatal(err)
		}
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(s))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	if err := docSchema.Validate(v); err != nil {
		t.Fatalf("not a valid document: %v\n%s", err, s)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSingleArticle(t *testing.T) {
	file := writeFile(t, "a.txt", []byte(article))
	bad := writeFile(t, "bad.txt", []byte("Bad \xff\xfe bytes."))
	cases := []struct {
		name    string
		stdin   string
		args    []string
		code    int
		text    string // the document's text, when code is 0
		ref     any    // the document's referenceDate
		stderr  string // a part of stderr
		noOuput bool
	}{
		{name: "file", args: []string{"--ref-date", "2025-05-02", file}, text: article, ref: "2025-05-02"},
		{name: "stdin", stdin: article, args: []string{"--ref-date", "2025-05-02"}, text: article, ref: "2025-05-02"},
		{name: "dash is stdin", stdin: "Quiet day.", args: []string{"-"}, text: "Quiet day.", ref: nil},
		{name: "ref-date with a time keeps the date", stdin: "Quiet day.", args: []string{"--ref-date=2025-05-02T09:30"}, text: "Quiet day.", ref: "2025-05-02"},
		{name: "empty", args: []string{writeFile(t, "empty.txt", nil)}, text: "", ref: nil},
		{name: "bad ref-date", args: []string{"--ref-date", "2025-13-02", file}, code: 2, stderr: "bad --ref-date: \"2025-13-02\": month out of range", noOuput: true},
		{name: "ref-date not a date", args: []string{"--ref-date", "May 2", file}, code: 2, stderr: "usage:", noOuput: true},
		{name: "unknown flag", args: []string{"--frobnicate", file}, code: 2, stderr: "flag provided but not defined: -frobnicate", noOuput: true},
		{name: "two files", args: []string{file, file}, code: 2, stderr: "one FILE at most", noOuput: true},
		{name: "missing file", args: []string{filepath.Join(t.TempDir(), "none.txt")}, code: 1, stderr: "no such file", noOuput: true},
		{name: "invalid UTF-8", args: []string{bad}, code: 1, stderr: "bad.txt: invalid UTF-8 at byte 4 (2 bad bytes in all)", noOuput: true},
		{name: "invalid UTF-8 on stdin", stdin: "ok \xc3", code: 1, stderr: "stdin: invalid UTF-8 at byte 3", noOuput: true},
		{name: "invalid UTF-8 replaced", args: []string{"--replace-invalid", bad}, text: "Bad \uFFFD\uFFFD bytes.", ref: nil, stderr: "read 2 invalid UTF-8 bytes as U+FFFD"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runCmd(t, c.stdin, c.args...)
			if r.code != c.code || !strings.Contains(r.stderr, c.stderr) {
				t.Fatalf("exit %d, stderr %q; want exit %d and stderr with %q", r.code, r.stderr, c.code, c.stderr)
			}
			if c.noOuput {
				if r.stdout != "" {
					t.Fatalf("printed %q", r.stdout)
				}
				return
			}
			doc := checkDoc(t, r.stdout)
			if doc["text"] != c.text || doc["referenceDate"] != c.ref {
				t.Errorf("text %q, referenceDate %v; want %q, %v", doc["text"], doc["referenceDate"], c.text, c.ref)
			}
			if _, ok := doc["id"]; ok {
				t.Error("a single article's document has an id")
			}
			if !strings.HasPrefix(r.stdout, "{\n  \"schema\"") || !strings.HasSuffix(r.stdout, "}\n") {
				t.Errorf("not indented JSON and a newline: %q", r.stdout)
			}
		})
	}
}

func TestHelpNamesEverything(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"eval", "--help"}} {
		r := runCmd(t, "", args...)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		for _, w := range []string{"annotate eval", "--ref-date", "--jsonl", "--replace-invalid", "--help",
			"--errors", "--annotator", "--pred", "--jobs", "exit status"} {
			if !strings.Contains(r.stdout, w) {
				t.Errorf("%v: the help does not name %s", args, w)
			}
		}
	}
}

func TestLimit(t *testing.T) {
	defer func(n int64) { maxInput = n }(maxInput)
	maxInput = 16
	r := runCmd(t, strings.Repeat("a", 17))
	if r.code != 1 || !strings.Contains(r.stderr, "more than the limit of 16 bytes") || r.stdout != "" {
		t.Errorf("stdin: %+v", r)
	}
	r = runCmd(t, "", writeFile(t, "big.txt", make([]byte, 17)))
	if r.code != 1 || !strings.Contains(r.stderr, "17 bytes is more than the limit") {
		t.Errorf("file: %+v", r)
	}
	// In JSON Lines the limit is per line, and the lines after a long one go on.
	maxInput = 24
	r = runCmd(t, `{"id":1,"text":"`+strings.Repeat("a", 20)+`"}`+"\n"+`{"id":2,"text":"ok"}`+"\n", "--jsonl")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != 1 || len(lines) != 2 || lines[0] != `{"id":null,"error":"line 1: longer than the limit of 24 bytes"}` || !strings.HasPrefix(lines[1], `{"schema":"article-annotations/v1","id":2,`) {
		t.Errorf("jsonl: %+v", r)
	}
}

func TestJSONL(t *testing.T) {
	big := strings.Repeat("The pier reopened on Friday. ", 100000) // ~2.9 MB on one line
	input := strings.Join([]string{
		`{"id": "a1", "text": "\"We are ready,\" said Ada Obi on Monday.", "referenceDate": "2025-05-02"}`,
		`{"id": 2, "text": "No quotes here.", "referenceDate": null, "set": "extra fields are ignored"}`,
		`{"id": 3, "text": "unterminated`,
		``,
		`{"id": "t", "text": 5}`,
		`{"id": 6.5, "text": "Bad ` + "\xff" + ` byte."}`,
		`{"id": "r", "text": "Fine.", "referenceDate": "2025-02-30"}`,
		`{"id": "nt"}`,
		`{"id": {"x": 1}, "text": "Object id."}`,
		`{"text": "No id."}`,
		`{"id": "big", "text": "` + big + `"}`,
		`{"id":1e3,"text":"Last line, without a newline."}`,
	}, "\n")
	r := runCmd(t, input, "--jsonl")
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	want := []struct {
		id  string // the id as JSON, or "" for none
		err string // the error, or "" for a document
	}{
		{`"a1"`, ""},
		{`2`, ""},
		{`null`, "line 3: unexpected end of JSON input"},
		{`"t"`, `line 5: "text" is a JSON number; want a string`},
		{`6.5`, "line 6: invalid UTF-8 at byte 25 of the line"},
		{`"r"`, `line 7: bad "referenceDate": "2025-02-30": day out of range; want YYYY-MM-DD`},
		{`"nt"`, `line 8: no "text"`},
		{`null`, `line 9: "id" must be a string or a number`},
		{``, ""},
		{`"big"`, ""},
		{`1e3`, ""},
	}
	if len(lines) != len(want) {
		t.Fatalf("%d output lines, want %d:\n%s", len(lines), len(want), r.stdout)
	}
	for i, w := range want {
		line := lines[i]
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if string(m["id"]) != w.id {
			t.Errorf("output %d: id %s, want %s", i+1, m["id"], w.id)
		}
		if w.err == "" {
			checkDoc(t, line)
			continue
		}
		var e string
		json.Unmarshal(m["error"], &e)
		if len(m) != 2 || !strings.HasPrefix(e, w.err) {
			t.Errorf("output %d: %s; want an error starting %q", i+1, line, w.err)
		}
		if !strings.Contains(r.stderr, w.err) {
			t.Errorf("stderr does not report %q", w.err)
		}
	}
	if !strings.Contains(lines[1], `"referenceDate":null`) || !strings.Contains(lines[0], `"referenceDate":"2025-05-02"`) {
		t.Error("reference dates not passed through")
	}

	// --replace-invalid annotates the line with the bad byte, as U+FFFD.
	r = runCmd(t, `{"id": 6.5, "text": "Bad `+"\xff"+` byte."}`, "--jsonl", "--replace-invalid")
	if r.code != 0 || !strings.Contains(checkDoc(t, r.stdout)["text"].(string), "Bad \uFFFD byte.") {
		t.Errorf("--replace-invalid: %+v", r)
	}
}

// TestFileAndJSONLAgree: the same text and reference date give the same document, byte for byte,
// apart from the id and the indentation.
func TestFileAndJSONLAgree(t *testing.T) {
	texts := []struct{ text, ref string }{
		{examples.Harbour, examples.HarbourReferenceDate},
		{examples.Harbour, ""},
		{article, "2025-05-02"},
		{"Emoji 🚀 and CRLF\r\n\"Yes <b>&</b>,\" she said on Friday.\r\n", "2024-09-06"},
		{"", ""},
	}
	for i, c := range texts {
		args := []string{}
		if c.ref != "" {
			args = append(args, "--ref-date", c.ref)
		}
		single := runCmd(t, c.text, args...)
		line, _ := json.Marshal(map[string]any{"id": "x", "text": c.text, "referenceDate": c.ref})
		multi := runCmd(t, string(line), "--jsonl")
		if single.code != 0 || multi.code != 0 {
			t.Fatalf("text %d: exit %d and %d: %s %s", i, single.code, multi.code, single.stderr, multi.stderr)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(single.stdout)); err != nil {
			t.Fatal(err)
		}
		got := strings.Replace(multi.stdout, `"id":"x",`, "", 1)
		if got != compact.String()+"\n" {
			t.Errorf("text %d: the documents differ:\n%s\n%s", i, compact.String(), got)
		}
	}
}
