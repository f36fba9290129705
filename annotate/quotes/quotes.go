// Package quotes finds quoted and reported speech in English news text and attributes each quote to
// the speaker that the text names for it.
//
// It works on the raw text with byte offsets and knows nothing of JSON, code points or the DOM;
// package annotate converts its results into the exported document. It does not find dates.
//
// The work runs in stages, one file each: tokens.go cuts the text, marks.go and direct.go pair
// quotation marks into direct quotes, sentences.go finds sentence starts, cues.go reads each
// attribution cue with its speaker phrase (speakers.go; subject.go for subjects longer than a
// phrase: "Experts on arms control said", "Dana Ruiz, a nurse from Hull, Quebec, said"),
// reported.go finds what the cue attributes (as.go when "As the paper reported, …" opens the sentence), nouns.go reads attributions carried by a noun ("his
// claim that …"), stance.go reads what seems or is expected with no source, hearing.go what a
// court or inquest "heard", transcript.go reads "NAME:", "Q:" and "A:" lines, context.go attributes the quotes left without a cue (naming.go the short ones
// that a headline, "the phrase" or a naming verb gives a speaker), and entities.go groups
// speakers into entities. The word lists are in lexicon.go, and words.go looks words up in them
// without hashing strings through a map.
package quotes

import (
	"slices"
	"sync"
)

// tokenPool keeps token buffers between calls, since an article's tokens take several times its
// size and Find does not keep them.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// Span is a byte range [Start, End) in the text. The zero Span means "none".
type Span struct{ Start, End int }

// IsZero reports whether s is the empty "none" span.
func (s Span) IsZero() bool { return s.End <= s.Start }

// Quote is one quotation or report of speech.
type Quote struct {
	Span
	Kind    string // "direct", "indirect" or "mixed"
	Source  Span   // the words naming the speaker for this quote ("Lavrov", "he"); zero if none
	Cue     Span   // the attribution verb or phrase ("said", "according to"); zero if none
	Speaker int    // index into the entities returned with the quote, or -1
}

// Entity is one real speaker: the canonical (fullest) name and every mention of it in the text.
type Entity struct {
	Name     string
	Mentions []Span
}

// scareWords is the most words a quote may hold and still be taken, when nothing attributes it,
// for a title, nickname or scare quote rather than speech.
const scareWords = 4

// Find returns the quotes in text in order of their start, and the speaker entities they refer to.
func Find(text string) ([]Quote, []Entity) {
	// About one attribution per 64 bytes in the densest news; reserving that room at once spares
	// the list's regrowth, which was half of what the finder allocated.
	f := finder{text: text, attrs: make([]attr, 0, len(text)/64+8)}
	buf := tokenPool.Get().(*[]token)
	if cap(*buf) < len(text)/3+8 {
		*buf = make([]token, 0, len(text)/3+8)
	}
	defer func() {
		*buf = f.toks[:0]
		tokenPool.Put(buf)
	}()
	f.toks = tokenize(text, (*buf)[:0])
	classifyMarks(text, f.toks)
	f.dq = findDirect(text, f.toks, nil)
	markSentences(text, f.toks, f.dq)
	f.findCues()
	f.attachContext()
	f.mixedFragments()
	f.resolve()
	return f.build()
}

// mergeQuotes merges two lists of quotes sorted by start into one, a's first on ties.
func mergeQuotes(a, b []Quote) []Quote {
	if len(b) == 0 {
		return a
	}
	out := make([]Quote, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].Start < a[0].Start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// titleCase reports whether every word in quote d starts with a capital or a digit, as in the
// title of a work ("The Long Road Home", "Route 66", "The 411").
func (f *finder) titleCase(d *dquote) bool {
	for k := d.open; k < len(f.toks) && f.toks[k].s < d.e; k++ {
		t := &f.toks[k]
		if t.kind == kWord && !t.cap() && !t.has(cStop|cDet) && !isDigit(rune(f.text[t.s])) {
			return false
		}
	}
	return true
}

// outcry reports whether short quote d ends in an exclamation or a question inside its marks and
// is no title (two capitalised words or more, every word capitalised save the small ones):
// words cried or asked ("chanting “Ferry now!”", "a man yelled “Stay there!”"), which no scare
// quote is.
func (f *finder) outcry(d *dquote) bool {
	if d.close <= d.open+1 || !f.punct(d.close-1, '!') && !f.punct(d.close-1, '?') {
		return false
	}
	caps := 0
	for k := d.open + 1; k < d.close; k++ {
		if f.toks[k].kind == kWord && f.toks[k].cap() {
			caps++
		}
	}
	return caps < 2 || !f.titleCase(d)
}

// build turns direct quotes and attributions into the exported quotes and entities. A report
// nested inside a mixed quote ("Ruiz said Okafor told him the pier was “far too narrow”") is
// indirect: its quotation marks are the outer quote's, the words of the outer speaker.
func (f *finder) build() ([]Quote, []Entity) {
	qs := make([]Quote, 0, len(f.dq))
	from := func(q *Quote, a *attr) {
		q.Source = f.spanOf(a.src.a, a.src.b)
		q.Cue = a.cue
		q.Speaker = a.ent
		if a.ent >= 0 {
			f.ents[a.ent].used = true
		}
	}
	for i := range f.dq {
		d := &f.dq[i]
		if d.absorbed || d.words == 0 {
			continue // a pair of marks around nothing, or around spaces, quotes nothing
		}
		q := Quote{Span: Span{int(d.s), int(d.e)}, Kind: "direct", Speaker: -1}
		if f.stageDirection(d) {
			q.Kind = "scare" // "(APPLAUSE.)" in a quoted transcript: nobody says it
		} else if d.attr != 0 {
			from(&q, &f.attrs[d.attr-1])
		} else if (d.words <= scareWords || f.toks[d.open].flags&fSent == 0 && f.titleCase(d) || f.subhead(d)) && !f.outcry(d) {
			q.Kind = "scare"
		}
		qs = append(qs, q)
	}
	rep := make([]Quote, 0, len(f.attrs)+len(f.bare))
	o := f.outer()
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.content.IsZero() || f.nested(&o, i) {
			continue
		}
		q := Quote{Span: a.content, Kind: "indirect", Speaker: -1}
		if a.mixed && !o.inMixed(a.content, a.cue) {
			q.Kind = "mixed"
		}
		if a.quoted {
			q.Kind = "direct"
		}
		from(&q, a)
		rep = append(rep, q)
	}
	for i, b := range f.bare {
		if !o.inContent(b.cue, Span{-1, -1}) && !f.inBare(i) {
			rep = append(rep, Quote{Span: b.content, Kind: "indirect", Cue: b.cue, Speaker: -1})
		}
	}
	// direct quotes are already in order, reported ones nearly so: sort those and merge
	slices.SortStableFunc(rep, func(a, b Quote) int { return a.Start - b.Start })
	qs = mergeQuotes(qs, rep)
	f.findMentions()
	// keep only the entities quotes use, renumbered in order of first use
	index := make([]int, len(f.ents))
	var ents []Entity
	for i := range index {
		index[i] = -1
	}
	for i := range qs {
		e := qs[i].Speaker
		if e < 0 {
			continue
		}
		if index[e] < 0 {
			index[e] = len(ents)
			x := &f.ents[e]
			ents = append(ents, Entity{Name: f.text[x.name.Start:x.name.End], Mentions: sortMentions(x.mentions)})
		}
		qs[i].Speaker = index[e]
	}
	return qs, ents
}

