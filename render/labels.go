package render

import (
	"strconv"

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

// aria words what a screen reader announces when a mark gets focus: its kind, its text, what it
// means (the title's words) and who made it. "Quote “We will rebuild.”: Quote by Helen Okafor —
// cue: said; suggested by the annotator".
func (l labels) aria(kind string, s annotate.Span, meaning, who string) string {
	made := "suggested by the annotator"
	if who == annotate.ByHuman {
		made = "marked by you"
	}
	return kind + " “" + clip(s.Text, 80) + "”: " + meaning + "; " + made
}
