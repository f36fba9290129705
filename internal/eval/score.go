// Package eval scores annotations against gold data. Its scorer is a port of the project's
// reference scorer, ../shared/eval/score.py, and gives the same numbers: GGT-style greedy overlap
// matching for quotes with speaker accuracy, and TempEval-3 style matching for dates. It also reads
// gold in three formats (the shared JSON Lines, brat standoff, TimeML) and lists the errors behind
// the numbers.
//
// It does not annotate: the caller runs the engine and hands the predictions in.
package eval

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Thresholds are the overlap ratios at which quotes are matched, as in score.py.
var Thresholds = [2]float64{0.3, 0.8}

// QuoteScores are score.py's score_quotes results.
type QuoteScores struct {
	Gold, Pred int
	// P, R and F1 hold precision, recall and F1 at Thresholds[0] and Thresholds[1].
	P, R, F1   [2]float64
	SpeakerAcc float64
	SpeakerN   int
}

// DateScores are score.py's score_dates results.
type DateScores struct {
	Gold, Pred                              int
	StrictF1, RelaxedP, RelaxedR, RelaxedF1 float64
	TypeAcc, ValueAcc, TypeF1, ValueF1      float64
}

// Line formats s as score.py prints it: name, then key=value pairs, floats to three decimals.
func (s QuoteScores) Line(name string) string {
	var b strings.Builder
	b.WriteString(name)
	kv(&b, "gold", s.Gold)
	kv(&b, "pred", s.Pred)
	for i, t := range Thresholds {
		ts := strconv.FormatFloat(t, 'f', -1, 64)
		kf(&b, "P@"+ts, s.P[i])
		kf(&b, "R@"+ts, s.R[i])
		kf(&b, "F1@"+ts, s.F1[i])
	}
	kf(&b, "speaker_acc", s.SpeakerAcc)
	kv(&b, "speaker_n", s.SpeakerN)
	return b.String()
}

// Line formats s as score.py prints it.
func (s DateScores) Line(name string) string {
	var b strings.Builder
	b.WriteString(name)
	kv(&b, "gold", s.Gold)
	kv(&b, "pred", s.Pred)
	kf(&b, "strictF1", s.StrictF1)
	kf(&b, "relaxedP", s.RelaxedP)
	kf(&b, "relaxedR", s.RelaxedR)
	kf(&b, "relaxedF1", s.RelaxedF1)
	kf(&b, "typeAcc", s.TypeAcc)
	kf(&b, "valueAcc", s.ValueAcc)
	kf(&b, "typeF1", s.TypeF1)
	kf(&b, "valueF1", s.ValueF1)
	return b.String()
}

func kv(b *strings.Builder, k string, v int) { b.WriteString(" " + k + "=" + strconv.Itoa(v)) }

// kf writes a float as Python's f'{v:.3f}' does: both round the exact binary value correctly.
func kf(b *strings.Builder, k string, v float64) {
	b.WriteString(" " + k + "=" + strconv.FormatFloat(v, 'f', 3, 64))
}

// f1 is score.py's f1.
func f1(p, r float64) float64 {
	if p+r != 0 {
		return 2 * p * r / (p + r)
	}
	return 0
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// overlap is score.py's overlap: the length of the intersection of [as, ae) and [bs, be).
func overlap(as, ae, bs, be int) int {
	return max(0, min(ae, be)-max(as, bs))
}

// stop is score.py's STOP: tokens never used to match speaker names.
var stop = map[string]bool{"the": true, "and": true, "for": true, "his": true, "her": true, "she": true,
	"they": true, "him": true, "mrs": true, "mr.": true, "mrs.": true}

// tokens is score.py's tokens: the runs of word characters, apostrophes and hyphens in the
// lower-cased s (re.findall(r"[\w'-]+")), of at least three code points and not in stop. A word
// character is what Python's \w matches: a letter, a number or '_'. Lower-casing follows Go's
// simple mapping, which differs from Python's str.lower only in its special cases (İ, final Σ).
func tokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' || r == '\'' || r == '-')
	}) {
		if len([]rune(t)) >= 3 && !stop[t] {
			out[t] = true
		}
	}
	return out
}

// speakerOK is score.py's speaker_ok: whether the predicted quote p names the gold quote g's
// speaker. ok is false when the gold has neither a source nor a speaker name, and the quote does
// not count.
func speakerOK(g Quote, p PredQuote, names map[string]string) (right, ok bool) {
	gs := g.Source
	if gs == nil && g.SpeakerName == "" {
		return false, false
	}
	if gs != nil && p.Source != nil && overlap(gs.Start, gs.End, p.Source.Start, p.Source.End) > 0 {
		return true, true
	}
	if pname := names[p.Speaker]; pname != "" {
		gold := tokens(g.SpeakerName)
		if gs != nil {
			for t := range tokens(gs.Text) {
				gold[t] = true
			}
		}
		for t := range tokens(pname) {
			if gold[t] {
				return true, true
			}
		}
	}
	return false, true
}

