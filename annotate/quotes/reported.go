// Reported clauses: the content a cue attributes. After the cue it is a direct quote ("X said:
// “…”"), or the clause to the end of the sentence without its complementiser ("X said (that) …");
// before the speaker it is the quote or clause that the attribution closes ("“…,” X said", "…, X
// said."); an inserted attribution ("A, X said, B") reports the words on both sides.
//
// It does not find cues or speakers; see cues.go and speakers.go.
package quotes

import "strings"

// maxClause is the most tokens a reported clause may hold. Real clauses are far shorter; the
// bound keeps the work linear on text without sentence ends.
const maxClause = 160

// forward looks for the content after a cue: "that …", a quote, or a clause. It reports whether
// it found any.
func (f *finder) forward(a *attr, idx, after, send int, mode int) bool {
	toks := f.toks
	if after >= send {
		return false
	}
	if f.punct(after, ',') && manner.get(f.word(after+1)) {
		return false // "…, the sources said, speaking on condition of anonymity": how, not what
	}
	if f.punct(after, ':') && after+1 == send && f.openMark(after+1) {
		// "Smith continued:" at the end of a paragraph, the quote opening the next
		f.claim(int(toks[after+1].q-1), idx, 1)
		return true
	}
	if after+2 < send && f.punct(after, ',') && f.toks[after+1].has(cSkip) && f.punct(after+2, ',') {
		after += 2 // "acknowledged, however, …"
	}
	if w := f.word(after + 1); f.punct(after, ',') && (w == "but" || w == "and") && f.openMark(after+2) {
		f.claim(int(toks[after+2].q-1), idx, 1) // "“…,” he said, but “…”"
		return true
	}
	if w := f.word(after); subordinators.get(w) || w == "when" && (f.word(after+1) == "asked" || sayWords.get(f.word(a.cueTok))) {
		return false // "said while he entered the talks", "said when asked": the time of speaking
	}
	weak := mode == mWeak
	start := -1
	if toks[a.cueTok].has(cIntend) {
		// "vowed to fight on", "wants voters to know that …": the infinitive, with its subject
		if k := f.infinitive(after, send); k >= 0 {
			start = after
		} else if mode == mIntend {
			return false
		}
	}
	switch {
	case start >= 0:
	case mode == mMixed && toks[after].kind == kWord && f.word(after) != "of" && f.word(after) != "by" && !placePreps.get(f.word(after)):
		start = after // not "people accused of rape" nor "candidates backed by donors", participles
		if f.word(after) == "that" {
			start++
		}
	case f.word(after) == "that" && finiteVerbs.get(f.word(after+1)):
		start = after // "said that was wrong": a demonstrative subject, no complementiser
	case f.word(after) == "that":
		start = after + 1
		if f.punct(start, ',') && start+1 < send && f.toks[start+1].kind == kWord {
			start++ // "said that, because the pier was shut, …": the clause opens after the comma
		}
	case f.openMark(after):
		start = after
	case (f.punct(after, ':') || f.punct(after, ',')) && f.openMark(after+1):
		start = after + 1
	case f.punct(after, ':') && after+1 < send:
		start = after + 1
	case f.punct(after, ',') && after+1 < send && toks[after+1].kind == kWord && !ingCues.get(f.word(after+1)) &&
		mode == mSpeech && toks[a.src.a].flags&fSent != 0 && !f.closeMark(a.src.a-1):
		start = after + 1 // "Rubio says, win or lose, he is staying in the race"
	case toks[after].kind == kWord && !toks[after].has(cPrep|cTime|cSkip) && !weak:
		start = after
	case toks[after].kind == kWord && weak && (toks[after].has(cPronoun|cDet) || toks[after].cap()) && f.word(after) != "that":
		start = after
	case demonstratives.get(f.word(after)) && finiteVerbs.get(f.word(after+1)):
		start = after // "said this was the last chance": a subject, not "this week"
	case weak && f.word(after) == "there" && finiteVerbs.get(f.word(after+1)):
		start = after // "believes there is no easy answer"
	case toks[after].kind == kWord && weak && !toks[after].has(cStop|cPrep|cTime|cSkip) && f.finiteWithin(after+1, send):
		start = after // "strategists think women are likely to …": a clause with its verb
	case toks[after].kind == kWord && toks[after].has(cPrep|cTime|cSkip):
		// an adjunct ("on Monday", "in a statement", "to reporters"): look a little further for
		// "that" or a quote; "to" before a verb ("continue to push") opens no adjunct
		if f.word(after) == "to" && after+1 < send && toks[after+1].kind == kWord && !toks[after+1].cap() &&
			!toks[after+1].has(cDet|cDesc|cPlural|cOrg) && !objectPronouns.get(f.word(after+1)) {
			break
		}
		for k := after; k < send && k < after+14; k++ {
			if f.word(k) == "that" {
				start = k + 1
				if finiteVerbs.get(f.word(k + 1)) {
					start = k // "said on Monday that was wrong"
				}
				break
			}
			if f.punct(k, ',') && k > after && k+1 < send && (toks[k+1].cap() && toks[k-1].cap() || f.word(k+1) == "that") {
				continue // "says at a stop in Toledo, Ohio, that …"
			}
			if n := f.thatAfterAdjunct(k+1, send); f.punct(k, ',') && k > after && n > 0 {
				start = n + 1 // "said on Monday, after a long meeting with the unions, that …"
				break
			}
			if k > after+1 && whWords.get(f.word(k)) && f.word(k) != "about" && f.word(k) != "when" && mode == mSpeech {
				start = k // "explained to reporters why the pier closed"
				break
			}
			if (f.punct(k, ',') || f.punct(k, ':')) && f.openMark(k+1) {
				start = k + 1
				break
			}
			if toks[k].kind != kWord {
				break
			}
			if k > after && k < after+4 && toks[k-1].has(cTime) && mode == mSpeech && !toks[k].has(cTime|cPrep) &&
				(toks[k].has(cPronoun|cDet) || possessives.get(f.word(k)) || toks[k].cap()) && toks[k].flags&fSent == 0 {
				start = k // "said Tuesday his actions were lawful", "said on Monday the plan …"
				break
			}
			if k > after+1 && k < after+6 && toks[k].has(cPronoun) && !toks[k].cap() && mode == mSpeech &&
				!toks[k-1].has(cPrep|cDet) && (f.word(k) != "it" || finiteVerbs.get(f.word(k+1))) && !timeClause.get(f.word(k-1)) ||
				k > after+1 && k < after+6 && mode == mSpeech && toks[k].has(cDet) && !toks[k].has(cStop) &&
					!toks[k-1].has(cPrep|cDet|cStop) && f.finiteWithin(k+1, send) {
				// "said after the convention he would not accept it": the clause opens with its
				// subject right after a short adjunct
				start = k
				break
			}
		}
	}
	if start < 0 && mode != mWeak && toks[after].kind == kWord {
		// no clause opens here, but a quoted fragment later in the sentence makes it a mixed quote:
		// "told his supporters at a rally to “go and vote”"
		for k := after; k < send; k++ {
			if toks[k].kind == kWord {
				continue // neither rule below starts at a word
			}
			if (f.punct(k, ',') || f.closeMark(k) && f.punct(k-1, ',')) && k+1 < send && (ingCues.get(f.word(k+1)) || toks[k+1].has(cProg)) {
				break // "said on the radio, adding, “…”": the -ing cue reports the quote after it
			}
			if f.openMark(k) && f.dq[f.toks[k].q-1].attr == 0 && !f.titleCase(&f.dq[f.toks[k].q-1]) {
				start = after
				break
			}
		}
	}
	if start < 0 || start >= send {
		return false
	}
	end := f.clauseEnd(start, send)
	for end > start && (toks[end-1].kind == kPunct && !isPunct(f.text, &toks[end-1], ')') && !isPunct(f.text, &toks[end-1], '%') ||
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
			if w := f.word(k); (k == d.close+1 || k == d.close+2 && f.punct(d.close+1, ',')) && (w == "and" || w == "but") &&
				(k+1 == len(toks) || !toks[k+1].has(cDet)) {
				break // "chanted “Open the pier!” and kept going", "said: “No”, and left": the quote, then another act
			}
			if toks[k].kind == kWord {
				rest++
			}
		}
		if rest > 0 && start == after && d.words > 1 && f.titleCase(d) && !f.punct(d.close-1, '.') && !f.punct(d.close-1, ',') {
			return false // "wrote “The Long Road Home” in 1990": the title of a work, not words said
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
			f.absorb(a, k)
		}
	}
	return true
}

