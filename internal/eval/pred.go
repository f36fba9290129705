package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/article-annotator/annotator/annotate"
)

// Pred is one predicted document, reduced to what score.py reads from it.
type Pred struct {
	// Names maps a speaker's id key (see KeyOf) to its name, as score.py's names dict does.
	Names    map[string]string
	Speakers []PredSpeaker
	Quotes   []PredQuote
	Dates    []PredDate
}

// PredSpeaker is one predicted speaker.
type PredSpeaker struct {
	ID, Name string
}

// PredQuote is one predicted quote.
type PredQuote struct {
	Start, End int
	Kind       string
	// Speaker is the key of the speaker id (see KeyOf), "null" when there is none.
	Speaker     string
	SpeakerName string // the name that id resolves to, for messages
	Source      *Span
}

// PredDate is one predicted temporal expression.
type PredDate struct {
	Start, End  int
	Type, Value string
}

// FromDocument converts the engine's output into a Pred.
func FromDocument(d *annotate.Document) *Pred {
	p := &Pred{Names: map[string]string{}}
	for _, s := range d.Speakers {
		p.Names["s:"+s.ID] = s.Name
		p.Speakers = append(p.Speakers, PredSpeaker{ID: s.ID, Name: s.Name})
	}
	for _, q := range d.Quotes {
		pq := PredQuote{Start: q.Start, End: q.End, Kind: q.Kind, Speaker: "null"}
		if q.Speaker != nil {
			pq.Speaker = "s:" + *q.Speaker
			pq.SpeakerName = p.Names[pq.Speaker]
		}
		if q.Source != nil {
			pq.Source = &Span{Start: q.Source.Start, End: q.Source.End, Text: q.Source.Text}
		}
		p.Quotes = append(p.Quotes, pq)
	}
	for _, x := range d.Dates {
		p.Dates = append(p.Dates, PredDate{Start: x.Start, End: x.End, Type: x.Type, Value: x.Value})
	}
	return p
}

type jsonPred struct {
	ID       json.RawMessage `json:"id"`
	Speakers []struct {
		ID   json.RawMessage `json:"id"`
		Name *string         `json:"name"`
	} `json:"speakers"`
	Quotes []struct {
		Start   int             `json:"start"`
		End     int             `json:"end"`
		Kind    *string         `json:"kind"`
		Speaker json.RawMessage `json:"speaker"`
		Source  json.RawMessage `json:"source"`
	} `json:"quotes"`
	Dates []struct {
		Start int     `json:"start"`
		End   int     `json:"end"`
		Type  *string `json:"type"`
		Value *string `json:"value"`
	} `json:"dates"`
}

// ReadPredJSONL reads predicted documents, one JSON object a line as the CLI's --jsonl writes
// them, keyed by their ids. As in score.py, a later line with the same id replaces an earlier one,
// and an error line ({"id", "error"}) is a document with nothing found.
func ReadPredJSONL(r io.Reader, name string) (map[string]*Pred, error) {
	preds := map[string]*Pred{}
	err := eachLine(r, func(n int, line []byte) error {
		var jp jsonPred
		if err := json.Unmarshal(line, &jp); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if len(jp.ID) == 0 {
			return fmt.Errorf("%s:%d: no id", name, n)
		}
		key, err := KeyOf(jp.ID)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
		p := &Pred{Names: map[string]string{}}
		for _, s := range jp.Speakers {
			k, err := KeyOf(s.ID)
			if err != nil {
				return fmt.Errorf("%s:%d: speaker: %v", name, n, err)
			}
			p.Names[k] = deref(s.Name)
			p.Speakers = append(p.Speakers, PredSpeaker{ID: displayID(s.ID), Name: deref(s.Name)})
		}
		for _, q := range jp.Quotes {
			k, err := KeyOf(q.Speaker)
			if err != nil {
				return fmt.Errorf("%s:%d: quote speaker: %v", name, n, err)
			}
			pq := PredQuote{Start: q.Start, End: q.End, Kind: deref(q.Kind), Speaker: k, SpeakerName: p.Names[k]}
			if pq.Source, err = nonEmptySpan(q.Source); err != nil {
				return fmt.Errorf("%s:%d: quote source: %v", name, n, err)
			}
			p.Quotes = append(p.Quotes, pq)
		}
		for _, x := range jp.Dates {
			p.Dates = append(p.Dates, PredDate{Start: x.Start, End: x.End, Type: deref(x.Type), Value: deref(x.Value)})
		}
		preds[key] = p
		return nil
	})
	return preds, err
}

// ReadPredFile reads a prediction JSON Lines file.
func ReadPredFile(path string) (map[string]*Pred, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadPredJSONL(f, path)
}