// QuoteMatch records, for one gold document, how score_quotes matched its quotes at the lower
// threshold: the gold and predicted quotes it scored, and for each gold quote the index of its
// predicted match (-1 for none) and whether the speaker was right.
type QuoteMatch struct {
	Doc       *Doc
	Gold      []Quote
	Pred      []PredQuote
	Match     []int
	SpeakerOK []int8 // 1 right, 0 wrong, -1 not scored
}

// ScoreQuotes is score.py's score_quotes. Each gold quote, in order of start, takes the unmatched
// predicted quote with the largest overlap (the first on ties); it is a match when the overlap
// divided by the gold quote's length exceeds the threshold. Zero-length gold quotes and predicted
// quotes of kind "scare" are left out. With directOnly, only gold quotes marked direct are scored,
// against predicted quotes of kind "direct" or "mixed". Speaker accuracy is taken over the matches
// at the lower threshold whose gold has a source or a speaker name.
func ScoreQuotes(gold *Corpus, pred map[string]*Pred, directOnly bool) (QuoteScores, []QuoteMatch) {
	var s QuoteScores
	var m [2]int
	spOK := 0
	var details []QuoteMatch
	for _, gd := range gold.Docs {
		if !gd.ScoreQuotes {
			continue
		}
		pd := pred[gd.Key]
		if pd == nil {
			pd = &Pred{}
		}
		var gq []Quote
		for _, q := range gd.Quotes {
			if q.End > q.Start && (q.Direct || !directOnly) {
				gq = append(gq, q)
			}
		}
		var pq []PredQuote
		for _, q := range pd.Quotes {
			if q.Kind != "scare" && (!directOnly || q.Kind == "direct" || q.Kind == "mixed") {
				pq = append(pq, q)
			}
		}
		s.Gold += len(gq)
		s.Pred += len(pq)
		order := make([]int, len(gq))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return gq[order[a]].Start < gq[order[b]].Start })
		det := QuoteMatch{Doc: gd, Gold: gq, Pred: pq, Match: make([]int, len(gq)), SpeakerOK: make([]int8, len(gq))}
		for ti, t := range Thresholds {
			used := make([]bool, len(pq))
			for _, gi := range order {
				g := gq[gi]
				best, bj := 0, -1
				for j, p := range pq {
					if used[j] {
						continue
					}
					if ov := overlap(g.Start, g.End, p.Start, p.End); ov > best {
						best, bj = ov, j
					}
				}
				matched := bj >= 0 && float64(best)/float64(g.End-g.Start) > t
				if ti == 0 {
					det.Match[gi], det.SpeakerOK[gi] = -1, -1
				}
				if !matched {
					continue
				}
				used[bj] = true
				m[ti]++
				if ti == 0 {
					det.Match[gi] = bj
					if right, ok := speakerOK(g, pq[bj], pd.Names); ok {
						s.SpeakerN++
						det.SpeakerOK[gi] = 0
						if right {
							spOK++
							det.SpeakerOK[gi] = 1
						}
					}
				}
			}
		}
		details = append(details, det)
	}
	for i := range Thresholds {
		s.P[i], s.R[i] = ratio(m[i], s.Pred), ratio(m[i], s.Gold)
		s.F1[i] = f1(s.P[i], s.R[i])
	}
	s.SpeakerAcc = ratio(spOK, s.SpeakerN)
	return s, details
}

// pyIsSpace reports whether Python's str.isspace holds for r. It differs from unicode.IsSpace in
// counting the information separators U+001C..U+001F as space.
func pyIsSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ', 0x85, 0xa0, 0x1680,
		0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// pyIndex clamps a slice index the way Python's text[s:e] does, negative indices counting from the
// end.
func pyIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			return 0
		}
	}
	return min(i, n)
}

// trim is score.py's trim: [s, e) without the leading and trailing white space of text[s:e].
func trim(text []rune, s, e int) (int, int) {
	a, b := pyIndex(s, len(text)), pyIndex(e, len(text))
	if a > b {
		b = a
	}
	seg := text[a:b]
	l := 0
	for l < len(seg) && pyIsSpace(seg[l]) {
		l++
	}
	r := 0
	for r < len(seg) && pyIsSpace(seg[len(seg)-1-r]) {
		r++
	}
	return s + l, e - r
}

// DatePair is one gold and predicted date that score_dates paired up.
type DatePair struct{ Gold, Pred int }

// DateMatch records how score_dates matched one gold document's dates. Gold and Pred hold the
// trimmed offsets.
type DateMatch struct {
	Doc   *Doc
	Gold  []Date
	Pred  []PredDate
	Pairs []DatePair
}

