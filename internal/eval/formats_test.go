package eval

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadBrat(t *testing.T) {
	c := &Corpus{}
	docs, err := ReadBrat("testdata/brat", BratOptions{}, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Used != "aa01" || len(docs[0].Annotators) != 2 {
		t.Fatalf("documents: %+v", docs)
	}
	d := c.Docs[0]
	if d.Name != "wire_2024-05-02_bridge" || d.ReferenceDate != "2024-05-02" || !d.ScoreQuotes {
		t.Errorf("document: %q %q %v", d.Name, d.ReferenceDate, d.ScoreQuotes)
	}
	type q struct {
		text        string
		direct      bool
		source, cue string
		speakerName string
	}
	var got []q
	for _, x := range d.Quotes {
		g := q{text: slice(d, x.Start, x.End), direct: x.Direct, speakerName: x.SpeakerName}
		if x.Source != nil {
			g.source = x.Source.Text
		}
		if x.Cue != nil {
			g.cue = x.Cue.Text
		}
		got = append(got, g)
	}
	want := []q{
		{`"will reopen in May,"`, true, "Mayor Ana Ruiz", "said", "Mayor Ana Ruiz"},
		{"Engineers had found no damage", false, "she", "added", "she"}, // fragments in text order
		{"and the cost would be small", false, "she", "added", "she"},
		{"they were relieved", false, "", "said", ""}, // Attribution-no-source
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotes:\n got %+v\nwant %+v", got, want)
	}

	c = &Corpus{}
	if _, err := ReadBrat("testdata/brat", BratOptions{Annotator: "bb02"}, c); err != nil {
		t.Fatal(err)
	}
	if qs := c.Docs[0].Quotes; len(qs) != 1 || qs[0].Direct {
		t.Errorf("annotator bb02: %+v", qs)
	}
}

func TestReadTimeML(t *testing.T) {
	c := &Corpus{}
	if err := ReadTimeML("testdata/timeml", c); err != nil {
		t.Fatal(err)
	}
	d := c.Docs[0]
	wantText := "\nThe council of Port Ellis & Marsh voted Thursday to rebuild the pier. Work will take about eight weeks and begin early May, “if the money arrives.”\n"
	if d.Text != wantText || d.Name != "pier-vote" || d.ReferenceDate != "2026-03-14" || !d.ScoreDates || d.ScoreQuotes {
		t.Fatalf("document: %q %q %q", d.Name, d.ReferenceDate, d.Text)
	}
	var got []string
	for _, x := range d.Dates {
		if slice(d, x.Start, x.End) != x.Text {
			t.Errorf("%+v: offsets do not give its text", x)
		}
		got = append(got, fmt.Sprintf("%s|%s|%s", x.Text, x.Type, x.Value))
	}
	// The empty TIMEX3 t4 has no extent and is skipped.
	want := []string{"Thursday|DATE|2026-03-12", "about eight weeks|DURATION|P8W", "early May|DATE|2026-05"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dates:\n got %q\nwant %q", got, want)
	}
}

func TestDetect(t *testing.T) {
	for path, want := range map[string]Format{"testdata/brat": Brat, "testdata/timeml": TimeML,
		"testdata/timeml/pier-vote.tml": TimeML} {
		if got, err := Detect(path); err != nil || got != want {
			t.Errorf("Detect(%s) = %v, %v; want %v", path, got, err, want)
		}
	}
}

// toTimeML writes d as a TempEval-3 TimeML document, for round trips.
func toTimeML(d *Doc) string {
	var b strings.Builder
	esc := func(s string) string {
		var e strings.Builder
		xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	fmt.Fprintf(&b, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>%s</DOCID>\n", esc(d.Name))
	fmt.Fprintf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" functionInDocument=\"CREATION_TIME\">%[1]s</TIMEX3></DCT>\n<TEXT>", d.ReferenceDate)
	r, at := d.Runes(), 0
	for i, x := range d.Dates {
		b.WriteString(esc(string(r[at:x.Start])))
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s">%s</TIMEX3>`, i+1, x.Type, esc(x.Value), esc(string(r[x.Start:x.End])))
		at = x.End
	}
	b.WriteString(esc(string(r[at:])) + "</TEXT>\n</TimeML>\n")
	return b.String()
}

// TestTimeMLRoundTrip writes gold documents as TimeML and reads them back: the hand-made board
// article, and the shared TBAQ gold when ../shared is there.
func TestTimeMLRoundTrip(t *testing.T) {
	monday, hours := at(t, board, "Monday"), at(t, board, "three hours")
	docs := []*Doc{{Name: "board", Text: board, ReferenceDate: "2024-09-02", Dates: []Date{
		{Start: monday.Start, End: monday.End, Text: monday.Text, Type: "DATE", Value: "2024-09-02"},
		{Start: hours.Start, End: hours.End, Text: hours.Text, Type: "DURATION", Value: "PT3H"}}}}
	if path := sharedData(t, "dates/tbaq.jsonl"); path != "" {
		c := &Corpus{}
		if err := ReadJSONLFile(path, c); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, c.Docs...)
	}
	for _, d := range docs {
		if strings.Contains(d.Text, "\r") {
			continue // XML turns CR LF into LF
		}
		got, err := parseTimeML([]byte(toTimeML(d)))
		if err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		ref := d.ReferenceDate
		if len(ref) > 10 {
			ref = ref[:10]
		}
		if got.Text != d.Text || got.ReferenceDate != ref || !reflect.DeepEqual(got.Dates, d.Dates) {
			t.Errorf("%s: the round trip changed the document", d.Name)
		}
	}
}

// sharedData returns the path of a file in ../shared/data ($SHARED/data), or "" when the shared
// data is not there.
func sharedData(t *testing.T, name string) string {
	dir := os.Getenv("SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	path := filepath.Join(dir, "data", name)
	if _, err := os.Stat(path); err != nil {
		t.Logf("shared data %s not found; set SHARED to the shared directory to check it", path)
		return ""
	}
	return path
}

// TestBratAgreesWithJSONL reads PolNeAR dev both as brat and as the shared JSON Lines, and
// checks that they give the same gold.
func TestBratAgreesWithJSONL(t *testing.T) {
	dir, jsonl := sharedData(t, "quotes/polnear-dev-brat"), sharedData(t, "quotes/polnear-dev.jsonl")
	if dir == "" || jsonl == "" {
		t.Skip("no shared PolNeAR data")
	}
	fromJSONL, fromBrat := &Corpus{}, &Corpus{}
	if err := ReadJSONLFile(jsonl, fromJSONL); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadBrat(dir, BratOptions{}, fromBrat); err != nil {
		t.Fatal(err)
	}
	if len(fromBrat.Docs) != len(fromJSONL.Docs) {
		t.Fatalf("brat has %d documents, JSON Lines %d", len(fromBrat.Docs), len(fromJSONL.Docs))
	}
	n := 0
	for _, b := range fromBrat.Docs {
		j := fromJSONL.Docs[fromJSONL.index[b.Key]]
		n += len(b.Quotes)
		if b.Text != j.Text || b.ReferenceDate != j.ReferenceDate || !reflect.DeepEqual(b.Quotes, j.Quotes) {
			t.Errorf("%s: brat and JSON Lines differ", b.Name)
		}
	}
	t.Logf("%d documents, %d quotes, the same from brat and from JSON Lines", len(fromBrat.Docs), n)
}
