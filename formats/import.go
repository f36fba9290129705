package formats

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
)

// Import reads the file name (only its extension counts) holding data and returns the documents
// in it:
//   - .txt, .md: one document with the text and no annotations (IsText reports these); the
//     caller annotates it with annotate.Annotate(doc.Text, annotate.Options{}).
//   - .json, .jsonl, .jsonld: v1 documents or W3C AnnotationPages, told apart by their content,
//     one value or several in a row (JSON Lines, a library).
//
// A brat pair has two files: read it with ImportBrat. Documents without "by" read as made by the
// machine. Every document is checked with Document.Check and refused with its message when it
// fails; nothing is returned then.
func Import(name string, data []byte) ([]*annotate.Document, error) {
	if err := CheckSize(name, int64(len(data))); err != nil {
		return nil, err
	}
	if err := checkUTF8(name, data); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // a byte order mark is no part of the text
	switch ext := strings.ToLower(path.Ext(name)); {
	case IsText(name):
		return []*annotate.Document{textDocument(string(data))}, nil
	case ext == ".json" || ext == ".jsonl" || ext == ".jsonld" || ext == ".ndjson":
		return importJSON(name, data)
	case ext == ".ann":
		return nil, fmt.Errorf("%s: a brat .ann file needs the .txt it annotates; import the two together", name)
	}
	return nil, fmt.Errorf("%s: not a kind of file the annotator reads (.txt, .md, .json, .jsonl, .jsonld, or a brat .txt with its .ann)", name)
}

// IsText reports whether Import reads the file name as plain text to annotate.
func IsText(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".txt" || ext == ".md" || ext == ".markdown"
}

// textDocument is a document holding text and no annotations yet.
func textDocument(text string) *annotate.Document {
	return &annotate.Document{Schema: annotate.Schema, Text: text, Speakers: []annotate.Speaker{},
		Quotes: []annotate.Quote{}, Dates: []annotate.Date{}}
}

// checkUTF8 refuses data that is not valid UTF-8, saying where the first bad byte is. Reading
// bad bytes as U+FFFD would keep offsets counted by some tools and shift those counted by
// others, so the file is refused rather than guessed at.
func checkUTF8(name string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	at := 0
	for at < len(data) {
		r, n := utf8.DecodeRune(data[at:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		at += n
	}
	line, col := position(data, at)
	return fmt.Errorf("%s: line %d, column %d (byte %d): not UTF-8 text; save the file as UTF-8 and import it again", name, line, col, at)
}

// position returns the line and column, from 1, of byte offset off in data; the column counts
// code points.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

// normalise makes the empty lists of doc non-nil, as every importer returns them, and reads a
// missing "by" as the machine's. It refuses a "by" that is neither.
func normalise(doc *annotate.Document) error {
	if doc.Speakers == nil {
		doc.Speakers = []annotate.Speaker{}
	}
	if doc.Quotes == nil {
		doc.Quotes = []annotate.Quote{}
	}
	if doc.Dates == nil {
		doc.Dates = []annotate.Date{}
	}
	by := func(what string, b *string) error {
		switch *b {
		case "":
			*b = annotate.ByMachine
		case annotate.ByMachine, annotate.ByHuman:
		default:
			return fmt.Errorf("%s has \"by\": %q; it must be %q or %q", what, *b, annotate.ByMachine, annotate.ByHuman)
		}
		return nil
	}
	for i := range doc.Speakers {
		s := &doc.Speakers[i]
		if s.Mentions == nil {
			s.Mentions = []annotate.Mention{}
		}
		for j := range s.Mentions {
			if err := by("a mention of speaker "+s.ID, &s.Mentions[j].By); err != nil {
				return err
			}
		}
	}
	for i := range doc.Quotes {
		if err := by("quote "+doc.Quotes[i].ID, &doc.Quotes[i].By); err != nil {
			return err
		}
	}
	for i := range doc.Dates {
		if err := by("date "+doc.Dates[i].ID, &doc.Dates[i].By); err != nil {
			return err
		}
	}
	return nil
}

// validate runs the checks every imported document must pass: Check's invariants, a reference
// date that is a date, and a name for every speaker.
func validate(doc *annotate.Document) error {
	if err := doc.Check(); err != nil {
		return err
	}
	if doc.ReferenceDate != nil {
		if _, err := annotate.ParseDate(*doc.ReferenceDate); err != nil || *doc.ReferenceDate == "" {
			return fmt.Errorf("the reference date %q is not a date YYYY-MM-DD", *doc.ReferenceDate)
		}
	}
	for _, s := range doc.Speakers {
		if s.Name == "" {
			return fmt.Errorf("speaker %s has no name", s.ID)
		}
	}
	return nil
}
