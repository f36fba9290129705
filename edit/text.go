package edit

import (
	"fmt"
	"slices"
	"sync"

	"github.com/article-annotator/annotator/annotate"
)

// SetText replaces the article's text, as typed in the text area. The engine runs again on the new
// text (against the document's reference date, or the one the new text gives when the old one was
// found in the text), and every annotation a person made or confirmed whose words are untouched by
// the edit moves with them and stays, replacing the machine spans of its kind that it overlaps. An
// annotation whose words the edit changed goes.
//
// Machine annotations that this engine would not make of the old text came from elsewhere (an
// imported gold set, another tool, an older engine): they are kept as human ones are, still marked
// "machine", since the engine cannot make them again and a person would lose them without a word.
// The engine's own machine annotations are made afresh, so that they follow the new text, except
// where the document lacks one the engine makes of the old text: a person deleted or rejected it
// (or changed it, and the change is kept), and it stays gone where its words are untouched.
//
// A speaker lives on as the engine's new speaker that has a mention where the engine gave it one
// before, under the name it had (a person may have renamed it); else as the engine's speaker of
// the same name; else as itself when one of its mentions or quotes is kept. A speaker with nothing
// left in the new text goes.
type SetText struct{ Text string }

func (op SetText) apply(doc *annotate.Document) (string, error) {
	text := annotate.ValidUTF8(op.Text)
	if text == doc.Text {
		return "", nil
	}
	var opts annotate.Options
	if doc.ReferenceDate != nil && doc.ReferenceDateFrom == nil {
		opts.ReferenceDate = *doc.ReferenceDate
	}
	engine := engineMade(doc.Text, opts)
	fresh := annotate.Annotate(text, opts)
	remember(fresh, opts)
	move := anchor([]rune(doc.Text), []rune(text))
	dropGone(fresh, gone(engine, doc), move)
	keep := func(by, key string) bool { return by == annotate.ByHuman || !engine.keys[key] }
	carry(doc, fresh, move, keep)
	doc.Text, doc.ReferenceDate, doc.ReferenceDateFrom = fresh.Text, fresh.ReferenceDate, fresh.ReferenceDateFrom
	doc.Speakers, doc.Quotes, doc.Dates = fresh.Speakers, fresh.Quotes, fresh.Dates
	return "", nil
}

// work is what the engine made of a text: the spans of its annotations and their keys.
type work struct {
	text  string
	spans kindSpans
	keys  map[string]bool
}

// made is the engine's last work for SetText, so that typing, which replaces the text again and
// again, runs the engine once per change and not twice.
var made struct {
	sync.Mutex
	ref  string
	work work
}

// engineMade returns what the engine makes of text.
func engineMade(text string, opts annotate.Options) work {
	made.Lock()
	if w := made.work; w.keys != nil && w.text == text && made.ref == opts.ReferenceDate {
		defer made.Unlock()
		return w
	}
	made.Unlock()
	return remember(annotate.Annotate(text, opts), opts)
}

// remember keeps what the engine made of doc's text with opts, for engineMade, and returns it.
func remember(doc *annotate.Document, opts annotate.Options) work {
	w := work{text: doc.Text, spans: spansOf(doc), keys: keys(doc)}
	made.Lock()
	defer made.Unlock()
	made.ref, made.work = opts.ReferenceDate, w
	return w
}

// kindSpans are the start and end of annotations, by kind (KindSpeaker for mentions, KindQuote,
// KindDate).
type kindSpans map[string][][2]int

// spansOf lists where doc's annotations lie.
func spansOf(doc *annotate.Document) kindSpans {
	var mentions [][2]int
	for _, s := range doc.Speakers {
		for _, m := range s.Mentions {
			mentions = append(mentions, [2]int{m.Start, m.End})
		}
	}
	quotes := make([][2]int, len(doc.Quotes))
	for i, q := range doc.Quotes {
		quotes[i] = [2]int{q.Start, q.End}
	}
	dates := make([][2]int, len(doc.Dates))
	for i, d := range doc.Dates {
		dates[i] = [2]int{d.Start, d.End}
	}
	return kindSpans{KindSpeaker: mentions, KindQuote: quotes, KindDate: dates}
}

// gone lists where the engine's annotations of doc's text lie that doc holds none of their kind
// at: a person deleted or rejected each (or moved it, and what they made stays).
func gone(engine work, doc *annotate.Document) kindSpans {
	g, now := kindSpans{}, spansOf(doc)
	for kind, spans := range engine.spans {
		has := make(map[[2]int]bool, len(now[kind]))
		for _, sp := range now[kind] {
			has[sp] = true
		}
		for _, sp := range spans {
			if !has[sp] {
				g[kind] = append(g[kind], sp)
			}
		}
	}
	return g
}

