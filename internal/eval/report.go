package eval

import (
	"fmt"
	"io"
	"strings"
)

// Finding is one error behind the scores, located in a gold document.
type Finding struct {
	Class      string
	Doc        *Doc
	Start, End int    // the span shown, in code points of Doc.Text
	Detail     string // what was expected and what was found
}

// Classes of findings, in the order they are listed.
const (
	MissedDirect   = "missed direct quote"
	MissedIndirect = "missed indirect quote"
	SpuriousQuote  = "spurious quote"
	WrongSpeaker   = "wrong speaker"
	MissedDate     = "missed date"
	SpuriousDate   = "spurious date"
	WrongValue     = "wrong value"
	WrongType      = "wrong type"
	WrongExtent    = "wrong extent"
)

var classOrder = []string{MissedDirect, MissedIndirect, SpuriousQuote, WrongSpeaker,
	MissedDate, SpuriousDate, WrongValue, WrongType, WrongExtent}

// Findings lists the errors behind s, in document order within each class. Quote errors are those
// of the all-quotes score at the lower threshold: gold quotes with no match, predicted quotes that
// matched nothing, and matches whose speaker was judged wrong. Date errors are gold dates with no
// overlapping prediction, predictions with no gold, and pairs whose value, type or extent differ.
func (s *Scores) Findings() []Finding {
	var out []Finding
	for _, m := range s.QuoteMatches {
		used := make([]bool, len(m.Pred))
		for gi, g := range m.Gold {
			pj := m.Match[gi]
			if pj < 0 {
				class := MissedIndirect
				if g.Direct {
					class = MissedDirect
				}
				out = append(out, Finding{class, m.Doc, g.Start, g.End, "gold source " + spanText(g.Source)})
				continue
			}
			used[pj] = true
			if m.SpeakerOK[gi] == 0 {
				p := m.Pred[pj]
				gold := spanText(g.Source)
				if g.SpeakerName != "" && (g.Source == nil || g.SpeakerName != g.Source.Text) {
					gold += fmt.Sprintf(" (%q)", g.SpeakerName)
				}
				pred := "none"
				if p.SpeakerName != "" {
					pred = fmt.Sprintf("%q", p.SpeakerName)
				}
				out = append(out, Finding{WrongSpeaker, m.Doc, g.Start, g.End,
					fmt.Sprintf("gold source %s; predicted speaker %s, source %s", gold, pred, spanText(p.Source))})
			}
		}
		for j, p := range m.Pred {
			if !used[j] {
				sp := "none"
				if p.SpeakerName != "" {
					sp = fmt.Sprintf("%q", p.SpeakerName)
				}
				out = append(out, Finding{SpuriousQuote, m.Doc, p.Start, p.End, fmt.Sprintf("kind %s, speaker %s", orNone(p.Kind), sp)})
			}
		}
	}
	for _, m := range s.DateMatches {
		ug, us := make([]bool, len(m.Gold)), make([]bool, len(m.Pred))
		var pairs []Finding
		for _, pr := range m.Pairs {
			ug[pr.Gold], us[pr.Pred] = true, true
			g, p := m.Gold[pr.Gold], m.Pred[pr.Pred]
			if g.Value != p.Value {
				pairs = append(pairs, Finding{WrongValue, m.Doc, g.Start, g.End,
					fmt.Sprintf("gold %s %s; predicted %s %s %q", g.Type, g.Value, orNone(p.Type), orNone(p.Value), slice(m.Doc, p.Start, p.End))})
			}
			if !strings.EqualFold(g.Type, p.Type) {
				pairs = append(pairs, Finding{WrongType, m.Doc, g.Start, g.End,
					fmt.Sprintf("gold %s %s; predicted %s %s", g.Type, g.Value, orNone(p.Type), orNone(p.Value))})
			}
			if g.Start != p.Start || g.End != p.End {
				pairs = append(pairs, Finding{WrongExtent, m.Doc, g.Start, g.End,
					fmt.Sprintf("predicted [%d,%d) %q", p.Start, p.End, slice(m.Doc, p.Start, p.End))})
			}
		}
		for i, g := range m.Gold {
			if !ug[i] {
				out = append(out, Finding{MissedDate, m.Doc, g.Start, g.End, fmt.Sprintf("gold %s %s", g.Type, g.Value)})
			}
		}
		for j, p := range m.Pred {
			if !us[j] {
				out = append(out, Finding{SpuriousDate, m.Doc, p.Start, p.End, fmt.Sprintf("predicted %s %s", orNone(p.Type), orNone(p.Value))})
			}
		}
		out = append(out, pairs...)
	}
	return out
}

// WriteFindings writes at most max findings of each class, each with about context code points
// of text on either side, and the number of findings in the class.
func WriteFindings(w io.Writer, fs []Finding, max, context int) error {
	by := map[string][]Finding{}
	for _, f := range fs {
		by[f.Class] = append(by[f.Class], f)
	}
	for _, class := range classOrder {
		list := by[class]
		if len(list) == 0 {
			continue
		}
		shown := min(max, len(list))
		if _, err := fmt.Fprintf(w, "\n%s: %d (showing %d)\n", class, len(list), shown); err != nil {
			return err
		}
		for _, f := range list[:shown] {
			before, span, after := Context(f.Doc, f.Start, f.End, context)
			if _, err := fmt.Fprintf(w, "  %s [%d,%d) %s\n      %s[[%s]]%s\n", f.Doc.Name, f.Start, f.End, f.Detail,
				before, span, after); err != nil {
				return err
			}
		}
	}
	return nil
}

// Context returns the text of [start, end) in d, with n code points before and after it, each on
// one line: line ends show as ⏎, the context starts or ends with … where it cuts the text, and a
// span longer than 160 code points is cut in the middle.
func Context(d *Doc, start, end, n int) (before, span, after string) {
	r := d.Runes()
	s, e := pyIndex(start, len(r)), pyIndex(end, len(r))
	e = max(s, e)
	before = oneLine(r[max(0, s-n):s])
	if s-n > 0 {
		before = "…" + before
	}
	after = oneLine(r[e:min(len(r), e+n)])
	if e+n < len(r) {
		after += "…"
	}
	if e-s > 160 {
		span = oneLine(r[s:s+75]) + " … " + oneLine(r[e-75:e])
	} else {
		span = oneLine(r[s:e])
	}
	return before, span, after
}

func oneLine(r []rune) string {
	return strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\r", "⏎", "\t", " ").Replace(string(r))
}

func slice(d *Doc, start, end int) string {
	r := d.Runes()
	s, e := pyIndex(start, len(r)), pyIndex(end, len(r))
	return string(r[s:max(s, e)])
}

func spanText(s *Span) string {
	if s == nil {
		return "none"
	}
	return fmt.Sprintf("%q", s.Text)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