// demonstratives are the words that open a clause as its subject before a finite verb ("this
// was the last chance"), and an adjunct of time elsewhere ("this week").
var demonstratives = setOf(`this these those`)

// sourceAhead reports whether a speaker phrase opens at token k and a verb of saying, belief or
// naming follows it at once: "records show", "officials say", "rivals call it …".
func (f *finder) sourceAhead(k, send int) bool {
	toks := f.toks
	for n := k + 1; n < send && n < k+6; n++ {
		t := &toks[n]
		if t.kind != kWord {
			return false
		}
		if t.has(cSpeech|cThink|cMixed) && !t.cap() {
			p, ok := phraseBack(f.text, toks, n-1)
			return ok && p.a == k && p.kind != pPronoun
		}
	}
	return false
}

// thatAfterAdjunct returns the "that" after a second adjunct that opens at token k with a
// preposition, a word of time or a participle, and a comma closes within a dozen words: "said on
// Monday, after a long meeting with the unions, that …", "said in its annual report, published
// on Thursday, that …"; else -1.
func (f *finder) thatAfterAdjunct(k, send int) int {
	if k >= send || f.toks[k].kind != kWord || !(f.toks[k].has(cPrep) || timeClause.get(f.word(k)) || participle(f.word(k))) {
		return -1
	}
	for n := k + 1; n < send && n < k+16; n++ {
		if f.punct(n, ',') {
			if f.word(n+1) == "that" {
				return n + 1
			}
			return -1
		}
		if f.toks[n].kind != kWord && f.toks[n].flags&fAbbr == 0 {
			return -1
		}
	}
	return -1
}

