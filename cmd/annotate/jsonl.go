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
				out, _ = encode(jsonlError{ID: id, Error: fmt.Sprintf("line %d: %v", n, err)}, "")
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

// annotateLine annotates one JSON line and returns its document, compact, with the line's id.
func annotateLine(line []byte, o options) ([]byte, error) {
	line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
	if at, _ := invalidUTF8(line); at >= 0 && !o.replace {
		// encoding/json would quietly read the bad bytes as U+FFFD, so look at the raw line.
		return nil, fmt.Errorf("invalid UTF-8 at byte %d of the line (pass --replace-invalid to read each bad byte as U+FFFD)", at)
	}
	var in jsonlInput
	if err := json.Unmarshal(line, &in); err != nil {
		return nil, jsonError(err)
	}
	if !scalarID(in.ID) {
		return nil, fmt.Errorf(`"id" must be a string or a number, not %s`, in.ID)
	}
	if in.Text == nil {
		return nil, fmt.Errorf(`no "text"`)
	}
	ref := o.refDate
	if in.ReferenceDate != nil && *in.ReferenceDate != "" {
		var err error
		if ref, err = refDate(*in.ReferenceDate); err != nil {
			return nil, fmt.Errorf(`bad "referenceDate": %v`, err)
		}
	}
	doc, err := encode(annotate.Annotate(*in.Text, annotate.Options{ReferenceDate: ref}), "")
	if err != nil {
		return nil, err
	}
	return withID(doc, in.ID), nil
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
