package formats

import (
	"bytes"
	"fmt"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/render"
)

// Export writes doc in the named format. For brat it writes the .ann; the .txt is doc.Text,
// which BratText returns as bytes.
func Export(format string, doc *annotate.Document) ([]byte, error) {
	switch format {
	case "json":
		return render.JSON(doc), nil
	case "jsonl":
		return jsonLine(doc), nil
	case "w3c":
		return exportW3C(doc, "  ")
	case "csv":
		return exportCSV([]*annotate.Document{doc})
	case "brat":
		return exportBrat(doc)
	}
	return nil, unknownFormat(format)
}

// ExportAll writes several documents, a library, as one file: json and jsonl give JSON Lines
// (one compact v1 document a line), w3c gives one compact AnnotationPage a line, csv one table
// with the article id column telling the articles apart. brat has no file for several articles.
func ExportAll(format string, docs []*annotate.Document) ([]byte, error) {
	var b bytes.Buffer
	switch format {
	case "json", "jsonl":
		for _, d := range docs {
			b.Write(jsonLine(d))
		}
		return b.Bytes(), nil
	case "w3c":
		for _, d := range docs {
			line, err := exportW3C(d, "")
			if err != nil {
				return nil, err
			}
			b.Write(line)
		}
		return b.Bytes(), nil
	case "csv":
		return exportCSV(docs)
	case "brat":
		return nil, fmt.Errorf("brat keeps one article in a .txt and .ann pair; export the articles one by one")
	}
	return nil, unknownFormat(format)
}

// BratText is the .txt that goes with the brat .ann of doc: its text, as UTF-8.
func BratText(doc *annotate.Document) []byte { return []byte(doc.Text) }

func unknownFormat(format string) error {
	return fmt.Errorf("unknown format %q; the formats are %s", format, Names(", "))
}

// jsonLine is doc as one compact JSON line: what encoding/json's Encoder writes without indent.
// render.JSON's indentation holds no information, so compacting it gives exactly that.
func jsonLine(doc *annotate.Document) []byte {
	return append(compactJSON(render.JSON(doc)), '\n')
}

// compactJSON is json.Compact for JSON known to be valid, as render.JSON writes it: it drops
// the white space outside strings and copies the rest, without json.Compact's validation, which
// took ten times as long as writing the document.
func compactJSON(src []byte) []byte {
	dst := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case ' ', '\t', '\n', '\r':
		case '"': // copy the string whole, its escapes included
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			end := min(j+1, len(src))
			dst = append(dst, src[i:end]...)
			i = end - 1
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
