// Hearings: what a court, an inquest or a meeting "heard", as British and Commonwealth court
// reports put what was said before it: "Caernarfon Crown Court heard that the boats were
// insured", "The inquest into her death heard the crew had not been trained". The body that
// heard it is the source, since the report names nobody else.
//
// The passive "the jury was told (that) …" is read the same way, and so is a hearing named after
// the words heard: "…, the court heard.", "Crane was unsafe, inquest told". It does not read
// "heard" or "was told" with any other subject ("I heard that …" is no report of speech).
package quotes

// hearers are the bodies before which things are said and "heard": courts, inquests, meetings.
var hearers = setOf(`court inquest tribunal jury hearing inquiry trial committee panel meeting
	conference magistrates commission judge jurors assembly parliament chamber summit congress`)

// hearing handles "heard" or "was told" at token i when a hearer is its subject: the hearer,
// with its determiner, name and qualifiers ("the inquest into her death"), is the source, and the
// clause after the cue (and "that") the content. It reports whether it read one.
func (f *finder) hearing(i int) bool {
	toks := f.toks
	j := i - 1
	for j >= 0 && toks[j].kind == kWord && (toks[j].has(cSkip) || passiveAux.get(f.word(j))) && !toks[j].cap() {
		j-- // "has heard", "also heard", "was told"
	}
	if f.hearingAfter(i, j) {
		return true
	}
	s := f.subjectStart(max(j, 0))
	head := -1
	for k := j; k >= s && k > j-10; k-- {
		t := &toks[k]
		if t.kind != kWord {
			if t.flags&fAbbr != 0 {
				continue
			}
			return false
		}
		if t.has(cSpeech | cThink) {
			return false
		}
		if hearers.fold(f.word(k)) && (k == j || toks[k+1].has(cPrep) || f.word(k+1) == "into") {
			head = k
		}
	}
	if head < 0 {
		return false
	}
	src := phrase{a: s, b: j, na: -1, nb: -1, kind: pDesc}
	if p, ok := phraseBack(f.text, toks, head); ok && p.kind == pName && p.a >= s {
		src.na, src.nb, src.kind = p.na, p.nb, pName // "Caernarfon Crown Court"
	}
	send := sentEnd(toks, i)
	after := i + 1
	if f.punct(after, ':') || f.word(after) == "that" {
		after++
	}
	if after >= send {
		return false
	}
	a := attr{src: src, cue: f.spanOf(i, i), cueTok: i, ent: -1}
	idx := len(f.attrs)
	if f.openMark(after) {
		f.claim(int(toks[after].q-1), idx, 1) // "The court heard: “…”"
		f.attrs = append(f.attrs, a)
		return true
	}
	f.clause(&a, after, f.clauseEnd(after, send))
	if a.content.IsZero() || f.wordsIn(after, send) < 3 {
		return false
	}
	f.attrs = append(f.attrs, a)
	return true
}

// hearingAfter handles a hearing that ends the sentence after the words heard, as court reports
// and their headlines put it: "The man had been drinking, the court heard.", "Crane was unsafe,
// inquest told". The hearer phrase, at most six words ending at token j, follows a comma; the
// clause before the comma is the content.
func (f *finder) hearingAfter(i, j int) bool {
	toks := f.toks
	send := sentEnd(toks, i)
	if n := i + 1; n < send && !(f.punct(n, '.') && n+1 >= send) {
		return false
	}
	c := -1
	head := false
	for k := j; k >= 0 && k > j-7; k-- {
		if f.punct(k, ',') {
			c = k
			break
		}
		if toks[k].kind != kWord || toks[k].has(cSpeech|cThink|cPronoun) {
			return false
		}
		head = head || hearers.fold(f.word(k))
	}
	s := f.afterDateline(sentStart(toks, i), i)
	if c < 0 || !head || c-s < 3 {
		return false
	}
	a := attr{src: phrase{a: c + 1, b: j, na: -1, nb: -1, kind: pDesc}, cue: f.spanOf(i, i), cueTok: i, ent: -1}
	f.clause(&a, s, c)
	if a.content.IsZero() {
		return false
	}
	f.attrs = append(f.attrs, a)
	return true
}