// sayWords are the plain verbs of saying, after which "when" tells the time of speaking ("said
// when she resigned"), not a question.
var sayWords = setOf(`said says say told tells`)

// timeClause are the words that open a clause of time or manner after a cue and its adjunct:
// "said Friday as he entered the talks".
var timeClause = setOf(`as when while after before because until since`)

// placePreps open an adjunct of place or time, never the object of a verb that reports what
// someone said of something: "25 percent support in the latest poll".
var placePreps = setOf(`in at during from through near inside outside via after before while`)

// subordinators open a clause of time or reason after a cue, which says when or why the words
// were said, not what they were.
var subordinators = setOf(`while because until whenever`)

// infinitive returns the token of "to" that opens an infinitive at k, or after a short object
// there ("voters to know", "him to resign"), or -1.
func (f *finder) infinitive(k, send int) int {
	toks := f.toks
	to := func(k int) bool { return f.toVerb(k, send) }
	if to(k) {
		return k
	}
	if k < send && objectPronouns.get(f.word(k)) && to(k+1) {
		return k + 1
	}
	if o, ok := phraseFwd(f.text, toks, k, send); ok && o.b < k+6 && to(o.b+1) {
		return o.b + 1
	}
	return -1
}

// clauseEnd returns the end of a reported clause that opens at start: the sentence's end, or
// an -ing cue, a second cue or an inserted attribution that reports what follows.
func (f *finder) clauseEnd(start, send int) int {
	toks := f.toks
	end := min(send, start+maxClause)
scan:
	for k := start + 1; k < end; k++ {
		// each rule below starts at a closing mark, a comma or a word; the switch asks only the
		// rules of token k's kind
		switch t := &toks[k]; t.kind {
		case kMark:
			if f.closeMark(k) && f.punct(k-1, ',') && k+1 < send && toks[k+1].has(cSpeech) && !toks[k+1].cap() {
				end = k + 1 // "despite admitting that he had “doubts,” said the vote …": the sentence's own cue
				break scan
			}
		case kPunct:
			if t.q == 0 && f.text[t.s] == ';' && f.sourceAhead(k+1, send) {
				end = k // "calls it her “duty”; rivals call it vanity": another source's report
				break scan
			}
			if t.q != 0 || f.text[t.s] != ',' {
				continue // words inside a quotation are the speaker's, never a cue of the writer's
			}
			if w := f.word(k + 1); (w == "without" || w == "after" || w == "before") && isIng(f.word(k+2)) {
				end = k // "…, without giving details": what the speaker did, in the writer's words
				break scan
			}
			if k+1 < send && (ingCues.get(f.word(k+1)) || toks[k+1].has(cProg) || f.goingOnTo(k+1)) {
				end = k
				break scan
			}
			if k+2 < send && toks[k+1].has(cPronoun) && toks[k+2].has(cSpeech) {
				end = k // "… because “…,” she said"
				break scan
			}
			if w := f.word(k + 1); (w == "and" || w == "but") && f.sourceAhead(k+2, send) {
				end = k // "found that the boats were old, and records show …": another source's report
				break scan
			}
		case kWord:
			if t.q != 0 {
				continue
			}
			w := f.text[t.s:t.e]
			if (w == "saying" || w == "stating") && f.word(k+1) == "that" {
				end = k // "posted messages saying that …": the participle reports what follows
				break scan
			}
			if w == "but" && k+2 < send && toks[k+1].has(cPronoun) && !objectPronouns.get(f.word(k+1)) &&
				f.closeMark(k-1) && f.punct(k-2, ',') {
				end = k // "promising lower fares and “boats,” but she has also warned …": the writer's clause after the quote
				break scan
			}
			if (w == "and" || w == "but") && k+1 < send && toks[k+1].has(cSpeech|cMixed) && !toks[k+1].cap() {
				end = k // "called the plan a failure and said …": the second cue reports the rest
				if f.punct(k-1, ',') {
					end--
				}
				break scan
			}
		}
	}
	return end
}

