// Speakers: the noun phrase that names who speaks, read backwards from a cue ("Kremlin
// spokesman Dmitry Peskov said", "Peskov, a Kremlin spokesman, said", "a senior official said")
// or forwards after it ("said Sen. Elizabeth Warren (D-Mass.)", "according to police").
//
// A phrase is a pronoun, a run of capitalised words with titles and honorifics, or a description
// headed by a role or organisation noun and opened by a determiner. Inside it, the name is the
// last run of capitalised words that are not titles. It does not decide which entity a phrase
// refers to; see entities.go.
package quotes

import "strings"

// Phrase kinds.
const (
	pPronoun uint8 = iota + 1
	pName          // holds a capitalised name
	pDesc          // a description: "the minister", "police", "a senior official"
)

// phrase is a speaker phrase: tokens a..b inclusive, and inside it the name na..nb (na < 0 when
// it holds none).
type phrase struct {
	a, b   int
	na, nb int
	kind   uint8
}

var objectPronouns = setOf(`him her them me us you reporters journalists lawmakers supporters
	listeners viewers members students senators`)

func isPunct(text string, t *token, c byte) bool {
	return t.kind == kPunct && text[t.s] == c
}

// isPossessive reports whether a word ends in 's or ’s.
func isPossessive(w string) bool {
	n := len(w)
	return n > 2 && w[n-1] == 's' && (w[n-2] == '\'' || n > 4 && w[n-4:n-1] == "’")
}

// headOK reports whether word token t can end a speaker phrase.
func headOK(text string, t *token) bool {
	if t.kind != kWord {
		return false
	}
	if t.has(cPronoun) {
		return true
	}
	if isPossessive(text[t.s:t.e]) {
		return false
	}
	if t.cap() && t.flags&fSent == 0 {
		return !t.has(cTime | cStop | cDet) // "the Department of State", "the Post"
	}
	if t.has(cStop|cDet|cSkip|cSpeech|cThink) && !t.has(cDesc) {
		return false
	}
	if t.cap() {
		return !t.has(cTime)
	}
	return t.has(cDesc | cPlural | cOrg)
}

