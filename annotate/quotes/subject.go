// Long subjects: the speaker phrase of a cue that opens its sentence with more than the phrase
// readers in speakers.go take, a head noun with prepositional phrases after it ("Experts on
// arms control and trade said", "A person familiar with the talks says", "Majorities of voters
// in both towns say") or a name with an appositive that holds commas of its own ("Dana Ruiz, a
// teacher from Hull, Quebec, said").
//
// It reads only from the start of the sentence to the cue, and only when no verb stands
// between: the words must read as one noun phrase. It does not find the content; see
// reported.go.
package quotes

import "strings"

// maxLongSubject is the most tokens a long subject may hold.
const maxLongSubject = 20

// subjectPreps are the words that may join a head noun to what qualifies it: "officials from
// both parties", "a person familiar with the talks".
var subjectPreps = setOf(`of in on at for from with to across around inside outside within among
	near familiar close through along behind throughout`)

// openers may stand before a subject at the start of a sentence: "But experts say", "At least
// half of voters say".
var openers = setOf(`but and yet still now`)

// longSubject returns the subject that runs from the start of the sentence to token j, the
// last word before the cue, when those words read as a noun phrase headed by a speaker noun.
func (f *finder) longSubject(j int) (phrase, bool) {
	toks := f.toks
	if j < 0 || toks[j].kind != kWord {
		return phrase{}, false
	}
	s := f.afterDateline(sentStart(toks, j), j)
	if openers.fold(f.word(s)) && s < j {
		s++
	}
	if w := f.word(s); (w == "At" || w == "at") && f.word(s+1) == "least" || approx.fold(w) && numberWord(f.word(s+1)) {
		s++ // "At least half", "Nearly 40 percent"
		if f.word(s) == "least" {
			s++
		}
	}
	if toks[s].has(cPrep) && !toks[s].has(cDet) || subordinators2.fold(f.word(s)) {
		// "In recent days, advisers to the mayor say": the subject follows the opening adjunct,
		// or clause ("Although the mayor lacks a big win, officials from both parties say")
		c := -1
		for k := s + 1; k < j; k++ {
			if f.punct(k, ',') {
				c = k
			}
		}
		if c < 0 {
			return phrase{}, false
		}
		s = c + 1
	}
	if s > j || toks[s].has(cPrep|cPronoun) && !toks[s].has(cDet) {
		return phrase{}, false
	}
	if p, ok := f.appositiveSubject(s, j); ok {
		return p, true
	}
	if j-s > maxLongSubject {
		return phrase{}, false
	}
	head := -1
	for k := s; k <= j; k++ {
		t := &toks[k]
		w := f.word(k)
		switch {
		case t.kind == kPunct && (t.flags&fAbbr != 0 || f.punct(k, '-') || f.punct(k, '&')):
			continue
		case t.kind == kMark && t.q == 0:
			continue // the apostrophe of "voters' views"
		case t.kind != kWord:
			return phrase{}, false
		case finiteVerbs.get(w) || t.has(cSpeech|cThink|cMixed|cIntend) && !t.has(cNoun|cDesc) &&
			!(isIng(w) && k > s && toks[k-1].has(cDet)) || // "the planning" is a noun
			t.has(cPronoun) || w == "who" || w == "which" || w == "that" && k > s:
			return phrase{}, false // a verb or a clause: no plain noun phrase
		case head < 0 && k > s && subjectPreps.get(w):
			head = k - 1
		}
	}
	if head < 0 {
		return phrase{}, false // no qualifier: the phrase readers have had their say
	}
	for head > s && isIng(f.word(head)) {
		head-- // "Residents marching through the streets"
	}
	h := &toks[head]
	if !(h.has(cDesc|cPlural|cOrg|cTitle) || h.cap() && h.flags&fSent == 0 || numberWord(f.word(head)) || fraction(f.word(head)) ||
		quantifiers.fold(f.word(head)) || documents.fold(f.word(head)) || agentive(strings.ToLower(f.word(head)))) {
		return phrase{}, false
	}
	p := phrase{a: s, b: j, na: -1, nb: -1, kind: pDesc}
	if q, ok := phraseBack(f.text, toks, head); ok && q.kind == pName && q.a >= s &&
		!(q.na == q.nb && toks[q.na].flags&fSent != 0 && toks[q.na].has(cDesc|cPlural)) { // not "Supporters of …"
		p.na, p.nb, p.kind = q.na, q.nb, pName // "Judge Ann Cole of the appeals court"
	}
	return p, true
}