// finiteVerbs are auxiliaries and copulas that mark a finite clause.
var finiteVerbs = setOf(`is are was were has have had will would can could should may might must did
	does do`)

// finiteWithin reports whether a finite auxiliary or copula follows within three words of k,
// with only words before it: "women are likely", "the bill would pass".
func (f *finder) finiteWithin(k, send int) bool {
	for n := 0; n < 3 && k < send && f.toks[k].kind == kWord; n, k = n+1, k+1 {
		if finiteVerbs.get(f.word(k)) {
			return true
		}
	}
	return false
}

// toVerb reports whether token k is "to" before a verb: "to sell", not "to the council".
func (f *finder) toVerb(k, send int) bool {
	toks := f.toks
	if k+1 >= send || f.word(k) != "to" || toks[k+1].kind != kWord || toks[k+1].cap() ||
		toks[k+1].has(cDet|cPronoun|cTime|cDesc|cPlural|cOrg) || objectPronouns.get(f.word(k+1)) {
		return false
	}
	w := f.word(k + 1)
	for _, s := range [...]string{"ers", "ors", "ists", "ians"} {
		if strings.HasSuffix(w, s) {
			return false // "told the story to reporters": people, no verb
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
		if q := int(f.toks[b].q - 1); f.dq[q].attr != 0 && b == before && f.toks[b+1].flags&fSent != 0 && f.endsSentence(b) {
			return false // "She said: “I did nothing wrong.” Her lawyer agreed.": the quote is hers
		}
		if o := f.dq[f.toks[b].q-1].open; b == before && o > 0 && f.toks[o-1].kind == kWord && f.toks[o-1].has(cDet) &&
			f.toks[b-1].kind == kWord {
			return false // "The ‘rebel’ MPs said": a quoted word in the speaker's phrase, no “…,” before it
		}
		f.claim(int(f.toks[b].q-1), idx, 2)
		return true
	}
	return false
}

// backward looks for the content before the speaker phrase: "…," X said.
func (f *finder) backward(a *attr, idx, before, after, send int) {
	toks := f.toks
	if f.backwardQuote(idx, before) {
		f.subjectQuote(a, before)
		return
	}
	if f.word(before) == "as" && f.punct(before-1, ',') {
		before-- // "…, as police have said."
	}
	if !f.punct(before, ',') && !f.dash(before) {
		return
	}
	if f.punct(after, ',') && relatives.get(f.word(after+1)) {
		// "And the mayor, said Lee, who knows him well, never forgets": over the relative clause
		// that describes the speaker, to what follows it, if anything
		for k := after + 2; k < send; k++ {
			if f.punct(k, ',') {
				after = k
				break
			}
		}
	}
	if s := max(sentStart(toks, before), before-maxClause); f.punct(after, ',') && !ingCues.get(f.word(after+1)) &&
		!writerClauses.get(f.word(after+1)) && !f.goingOnTo(after+1) && !manner.get(f.word(after+1)) &&
		!relatives.get(f.word(after+1)) &&
		(f.wordsIn(after+1, min(send, after+8)) >= 3 || finiteVerbs.get(f.word(after+1)) && f.wordsIn(after+1, send) >= 2) &&
		!f.openMark(after+1) && s < before && !f.closeMark(before-1) {
		// "Lenox was a giant, Mr. Clarke said, until it went bankrupt": an insert reports the words
		// on both sides, as two fragments
		f.clause(a, f.afterDateline(s, before), before)
		rest := attr{src: a.src, cue: a.cue, cueTok: a.cueTok, ent: -1}
		f.clause(&rest, after+1, send)
		f.pending = append(f.pending, rest)
		return
	}
	if s := max(sentStart(toks, before), before-maxClause); f.punct(after, ',') && f.openMark(after+1) &&
		s < before && !f.closeMark(before-1) && f.wordsIn(s, before) >= 3 {
		// "As for the attacks, she said, “The vetting is over.”": the words before and the quote
		f.clause(a, f.afterDateline(s, before), before)
		f.claim(int(toks[after+1].q-1), idx, 1)
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
			f.absorb(a, m)
		}
	}
}

