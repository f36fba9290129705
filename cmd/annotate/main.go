// Command annotate is the article annotator's command line. It annotates one article (a file or
// stdin) or a JSON Lines stream of articles with the engine in package annotate and prints
// article-annotations/v1 documents (schema/article-annotations-v1.schema.json); its eval
// subcommand scores the engine, or a file of predictions, against gold data and lists the errors.
//
// It does not fetch pages, strip HTML or guess encodings: input must be UTF-8 text, and invalid
// bytes are an error unless --replace-invalid is given. It reads each input (a file, stdin, or one
// JSON line) into memory, up to 256 MB.
//
// Usage:
//
//	annotate [--format FORMAT] [--ref-date YYYY-MM-DD] [--replace-invalid] [FILE]
//	annotate --jsonl [--format FORMAT] [--ref-date YYYY-MM-DD] [--replace-invalid] [FILE]
//	annotate eval [--ref-date D] [--errors N] [--annotator ID] [--pred PRED.jsonl] [--any-mark] GOLD...
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/formats"
)

const usage = `usage:
  annotate [--format FORMAT] [--ref-date YYYY-MM-DD] [--replace-invalid] [FILE]
      Annotate one article (FILE, or stdin when FILE is absent or -) and print its
      article-annotations/v1 JSON document, or the article in another FORMAT.
  annotate --jsonl [--format FORMAT] [--ref-date YYYY-MM-DD] [--replace-invalid] [FILE]
      Read JSON Lines {"id", "text", "referenceDate"} and write one compact document per
      line with its id echoed. A bad line gives {"id": ..., "error": "line N: ..."}, the
      other lines go on, and the exit status is 1. Blank lines are skipped.
  annotate eval [--ref-date YYYY-MM-DD] [--errors N] [--annotator ID] [--pred PRED.jsonl] [--jobs N] [--any-mark] GOLD...
      Score against gold: the shared JSON Lines, a brat standoff directory, or TimeML .tml
      files or directories. Prints score.py's numbers, then the errors with context.

flags:
  --ref-date YYYY-MM-DD   the article's date, for relative dates ("last week"). Without it the
                          engine looks for a date in the text. With --jsonl and eval it is used
                          for articles that give none.
  --jsonl                 JSON Lines in, JSON Lines out.
  --format FORMAT         what to print (default json):
                            json   the article-annotations/v1 document
                            w3c    a W3C Web Annotation AnnotationPage (JSON-LD); with
                                   --jsonl one compact page a line
                            csv    one row per quote, with a header; with --jsonl one
                                   table for all articles, told apart by article_id
                                   (bad lines are reported on stderr only)
                            brat   the brat standoff .ann, whose .txt is the input itself
                                   (offsets in code points, as brat counts); not with --jsonl
                            jsonl  the document compact on one line
  --replace-invalid       annotate text with invalid UTF-8, each bad byte read as U+FFFD,
                          instead of refusing it.
  --help                  print this help.
eval flags:
  --errors N              list at most N errors of each class (default 20; 0 for none).
  --annotator ID          brat: use this annotator's .ann where a document has several
                          (default: the first in sorted order, as polnear-dev.jsonl does).
  --pred PRED.jsonl       score these predictions (the --jsonl output) instead of running
                          the engine.
  --jobs N                annotate N articles at a time (default: the number of CPUs).
  --any-mark              count a gold quote as direct when it is in any quotation marks:
                          '' (NYT style) and single marks too, not only the double marks the
                          shared gold and score.py count (the quotes_direct line changes).

exit status: 0 on success, 1 on bad input or a failed read or write, 2 on bad usage.
`

// maxInput is the most bytes read for one article: a file, stdin, or one JSON line.
var maxInput int64 = 256 << 20

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs the command with args (without the program name) and returns its exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o options
	fs.StringVar(&o.refDate, "ref-date", "", "")
	fs.BoolVar(&o.replace, "replace-invalid", false, "")
	jsonl := fs.Bool("jsonl", false, "")
	fs.StringVar(&o.format, "format", "json", "")
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	var err error
	if o.refDate, err = refDate(o.refDate); err != nil {
		return usageError(stderr, "bad --ref-date: %v", err)
	}
	if _, ok := formats.Lookup(o.format); !ok {
		return usageError(stderr, "unknown --format %q; the formats are %s", o.format, formats.Names(", "))
	}
	if *jsonl && o.format == "brat" {
		return usageError(stderr, "--format brat writes one article (its .ann); it cannot be used with --jsonl")
	}
	if fs.NArg() > 1 {
		return usageError(stderr, "one FILE at most, got %d", fs.NArg())
	}
	in, name, closeIn, err := openInput(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	defer closeIn()
	if *jsonl {
		return runJSONL(in, name, stdout, stderr, o)
	}
	return runFile(in, name, stdout, stderr, o)
}

// options are the flags that single-article and JSON Lines modes share.
type options struct {
	refDate string
	replace bool
	format  string // a name in formats.Formats
}

// parseFlags parses args into fs. It reports ok=false with the exit status when the command
// should stop: after printing help (0) or a usage error (2).
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return 0, false
	}
	if err != nil {
		return usageError(stderr, "%v", err), false
	}
	return 0, true
}

// usageError prints a message and the usage to stderr and returns 2.
func usageError(stderr io.Writer, format string, a ...any) int {
	fmt.Fprintf(stderr, "annotate: "+format+"\n\n", a...)
	fmt.Fprint(stderr, usage)
	return 2
}

// refDate checks a reference date and returns the date to give the engine. It takes YYYY-MM-DD,
// and also a date with a time, YYYY-MM-DDThh:mm[:ss] (as TimeML creation times and 42 of the
// TBAQ gold documents have), of which it keeps the date. The empty string is no date and fine.
func refDate(s string) (string, error) {
	if len(s) > 10 && s[10] == 'T' {
		for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05", time.RFC3339, "2006-01-02T15:04:05.999999999"} {
			if _, err := time.Parse(layout, s); err == nil {
				return s[:10], nil
			}
		}
		return "", fmt.Errorf("%q is not a date YYYY-MM-DD or a date and time YYYY-MM-DDThh:mm[:ss]", s)
	}
	if _, err := annotate.ParseDate(s); err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) && pe.Message != "" {
			return "", fmt.Errorf("%q%s; want YYYY-MM-DD", s, pe.Message)
		}
		return "", fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return s, nil
}
