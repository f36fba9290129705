// Quoted words that something other than a cue attributes: a headline's single marks ("Mayor
// Vows ‘No More Delays’"), "the phrase “…”" after a verb, and a fragment that a naming or rating
// verb governs ("rated the claim “mostly false”"). Each is the words of the sentence's subject,
// not a scare quote. It runs on the short quotes that nothing else claimed; see context.go.
package quotes

// rateVerbs judge or describe something in words of their own, which a quote after them gives:
// "the panel rated the claim “mostly false”", "she described the plan as “reckless”".
var rateVerbs = setOf(`rate rates rated rating describe describes described describing`)

// namedFragment attributes short quote qi, which nothing claims, to the subject of a naming or
// rating verb a few words before it in its sentence, or of any verb that takes an object "as"
// the quote: "Lee called the scheme “a shambles”", "The board rated the claim “misleading”",
// "Lee branded the vote as a “betrayal”", "Lee painted the plan as “reckless”". The quote is the speaker's word for something, a mixed
// quote from the verb's object to the quote's end. It reports whether it did.
func (f *finder) namedFragment(qi int) bool {
	toks := f.toks
	d := &f.dq[qi]
	s := sentStart(toks, d.open)
	as := d.open - 1 // "as" before the quote, or before its article: "as “Spanish”", "as a “lifeboat”"
	if toks[as].has(cDet) {
		as--
	}
	as = max(as, 0)
	isAs := f.word(as) == "as"
	v := -1
	for k := d.open - 1; k >= s && k >= d.open-8; k-- {
		t := &toks[k]
		if t.kind != kWord {
			break // the verb governs the quote only in the same stretch of words
		}
		w := f.word(k)
		if namingVerbs.lower(w) || rateVerbs.lower(w) ||
			isAs && k < as && !t.cap() && !t.has(cStop|cDet|cPrep|cSkip) && (pastForm(w) || isIng(w)) {
			v = k
			break
		}
	}
	if v <= s || v == d.open-1 && f.titleCase(d) {
		return false // "a group called “The Local”" names it
	}
	// the subject before the verb, over adverbs and auxiliaries: "has repeatedly called"
	j := v - 1
	for n := 0; n < 3 && j > s && toks[j].kind == kWord && !toks[j].cap() &&
		(toks[j].has(cSkip) || isAdverb(f.word(j)) || passiveAux.get(f.word(j))); n++ {
		if passiveAux.get(f.word(j)) {
			return false // "was called “…”": no speaker
		}
		j--
	}
	p, ok := phraseBack(f.text, toks, j)
	if !ok || p.a < s {
		return false
	}
	a := attr{src: p, cue: Span{int(toks[v].s), int(toks[v].e)}, cueTok: v, ent: -1}
	f.clause(&a, v+1, d.close+1)
	if a.content.IsZero() || !d.absorbed {
		return false
	}
	f.attrs = append(f.attrs, a)
	return true
}

// maxHeadline is the most words a headline holds.
const maxHeadline = 24

// headline reports whether the paragraph holding token k reads as a headline: a short line whose
// words all start with a capital, save the small words ("of", "the", "to") that headlines leave
// in lower case, and at least three of them after the first.
func (f *finder) headline(k int) bool {
	toks := f.toks
	words, caps := 0, 0
	for i := paraStart(toks, k); i < len(toks) && (i == paraStart(toks, k) || toks[i].flags&fPara == 0); i++ {
		t := &toks[i]
		if t.kind != kWord {
			continue
		}
		if words++; words > maxHeadline {
			return false
		}
		switch {
		case t.cap():
			caps++
		case t.has(cStop|cDet|cPrep) || isDigit(rune(f.text[t.s])):
		default:
			return false
		}
	}
	return caps >= 4
}

// headlineQuote attributes short quote qi in single marks, which nothing claims, in a headline,
// to the headline's subject: headlines quote in single marks ("Mayor Vows ‘No More Delays’ on
// Ferry"), so the words are the subject's and no scare quote. A quote after a preposition or a
// possessive is a name ("Before ‘Super Saturday’", "the Town’s ‘Gala Week’"). It reports whether
// it did.
func (f *finder) headlineQuote(qi int) bool {
	toks := f.toks
	d := &f.dq[qi]
	if d.close < 0 || d.open == 0 || toks[d.open].fam != famSingle || !f.headline(d.open) {
		return false
	}
	if b := d.open - 1; toks[b].has(cPrep) && f.word(b) != "to" && f.word(b) != "To" || isPossessive(f.word(b)) {
		return false // "Before ‘Super Tuesday’", "Ohio’s ‘Golden Week’": a name
	}
	ps := paraStart(toks, d.open)
	p, ok := phraseFwd(f.text, toks, ps, d.open)
	if ok && p.b+1 >= d.open && p.kind == pName && p.nb > p.na && toks[d.open-1].kind == kWord {
		// the headline's capitals ran the name on into its verb: "Ann Lee Vows ‘…’"
		p.b, p.nb = d.open-2, min(p.nb, d.open-2)
	}
	if !ok || p.a != ps || p.kind == pPronoun || p.b+1 >= d.open {
		return false
	}
	v := p.b + 1 // the headline's verb, or the colon of "Mayor: …"
	f.attrs = append(f.attrs, attr{src: p, cue: Span{int(toks[v].s), int(toks[v].e)}, cueTok: v, ent: -1})
	f.claim(qi, len(f.attrs)-1, 1)
	return true
}

// wordNouns name words as words: "used the phrase “radical change”" quotes the user.
var wordNouns = setOf(`phrase phrases word words term terms slogan expression label mantra chant`)

// wordsQuote attributes short quote qi, which nothing claims, after "the phrase", "the words" or
// "the term" and the verb before them, to the subject of its sentence: "Lee has used the phrase
// “radical change” often" quotes Lee. It reports whether it did.
func (f *finder) wordsQuote(qi int) bool {
	toks := f.toks
	d := &f.dq[qi]
	n := d.open - 1
	if d.close < 0 || n < 3 || !wordNouns.lower(f.word(n)) || !toks[n-1].has(cDet) {
		return false
	}
	v := n - 2 // the verb: "used", "uttered", "To Use"
	s := sentStart(toks, d.open)
	if v <= s || toks[v].kind != kWord || toks[v].has(cStop|cPrep|cDet) {
		return false
	}
	p, ok := phraseFwd(f.text, toks, s, v)
	if !ok || p.a != s || p.b >= v {
		return false
	}
	f.attrs = append(f.attrs, attr{src: p, cue: Span{int(toks[v].s), int(toks[v].e)}, cueTok: v, ent: -1})
	f.claim(qi, len(f.attrs)-1, 1)
	return true
}

// pastForm reports whether a word ends as a regular past tense or participle does: "identified".
// A verb in -s is left out, since it may as well be a plural noun ("rated the claims as “false”").
func pastForm(w string) bool { return len(w) > 4 && w[len(w)-2:] == "ed" }
