// Stance: attributions that name no source, where the writer reports how things seem, what is
// expected or what is said by no one named: "The senator seemed to waver", "It appears that the
// vote will slip", "The bill is expected to pass", "The firm has reportedly sold two boats",
// "Asked whether …". Each gives the infinitive (or the "that" clause) as one fragment and, when it
// is short, the subject that the verb raises as another ("The bill" and "to pass"), with no
// speaker.
//
// It does not handle "expected" with an agent ("analysts expected the bill to pass"), which is a
// belief cue (cues.go), nor "seem" before an adjective ("seems stable").
package quotes

import "strings"

// raising are the verbs whose subject is not a source: "seemed to", "appears to".
var raising = setOf(`seem seems seemed appear appears appeared`)

// maxSubject is the most words a raised subject may hold to be given as a fragment.
const maxSubject = 10

// passiveStance are participles that, after "be" and with no agent, report an opinion or a
// rumour held by no one named: "is seen as", "was considered", "is said to".
var passiveStance = setOf(`expected seen viewed regarded considered deemed perceived thought
	believed said rumored rumoured known reported`)

// toInfinitive are the participles of passiveStance that report only with "to": "is said to".
var toInfinitive = setOf(`expected thought believed said rumored rumoured known reported`)

// passiveBefore returns the form of "be" before the participle at i, over a negation or an
// adverb or two ("is widely seen", "was not expected"), or -1.
func (f *finder) passiveBefore(i int) int {
	toks := f.toks
	k := i - 1
	for n := 0; n < 2 && k > 0 && (isAdverb(f.word(k)) || f.word(k) == "not" || f.word(k) == "also" ||
		f.word(k) == "still"); n++ {
		k--
	}
	if k < 0 || !passiveAux.get(f.word(k)) || f.word(k) == "being" || f.word(k) == "been" && k > 0 && !passiveAux.get(f.word(k-1)) && !toks[k-1].has(cSkip) {
		return -1
	}
	return k
}

// hearsay are adverbs that attribute the rest of their clause to unnamed sources: "the hackers
// have reportedly infiltrated …".
var hearsay = setOf(`reportedly allegedly purportedly reputedly supposedly`)

// hearsayClause handles an adverb of hearsay at i: the verb phrase after it is one fragment and a
// short subject before it another, with no source.
func (f *finder) hearsayClause(i int) {
	toks := f.toks
	send := sentEnd(toks, i)
	start := i + 1
	for start < send && toks[start].kind == kWord && finiteVerbs.get(f.word(start)) {
		start++ // "reportedly was", "allegedly had been"
	}
	if start >= send || toks[start].kind != kWord || toks[start].cap() || toks[start].has(cDet|cPronoun) {
		return
	}
	end := f.clauseEnd(start, send)
	if f.wordsIn(start, end) < 2 {
		return
	}
	b := bare{cue: Span{int(toks[i].s), int(toks[i].e)}}
	f.bareClause(b, start, end)
	f.subjectFragment(b, i-1, i)
}

// stance handles a raising verb, or "expected" after "be", at i.
func (f *finder) stance(i int) {
	toks := f.toks
	send := sentEnd(toks, i)
	w := f.word(i)
	if hearsay.get(w) {
		f.hearsayClause(i)
		return
	}
	cue := i
	if !raising.get(w) {
		// "is expected to", "are widely expected to", "was not expected to"
		if cue = f.passiveBefore(i); cue < 0 {
			return
		}
	}
	var start int
	switch {
	case f.toVerb(i+1, send):
		start = i + 1
	case passiveStance.get(w) && !toInfinitive.get(w) && i+1 < send && (f.word(i+1) == "as" ||
		toks[i+1].kind == kWord && !toks[i+1].cap() && !toks[i+1].has(cStop|cPrep|cTime) && f.word(i+1) != "by"):
		start = i + 1 // "is widely seen as the favourite", "was considered a long shot"
	case raising.get(w) && f.word(i+1) == "that" && (f.word(i-1) == "it" || f.word(i-1) == "It"):
		start = i + 2 // "it appears that …": no subject
	default:
		return
	}
	if start == i+1 && start+1 < send && toks[start+1].has(cSpeech|cThink|cMixed) {
		// "appeared to suggest that …", "seems to blame": the subject speaks
		f.raisedCue(i, cue, start+1, send)
		return
	}
	end := f.clauseEnd(start, send)
	b := bare{cue: Span{int(toks[cue].s), int(toks[i].e)}}
	f.bareClause(b, start, end)
	if start == i+2 {
		return
	}
	f.subjectFragment(b, cue-1, cue)
}