// subjectQuote makes a mixed quote of the clause whose predicate a quote closing at before (or
// before a comma there) completes, when the writer's words open that clause: in "The pier “has
// never been safer,” she said" or "On the quay, “nobody came,” he said" the speaker says the
// whole clause, part in quotation marks. A quote that opens its sentence, or follows a colon or
// another cue, stays direct.
func (f *finder) subjectQuote(a *attr, before int) {
	toks := f.toks
	b := before
	if f.punct(b, ',') {
		b--
	}
	d := &f.dq[toks[b].q-1]
	o := d.open
	if d.cont || toks[o].flags&fSent != 0 || o < 1 {
		return
	}
	s := sentStart(toks, o)
	p := &toks[o-1]
	first := o + 1
	if first >= len(toks) || toks[first].kind != kWord || toks[first].cap() || toks[s].kind != kWord || !toks[s].cap() {
		return // the quote goes on a sentence the writer opened, with a capital
	}
	if strings.ContainsAny(f.text[toks[s].s:toks[o].s], "\r\n") {
		return // a line ends first: a heading or a line of its own
	}
	switch {
	case p.kind == kWord && !p.has(cSpeech|cThink|cMixed|cCue|cIntend|cAttrN|cPrep|cDet):
		// "The pier “has …": the verb's subject before the quote
	case f.punct(o-1, ',') && f.wordsIn(s, o-1) >= 3:
		// "On the quay, “nobody came,”": an adjunct, then a quote that goes on the sentence
	default:
		return
	}
	for k := s; k < o; k++ {
		t := &toks[k]
		if t.kind == kMark || t.kind == kWord && t.has(cSpeech|cThink|cMixed|cCue) || f.punct(k, ':') {
			return // another quote, or a cue of its own, in the writer's words
		}
	}
	f.clause(a, f.afterDateline(s, o), b+1)
}

