package edit

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
)

// maxHistory bounds the changes a session remembers for Undo; older ones are forgotten.
const maxHistory = 200

// A change is what one op did, kept as the difference between the document before and after it,
// so that a history of small edits stays small: each list (speakers, quotes, dates) records only
// the run of entries that differ, and the text only the run of code points that differ, which
// only SetText ever has.
//
// A change of the text moves every span after the edit. When Shifted, the entries after each list's
// splice are the entries of the document before, moved as the text splice moves spans (shifter),
// and are not stored: replay moves them forward or back. Only the entries the change really
// changed, near the edit, are in the splices, so typing a word costs the size of the edit rather
// than of the article. Changes saved before Shifted existed hold every moved entry in their
// splices, and replay as they were saved.
type change struct {
	What     string                    `json:"what"` // the op's description
	Text     *textSplice               `json:"text,omitempty"`
	Shifted  bool                      `json:"shifted,omitempty"`
	Ref      *refChange                `json:"ref,omitempty"`
	Speakers *splice[annotate.Speaker] `json:"speakers,omitempty"`
	Quotes   *splice[annotate.Quote]   `json:"quotes,omitempty"`
	Dates    *splice[annotate.Date]    `json:"dates,omitempty"`
}

// A splice replaced the entries Old at index At of a list by the entries New.
type splice[T any] struct {
	At  int `json:"at"`
	Old []T `json:"old,omitempty"`
	New []T `json:"new,omitempty"`
}

// A textSplice replaced the code points Old at code point At of the text by New.
type textSplice struct {
	At  int    `json:"at"`
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
}

// refChange is a change of the reference date and where the text gives it.
type refChange struct {
	Old refState `json:"old"`
	New refState `json:"new"`
}

type refState struct {
	Date *string        `json:"date,omitempty"`
	From *annotate.Span `json:"from,omitempty"`
}

// diff returns the change that turns a into b.
func diff(a, b *annotate.Document) change {
	var c change
	var moves entryMoves
	if a.Text != b.Text {
		t := diffRunes([]rune(a.Text), []rune(b.Text))
		c.Text = &textSplice{At: t.At, Old: string(t.Old), New: string(t.New)}
		c.Shifted = true
		moves = movesOf(shifter(t.At, len(t.Old), len(t.New)))
	}
	old, new := refState{a.ReferenceDate, a.ReferenceDateFrom}, refState{b.ReferenceDate, b.ReferenceDateFrom}
	if !reflect.DeepEqual(old, new) {
		c.Ref = &refChange{Old: old, New: new}
	}
	c.Speakers = diffList(a.Speakers, b.Speakers, sameSpeaker, moves.speaker)
	c.Quotes = diffList(a.Quotes, b.Quotes, sameQuote, moves.quote)
	c.Dates = diffList(a.Dates, b.Dates, sameDate, moves.date)
	return c
}

func (c change) empty() bool {
	return c.Text == nil && c.Ref == nil && c.Speakers == nil && c.Quotes == nil && c.Dates == nil
}