// dropGone takes out of fresh, the engine's work on the new text, its machine annotations that lie
// where move takes a gone one of the same kind: the engine found them again, and the person had
// them gone. A speaker left with no mention and no quote goes too.
func dropGone(fresh *annotate.Document, g kindSpans, move spanMove) {
	at := func(kind string) map[[2]int]bool {
		set := map[[2]int]bool{}
		for _, sp := range g[kind] {
			if m, ok := move(annotate.Span{Start: sp[0], End: sp[1]}); ok {
				set[[2]int{m.Start, m.End}] = true
			}
		}
		return set
	}
	drop := func(by string, sp annotate.Span, set map[[2]int]bool) bool {
		return by == annotate.ByMachine && set[[2]int{sp.Start, sp.End}]
	}
	quotes, dates, mentions := at(KindQuote), at(KindDate), at(KindSpeaker)
	fresh.Quotes = slices.DeleteFunc(fresh.Quotes, func(q annotate.Quote) bool { return drop(q.By, q.Span, quotes) })
	fresh.Dates = slices.DeleteFunc(fresh.Dates, func(d annotate.Date) bool { return drop(d.By, d.Span, dates) })
	for i := 0; i < len(fresh.Speakers) && len(mentions) > 0; i++ {
		s := &fresh.Speakers[i]
		n := len(s.Mentions)
		s.Mentions = slices.DeleteFunc(s.Mentions, func(m annotate.Mention) bool { return drop(m.By, m.Span, mentions) })
		if n > 0 && len(s.Mentions) == 0 && !quoted(fresh, s.ID) {
			fresh.Speakers = slices.Delete(fresh.Speakers, i, i+1)
			i--
		}
	}
}

// keys names each annotation of doc by what the engine decides of it, so that an annotation of
// another document reading the same is known as the engine's work.
func keys(doc *annotate.Document) map[string]bool {
	k := map[string]bool{}
	for _, s := range doc.Speakers {
		for _, m := range s.Mentions {
			k[mentionKey(m)] = true
		}
	}
	for _, q := range doc.Quotes {
		k[quoteKey(q)] = true
	}
	for _, d := range doc.Dates {
		k[dateKey(d)] = true
	}
	return k
}

func mentionKey(m annotate.Mention) string { return fmt.Sprintf("m %d %d", m.Start, m.End) }

func quoteKey(q annotate.Quote) string {
	src := "-"
	if q.Source != nil {
		src = fmt.Sprint(q.Source.Start, q.Source.End)
	}
	return fmt.Sprintf("q %d %d %s %s", q.Start, q.End, q.Kind, src)
}

func dateKey(d annotate.Date) string {
	return fmt.Sprintf("d %d %d %s %s %s", d.Start, d.End, d.Type, d.Value, d.Mod)
}

// anchor returns the function that moves a span of old to its place in new: old and new share a
// prefix and a suffix, and a span inside either moves with it; a span touching what lies between
// (the edit) has changed, and anchor reports false.
func anchor(old, new []rune) spanMove {
	d := diffRunes(old, new) // old[d.At : d.At+len(d.Old)] became d.New
	return shifter(d.At, len(d.Old), len(d.New))
}

