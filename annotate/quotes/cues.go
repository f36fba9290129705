// Cues: the attribution verbs and phrases ("said", "told", "according to") and what each one
// attributes. For every cue outside quotation marks it finds the speaker phrase (before the cue,
// after it when inverted, after "by" in the passive) and the content: a direct quote next to it
// ("…," X said / X said: "…"), the reported clause after it (X said (that) …), or the clause
// before it (…, X said.).
//
// It does not resolve speakers to entities (entities.go) nor attribute quotes that have no cue
// of their own (context.go).
package quotes

import "unicode"

// attr is one attribution found at a cue.
type attr struct {
	src       phrase
	cue       Span
	cueTok    int
	content   Span // the reported clause, zero when the cue only claims direct quotes
	mixed     bool
	ent       int // entity index, set by entities.go
	inherited bool
}

var ingCues = map[string]bool{"saying": true, "adding": true, "noting": true, "warning": true,
	"arguing": true, "insisting": true, "claiming": true, "telling": true, "stressing": true,
	"explaining": true, "suggesting": true, "asking": true, "writing": true, "declaring": true,
	"acknowledging": true, "predicting": true, "urging": true, "tweeting": true,
	"answering": true, "replying": true, "responding": true, "recalling": true, "announcing": true,
	"complaining": true, "admitting": true, "vowing": true, "promising": true, "denying": true,
	"asserting": true, "contending": true, "observing": true, "remarking": true, "citing": true,
	"calling": true, "describing": true, "accusing": true, "quipping": true, "joking": true}

var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true,
	"being": true, "be": true}

// finder holds the state of one Find call.
type finder struct {
	text     string
	toks     []token
	dq       []dquote
	attrs    []attr
	ents     []entity
	surnames map[string][]int // entities by the last word of their name
	pending  []attr           // attributions made by the current cue, after its first
}

func (f *finder) word(i int) string {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != kWord {
		return ""
	}
	return f.text[f.toks[i].s:f.toks[i].e]
}

func (f *finder) punct(i int, c byte) bool {
	return i >= 0 && i < len(f.toks) && isPunct(f.text, f.toks[i], c)
}

func (f *finder) openMark(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := f.toks[i]
	return t.kind == kMark && t.q != 0 && f.dq[t.q-1].open == i
}

func (f *finder) closeMark(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := f.toks[i]
	return t.kind == kMark && t.q != 0 && f.dq[t.q-1].close == i
}

// findCues records an attribution for every cue.
func (f *finder) findCues() {
	toks := f.toks
	for i := range toks {
		t := &toks[i]
		if i == 0 || t.flags&fPara != 0 {
			f.transcript(i)
		}
		if t.kind != kWord || t.q != 0 {
			continue
		}
		w := f.text[t.s:t.e]
		switch {
		case w == "according" || w == "According":
			if f.word(i+1) == "to" {
				f.according(i)
			}
		case ingCues[w] && f.punct(i-1, ','):
			f.ing(i)
		case t.has(cSpeech | cThink | cMixed):
			if t.cap() && t.flags&fSent == 0 && !f.headlineCue(i) {
				continue
			}
			mode := mSpeech
			if !t.has(cSpeech) {
				mode = mWeak
				if t.has(cMixed) {
					mode = mMixed
				}
			}
			f.verb(i, mode)
		case ingCues[w]:
			f.ing(i)
		}
	}
}

// claim gives direct quote q to attribution a when nothing stronger claims it.
func (f *finder) claim(q int, a int, prio int) {
	d := &f.dq[q]
	if d.attr == 0 || d.prio < prio {
		d.attr, d.prio = a+1, prio
	}
}

// maxClause is the most tokens a reported clause may hold. Real clauses are far shorter; the
// bound keeps the work linear on text without sentence ends.
const maxClause = 160

// Cue modes: what content a cue verb may take.
const (
	mSpeech = iota // any clause: said, added, told
	mWeak          // a clause opened by "that", a pronoun or a determiner: believes, found
	mMixed         // an object and what follows it: called, described, cited
)