// outer indexes the attributions so that build can ask, in logarithmic time, which of them
// another lies inside.
type outer struct {
	cues     []int     // every cue token, sorted
	contents []content // every content, sorted by start
}

type content struct {
	span, cue Span
	mixed     bool
}

func (f *finder) outer() outer {
	var o outer
	o.cues = make([]int, 0, len(f.attrs))
	o.contents = make([]content, 0, len(f.attrs)) // most attributions have a content
	for i := range f.attrs {
		a := &f.attrs[i]
		o.cues = append(o.cues, a.cueTok)
		if !a.content.IsZero() {
			o.contents = append(o.contents, content{a.content, a.cue, a.mixed})
		}
	}
	slices.Sort(o.cues)
	slices.SortFunc(o.contents, func(a, b content) int { return a.span.Start - b.span.Start })
	return o
}

// nested reports whether attribution i belongs to another. A belief, intention or noun whose cue
// lies inside another report's content is part of it ("plans" in "Lee said she plans to run"),
// and a noun yields to any other cue in its sentence ("his refusal to answer angered the
// council, one member said"). Speech verbs and "according to" stay reports of their own.
func (f *finder) nested(o *outer, i int) bool {
	a := &f.attrs[i]
	if a.noun {
		s, e := sentStart(f.toks, a.cueTok), sentEnd(f.toks, a.cueTok)
		k, _ := slices.BinarySearch(o.cues, s)
		for ; k < len(o.cues) && o.cues[k] < e; k++ {
			if o.cues[k] != a.cueTok {
				return true
			}
		}
	}
	if t := &f.toks[a.cueTok]; t.has(cSpeech) || !t.has(cThink|cIntend|cMixed|cAttrN) {
		return false
	}
	return o.inContent(a.cue, a.cue)
}

// maxNesting is how many contents that start before a span inContent looks at; reports nest
// only a few deep.
const maxNesting = 8

// inContent reports whether span c lies inside the content of an attribution whose cue is not
// self.
func (o *outer) inContent(c, self Span) bool {
	k, _ := slices.BinarySearchFunc(o.contents, c.Start+1, func(x content, t int) int { return x.span.Start - t })
	for n := 0; k > 0 && n < maxNesting; n++ {
		k--
		x := o.contents[k]
		if x.cue != self && x.span.Start <= c.Start && c.End <= x.span.End {
			return true
		}
	}
	return false
}

// inMixed reports whether span c lies inside the content of another mixed quote, whose
// quotation marks it then shares.
func (o *outer) inMixed(c, self Span) bool {
	k, _ := slices.BinarySearchFunc(o.contents, c.Start+1, func(x content, t int) int { return x.span.Start - t })
	for n := 0; k > 0 && n < maxNesting; n++ {
		k--
		x := o.contents[k]
		if x.cue != self && x.mixed && x.span.Start <= c.Start && c.End <= x.span.End && x.span != c {
			return true
		}
	}
	return false
}

// inBare reports whether the cue of sourceless fragment i lies inside another sourceless
// fragment, as "seems" in "is expected to pass, although it seems to have lost support".
func (f *finder) inBare(i int) bool {
	c := f.bare[i].cue
	for j := max(0, i-4); j < len(f.bare) && j < i+4; j++ {
		if o := f.bare[j].content; j != i && f.bare[j].cue != c && o.Start <= c.Start && c.End <= o.End {
			return true
		}
	}
	return false
}