// subjectFragment records the subject that ends at or before token j, over adverbs and
// auxiliaries, as a fragment of b: a relative pronoun, or a short run of words from the sentence
// start. cue bounds how far back the adverbs may reach.
func (f *finder) subjectFragment(b bare, j, cue int) {
	toks := f.toks
	for j >= 0 && toks[j].kind == kWord && (toks[j].has(cSkip) || finiteVerbs.get(f.word(j))) && !toks[j].has(cPronoun) && j > cue-4 {
		j--
	}
	if j < 0 || toks[j].kind != kWord || toks[j].q != 0 {
		return
	}
	if w := f.word(j); w == "who" || w == "which" || w == "that" {
		f.bareClause(b, j, j+1)
		return
	}
	// the words from the sentence start, or else the speaker-like phrase that ends at j
	s := f.afterDateline(sentStart(toks, j), j)
	if p, ok := phraseBack(f.text, toks, j); ok && (j-s+1 > maxSubject || !f.allWords(s, j+1)) {
		s = p.a
	}
	if j-s+1 > maxSubject || !f.allWords(s, j+1) {
		return
	}
	if j == s && toks[j].has(cPronoun) && !toks[j].has(cMale|cFemale|cPlural) {
		return // "it seems to", "I appear to": no subject worth a fragment
	}
	f.bareClause(b, s, j+1)
}

// raisedCue records the attribution of "X appeared to suggest …": the subject before the cue at
// first, the verb at v, and what follows it.
func (f *finder) raisedCue(i, first, v, send int) {
	toks := f.toks
	j := first - 1
	for j >= 0 && toks[j].kind == kWord && toks[j].has(cSkip) && !toks[j].has(cPronoun) && j > first-3 {
		j--
	}
	src, ok := phraseBack(f.text, toks, j)
	if !ok {
		return
	}
	mode := mSpeech
	if !toks[v].has(cSpeech) {
		mode = mWeak
		if toks[v].has(cMixed) {
			mode = mMixed
		}
	}
	a := attr{src: src, cue: Span{int(toks[first].s), int(toks[v].e)}, cueTok: v, ent: -1}
	if f.forward(&a, len(f.attrs), v+1, send, mode) {
		f.attrs = append(f.attrs, a)
	}
}

// whWords open the question that "asked" reports: "Asked whether she would run, …".
var whWords = setOf(`whether if why what how when where who about`)

// askedClause handles "Asked whether …" or "When asked about …" at i, a participle with no
// subject of its own: the question is the content, and the speaker is named, if at all, after
// the comma, which the cue there reports.
func (f *finder) askedClause(i int) bool {
	toks := f.toks
	send := sentEnd(toks, i)
	if !(toks[i].flags&fSent != 0 || strings.EqualFold(f.word(i-1), "when") || f.punct(i-1, ',')) {
		return false
	}
	k := i + 1
	for k < send && k < i+3 && toks[k].kind == kWord && (toks[k].has(cTime) || f.word(k) == "again" || f.word(k) == "later") {
		k++ // "Asked Tuesday about …"
	}
	if !whWords.get(f.word(k)) && k < send && toks[k].has(cPrep) {
		// "Asked at a briefing on Monday whether …", "when asked by a reporter about …": over a
		// short adjunct to the question
		for m := k + 1; m < send && m < k+9 && toks[m].kind == kWord; m++ {
			if whWords.get(f.word(m)) {
				k = m
				break
			}
		}
	}
	if !whWords.get(f.word(k)) {
		return false
	}
	end := k + 1
	for end < send && !f.punct(end, ',') && !f.punct(end, ';') && !f.dash(end) {
		end++
	}
	if end >= send && toks[i].flags&fSent != 0 {
		return false // "Asked why is a good question."
	}
	f.bareClause(bare{cue: Span{int(toks[i].s), int(toks[i].e)}}, k, end)
	return true
}

