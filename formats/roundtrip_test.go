package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/render"
)

// reimport reads back what Export wrote in format for doc.
func reimport(format string, doc *annotate.Document, out []byte) (*annotate.Document, error) {
	if format == "brat" {
		return ImportBrat(BratText(doc), out)
	}
	docs, err := Import("article"+map[string]string{"json": ".json", "jsonl": ".jsonl", "w3c": ".jsonld"}[format], out)
	if err != nil {
		return nil, err
	}
	if len(docs) != 1 {
		return nil, fmt.Errorf("read %d documents, want 1", len(docs))
	}
	return docs[0], nil
}

// kept is what format keeps of doc: everything, except that brat has no place for the
// document's id.
func kept(format string, doc *annotate.Document) *annotate.Document {
	d := *doc
	if format == "brat" {
		d.ID = ""
	}
	return &d
}

func TestRoundTrip(t *testing.T) {
	for name, doc := range allDocs(t) {
		for _, format := range []string{"json", "jsonl", "w3c", "brat"} {
			t.Run(format+"/"+name, func(t *testing.T) {
				out, err := Export(format, doc)
				if err != nil {
					t.Fatal(err)
				}
				back, err := reimport(format, doc, out)
				if err != nil {
					t.Fatalf("import: %v\n%s", err, out)
				}
				if want := kept(format, doc); !reflect.DeepEqual(back, want) {
					t.Fatalf("import(export(doc)) differs from doc:\n got %s\nwant %s", render.JSON(back), render.JSON(want))
				}
				again, err := Export(format, back)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(again, out) {
					t.Fatalf("export(import(export(doc))) differs from export(doc):\n got %s\nwant %s", again, out)
				}
			})
		}
	}
}

// TestJSONIsRenderJSON: the json format is the CLI's document, byte for byte, and jsonl its
// compact form on one line.
func TestJSONIsRenderJSON(t *testing.T) {
	for name, doc := range allDocs(t) {
		out, err := Export("json", doc)
		if err != nil || !bytes.Equal(out, render.JSON(doc)) {
			t.Errorf("%s: json export is not render.JSON (err %v)", name, err)
		}
		line, err := Export("jsonl", doc)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		// json.Marshal escapes <, > and &; the CLI does not.
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(line, b.Bytes()) || bytes.Count(line, []byte("\n")) != 1 {
			t.Errorf("%s: jsonl line is not the compact document:\n got %s\nwant %s", name, line, want)
		}
	}
}

// TestExportAll: a library as JSON Lines reads back as the same documents in the same order, and
// as W3C lines too.
func TestExportAll(t *testing.T) {
	var docs []*annotate.Document
	for _, d := range handDocs(t) {
		docs = append(docs, d)
	}
	for _, format := range []string{"jsonl", "w3c"} {
		out, err := ExportAll(format, docs)
		if err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(out, []byte("\n")); n != len(docs) {
			t.Fatalf("%s: %d lines for %d documents", format, n, len(docs))
		}
		back, err := Import("library.jsonl", out)
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if !reflect.DeepEqual(back, docs) {
			t.Errorf("%s: the library read back differs", format)
		}
	}
	if _, err := ExportAll("brat", docs); err == nil {
		t.Error("brat exported a library into one .ann")
	}
}

func TestUnknownFormat(t *testing.T) {
	doc := handDocs(t)["emoji"]
	if _, err := Export("xml", doc); err == nil || !bytes.Contains([]byte(err.Error()), []byte("json, w3c, csv, brat, jsonl")) {
		t.Errorf("err = %v; want one naming the formats", err)
	}
	for _, f := range Formats {
		if _, err := Export(f.Name, doc); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		if g, ok := Lookup(f.Name); !ok || g != f {
			t.Errorf("Lookup(%q) = %v, %v", f.Name, g, ok)
		}
	}
	if got := FileName("harbour-town.json", Formats[1]); got != "harbour-town.jsonld" {
		t.Errorf("FileName = %q", got)
	}
}