// carry brings the annotations of doc that keep says to keep (by who made each and its key) into
// fresh, the engine's annotation of the new text, moving each with move and dropping the machine
// spans of its kind that it overlaps.
func carry(doc, fresh *annotate.Document, move spanMove, keep func(by, key string) bool) {
	// moveOpt moves an optional span, which is dropped (nil) where the edit touched it.
	moveOpt := func(sp *annotate.Span) *annotate.Span {
		if m, ok := moveOptional(move, sp); ok {
			return m
		}
		return nil
	}
	// Speakers first: the quotes carried below link to them by id.
	speakerOf := map[string]string{} // old speaker id -> id in fresh
	claimed := map[string]bool{}     // the engine's speakers an old one has become
	// match finds old among the engine's speakers, or returns -1.
	match := func(old annotate.Speaker) int {
		if id, ok := speakerOf[old.ID]; ok {
			return speakerIndex(fresh, id)
		}
		// The engine's speaker with a mention where the engine had one of old's is old, under the name old had
		// (a person may have renamed it); failing that, the speaker of the same name.
		i := slices.IndexFunc(fresh.Speakers, func(s annotate.Speaker) bool {
			return !claimed[s.ID] && slices.ContainsFunc(old.Mentions, func(m annotate.Mention) bool {
				moved, ok := move(m.Span)
				return ok && m.By == annotate.ByMachine &&
					slices.ContainsFunc(s.Mentions, func(f annotate.Mention) bool { return f.Span == moved })
			})
		})
		if i >= 0 {
			fresh.Speakers[i].Name = old.Name
			claimed[fresh.Speakers[i].ID] = true
		} else {
			i = slices.IndexFunc(fresh.Speakers, func(s annotate.Speaker) bool { return s.Name == old.Name })
		}
		if i >= 0 {
			speakerOf[old.ID] = fresh.Speakers[i].ID
		}
		return i
	}
	// place finds old among the engine's speakers, or adds it, for a mention or a quote kept.
	place := func(old annotate.Speaker) int {
		if i := match(old); i >= 0 {
			return i
		}
		id := old.ID
		if speakerIndex(fresh, id) >= 0 {
			id = nextID("s", speakerIDs(fresh))
		}
		fresh.Speakers = append(fresh.Speakers, annotate.Speaker{ID: id, Name: old.Name, Mentions: []annotate.Mention{}})
		speakerOf[old.ID] = id
		return len(fresh.Speakers) - 1
	}
	for _, sp := range doc.Speakers {
		match(sp)
		for _, m := range sp.Mentions {
			moved, ok := move(m.Span)
			if !ok || !keep(m.By, mentionKey(m)) {
				continue
			}
			dropMentions(fresh, moved)
			if _, taken := overlap(fresh, KindSpeaker, moved.Start, moved.End, ""); !taken {
				insertMention(&fresh.Speakers[place(sp)], annotate.Mention{Span: moved, By: m.By})
			}
		}
	}
	for _, q := range doc.Quotes {
		moved, ok := move(q.Span)
		if !ok || !keep(q.By, quoteKey(q)) {
			continue
		}
		fresh.Quotes = slices.DeleteFunc(fresh.Quotes, func(o annotate.Quote) bool {
			return o.By == annotate.ByMachine && o.Start < moved.End && moved.Start < o.End
		})
		if _, taken := overlap(fresh, KindQuote, moved.Start, moved.End, ""); taken {
			continue
		}
		q.Span, q.Source, q.Cue = moved, moveOpt(q.Source), moveOpt(q.Cue)
		if q.Speaker != nil {
			id, ok := speakerOf[*q.Speaker]
			if !ok {
				id = fresh.Speakers[place(doc.Speakers[speakerIndex(doc, *q.Speaker)])].ID
			}
			q.Speaker = &id
		}
		if slices.ContainsFunc(fresh.Quotes, func(o annotate.Quote) bool { return o.ID == q.ID }) {
			q.ID = nextID("q", quoteIDs(fresh))
		}
		insertQuote(fresh, q)
	}
	for _, d := range doc.Dates {
		moved, ok := move(d.Span)
		if !ok || !keep(d.By, dateKey(d)) {
			continue
		}
		fresh.Dates = slices.DeleteFunc(fresh.Dates, func(o annotate.Date) bool {
			return o.By == annotate.ByMachine && o.Start < moved.End && moved.Start < o.End
		})
		if _, taken := overlap(fresh, KindDate, moved.Start, moved.End, ""); taken {
			continue
		}
		d.Span = moved
		if slices.ContainsFunc(fresh.Dates, func(o annotate.Date) bool { return o.ID == d.ID }) {
			d.ID = nextID("d", dateIDs(fresh))
		}
		i, _ := slices.BinarySearchFunc(fresh.Dates, d.Start, func(o annotate.Date, s int) int { return o.Start - s })
		fresh.Dates = slices.Insert(fresh.Dates, i, d)
	}
}

// dropMentions removes the machine mentions in fresh that overlap sp, and a speaker left with no
// mention and no quote.
func dropMentions(fresh *annotate.Document, sp annotate.Span) {
	for i := 0; i < len(fresh.Speakers); i++ {
		s := &fresh.Speakers[i]
		n := len(s.Mentions)
		s.Mentions = slices.DeleteFunc(s.Mentions, func(m annotate.Mention) bool {
			return m.By == annotate.ByMachine && m.Start < sp.End && sp.Start < m.End
		})
		if n > 0 && len(s.Mentions) == 0 && !quoted(fresh, s.ID) {
			fresh.Speakers = slices.Delete(fresh.Speakers, i, i+1)
			i--
		}
	}
}