// verb handles a cue verb at i.
func (f *finder) verb(i int, mode int) {
	toks := f.toks
	cueEnd := i
	w := f.word(i)
	if w == "point" || w == "points" || w == "pointed" {
		if f.word(i+1) != "out" {
			return
		}
		cueEnd = i + 1
	}
	send := sentEnd(toks, i)
	// the speaker before the cue, over adverbs and auxiliaries
	j := i - 1
	passive := false
	for n := 0; n < 3 && j >= 0 && toks[j].kind == kWord && (toks[j].has(cSkip) || isAdverb(f.word(j))) && !toks[j].cap() &&
		toks[j+1].flags&fSent == 0; n++ {
		if n == 0 && passiveAux[f.word(j)] {
			passive = true
		}
		j--
	}
	if j >= 1 && toks[j].has(cTime) && toks[j-1].has(cPrep) && !toks[j].has(cPronoun) {
		j -= 2
	}
	var src phrase
	ok, inverted := false, false
	after := cueEnd + 1
	if passive {
		if f.word(after) != "by" {
			return
		}
		src, ok = phraseFwd(f.text, toks, after+1, send)
		if !ok {
			return
		}
		after = src.b + 1
	} else {
		if j >= 0 && toks[i].flags&fSent == 0 && toks[j+1].flags&fSent == 0 || j >= 0 && j+1 < i && toks[j+1].flags&fSent != 0 {
			if w := f.word(j); (w == "who" || w == "which") && f.punct(j-1, ',') {
				// "Graham, who says …": the relative pronoun names its antecedent
				if p, ok2 := phraseBack(f.text, toks, j-2); ok2 && p.kind != pPronoun {
					p.a, p.b = j, j
					src, ok = p, true
				}
			} else if f.punct(j, ',') {
				src, ok = phraseAppositive(f.text, toks, j)
			} else if toks[j].q == 0 || f.closeMark(j) == false && toks[j].kind == kWord {
				src, ok = phraseBack(f.text, toks, j)
			}
		}
		if c := f.quoteBefore(j); c >= 0 && (!ok || src.a > c+2) {
			// "“…,” a senior official involved in the talks told …": a phrase with a modifier
			s := c + 1
			if f.punct(s, ',') {
				s++
			}
			if p, ok2 := phraseFwd(f.text, toks, s, j+1); ok2 && p.kind != pPronoun && p.b < j {
				p.b = j
				src, ok = p, true
			}
		}
		if n := len(f.attrs); !ok && j >= 0 && (f.word(j) == "and" || f.word(j) == "but") {
			if n > 0 && f.attrs[n-1].cueTok >= sentStart(toks, i) {
				// "Trump told veterans that … and said he will …": the speaker of the first cue
				src, ok = f.attrs[n-1].src, true
			} else if p, ok2 := phraseFwd(f.text, toks, sentStart(toks, i), j); ok2 && mode == mSpeech &&
				(p.kind == pName || p.kind == pPronoun) {
				src, ok = p, true // "Emineth became a delegate and said …": the sentence's subject
			}
		}
		if !ok && j == i-1 && (toks[i].flags&fSent != 0 || f.punct(i-1, ',') || f.closeMark(i-1)) {
			src, ok = phraseFwd(f.text, toks, i+1, send)
			if n := src.b + 1; ok && n < send && toks[n].kind == kWord && !toks[n].has(cPrep|cTime) {
				ok = false // "…, says he didn't know": a clause, not an inverted speaker
			}
			inverted = ok
			if ok {
				after = src.b + 1
			}
		}
	}
	if !ok {
		return
	}
	if toks[i].has(cNoun) && !inverted && !passive && !f.verbLike(src) {
		return // "a New York Times report", "his early-morning tweets"
	}
	a := attr{src: src, cue: Span{int(toks[i].s), int(toks[cueEnd].e)}, cueTok: i, ent: -1}
	if toks[i].has(cTell) && !inverted && after < send {
		if objectPronouns[f.word(after)] {
			after++
		} else if o, ok := phraseFwd(f.text, toks, after, send); ok {
			after = o.b + 1
		}
		if f.openMark(after) && f.titleCase(&f.dq[toks[after].q-1]) && f.dq[toks[after].q-1].close > 0 {
			after = f.dq[toks[after].q-1].close + 1 // "told MSNBC's “Morning Joe” that …"
		}
	}
	idx := len(f.attrs)
	before := src.a - 1
	if inverted || passive {
		before = i - 1
	}
	if w := f.word(src.a - 1); (w == "what" || w == "which" || w == "that" || w == "who") && !inverted &&
		!passive && after < send && toks[after].kind == kWord && toks[after].has(cSkip|cPrep) &&
		!f.punct(after, ',') {
		// "what many analysts said was a sign of …": the clause after the cue has lost its subject
		f.clause(&a, after, send)
		if !a.content.IsZero() {
			f.attrs = append(f.attrs, a)
			return
		}
	}
	if f.forward(&a, idx, after, send, mode) {
		f.attrs = append(f.attrs, a)
		if mode != mMixed && !f.endsSentence(before) {
			f.backwardQuote(idx, before) // "“…,” he said, adding …"
		}
		return
	}
	if mode == mMixed {
		return
	}
	f.backward(&a, idx, before, after, send)
	f.attrs = append(f.attrs, a)
	f.attrs = append(f.attrs, f.pending...)
	f.pending = f.pending[:0]
}

