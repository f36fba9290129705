package render

import (
	"strconv"
	"strings"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/annotate/dates"
)

// labels words the tooltips (title attributes) of marks and the entries of the panel.
type labels struct {
	names  map[string]string // speaker id -> canonical name
	quotes map[string]int    // speaker id -> number of quotes
}

func newLabels(doc *annotate.Document) labels {
	l := labels{names: map[string]string{}, quotes: map[string]int{}}
	for _, s := range doc.Speakers {
		l.names[s.ID] = s.Name
	}
	for _, q := range doc.Quotes {
		if q.Speaker != nil {
			l.quotes[*q.Speaker]++
		}
	}
	return l
}

// speaker labels a speaker mention: "Helen Okafor — 2 quotes".
func (l labels) speaker(s annotate.Speaker) string {
	return s.Name + " — " + count(l.quotes[s.ID], "quote")
}

// quote labels a quote: "Quote by Helen Okafor (“she”) — cue: said".
func (l labels) quote(q annotate.Quote) string {
	s := "Quote, speaker unknown"
	if q.Speaker != nil {
		name, ok := l.names[*q.Speaker]
		if !ok {
			name = *q.Speaker
		}
		s = "Quote by " + name
		if q.Source != nil && q.Source.Text != name {
			s += " (“" + q.Source.Text + "”)"
		}
	}
	if q.Cue != nil {
		s += " — cue: " + q.Cue.Text
	}
	return s
}

// date labels a date with its value in words: "Monday 2 September 2024".
func (l labels) date(d annotate.Date) string {
	return dates.Describe(d.Value, d.Mod)
}

// count writes "1 quote", "2 quotes".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// aria names a mark for screen readers: its kind, its text, whose it is and who made it:
// "Quote “We will rebuild.” by Helen Okafor, suggested". The title (the mark's description) adds
// the rest: the source and cue, a date's value in words.
func (l labels) aria(kind string, s annotate.Span, whose, who string) string {
	text := s.Text
	if len(text) > 60 || strings.ContainsAny(text, "\n\r\t") {
		text = clip(text, 60) // clip allocates; most spans are short and on one line
	}
	made := ", suggested"
	if who == annotate.ByHuman {
		made = ", yours"
	}
	return kind + " “" + text + "”" + whose + made
}

// whoseQuote is " by Helen Okafor" or ", speaker unknown".
func (l labels) whoseQuote(q annotate.Quote) string {
	if q.Speaker == nil {
		return ", speaker unknown"
	}
	if name, ok := l.names[*q.Speaker]; ok {
		return " by " + name
	}
	return " by " + *q.Speaker
}
