package main

import (
	"strings"
	"testing"
)

// board is a sentence written for this test; gold and predictions are made by hand.
const (
	boardGold = `{"id": "board", "text": "On Monday, 2 September 2024, the board met for three hours. It meets weekly.", "referenceDate": "2024-09-02", "quotes": [], "scoreQuotes": false, "scoreDates": true, ` +
		`"dates": [{"start": 3, "end": 27, "text": "Monday, 2 September 2024", "type": "DATE", "value": "2024-09-02"}, ` +
		`{"start": 47, "end": 58, "text": "three hours", "type": "DURATION", "value": "PT3H"}, ` +
		`{"start": 69, "end": 75, "text": "weekly", "type": "SET", "value": "P1W"}]}`
	// A leading space (trimmed away: strict), "for three hours" (relaxed, type in another case,
	// wrong value), and "2024" inside the first date, which is already taken (spurious).
	boardPred = `{"id": "board", "dates": [{"start": 2, "end": 27, "type": "DATE", "value": "2024-09-02"}, ` +
		`{"start": 43, "end": 58, "type": "duration", "value": "PT2H"}, {"start": 23, "end": 27, "type": "DATE", "value": "2024"}]}`
)

func TestEval(t *testing.T) {
	gold := writeFile(t, "gold.jsonl", []byte(boardGold+"\n"))
	pred := writeFile(t, "pred.jsonl", []byte(boardPred+"\n"))

	r := runCmd(t, "", "eval", "--errors", "5", "--pred", pred, gold)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// Strict 1, relaxed 2, type 2 of 2, value 1 of 2, out of 3 gold and 3 predicted.
	want := "dates gold=3 pred=3 strictF1=0.333 relaxedP=0.667 relaxedR=0.667 relaxedF1=0.667 typeAcc=1.000 valueAcc=0.500 typeF1=0.667 valueF1=0.333\n"
	if !strings.HasPrefix(r.stdout, want) {
		t.Errorf("got\n%s\nwant it to start with\n%s", r.stdout, want)
	}
	for _, w := range []string{
		"missed date: 1 (showing 1)\n  board [69,75) gold SET P1W\n      …the board met for three hours. It meets [[weekly]].\n",
		"spurious date: 1 (showing 1)\n  board [23,27) predicted DATE 2024\n      On Monday, 2 September [[2024]], the board met for three hours. It meet…\n",
		`wrong value: 1 (showing 1)` + "\n" + `  board [47,58) gold DURATION PT3H; predicted duration PT2H "for three hours"`,
		"wrong extent: 1 (showing 1)",
	} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("the error listing lacks %q:\n%s", w, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "wrong type") {
		t.Error("types that differ only in case are listed as wrong")
	}

	r = runCmd(t, "", "eval", "--errors", "0", "--pred", pred, gold)
	if r.stdout != want {
		t.Errorf("--errors 0: got %q", r.stdout)
	}
}

func TestEvalFormats(t *testing.T) {
	cases := []struct {
		args   []string
		code   int
		stdout string // the start of stdout
		stderr string // a part of stderr
	}{
		{[]string{"eval", "--errors", "0", "--jobs", "1", "../../internal/eval/testdata/brat"}, 0,
			"quotes_all gold=4 pred=", "1 document has several annotators; used: wire_2024-05-02_bridge (aa01 of aa01, bb02)"},
		{[]string{"eval", "--errors", "0", "--annotator", "bb02", "../../internal/eval/testdata/brat"}, 0,
			"quotes_all gold=1 pred=", "(bb02 of aa01, bb02)"},
		{[]string{"eval", "--errors", "0", "../../internal/eval/testdata/timeml/pier-vote.tml"}, 0, "dates gold=3 pred=", "timeml, 1 document"},
		{[]string{"eval", "--errors", "0", "--pred", writeFile(t, "p.jsonl", []byte(boardPred)), writeFile(t, "g.jsonl", []byte(boardGold+"\n"+boardGold))}, 0,
			"dates gold=3 pred=3 ", "1 document id appeared again and replaced the earlier one, as in score.py: board"},
		{[]string{"eval"}, 2, "", "at least one GOLD"},
		{[]string{"eval", "--errors", "x", "g.jsonl"}, 2, "", "usage:"},
		{[]string{"eval", "no-such-gold.jsonl"}, 1, "", "no-such-gold.jsonl"},
	}
	for _, c := range cases {
		r := runCmd(t, "", c.args...)
		if r.code != c.code || !strings.HasPrefix(r.stdout, c.stdout) || !strings.Contains(r.stderr, c.stderr) {
			t.Errorf("%v: exit %d\nstdout %q\nstderr %q", c.args, r.code, r.stdout, r.stderr)
		}
	}
}

// TestEvalAnyMark: a quote in doubled apostrophes is indirect to the shared gold's rule, so the
// finder's direct quote is spurious there; with --any-mark it is a direct quote found. The
// sentence is written for this test.
func TestEvalAnyMark(t *testing.T) {
	gold := writeFile(t, "gold.jsonl", []byte(`{"id": "pier", "text": "''The pier will open,'' Ms. Ruiz said.", "quotes": [{"start": 0, "end": 22, "direct": false, "source": {"start": 23, "end": 31, "text": "Ms. Ruiz"}}], "dates": [], "scoreQuotes": true, "scoreDates": false}`+"\n"))
	pred := writeFile(t, "pred.jsonl", []byte(`{"id": "pier", "quotes": [{"start": 0, "end": 22, "kind": "direct", "speaker": "s1"}], "speakers": [{"id": "s1", "name": "Ms. Ruiz"}]}`+"\n"))
	for _, c := range []struct {
		args   []string
		direct string
	}{
		{nil, "quotes_direct gold=0 pred=1 P@0.3=0.000 R@0.3=0.000 F1@0.3=0.000"},
		{[]string{"--any-mark"}, "quotes_direct gold=1 pred=1 P@0.3=1.000 R@0.3=1.000 F1@0.3=1.000"},
	} {
		r := runCmd(t, "", append(append([]string{"eval", "--errors", "0", "--pred", pred}, c.args...), gold)...)
		if r.code != 0 || !strings.Contains(r.stdout, "quotes_all gold=1 pred=1 P@0.3=1.000") || !strings.Contains(r.stdout, c.direct) {
			t.Errorf("%v: exit %d\n%s%s", c.args, r.code, r.stdout, r.stderr)
		}
	}
}
