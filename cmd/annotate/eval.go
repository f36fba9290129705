package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/internal/eval"
)

// runEval is `annotate eval`: it reads the gold, annotates each gold text with the engine (or
// reads --pred), and prints score.py's lines followed by the errors.
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("annotate eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	ref := fs.String("ref-date", "", "")
	maxErrors := fs.Int("errors", 20, "")
	annotator := fs.String("annotator", "", "")
	predPath := fs.String("pred", "", "")
	jobs := fs.Int("jobs", runtime.NumCPU(), "")
	anyMark := fs.Bool("any-mark", false, "")
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	var err error
	if *ref, err = refDate(*ref); err != nil {
		return usageError(stderr, "bad --ref-date: %v", err)
	}
	if fs.NArg() == 0 {
		return usageError(stderr, "eval needs at least one GOLD file or directory")
	}
	if *maxErrors < 0 || *jobs < 1 {
		return usageError(stderr, "--errors must be 0 or more and --jobs 1 or more")
	}

	gold := &eval.Corpus{}
	for _, path := range fs.Args() {
		before := len(gold.Docs)
		format, bratDocs, err := eval.Read(path, eval.BratOptions{Annotator: *annotator}, gold)
		if err != nil {
			fmt.Fprintln(stderr, "annotate eval:", err)
			return 1
		}
		var several []string
		for _, d := range bratDocs {
			if len(d.Annotators) > 1 {
				several = append(several, fmt.Sprintf("%s (%s of %s)", d.Name, d.Used, strings.Join(d.Annotators, ", ")))
			}
		}
		if len(several) > 0 {
			fmt.Fprintf(stderr, "annotate eval: %s: %s several annotators; used: %s\n", path, plural(len(several), "document has", "documents have"), strings.Join(several, "; "))
		}
		fmt.Fprintf(stderr, "annotate eval: %s: %s, %s\n", path, format, plural(len(gold.Docs)-before, "document"))
	}

	if n := len(gold.Replaced); n > 0 {
		fmt.Fprintf(stderr, "annotate eval: %s appeared again and replaced the earlier one, as in score.py: %s\n",
			plural(n, "document id"), strings.Join(gold.Replaced[:min(n, 10)], ", "))
	}

	if *anyMark {
		n := eval.MarkAnyDirect(gold)
		fmt.Fprintf(stderr, "annotate eval: --any-mark: %s in '' or single marks now direct (score.py counts them indirect)\n", plural(n, "gold quote"))
	}

	var preds map[string]*eval.Pred
	if *predPath != "" {
		var err error
		if preds, err = eval.ReadPredFile(*predPath); err != nil {
			fmt.Fprintln(stderr, "annotate eval:", err)
			return 1
		}
	} else {
		preds = annotateAll(gold, *ref, *jobs, stderr)
	}

	scores := eval.Score(gold, preds)
	lines := scores.Lines()
	if len(lines) == 0 {
		fmt.Fprintln(stderr, "annotate eval: no gold document is marked for scoring (scoreQuotes or scoreDates)")
		return 1
	}
	if _, err = fmt.Fprintln(stdout, strings.Join(lines, "\n")); err == nil && *maxErrors > 0 {
		err = eval.WriteFindings(stdout, scores.Findings(), *maxErrors, 40)
	}
	if err != nil {
		fmt.Fprintln(stderr, "annotate eval:", err)
		return 1
	}
	return 0
}

// annotateAll runs the engine on every gold text, jobs at a time, with the gold's reference date
// or else fallback, as `annotate --jsonl --ref-date fallback` would.
func annotateAll(gold *eval.Corpus, fallback string, jobs int, stderr io.Writer) map[string]*eval.Pred {
	out := make([]*eval.Pred, len(gold.Docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, max(1, len(gold.Docs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d := gold.Docs[i]
				ref := fallback
				if d.ReferenceDate != "" {
					var err error
					if ref, err = refDate(d.ReferenceDate); err != nil {
						// `annotate --jsonl` would refuse the line; score it as if nothing was found.
						fmt.Fprintf(stderr, "annotate eval: %s: bad reference date: %v; nothing annotated\n", d.Name, err)
						out[i] = &eval.Pred{}
						continue
					}
				}
				out[i] = eval.FromDocument(annotate.Annotate(d.Text, annotate.Options{ReferenceDate: ref}))
			}
		}()
	}
	for i := range gold.Docs {
		next <- i
	}
	close(next)
	wg.Wait()
	preds := make(map[string]*eval.Pred, len(out))
	for i, d := range gold.Docs {
		preds[d.Key] = out[i]
	}
	return preds
}

// plural returns "1 document" or "2 documents"; forms are the singular and, when the plural is
// not the singular with an s, the plural.
func plural(n int, forms ...string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, forms[0])
	}
	if len(forms) > 1 {
		return fmt.Sprintf("%d %s", n, forms[1])
	}
	return fmt.Sprintf("%d %ss", n, forms[0])
}
