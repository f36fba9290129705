package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/formats"
)

// jsonlInput is one line of --jsonl input. Other fields (the gold files carry many) are ignored.
type jsonlInput struct {
	ID            json.RawMessage `json:"id"`
	Text          *string         `json:"text"`
	ReferenceDate *string         `json:"referenceDate"`
}

// jsonlError is the line written in place of a document when an input line is bad.
type jsonlError struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

// runJSONL annotates each line of r and writes one compact document per line, in input order.
// A bad line is reported on its own output line, and on stderr, and the rest go on.
func runJSONL(r io.Reader, name string, stdout, stderr io.Writer, o options) int {
	br := bufio.NewReaderSize(r, 1<<16)
	w := bufio.NewWriterSize(stdout, 1<<16)
	status := 0
	if o.format == "csv" {
		w.Write(formats.CSVHeader())
	}
	for n := 1; ; n++ {
		line, tooLong, readErr := readLine(br, maxInput)
		if readErr != nil && !errors.Is(readErr, io.EOF) {
			fmt.Fprintf(stderr, "annotate: %s: %v\n", name, readErr)
			status = 1
			break
		}
		if tooLong || len(bytes.TrimSpace(line)) > 0 {
			var out []byte
			var err error
			if tooLong {
				err = fmt.Errorf("longer than the limit of %s", size(maxInput))
			} else {
				out, err = annotateLine(line, o)
			}
			if err != nil {
				status = 1
				id := jsonlID(line)
				fmt.Fprintf(stderr, "annotate: %s: line %d: %v\n", name, n, err)
				out = nil
				if o.format != "csv" { // a table has no place for the error; stderr has it
					out, _ = formats.Encode(jsonlError{ID: id, Error: fmt.Sprintf("line %d: %v", n, err)}, "")
				}
			}
			_, err = w.Write(out)
			if err == nil && br.Buffered() == 0 {
				// The next read may wait on a writer that waits for this answer: flush first.
				err = w.Flush()
			}
			if err != nil {
				fmt.Fprintln(stderr, "annotate:", err)
				return 1
			}
		}
		if readErr != nil { // io.EOF
			break
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	return status
}

// readLine reads one line of any length up to limit bytes. A longer line is read to its end and
// dropped, and tooLong is set.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(frag)) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, tooLong, err
		}
	}
}

// annotateLine annotates one JSON line and returns its output: the document, compact, with the
// line's id; for --format w3c a compact AnnotationPage and for csv the rows of its quotes, the
// id as the article's.
func annotateLine(line []byte, o options) ([]byte, error) {
	doc, id, err := readJSONLine(line, o)
	if err != nil {
		return nil, err
	}
	switch o.format {
	case "w3c", "csv":
		doc.ID = idText(id)
		if o.format == "csv" {
			return formats.CSVRows(doc)
		}
		return formats.ExportAll("w3c", []*annotate.Document{doc})
	}
	out, err := formats.Export("jsonl", doc)
	if err != nil {
		return nil, err
	}
	return withID(out, id), nil
}

// idText is an input id as the article id of the w3c and csv formats: a string's value, or a
// number as it is written.
func idText(id json.RawMessage) string {
	var s string
	if json.Unmarshal(id, &s) == nil {
		return s
	}
	var c bytes.Buffer
	if len(id) == 0 || json.Compact(&c, id) != nil || c.String() == "null" {
		return ""
	}
	return c.String()
}

// readJSONLine reads one JSON line and annotates its text, returning the document and the id.
func readJSONLine(line []byte, o options) (*annotate.Document, json.RawMessage, error) {
	line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
	if at, _ := invalidUTF8(line); at >= 0 && !o.replace {
		// encoding/json would quietly read the bad bytes as U+FFFD, so look at the raw line.
		return nil, nil, fmt.Errorf("invalid UTF-8 at byte %d of the line (pass --replace-invalid to read each bad byte as U+FFFD)", at)
	}
	var in jsonlInput
	if err := json.Unmarshal(line, &in); err != nil {
		return nil, nil, jsonError(err)
	}
	if !scalarID(in.ID) {
		return nil, nil, fmt.Errorf(`"id" must be a string or a number, not %s`, in.ID)
	}
	if in.Text == nil {
		return nil, nil, fmt.Errorf(`no "text"`)
	}
	ref := o.refDate
	if in.ReferenceDate != nil && *in.ReferenceDate != "" {
		var err error
		if ref, err = refDate(*in.ReferenceDate); err != nil {
			return nil, nil, fmt.Errorf(`bad "referenceDate": %v`, err)
		}
	}
	return annotate.Annotate(*in.Text, annotate.Options{ReferenceDate: ref}), in.ID, nil
}

// withID splices the id, as written in the input, into a compact document right after its schema
// field, where Document.ID would be: the id keeps its JSON type (a number stays a number).
func withID(doc []byte, id json.RawMessage) []byte {
	var c bytes.Buffer
	if len(id) == 0 || json.Compact(&c, id) != nil || c.String() == "null" {
		return doc
	}
	prefix := []byte(`{"schema":"` + annotate.Schema + `",`)
	if !bytes.HasPrefix(doc, prefix) {
		panic("annotate: document does not start with its schema field")
	}
	out := make([]byte, 0, len(doc)+c.Len()+6)
	out = append(out, prefix...)
	out = append(out, `"id":`...)
	out = append(out, c.Bytes()...)
	out = append(out, ',')
	return append(out, doc[len(prefix):]...)
}

// jsonlID recovers the id of a bad line when it can, and gives null otherwise.
func jsonlID(line []byte) json.RawMessage {
	var in struct {
		ID json.RawMessage `json:"id"`
	}
	var c bytes.Buffer
	if json.Unmarshal(line, &in) != nil || !scalarID(in.ID) || len(in.ID) == 0 || json.Compact(&c, in.ID) != nil {
		return json.RawMessage("null")
	}
	return c.Bytes()
}

// scalarID reports whether an id is absent, null, a string or a number.
func scalarID(id json.RawMessage) bool {
	id = bytes.TrimSpace(id)
	return len(id) == 0 || (id[0] != '{' && id[0] != '[' && id[0] != 't' && id[0] != 'f')
}

// jsonError rewords encoding/json's errors about field types for people who write JSON, not Go.
func jsonError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		want := "a string"
		if te.Type.Kind() != reflect.String && te.Type.Kind() != reflect.Pointer {
			want = te.Type.String()
		}
		return fmt.Errorf("%q is a JSON %s; want %s", te.Field, te.Value, want)
	}
	return err
}