// subordinators2 open a clause before the subject of a sentence, which a comma closes:
// "Although the mayor lacks a big win, officials say …".
var subordinators2 = setOf(`although though because if when since unless whereas once while`)

// maxAppositive is the most tokens an appositive subject may hold.
const maxAppositive = 48

// isIng reports whether w is a word in -ing: "marching", "living".
func isIng(w string) bool { return len(w) > 5 && w[len(w)-3:] == "ing" }

// participle reports whether w is a lower-case word in -ed that may open a participle clause:
// "released", "elected".
func participle(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ed" && 'a' <= w[0] && w[0] <= 'z' || irregularParticiples.get(w)
}

// irregularParticiples are past participles that do not end in "-ed" and often open a clause
// that describes a subject: "The aides, led by Terry Sullivan, said".
var irregularParticiples = setOf(`led known made held chosen given taken seen sent hit caught left
	run built born brought told paid`)

// subjectStart returns where the subject of the sentence holding token j may start: after a
// dateline, and after an opening adjunct and its comma ("In a statement, one of the lawyers,
// Justin Reyes, said").
func (f *finder) subjectStart(j int) int {
	toks := f.toks
	s := f.afterDateline(sentStart(toks, j), j)
	if f.openMark(s) {
		// "“…,” Tom Reyes, an engineer, one of the plaintiffs, said": the subject after the quote
		if c := f.dq[toks[s].q-1].close; c > s && c+1 < j {
			s = c + 1
			if f.punct(s, ',') && s+1 < j {
				s++
			}
		}
	}
	if s+2 < j && toks[s].kind == kWord && f.punct(s+1, ',') && (toks[s].has(cSkip) || isAdverb(f.word(s)) ||
		toks[s].has(cStop) && !toks[s].has(cPronoun|cDet)) {
		return s + 2 // "Meanwhile, the union …", "Separately, …"
	}
	if toks[s].kind == kWord && (toks[s].has(cPrep) && !toks[s].has(cDet) || subordinators2.fold(f.word(s))) {
		for k := s + 1; k < j && k < s+12; k++ {
			if f.punct(k, ',') {
				return k + 1
			}
			if toks[k].kind != kWord && toks[k].flags&fAbbr == 0 {
				break
			}
		}
	}
	return s
}

