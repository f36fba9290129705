package formats

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// v1 is a small valid document, written by hand, that the cases below break one way or another.
const v1 = `{"schema": "article-annotations/v1", "text": "Ana said no.", "referenceDate": null,
 "speakers": [{"id": "s1", "name": "Ana", "mentions": [{"start": 0, "end": 3, "text": "Ana"}]}],
 "quotes": [{"id": "q1", "start": 9, "end": 11, "text": "no", "kind": "indirect", "speaker": "s1",
             "source": {"start": 0, "end": 3, "text": "Ana"}, "cue": null}],
 "dates": []}`

func TestImportErrors(t *testing.T) {
	w3c, err := Export("w3c", handDocs(t)["human"])
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, file, data, want string
	}{
		{"syntax", "a.json", "{\"schema\": \"article-annotations/v1\",\n  \"text\": tru}", "a.json: line 2, column 14: not valid JSON: invalid character '}'"},
		{"truncated", "a.json", v1[:40], "a.json: the JSON ends in the middle of a value"},
		{"wrong type", "a.json", strings.Replace(v1, `"start": 9`, `"start": "9"`, 1), `a.json: line 3, column 37: "quotes.start" is a JSON string; want a number`},
		{"unknown member", "a.json", strings.Replace(v1, `"dates": []`, `"dates": [], "colour": "red"`, 1), `a.json: unknown member "colour"`},
		{"other schema", "a.json", strings.Replace(v1, "v1", "v2", 1), `a.json: schema "article-annotations/v2" is not "article-annotations/v1"`},
		{"neither", "a.json", `{"hello": 1}`, `a.json: neither an article-annotations/v1 document (no "schema") nor a W3C AnnotationPage`},
		{"not an object", "a.json", `[1, 2]`, "a.json: not a JSON object"},
		{"empty", "a.json", " \n", "a.json: no document in the file"},
		{"span text", "a.json", strings.Replace(v1, `"text": "no"`, `"text": "No"`, 1), `a.json: quote q1 [9,11) has text "No" but the slice is "no"`},
		{"speaker missing", "a.json", strings.Replace(v1, `"speaker": "s1"`, `"speaker": "s2"`, 1), `a.json: quote q1 names speaker "s2", which does not exist`},
		{"bad by", "a.json", strings.Replace(v1, `"text": "Ana"}]`, `"text": "Ana", "by": "robot"}]`, 1), `a.json: a mention of speaker s1 has "by": "robot"`},
		{"bad reference date", "a.json", strings.Replace(v1, `"referenceDate": null`, `"referenceDate": "2025-13-01"`, 1), `a.json: the reference date "2025-13-01" is not a date`},
		{"id an object", "a.json", strings.Replace(v1, `"text": "Ana said no."`, `"id": {}, "text": "Ana said no."`, 1), `a.json: "id" must be a string or a number`},
		{"JSON Lines, third bad", "lib.jsonl", compact(v1) + "\n" + compact(v1) + "\n" + strings.Replace(compact(v1), `"end":11`, `"end":99`, 1) + "\n", "lib.jsonl: the document on line 3: quote q1 [9,99) lies outside the text"},
		{"JSON Lines, syntax on line 2", "lib.jsonl", compact(v1) + "\n{\"schema\":,}\n", "lib.jsonl: line 2, column 11: not valid JSON"},
		{"invalid UTF-8", "a.json", "{\"text\": \"caf\xe9\"}", "a.json: line 1, column 14 (byte 13): not UTF-8 text"},
		{"unknown kind of file", "a.pdf", "%PDF", "a.pdf: not a kind of file the annotator reads"},
		{"an .ann alone", "a.ann", "T1\tQuote 0 1\tx\n", "a.ann: a brat .ann file needs the .txt it annotates"},
		{"w3c not ours", "a.jsonld", `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": []}`, `a.jsonld: the page has no "article" holding the text`},
		{"w3c position off", "a.jsonld", strings.Replace(string(w3c), `"start":17,`, `"start":18,`, 1), `a.jsonld: annotation 1 (urn:article-annotator:`},
		{"w3c quote selector off", "a.jsonld", strings.Replace(string(w3c), `"exact":"Mira Holt"`, `"exact":"Mira Hole"`, 1), `its TextQuoteSelector ("Mira Hole") does not match the text at [17,26) ("Mira Holt")`},
		{"w3c unknown creator", "a.jsonld", strings.Replace(string(w3c), `"type":"Person"`, `"type":"Robot"`, 1), `the creator's type is "Robot"`},
	}
	for _, c := range cases {
		docs, err := Import(c.file, []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v; want it to contain %q", c.name, err, c.want)
		}
		if docs != nil {
			t.Errorf("%s: returned documents with the error", c.name)
		}
	}
}

func compact(s string) string {
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(s)); err != nil {
		panic(err)
	}
	return b.String()
}

func TestImportSizeLimit(t *testing.T) {
	if err := CheckSize("big.json", MaxSize+1); err == nil || !strings.Contains(err.Error(), "big.json: the file is 50.0 MB, more than the limit of 50 MB") {
		t.Errorf("CheckSize: %v", err)
	}
	if err := CheckSize("ok.json", MaxSize); err != nil {
		t.Errorf("CheckSize at the limit: %v", err)
	}
	if _, err := Import("big.txt", make([]byte, MaxSize+1)); err == nil || !strings.Contains(err.Error(), "more than the limit") {
		t.Errorf("Import: %v", err)
	}
}

// TestImportV1 reads documents as older writers and the CLI's JSON Lines wrote them: no "by"
// (the machine's), a number for an id, and a byte order mark.
func TestImportV1(t *testing.T) {
	docs, err := Import("a.JSON", []byte("\uFEFF"+strings.Replace(v1, `"text": "Ana said no."`, `"id": 17, "text": "Ana said no."`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.ID != "17" || d.Speakers[0].Mentions[0].By != annotate.ByMachine || d.Quotes[0].By != annotate.ByMachine || d.Dates == nil {
		t.Errorf("got %+v", d)
	}
}

func TestImportText(t *testing.T) {
	for _, name := range []string{"notes.txt", "Story.MD", "a.markdown"} {
		text := "# Title\r\n\r\nZoe\u0308 said \"hi\" 👋.\n"
		docs, err := Import(name, []byte("\uFEFF"+text))
		if err != nil {
			t.Fatal(err)
		}
		want := &annotate.Document{Schema: annotate.Schema, Text: text, Speakers: []annotate.Speaker{}, Quotes: []annotate.Quote{}, Dates: []annotate.Date{}}
		if !IsText(name) || len(docs) != 1 || !reflect.DeepEqual(docs[0], want) {
			t.Errorf("%s: %+v", name, docs)
		}
	}
	if IsText("a.json") {
		t.Error("a.json is text")
	}
}

// TestImportMixedLibrary reads a file holding a v1 document and a W3C page, one a line.
func TestImportMixedLibrary(t *testing.T) {
	docs := handDocs(t)
	a, _ := Export("jsonl", docs["emoji"])
	b, _ := ExportAll("w3c", []*annotate.Document{docs["human"]})
	got, err := Import("mixed.jsonl", bytes.Join([][]byte{a, b}, nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !reflect.DeepEqual(got[0], docs["emoji"]) || !reflect.DeepEqual(got[1], docs["human"]) {
		t.Errorf("read %d documents, not the two written", len(got))
	}
}