// diffList returns the splice that turns a into b: the entries between their common prefix and
// common suffix, as same compares them. Entries of the suffix are compared after move, when there
// is one (a change of the text, see change.Shifted): an entry of a that move turns into b's is
// common. It returns nil when a and b hold equal entries.
func diffList[T any](a, b []T, same func(x, y T) bool, move func(T) (T, bool)) *splice[T] {
	p := 0
	for p < len(a) && p < len(b) && same(a[p], b[p]) {
		p++
	}
	sameMoved := same
	if move != nil {
		sameMoved = func(x, y T) bool { m, ok := move(x); return ok && same(m, y) }
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && sameMoved(a[len(a)-1-s], b[len(b)-1-s]) {
		s++
	}
	if p == len(a) && p == len(b) {
		return nil
	}
	return &splice[T]{At: p, Old: slices.Clone(a[p : len(a)-s]), New: slices.Clone(b[p : len(b)-s])}
}

// diffRunes is diffList for text, comparing code points directly rather than by reflection.
func diffRunes(a, b []rune) *splice[rune] {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	return &splice[rune]{At: p, Old: a[p : len(a)-s], New: b[p : len(b)-s]}
}

// apply replays the text splice on text, forward (Old becomes New) or backward, as splice.apply
// does on a list of code points, but on the string's bytes: a long article is not copied into
// code points and back for a change of a few.
func (t *textSplice) apply(text string, forward bool) (string, error) {
	from, to := t.Old, t.New
	if !forward {
		from, to = to, from
	}
	b, n := 0, 0 // the byte offset of code point n, up to t.At
	for ; n < t.At && b < len(text); n++ {
		b++
		for b < len(text) && !utf8.RuneStart(text[b]) {
			b++
		}
	}
	if t.At < 0 || n < t.At || !strings.HasPrefix(text[b:], from) {
		return "", fmt.Errorf("the history does not fit the document at code point %d", t.At)
	}
	return text[:b] + to + text[b+len(from):], nil
}

// apply replays the splice on list, forward (Old becomes New) or backward, into a new list, or in
// list itself when inPlace, and moves the entries after it with move when there is one (the
// change's text edit, replayed the same way). It checks that the entries it replaces are the ones
// the splice expects and that those it moves can move, so a history read from storage that does
// not fit its document is refused rather than applied.
func (sp *splice[T]) apply(list []T, forward, inPlace bool, same func(x, y T) bool, move func(T) (T, bool)) ([]T, error) {
	if sp == nil {
		return list, nil
	}
	from, to := sp.Old, sp.New
	if !forward {
		from, to = to, from
	}
	if sp.At < 0 || sp.At > len(list) || len(from) > len(list)-sp.At || !equalList(list[sp.At:sp.At+len(from)], from, same) {
		return nil, fmt.Errorf("the history does not fit the document at entry %d", sp.At)
	}
	var out []T
	if inPlace {
		out = slices.Replace(list, sp.At, sp.At+len(from), to...)
	} else {
		out = make([]T, 0, len(list)-len(from)+len(to))
		out = append(append(append(out, list[:sp.At]...), to...), list[sp.At+len(from):]...)
	}
	if move != nil {
		for i := sp.At + len(to); i < len(out); i++ {
			m, ok := move(out[i])
			if !ok {
				return nil, fmt.Errorf("the history does not fit the document at entry %d, which the text edit cannot move", i)
			}
			out[i] = m
		}
	}
	return out, nil
}

func equalList[T any](a, b []T, same func(x, y T) bool) bool {
	for i := range a {
		if !same(a[i], b[i]) {
			return false
		}
	}
	return true
}

// replay applies c to doc, forward (redo) or backward (undo), and returns the resulting document;
// doc itself is left alone.
func (c change) replay(doc *annotate.Document, forward bool) (*annotate.Document, error) {
	out := *doc
	if err := c.play(&out, forward, false); err != nil {
		return nil, err
	}
	return &out, nil
}

// replayOn applies c to doc itself, forward or backward, changing its lists in place: Unmarshal
// walks the history on a copy of its own so, and copies no list for a change of a few entries.
// On error doc is left part changed.
func (c change) replayOn(doc *annotate.Document, forward bool) error {
	return c.play(doc, forward, true)
}

// play replays c on out, whose lists it replaces with new ones or, inPlace, changes.
func (c change) play(out *annotate.Document, forward, inPlace bool) error {
	doc := *out
	var moves entryMoves
	if c.Text != nil {
		text, err := c.Text.apply(doc.Text, forward)
		if err != nil {
			return err
		}
		out.Text = text
		if c.Shifted {
			cut, put := utf8.RuneCountInString(c.Text.Old), utf8.RuneCountInString(c.Text.New)
			if !forward {
				cut, put = put, cut
			}
			moves = movesOf(shifter(c.Text.At, cut, put))
		}
	} else if c.Shifted {
		return fmt.Errorf("the history moves entries by a text edit it does not hold")
	}
	if c.Ref != nil {
		from, to := c.Ref.Old, c.Ref.New
		if !forward {
			from, to = to, from
		}
		if !reflect.DeepEqual(refState{doc.ReferenceDate, doc.ReferenceDateFrom}, from) {
			return fmt.Errorf("the history does not fit the document's reference date")
		}
		out.ReferenceDate, out.ReferenceDateFrom = to.Date, to.From
	}
	var err error
	if out.Speakers, err = c.Speakers.apply(doc.Speakers, forward, inPlace, sameSpeaker, moves.speaker); err != nil {
		return err
	}
	if out.Quotes, err = c.Quotes.apply(doc.Quotes, forward, inPlace, sameQuote, moves.quote); err != nil {
		return err
	}
	if out.Dates, err = c.Dates.apply(doc.Dates, forward, inPlace, sameDate, moves.date); err != nil {
		return err
	}
	return nil
}

// sameSpeaker, sameQuote and sameDate report whether two entries are equal as reflect.DeepEqual
// would say, field by field without reflection: the editor compares every entry of a long article
// on each change. A nil list of mentions differs from an empty one, as the JSON does (null, []).
func sameSpeaker(a, b annotate.Speaker) bool {
	return a.ID == b.ID && a.Name == b.Name && (a.Mentions == nil) == (b.Mentions == nil) &&
		slices.Equal(a.Mentions, b.Mentions)
}

func sameQuote(a, b annotate.Quote) bool {
	return a.ID == b.ID && a.Span == b.Span && a.Kind == b.Kind && a.By == b.By &&
		samePointee(a.Speaker, b.Speaker) && samePointee(a.Source, b.Source) && samePointee(a.Cue, b.Cue)
}

func sameDate(a, b annotate.Date) bool { return a == b }

// samePointee reports whether a and b are both nil or point to equal values.
func samePointee[T comparable](a, b *T) bool { return a == b || a != nil && b != nil && *a == *b }