// appositiveSubject reads "Name, a description, with, commas," from token s to the comma at j:
// the name opens the sentence, and a determiner, title, number, relative pronoun or participle
// opens what describes it, which may hold a clause of its own ("Lee Chen, an engineer who has
// studied the bridge for years, said").
func (f *finder) appositiveSubject(s, j int) (phrase, bool) {
	toks := f.toks
	if !f.punct(j, ',') && !f.dashLike(j) && !(f.closeMark(j) && f.punct(j-1, ',')) || j-s > maxAppositive {
		return phrase{}, false
	}
	if q, ok := f.titledName(s, j); ok {
		return q, true // "The Commissioner for Health, Dr Ann Cole, said"
	}
	p, ok := phraseFwd(f.text, toks, s, j)
	if (!ok || p.kind != pName || !f.punct(p.nb+1, ',')) && f.punct(j, ',') &&
		(toks[s].has(cDet) && !toks[s].has(cStop) || f.possessiveWithin(s, j, 3)) {
		// "The couple, who asked not to be named, said", "The union, which represents 3,000
		// dockers, said", "Mr Marsh’s predecessor, who …, told", "The premier, speaking in
		// Victoria, said", "The report, released Tuesday, found": a determiner or an owner and a
		// noun the lexicon need not know, then a relative or participle clause
		for k := s + 1; k < j && k < s+7; k++ {
			if toks[k].flags&fAbbr != 0 && toks[k].kind == kPunct {
				continue // "A senior U.S. official, speaking …"
			}
			if f.punct(k, ',') {
				if w := f.word(k + 1); k > s+1 && (w == "who" || w == "whose" || w == "which" || isIng(w) || participle(w)) {
					return phrase{a: s, b: j - 1, na: -1, nb: -1, kind: pDesc}, true
				}
				break
			}
			if toks[k].kind != kWord || toks[k].has(cStop|cSkip) || toks[k].has(cSpeech|cThink) && !toks[k].has(cNoun) {
				break // a cue verb that is also a noun may head the subject: "The report, published …,"
			}
		}
	}
	if !ok || p.kind != pName || p.nb+2 >= j {
		return phrase{}, false
	}
	if f.dashLike(j) {
		// "Jason Sims — a teacher from Hull — says", "Kall -- co-editor of a book -- said"
		k := p.nb + 1
		for f.punct(k, '-') && f.punct(k+1, '-') && k+2 < j {
			k++
		}
		if !f.dashLike(k) {
			return phrase{}, false
		}
		for m := k + 1; m < j; m++ {
			if t := &toks[m]; t.kind == kMark && t.q != 0 || t.flags&fPara != 0 || f.dash(m) {
				return phrase{}, false
			}
		}
		p.b = j - 1
		for p.b > k && f.punct(p.b, '-') {
			p.b--
		}
		return p, true
	}
	if !f.punct(p.nb+1, ',') {
		return phrase{}, false
	}
	n, w := &toks[p.nb+2], f.word(p.nb+2)
	if n.kind != kWord || !n.has(cDet|cTitle|cNation|cDesc) && !numberWord(w) && w != "who" && w != "whose" &&
		w != "which" && w != "of" && w != "from" && !isIng(w) && !participle(w) { // "Johnnie Wilson, of Springfield, Va., said"
		return phrase{}, false
	}
	for k := p.nb + 2; k < j; k++ {
		if f.openMark(k) && k > p.nb+2 {
			if c := f.dq[toks[k].q-1].close; c > k && c <= j {
				k = c // "Mr. Reyes, citing “the cost of fuel,” said": a quote the appositive holds
				continue
			}
		}
		if t := &toks[k]; t.kind == kMark && t.q != 0 || t.flags&fPara != 0 || f.punct(k, ';') || f.punct(k, ':') {
			return phrase{}, false
		}
	}
	p.b = j - 1
	if f.closeMark(j) {
		p.b = j // the quote's closing mark after its comma
	}
	return p, true
}

// titledName reads an appositive subject from token s to the comma at token j that names an
// office, capitalised or described, and then the person who holds it ("The Commissioner for
// Health, Dr Ann Cole,", "The Minister of State for Health, Mr Tom Reyes,", "A spokesman for the
// Red Cross, Dan Ortiz,"): the phrase is named after the person, the office being their title.
func (f *finder) titledName(s, j int) (phrase, bool) {
	toks := f.toks
	if !f.punct(j, ',') || !f.capTitleIn(s, j) && !toks[s].has(cDet) {
		return phrase{}, false
	}
	p, ok := phraseFwd(f.text, toks, s, j)
	end := p.nb // "The Minister of Health" is a name to phraseFwd, "The Minister of State" not
	if p.kind != pName {
		end = p.b
	}
	if !ok || p.kind == pPronoun || !f.capTitleIn(p.a, end) && !(p.kind == pDesc && f.toks[p.a].has(cDet) && f.toks[p.b].has(cTitle|cDesc)) {
		return phrase{}, false // neither "The Minister of Health" nor "A spokesman for the Red Cross"
	}
	c := end + 1
	for ; c < j && !f.punct(c, ','); c++ {
		if w := f.word(c); toks[c].kind != kWord || !toks[c].cap() && w != "of" && w != "for" && w != "and" && w != "the" {
			return phrase{}, false
		}
	}
	for k := p.a; k < c; k++ {
		if toks[k].has(cFirst) {
			return phrase{}, false // "Senator Lindsey Graham, Republican of South Carolina,": a person first
		}
	}
	q, ok := phraseFwd(f.text, toks, c+1, j)
	if c >= j || !ok || q.kind != pName || q.b != j-1 || !(toks[q.a].has(cHonor) || toks[q.na].has(cFirst) || q.nb > q.na) {
		return phrase{}, false
	}
	for k := q.a; k <= q.b; k++ {
		if toks[k].kind == kWord && !toks[k].cap() {
			return phrase{}, false // a place or party after the office: "Republican of Ohio"
		}
	}
	return phrase{a: p.a, b: j - 1, na: q.na, nb: q.nb, kind: pName}, true
}

