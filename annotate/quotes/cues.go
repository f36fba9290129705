// Cues: the attribution verbs and phrases ("said", "told", "according to", "adding that") and
// the speaker phrase of each: before the cue, after it when inverted ("said Smith"), after "by" in
// the passive, the antecedent of "who", or the subject of a coordinated or -ing cue. A verb that is
// also a noun ("report", "tweet") counts only where it reads as a verb.
//
// It does not find the content a cue attributes (reported.go), resolve speakers to entities
// (entities.go), nor attribute quotes that have no cue of their own (context.go).
package quotes

import "strings"

// attr is one attribution found at a cue.
type attr struct {
	src       phrase
	cue       Span
	cueTok    int
	content   Span // the reported clause, zero when the cue only claims direct quotes
	mixed     bool
	ent       int // entity index, set by entities.go
	inherited bool
	noun      bool // a noun carries it: "his claim that …"
	quoted    bool // the content is inside quotation marks of its own: a transcript's turn
}

var ingCues = setOf(`saying adding noting warning arguing insisting claiming telling stressing
	explaining suggesting asking writing declaring acknowledging predicting urging tweeting
	answering replying responding recalling announcing complaining admitting vowing promising
	denying asserting contending observing remarking citing calling describing accusing quipping
	joking referring alluding pointing`)

// makeClear are the forms of "make" that report speech with "(it) clear": "She made it clear
// that the pier stays open".
var makeClear = setOf(`make makes made making`)

// backCues are verbs that report speech with "back": "shot back", "hit back".
var backCues = setOf(`shot fired hit hits fires shoots snapped pushed pushes`)

// pureLocative are prepositions that cannot also open a clause, so a phrase right after one is
// no subject: "in a Facebook message posted Friday".
var pureLocative = setOf(`of in on at from via through during near inside outside into onto with for
	without about among`)

// goOn are the forms of "go" that open a speech verb with "on to": "went on to say".
var goOn = setOf(`go goes went gone`)

// byIng are the words that open an -ing cue as a comma does: "followed that by saying, “…”".
var byIng = setOf(`by while before after when despite`)

var passiveAux = setOf(`was were is are been being be`)

// finder holds the state of one Find call.
type finder struct {
	text     string
	toks     []token
	dq       []dquote
	attrs    []attr
	ents     []entity
	surnames map[string][]int  // entities by the last word of their name
	firsts   map[string][]int  // the persons introduced after a title by the first word of their name (surnameFirst)
	pending  []attr            // attributions made by the current cue, after its first
	bare     []bare            // attributions with no source: "seemed to", "is expected to"
	holders  map[string]phrase // transcript labels and the people they stand for (transcript.go)
	stands   map[int]phrase    // by attribution: the person its transcript label stands for
	labels   map[string]bool   // labels in capitals that open one paragraph only (transcript.go)
	midCaps  map[string]bool   // words capitalised inside a sentence, made when first needed (subject.go)
	// fullNames are the tokens of the surnames that follow a known first name, in order, made
	// when first needed (entities.go); fullDone says they are made
	fullNames []int32
	fullDone  bool
}

// wordAt returns the text of token i if it is a word, else "" (for an i out of range too): the
// body of word (calls_wasm.go, calls_other.go).
func (f *finder) wordAt(i int) string {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != kWord {
		return ""
	}
	return f.text[f.toks[i].s:f.toks[i].e]
}

func (f *finder) punct(i int, c byte) bool {
	return i >= 0 && i < len(f.toks) && isPunct(f.text, &f.toks[i], c)
}

func (f *finder) openMark(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := &f.toks[i]
	return t.kind == kMark && t.q != 0 && f.dq[t.q-1].open == i
}

