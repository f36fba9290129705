package eval

import (
	"encoding/json"
	"strings"
	"testing"
)

// at returns the code point span of the first occurrence of sub in text.
func at(t *testing.T, text, sub string) Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	s := len([]rune(text[:i]))
	return Span{Start: s, End: s + len([]rune(sub)), Text: sub}
}

func quote(sp Span, direct bool, source *Span) Quote {
	q := Quote{Start: sp.Start, End: sp.End, Direct: direct, Source: source}
	if source != nil {
		q.SpeakerName = source.Text
	}
	return q
}

func pquote(sp Span, kind, speaker string, source *Span) PredQuote {
	p := PredQuote{Start: sp.Start, End: sp.End, Kind: kind, Speaker: "null", Source: source}
	if speaker != "" {
		p.Speaker, p.SpeakerName = "s:"+speaker, speaker
	}
	return p
}

func names(qs []PredQuote) map[string]string {
	m := map[string]string{}
	for _, q := range qs {
		if q.SpeakerName != "" {
			m[q.Speaker] = q.SpeakerName
		}
	}
	return m
}

func ptr(s Span) *Span { return &s }

const (
	bridge  = "\"We will open the bridge in May,\" said Mayor Ana Ruiz. The council, she added, had found the money. Critics said the plan was rushed."
	exports = "According to the ministry, exports fell. Ana Ruiz said prices would rise."
)

// quoteCorpus is two short articles written for this test, with hand-made gold and predictions.
func quoteCorpus(t *testing.T) (*Corpus, map[string]*Pred) {
	c := &Corpus{}
	t1 := bridge
	c.Add(&Doc{Key: "s:bridge", Name: "bridge", Text: t1, ScoreQuotes: true, Quotes: []Quote{
		quote(at(t, t1, `"We will open the bridge in May,"`), true, ptr(at(t, t1, "Mayor Ana Ruiz"))), // G1
		quote(at(t, t1, "had found the money"), false, ptr(at(t, t1, "she"))),                         // G2
		quote(at(t, t1, "the plan was rushed"), false, ptr(at(t, t1, "Critics"))),                     // G3
	}})
	p1 := []PredQuote{
		// Exact, and its source overlaps the gold source: a match at both thresholds, speaker right.
		pquote(at(t, t1, `"We will open the bridge in May,"`), "direct", "Ana Ruiz", ptr(at(t, t1, "Mayor Ana Ruiz"))),
		// 9 of G2's 19 code points (0.47): a match at 0.3 only. The source does not overlap "she",
		// and "she" is a stop word, so no name token can match: speaker wrong.
		pquote(at(t, t1, "the money"), "indirect", "Carl Diaz", ptr(at(t, t1, "The council"))),
		// Overlaps no gold quote: spurious, and counts in the direct score as kind direct.
		pquote(at(t, t1, "The council"), "direct", "", nil),
		// Scare quotes are not scored at all.
		pquote(at(t, t1, "bridge"), "scare", "", nil),
	}
	t2 := exports
	c.Add(&Doc{Key: "s:exports", Name: "exports", Text: t2, ScoreQuotes: true, Quotes: []Quote{
		quote(at(t, t2, "exports fell"), false, ptr(at(t, t2, "the ministry"))),         // G4
		quote(at(t, t2, "prices would rise"), false, ptr(at(t, t2, "Ana Ruiz"))),        // G5
		{Start: 3, End: 3, Source: ptr(at(t, t2, "Ana Ruiz")), SpeakerName: "Ana Ruiz"}, // empty: left out
	}})
	p2 := []PredQuote{
		// No source, but the name shares the token "ministry" with the gold source: speaker right.
		pquote(at(t, t2, "exports fell"), "indirect", "Ministry of Trade", nil),
		// "Her" is a stop word and "office" is not in "Ana Ruiz": speaker wrong.
		pquote(at(t, t2, "prices would rise"), "indirect", "Her Office", nil),
	}
	return c, map[string]*Pred{
		"s:bridge":  {Quotes: p1, Names: names(p1)},
		"s:exports": {Quotes: p2, Names: names(p2)},
		"s:unused":  {Quotes: p2, Names: names(p2)}, // predictions for no gold document are ignored
	}
}