// capTitleIn reports whether a capitalised title that is no first name stands among tokens a to
// b: "Minister" in "The Minister of Health".
func (f *finder) capTitleIn(a, b int) bool {
	for k := a; k <= b; k++ {
		if t := &f.toks[k]; t.cap() && t.has(cTitle) && !t.has(cFirst) {
			return true
		}
	}
	return false
}

// maxPrefix is the most tokens a subject read as the whole start of its sentence may hold.
const maxPrefix = 30

// prefixSubject takes the words from the start of the sentence (after a dateline) to token j as
// the subject of a speech verb when they hold no verb of their own: "Other former officers
// with no knowledge of the case but with long service abroad said …". A determiner, a
// capitalised word or a number must open them and a noun end them.
func (f *finder) prefixSubject(j int) (phrase, bool) {
	toks := f.toks
	s := f.afterDateline(sentStart(toks, j), j)
	if openers.fold(f.word(s)) && s < j {
		s++
	}
	if s >= j || j-s > maxPrefix || toks[j].kind != kWord || toks[j].has(cStop|cSkip|cPrep|cTime) {
		return phrase{}, false
	}
	if t := &toks[s]; t.kind != kWord || !(t.has(cDet) && !t.has(cStop) || t.cap() && !t.has(cStop|cPrep|cSkip) || numberWord(f.word(s))) {
		return phrase{}, false
	}
	speaker := false // a word that can name who speaks: "pilots", "Democrats", "two-thirds"
	for k := s; k <= j; k++ {
		t := &toks[k]
		w := f.word(k)
		if t.kind == kWord && (t.has(cDesc|cPlural|cOrg|cTitle) || t.cap() && (k > s || !t.has(cDet|cStop)) || fraction(w) ||
			quantifiers.fold(w) || documents.fold(w) || agentive(strings.ToLower(w))) {
			speaker = true
		}
		switch {
		case t.kind == kMark && t.q == 0, t.flags&fAbbr != 0, f.punct(k, '-'), f.punct(k, '('), f.punct(k, ')'):
		case t.kind != kWord:
			return phrase{}, false
		case finiteVerbs.get(w) || t.has(cSpeech|cThink|cMixed|cIntend|cPronoun) && !t.has(cDesc|cNoun) ||
			w == "who" || w == "which" || w == "that" || w == "whose":
			return phrase{}, false
		case len(w) > 3 && w[len(w)-2:] == "ed" && !(k > s && toks[k-1].has(cDet)) && !t.has(cDesc) && !f.reducedRelative(s, k, j):
			return phrase{}, false // "… chafed at the idea and said": a verb
		}
	}
	if !speaker && j == s+1 && f.plainNoun(j) {
		speaker = true // "The star said", "The actress believes": a determiner and a noun alone
	}
	if !speaker {
		return phrase{}, false // "The keeper's cottage on the point said nothing"
	}
	p := phrase{a: s, b: j, na: -1, nb: -1, kind: pDesc}
	if q, ok := phraseFwd(f.text, toks, s, j+1); ok && q.kind == pName && !f.modifierOpens(q, j) &&
		!(q.nb < j && isPossessive(f.word(q.nb+1))) { // not "Ann" in "Ann Cole’s brief"
		p.na, p.nb, p.kind = q.na, q.nb, pName
	}
	return p, true
}

// modifierOpens reports whether the name q that a subject ending at token j holds is only its
// first word, capitalised because it opens the sentence, and modifies the lower-case nouns after
// it: "Border guards said", "Coast guard volunteers based on the island said", "Market traders
// said", one of the nouns after it naming people in the plural or known to the lexicon. The word must be no first
// name, title or organisation the lexicon knows, and the text must never capitalise it inside a
// sentence, as it would a surname ("Smith aides said" after "Sen. Ann Smith").
func (f *finder) modifierOpens(q phrase, j int) bool {
	toks := f.toks
	s := q.na
	if q.nb != s || s != q.a || s >= j || toks[s].flags&fSent == 0 ||
		toks[s].has(cFirst|cHonor|cTitle|cOrg|cNation|cDesc|cPlural) || isPossessive(f.word(s)) {
		return false
	}
	group := false // a noun after it names a group of people: not "Following initial reports"
	for k := s + 1; k <= j; k++ {
		if toks[k].kind != kWord || toks[k].cap() {
			return false
		}
		group = group || f.groupNoun(k)
	}
	if !group {
		return false
	}
	if f.midCaps == nil {
		f.midCaps = map[string]bool{}
		for k, t := range toks {
			if t.kind == kWord && t.cap() && t.flags&fSent == 0 {
				f.midCaps[f.word(k)] = true
			}
		}
	}
	return !f.midCaps[f.word(s)]
}

