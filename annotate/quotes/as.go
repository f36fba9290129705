package quotes

// As-clauses: an attribution that opens a sentence with "as" and a comma, the clause after the
// comma being what was said: "As the paper reported on Monday, the mayor has resigned", "As
// reported by the Gazette, the pier will close". The speaker is the subject of the cue, or the
// phrase after "by".
//
// Only a cue whose "as" opens the sentence, or follows a comma, counts: "as the mayor said" in
// mid-clause ("the plan, as the mayor said, …") is an insert that the backward rules read.

// asOpens reports whether token k is an "as" that opens its sentence or follows a comma.
func (f *finder) asOpens(k int) bool {
	if k < 0 || f.toks[k].kind != kWord {
		return false
	}
	if w := f.word(k); w != "As" && w != "as" {
		return false
	}
	return f.toks[k].flags&fSent != 0 || k == sentStart(f.toks, k) || f.punct(k-1, ',')
}

// asComma returns the comma that closes an as-clause whose cue ends before token after: at
// once, or after a short adjunct that opens with a preposition or a time word ("reported on
// Monday,", "wrote in its report,"); else -1. A clause of at least three words must follow.
func (f *finder) asComma(after, send int) int {
	k := after
	if k < send && f.toks[k].kind == kWord {
		if !f.toks[k].has(cPrep | cTime) {
			return -1 // "As the mayor said goodbye, …": an object, no report
		}
		for n := 0; k < send && n < 8 && f.toks[k].kind == kWord; n++ {
			k++
		}
	}
	if k >= send || !f.punct(k, ',') || f.wordsIn(k+1, send) < 3 || f.openMark(k+1) {
		return -1
	}
	return k
}

// asReportedBy handles "As reported by X, …" at the cue i, whose "as" stands before it: the
// speaker is the phrase after "by" and the content the clause after the comma. It reports
// whether it made an attribution.
func (f *finder) asReportedBy(i int) bool {
	toks := f.toks
	send := sentEnd(toks, i)
	if f.word(i+1) != "by" || !f.asOpens(i-1) {
		return false
	}
	src, ok := phraseFwd(f.text, toks, i+2, send)
	if !ok {
		return false
	}
	k := f.asComma(src.b+1, send)
	if k < 0 {
		return false
	}
	a := attr{src: src, cue: f.spanOf(i, i), cueTok: i, ent: -1}
	f.clause(&a, k+1, f.clauseEnd(k+1, send))
	if a.content.IsZero() {
		return false
	}
	f.attrs = append(f.attrs, a)
	return true
}