func (f *finder) closeMark(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := &f.toks[i]
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
		if t.flags&fSent != 0 && f.text[t.s:t.e] == "In" {
			f.inSource(i)
			continue
		}
		if t.e-t.s == 3 && f.text[t.s:t.e] == "put" && f.word(i+1) == "it" {
			f.verb(i, mSpeech) // "As Lee put it, …", "Lee put it bluntly: “…”"
			continue
		}
		if !t.has(cSpeech | cThink | cMixed | cCue | cIntend | cRaise | cAttrN | cQuoteOnly | cHear) {
			continue // most words: one bit test, no look-up
		}
		if t.has(cHear) {
			f.hearing(i) // "The court heard that …"
			continue
		}
		if t.has(cTell) && t.e-t.s == 4 && f.text[t.s:t.e] == "told" && (passiveAux.get(f.word(i-1)) || hearers.fold(f.word(i-1))) &&
			f.word(i+1) != "by" && f.hearing(i) {
			continue // "The jury was told that …", "Crane was unsafe, inquest told"
		}
		if t.has(cQuoteOnly) {
			if !t.cap() && f.besideQuote(i) {
				f.verb(i, mSpeech) // "“No,” she laughed", "Lee scoffed, “Never.”"
			}
			continue
		}
		w := f.text[t.s:t.e]
		switch {
		case w == "according" || w == "According":
			if f.word(i+1) == "to" {
				f.according(i)
			}
		case (ingCues.get(w) || t.has(cProg)) && (f.commaBefore(i) || byIng.lower(f.word(i-1)) || f.withBefore(i)):
			f.ing(i)
		case (w == "saying" || w == "stating") && f.word(i+1) == "that" && i > 0 && toks[i-1].kind == kWord && !toks[i-1].has(cSkip|cStop):
			f.ing(i) // "posted a series of tweets saying that …", "a statement stating that …"
		case t.has(cAttrN) && i > 0 && (possessives.get(f.word(i-1)) || isPossessive(f.word(i-1)) ||
			i > 1 && (possessives.get(f.word(i-2)) || isPossessive(f.word(i-2))) || i > 2 && (possessives.get(f.word(i-3)) || isPossessive(f.word(i-3)))):
			f.attrNoun(i)
		case (w == "asked" || w == "Asked") && f.askedClause(i):
		case prepCues.get(w) != "" && !t.cap() && (f.word(i+1) == prepCues.get(w) || prepCues.get(w) == "about" && f.word(i+1) == "of"):
			f.verb(i, mMixed)
		case seeAs.get(w) && f.asWithin(i):
			f.verb(i, mMixed) // "voters see her as the stronger candidate"
		case w == "expected" && f.word(i+1) == "to" && f.passiveBefore(i) < 0:
			// "Council expected to approve …": a headline's passive, whose subject is no source
		case t.has(cRaise) || passiveStance.get(w) && f.word(i+1) != "by" && f.passiveBefore(i) >= 0:
			if !t.cap() {
				f.stance(i)
			}
		case backCues.get(w) && f.word(i+1) == "back":
			f.verb(i, mSpeech)
		case makeClear.get(w) && (f.word(i+1) == "clear" || f.word(i+1) == "it" && f.word(i+2) == "clear"):
			f.verb(i, mSpeech) // "made it clear that …"
		case t.has(cSpeech | cThink | cMixed | cIntend):
			if t.cap() && t.flags&fSent == 0 && !f.headlineCue(i) {
				continue
			}
			mode := mSpeech
			if !t.has(cSpeech) {
				mode = mWeak
				if t.has(cMixed) {
					mode = mMixed
				} else if !t.has(cThink) {
					mode = mIntend
				}
			}
			f.verb(i, mode)
		case ingCues.get(w):
			f.ing(i)
		case thatCues.get(w) && f.word(i+1) == "that":
			f.verb(i, mSpeech) // "The union charged that …"
		case evidenceIng.get(w):
			f.evidenceShowing(i) // "with polls showing the mayor ahead"
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

// Cue modes: what content a cue verb may take.
const (
	mSpeech = iota // any clause: said, added, told
	mWeak          // a clause opened by "that", a pronoun or a determiner: believes, found
	mMixed         // an object and what follows it: called, described, cited
	mIntend        // only "to" and a verb, after an object or not: wants (voters) to know
)

// verb handles a cue verb at i.
func (f *finder) verb(i int, mode int) {
	toks := f.toks
	if mode == mSpeech && f.asReportedBy(i) {
		return // "As reported by the Gazette, …" (as.go)
	}
	cueEnd := i
	w := f.word(i)
	if w == "point" || w == "points" || w == "pointed" {
		if n := f.word(i + 1); n != "out" && n != "to" {
			return
		}
		cueEnd = i + 1 // "pointed out that …", "pointed to the cost of rent": what the speaker cited
	}
	if f.word(i+1) == "on" && callForms.get(w) && f.infinitive(i+2, sentEnd(toks, i)) >= 0 {
		cueEnd = i + 1 // "called on the council to drop the tax": the council and what it should do
	} else if p := prepCues.get(w); p != "" {
		if n := f.word(i + 1); n == p || p == "about" && n == "of" {
			cueEnd = i + 1 // "talked about", "called for": the object of the preposition is the content
		} else if !toks[i].has(cSpeech | cThink | cMixed | cIntend) {
			return // "talked to reporters"
		}
	}
	if backCues.get(w) {
		if f.word(i+1) != "back" {
			return
		}
		cueEnd = i + 1 // "Trump shot back"
	}
	if makeClear.get(w) {
		if f.word(i+1) == "clear" {
			cueEnd = i + 1 // "made clear that …"
		} else {
			cueEnd = i + 2 // "made it clear that …"
		}
	}
	putAt := -1 // for "put it": the comma or colon after which its content opens
	if w == "put" {
		if putAt = f.putItEnd(i); putAt < 0 {
			return
		}
		cueEnd = i + 1
	}
	send := sentEnd(toks, i)
	// the speaker before the cue, over adverbs and auxiliaries
	cueStart := i
	if mode == mSpeech && f.word(i-1) == "to" && f.word(i-2) == "on" {
		if f.word(i-3) == "going" {
			f.ingCue(i-3, i) // "…, Okafor said, going on to say that …"
			return
		}
		if goOn.get(f.word(i - 3)) {
			cueStart = i - 3 // "Okafor went on to say that …": the phrase is the cue, its subject before it
		}
	}
	j := cueStart - 1
	passive, progressive := false, false
	for n := 0; n < 3 && j >= 0 && toks[j].kind == kWord && (toks[j].has(cSkip) || isAdverb(f.word(j)) || passiveAux.get(f.word(j)) ||
		f.floatingQuantifier(j) ||
		toks[j].has(cTime) && !toks[j].cap() && j > 0 && toks[j-1].kind == kWord && toks[j-1].cap()) &&
		!toks[j].cap() && toks[j+1].flags&fSent == 0; n++ {
		// ("Northway Bank today announced": a time between a name and its cue)
		if passiveAux.get(f.word(j)) {
			passive = passive || n == 0 && !strings.HasSuffix(w, "ing")
			progressive = true
		}
		j--
	}
	if j >= 3 && f.punct(j, ',') && insertAdverbs.get(f.word(j-1)) && f.punct(j-2, ',') && toks[j-3].kind == kWord &&
		!f.finiteIn(sentStart(toks, j), j-2) {
		j -= 3 // "The bench, however, observed": the subject before the adverb and its commas
	}
	acronymDot := -1
	if j > 0 && f.punct(j, '.') && toks[j].flags&fAbbr != 0 && toks[j-1].cap() && strings.IndexByte(f.word(j-1), '.') > 0 {
		acronymDot, j = j, j-1 // "The F.A.A. said": the acronym's last dot
	}
	if toks[i].has(cProg) && !progressive && !(j >= 0 && toks[j].has(cPronoun) && beContraction(f.word(j))) {
		return // "voters backing the plan", "after stressing the point": no progressive
	}
	if j >= 1 && (toks[j].has(cTime) || isYear(f.word(j))) && toks[j-1].has(cPrep) && !toks[j].has(cPronoun) {
		j -= 2
	}
	var src phrase
	ok, inverted := false, false
	after := cueEnd + 1
	if putAt >= 0 {
		after = putAt
	}
	if !passive && w == "quoted" && f.quotedAs(i, send) {
		return
	}
	if passive && w == "quoted" && f.word(i+1) == "as" && (f.word(i+2) == "saying" || f.word(i+2) == "telling") {
		// "The minister was quoted as saying …": the subject said it
		passive, cueEnd, after = false, i+2, i+3
	}
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
			} else if w == "who" && j == i-1 && toks[j].flags&fSent == 0 {
				// "voters who say …", "38 percent — who said …": the antecedent if it is a speaker
				// phrase, else the pronoun alone
				if p, ok2 := phraseBack(f.text, toks, j-1); ok2 && p.kind != pPronoun {
					p.a, p.b = j, j
					src, ok = p, true
				} else {
					src, ok = phrase{a: j, b: j, na: -1, nb: -1, kind: pPronoun}, true
				}
			} else if f.punct(j, ',') && j == i-1 && f.invertedName(i+1, send) {
				// "…, said Larry Sabato, director of the centre.": inverted, though a comma precedes;
				// an honorific alone is no name ("…, called Mr. Reyes's plan")
			} else if f.punct(j, ',') && f.punct(j-1, ')') {
				src, ok = phraseBack(f.text, toks, j-1) // "Gov. John Kasich (R-Ohio), said"
			} else if f.punct(j, ',') {
				// "Dana Ruiz, a teacher from Hull, Quebec, said": the name that opens the sentence,
				// else the appositive read back from the comma
				if src, ok = f.appositiveSubject(f.subjectStart(j), j); !ok {
					src, ok = phraseAppositive(f.text, toks, j)
				}
			} else if f.closeMark(j) && f.punct(j-1, ',') && int(f.dq[toks[j].q-1].open) > sentStart(toks, j) {
				// "Mr. Reyes, citing “the cost of fuel,” said": the appositive's comma inside its quote
				src, ok = f.appositiveSubject(f.subjectStart(j), j)
			} else if f.dashLike(j) {
				if src, ok = f.appositiveSubject(f.subjectStart(j), j); !ok { // "Jason Sims — a teacher — says"
					src, ok = f.dashedSubject(j)
				}
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
		if w := f.word(j - 2); !ok && j >= 2 && f.word(j) == "whom" && f.word(j-1) == "of" &&
			(quantifiers.fold(w) || numberWord(w) || fraction(w) || w == "none" || w == "each") {
			src, ok = phrase{a: j - 2, b: j, na: -1, nb: -1, kind: pDesc}, true // "…, many of whom say …"
		}
		if n := len(f.attrs); !ok && j >= 0 && (f.word(j) == "and" || f.word(j) == "but") {
			if n > 0 && f.attrs[n-1].cueTok >= sentStart(toks, i) {
				// "Trump told veterans that … and said he will …": the speaker of the first cue
				src, ok = f.attrs[n-1].src, true
			} else if p, ok2 := phraseFwd(f.text, toks, f.afterDateline(sentStart(toks, i), j), j); ok2 && mode == mSpeech &&
				(p.kind == pName || p.kind == pPronoun || p.kind == pDesc && toks[p.b].has(cDesc|cPlural|cOrg)) {
				src, ok = p, true // "Emineth became a delegate and said …": the sentence's subject
			}
		}
		if !ok && j == i-1 && putAt < 0 && (toks[i].flags&fSent != 0 || f.punct(i-1, ',') || f.closeMark(i-1)) {
			src, ok = phraseFwd(f.text, toks, i+1, send)
			if n := src.b + 1; ok && n < send && toks[n].kind == kWord && !toks[n].has(cPrep|cTime) &&
				f.word(n) != "for" && f.word(n) != "with" && !(isAdverb(f.word(n)) && n+1 < send && toks[n+1].kind != kWord) &&
				!(f.word(n) == "who" && src.kind == pDesc && f.closeMark(i-1)) {
				ok = false // "…, says he didn't know": a clause, not an inverted speaker
			}
			if p, ok2 := f.listFwd(i+1, send); ok2 && (!ok || p.b > src.b) {
				src, ok = p, true // "“…,” said shop owners, cafe staff and residents."
			}
			inverted = ok
			if ok {
				after = src.b + 1
				if e := f.qualifierEnd(after, send); e > after {
					src.b, after = e-1, e // "said a spokeswoman for the council."
				}
				if f.word(after) == "who" {
					// "“…,” said a man who gave his name only as Dave.": the relative clause
					// qualifies the speaker, to its comma or the sentence's end
					e := f.relativeEnd(after, send)
					for e > after && toks[e-1].kind == kPunct && toks[e-1].flags&fAbbr == 0 {
						e--
					}
					src.b, after = e-1, e
				}
			}
		}
	}
	if !ok && !passive && j >= 0 && j == i-1 && (quantifiers.fold(f.word(j)) || loneSpeakers.fold(f.word(j)) || fraction(f.word(j))) &&
		(toks[j].flags&fSent != 0 || j > 0 && (toks[j-1].kind != kWord || loneBefore.fold(f.word(j-1)))) {
		src, ok = phrase{a: j, b: j, na: -1, nb: -1, kind: pDesc}, true // "many believe …", "Both think …"
	}
	if !passive && !inverted && j >= 0 && j < i && toks[j+1].flags&fSent == 0 || !ok && !passive && j >= 0 && j < i {
		if p, ok2 := f.subjectBack(src, ok, j); ok2 {
			src, ok = p, true
		}
	}
	if ok && src.kind == pName && src.na > src.a && !inverted {
		// "In a Gazette interview Okafor declared …": a noun the lexicon does not know before the
		// name is the end of an adjunct, not a title; after a comma, words the lexicon does not
		// know are a role: "…, harbour master Tom Reyes said"
		if u := &toks[src.na-1]; u.kind == kWord && !u.cap() && !u.has(cTitle|cDesc|cNation|cOrg|cDet|cHonor|cPlural) &&
			!isPossessive(f.word(src.na-1)) && !particles.get(f.word(src.na-1)) && u.flags&fAbbr == 0 &&
			!(f.punct(src.a-1, ',') && !toks[src.a].cap()) {
			src.a = src.na
		}
	}
	if ok && !inverted && !passive && src.kind != pPronoun && f.word(src.a-1) == "and" {
		// "Ann Lee and Tom Reyes said", "the ministry and the union said": both speak; the
		// first must be a phrase of the same kind
		if q, ok2 := phraseBack(f.text, toks, src.a-2); ok2 && q.kind == src.kind && q.b == src.a-2 {
			src.a = q.a
			if strings.EqualFold(f.word(src.a-1), "both") {
				src.a-- // "Both the ministry and the union"
			}
			f.nameList(&src)
		}
	}
	if ok && !inverted && !passive && src.kind == pDesc {
		f.descList(&src) // "Teachers, parents and pupils say"
	}
	if !ok && !passive && (mode == mSpeech || mode == mWeak || f.openMark(cueEnd+1)) {
		src, ok = f.longSubject(j) // "Experts on arms control said", "Dana Ruiz, a teacher from Hull, Quebec, said"
	}
	if !ok && !passive && (mode == mSpeech || mode == mWeak) && j > 1 && j < i {
		src, ok = f.listSubject(j) // "Nurses, porters, cleaners and cooks said"
	}
	if !ok && !passive && j > 0 && j < i && toks[j].kind == kWord && !toks[j].cap() &&
		!toks[j].has(cStop|cSkip|cPrep|cTime|cSpeech|cThink|cMixed) {
		src, ok = f.quotedNoun(j, cueEnd+1)
	}
	if !ok && !passive && (mode == mSpeech || mode == mWeak || mode == mMixed && !toks[i].has(cNoun)) && j >= 0 && j < i && !toks[i].cap() {
		src, ok = f.prefixSubject(j)
	}
	if !ok && !passive && mode == mSpeech && (f.clauseOpens(cueEnd+1) || f.subjectOpens(cueEnd+1)) && j >= 0 && j < i &&
		toks[j+1].flags&fSent == 0 {
		src, ok = f.relativeSubject(j) // "Friends of the family who know him well say that …"
	}
	if !ok && !passive && (mode == mSpeech || mode == mWeak) && j >= 2 && j < i {
		src, ok = f.contactSubject(j) // "All the experts I spoke to said", "The residents we met say"
	}
	if !ok && !passive && j >= 3 && objectPronouns.get(f.word(j)) && f.word(j-1) == "to" &&
		(f.word(j-2) == "close" || f.word(j-2) == "closest") && (closeHeads.fold(f.word(j-3)) || toks[j-3].has(cDesc|cPlural)) {
		src, ok = phrase{a: j - 3, b: j, na: -1, nb: -1, kind: pDesc}, true // "Those close to him say"
		if p, ok2 := phraseBack(f.text, toks, j-3); ok2 && p.kind != pPronoun {
			src.a = p.a // "Two people close to him"
		}
	}
	if !ok {
		return
	}
	if acronymDot >= 0 && src.b == acronymDot-1 {
		src.b = acronymDot
		if src.nb == acronymDot-1 {
			src.nb = acronymDot
		}
	}
	if f.word(cueEnd) == "to" && src.kind == pDesc && src.b == src.a+1 && f.plainNoun(src.b) {
		return // "The sign pointed to the harbour": a thing points, a speaker points to evidence
	}
	if putAt >= 0 && !f.openMark(putAt+1) && !f.punct(putAt, ':') && !strings.EqualFold(f.word(src.a-1), "as") {
		return // "He put it on the table, and …": only "as X put it," reports the clause after it
	}
	if toks[i].has(cNoun) && !inverted && !passive && !f.verbLike(src) && !f.evidenceSubject(f.ofPhrase(src)) && !f.clauseSubject(src, i) &&
		!(isAdverb(f.word(i-1)) && !toks[i-1].has(cDet)) {
		return // "a New York Times report", "his early-morning tweets"
	}
	if p := src.a - 1; !inverted && !passive && p > 1 && f.word(p) == "to" && (f.word(p-1) == "close" || f.word(p-1) == "closest") {
		if q, ok2 := phraseBack(f.text, toks, p-2); ok2 && q.kind != pPronoun {
			src.a, src.na, src.nb, src.kind = q.a, -1, -1, pDesc // "Sources close to the mayor"
		} else if closeHeads.fold(f.word(p - 2)) {
			src.a, src.na, src.nb, src.kind = p-2, -1, -1, pDesc // "Those close to the mayor"
		}
	}
	if p := src.a - 1; !inverted && !passive && p >= 0 && (pureLocative.lower(f.word(p)) || f.byDocument(p)) && src.kind != pPronoun {
		// a phrase after a preposition is the end of a longer subject ("the Commission on
		// Presidential Debates says", "officials at the ministry said"), or no subject at all
		// ("in a Facebook message posted Friday", "32% of Republican claims")
		q, ok2 := phraseBack(f.text, toks, p-1)
		if p >= 2 && seenBy.get(f.word(p-1)) && f.byDocument(p) {
			q, ok2 = f.documentBack(p - 2) // "Documents reviewed by the Herald show …"
		}
		if b := f.proportionBefore(p - 1); p > 0 && !ok2 && b >= 0 {
			q, ok2 = phrase{a: b, b: p - 1, na: -1, nb: -1, kind: pDesc}, true // "three in four owners on the route"
		}
		if b := f.percentAt(p - 1); !ok2 && f.word(p) == "of" && b >= 0 {
			q, ok2 = phrase{a: b, b: p - 1, na: -1, nb: -1, kind: pDesc}, true // "26% of voters"
		}
		if w := f.word(p - 1); p > 0 && !ok2 && f.word(p) == "of" && (quantifiers.fold(w) || numberWord(w) || fraction(w) || w == "each" || w == "none") {
			q, ok2 = phrase{a: p - 1, b: p - 1, na: -1, nb: -1, kind: pDesc}, true // "one of the family's lawyers"
			if p > 1 && approx.fold(f.word(p-2)) {
				q.a = p - 2 // "Nearly two-thirds of …"
			}
		}
		if p == 0 || !ok2 || q.kind == pPronoun || toks[p-1].kind != kWord && !f.punct(p-1, '%') {
			if src, ok = f.longSubject(j); !ok && mode == mSpeech && !toks[i].cap() {
				src, ok = f.prefixSubject(j)
			}
			if !ok && mode == mSpeech && (f.clauseOpens(cueEnd+1) || f.subjectOpens(cueEnd+1)) {
				src, ok = f.relativeSubject(j) // "Residents who live near the pier say that …"
			}
			if !ok || mode != mSpeech && mode != mWeak {
				return
			}
		} else {
			src.a = q.a
			if q.kind == pName && src.kind == pName && toks[src.na].cap() {
				src.na = q.na // "Commission on Presidential Debates"
			} else if q.kind == pDesc && src.kind == pName && !f.punct(src.na-1, ',') {
				src.na, src.nb, src.kind = -1, -1, pDesc // "officials at Homeland Security"
			}
		}
	}
	if (w == "read" || w == "reads") && !f.documentIn(src) {
		return // "“…,” the statement read", not "he read “War and Peace”"
	}
	if mode == mWeak && evidenceVerbs.get(w) && f.evidenceSubject(src) {
		mode = mSpeech // "Records show little evidence that …", "The inquiry found the office at fault"
	}
	a := attr{src: src, cue: Span{int(toks[cueStart].s), int(toks[cueEnd].e)}, cueTok: i, ent: -1}
	if toks[i].has(cTell) && !inverted && after < send {
		o0 := after
		if objectPronouns.get(f.word(after)) {
			after++
		} else if o, ok := phraseFwd(f.text, toks, after, send); ok {
			after = o.b + 1
			for o.kind == pName && after < send && toks[after].kind == kWord && toks[after].cap() && toks[after].flags&fSent == 0 {
				after++ // "told the Northfield Echo: …", whose last word the lexicon knows as a verb
			}
		} else {
			after = f.plainObject(after, send)
		}
		if after < send && toks[after].has(cPronoun) {
			// "told the Echo he’s …": a pronoun's contraction, no owner's "'s"
		} else if isPossessive(f.word(after)) && f.openMark(after+1) {
			after++ // "told MSNBC's “Morning Joe” that …": the owner of a named show
		} else if isPossessive(f.word(after)) && after > o0 {
			// "told BBC Radio 4's Today programme", "told Sky's Ann Lee that": the owner's
			// programme or reporter is the object too
			for n := after + 1; n < send && n < after+5 && toks[n].kind == kWord && f.word(n) != "that" &&
				!toks[n].has(cPronoun|cDet|cSpeech|cThink|cPrep) && !finiteVerbs.get(f.word(n)); n++ {
				after = n
			}
			after++
		}
		if after > o0 && f.word(after) != "that" {
			// "told France Inter radio that …", "told Harbour FM news that": the medium after
			// the outlet's name is the object too; "told reporters there that": where
			for n := after; n < send && n < after+2 && (plainModifier(f.text, &toks[n]) && !finiteVerbs.get(f.word(n)) ||
				f.word(n) == "there" || f.word(n) == "here"); n++ {
				if f.word(n+1) == "that" {
					after = n + 1
					break
				}
			}
		}
		if toks[i].has(cIntend) && (f.toVerb(after, send) || f.word(after) == "to" && f.openMark(after+1)) && after > o0 &&
			!objectPronouns.get(f.word(o0)) {
			after = o0 // "urged the crew to keep going": the infinitive with its subject, unless a pronoun
		}
		if f.openMark(after) && f.titleCase(&f.dq[toks[after].q-1]) && f.dq[toks[after].q-1].close > 0 {
			after = f.dq[toks[after].q-1].close + 1 // "told MSNBC's “Morning Joe” that …"
		}
	}
	if f.word(after) == "to" && f.word(after+1) == "be" && anonymous.get(f.word(after+2)) {
		return // "who declined to be named": what the speaker asked for, not what they said
	}
	if !inverted && !passive && f.notSpeech(w, after, send) {
		return
	}
	idx := len(f.attrs)
	before := src.a - 1
	if inverted || passive {
		before = i - 1
	}
	if w := f.word(src.a - 1); (w == "what" || w == "which" || w == "that" || w == "who") && !inverted &&
		!passive && after < send && toks[after].kind == kWord && toks[after].has(cSkip|cPrep) &&
		!f.punct(after, ',') && (toks[after].has(cSkip) || f.finiteIn(after, send)) {
		// ("which the bank detailed in its filings": a preposition with no verb after it is
		// where, not what)
		// "what many analysts said was a sign of …": the clause after the cue has lost its subject
		f.clause(&a, after, send)
		if !a.content.IsZero() {
			f.attrs = append(f.attrs, a)
			return
		}
	}
	if w := f.word(src.a - 1); !inverted && !passive && putAt < 0 && (mode == mSpeech || mode == mWeak) && (w == "As" || w == "as") && f.asOpens(src.a-1) {
		// "As the paper reported on Monday, the mayor has resigned" (as.go)
		if k := f.asComma(after, send); k > 0 {
			f.clause(&a, k+1, f.clauseEnd(k+1, send))
			if !a.content.IsZero() {
				f.attrs = append(f.attrs, a)
				return
			}
		}
	}
	if putAt >= 0 && f.punct(putAt, ',') && !f.openMark(putAt+1) {
		// "As Lee put it, the plan “will not …”": the clause after the comma is what was said,
		// unless the words before "as" are a quote: "“… for good,” as Lee put it on Monday, …"
		if f.backwardQuote(idx, src.a-2) {
			f.attrs = append(f.attrs, a)
			return
		}
		f.clause(&a, putAt+1, f.clauseEnd(putAt+1, send))
		if !a.content.IsZero() {
			f.attrs = append(f.attrs, a)
		}
		return
	}
	if inverted && f.punct(after, ',') {
		// "“The risk,” said Edward Leamer, an economist at the forecast, “is that …”": the quote
		// resumes after the speaker's appositive
		for k := after + 1; k < send && k < after+30; k++ {
			if f.openMark(k) {
				if f.punct(k-1, ',') && f.dq[toks[k].q-1].attr == 0 {
					f.claim(int(toks[k].q-1), idx, 1)
				}
				break
			}
			if toks[k].kind != kWord && !f.punct(k, ',') && toks[k].flags&fAbbr == 0 && !f.punct(k, '-') {
				break
			}
		}
	}
	if !inverted && !passive && f.dashLike(after) {
		// "said — in a post on Facebook, as it happens — that …": over the parenthesis
		for k := after + 1; k < send && k < after+20; k++ {
			if t := &toks[k]; t.kind == kMark || t.flags&fPara != 0 {
				break
			}
			if f.dashLike(k) {
				if f.word(k+1) == "that" {
					after = k + 1
				}
				break
			}
		}
	}
	if !inverted && !passive && mode == mSpeech && f.punct(before, ',') {
		// "These workers, Smith explained at the hearing, were …": an inserted attribution with
		// an adjunct; what follows the adjunct's comma continues the words before it
		after = f.skipAdjunct(after, send)
	}
	// Most cues resume no quote: the cheap tests come before the scans for one.
	if !inverted && !passive && f.splitBehind(before) {
		if k := f.resumedQuote(after, send); k > 0 {
			// "“Every time you say that,” Lee said at the hearing on Monday, “you help them.”": a
			// quote split by its attribution resumes after the attribution's circumstances
			f.backwardQuote(idx, before)
			f.subjectQuote(&a, before) // "The pier “has …,” she said, “and …”"
			f.claim(int(toks[k].q-1), idx, 1)
			f.attrs = append(f.attrs, a)
			return
		}
	}
	if !inverted && !passive && mode == mSpeech && f.punct(after, ',') {
		if k := f.resumedQuote(after+1, send); k > after+1 && f.dq[toks[k].q-1].attr == 0 {
			// "Beck joked, again using a southern accent, “Amen, brother!”": the words come after
			// the manner of saying them
			f.claim(int(toks[k].q-1), idx, 1)
			f.attrs = append(f.attrs, a)
			return
		}
	}
	if f.quoteBehind(before) && !f.clauseAhead(after, send) {
		// "“We won,” she told cheering supporters", "“…,” he said with a grin": the quote is what
		// was said; the words after the cue are its circumstances
		f.backwardQuote(idx, before)
		f.attrs = append(f.attrs, a)
		return
	}
	if w := f.word(after + 1); f.punct(after, ',') && (w == "that" || finiteVerbs.get(w)) && f.sentenceQuoteBehind(before) {
		// "“Only you,” she said, would think of it": the quoted sentence runs on unquoted
		f.backwardQuote(idx, before)
		f.clause(&a, after+1, f.clauseEnd(after+1, send))
		f.attrs = append(f.attrs, a)
		return
	}
	if !inverted && !passive && mode == mSpeech && f.thisBack(after, send) {
		// "… . The commissioner disclosed this in a statement on Sunday.": what the sentence
		// before says, as African and Indian copy writes
		if s, e := f.sentenceBefore(i); e > s {
			f.clause(&a, s, e)
			if !a.content.IsZero() {
				f.attrs = append(f.attrs, a)
			}
			return
		}
	}
	if c := f.objectColon(after, send); c > 0 && !inverted && !passive {
		after = c + 1 // "posted a short message: “…”", "tweeted on Sunday: “…”": the quote is what was said
	}
	fend := send
	if w := f.word(src.a); src.a == src.b && (w == "who" || w == "which") && f.punct(src.a-1, ',') && !inverted && !passive {
		fend = f.relativeEnd(after, send) // "The mayor, who said the plan would fail, voted against it"
	}
	if f.forward(&a, idx, after, fend, mode) {
		if w := f.word(after + 1); a.content.IsZero() && f.punct(after, ',') && (w == "and" || w == "but") && f.punct(before, ',') {
			// "Most of the crew were new, she said, and “none of us knew the route.”": the quote
			// after, and the words before
			if s := f.afterDateline(sentStart(toks, before), before); f.wordsIn(s, before) >= 3 &&
				!toks[s].has(cPrep) && !f.closeMark(before-1) {
				f.clause(&a, s, before)
			}
		}
		f.attrs = append(f.attrs, a)
		if mode != mMixed && !f.endsSentence(before) && !f.nameBehind(before) {
			f.backwardQuote(idx, before) // "“…,” he said, adding …"
		}
		return
	}
	if mode == mIntend {
		return
	}
	if mode == mMixed {
		if !f.endsSentence(before) && f.backwardQuote(idx, before) {
			f.attrs = append(f.attrs, a) // "“Will he stay?” a staffer wondered."
		}
		return
	}
	if r := src.a - 1; !inverted && !passive && (f.word(r) == "which" || f.word(r) == "that") &&
		(after >= send || toks[after].kind == kPunct) && f.punct(r-1, ',') {
		// "a wall, which he said …" closing its clause: the relative pronoun stands for the content
		a.content = f.spanOf(r, r)
		f.attrs = append(f.attrs, a)
		return
	}
	if w := f.word(src.a); src.a == src.b && (w == "who" || w == "which") && f.punct(src.a-1, ',') {
		return // "…, said one resident, who asked not to be named": the relative clause reports nothing before it
	}
	f.backward(&a, idx, before, after, send)
	f.attrs = append(f.attrs, a)
	f.attrs = append(f.attrs, f.pending...)
	f.pending = f.pending[:0]
}

// invertedName reports whether a name opens at token a, not an honorific alone, and ends the
// sentence (before send) or comes before punctuation other than a comma: the speaker of "…, said
// Larry Sabato, director of the centre.", inverted though a comma precedes the cue.
func (f *finder) invertedName(a, send int) bool {
	p, ok := phraseFwd(f.text, f.toks, a, send)
	return ok && p.kind == pName && !f.toks[p.b].has(cHonor) &&
		(p.b+1 >= send || f.toks[p.b+1].kind != kWord && !f.punct(p.b+1, ','))
}

// insertAdverbs are the sentence adverbs that news copy sets between commas after the subject:
// "The bench, however, observed that …".
var insertAdverbs = setOf(`however though meanwhile too instead moreover nonetheless nevertheless
	therefore furthermore`)

// documentIn reports whether phrase p holds a noun for a text that speaks: "the statement", "a
// statement from the club", "the banner".
func (f *finder) documentIn(p phrase) bool {
	for k := p.a; k <= p.b; k++ {
		if documents.fold(f.word(k)) {
			return true
		}
	}
	return false
}

// floatingQuantifier reports whether token j is "all", "both" or "each" after an auxiliary or a
// plural subject, before the cue: "Schools and churches have all said", "They both say".
func (f *finder) floatingQuantifier(j int) bool {
	switch f.word(j) {
	case "all", "both", "each":
		if j == 0 || f.toks[j-1].kind != kWord {
			return false
		}
		if p := f.word(j - 1); p == "they" || p == "They" || p == "we" || p == "We" {
			return true
		}
		switch f.word(j - 1) {
		case "has", "is", "was", "does":
			return false // "has both endorsed him and criticized him": "both … and", one subject
		}
		if f.toks[j-1].cap() && f.toks[j-1].flags&fSent == 0 {
			for k := j - 2; k >= 0 && k > j-6 && f.toks[k].kind == kWord; k-- {
				if f.word(k) == "and" {
					return true // "Ann Cole and Tom Reyes both said"
				}
			}
			return false
		}
		return f.toks[j-1].has(cSkip|cPlural) && !f.toks[j-1].has(cPronoun)
	}
	return false
}

// putItEnd returns the comma or colon that ends the cue "put it" at token i, after a few words
// of manner or circumstance ("put it bluntly:", "put it in a letter to the council,"), when a
// quote, a clause or (after a colon) anything follows it; else -1.
func (f *finder) putItEnd(i int) int {
	send := sentEnd(f.toks, i)
	for k := i + 2; k < send && k < i+16; k++ {
		if f.punct(k, ',') || f.punct(k, ':') {
			if k+1 < send {
				return k
			}
			return -1
		}
		if f.toks[k].kind != kWord {
			return -1
		}
	}
	return -1
}

// according handles "according to X".
func (f *finder) according(i int) {
	toks := f.toks
	send := sentEnd(toks, i)
	opens := toks[i].flags&fSent != 0 || f.punct(i-1, '(')
	src, ok := phraseFwd(f.text, toks, i+2, send)
	if ok && opens && src.kind == pName && src.b > src.nb && f.punct(src.nb+1, ',') && !f.punct(src.b+1, ',') {
		src.b = src.nb // "According to Statistics Canada, the rate rose": the clause after the comma is no appositive
	}
	if n := src.b + 1; !ok || opens && n < send && !f.punct(n, ',') && f.wordsIn(n, send) > 0 {
		// any short phrase up to the next punctuation: "according to exchange data"; at the start
		// of a sentence a longer one up to its comma: "According to early results of exit polls
		// conducted by the university, …"
		limit := i + 18
		if opens {
			limit = i + 26
		}
		k := i + 2
		for k < send && k < limit && (toks[k].kind == kWord || toks[k].flags&fAbbr != 0 || f.punct(k, '-') || f.punct(k, '/') || f.punct(k, '&') || toks[k].kind == kMark && toks[k].q == 0) {
			k++
		}
		if k == i+2 || k == limit || k < send && !f.punct(k, ',') && !f.punct(k, '.') && !f.punct(k, ')') &&
			!f.punct(k, '(') && !f.punct(k, ';') && !f.dash(k) {
			if !ok {
				return
			}
		} else {
			src, ok = phrase{a: i + 2, b: k - 1, na: -1, nb: -1, kind: pDesc}, true
		}
	}
	if n := src.b + 1; src.kind == pDesc && documents.get(f.word(src.b)) && (f.word(n) == "from" || f.word(n) == "by" || f.word(n) == "of") {
		// "according to a statement from the company": the company speaks
		if q, ok := phraseFwd(f.text, toks, n+1, send); ok && q.kind != pPronoun {
			src.b, src.na, src.nb, src.kind = q.b, q.na, q.nb, q.kind
		}
	}
	if n := src.b + 1; n < send && toks[n].kind == kWord && !opens {
		// "according to a count by the Gazette, …", "according to an interview with the paper at
		// the time, …": the source runs on to the comma or the sentence's end
		for k := n; k < send && k < n+14; k++ {
			if t := &toks[k]; f.punct(k, ',') || f.punct(k, '.') && t.flags&fAbbr == 0 && k+1 >= send {
				src.b = k - 1
				break
			} else if t.kind != kWord && t.flags&fAbbr == 0 && !f.punct(k, '-') || f.word(k) == "that" {
				break
			}
		}
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
	if f.punct(after, ',') && (opens || i > 0 && toks[i-1].flags&fSent != 0 && toks[i-1].has(cStop)) {
		if f.forward(&a, idx, after+1, send, mSpeech) {
			f.attrs = append(f.attrs, a)
		}
		return
	}
	f.backward(&a, idx, i-1, after, send)
	if s := f.afterDateline(sentStart(toks, i), i); a.content.IsZero() && !opens && toks[i-1].kind == kWord &&
		(after >= send || f.punct(after, '.') && after+1 >= send) && f.wordsIn(s, i) >= 3 && !f.openMark(s) {
		f.clause(&a, s, i) // "… view him unfavorably according to the poll."
	}
	f.attrs = append(f.attrs, a)
	f.attrs = append(f.attrs, f.pending...)
	f.pending = f.pending[:0]
}

// ing handles "…, adding that …": the speaker is that of the attribution just before, in the
// same sentence.
func (f *finder) ing(i int) { f.ingCue(i, i) }

// goingOnTo reports whether "going on to" and a speech verb open at token k.
func (f *finder) goingOnTo(k int) bool {
	return f.word(k) == "going" && f.word(k+1) == "on" && f.word(k+2) == "to" && k+3 < len(f.toks) &&
		f.toks[k+3].has(cSpeech) && !f.toks[k+3].cap()
}

// ingCue is ing for the cue from token i to token v: "adding", "going on to say".
func (f *finder) ingCue(i, v int) {
	with, wok := f.withSubject(i)
	if !wok && !f.commaBefore(i) && !byIng.lower(f.word(i-1)) && f.word(i+1) != "that" {
		return
	}
	s := sentStart(f.toks, i)
	send := sentEnd(f.toks, i)
	var src phrase
	if wok {
		src = with // "…, with governor Ann Cole saying inflation was too high"
		if f.toks[with.a-1].flags&fSent != 0 {
			// "With the company warning that …, shares fell": the clause ends at its comma
			if k := f.clauseComma(v+1, send); k > 0 {
				send = k
			}
		}
	} else if i == s+1 && byIng.lower(f.word(s)) {
		// "After saying her foot was “so swollen,” she was …": the subject follows the clause;
		// only speech opens one there ("After questioning the driver, officers …" does not)
		if !f.toks[v].has(cSpeech) {
			return
		}
		k := f.clauseComma(v+1, send)
		p, ok := phraseFwd(f.text, f.toks, k+1, send)
		if k < 0 || !ok {
			return
		}
		src, send = p, k+1
	} else if n := len(f.attrs); n > 0 && f.attrs[n-1].cueTok >= s {
		src = f.attrs[n-1].src
	} else if p, ok := phraseFwd(f.text, f.toks, f.subjectStart(i), f.pastVerb(f.subjectStart(i), i)); ok {
		// "Clinton mocked the complaint, saying …": the subject of the sentence, after an
		// opening adjunct ("In a speech, …", "Meanwhile, …"), before its verb
		src = p
	} else {
		return
	}
	a := attr{src: src, cue: Span{int(f.toks[i].s), int(f.toks[v].e)}, cueTok: v, ent: -1}
	after, mode := v+1, mSpeech
	if f.toks[v].has(cTell) {
		if objectPronouns.get(f.word(after)) {
			after++ // "telling reporters …"
		} else {
			after = f.plainObject(after, send) // "telling the court he had acted alone"
		}
	}
	if toTarget.get(f.word(i)) {
		if f.word(i+1) != "to" {
			return
		}
		// "…,” he said, referring to the rally": what the words were about
		a.cue.End = int(f.toks[i+1].e)
		after, mode = i+2, mMixed
	}
	if f.forward(&a, len(f.attrs), after, send, mode) {
		f.attrs = append(f.attrs, a)
	}
}

// withSubject reads the subject of a cue in -ing at token i in an absolute clause opened by
// "with" after a comma or at the start of the sentence: "…, with officials saying …", "With the
// company warning that …".
func (f *finder) withSubject(i int) (phrase, bool) {
	if !f.withBefore(i) {
		return phrase{}, false
	}
	p, ok := phraseBack(f.text, f.toks, i-1)
	if !ok || p.kind == pPronoun || p.a < 1 || p.b != i-1 || !strings.EqualFold(f.word(p.a-1), "with") {
		return phrase{}, false
	}
	if w := p.a - 1; !f.punct(w-1, ',') && f.toks[w].flags&fSent == 0 {
		return phrase{}, false // "a man with friends saying nothing"
	}
	return p, true
}

// withBefore reports whether "with" stands at most six words before token i, with only words
// between: the cheap test before withSubject reads the phrase.
func (f *finder) withBefore(i int) bool {
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		if f.toks[k].kind != kWord && f.toks[k].flags&fAbbr == 0 {
			return false
		}
		if w := f.word(k); w == "with" || w == "With" {
			return true
		}
	}
	return false
}

// commaBefore reports whether a comma comes right before token i, or a closing mark after a
// comma inside its quote: "…,” adding".
func (f *finder) commaBefore(i int) bool {
	return f.punct(i-1, ',') || f.closeMark(i-1) && f.punct(i-2, ',')
}

// clauseComma returns the comma that closes a clause opening at k, outside any quote (or the
// closing mark right after a comma inside one: "“…,”"), or -1 when the sentence ends first.
func (f *finder) clauseComma(k, send int) int {
	for ; k < send && k < len(f.toks); k++ {
		if f.punct(k, ',') && f.toks[k].q == 0 || f.closeMark(k) && f.punct(k-1, ',') {
			return k
		}
	}
	return -1
}

// quotedNoun reads a determiner and a noun the lexicon does not know ("the clerk", "a
// retired welder") as the speaker when a quote closes right before them, a clause and its
// comma do, or a quote opens right after the cue at n: "“We are open,” the clerk said", "The
// ship sank, the captain said", "a clerk had typed “none known”".
func (f *finder) quotedNoun(j, n int) (phrase, bool) {
	toks := f.toks
	after := f.openMark(n) || (f.punct(n, ',') || f.punct(n, ':')) && f.openMark(n+1)
	k := j - 1
	if !(toks[k].has(cDet) && !toks[k].has(cStop)) {
		k-- // one modifier: "a retired welder"
		if k < 0 || toks[k+1].kind != kWord || toks[k+1].has(cStop|cSkip|cSpeech|cThink) || !toks[k].has(cDet) || toks[k].has(cStop) {
			if !after {
				return phrase{}, false
			}
			// before a quote, a longer description after a comma: "the 34-year-old mother of
			// three replied, “…”"
			if k = f.detBefore(j, 6); k < 0 {
				return phrase{}, false
			}
		}
	}
	b := k - 1
	if f.punct(b, ',') {
		b--
	}
	// after a clause and its comma: "The ship sank, the captain told reporters."
	clause := f.punct(k-1, ',') && f.wordsIn(f.afterDateline(sentStart(toks, k), k), k) >= 3
	if !after && !clause && !(f.closeMark(b) && !f.endsSentence(b)) {
		return phrase{}, false
	}
	return phrase{a: k, b: j, na: -1, nb: -1, kind: pDesc}, true
}

// detBefore returns the determiner that opens a description ending at token j, at most n words
// back, right after a comma or at the start of the sentence, with no verb or mark between; or -1.
func (f *finder) detBefore(j, n int) int {
	toks := f.toks
	for k := j - 1; k >= 0 && k >= j-n; k-- {
		t := &toks[k]
		if t.kind != kWord || t.has(cSpeech|cThink|cPronoun) || finiteVerbs.get(f.word(k)) {
			return -1
		}
		if t.has(cDet) && !t.has(cStop) {
			if t.flags&fSent != 0 || f.punct(k-1, ',') {
				return k
			}
			return -1
		}
	}
	return -1
}

// clauseOpens reports whether a reported clause plainly opens at token k: "that", a subject
// pronoun or a determiner.
func (f *finder) clauseOpens(k int) bool {
	if k >= len(f.toks) || f.toks[k].kind != kWord {
		return false
	}
	t := &f.toks[k]
	return f.word(k) == "that" || t.has(cPronoun) || t.has(cDet) && !t.has(cStop)
}

// quotedAs handles "Interfax quoted Dmitri Volkov as saying (that) …" at the cue "quoted" at
// token i: the person quoted is the speaker, "as saying" the cue, and what follows the content.
// The outlet that quoted them only passes the words on.
func (f *finder) quotedAs(i, send int) bool {
	o, ok := phraseFwd(f.text, f.toks, i+1, send)
	if !ok || o.kind == pPronoun || f.word(o.b+1) != "as" || f.word(o.b+2) != "saying" && f.word(o.b+2) != "telling" {
		return false
	}
	a := attr{src: o, cue: f.spanOf(o.b+1, o.b+2), cueTok: o.b + 2, ent: -1}
	if f.forward(&a, len(f.attrs), o.b+3, send, mSpeech) {
		f.attrs = append(f.attrs, a)
	}
	return true
}

// nameList extends a coordinated name that src holds ("Media and Sport") back over the names
// listed before it with commas ("Culture, Media and Sport") and, when an organisation's noun
// and "for" or "of" open the list, over them too, which then name the speaker: "the Department
// for Culture, Media and Sport".
func (f *finder) nameList(src *phrase) {
	if src.kind != pName {
		return
	}
	toks := f.toks
	for f.punct(src.a-1, ',') {
		q, ok := phraseBack(f.text, toks, src.a-2)
		if !ok || q.kind != pName || q.b != src.a-2 || q.a != q.na {
			break
		}
		src.a = q.a
	}
	if w := f.word(src.a - 1); w == "for" || w == "of" {
		if q, ok := phraseBack(f.text, toks, src.a-2); ok && q.kind == pName && q.b == src.a-2 && toks[q.nb].has(cOrg) {
			src.a, src.na = q.a, q.na
		}
	}
}

// descList widens a description of a group over the groups listed before it with commas and
// "and": "Teachers, parents and pupils say", "Bus drivers, mechanics and cleaners say". Each
// group is a noun phrase of at most three words that ends in a plural or a noun the lexicon
// knows for people. Each group must open the sentence or follow a comma, so that "published by
// doctors and nurses" or "In separate talks, …" lends its nouns to no subject.
func (f *finder) descList(src *phrase) {
	joined := false
	for k := src.a; k <= src.b; k++ {
		if f.word(k) == "and" {
			joined = true
			break
		}
	}
	a := src.a
	if !joined {
		if f.word(a-1) != "and" {
			return
		}
		b := f.listItem(a - 2)
		if b < 0 {
			return
		}
		if b > 0 && f.toks[b-1].kind == kWord && f.toks[b-1].has(cDet) && !f.toks[b-1].has(cStop) {
			b-- // "the pilots and porters"
		}
		if !f.listOpens(b) && !f.toks[b].has(cDet) {
			return // "published by doctors and nurses"
		}
		a = b
	}
	for f.punct(a-1, ',') {
		b := f.listItem(a - 2)
		if b < 0 || !f.listOpens(b) {
			break // "In separate talks, pilots and porters said": the adjunct is no group
		}
		a = b
	}
	src.a = a
}

// listSubject reads a list of groups that ends at token j, the last word before the cue, and
// is the whole subject of its sentence: "Nurses, porters, cleaners and cooks said", where no
// group is a noun the lexicon knows.
func (f *finder) listSubject(j int) (phrase, bool) {
	b := f.listItem(j)
	if b < 2 || f.word(b-1) != "and" {
		return phrase{}, false
	}
	p := phrase{a: b, b: j, na: -1, nb: -1, kind: pDesc}
	f.descList(&p)
	if p.a == b || p.a != f.subjectStart(j) {
		return phrase{}, false
	}
	return p, true
}

// listFwd reads groups after an inverted cue that run to the end of the sentence: "said shop
// owners", "said shop owners, cafe staff and residents". Each group is at most three lower-case
// words and ends in a plural or a noun the lexicon knows for people.
func (f *finder) listFwd(a, send int) (phrase, bool) {
	toks := f.toks
	k, and := a, false
	for {
		n := 0
		for ; k < send && n < 3 && toks[k].kind == kWord && !toks[k].cap() && f.word(k) != "and" &&
			!toks[k].has(cStop|cSkip|cSpeech|cThink|cPrep|cTime|cPronoun|cDet) && !isAdverb(f.word(k)); k++ {
			n++
		}
		if n == 0 || !f.groupNoun(k-1) || isPossessive(f.word(k-1)) {
			return phrase{}, false
		}
		if and {
			break
		}
		if f.punct(k, ',') && f.word(k+1) == "and" {
			k++ // the serial comma: "cafe staff, and residents"
		}
		if f.punct(k, ',') || f.word(k) == "and" {
			and = f.word(k) == "and"
			k++
			continue
		}
		break
	}
	if k < send && !(f.punct(k, '.') && (k+1 >= send || toks[k+1].flags&(fSent|fPara) != 0)) &&
		!(f.punct(k, ',') && f.word(k+1) == "who") { // "said fans and players, who gathered at dawn"
		return phrase{}, false // "said residents of the town": a longer phrase, or a clause
	}
	return phrase{a: a, b: k - 1, na: -1, nb: -1, kind: pDesc}, true
}

// listOpens reports whether a group in a list, at token b, opens its sentence or follows a
// comma, which may close a quote: "“We will stay,” teachers, parents and pupils said".
func (f *finder) listOpens(b int) bool {
	return f.toks[b].flags&fSent != 0 || f.punct(b-1, ',') || f.closeMark(b-1) && f.punct(b-2, ',')
}

// listItem returns the first token of a group in a list that ends at token j ("mechanics",
// "school nurses", "Family doctors"), or -1.
func (f *finder) listItem(j int) int {
	toks := f.toks
	if j < 0 || toks[j].kind != kWord || toks[j].cap() && toks[j].flags&fSent == 0 ||
		toks[j].has(cStop|cSkip|cSpeech|cThink|cPrep|cTime|cPronoun) && !toks[j].has(cDesc) {
		return -1
	}
	if w := f.word(j); !toks[j].has(cDesc|cPlural|cOrg) && !(len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !isPossessive(w)) {
		return -1
	}
	a := j
	for a > j-2 && a > 0 && toks[a].flags&fSent == 0 {
		u := &toks[a-1]
		if u.kind != kWord || u.cap() && u.flags&fSent == 0 || u.has(cStop|cSkip|cSpeech|cThink|cPrep|cTime|cPronoun) || f.word(a-1) == "and" ||
			isIng(f.word(a-1)) {
			break
		}
		a--
	}
	return a
}

// notSpeech reports whether the cue verb w, whose object or clause opens at token after, is
// used in a sense that reports no speech: "added three ports to its list", "would continue to
// divert ships", "continued the talks".
func (f *finder) notSpeech(w string, after, send int) bool {
	switch w {
	case "add", "adds", "added":
		// a noun phrase, then "to": what was added to something
		for k := after; k < send && k < after+7; k++ {
			if f.word(k) == "to" {
				return true
			}
			if t := &f.toks[k]; t.kind != kWord || t.has(cPronoun) || f.word(k) == "that" || finiteVerbs.get(f.word(k)) {
				return false
			}
		}
	case "continue", "continues", "continued":
		// only "continued:", "continued, “…”" or a clause before it report speech
		return after < send && !f.punct(after, ':') && !f.punct(after, ',') && !f.openMark(after) && !f.punct(after, '.')
	}
	return false
}

// plainObject returns the token after an object the lexicon does not know, of a cue that takes
// one, when a clause plainly opens after it: "told investors the outlook had improved",
// "telling the court he had acted alone"; else after itself.
func (f *finder) plainObject(after, send int) int {
	toks := f.toks
	n := after
	if n < send && toks[n].has(cDet) && !toks[n].has(cStop) {
		n++ // "the court"
	}
	if n > after && n < send && toks[n].kind == kWord && toks[n].cap() && !toks[n].has(cStop|cPronoun) {
		// "told the Echo she had …": an outlet's name of capitalised words
		for n+1 < send && toks[n+1].kind == kWord && toks[n+1].cap() && !toks[n+1].has(cStop|cPronoun) && n < after+4 {
			n++
		}
		if k := n + 1; f.word(k) == "that" || f.clauseOpens(k) || f.adjunctThat(k, send) {
			return k
		}
		return after
	}
	if n >= send || toks[n].kind != kWord || toks[n].cap() || toks[n].has(cStop|cSkip|cSpeech|cThink|cPrep) ||
		finiteVerbs.get(f.word(n)) || n == after && f.word(n)[len(f.word(n))-1] != 's' {
		return after
	}
	if k := n + 1; f.word(k) == "that" || f.clauseOpens(k) || f.subjectOpens(k) || f.adjunctThat(k, send) {
		return k
	}
	return after
}

// adjunctThat reports whether a short adjunct opens at token k with a preposition other than
// "to" and "that" follows it: "told the Echo in an interview that …", "told investors on a call
// that …".
func (f *finder) adjunctThat(k, send int) bool {
	if k >= send || !f.toks[k].has(cPrep) || f.word(k) == "to" {
		return false
	}
	for n := k + 1; n < send && n < k+10; n++ {
		if f.toks[n].kind != kWord {
			return false
		}
		if f.word(n) == "that" {
			return true
		}
	}
	return false
}

// anonymous are the participles of "asked not to be named" and "declined to be identified".
var anonymous = setOf(`named identified quoted`)

// subjectOpens reports whether the subject of a reported clause plainly opens at token k, when
// "that" is left out: a noun the lexicon knows for people or bodies ("officials", "police"), a
// plural noun for people who do something ("councillors"), or a capitalised name inside the
// sentence.
func (f *finder) subjectOpens(k int) bool {
	if k >= len(f.toks) || f.toks[k].kind != kWord {
		return false
	}
	t := &f.toks[k]
	if t.cap() {
		return t.flags&fSent == 0 && !t.has(cStop|cTime|cPrep)
	}
	if t.has(cStop | cSkip | cPrep | cSpeech | cThink) {
		return false
	}
	w := f.word(k)
	return t.has(cPlural|cOrg|cDesc) || w[len(w)-1] == 's' && agentive(w) // "councillors"
}

// dashedSubject reads a subject with a parenthesis between dashes before the cue, the second
// dash at token j: "Many people at the meeting — including fishermen and nurses — said". The
// phrase before the first dash must read as a speaker; the parenthesis becomes part of it.
func (f *finder) dashedSubject(j int) (phrase, bool) {
	toks := f.toks
	s := sentStart(toks, j)
	for k := j - 2; k > s && k > j-30; k-- {
		if t := &toks[k]; t.kind == kMark && t.q != 0 || t.flags&fPara != 0 {
			return phrase{}, false
		}
		if !f.dashLike(k) {
			continue
		}
		b := k - 1
		for b > s && f.punct(b, '-') {
			b-- // "--"
		}
		p, ok := f.longSubject(b)
		if !ok {
			if p, ok = phraseBack(f.text, toks, b); !ok || p.kind == pPronoun || p.a != f.subjectStart(b) {
				return phrase{}, false
			}
		}
		p.b = j - 1
		for p.b > k && f.dashLike(p.b) {
			p.b--
		}
		return p, true
	}
	return phrase{}, false
}

// relativeSubject reads the subject of a cue followed by "that" when a relative clause ends
// it: the antecedent of "who" ("Friends of the family who know him well say that …"), found
// within a dozen words before token j.
func (f *finder) relativeSubject(j int) (phrase, bool) {
	s := sentStart(f.toks, j)
	for k := j; k > s && k > j-12; k-- {
		if t := &f.toks[k]; t.kind != kWord && t.flags&fAbbr == 0 {
			return phrase{}, false
		}
		if w := f.word(k); w == "who" || w == "whom" || w == "whose" {
			// ("The farmers whose crops were lost say …": the owner speaks)
			if p, ok := phraseBack(f.text, f.toks, k-1); ok && p.kind != pPronoun {
				if q, ok := f.longSubject(k - 1); ok && q.a < p.a {
					// "Friends of the family"; "Friends of Mr. Reyes" are no Mr. Reyes
					p.a, p.na, p.nb, p.kind = q.a, q.na, q.nb, q.kind
				}
				return p, true
			}
			return phrase{}, false
		}
	}
	return phrase{}, false
}

// qualifierEnd returns the end of a prepositional phrase that qualifies an inverted speaker and
// closes the sentence or runs to a comma ("said a spokeswoman for the council."), or k when
// none does.
func (f *finder) qualifierEnd(k, send int) int {
	switch f.word(k) {
	case "for", "at", "of", "from", "with":
	default:
		return k // not "on Monday", "in an interview": when and how, not who
	}
	for m := k + 1; m < send && m < k+10; m++ {
		t := &f.toks[m]
		if f.punct(m, ',') || f.punct(m, '.') && t.flags&fAbbr == 0 && m+1 >= send {
			return m
		}
		if t.kind != kWord && t.flags&fAbbr == 0 && !f.punct(m, '-') || t.has(cSpeech|cThink|cTime) && !t.has(cNoun) ||
			f.word(m) == "that" || isYear(f.word(m)) {
			return k
		}
	}
	if k+10 >= send {
		return send
	}
	return k
}

// quoteBehind reports whether a direct quote that opens its sentence, and does not end it,
// closes right before token b+1, the speaker phrase: "“…,” she said". A short quote or a title
// there ("“Ask Me Anything,” the host said …") may be a name of what the clause after speaks of.
func (f *finder) quoteBehind(b int) bool {
	if f.punct(b, ',') {
		b--
	}
	if !f.closeMark(b) || f.toks[b+1].flags&fPara != 0 || f.endsSentence(b) {
		return false
	}
	d := &f.dq[f.toks[b].q-1]
	return f.toks[d.open].flags&fSent != 0 && d.words > scareWords && !f.titleCase(d)
}

// resumedQuote returns the opening mark of a quote that resumes, after a comma, the words of a
// cue that ends at token after-1 with only its circumstances between ("said during a rally in
// Dover, Del., “but …”", "told reporters on Monday, “…”"); else -1. A quote whose words come
// first ("“…” said, referring to …") is not one: what is between must hold no mark or cue.
func (f *finder) resumedQuote(after, send int) int {
	for k := after; k < send && k < after+30; k++ {
		t := &f.toks[k]
		if t.kind == kMark {
			if f.openMark(k) && f.punct(k-1, ',') && f.dq[t.q-1].close > 0 {
				return k
			}
			return -1
		}
		if t.kind == kWord && k > after && t.has(cSpeech|cThink) && !t.cap() {
			return -1 // a cue of its own reports what follows
		}
		if t.kind == kPunct && !f.punct(k, ',') && !f.punct(k, '-') && t.flags&fAbbr == 0 {
			return -1 // the sentence, or the attribution's clause, ends first
		}
	}
	return -1
}

// splitBehind reports whether a quote that does not end its sentence, and is no title, closes
// right before token b+1, or before a comma there: the first part of a quote split by its
// attribution.
func (f *finder) splitBehind(b int) bool {
	if f.punct(b, ',') {
		b--
	}
	return f.closeMark(b) && f.toks[b+1].flags&fPara == 0 && !f.endsSentence(b) && !f.titleCase(&f.dq[f.toks[b].q-1])
}

// nameBehind reports whether the quote closing right before token b+1 is a short title-case
// name inside its sentence, as a show's in "On “Harbour Hour,” the mayor said …".
func (f *finder) nameBehind(b int) bool {
	if f.punct(b, ',') {
		b--
	}
	if !f.closeMark(b) {
		return false
	}
	d := &f.dq[f.toks[b].q-1]
	return f.toks[d.open].flags&fSent == 0 && d.words <= maxSubhead && f.titleCase(d)
}

// sentenceQuoteBehind reports whether a quote that opens its sentence, and does not end it,
// closes right before token b+1.
func (f *finder) sentenceQuoteBehind(b int) bool {
	if f.punct(b, ',') {
		b--
	}
	if !f.closeMark(b) || f.toks[b+1].flags&fPara != 0 || f.endsSentence(b) {
		return false
	}
	return f.toks[f.dq[f.toks[b].q-1].open].flags&fSent != 0
}

// clauseAhead reports whether a reported clause or a quote may open after a cue at token k: a
// quote, a comma or colon, or "that" within a short adjunct ("said on Monday that").
func (f *finder) clauseAhead(k, send int) bool {
	if k >= send || f.openMark(k) || f.punct(k, ',') || f.punct(k, ':') {
		return true
	}
	for m := k; m < send && m < k+8; m++ {
		if f.word(m) == "that" {
			return true
		}
		if f.toks[m].kind != kWord && f.toks[m].flags&fAbbr == 0 {
			return false
		}
	}
	return false
}

// skipAdjunct returns the comma that closes a short adjunct opening at token k ("at the
// hearing,", "on Monday,", "in a statement to the council,"), or k when none does.
func (f *finder) skipAdjunct(k, send int) int {
	if k >= send || !f.toks[k].has(cPrep|cTime) || f.word(k) == "that" {
		return k
	}
	for m := k + 1; m < send && m < k+8; m++ {
		t := &f.toks[m]
		if f.punct(m, ',') {
			return m
		}
		if t.kind != kWord && t.flags&fAbbr == 0 || f.word(m) == "that" || finiteVerbs.get(f.word(m)) ||
			t.has(cSpeech|cThink|cPronoun) {
			return k
		}
	}
	return k
}

// ofPhrase widens src over "X of" (or another preposition) before it: "the incident" in "The
// video of the incident" becomes the whole phrase.
func (f *finder) ofPhrase(src phrase) phrase {
	if p := src.a - 1; p > 0 && pureLocative.get(f.word(p)) && src.kind != pPronoun {
		if q, ok := phraseBack(f.text, f.toks, p-1); ok && q.kind != pPronoun {
			src.a = q.a
		}
	}
	return src
}

// evidenceVerbs are the verbs with which records and findings speak: "the figures show …".
var evidenceVerbs = setOf(`show shows showed find finds found indicate indicates indicated`)

// byDocument reports whether token p is a "by" after a document or a finding, whose author
// is no subject of its own: "A survey by the council found …", and "Documents reviewed by the
// Herald show …", where who saw the document is not who speaks.
func (f *finder) byDocument(p int) bool {
	if p < 1 || f.word(p) != "by" {
		return false
	}
	w := f.word(p - 1)
	if seenBy.get(w) && p >= 2 {
		w = f.word(p - 2)
	}
	return documents.fold(w) || findings.fold(w) || documents.fold(strings.TrimSuffix(w, "s")) || findings.fold(strings.TrimSuffix(w, "s"))
}

// documentBack reads back from token k, a document noun, the phrase it heads: up to two
// modifiers and a determiner ("A leaked internal memo", "Internal documents").
func (f *finder) documentBack(k int) (phrase, bool) {
	a := k
	for n := 0; n < 2 && a > 0; n++ {
		t := &f.toks[a-1]
		if t.kind != kWord || t.cap() && t.flags&fSent == 0 || t.has(cDet|cStop|cPrep|cSpeech|cThink|cPronoun) {
			break
		}
		a--
	}
	if a > 0 && f.toks[a-1].has(cDet) {
		a--
	}
	return phrase{a: a, b: k, na: -1, nb: -1, kind: pDesc}, true
}

// seenBy are the participles between a document and who saw or made it: "a notice seen by
// Reuters", "records obtained by the Gazette".
var seenBy = setOf(`seen reviewed obtained viewed examined published released compiled prepared
	commissioned filed issued written sent signed shared leaked read`)

// thatCues are verbs that report speech or thought only with "that" after them, being other
// verbs elsewhere: "charged that the count was rigged" but "charged with fraud", "suspected
// that …" but "suspected of fraud".
var thatCues = setOf(`charge charges charged surmise surmised theorize theorized theorise theorised
	hypothesize hypothesized affirm affirms affirmed reaffirm reaffirms reaffirmed suspect suspects
	suspected assume assumes assumed guess guessed imagine imagines imagined envision envisions
	envisioned anticipate anticipates anticipated reckon reckons reckoned figured project projects
	projected rule rules ruled advise advised submit submits submitted`) // counsel "submitted that …" in court reports

// evidenceIng are the -ing forms of verbs of evidence, which report what a document or a finding
// shows right after it, with no comma: "polls showing the mayor ahead", "a report indicating
// that …".
var evidenceIng = setOf(`showing indicating finding`)

// evidenceShowing handles an -ing verb of evidence at i whose subject, right before it, is a
// document or a finding, after "with" or before "that": "with polls showing the mayor ahead",
// "cited data showing that …".
func (f *finder) evidenceShowing(i int) {
	src, ok := phraseBack(f.text, f.toks, i-1)
	if !ok || src.kind == pPronoun || !f.evidenceSubject(src) || f.toks[i].cap() {
		return
	}
	if w := f.word(src.a - 1); w != "with" && w != "With" && f.word(i+1) != "that" {
		return // "the polls showing him second are wrong": a subject, whose verb would end up in the content
	}
	a := attr{src: src, cue: f.spanOf(i, i), cueTok: i, ent: -1}
	if f.forward(&a, len(f.attrs), i+1, sentEnd(f.toks, i), mSpeech) && !a.content.IsZero() {
		f.attrs = append(f.attrs, a)
	}
}

// findings are nouns for what data and inquiries yield, which take the words of a document.
var findings = setOf(`record data figure result number statistic estimate finding evidence inquiry
	investigation probe research footage count tally census audit test scan image photo photograph
	recording transcript slide chart graph map table average model forecast projection calculation`)

// evidenceSubject reports whether the phrase src is headed by a document, a finding or a poll
// (the word may open the sentence, and then reads as a name),
// whose verb of showing or finding takes any object: "Polls show voters trust her", "Public
// records show little evidence of it".
func (f *finder) evidenceSubject(src phrase) bool {
	if src.kind == pPronoun || f.toks[src.b].cap() && f.toks[src.b].flags&fSent == 0 {
		return false
	}
	for k := src.a; k <= src.b; k++ {
		w := f.word(k)
		for _, v := range [2]string{w, strings.TrimSuffix(w, "s")} {
			if documents.fold(v) || findings.fold(v) {
				return true // "Video of the incident", "A new analysis of the filings"
			}
		}
		if f.toks[k].has(cPrep) && k > src.a {
			break // "the mayor of the town with the records": not the head
		}
	}
	return false
}

// seeAs are verbs of opinion that report a view with "as": "voters see her as honest".
var seeAs = setOf(`see sees saw view views viewed regard regards regarded perceive perceives
	perceived`)

// asWithin reports whether "as" follows the verb at i within a short object.
func (f *finder) asWithin(i int) bool {
	send := sentEnd(f.toks, i)
	for k := i + 1; k < send && k < i+8; k++ {
		if f.word(k) == "as" {
			return k > i+1
		}
		if f.toks[k].kind != kWord {
			return false
		}
	}
	return false
}

// loneSpeakers stand alone as a speaker one of a group, or nobody named: "Another said, “…”",
// "One told me …", "“It is over,” someone shouted."
var loneSpeakers = setOf(`another one someone somebody`)

// loneBefore may come before a quantifier or lone speaker that opens its clause: "Yet another said".
var loneBefore = setOf(`yet and but still`)

// quantifiers stand alone as subjects of belief: "many believe", "Some say", "Both think".
var quantifiers = setOf(`many most some few both others several all everyone nobody`)

// prepCues are verbs that report what someone spoke of through a preposition: "talked about the
// deficit", "called for a recount".
var prepCues = wordsOf(map[string]string{"talk": "about", "talks": "about", "talked": "about",
	"talking": "about", "speak": "about", "speaks": "about", "spoke": "about", "speaking": "about",
	"call": "for", "calls": "for", "called": "for", "calling": "for", "complain": "about",
	"complains": "about", "complained": "about", "complaining": "about", "warn": "of",
	"warns": "of", "warned": "of", "warning": "of", "boasted": "about", "bragged": "about",
	"joked": "about", "wrote": "about", "writes": "about", "testified": "about", "rail": "against",
	"rails": "against", "railed": "against", "railing": "against", "apologize": "for",
	"apologizes": "for", "apologized": "for", "apologise": "for", "apologises": "for",
	"apologised": "for"})

// relativeEnd returns the comma that closes a relative clause opened after a comma ("The mayor,
// who said the plan would fail, voted against it"), searched from token k: a comma before a
// lower-case word that goes on the main clause, a verb rather than a determiner, pronoun,
// preposition or conjunction; else send.
func (f *finder) relativeEnd(k, send int) int {
	toks := f.toks
	for ; k+1 < send; k++ {
		if !f.punct(k, ',') {
			continue
		}
		n := &toks[k+1]
		w := f.word(k + 1)
		if n.kind != kWord || n.cap() || n.q != 0 || ingCues.get(w) || n.has(cProg) {
			continue
		}
		if modals.get(w) {
			continue // "said that the two men, and Lee in particular, must …": the content goes on
		}
		if finiteVerbs.get(w) || n.has(cSpeech|cThink|cMixed) || !n.has(cDet|cPronoun|cPrep|cStop|cSkip|cTime) && !isAdverb(w) && !isIng(w) {
			return k
		}
	}
	return send
}

// modals are the auxiliaries that go on a clause after an insert more often than they open a
// main clause after a relative one.
var modals = setOf(`will would can could should may might must`)

// contactSubject reads a subject that ends at token j in a relative clause with no pronoun of
// its own, a subject pronoun and a verb after a noun phrase: "All the experts I spoke to said",
// "The residents we met say".
func (f *finder) contactSubject(j int) (phrase, bool) {
	toks := f.toks
	for p := j - 1; p >= j-3 && p > 0; p-- {
		t := &toks[p]
		if t.kind != kWord {
			return phrase{}, false
		}
		if !t.has(cPronoun) {
			continue
		}
		if w := f.word(p); w != "I" && w != "we" && w != "they" && w != "he" && w != "she" && w != "you" {
			return phrase{}, false
		}
		for k := p + 1; k <= j; k++ {
			u := &toks[k]
			if u.kind != kWord || u.cap() || u.has(cSpeech|cThink|cDet|cPronoun) || u.has(cStop) && !u.has(cPrep) {
				return phrase{}, false // "… that we built said": "that" opens a clause of its own
			}
		}
		np, ok := phraseBack(f.text, toks, p-1)
		if !ok || np.kind == pPronoun || f.punct(np.a-1, ',') {
			return phrase{}, false
		}
		return phrase{a: np.a, b: j, na: -1, nb: -1, kind: pDesc}, true
	}
	return phrase{}, false
}

// closeHeads are the words that head "… close to X" as a speaker with no noun of their own:
// "Those close to him say", "Someone close to the mayor said".
var closeHeads = setOf(`those people someone somebody one many some several others friends`)

// callForms are the forms of "call", which with "on", an object and "to" report an appeal.
var callForms = setOf(`call calls called calling`)

// toTarget are -ing cues that take "to" and what the speaker spoke of: "referring to".
var toTarget = setOf(`referring alluding pointing`)

// pastVerb returns the first lower-case word in -ed after the second token from s and before
// e, the verb that ends a subject ("The union attacked Okafor"), or e.
func (f *finder) pastVerb(s, e int) int {
	for k := s + 2; k < e; k++ {
		t := &f.toks[k]
		if t.kind == kWord && !t.cap() && strings.HasSuffix(f.word(k), "ed") && !t.has(cDet|cStop) {
			return k
		}
	}
	return e
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
	return toks[src.b].has(cDesc|cPlural|cOrg) && !toks[src.b].has(cNoun) || f.documentSubject(src) || f.evidenceSubject(src)
}

// clauseSubject reports whether the cue at i, a word that may be a noun, reads as a verb because
// a description opened by "the" stands before it and a clause opens right after it with a
// subject pronoun or "that": "The coach hopes he will be fit", "the council claims that …". A
// noun there would need an article of its own, and "the coach hopes" none.
func (f *finder) clauseSubject(src phrase, i int) bool {
	if src.kind != pDesc || !strings.EqualFold(f.word(src.a), "the") || src.b != i-1 || isPossessive(f.word(src.b)) {
		return false
	}
	n := f.toks[i+1:]
	if len(n) == 0 || n[0].kind != kWord || n[0].cap() && f.word(i+1) != "I" {
		return false
	}
	return n[0].has(cPronoun) || f.word(i+1) == "that"
}

// finiteIn reports whether a finite auxiliary or copula stands in tokens [a, b).
func (f *finder) finiteIn(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].kind == kWord && finiteVerbs.get(f.word(k)) {
			return true
		}
	}
	return false
}

