package formats_test

import (
	"fmt"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/formats"
)

// A document written out by hand: one speaker, one quote linked to her, one date.
func exampleDoc() *annotate.Document {
	s1 := "s1"
	ada := annotate.Span{Start: 10, End: 18, Text: "Ada Berg"}
	return &annotate.Document{Schema: annotate.Schema, Text: "\"Soon 🚀,\" Ada Berg said on Friday.",
		Speakers: []annotate.Speaker{{ID: "s1", Name: "Ada Berg", Mentions: []annotate.Mention{{Span: ada, By: annotate.ByMachine}}}},
		Quotes: []annotate.Quote{{ID: "q1", Span: annotate.Span{Start: 0, End: 9, Text: "\"Soon 🚀,\""}, Kind: "direct",
			Speaker: &s1, Source: &ada, Cue: &annotate.Span{Start: 19, End: 23, Text: "said"}, By: annotate.ByHuman}},
		Dates: []annotate.Date{{ID: "d1", Span: annotate.Span{Start: 27, End: 33, Text: "Friday"}, Type: "DATE", Value: "XXXX-WXX-5", By: annotate.ByMachine}},
	}
}

func ExampleExport_csv() {
	out, err := formats.Export("csv", exampleDoc())
	if err != nil {
		panic(err)
	}
	fmt.Print(string(out))
	// Output:
	// article_id,quote_id,speaker,speaker_id,quote,cue,kind,start,end,by
	// ,q1,Ada Berg,s1,"""Soon 🚀,""",said,direct,0,9,human
}

func ExampleExport_brat() {
	out, err := formats.Export("brat", exampleDoc())
	if err != nil {
		panic(err)
	}
	fmt.Print(string(out))
	// Output:
	// T1	Speaker 10 18	Ada Berg
	// A1	SpeakerID T1 s1
	// A2	By T1 machine
	// #1	AnnotatorNotes T1	Ada Berg
	// T2	Quote 0 9	"Soon 🚀,"
	// A3	QuoteID T2 q1
	// A4	Kind T2 direct
	// A5	By T2 human
	// A6	SpeakerID T2 s1
	// #2	AnnotatorNotes T2	Ada Berg
	// T3	Source 10 18	Ada Berg
	// R1	Source Arg1:T2 Arg2:T3
	// T4	Cue 19 23	said
	// R2	Cue Arg1:T2 Arg2:T4
	// R3	Speaker Arg1:T2 Arg2:T1
	// T5	Date 27 33	Friday
	// A7	DateID T5 d1
	// A8	Type T5 DATE
	// A9	Value T5 XXXX-WXX-5
	// A10	By T5 machine
}

// Importing a brat pair gives the document back; the text's emoji counts as one code point, as
// brat counts it.
func ExampleImportBrat() {
	doc := exampleDoc()
	ann, err := formats.Export("brat", doc)
	if err != nil {
		panic(err)
	}
	back, err := formats.ImportBrat(formats.BratText(doc), ann)
	if err != nil {
		panic(err)
	}
	q := back.Quotes[0]
	fmt.Println(q.ID, q.Start, q.End, q.Text, *q.Speaker, q.By)
	// Output:
	// q1 0 9 "Soon 🚀," s1 human
}

// A plain text file becomes a document with no annotations yet; the caller runs the engine.
func ExampleImport_text() {
	docs, err := formats.Import("note.txt", []byte("\"Soon,\" Ada Berg said."))
	if err != nil {
		panic(err)
	}
	doc := docs[0]
	if formats.IsText("note.txt") {
		doc = annotate.Annotate(doc.Text, annotate.Options{})
	}
	fmt.Println(len(doc.Quotes), doc.Speakers[0].Name)
	// Output:
	// 1 Ada Berg
}

func ExampleImport_error() {
	_, err := formats.Import("broken.json", []byte("{\"schema\": \"article-annotations/v1\",\n \"text\": 7}"))
	fmt.Println(err)
	// Output:
	// broken.json: line 2, column 10: "text" is a JSON number; want a string
}
