package annotate

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/article-annotator/annotator/examples"
	"github.com/article-annotator/annotator/schema"
)

// compileSchema compiles the shipped JSON Schema of article-annotations/v1.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	sch, err := schema.Compile()
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validate(sch *jsonschema.Schema, b []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

// TestOutputMatchesSchema validates Annotate's output, marshalled as the CLI and the page export
// it, against the shipped schema.
func TestOutputMatchesSchema(t *testing.T) {
	sch := compileSchema(t)
	cases := []struct {
		name, text, ref string
	}{
		{"harbour", examples.Harbour, examples.HarbourReferenceDate},
		{"harbour, date detected", examples.Harbour, ""},
		{"emoji and CRLF", "Lagos 🇳🇬, 2 May 2025\r\n\r\n\"We are ready 🚀,\" said Ada Obi.\r\nShe added that the 👩🏽‍🔬 team met last Friday.\r\n", "2025-05-02"},
		{"empty", "", ""},
		{"invalid UTF-8", "Bad \xff byte. \"Fine words,\" said Jo Park on Monday.", "2024-09-03"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := Annotate(c.text, Options{ReferenceDate: c.ref})
			if err := doc.Check(); err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(sch, b); err != nil {
				t.Fatalf("%v\n%s", err, b)
			}
		})
	}
}

// TestSchemaIsStrict makes sure the schema rejects what is not a document, so that the test above
// means something.
func TestSchemaIsStrict(t *testing.T) {
	sch := compileSchema(t)
	valid := `{"schema":"article-annotations/v1","id":7,"text":"\"Yes,\" he said on Monday.","referenceDate":"2024-09-03",` +
		`"speakers":[{"id":"s1","name":"Jo Park","mentions":[{"start":8,"end":10,"text":"he"}]}],` +
		`"quotes":[{"id":"q1","start":0,"end":6,"text":"\"Yes,\"","kind":"direct","speaker":"s1",` +
		`"source":{"start":8,"end":10,"text":"he"},"cue":{"start":11,"end":15,"text":"said"}}],` +
		`"dates":[{"id":"d1","start":19,"end":25,"text":"Monday","type":"DATE","value":"2024-09-02","mod":"START"}]}`
	if err := validate(sch, []byte(valid)); err != nil {
		t.Fatalf("the hand-written valid document fails: %v", err)
	}
	bad := []struct{ name, from, to string }{
		{"error line", valid, `{"id":7,"error":"line 3: unexpected end of JSON input"}`},
		{"unknown field", `"id":7,`, `"id":7,"extra":true,`},
		{"id not string or number", `"id":7,`, `"id":[7],`},
		{"wrong schema name", `article-annotations/v1`, `article-annotations/v2`},
		{"bad reference date", `"2024-09-03"`, `"3 Sept 2024"`},
		{"missing speakers", `"speakers":[{"id":"s1","name":"Jo Park","mentions":[{"start":8,"end":10,"text":"he"}]}],`, ``},
		{"speaker id pattern", `{"id":"s1"`, `{"id":"p1"`},
		{"quote kind", `"kind":"direct"`, `"kind":"reported"`},
		{"quote speaker id", `"speaker":"s1"`, `"speaker":"q1"`},
		{"negative offset", `"start":0`, `"start":-1`},
		{"span extra field", `"text":"he"}]`, `"text":"he","kind":"pronoun"}]`},
		{"date type", `"type":"DATE"`, `"type":"date"`},
		{"date mod", `"mod":"START"`, `"mod":"EARLY"`},
		{"empty value", `"value":"2024-09-02"`, `"value":""`},
		{"date id pattern", `{"id":"d1"`, `{"id":"d"`},
	}
	for _, c := range bad {
		doc := strings.Replace(valid, c.from, c.to, 1)
		if doc == valid {
			t.Fatalf("%s: replacement did not apply", c.name)
		}
		if err := validate(sch, []byte(doc)); err == nil {
			t.Errorf("%s: the schema accepts %s", c.name, doc)
		}
	}
}