// phraseBack reads a speaker phrase that ends at token j.
func phraseBack(text string, toks []token, j int) (phrase, bool) {
	if j < 0 {
		return phrase{}, false
	}
	end := j
	if isPunct(text, &toks[j], ')') {
		k := j - 1
		for ; k > j-9 && k >= 0 && !isPunct(text, &toks[k], '('); k-- {
		}
		if k <= j-9 || k < 1 {
			return phrase{}, false
		}
		j = k - 1
	}
	h := &toks[j]
	if j > 0 && h.kind == kWord && isDigit(rune(text[h.s])) {
		if w := text[toks[j-1].s:toks[j-1].e]; w == "No" || w == "No." {
			return phrase{a: j - 1, b: j, na: j - 1, nb: j, kind: pName}, true // "No 10", the prime minister's office
		}
	}
	if !headOK(text, h) {
		return descBack(text, toks, j)
	}
	if h.has(cPronoun) {
		if j != end {
			return phrase{}, false
		}
		return phrase{a: j, b: j, na: -1, nb: -1, kind: pPronoun}, true
	}
	k := j
	for k > 0 && toks[k].flags&fPara == 0 {
		u := &toks[k-1]
		ok := false
		switch u.kind {
		case kPunct:
			c := text[u.s]
			ok = c == '.' && u.flags&fAbbr != 0 ||
				(c == '-' || c == '&' || c == '/') && u.flags&fSpace == 0 && toks[k].flags&fSpace == 0
		case kMark:
			// the apostrophe of a plural possessive: "the exporters' association"
			ok = u.q == 0 && u.s > 0 && text[u.s-1] == 's' && u.flags&fSpace == 0
		case kWord:
			w := text[u.s:u.e]
			switch {
			case u.has(cDet):
				if w == "that" || w == "this" || w == "these" || w == "those" || w == "That" || w == "This" {
					goto done
				}
				if k-1 == 0 || !(w == "one" || w == "two") {
					k--
				}
				if k >= 2 && toks[k-1].kind == kWord && text[toks[k-1].s:toks[k-1].e] == "of" &&
					toks[k-2].has(cTitle|cDesc|cOrg) && !toks[k-2].cap() {
					k-- // "the operator of the island ferry"
					continue
				}
				if w == "the" && k >= 2 && text[toks[k-1].s:toks[k-1].e] == "of" && personOf(toks, k-2) {
					k-- // "Chief Jane Doe of the Tsawout First Nation"
					continue
				}
				goto done
			case nameWord(u, w):
				ok = true
			case u.cap() && u.has(cSkip) && !u.has(cStop|cTime) && u.flags&fSent == 0 && toks[k].cap() && toks[k].kind == kWord:
				ok = true // "First" in "the Tsawout First Nation", "First Minister John Swinney"
			case (w == "No" || w == "No.") && toks[k].kind == kWord && isDigit(rune(text[toks[k].s])):
				ok = true // "a No 10 spokesman"
			case particles.get(w) && (toks[k].cap() || particles.get(text[toks[k].s:toks[k].e])) && k-2 >= 0 &&
				(toks[k-2].cap() || particles.get(text[toks[k-2].s:toks[k-2].e])):
				ok = true // "Bill de Blasio"
			case !u.cap() && !u.has(cStop|cSkip|cSpeech|cThink|cMixed|cPrep|cTime) && detWithin(toks, k-1, 3):
				ok = true // "the Russian telecoms regulator"
			case !u.cap() && !u.has(cStop|cSkip|cSpeech|cThink|cMixed|cPrep|cTime) && toks[k].has(cTitle|cDesc) &&
				k-2 >= 0 && toks[k-2].cap() && !toks[k-2].has(cStop):
				ok = true // "Opposition health critic Raj Malhotra"
			case w == "and" && k-2 >= 0 && toks[k].has(cDesc|cPlural) && !toks[k].cap() &&
				toks[k-2].has(cDesc|cPlural|cTitle|cOrg) && !toks[k-2].cap():
				ok = true // "teachers and union officials"
			case w == "of" && k-2 >= 0 && (toks[k].cap() || toks[k].has(cTitle|cOrg)) &&
				(toks[k-2].cap() || toks[k-2].has(cTitle|cDesc)):
				ok = true
			}
		}
		if !ok {
			break
		}
		k--
	}
done:
	for k < j && toks[k].kind != kWord {
		k++
	}
	if k == j && !h.cap() || k > 0 && !toks[k].has(cDet) {
		// "…, political scientists say", "…,” retired general Lloyd Newton said": modifiers the
		// lexicon does not know, back to a comma or a quotation mark
		for m := k - 1; m >= 0 && m >= k-3; m-- {
			u := &toks[m]
			if u.kind != kWord || u.cap() || u.has(cStop|cSkip|cSpeech|cThink|cMixed|cPrep|cTime) {
				if m < k-1 && (isPunct(text, u, ',') || u.kind == kMark) {
					k = m + 1
				}
				break
			}
		}
	}
	if reducedRelative(text, toks, k, j) {
		k = j // "a decision parents called “heartbreaking”": the parents call it
	}
	p := phrase{a: k, b: end, na: -1, nb: -1, kind: pDesc}
	nameRun(text, toks, &p, j)
	if p.kind == pDesc && !toks[j].has(cDesc|cPlural|cOrg) && !groupHead(text, toks, p, j) &&
		!titlesOnly(text, toks, p.a, j) { // "the Chief Justice"
		return phrase{}, false
	}
	return p, true
}

// reducedRelative reports whether the phrase of tokens k to j is a singular determiner and a
// noun, then a plural for people that opens a relative clause without "that" ("a decision parents
// called", "a move critics say …"): "a" cannot go with the plural, so the plural is the subject.
// A quantity between them goes with the plural ("a few residents", "a dozen parents").
func reducedRelative(text string, toks []token, k, j int) bool {
	if j != k+2 || toks[k].kind != kWord || toks[k+1].kind != kWord || toks[k+1].cap() {
		return false
	}
	switch text[toks[k].s:toks[k].e] {
	case "a", "an", "A", "An", "another", "Another", "each", "every":
	default:
		return false
	}
	m := &toks[k+1]
	if m.has(cDesc|cTitle|cOrg|cPlural|cNation|cTime) || quantityNouns.get(text[m.s:m.e]) || isDigit(rune(text[m.s])) {
		return false
	}
	return pluralPeople(text, toks, j)
}