// forward looks for the content after a cue: "that …", a quote, or a clause. It reports whether
// it found any.
func (f *finder) forward(a *attr, idx, after, send int, mode int) bool {
	toks := f.toks
	if after >= send {
		return false
	}
	if f.punct(after, ':') && after+1 == send && f.openMark(after+1) {
		// "Smith continued:" at the end of a paragraph, the quote opening the next
		f.claim(int(toks[after+1].q-1), idx, 1)
		return true
	}
	if after+2 < send && f.punct(after, ',') && f.toks[after+1].has(cSkip) && f.punct(after+2, ',') {
		after += 2 // "acknowledged, however, …"
	}
	weak := mode == mWeak
	start := -1
	switch {
	case mode == mMixed:
		start = after
		if f.word(after) == "that" {
			start++
		}
	case f.word(after) == "that":
		start = after + 1
	case f.openMark(after):
		start = after
	case (f.punct(after, ':') || f.punct(after, ',')) && f.openMark(after+1):
		start = after + 1
	case f.punct(after, ':') && after+1 < send:
		start = after + 1
	case f.punct(after, ',') && after+1 < send && toks[after+1].kind == kWord && !ingCues[f.word(after+1)] &&
		mode == mSpeech && toks[a.src.a].flags&fSent != 0 && !f.closeMark(a.src.a-1):
		start = after + 1 // "Rubio says, win or lose, he is staying in the race"
	case toks[after].kind == kWord && !toks[after].has(cPrep|cTime|cSkip) && !weak:
		start = after
	case toks[after].kind == kWord && weak && (toks[after].has(cPronoun|cDet) || toks[after].cap()) && f.word(after) != "that":
		start = after
	case toks[after].kind == kWord && toks[after].has(cPrep|cTime|cSkip):
		// an adjunct ("on Monday", "in a statement"): look a little further for "that" or a quote
		for k := after; k < send && k < after+10; k++ {
			if f.word(k) == "that" {
				start = k + 1
				break
			}
			if (f.punct(k, ',') || f.punct(k, ':')) && f.openMark(k+1) {
				start = k + 1
				break
			}
			if toks[k].kind != kWord {
				break
			}
		}
	}
	if start < 0 && mode != mWeak && toks[after].kind == kWord {
		// no clause opens here, but a quoted fragment later in the sentence makes it a mixed quote:
		// "told his supporters at a rally to “go and vote”"
		for k := after; k < send; k++ {
			if f.openMark(k) && f.dq[f.toks[k].q-1].attr == 0 && !f.titleCase(&f.dq[f.toks[k].q-1]) {
				start = after
				break
			}
		}
	}
	if start < 0 || start >= send {
		return false
	}
	end := min(send, start+maxClause)
	for k := start + 1; k < end; k++ {
		if f.punct(k, ',') && k+1 < send && ingCues[f.word(k+1)] {
			end = k
			break
		}
		if f.punct(k, ',') && k+2 < send && toks[k+1].has(cPronoun) && toks[k+2].has(cSpeech) {
			end = k // "… because “…,” she said"
			break
		}
		if w := f.word(k); (w == "and" || w == "but") && k+1 < send && toks[k+1].has(cSpeech|cMixed) &&
			!toks[k+1].cap() {
			end = k // "called the plan a failure and said …": the second cue reports the rest
			if f.punct(k-1, ',') {
				end--
			}
			break
		}
	}
	for end > start && (toks[end-1].kind == kPunct && !isPunct(f.text, toks[end-1], ')') ||
		toks[end-1].kind == kMark && toks[end-1].q == 0) {
		end--
	}
	if end <= start {
		return false
	}
	if f.openMark(start) {
		q := int(toks[start].q - 1)
		d := &f.dq[q]
		rest := 0
		for k := d.close + 1; d.close >= 0 && k < end; k++ {
			if toks[k].kind == kWord {
				rest++
			}
		}
		if rest < 3 {
			f.claim(q, idx, 1)
			return true
		}
	}
	if f.wordsIn(start, end) < 2 {
		return false
	}
	a.content = Span{int(toks[start].s), int(toks[end-1].e)}
	for k := start; k < end; k++ {
		if f.openMark(k) {
			a.mixed = true
			f.dq[toks[k].q-1].absorbed = true
		}
	}
	return true
}

