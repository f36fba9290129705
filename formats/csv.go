package formats

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"github.com/article-annotator/annotator/annotate"
)

// csvHeader names the columns of the CSV export: one row per quote. speaker is the speaker's
// name and speaker_id its id (both empty for a quote with no speaker); cue is the cue's words;
// start and end are the quote's code points.
var csvHeader = []string{"article_id", "quote_id", "speaker", "speaker_id", "quote", "cue", "kind", "start", "end", "by"}

// exportCSV writes the quotes of docs as one RFC 4180 table (fields quoted when they need it),
// with the header row first. Rows end in LF, encoding/csv's default: with CRLF ends its writer
// would drop the CRs inside fields, and a quote's text must stay what the article says.
func exportCSV(docs []*annotate.Document) ([]byte, error) {
	b := CSVHeader()
	for _, doc := range docs {
		rows, err := CSVRows(doc)
		if err != nil {
			return nil, err
		}
		b = append(b, rows...)
	}
	return b, nil
}

// CSVHeader is the header row of the CSV export. With CSVRows it writes many articles as one
// table without holding them all: the header once, then the rows of each.
func CSVHeader() []byte {
	b, err := csvRecords([][]string{csvHeader})
	if err != nil {
		panic(err) // the header is plain words
	}
	return b
}

// CSVRows is the rows of doc's quotes in the CSV export, without the header.
func CSVRows(doc *annotate.Document) ([]byte, error) {
	names := make(map[string]string, len(doc.Speakers))
	for _, s := range doc.Speakers {
		names[s.ID] = s.Name
	}
	rows := make([][]string, 0, len(doc.Quotes))
	for _, q := range doc.Quotes {
		var speaker, speakerID, cue string
		if q.Speaker != nil {
			speakerID = *q.Speaker
			speaker = names[speakerID]
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		rows = append(rows, []string{doc.ID, q.ID, speaker, speakerID, q.Text, cue, q.Kind,
			strconv.Itoa(q.Start), strconv.Itoa(q.End), q.By})
	}
	return csvRecords(rows)
}

func csvRecords(rows [][]string) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.WriteAll(rows); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
