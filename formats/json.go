package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/article-annotator/annotator/annotate"
)

// importJSON reads one JSON value or several in a row (JSON Lines): each a v1 document or a W3C
// AnnotationPage, told apart by their members.
func importJSON(name string, data []byte) ([]*annotate.Document, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	// A file of one value (the usual .json) is read in place; a Decoder would copy it first.
	value := bytes.TrimLeft(data, jsonSpace)
	single := json.Valid(value)
	var docs []*annotate.Document
	for n := 1; ; n++ {
		var raw json.RawMessage
		var err error
		switch {
		case single && n == 1:
			raw = bytes.TrimRight(value, jsonSpace)
		case single:
			err = io.EOF
		default:
			err = dec.Decode(&raw)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, jsonError(name, data, 0, err)
		}
		start := len(data) - len(value)
		if !single {
			start = int(dec.InputOffset()) - len(raw)
		}
		where := name
		if line, _ := position(data, start); n > 1 || line > 1 {
			where = fmt.Sprintf("%s: the document on line %d", name, line)
		}
		doc, err := decodeDocument(raw)
		if err != nil {
			var je *jsonErr
			if errors.As(err, &je) {
				if f, ok := strings.CutPrefix(je.err.Error(), "json: unknown field "); ok {
					return nil, fmt.Errorf("%s: unknown member %s", where, f)
				}
				return nil, jsonError(name, data, start, je.err)
			}
			return nil, fmt.Errorf("%s: %v", where, err)
		}
		if err := validate(doc); err != nil {
			return nil, fmt.Errorf("%s: %v", where, err)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no document in the file", name)
	}
	return docs, nil
}

// jsonSpace is the white space JSON allows around a value.
const jsonSpace = " \t\r\n"

// jsonErr marks an error of encoding/json, whose offset jsonError turns into a line and column.
type jsonErr struct{ err error }

func (e *jsonErr) Error() string { return e.err.Error() }

// decodeDocument reads one JSON value as a v1 document or a W3C page.
func decodeDocument(raw json.RawMessage) (*annotate.Document, error) {
	if raw[0] != '{' {
		return nil, errors.New("not a JSON object; want an article-annotations/v1 document or a W3C AnnotationPage")
	}
	var kind struct {
		Schema  *string         `json:"schema"`
		Type    json.RawMessage `json:"type"`
		Context json.RawMessage `json:"@context"`
	}
	if err := json.Unmarshal(raw, &kind); err != nil {
		return nil, &jsonErr{err}
	}
	switch {
	case kind.Schema != nil:
		if *kind.Schema != annotate.Schema {
			return nil, fmt.Errorf("schema %q is not %q", *kind.Schema, annotate.Schema)
		}
		return decodeV1(raw)
	case kind.Context != nil || string(kind.Type) == `"AnnotationPage"`:
		return decodeW3C(raw)
	}
	return nil, errors.New(`neither an article-annotations/v1 document (no "schema") nor a W3C AnnotationPage (no "@context")`)
}

// v1Document reads a Document whose id may be a string or a number (the CLI's JSON Lines echo
// the input's id with its JSON type); a number is kept as the digits it is written with.
type v1Document struct {
	annotate.Document
	ID json.RawMessage `json:"id"`
}

func decodeV1(raw json.RawMessage) (*annotate.Document, error) {
	var v v1Document
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return nil, &jsonErr{err}
	}
	doc := v.Document
	if id := bytes.TrimSpace(v.ID); len(id) > 0 && string(id) != "null" {
		switch {
		case id[0] == '"':
			if err := json.Unmarshal(id, &doc.ID); err != nil {
				return nil, &jsonErr{err}
			}
		case id[0] == '-' || id[0] >= '0' && id[0] <= '9':
			doc.ID = string(id)
		default:
			return nil, fmt.Errorf(`"id" must be a string or a number, not %s`, id)
		}
	}
	if err := normalise(&doc); err != nil {
		return nil, err
	}
	return &doc, nil
}

// jsonError words an error of encoding/json for people: the file, the line and column, and what
// is wrong, without Go's type names. base is the offset in data of the value that was decoded.
func jsonError(name string, data []byte, base int, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		line, col := position(data, base+int(se.Offset)-1)
		return fmt.Errorf("%s: line %d, column %d: not valid JSON: %s", name, line, col, se.Error())
	case errors.As(err, &te):
		line, col := position(data, base+int(te.Offset)-1)
		field := "the value"
		if path := jsonPath(te.Field); path != "" {
			field = strconv.Quote(path)
		}
		return fmt.Errorf("%s: line %d, column %d: %s is a JSON %s; want %s", name, line, col, field, te.Value, jsonKind(te.Type.Kind().String()))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: the JSON ends in the middle of a value", name)
	}
	return fmt.Errorf("%s: %v", name, err)
}

// jsonKind names a Go kind as the JSON type it is read from.
func jsonKind(kind string) string {
	switch kind {
	case "string", "ptr":
		return "a string"
	case "int", "int64", "float64":
		return "a number"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	case "bool":
		return "true or false"
	}
	return kind
}

// jsonPath is encoding/json's path to a field without the names of Go's embedded structs
// ("Document.quotes.Span.start" is "quotes.start").
func jsonPath(field string) string {
	var keep []string
	for _, f := range strings.Split(field, ".") {
		if f != "" && (f[0] < 'A' || f[0] > 'Z') {
			keep = append(keep, f)
		}
	}
	return strings.Join(keep, ".")
}

// Encode marshals v as encoding/json does, followed by a newline, indented by indent (compact when
// it is ""), with <, > and & left as they are, as the browser's JSON.stringify leaves them.
func Encode(v any, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