// backwardQuote claims a direct quote that closes right before the speaker phrase.
func (f *finder) backwardQuote(idx, before int) bool {
	b := before
	if f.punct(b, ',') {
		b--
	}
	if f.closeMark(b) && f.toks[b+1].flags&fPara == 0 {
		f.claim(int(f.toks[b].q-1), idx, 2)
		return true
	}
	return false
}

// backward looks for the content before the speaker phrase: "…," X said.
func (f *finder) backward(a *attr, idx, before, after, send int) {
	toks := f.toks
	if f.backwardQuote(idx, before) {
		return
	}
	if !f.punct(before, ',') && !f.dash(before) {
		return
	}
	if s := max(sentStart(toks, before), before-maxClause); f.punct(after, ',') && !ingCues[f.word(after+1)] &&
		f.wordsIn(after+1, min(send, after+8)) >= 3 && !f.openMark(after+1) && s < before && !f.closeMark(before-1) {
		// "Lenox was a giant, Mr. Clarke said, until it went bankrupt": an insert reports the words
		// on both sides, as two fragments
		f.clause(a, f.afterDateline(s, before), before)
		rest := attr{src: a.src, cue: a.cue, cueTok: a.cueTok, ent: -1}
		f.clause(&rest, after+1, send)
		f.pending = append(f.pending, rest)
		return
	}
	// the cue must end its clause: nothing but a short adjunct may follow
	k := after
	for ; k < send && k < after+8; k++ {
		if f.punct(k, ',') || f.word(k) == "that" || f.openMark(k) {
			break
		}
	}
	s := max(sentStart(toks, before), before-maxClause)
	if s >= before {
		return
	}
	words := 0
	for m := s; m < before; m++ {
		if toks[m].kind == kWord {
			words++
		}
	}
	if words < 3 {
		return
	}
	if k < send && !f.punct(k, ',') {
		return
	}
	s = f.afterDateline(s, before)
	a.content = Span{int(toks[s].s), int(toks[before-1].e)}
	for m := s; m < before; m++ {
		if f.openMark(m) {
			a.mixed = true
			f.dq[toks[m].q-1].absorbed = true
		}
	}
}

