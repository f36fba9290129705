package render

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/examples"
)

// stdJSON is what the CLI prints: encoding/json, HTML escaping off, indented by two spaces.
func stdJSON(t testing.TB, doc *annotate.Document) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestJSONEqualsEncodingJSON(t *testing.T) {
	s1, ref := "s1", "2024-09-03"
	full := &annotate.Document{Schema: annotate.Schema, ID: "a<1>", Text: "x\"\\\b\f\n\r\t\x00\x1f\u2028\u2029 <&> é 😀",
		ReferenceDate: &ref, ReferenceDateFrom: &annotate.Span{Start: 1, End: 2, Text: "\""},
		Speakers: []annotate.Speaker{{ID: "s1", Name: "A", Mentions: []annotate.Mention{{Span: annotate.Span{Start: 0, End: 1, Text: "x"}, By: annotate.ByHuman}}}, {ID: "s2", Name: "B", Mentions: []annotate.Mention{}}},
		Quotes: []annotate.Quote{{ID: "q1", Span: annotate.Span{Start: 0, End: 2, Text: "x\""}, Kind: "direct", Speaker: &s1,
			Source: &annotate.Span{Start: 0, End: 1, Text: "x"}}, {ID: "q2", Kind: "indirect"}},
		Dates: []annotate.Date{{ID: "d1", Type: "DATE", Value: "2024", Mod: "START"}, {ID: "d2", Type: "DURATION", Value: "P3Y"}},
	}
	docs := map[string]*annotate.Document{
		"full":       full,
		"nil slices": {Schema: annotate.Schema, Text: "\xff bad"},
		"empty":      annotate.Annotate("", annotate.Options{}),
		"example":    annotate.Annotate(examples.Harbour, annotate.Options{ReferenceDate: examples.HarbourReferenceDate}),
		"multibyte":  annotate.Annotate("👩🏽‍💻 \"We ship,\" said Ana Silva on Monday.\r\n東京 \"Calm,\" Ken Sato said in 2020.", annotate.Options{}),
		"dateline":   annotate.Annotate("Published 3 September 2024\n\n\"Hi,\" she said last week.", annotate.Options{}),
	}
	for name, doc := range docs {
		if got, want := JSON(doc), stdJSON(t, doc); !bytes.Equal(got, want) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
}

func FuzzJSON(f *testing.F) {
	f.Add(examples.Harbour, "2026-03-14")
	f.Add("\"a\u2028b,\" said \x00X\xff on Monday.", "")
	f.Fuzz(func(t *testing.T, text, ref string) {
		doc := annotate.Annotate(text, annotate.Options{ReferenceDate: ref})
		doc.ID = text
		if got, want := JSON(doc), stdJSON(t, doc); !bytes.Equal(got, want) {
			t.Fatalf("\n got %s\nwant %s", got, want)
		}
	})
}

// TestJSONKnowsEveryField fails when Document, or a type inside it, gains a JSON field that JSON
// does not write: add it there, in encoding/json's order.
func TestJSONKnowsEveryField(t *testing.T) {
	known := map[string]bool{}
	for _, k := range strings.Fields(`schema id text referenceDate referenceDateFrom speakers quotes dates
		start end name mentions kind speaker source cue type value mod by`) {
		known[k] = true
	}
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(ty reflect.Type) {
		for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct || seen[ty] {
			return
		}
		seen[ty] = true
		for i := 0; i < ty.NumField(); i++ {
			f := ty.Field(i)
			if f.Anonymous {
				walk(f.Type)
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" || !f.IsExported() {
				continue
			}
			if !known[name] {
				t.Errorf("%s.%s (json %q) is not written by render.JSON", ty.Name(), f.Name, name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(annotate.Document{}))
}
