package edit

import (
	"slices"

	"github.com/article-annotator/annotator/annotate"
)

// A text edit replaces a run of code points and moves every span after it by the run's change of
// length. shift.go holds that move, once: SetText carries annotations with it (anchor), and the
// history uses it so that a change of the text does not store, twice, every entry the edit merely
// moved (see change.Shifted).

// spanMove moves a span of a text to its place in the text an edit made of it, or reports false
// when the edit touched the span.
type spanMove func(annotate.Span) (annotate.Span, bool)

// shifter returns the spanMove of the edit that replaced the cut code points at code point at by
// put others: a span that ends at or before at stays, one that starts after the cut moves by
// put-cut, and one touching the cut has changed.
//
// The move undoes itself: for a span sp it moves, shifter(at, put, cut) moves the result back to sp.
func shifter(at, cut, put int) spanMove {
	edited, shift := at+cut, put-cut
	return func(sp annotate.Span) (annotate.Span, bool) {
		switch {
		case sp.End <= at:
			return sp, true
		case sp.Start >= edited:
			sp.Start += shift
			sp.End += shift
			return sp, true
		}
		return annotate.Span{}, false
	}
}

// entryMoves moves whole entries with a spanMove: every span an entry holds must move, or the
// entry has changed and the move reports false. A moved entry shares no slice or pointer with the
// one it was made from. Its zero value moves nothing (the change kept no text edit).
type entryMoves struct {
	speaker func(annotate.Speaker) (annotate.Speaker, bool)
	quote   func(annotate.Quote) (annotate.Quote, bool)
	date    func(annotate.Date) (annotate.Date, bool)
}

func movesOf(move spanMove) entryMoves {
	return entryMoves{
		speaker: func(s annotate.Speaker) (annotate.Speaker, bool) {
			ms := slices.Clone(s.Mentions)
			for i := range ms {
				var ok bool
				if ms[i].Span, ok = move(ms[i].Span); !ok {
					return s, false
				}
			}
			s.Mentions = ms
			return s, true
		},
		quote: func(q annotate.Quote) (annotate.Quote, bool) {
			var ok, okSource, okCue bool
			q.Span, ok = move(q.Span)
			q.Source, okSource = moveOptional(move, q.Source)
			q.Cue, okCue = moveOptional(move, q.Cue)
			return q, ok && okSource && okCue
		},
		date: func(d annotate.Date) (annotate.Date, bool) {
			var ok bool
			d.Span, ok = move(d.Span)
			return d, ok
		},
	}
}

// moveOptional moves the span sp points to, if any, into a new one.
func moveOptional(move spanMove, sp *annotate.Span) (*annotate.Span, bool) {
	if sp == nil {
		return nil, true
	}
	m, ok := move(*sp)
	return &m, ok
}
