// Package schema ships the JSON Schema (draft 2020-12) of the annotator's exported document,
// article-annotations/v1, for tests and for anyone who validates what the CLI, the JS API or the
// page's download produce. It holds the schema's bytes; it does not validate.
package schema

import _ "embed"

// V1 is schema/article-annotations-v1.schema.json, the JSON Schema of article-annotations/v1.
//
//go:embed article-annotations-v1.schema.json
var V1 []byte

// V1URL is V1's $id.
const V1URL = "https://github.com/article-annotator/annotator/schema/article-annotations-v1.schema.json"