// groupNoun reports whether token k is a noun the lexicon knows for speakers or a lower-case
// plural: "guards", "crews", "officials".
func (f *finder) groupNoun(k int) bool {
	w := f.word(k)
	return f.toks[k].has(cDesc|cPlural|cOrg) || len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// reducedRelative reports whether the word in -ed at token k, in a subject that runs from token
// s to token j, opens a participle clause that qualifies the plural noun before it, with a
// preposition or adverb after it: "Fire crews based next door warned", "Residents evacuated
// from the estate said". No "and", "but" or comma may follow, as in "Officials chafed at the
// idea and said", where the word is the verb of a clause of its own.
func (f *finder) reducedRelative(s, k, j int) bool {
	toks := f.toks
	if k <= s || k >= j || toks[k].cap() || toks[j].has(cDet) || j+1 >= len(toks) ||
		!toks[j+1].has(cSpeech|cThink) || toks[j+1].has(cMixed) {
		return false // "the alleged …", "… tuned in to the debate compared with": no verb of saying
	}
	if toks[k-1].kind != kWord || toks[k-1].cap() && toks[k-1].flags&fSent == 0 || !f.groupNoun(k-1) {
		return false
	}
	if !toks[k+1].has(cPrep) && !pureLocative.get(f.word(k+1)) && !isAdverb(f.word(k+1)) && f.word(k+1) != "next" {
		return false
	}
	for m := k + 1; m <= j; m++ {
		if w := f.word(m); w == "and" || w == "but" || w == "or" || f.punct(m, ',') {
			return false
		}
	}
	return true
}

// plainNoun reports whether token j is a lower-case word that reads as a common noun: not a
// word of any class the lexicon gives, nor an adverb, participle or past form by its ending.
func (f *finder) plainNoun(j int) bool {
	t := &f.toks[j]
	w := f.word(j)
	if t.kind != kWord || t.cap() || t.cls != 0 || len(w) < 3 || isPossessive(w) {
		return false
	}
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !isIng(w)
}

// fraction reports whether w names a share of a group: "half", "two-thirds", "three-quarters".
// It is asked of most words before a cue, so it makes no lower-cased copy of an ASCII word.
func fraction(w string) bool {
	if !ascii(w) {
		w = strings.ToLower(w)
	}
	return len(w) >= 4 && (foldSuffix(w, "half") && len(w) == 4 || foldSuffix(w, "majority") && len(w) == 8 ||
		foldSuffix(w, "-thirds") || foldSuffix(w, "-third") || foldSuffix(w, "-quarters") ||
		foldSuffix(w, "-fifths") || foldSuffix(w, "-fourths"))
}

// foldSuffix reports whether w ends in suffix, which is in lower case, with w's ASCII capitals
// folded: strings.HasSuffix(strings.ToLower(w), suffix) for an ASCII w.
func foldSuffix(w, suffix string) bool {
	return len(w) >= len(suffix) && equalFold(suffix, w[len(w)-len(suffix):])
}

// dashLike reports whether token k is a dash or the hyphen that a typed "--" dash ends with.
func (f *finder) dashLike(k int) bool {
	return f.dash(k) || f.punct(k, '-') && f.toks[k].flags&fSpace != 0 || f.punct(k, '-') && f.punct(k-1, '-')
}

// possessiveWithin reports whether one of the n words from token s, before token j, is a
// possessive: "Mr Marsh’s predecessor".
func (f *finder) possessiveWithin(s, j, n int) bool {
	for k := s; k < j && k < s+n; k++ {
		if f.toks[k].kind != kWord {
			return false
		}
		if isPossessive(f.word(k)) {
			return true
		}
	}
	return false
}