// according handles "according to X".
func (f *finder) according(i int) {
	toks := f.toks
	send := sentEnd(toks, i)
	src, ok := phraseFwd(f.text, toks, i+2, send)
	if !ok {
		// any short phrase up to the next punctuation: "according to exchange data"
		k := i + 2
		for k < send && k < i+10 && toks[k].kind == kWord {
			k++
		}
		if k == i+2 || k == i+10 || k < send && !f.punct(k, ',') && !f.punct(k, '.') {
			return
		}
		src, ok = phrase{a: i + 2, b: k - 1, na: -1, nb: -1, kind: pDesc}, true
	}
	if n := src.b + 1; f.punct(n, ',') && src.kind == pDesc {
		// "according to the harbour master, Rui Costa, …"
		if q, ok := phraseFwd(f.text, toks, n+1, send); ok && q.kind == pName && f.punct(q.nb+1, ',') {
			src.b, src.na, src.nb, src.kind = q.nb, q.na, q.nb, pName
		}
	}
	a := attr{src: src, cue: Span{int(toks[i].s), int(toks[i+1].e)}, cueTok: i, ent: -1}
	idx := len(f.attrs)
	after := src.b + 1
	if f.punct(after, ',') && (toks[i].flags&fSent != 0 || i > 0 && toks[i-1].flags&fSent != 0 && toks[i-1].has(cStop)) {
		if f.forward(&a, idx, after+1, send, mSpeech) {
			f.attrs = append(f.attrs, a)
		}
		return
	}
	f.backward(&a, idx, i-1, after, send)
	f.attrs = append(f.attrs, a)
	f.attrs = append(f.attrs, f.pending...)
	f.pending = f.pending[:0]
}

// ing handles "…, adding that …": the speaker is that of the attribution just before, in the
// same sentence.
func (f *finder) ing(i int) {
	if !f.punct(i-1, ',') {
		return
	}
	s := sentStart(f.toks, i)
	var src phrase
	if n := len(f.attrs); n > 0 && f.attrs[n-1].cueTok >= s {
		src = f.attrs[n-1].src
	} else if p, ok := phraseFwd(f.text, f.toks, s, i); ok {
		// "Clinton mocked the complaint, saying …": the subject of the sentence
		src = p
	} else {
		return
	}
	a := attr{src: src, cue: Span{int(f.toks[i].s), int(f.toks[i].e)}, cueTok: i, ent: -1}
	if f.forward(&a, len(f.attrs), i+1, sentEnd(f.toks, i), mSpeech) {
		f.attrs = append(f.attrs, a)
	}
}

// transcript handles a paragraph that opens with a speaker's name in capitals and a colon, as
// transcripts of interviews and debates do: "SMITH: We will win." The rest of the paragraph is
// what the speaker said.
func (f *finder) transcript(i int) {
	toks := f.toks
	lead := -1
	if f.openMark(i) {
		lead, i = i, i+1
	}
	k := i
	for ; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.kind == kWord && allCaps(f.text[t.s:t.e]) || t.kind == kPunct && t.flags&fAbbr != 0 && k > i {
			continue
		}
		break
	}
	if k == i || k+1 >= len(toks) || !f.punct(k, ':') || toks[k+1].flags&fPara != 0 {
		return
	}
	end := k + 1
	for end+1 < len(toks) && toks[end+1].flags&fPara == 0 {
		end++
	}
	a := attr{src: phrase{a: i, b: k - 1, na: i, nb: k - 1, kind: pName}, cue: Span{int(toks[k].s), int(toks[k].e)},
		cueTok: k, ent: -1, content: Span{int(toks[k+1].s), int(toks[end].e)}}
	if lead >= 0 {
		f.dq[toks[lead].q-1].absorbed = true
	}
	for m := k + 1; m <= end; m++ {
		if f.openMark(m) {
			a.mixed = true
			f.dq[toks[m].q-1].absorbed = true
		}
	}
	f.attrs = append(f.attrs, a)
}