// quantityNouns are the nouns of quantity that "a" opens before a plural: "a few residents".
var quantityNouns = setOf(`few couple dozen handful number hundred thousand million majority
	minority lot pair group crowd host team bunch score total series variety range slew string trio
	quarter third half`)

// personOf reports whether token k, before "of the", ends a person's name: a capitalised word
// inside its sentence that is no organisation or title, after a first name, an honorific or a
// title ("Chief Jane Doe of the Tsawout First Nation", "Ms Lee of the Harbour Trust").
func personOf(toks []token, k int) bool {
	if k < 1 || toks[k].kind != kWord || !toks[k].cap() || toks[k].has(cOrg|cTitle|cStop|cDet) {
		return false
	}
	return toks[k-1].has(cFirst|cHonor|cTitle) && toks[k-1].cap()
}

// particles are the lower-case words inside personal names: "Bill de Blasio", "Ursula von der
// Leyen".
var particles = setOf(`de da di du del della van von der den la le bin bint ibn al el dos das`)

// agentive reports whether w ends like a noun for someone who does something: announcer,
// narrator, economist, historian, the plural too.
func agentive(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, s := range []string{"er", "or", "ist", "ian", "ant", "ent", "eer", "ive"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// documents are nouns for texts that speak in news reports: "the letter said", "the ad says".
var documents = setOf(`letter statement report study survey poll memo filing ad spot clip video post
	tweet article editorial piece book paper message email release complaint lawsuit indictment
	ruling order document documents cable note analysis review audit website site blog column
	commercial campaign platform bill law policy brief motion petition affidavit transcript
	manifesto assessment dossier submission banner sign placard headline caption inscription notice
	draft minutes record records file files`)

// detWithin reports whether a determiner other than "that" or "this" stands at most n words
// before token j, with only words between.
func detWithin(toks []token, j, n int) bool {
	for k := j - 1; k >= 0 && k >= j-n; k-- {
		if toks[k].kind != kWord || toks[k].has(cSpeech|cThink|cSkip) {
			return false
		}
		if toks[k].has(cDet) {
			w := &toks[k]
			return !(w.has(cStop) && !w.has(cPronoun|cMale|cFemale)) // not "that", "this"
		}
	}
	return false
}

// descBack reads a description headed by a noun the lexicon does not know, when a determiner
// opens it within three words: "the announcer", "the ad's narrator".
func descBack(text string, toks []token, j int) (phrase, bool) {
	h := &toks[j]
	if h.kind != kWord || h.cap() || h.has(cStop|cSkip|cDet|cSpeech|cThink|cMixed|cPrep) || isPossessive(text[h.s:h.e]) {
		return phrase{}, false
	}
	w := text[h.s:h.e]
	if len(w) < 3 || w[len(w)-2:] == "ly" || w[len(w)-2:] == "ed" {
		return phrase{}, false
	}
	known := agentive(w) || documents.get(w) || findings.get(w) // else only in "the operator of the ferry"
	if known && w[len(w)-1] == 's' {
		// "…, environmentalists worry that …", "…, but security specialists say …": a bare
		// plural of people who do something, with at most two plain modifiers, opening its
		// sentence or clause
		a := j
		for a > 0 && a > j-2 && toks[a].flags&fSent == 0 && plainModifier(text, &toks[a-1]) {
			a--
		}
		if a == 0 || toks[a].flags&fSent != 0 || toks[a-1].kind != kWord || text[toks[a-1].s:toks[a-1].e] == "but" ||
			text[toks[a-1].s:toks[a-1].e] == "and" && (a == j || a >= 2 && isPunct(text, &toks[a-2], ',')) {
			return phrase{a: a, b: j, na: -1, nb: -1, kind: pDesc}, true
		}
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		u := &toks[k]
		if u.kind != kWord || u.has(cStop) && !u.has(cDet) || u.has(cSkip|cSpeech|cThink) {
			return phrase{}, false
		}
		if u.has(cDet) {
			w := text[u.s:u.e]
			if w == "that" || w == "this" || w == "those" || w == "these" {
				return phrase{}, false
			}
			if k >= 2 && toks[k-1].kind == kWord && text[toks[k-1].s:toks[k-1].e] == "of" &&
				toks[k-2].has(cTitle|cDesc|cOrg) && !toks[k-2].cap() {
				// "the operator of the island ferry"
				if p, ok := phraseBack(text, toks, k-2); ok && p.kind == pDesc {
					p.b = j
					return p, true
				}
			}
			if !known {
				return phrase{}, false
			}
			return phrase{a: k, b: j, na: -1, nb: -1, kind: pDesc}, true
		}
	}
	return phrase{}, false
}

// titlesOnly reports whether tokens a..j are a determiner and capitalised titles alone, a
// description of one office: "the Chief Justice", not "the White House".
func titlesOnly(text string, toks []token, a, j int) bool {
	if a >= j || !toks[a].has(cDet) {
		return false
	}
	for k := a + 1; k <= j; k++ {
		if t := &toks[k]; t.kind != kWord || !t.cap() || !t.has(cTitle) || t.has(cNation|cOrg|cPlural) {
			return false
		}
	}
	return !titleModifiers.lower(text[toks[j].s:toks[j].e])
}

// titleModifiers are the words the lexicon counts among titles that qualify an office without
// naming one: "the White House", "the Republican", "the Senior".
var titleModifiers = setOf(`house white democratic republican labour conservative party state
	national federal presidential senior junior former acting interim campaign press`)

// groupOf reports whether the name that opens at token n follows "of" and a plural noun for
// people, at or after token a: "Friends of Mr. Reyes", "supporters of Ann Cole".
func groupOf(text string, toks []token, n, a int) bool {
	m := n - 1
	for m > a && (toks[m].kind == kWord && toks[m].has(cHonor) || toks[m].kind == kPunct && toks[m].flags&fAbbr != 0) {
		m--
	}
	if m <= a || toks[m].kind != kWord || text[toks[m].s:toks[m].e] != "of" {
		return false
	}
	g := &toks[m-1]
	return g.kind == kWord && g.has(cDesc|cPlural) && !g.has(cTitle|cOrg) && strings.HasSuffix(text[g.s:g.e], "s")
}

// groupHead reports whether description p ends in a name that follows a plural noun for people
// and "of", the noun heading it: "Friends of Mr. Reyes".
func groupHead(text string, toks []token, p phrase, j int) bool {
	n := j
	for n-1 > p.a && toks[n-1].kind == kWord && toks[n-1].cap() && !toks[n-1].has(cHonor|cTitle|cDet|cNation) {
		n--
	}
	return toks[j].cap() && groupOf(text, toks, n, p.a)
}

// plainModifier reports whether t is a lower-case word that may modify the noun after it in a
// speaker phrase, one the lexicon knows as no stop, determiner, preposition, time or cue word:
// "security" in "security specialists".
func plainModifier(text string, t *token) bool {
	if t.kind != kWord || t.cap() || t.has(cStop|cDet|cPrep|cTime|cSkip|cSpeech|cThink|cMixed|cPronoun) {
		return false
	}
	w := text[t.s:t.e]
	return len(w) > 2 && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !isPossessive(w)
}

// nameRun finds the name inside p: the run of capitalised non-title words ending at the last
// capitalised word at or before head.
func nameRun(text string, toks []token, p *phrase, head int) {
	if !toks[head].cap() {
		// "the company's chief executive": no name, a description
		return
	}
	n := head
	for n-1 >= p.a && toks[n-1].kind == kWord && toks[n-1].cap() && !toks[n-1].has(cHonor|cTitle|cDet|cNation) {
		n--
	}
	if groupOf(text, toks, n, p.a) {
		return // "Friends of Mr. Reyes", "Supporters of Ann Cole": the group speaks, not the person
	}
	if n-2 >= p.a && text[toks[n-1].s:toks[n-1].e] == "of" && toks[n-2].cap() && !toks[n-2].has(cOrg|cTitle) {
		head = n - 2 // "Rep. Elijah Cummings of Maryland": the name comes before "of"
	} else if n-3 >= p.a && text[toks[n-1].s:toks[n-1].e] == "the" && text[toks[n-2].s:toks[n-2].e] == "of" && personOf(toks, n-3) {
		head = n - 3 // "Chief Jane Doe of the Tsawout First Nation"
	}
	n = head
	org := toks[head].has(cOrg)
	for n-1 >= p.a {
		u := &toks[n-1]
		if org && u.kind == kWord && u.cap() && !u.has(cHonor|cDet) {
			n-- // "the State Department", "the White House"
			continue
		}
		if u.kind == kWord && u.has(cDesc) && !u.has(cFirst) && u.flags&fSent != 0 && n < head {
			break // "Parent Kayla Brooks said": a noun for people that opens the sentence is a role
		}
		if u.kind == kWord && u.cap() && !u.has(cHonor|cTitle|cDet|cNation) ||
			u.kind == kPunct && u.flags&fAbbr != 0 && n-2 >= p.a && initials(text[toks[n-2].s:toks[n-2].e]) {
			n--
			continue
		}
		if u.kind == kWord && u.cap() && u.has(cFirst) && !u.has(cHonor) {
			n--
			continue
		}
		if u.kind == kWord && particles.get(text[u.s:u.e]) && n-2 >= p.a && (toks[n-2].cap() || particles.get(text[toks[n-2].s:toks[n-2].e])) {
			n-- // "de" in "Bill de Blasio"
			continue
		}
		if u.kind == kWord && text[u.s:u.e] == "of" && n-2 >= p.a && toks[n-2].cap() && toks[n-2].has(cOrg) {
			n -= 2 // "Department of Homeland Security"
			continue
		}
		break
	}
	for n <= head && toks[n].kind != kWord {
		n++
	}
	if toks[head].has(cTitle|cDesc) && !toks[head].has(cFirst) && n == head && p.a < head &&
		!toks[head-1].cap() && toks[head-1].flags&fAbbr == 0 {
		return // "the Minister": a capitalised title, not a name
	}
	if n == head && head > p.a && toks[head].has(cTitle) && !toks[head].has(cFirst|cOrg) &&
		toks[head-1].has(cTitle|cNation) && toks[head-1].cap() {
		return // "the Prime Minister", "the Foreign Secretary": titles, no name
	}
	if m := n - 1; m > p.a {
		if text[toks[m].s:toks[m].e] == "the" {
			m--
		}
		if m > p.a && text[toks[m].s:toks[m].e] == "of" && toks[m-1].has(cDesc|cTitle) && !toks[m-1].cap() {
			return // "An official of the Revenue Department": someone there, not the department
		}
	}
	p.na, p.nb, p.kind = n, head, pName
}

// initials reports whether w, a word before an abbreviation's dot, is a name's initials: one
// letter ("J" of "J. Smith") or letters joined by dots ("M.K" of "M.K. Stalin").
func initials(w string) bool {
	for i := 0; i < len(w); i++ {
		if i%2 == 1 && w[i] != '.' || i%2 == 0 && !('A' <= w[i] && w[i] <= 'Z') {
			return false
		}
	}
	return len(w)%2 == 1
}

// phraseFwd reads a speaker phrase that starts at token a.
func phraseFwd(text string, toks []token, a, limit int) (phrase, bool) {
	if a >= limit || toks[a].kind != kWord {
		return phrase{}, false
	}
	if toks[a].has(cPronoun) {
		return phrase{a: a, b: a, na: -1, nb: -1, kind: pPronoun}, true
	}
	k := a
	if toks[k].has(cDet) && toks[k].has(cStop) && !toks[k].has(cMale|cFemale) {
		return phrase{}, false // "that the campaign"
	}
	det := toks[k].has(cDet)
	if det {
		k++
	}
	last := -1
	for ; k < limit; k++ {
		u := &toks[k]
		if k > a && u.flags&fPara != 0 {
			break
		}
		ok := false
		switch u.kind {
		case kPunct:
			c := text[u.s]
			ok = c == '.' && u.flags&fAbbr != 0 ||
				(c == '-' || c == '&' || c == '/') && u.flags&fSpace == 0 && last == k-1
		case kWord:
			w := text[u.s:u.e]
			switch {
			case nameWord(u, w):
				ok = true
			case u.cap() && u.has(cSkip) && !u.has(cStop|cTime) && u.flags&fSent == 0 && toks[k].cap() && toks[k].kind == kWord:
				ok = true // "First" in "the Tsawout First Nation", "First Minister John Swinney"
			case (w == "No" || w == "No.") && toks[k].kind == kWord && isDigit(rune(text[toks[k].s])):
				ok = true // "a No 10 spokesman"
			case w == "of" && last == k-1 && k+1 < limit && (toks[k+1].cap() || toks[k+1].has(cTitle|cOrg)):
				ok = true
			case det && k < a+4 && !u.cap() && !u.has(cStop|cSkip|cSpeech|cThink|cMixed|cPrep|cTime|cDet|cPronoun) &&
				!strings.HasSuffix(w, "ly") && !(k > a+1 && strings.HasSuffix(w, "ed")):
				// "the harbour authority", "the announcer"
				ok = true
			case k < a+3 && !u.cap() && !u.has(cStop|cSkip|cSpeech|cThink|cMixed|cPrep|cTime|cDet) && !strings.HasSuffix(w, "ly") &&
				(capNext(toks, k+1, limit) || k+2 < limit && toks[k+1].kind == kWord && !toks[k+1].cap() &&
					!toks[k+1].has(cStop|cSkip|cSpeech|cThink|cPrep|cTime|cDet) && capNext(toks, k+2, limit)):
				// "said retired welder Tom Reyes", "said 9/11 widow Terry Strada": a modifier the
				// lexicon does not know, right before the name
				ok = true
			case k == a && k+1 < limit && isDigit(rune(w[0])) && (isPunct(text, &toks[k+1], '/') || isPunct(text, &toks[k+1], '-')):
				ok = true // "9/11"
			case k > a && last == k-1 && isDigit(rune(text[toks[k-1].s])) && !u.cap() &&
				!u.has(cStop|cSkip|cSpeech|cThink|cMixed|cPrep|cTime|cDet) && capNext(toks, k+1, limit):
				ok = true // "widow" after "9/11", right before the name
			}
			if ok && !isPossessive(w) {
				last = k
			}
		}
		if !ok {
			break
		}
	}
	if last < 0 || !headOK(text, &toks[last]) && !(det && last > a && !toks[last].cap()) {
		return phrase{}, false
	}
	end := last
	if last+1 < limit && isPunct(text, &toks[last+1], '(') {
		for m := last + 2; m < limit && m < last+10; m++ {
			if isPunct(text, &toks[m], ')') {
				end = m
				break
			}
		}
	}
	p := phrase{a: a, b: end, na: -1, nb: -1, kind: pDesc}
	nameRun(text, toks, &p, last)
	if p.kind == pDesc && !toks[last].has(cDesc|cPlural|cOrg) && !det && !groupHead(text, toks, p, last) {
		return phrase{}, false
	}
	if p.kind == pName && end == last {
		p.b = appositiveFwd(text, toks, end, limit)
	}
	return p, true
}

// capNext reports whether token k is a capitalised word inside its sentence that may start a
// name.
func capNext(toks []token, k, limit int) bool {
	return k < limit && toks[k].kind == kWord && toks[k].cap() && !toks[k].has(cStop|cTime|cDet) && toks[k].flags&fSent == 0
}

// appositiveFwd extends a name that ends at b over a description that closes the sentence:
// "said Jane Smith, a lawyer for the family."
func appositiveFwd(text string, toks []token, b, limit int) int {
	if b+2 >= limit || !isPunct(text, &toks[b+1], ',') {
		return b
	}
	n := &toks[b+2]
	if n.kind != kWord || !n.has(cDet|cTitle|cNation|cDesc) && text[n.s:n.e] != "who" {
		return b
	}
	rel := false
	for k := b + 2; k < limit && k < b+24; k++ {
		t := &toks[k]
		if t.kind == kMark || t.flags&fPara != 0 || isPunct(text, t, ';') || isPunct(text, t, ':') {
			return b
		}
		if w := text[t.s:t.e]; t.kind == kWord && (w == "who" || w == "which" || w == "whose" || w == "that") {
			rel = true
		} else if t.kind == kWord && !rel && finiteVerbs.get(w) {
			return b // "According to Ann Lee, the man was arrested": a clause, not a description
		}
		if isPunct(text, t, '.') && t.flags&fAbbr == 0 || isPunct(text, t, ',') {
			if k+1 >= limit || toks[k+1].flags&(fSent|fPara) != 0 || isPunct(text, t, '.') {
				return k - 1
			}
			return b
		}
	}
	if limit <= b+24 {
		return limit - 1
	}
	return b
}

// phraseAppositive reads "Peskov, a Kremlin spokesman," backwards from the comma at j: a name,
// a comma, a short description, and the comma at j. After a quote it also reads a long one:
// "…," Jane Smith, director of the centre and a professor at the university, said.
func phraseAppositive(text string, toks []token, j int) (phrase, bool) {
	if p, ok := shortAppositive(text, toks, j, true); ok {
		return p, true
	}
	k := j - 1
	for ; k > j-48 && k > 0; k-- {
		t := &toks[k]
		if t.flags&fPara != 0 || t.kind == kMark && t.role != rApos {
			break
		}
	}
	if k <= 0 || k <= j-48 || toks[k].kind != kMark {
		return phrase{}, false
	}
	s := k + 1
	if isPunct(text, &toks[s], ',') {
		s++
	}
	p, ok := phraseFwd(text, toks, s, j)
	if !ok || p.kind != pName || p.nb+1 >= j || !isPunct(text, &toks[p.nb+1], ',') {
		return phrase{}, false
	}
	p.b = j - 1
	return p, true
}

func shortAppositive(text string, toks []token, j int, chain bool) (phrase, bool) {
	k := j - 1
	for ; k > j-16 && k > 0; k-- {
		t := &toks[k]
		if t.flags&fSent != 0 || t.kind == kMark {
			return phrase{}, false
		}
		if isPunct(text, t, ',') {
			break
		}
	}
	if k <= j-16 || k <= 0 || k+1 >= j || !isPunct(text, &toks[k], ',') {
		return phrase{}, false
	}
	first := &toks[k+1]
	if first.kind != kWord {
		return phrase{}, false
	}
	p, ok := phraseBack(text, toks, k-1)
	if !ok && chain && isPunct(text, &toks[k], ',') {
		// "Woodrow Benford, 58, who lives outside Minneapolis, says": one appositive more
		p, ok = shortAppositive(text, toks, k, false)
	}
	if !ok || p.kind != pName {
		// "The island's MP, Dr. Sian Pritchard, told": the name comes second, maybe with where
		// the person works ("Another analyst, Rhea Kapoor of Northgate Capital, wrote")
		if q, ok2 := phraseFwd(text, toks, k+1, j); ok2 && q.kind == pName && (q.nb == j-1 ||
			q.b == j-1 && q.nb+1 < j && text[toks[q.nb+1].s:toks[q.nb+1].e] == "of") {
			if ok && p.kind == pDesc {
				q.a = p.a
			}
			p, ok = q, true
		} else if ok && p.kind == pDesc && (first.has(cStop) || first.has(cDet)) {
			ok = true // "The exporters' association, which represents 40 firms, said"
		} else {
			return phrase{}, false
		}
	}
	p.b = j - 1
	return p, true
}

// numberWord reports whether w is a number in figures or words up to ten: "Six in 10 say".
func numberWord(w string) bool {
	if w == "" {
		return false
	}
	if isDigit(rune(w[0])) {
		return true
	}
	// no lower-cased copy and few comparisons: this runs for most subjects
	switch w[0] | 0x20 {
	case 'o', 't', 'f', 's', 'e', 'n':
	default:
		return false
	}
	switch len(w) {
	case 3:
		return strings.EqualFold(w, "one") || strings.EqualFold(w, "two") || strings.EqualFold(w, "six") ||
			strings.EqualFold(w, "ten")
	case 4:
		return strings.EqualFold(w, "four") || strings.EqualFold(w, "five") || strings.EqualFold(w, "nine")
	case 5:
		return strings.EqualFold(w, "three") || strings.EqualFold(w, "seven") || strings.EqualFold(w, "eight")
	}
	return false
}

// approx are the words that may open a proportion: "about four in 10".
var approx = setOf(`about some nearly almost roughly around only just over fewer more`)

// subjectBack widens or finds the subject that ends at token j before a cue, for two kinds the
// phrase readers miss: a proportion ("Six in 10 say", "about four in 10 voters in the state
// say") and a document with a participle after it ("A poll released Monday shows").
func (f *finder) subjectBack(src phrase, ok bool, j int) (phrase, bool) {
	toks := f.toks
	s := sentStart(toks, j)
	if !ok {
		if b := f.percentAt(j); b >= 0 {
			return phrase{a: b, b: j, na: -1, nb: -1, kind: pDesc}, true // "Only 26% say"
		}
	}
	a := j
	if ok {
		a = src.a
		if src.kind == pPronoun || src.kind == pName {
			return src, false
		}
	}
	// a proportion just before the phrase, or the whole phrase
	n := a
	if ok && !numberWord(f.word(a)) {
		n = a - 1
	}
	if n-2 >= s && numberWord(f.word(n)) && f.word(n-1) == "in" && numberWord(f.word(n-2)) {
		b := n - 2
		if b > s && approx.fold(f.word(b-1)) {
			b--
		}
		if !ok {
			return phrase{a: b, b: j, na: -1, nb: -1, kind: pDesc}, true
		}
		src.a = b
		return src, true
	}
	if !ok {
		if b := f.proportionBefore(j); b >= 0 {
			return phrase{a: b, b: j, na: -1, nb: -1, kind: pDesc}, true // "Three in four shop owners"
		}
	}
	// "A poll released Monday", "Exit polls conducted by the university": a document, a
	// participle, and a short adjunct
	for k := n; k >= s && k > j-8; k-- {
		t := &toks[k]
		if t.kind != kWord || t.has(cSpeech) && !t.has(cNoun) {
			return src, false
		}
		if p := f.word(k + 1); len(p) < 4 || p[len(p)-2:] != "ed" {
			continue // the participle first: it is cheaper to test than the document
		}
		if w := f.word(k); !documents.fold(w) && !documents.fold(strings.TrimSuffix(w, "s")) {
			continue
		}
		a := k // the document's modifiers: "the latest CNN poll", "Exit polls"
		for a > s && a > k-4 && toks[a-1].kind == kWord && (!toks[a-1].has(cStop|cSpeech|cThink) || toks[a-1].has(cDet)) {
			a--
		}
		return phrase{a: a, b: j, na: -1, nb: -1, kind: pDesc}, true
	}
	return src, false
}

// percentAt returns the first token of a share written with a percent sign that ends at token
// j and opens its sentence or clause, "26%" or "And only 26%", or -1.
func (f *finder) percentAt(j int) int {
	if j < 1 || !f.punct(j, '%') || !numberWord(f.word(j-1)) {
		return -1
	}
	b := j - 1
	if b > sentStart(f.toks, j) && approx.fold(f.word(b-1)) {
		b--
	}
	if s := sentStart(f.toks, j); b > s && !(b == s+1 && openers.fold(f.word(s))) && !f.punct(b-1, ',') {
		return -1 // "The tax rose 5%": an object, no subject
	}
	return b
}

// documentSubject reports whether phrase p holds a document with a participle after it: "a poll
// released Monday".
func (f *finder) documentSubject(p phrase) bool {
	for k := p.a; k < p.b; k++ {
		w := f.word(k)
		if d := f.word(k + 1); (documents.fold(w) || documents.fold(strings.TrimSuffix(w, "s"))) && len(d) > 3 && d[len(d)-2:] == "ed" {
			return true
		}
	}
	return false
}

// proportionBefore returns the first token of a proportion ("three in four", "about six in 10")
// that opens the run of a few lowercase words ending at j, or -1.
func (f *finder) proportionBefore(j int) int {
	toks := f.toks
	if j < 0 {
		return -1
	}
	s := sentStart(toks, j)
	for k := j; k >= s+2 && k > j-8; k-- {
		if toks[k].kind != kWord {
			return -1
		}
		if numberWord(f.word(k)) && f.word(k-1) == "in" && numberWord(f.word(k-2)) {
			b := k - 2
			if b > s && approx.fold(f.word(b-1)) {
				b--
			}
			return b
		}
		if w := f.word(k); toks[k].has(cStop) && w != "in" && !pureLocative.get(w) && !toks[k].has(cDet) || toks[k].cap() && k < j-3 {
			return -1
		}
	}
	return -1
}

// nameWord reports whether the word u, which reads w, can stand in a phrase naming a speaker: a
// capitalised word that is not a stop, time or speech word, an honorific, a title, description,
// organisation or nationality word, or a possessive ("the mayor's office").
func nameWord(u *token, w string) bool {
	return u.cap() && !u.has(cStop|cSkip|cTime|cSpeech|cThink) || u.has(cHonor) ||
		u.has(cTitle|cDesc|cOrg|cNation) && !u.has(cStop) || isPossessive(w)
}
