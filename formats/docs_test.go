package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

// goldenDir holds the engine's golden documents, which these tests read in place.
const goldenDir = "../annotate/testdata/golden"

// handDocs are small documents written for these tests: emoji, CRLF, combining marks, line
// breaks inside spans, and corrections made by a person.
func handDocs(t testing.TB) map[string]*annotate.Document {
	t.Helper()
	docs := map[string]*annotate.Document{
		"emoji": annotate.Annotate("👩🏽‍💻 \"We ship on Friday 🚢,\" said Ana Silva, the 🧭 lead, on Monday.\n", annotate.Options{ReferenceDate: "2025-02-03"}),
		"crlf":  annotate.Annotate("Tide report\r\n\r\n\"The water rose\r\nall night,\" said Ken Sato.\r\nHe said the pier closed in 2020.\r\n", annotate.Options{ReferenceDate: "2025-02-03"}),
		"combining": annotate.Annotate("Zoe\u0308 Ba\u0301rta said the co\u0301uncil \"will vote next week.\" "+
			"\"Nai\u0308ve plans fail,\" Zoe\u0308 Ba\u0301rta added.", annotate.Options{}),
		"dateline": annotate.Annotate("Published 3 September 2024\n\n\"Hi,\" she said last week.\u2028It rained.", annotate.Options{}),
		"empty":    annotate.Annotate("", annotate.Options{}),
		"no quote": annotate.Annotate("A calm day at sea, with <tags> & \"marks\\ in it.", annotate.Options{}),
	}
	// A person stretches the engine's quote over the line break it stopped at: brat must write
	// it in two pieces.
	crlf := docs["crlf"]
	if len(crlf.Quotes) == 0 {
		t.Fatalf("the engine found no quote in %q", crlf.Text)
	}
	whole := "\"The water rose\r\nall night,\""
	at := len([]rune(crlf.Text[:strings.Index(crlf.Text, whole)]))
	crlf.Quotes[0].Span = annotate.Span{Start: at, End: at + len([]rune(whole)), Text: whole}
	crlf.Quotes[0].By = annotate.ByHuman

	// A person's corrections: a human mention, a human quote linked to a speaker whose words
	// are no mention, a speaker named by no mention (placed last, where brat brings it back),
	// and a human date with a mod.
	d := annotate.Annotate("\"Fish are back,\" Mira Holt said on Tuesday.\nThe crew (she said) cheered at dawn.\nOfficials said the season opens early in May.", annotate.Options{ReferenceDate: "2025-04-08"})
	d.ID = "hand 1"
	runes := []rune(d.Text)
	span := func(word string, after int) annotate.Span {
		i := strings.Index(string(runes[after:]), word)
		if i < 0 {
			t.Fatalf("no %q in the text", word)
		}
		s := after + len([]rune(string(runes[after:])[:i]))
		return annotate.Span{Start: s, End: s + len([]rune(word)), Text: word}
	}
	if len(d.Speakers) == 0 {
		t.Fatalf("the engine found no speaker in %q", d.Text)
	}
	d.Speakers[0].Mentions = append(d.Speakers[0].Mentions, annotate.Mention{Span: span("she", 0), By: annotate.ByHuman})
	crew := span("The crew (she said) cheered at dawn.", 0)
	she := span("she", crew.Start)
	said := span("said", crew.Start)
	d.Quotes = append(d.Quotes, annotate.Quote{ID: "q90", Span: crew, Kind: "mixed", Speaker: &d.Speakers[0].ID,
		Source: &she, Cue: &said, By: annotate.ByHuman})
	lonely := "s90"
	d.Speakers = append(d.Speakers, annotate.Speaker{ID: lonely, Name: "the harbour office\nnight desk \\ team", Mentions: []annotate.Mention{}})
	d.Quotes = append(d.Quotes, annotate.Quote{ID: "q91", Span: span("the season opens early in May", 0), Kind: "indirect", Speaker: &lonely, By: annotate.ByHuman})
	d.Dates = append(d.Dates, annotate.Date{ID: "d90", Span: span("early in May", 0), Type: "DATE", Value: "2025-05", Mod: "START", By: annotate.ByHuman})
	docs["human"] = d
	for name, doc := range docs {
		if err := doc.Check(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return docs
}

// goldenDocs reads the engine's golden documents.
func goldenDocs(t testing.TB) map[string]*annotate.Document {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden documents in %s: %v", goldenDir, err)
	}
	docs := map[string]*annotate.Document{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Import(f, data)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(f)] = got[0]
	}
	return docs
}

// allDocs is every test document, golden and hand-written.
func allDocs(t testing.TB) map[string]*annotate.Document {
	docs := goldenDocs(t)
	for name, d := range handDocs(t) {
		docs[name] = d
	}
	return docs
}