// besideQuote reports whether a direct quote closes a few words before the cue at token i,
// within its sentence ("“No,” she laughed"), or opens right after it, after a comma or a colon
// if any ("Lee scoffed, “Never.”").
func (f *finder) besideQuote(i int) bool {
	if f.openMark(i+1) || (f.punct(i+1, ',') || f.punct(i+1, ':')) && f.openMark(i+2) {
		return true
	}
	c := f.quoteBefore(i - 1)
	return c >= 0 && c >= sentStart(f.toks, i) && f.closeMark(c)
}

// quoteBefore returns the closing mark of a direct quote that ends at most a dozen words before
// token j, with only words between, or -1.
func (f *finder) quoteBefore(j int) int {
	for k := j; k >= 0 && k > j-13; k-- {
		t := &f.toks[k]
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
	if w := f.word(i); f.toks[i].has(cNoun) && w[len(w)-1] != 's' && w[len(w)-1] != 'd' {
		return false // "Washington Post Hit Piece …": a noun's bare form is no headline's verb
	}
	n := i + 1
	if f.punct(n, '.') {
		n++
	}
	if i > 0 && f.toks[i-1].cap() && (n >= len(f.toks) || f.toks[n].flags&fPara != 0) {
		return true
	}
	// "Obama Says Museum Will Tell of Suffering": a short title-case line opened by the name
	ps := int(f.toks[i].ps)
	if i == ps || i-ps > 5 || f.toks[i].se-f.toks[i].ss > 30 {
		return false
	}
	for k := ps; k < i; k++ {
		if t := &f.toks[k]; !(t.kind == kWord && t.cap() || t.flags&fAbbr != 0) {
			return false
		}
	}
	return true
}

// beContraction reports whether w is a pronoun with "is" or "are" contracted onto it: "she's",
// "they’re".
func beContraction(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'re") ||
		strings.HasSuffix(w, "’re")
}

// isYear reports whether w is a four-digit year: "who in 2010 said".
func isYear(w string) bool {
	return len(w) == 4 && (w[0] == '1' || w[0] == '2') && isDigit(rune(w[1])) && isDigit(rune(w[2])) && isDigit(rune(w[3]))
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

// objectColon returns the colon that ends a short object or adjunct after a cue, from token
// after, when a quotation mark opens right after it ("posted a short message: “…”", "wrote on
// Instagram: “…”"), or -1. The words before the colon hold no verb.
func (f *finder) objectColon(after, send int) int {
	toks := f.toks
	colon := -1 // most cues have none: look for it before reading the words
	for k := after + 1; k < send && k < after+7; k++ {
		if toks[k].kind == kPunct && f.text[toks[k].s] == ':' {
			colon = k
			break
		}
	}
	if colon < 0 {
		return -1
	}
	for k := after; k <= colon; k++ {
		if f.punct(k, ':') {
			if k > after && f.openMark(k+1) {
				return k
			}
			return -1
		}
		t := &toks[k]
		if t.kind != kWord && !f.punct(k, ',') && t.flags&fAbbr == 0 || t.has(cSpeech|cThink) && !t.has(cNoun) || t.has(cPronoun) ||
			finiteVerbs.get(f.word(k)) || f.word(k) == "that" || !t.cap() && beContraction(f.word(k)) {
			return -1 // a clause: "said there’s a simple explanation: “…”"
		}
	}
	return -1
}

// thisBack reports whether the cue's object at token after is "this" standing for what was said
// before: only adjuncts, if anything, follow it ("disclosed this in a statement", "stated this
// while speaking at the summit"), not a verb ("said this was wrong") or a time ("said this week").
func (f *finder) thisBack(after, send int) bool {
	if f.word(after) != "this" {
		return false
	}
	n := after + 1
	if n >= send {
		return true
	}
	t := &f.toks[n]
	if t.has(cTime) {
		return false
	}
	w := f.word(n)
	return f.punct(n, ',') || t.has(cPrep) || w == "while" || w == "when" || w == "during"
}

// sentenceBefore returns the tokens of the sentence before the one holding token i, in its
// paragraph or, when that sentence opens a paragraph, ending the paragraph before, when it
// holds no quotation mark and no cue but an -ing one has claimed it; else an empty range.
func (f *finder) sentenceBefore(i int) (int, int) {
	toks := f.toks
	s := sentStart(toks, i)
	if s == 0 {
		return 0, 0
	}
	p := sentStart(toks, s-1)
	for k := p; k < s; k++ {
		if toks[k].kind == kMark && toks[k].q != 0 {
			return 0, 0
		}
	}
	for n := len(f.attrs) - 1; n >= 0 && f.attrs[n].cueTok >= p; n-- {
		if c := f.attrs[n].cueTok; c < s && !isIng(f.word(c)) { // "…, citing …" is no report of the whole
			return 0, 0
		}
	}
	return p, s
}