func TestScoreQuotesByHand(t *testing.T) {
	gold, pred := quoteCorpus(t)
	all, matches := ScoreQuotes(gold, pred, false)
	// Gold 5 (G1-G5), predicted 5 (the scare quote left out). At 0.3: G1, G2, G4, G5 match, so
	// P = R = F1 = 4/5. At 0.8: G1, G4, G5 match: 3/5. Speakers: G1 and G4 right, G2 and G5 wrong.
	want := QuoteScores{Gold: 5, Pred: 5, P: [2]float64{0.8, 0.6}, R: [2]float64{0.8, 0.6},
		F1: [2]float64{f1(0.8, 0.8), f1(0.6, 0.6)}, SpeakerAcc: 0.5, SpeakerN: 4}
	if all != want {
		t.Errorf("all quotes:\n got %+v\nwant %+v", all, want)
	}
	if got := all.Line("quotes_all"); got != "quotes_all gold=5 pred=5 P@0.3=0.800 R@0.3=0.800 F1@0.3=0.800 P@0.8=0.600 R@0.8=0.600 F1@0.8=0.600 speaker_acc=0.500 speaker_n=4" {
		t.Errorf("line: %s", got)
	}
	if m := matches[0]; m.Match[0] != 0 || m.Match[1] != 1 || m.Match[2] != -1 || m.SpeakerOK[0] != 1 || m.SpeakerOK[1] != 0 {
		t.Errorf("bridge matches: %+v", m)
	}

	direct, _ := ScoreQuotes(gold, pred, true)
	// Only G1 is direct; the direct and mixed predictions are P1 and P3. One match at both
	// thresholds: P = 1/2, R = 1, F1 = 2/3; its speaker is right.
	want = QuoteScores{Gold: 1, Pred: 2, P: [2]float64{0.5, 0.5}, R: [2]float64{1, 1},
		F1: [2]float64{f1(0.5, 1), f1(0.5, 1)}, SpeakerAcc: 1, SpeakerN: 1}
	if direct != want {
		t.Errorf("direct quotes:\n got %+v\nwant %+v", direct, want)
	}
	if got := direct.Line("quotes_direct"); got != "quotes_direct gold=1 pred=2 P@0.3=0.500 R@0.3=1.000 F1@0.3=0.667 P@0.8=0.500 R@0.8=1.000 F1@0.8=0.667 speaker_acc=1.000 speaker_n=1" {
		t.Errorf("line: %s", got)
	}
}

// TestScoreQuotesGreedyOrder: gold quotes take predictions in order of start, so an earlier gold
// quote with a weaker overlap takes the prediction from a later one with a stronger overlap.
func TestScoreQuotesGreedyOrder(t *testing.T) {
	gold := &Corpus{}
	gold.Add(&Doc{Key: "s:x", Text: strings.Repeat("x", 20), ScoreQuotes: true, Quotes: []Quote{
		{Start: 5, End: 20}, // B: overlap 10 of 15
		{Start: 0, End: 10}, // A: overlap 5 of 10, but it starts first
	}})
	pred := map[string]*Pred{"s:x": {Quotes: []PredQuote{{Start: 5, End: 15, Kind: "indirect"}}}}
	s, m := ScoreQuotes(gold, pred, false)
	// At 0.3, A (0.5) takes the prediction and B is missed; at 0.8 neither ratio is enough.
	if s.P != [2]float64{1, 0} || s.R != [2]float64{0.5, 0} || m[0].Match[1] != 0 || m[0].Match[0] != -1 {
		t.Errorf("got %+v %+v", s, m[0])
	}
	if s.SpeakerN != 0 {
		t.Errorf("a gold quote without source or name took part in speaker accuracy")
	}
}

const board = "On Monday, 2 September 2024, the board met for three hours. It meets weekly."

