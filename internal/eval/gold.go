package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
)

// Doc is one gold article, in the shared gold format of ../shared/data/README.md. Offsets are
// Unicode code points into Text, end exclusive.
type Doc struct {
	// ID is the document's id as written in the gold (a JSON string or number); Key is the
	// identity score.py's dict gives it (see KeyOf).
	ID  json.RawMessage
	Key string
	// Name says where the document came from, for messages: the id, or a file name.
	Name string
	Text string
	// ReferenceDate is "YYYY-MM-DD", or "" when the gold has none.
	ReferenceDate string
	Quotes        []Quote
	Dates         []Date
	// ScoreQuotes and ScoreDates say which scores the document takes part in.
	ScoreQuotes, ScoreDates bool

	runes []rune // Text as code points, made on first use
}

// Runes returns the document's text as code points.
func (d *Doc) Runes() []rune {
	if d.runes == nil {
		d.runes = []rune(d.Text)
	}
	return d.runes
}

// Span is a range of code points with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Quote is one gold quote: a contiguous fragment of reported content.
type Quote struct {
	Start, End int
	// Direct is true when the content contains a quotation mark.
	Direct      bool
	Source, Cue *Span  // nil when the gold has none
	SpeakerName string // "" when the gold has none
}

// Date is one gold temporal expression.
type Date struct {
	Start, End        int
	Text, Type, Value string
}

// Corpus is an ordered set of gold documents keyed like score.py's dict: adding a document whose
// key is already present replaces the earlier one in its place.
type Corpus struct {
	Docs []*Doc
	// Replaced names the documents that a later one with the same id replaced.
	Replaced []string
	index    map[string]int
}

// Add adds d, replacing a document with the same key, and reports whether it replaced one.
func (c *Corpus) Add(d *Doc) (replaced bool) {
	if c.index == nil {
		c.index = map[string]int{}
	}
	if i, ok := c.index[d.Key]; ok {
		c.Docs[i] = d
		c.Replaced = append(c.Replaced, d.Name)
		return true
	}
	c.index[d.Key] = len(c.Docs)
	c.Docs = append(c.Docs, d)
	return false
}

// KeyOf returns the identity score.py gives a JSON id when it keys a dict by it: strings and
// numbers never equal each other, numbers equal by value (1 == 1.0), and true and false equal 1
// and 0, as in Python. A missing id counts as null. Objects and arrays are not hashable in Python
// and are an error here.
func KeyOf(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "null", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return "s:" + s, nil
	case 'n':
		return "null", nil
	case 't':
		return "n:1", nil
	case 'f':
		return "n:0", nil
	case '{', '[':
		return "", fmt.Errorf("id %s is not a string or a number", raw)
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || math.IsInf(f, 0) {
		return "", fmt.Errorf("id %s is not a string or a number", raw)
	}
	return "n:" + strconv.FormatFloat(f, 'g', -1, 64), nil
}

// nonEmptySpan decodes an optional span, treating null, a missing value and {} as absent, as
// score.py's truthiness does.
func nonEmptySpan(raw json.RawMessage) (*Span, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	if len(m) == 0 {
		return nil, nil
	}
	var s Span
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

type jsonGold struct {
	ID            json.RawMessage `json:"id"`
	Text          string          `json:"text"`
	ReferenceDate *string         `json:"referenceDate"`
	Quotes        []struct {
		Start       int             `json:"start"`
		End         int             `json:"end"`
		Direct      bool            `json:"direct"`
		Source      json.RawMessage `json:"source"`
		Cue         json.RawMessage `json:"cue"`
		SpeakerName *string         `json:"speakerName"`
	} `json:"quotes"`
	Dates []struct {
		Start int     `json:"start"`
		End   int     `json:"end"`
		Text  string  `json:"text"`
		Type  *string `json:"type"`
		Value *string `json:"value"`
	} `json:"dates"`
	ScoreQuotes bool `json:"scoreQuotes"`
	ScoreDates  bool `json:"scoreDates"`
}

// ReadJSONL reads gold documents in the shared JSON Lines format into c. Blank lines are skipped,
// as score.py skips them.
func ReadJSONL(r io.Reader, name string, c *Corpus) error {
	return eachLine(r, func(n int, line []byte) error {
		var g jsonGold
		if err := json.Unmarshal(line, &g); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if len(g.ID) == 0 {
			return fmt.Errorf("%s:%d: no id", name, n)
		}
		key, err := KeyOf(g.ID)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
		d := &Doc{ID: g.ID, Key: key, Name: displayID(g.ID), Text: g.Text,
			ScoreQuotes: g.ScoreQuotes, ScoreDates: g.ScoreDates}
		if g.ReferenceDate != nil {
			d.ReferenceDate = *g.ReferenceDate
		}
		for i, q := range g.Quotes {
			gq := Quote{Start: q.Start, End: q.End, Direct: q.Direct}
			if gq.Source, err = nonEmptySpan(q.Source); err == nil {
				gq.Cue, err = nonEmptySpan(q.Cue)
			}
			if err != nil {
				return fmt.Errorf("%s:%d: quote %d: %v", name, n, i, err)
			}
			if q.SpeakerName != nil {
				gq.SpeakerName = *q.SpeakerName
			}
			d.Quotes = append(d.Quotes, gq)
		}
		for _, x := range g.Dates {
			d.Dates = append(d.Dates, Date{Start: x.Start, End: x.End, Text: x.Text, Type: deref(x.Type), Value: deref(x.Value)})
		}
		c.Add(d)
		return nil
	})
}

// ReadJSONLFile reads a gold JSON Lines file into c.
func ReadJSONLFile(path string, c *Corpus) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return ReadJSONL(f, path, c)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// displayID renders an id for messages: a string without its quotes, anything else as written.
func displayID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(bytes.TrimSpace(raw))
}

// eachLine calls f with each non-blank line of r and its 1-based number. Lines may be of any
// length.
func eachLine(r io.Reader, f func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if ferr := f(n, line); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