// ScoreDates is score.py's score_dates, in TempEval-3 style. Both gold and predicted extents are
// first trimmed of white space (in the gold text). All overlapping gold/predicted pairs are taken
// greedily by decreasing overlap, ties going to the larger gold index and then the larger
// predicted index, each date at most once; each pair is a relaxed match, a strict match when the
// extents are equal, and counts for type (case-insensitive) and value (exact) accuracy. Value F1 is
// value accuracy times relaxed F1.
func ScoreDates(gold *Corpus, pred map[string]*Pred) (DateScores, []DateMatch) {
	var s DateScores
	strict, relaxed, typ, val := 0, 0, 0, 0
	var details []DateMatch
	for _, gd := range gold.Docs {
		if !gd.ScoreDates {
			continue
		}
		t := gd.Runes()
		g := make([]Date, len(gd.Dates))
		for i, x := range gd.Dates {
			g[i] = x
			g[i].Start, g[i].End = trim(t, x.Start, x.End)
		}
		var p []PredDate
		if pd := pred[gd.Key]; pd != nil {
			p = make([]PredDate, len(pd.Dates))
			for j, x := range pd.Dates {
				p[j] = x
				p[j].Start, p[j].End = trim(t, x.Start, x.End)
			}
		}
		s.Gold += len(g)
		s.Pred += len(p)
		type cand struct{ ov, i, j int }
		var pairs []cand
		for i, a := range g {
			for j, b := range p {
				if ov := overlap(a.Start, a.End, b.Start, b.End); ov > 0 {
					pairs = append(pairs, cand{ov, i, j})
				}
			}
		}
		sort.Slice(pairs, func(x, y int) bool {
			a, b := pairs[x], pairs[y]
			if a.ov != b.ov {
				return a.ov > b.ov
			}
			if a.i != b.i {
				return a.i > b.i
			}
			return a.j > b.j
		})
		det := DateMatch{Doc: gd, Gold: g, Pred: p}
		ug, us := make([]bool, len(g)), make([]bool, len(p))
		for _, c := range pairs {
			if ug[c.i] || us[c.j] {
				continue
			}
			ug[c.i], us[c.j] = true, true
			relaxed++
			a, b := g[c.i], p[c.j]
			if a.Start == b.Start && a.End == b.End {
				strict++
			}
			if strings.ToUpper(a.Type) == strings.ToUpper(b.Type) {
				typ++
			}
			if a.Value == b.Value {
				val++
			}
			det.Pairs = append(det.Pairs, DatePair{c.i, c.j})
		}
		details = append(details, det)
	}
	_, _, s.StrictF1 = prf(strict, s.Pred, s.Gold)
	s.RelaxedP, s.RelaxedR, s.RelaxedF1 = prf(relaxed, s.Pred, s.Gold)
	s.TypeAcc, s.ValueAcc = ratio(typ, relaxed), ratio(val, relaxed)
	s.TypeF1, s.ValueF1 = s.TypeAcc*s.RelaxedF1, s.ValueAcc*s.RelaxedF1
	return s, details
}

func prf(k, pred, gold int) (p, r, f float64) {
	p, r = ratio(k, pred), ratio(k, gold)
	return p, r, f1(p, r)
}

// Scores are all of score.py's results for one corpus; a part is nil when no gold document takes
// part in it.
type Scores struct {
	QuotesAll, QuotesDirect *QuoteScores
	Dates                   *DateScores
	// The matches behind QuotesAll and Dates, for listing errors.
	QuoteMatches []QuoteMatch
	DateMatches  []DateMatch
}

// Score is score.py's main: it scores quotes when any gold document has scoreQuotes, and dates when
// any has scoreDates.
func Score(gold *Corpus, pred map[string]*Pred) *Scores {
	var out Scores
	var q, d bool
	for _, gd := range gold.Docs {
		q = q || gd.ScoreQuotes
		d = d || gd.ScoreDates
	}
	if q {
		all, m := ScoreQuotes(gold, pred, false)
		direct, _ := ScoreQuotes(gold, pred, true)
		out.QuotesAll, out.QuotesDirect, out.QuoteMatches = &all, &direct, m
	}
	if d {
		ds, m := ScoreDates(gold, pred)
		out.Dates, out.DateMatches = &ds, m
	}
	return &out
}

// Lines returns the scores as score.py prints them, one line per part.
func (s *Scores) Lines() []string {
	var out []string
	if s.QuotesAll != nil {
		out = append(out, s.QuotesAll.Line("quotes_all"), s.QuotesDirect.Line("quotes_direct"))
	}
	if s.Dates != nil {
		out = append(out, s.Dates.Line("dates"))
	}
	return out
}
