// Package schema ships the JSON Schema (draft 2020-12) of the annotator's exported document,
// article-annotations/v1, for tests and for anyone who validates what the CLI, the JS API or the
// page's download produce. It holds the schema's bytes and compiles them
// into a validator; it validates nothing itself.
package schema

import (
	"bytes"
	_ "embed"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// V1 is schema/article-annotations-v1.schema.json, the JSON Schema of article-annotations/v1.
//
//go:embed article-annotations-v1.schema.json
var V1 []byte

// V1URL is V1's $id.
const V1URL = "https://github.com/article-annotator/annotator/schema/article-annotations-v1.schema.json"

// Compile compiles V1 into a validator.
func Compile() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(V1))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(V1URL, doc); err != nil {
		return nil, err
	}
	return c.Compile(V1URL)
}
