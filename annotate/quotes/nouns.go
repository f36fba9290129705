// Nouns: attributions carried by a noun with a possessive source and a clause: "his claim that
// the vote was rigged", "the mayor's promise to cut taxes", "Okafor's view is that …". The
// possessive names the source and the clause after "that" (or the infinitive) is the content.
//
// Nouns of stance take their object through a preposition: "his criticism of the plan". The noun
// phrase must open its sentence: inside another clause ("offering to defend Britain's decision
// to leave") its words are often another speaker's. It does not take a noun without a possessive
// ("the claim that …", "criticism of the plan"), whose source is not in the phrase.
package quotes

import "strings"

// possessives are the possessive determiners that name a source: "his claim".
var possessives = setOf(`his her their its our my His Her Their Its Our My`)

// attrNoun handles an attribution noun at i.
func (f *finder) attrNoun(i int) {
	toks := f.toks
	send := sentEnd(toks, i)
	// the possessive, over an adjective or two: "his repeated claim", "Lee's recent promise"
	k := i - 1
	for n := 0; n < 2 && k > 0 && toks[k].kind == kWord && !toks[k].cap() && !toks[k].has(cStop|cDet) &&
		!isPossessive(f.word(k)); n++ {
		k--
	}
	if k < 0 || toks[k].kind != kWord {
		return
	}
	var src phrase
	switch w := f.word(k); {
	case possessives.get(w):
		src = phrase{a: k, b: k, na: -1, nb: -1, kind: pPronoun}
	case isPossessive(w) && toks[k].cap():
		a := k
		for a > 0 && toks[a-1].kind == kWord && toks[a-1].cap() && toks[a-1].flags&fSent == 0 && !toks[a-1].has(cDet|cStop) {
			a--
		}
		if a > 0 && toks[a-1].kind == kWord && toks[a-1].cap() && toks[a-1].has(cHonor|cTitle) {
			a--
		}
		src = phrase{a: a, b: k, na: a, nb: k, kind: pName}
		for src.na < k && toks[src.na].has(cHonor|cTitle) {
			src.na++
		}
	case isPossessive(w):
		if p, ok := phraseBack(f.text, toks, k-1); ok && p.kind == pDesc && f.word(p.b+1) == "" {
			return
		}
		// "the mayor's promise": a description in the possessive
		a := k
		for a > 0 && k-a < 4 && toks[a-1].kind == kWord && !toks[a-1].has(cStop) || a > 0 && toks[a-1].has(cDet) && k-a < 4 {
			a--
			if toks[a].has(cDet) {
				break
			}
		}
		if !toks[k].has(cDesc|cTitle|cOrg) && !descPossessive(f.word(k)) {
			return
		}
		src = phrase{a: a, b: k, na: -1, nb: -1, kind: pDesc}
	default:
		return
	}
	after := i + 1
	if src.a != sentStart(toks, i) && !(f.word(after) == "that" && toks[i].has(cAttrN) && thatNouns.lower(f.word(i))) {
		// the noun phrase must open its sentence: inside another clause its words are often
		// another's; only a claim of saying with its "that" clause ("checked the mayor's claim
		// that …") holds its speaker wherever it stands
		return
	}
	if w := f.word(after); (w == "is" || w == "was") && f.word(after+1) == "that" {
		after++ // "his view is that …"
	}
	start := -1
	switch {
	case f.word(after) == "that" && after+1 < send && toks[after+1].kind == kWord && !toks[after+1].has(cSpeech|cThink):
		start = after
	case f.toVerb(after, send) && !nounNoInfinitive.lower(f.word(i)):
		start = after
	case f.word(after) == "not" && f.toVerb(after+1, send):
		start = after
	case stancePrep.lower(f.word(i)) != "" && strings.Contains(stancePrep.lower(f.word(i)), "|"+f.word(after)+"|") &&
		after+1 < send && toks[after+1].kind == kWord:
		start = after // "his criticism of the plan", "her support for the mayor"
	}
	if start < 0 {
		return
	}
	a := attr{src: src, cue: Span{int(toks[i].s), int(toks[i].e)}, cueTok: i, ent: -1, noun: true}
	f.clause(&a, start, f.clauseEnd(start, send))
	if f.wordsIn(start, send) < 3 || a.content.IsZero() {
		return
	}
	f.attrs = append(f.attrs, a)
}

// thatNouns are nouns of saying whose "that" clause reports what the possessor said, wherever
// the phrase stands: "a fact-check of the senator's claim that …".
var thatNouns = setOf(`claim claims assertion allegation allegations accusation insistence
	contention suggestion argument warning promise pledge prediction admission denial acknowledgment
	acknowledgement statement assurance boast charge`)

// stancePrep are nouns of stance that take their object through a preposition, with the
// prepositions each takes: "his criticism of the plan", "her support for the mayor".
var stancePrep = wordsOf(map[string]string{"criticism": "|of|", "criticisms": "|of|", "support": "|for|",
	"attack": "|on|", "attacks": "|on|", "opposition": "|to|", "praise": "|for|of|",
	"endorsement": "|of|", "defense": "|of|", "defence": "|of|", "condemnation": "|of|",
	"rejection": "|of|", "denunciation": "|of|", "concerns": "|about|over|", "concern": "|about|over|",
	"comments": "|about|on|", "remarks": "|about|on|", "views": "|on|about|", "complaints": "|about|",
	"questions": "|about|", "doubts": "|about|"})

// descPossessive reports whether a possessive word is a role or group: "the mayor's", "police's".
func descPossessive(w string) bool {
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, s) {
			return classOf(strings.TrimSuffix(w, s))&(cDesc|cTitle|cOrg|cPlural) != 0
		}
	}
	return false
}

// nounNoInfinitive are attribution nouns whose "to" opens no content: "his answer to critics".
var nounNoInfinitive = setOf(`view belief claim claims argument assertion statement suggestion
	answer response reply fear fears warning position`)
