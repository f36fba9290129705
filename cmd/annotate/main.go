// Command annotate is the article annotator's CLI: it reads an article (a file or stdin) or JSON
// Lines of articles and prints the article-annotations/v1 JSON document for each.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/article-annotator/annotator/annotate"
)

func main() {
	refDate := flag.String("ref-date", "", "reference date `YYYY-MM-DD` for relative dates")
	jsonl := flag.Bool("jsonl", false, "read JSON Lines {\"id\",\"text\",\"referenceDate\"} and write one document per line")
	flag.Parse()
	if *jsonl {
		os.Exit(runJSONL(os.Stdin, os.Stdout))
	}
	var in io.Reader = os.Stdin
	if flag.NArg() > 0 {
		f, err := os.Open(flag.Arg(0))
		if err != nil {
			fmt.Fprintln(os.Stderr, "annotate:", err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	b, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(1)
	}
	doc := annotate.Annotate(string(b), annotate.Options{ReferenceDate: *refDate})
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(doc)
}

func runJSONL(r io.Reader, w io.Writer) int {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(w)
	defer out.Flush()
	enc := json.NewEncoder(out)
	status := 0
	for n := 1; sc.Scan(); n++ {
		var in struct {
			ID            any    `json:"id"`
			Text          string `json:"text"`
			ReferenceDate string `json:"referenceDate"`
		}
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			enc.Encode(map[string]any{"id": in.ID, "error": fmt.Sprintf("line %d: %v", n, err)})
			status = 1
			continue
		}
		doc := annotate.Annotate(in.Text, annotate.Options{ReferenceDate: in.ReferenceDate})
		doc.ID = fmt.Sprint(in.ID)
		enc.Encode(doc)
	}
	return status
}