func TestScoreDatesByHand(t *testing.T) {
	date := func(s Span, typ, value string) Date {
		return Date{Start: s.Start, End: s.End, Text: s.Text, Type: typ, Value: value}
	}
	pdate := func(s Span, typ, value string) PredDate {
		return PredDate{Start: s.Start, End: s.End, Type: typ, Value: value}
	}
	gold := &Corpus{}
	gold.Add(&Doc{Key: "s:board", Text: board, ScoreDates: true, Dates: []Date{
		date(at(t, board, "Monday, 2 September 2024"), "DATE", "2024-09-02"),
		date(at(t, board, "three hours"), "DURATION", "PT3H"),
		date(at(t, board, "weekly"), "SET", "P1W"),
	}})
	withSpace := at(t, board, " Monday, 2 September 2024") // trimmed to the gold extent
	pred := map[string]*Pred{"s:board": {Dates: []PredDate{
		pdate(withSpace, "DATE", "2024-09-02"),                     // strict, type and value right
		pdate(at(t, board, "for three hours"), "duration", "PT2H"), // relaxed, type right (any case), value wrong
		pdate(at(t, board, "2024"), "DATE", "2024"),                // overlaps the first gold, already taken
	}}}
	s, m := ScoreDates(gold, pred)
	// Gold 3, predicted 3; strict 1, relaxed 2, type 2 of 2, value 1 of 2.
	third, twoThirds := 1.0/3, 2.0/3
	want := DateScores{Gold: 3, Pred: 3, StrictF1: f1(third, third), RelaxedP: twoThirds, RelaxedR: twoThirds,
		RelaxedF1: f1(twoThirds, twoThirds), TypeAcc: 1, ValueAcc: 0.5}
	want.TypeF1, want.ValueF1 = want.RelaxedF1, 0.5*want.RelaxedF1
	if s != want {
		t.Errorf("\n got %+v\nwant %+v", s, want)
	}
	if got := s.Line("dates"); got != "dates gold=3 pred=3 strictF1=0.333 relaxedP=0.667 relaxedR=0.667 relaxedF1=0.667 typeAcc=1.000 valueAcc=0.500 typeF1=0.667 valueF1=0.333" {
		t.Errorf("line: %s", got)
	}
	if p := m[0].Pred[0]; p.Start != withSpace.Start+1 {
		t.Errorf("the leading space was not trimmed: %+v", p)
	}
}

// TestScoreDatesTies: pairs with equal overlap go to the larger gold index, then the larger
// predicted index, as Python's sorted(..., reverse=True) orders the tuples (overlap, i, j).
func TestScoreDatesTies(t *testing.T) {
	text := strings.Repeat("y", 10)
	gold := &Corpus{}
	gold.Add(&Doc{Key: "s:a", Text: text, ScoreDates: true, Dates: []Date{{Start: 0, End: 10}}})
	gold.Add(&Doc{Key: "s:b", Text: text, ScoreDates: true, Dates: []Date{{Start: 0, End: 5}, {Start: 5, End: 10}}})
	pred := map[string]*Pred{
		"s:a": {Dates: []PredDate{{Start: 0, End: 5}, {Start: 5, End: 10}}},
		"s:b": {Dates: []PredDate{{Start: 0, End: 10}}},
	}
	_, m := ScoreDates(gold, pred)
	if got := m[0].Pairs; len(got) != 1 || got[0] != (DatePair{0, 1}) {
		t.Errorf("one gold, two predictions: got %v, want the second prediction", got)
	}
	if got := m[1].Pairs; len(got) != 1 || got[0] != (DatePair{1, 0}) {
		t.Errorf("two gold, one prediction: got %v, want the second gold", got)
	}
}

func TestTrimLikePython(t *testing.T) {
	r := []rune("\x1c a\u00a0b \u3000")
	cases := []struct{ s, e, ws, we int }{
		{0, 7, 2, 5},      // Python strips U+001C and U+3000 too
		{-5, 100, -5, 98}, // text[-5:100] is text[2:7]; the offsets keep their overshoot
		{1, 2, 2, 1},      // all space: start and end both move by the segment's length
		{6, 3, 6, 3},      // empty segment
	}
	for _, c := range cases {
		if s, e := trim(r, c.s, c.e); s != c.ws || e != c.we {
			t.Errorf("trim(%d, %d) = %d, %d; want %d, %d", c.s, c.e, s, e, c.ws, c.we)
		}
	}
}

func TestTokens(t *testing.T) {
	got := tokens("Mr. O'Brien-Lee and the RUIZ, 2nd_in line; Ñúñez")
	want := []string{"o'brien-lee", "ruiz", "2nd_in", "line", "ñúñez"}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing %q in %v", w, got)
		}
	}
}

func TestKeyOfLikePythonDictKeys(t *testing.T) {
	key := func(s string) string {
		k, err := KeyOf(json.RawMessage(s))
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	if key(`1`) != key(`1.0`) || key(`1`) == key(`"1"`) || key(`"a"`) != key(` "a" `) || key(``) != key(`null`) || key(`true`) != key(`1`) {
		t.Error("keys do not follow Python's equality")
	}
	if _, err := KeyOf(json.RawMessage(`[1]`)); err == nil {
		t.Error("an array id was accepted")
	}
}
