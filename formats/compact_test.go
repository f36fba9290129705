package formats

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/render"
)

// compactJSON must give exactly what json.Compact gives on every document render.JSON writes,
// whatever its texts hold: quotation marks, backslashes, escapes, white space and ": " inside
// strings.
func TestCompactJSON(t *testing.T) {
	docs := allDocs(t)
	docs["tricky"] = annotate.Annotate("\"A \\\"quoted\\\" \t word: [1, 2]\", she said.\r\n\u2028{\"x\": \"y\"}\\", annotate.Options{})
	docs["empty"] = annotate.Annotate("", annotate.Options{})
	for name, doc := range docs {
		src := render.JSON(doc)
		var want bytes.Buffer
		if err := json.Compact(&want, src); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := compactJSON(src); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: compactJSON differs from json.Compact:\n got %s\nwant %s", name, got, want.Bytes())
		}
	}
}