// inViews are the nouns of "in his view," and "in the words of X,".
var inViews = setOf(`view words opinion estimation judgment judgement assessment telling mind`)

// inSource handles a sentence that opens with "In" and a source and a comma: "In a poll released
// Monday, 50 percent chose …", "In her view, the plan …". The words after the comma are the
// content.
func (f *finder) inSource(i int) {
	toks := f.toks
	send := sentEnd(toks, i)
	c := -1
	doc, view := false, false
	plain := true // only a determiner and modifiers so far: "In an NBC News/Marist poll"
	for k := i + 1; k < send && k < i+16; k++ {
		if f.punct(k, ',') {
			c = k
			break
		}
		if toks[k].kind != kWord && toks[k].flags&fAbbr == 0 && !f.punct(k, '/') && !f.punct(k, '-') {
			return
		}
		w := strings.ToLower(f.word(k))
		if (k < i+5 || plain) && (w == "poll" || w == "polls" || w == "survey" || w == "surveys" || w == "study" || w == "report") {
			doc = true
		}
		if toks[k].kind == kWord && (toks[k].has(cPrep|cTime|cSpeech|cThink) && !toks[k].has(cDet) || finiteVerbs.get(w)) {
			plain = false // "In the days after the poll": the doc is no head of the phrase
		}
		if k < i+4 && inViews.get(w) {
			view = true
		}
	}
	if c < 0 || c+3 >= send || !doc && !view {
		return
	}
	var src phrase
	switch {
	case view && (possessives.get(f.word(i+1)) || isPossessive(f.word(i+1))):
		// "In her view," "In Okafor's view,"
		src = phrase{a: i + 1, b: i + 1, na: -1, nb: -1, kind: pPronoun}
		if isPossessive(f.word(i + 1)) {
			src.kind, src.na, src.nb = pName, i+1, i+1
		}
	case view && f.word(i+2) == "words" && f.word(i+3) == "of":
		p, ok := phraseFwd(f.text, toks, i+4, c)
		if !ok {
			return
		}
		src = p // "In the words of the mayor,"
	case doc && !view:
		src = phrase{a: i + 1, b: c - 1, na: -1, nb: -1, kind: pDesc}
	default:
		return
	}
	a := attr{src: src, cue: Span{int(toks[i].s), int(toks[i].e)}, cueTok: i, ent: -1}
	if f.forward(&a, len(f.attrs), c+1, send, mSpeech) {
		f.attrs = append(f.attrs, a)
	}
}

// allWords reports whether tokens [a, b) are all words, none of them a speech verb.
func (f *finder) allWords(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].kind != kWord || f.toks[k].has(cSpeech) && !f.toks[k].has(cNoun) {
			return false
		}
	}
	return true
}

// bare is an attribution with no source: what seems or is expected.
type bare struct {
	cue     Span
	content Span
}

// bareClause records tokens [start, end) as a fragment of the sourceless attribution b.
func (f *finder) bareClause(b bare, start, end int) {
	a := attr{}
	f.clause(&a, start, end)
	if a.content.IsZero() {
		return
	}
	b.content = a.content
	f.bare = append(f.bare, b)
}