// allCaps reports whether w has two or more letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// clause makes tokens [start, end) the content of a, less the punctuation that ends it, and
// absorbs the direct quotes inside it into a mixed quote.
func (f *finder) clause(a *attr, start, end int) {
	toks := f.toks
	end = min(end, start+maxClause)
	for end > start && (toks[end-1].kind == kPunct && !isPunct(f.text, toks[end-1], ')') ||
		toks[end-1].kind == kMark && toks[end-1].q == 0) {
		end--
	}
	if end <= start {
		return
	}
	a.content = Span{int(toks[start].s), int(toks[end-1].e)}
	for k := start; k < end; k++ {
		if f.openMark(k) {
			a.mixed = true
			f.dq[toks[k].q-1].absorbed = true
		}
	}
}

// verbLike reports whether a cue that may be a noun reads as a verb after the phrase src: the
// phrase is a pronoun, a name with no article, or a description the lexicon knows.
func (f *finder) verbLike(src phrase) bool {
	toks := f.toks
	switch src.kind {
	case pPronoun:
		return true
	case pName:
		w := f.word(src.a)
		return w != "a" && w != "an" && w != "A" && w != "An" && !isPossessive(f.word(src.b))
	}
	return toks[src.b].has(cDesc|cPlural|cOrg) && !toks[src.b].has(cNoun)
}

// afterDateline skips a wire dateline at the start of the sentence at s ("GENEVA, Nov 6
// (Northline) - "): a word in capitals, then a dash within a dozen tokens.
func (f *finder) afterDateline(s, end int) int {
	if !allCaps(f.word(s)) {
		return s
	}
	for k := s + 1; k < end && k < s+14; k++ {
		if f.dash(k) || f.punct(k, '-') && f.toks[k].flags&fSpace != 0 {
			if k+1 < end {
				return k + 1
			}
			return s
		}
	}
	return s
}

// quoteBefore returns the closing mark of a direct quote that ends at most a dozen words before
// token j, with only words between, or -1.
func (f *finder) quoteBefore(j int) int {
	for k := j; k >= 0 && k > j-13; k-- {
		t := f.toks[k]
		switch {
		case f.closeMark(k):
			return k
		case t.kind == kWord && !t.has(cSpeech):
		case t.kind == kPunct && (t.flags&fAbbr != 0 || f.punct(k, '-') || f.punct(k, '(') || f.punct(k, ')')):
		case f.punct(k, ',') && k > 0 && f.closeMark(k-1):
		default:
			return -1
		}
		if t.flags&fPara != 0 {
			return -1
		}
	}
	return -1
}

// headlineCue reports whether the capitalised cue at i ends a title-case headline after a name:
// "Clinton Hid Health Problems, Former Doctor Says".
func (f *finder) headlineCue(i int) bool {
	n := i + 1
	if f.punct(n, '.') {
		n++
	}
	return i > 0 && f.toks[i-1].cap() && (n >= len(f.toks) || f.toks[n].flags&fPara != 0)
}

// endsSentence reports whether the direct quote closing at token b (or at b-1 before a comma)
// ends with a full stop, so that it is a sentence of its own rather than the content of a cue
// after it.
func (f *finder) endsSentence(b int) bool {
	if f.punct(b, ',') {
		return false
	}
	if !f.closeMark(b) || b == 0 {
		return false
	}
	return f.punct(b-1, '.')
}

// isAdverb reports whether w looks like an adverb of manner: "cynically", "angrily".
func isAdverb(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ly" && w != "only" && w != "family" && w != "ally"
}

// wordsIn counts the words in tokens [a, b).
func (f *finder) wordsIn(a, b int) int {
	n := 0
	for ; a < b; a++ {
		if f.toks[a].kind == kWord {
			n++
		}
	}
	return n
}

// dash reports whether token i is a dash.
func (f *finder) dash(i int) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != kPunct {
		return false
	}
	switch f.text[f.toks[i].s:f.toks[i].e] {
	case "—", "–", "―":
		return true
	}
	return false
}