// absorb makes the quote opening at token k part of reported content a, which it makes a mixed
// quote, unless the quote is the title or name of something ("at a “Harbour Town Forum”
// sponsored by the council"), which the clause names in the writer's words. A name that someone
// called someone is their words: "called the mayor “Lady Tide”", "hailed him as “The Comeback
// Kid”", "nicknamed “King Tom”". In a headline, whose every word is capitalised, a quote in
// capitals is no title for that.
func (f *finder) absorb(a *attr, k int) {
	d := &f.dq[f.toks[k].q-1]
	if d.close > 0 && d.words > 1 && f.toks[k].flags&fSent == 0 && f.titleCase(d) &&
		!f.punct(d.close-1, '.') && !f.punct(d.close-1, ',') && !f.naming(a, k) && !f.headline(k) {
		return
	}
	a.mixed = true
	d.absorbed = true
}

// namingVerbs give someone or something a name: "called her “Lady Tide”".
var namingVerbs = setOf(`call calls called calling dub dubs dubbed dubbing nickname nicknames
	nicknamed label labels labeled labelled labeling labelling brand brands branded branding term
	terms termed`)

// naming reports whether the quote opening at token k is a name given in the words of a's
// speaker: a naming verb before it in the clause (the cue or not), or "as" right before it.
func (f *finder) naming(a *attr, k int) bool {
	if w := f.word(k - 1); w == "as" || w == "and" && f.closeMark(k-2) {
		return true // "as “The Comeback Kid”", "“Miss Tide” and “Lady Quay”"
	}
	for m := k - 1; m >= a.cueTok && m > k-10; m-- {
		if namingVerbs.lower(f.word(m)) {
			return true
		}
	}
	return false
}

// writerClauses open a clause of the writer's after an inserted attribution, which says when
// the words were said: "…, the leaders said on Friday, as they gathered at the gates".
var writerClauses = setOf(`as when after before`)

// clause makes tokens [start, end) the content of a, less the punctuation that ends it, and
// absorbs the direct quotes inside it into a mixed quote.
func (f *finder) clause(a *attr, start, end int) {
	toks := f.toks
	end = min(end, start+maxClause)
	for end > start && (toks[end-1].kind == kPunct && !isPunct(f.text, &toks[end-1], ')') && !isPunct(f.text, &toks[end-1], '%') ||
		toks[end-1].kind == kMark && toks[end-1].q == 0) {
		end--
	}
	if end <= start {
		return
	}
	a.content = Span{int(toks[start].s), int(toks[end-1].e)}
	for k := start; k < end; k++ {
		if f.openMark(k) {
			f.absorb(a, k)
		}
	}
}

// manner are the participles that say how or on what terms a speaker spoke, after the cue and a
// comma: "said, speaking on condition of anonymity", "said, asking not to be named".
var manner = setOf(`speaking asking requesting declining preferring wishing`)

// relatives open a clause that describes the source just named, not more of what it said:
// "…, according to her lawyer, who spoke to the BBC."
var relatives = setOf(`who whose which whom`)

// afterDateline skips a wire dateline at the start of the sentence at s ("GENEVA, Nov 6
// (Northline) - ", "NEW DELHI: "): a word in capitals, then a dash within a dozen tokens or a
// colon within three; or a live blog's time and a dash ("14:05 - ").
func (f *finder) afterDateline(s, end int) int {
	if w := f.word(s); w != "" && isDigit(rune(w[0])) && f.punct(s+1, ':') && f.word(s+2) != "" && isDigit(rune(f.word(s + 2)[0])) {
		// a live blog's time: "14:05 - The Met Office …"
		if k := s + 3; k+1 < end && (f.dash(k) || f.punct(k, '-')) {
			return k + 1
		}
		return s
	}
	if !allCaps(f.word(s)) {
		return s
	}
	for k := s + 1; k < end && k < s+14; k++ {
		if f.punct(k, ':') && k < s+4 && k+1 < end {
			return k + 1 // "NEW DELHI: …"
		}
		if f.dash(k) || f.punct(k, '-') && f.toks[k].flags&fSpace != 0 {
			if k+1 < end {
				return k + 1
			}
			return s
		}
	}
	return s
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
