// Context: attributes the direct quotes that have no cue of their own. A quote after a colon
// ("Smith: “…”") takes the phrase before the colon, a quote followed by a dash and a name at the
// end of its line ("“…” ― Jane Smith") takes the name; a quote split by its attribution ("A," he
// said. "B.") and a quote later in a paragraph take the paragraph's attribution before them; a
// paragraph that opens with a quote takes the last attribution of the previous paragraph. A
// headline's quote before a colon takes the speaker after it ("‘…’: survivor recalls crash"), and
// a quote that opens a sentence after one about a named person, with nothing else to attribute
// it, is that person's ("Munro is blunt about it. “…”").
//
// A short fragment that nothing claims, in a sentence that opens with a person and a verb, is a
// mixed quote of that person's words. Other short quotes that nothing attributes (titles, scare
// quotes, nicknames) are marked as such. It does not find cues; see cues.go.
package quotes

// paraStart returns the first token of the paragraph holding token i.
func paraStart(toks []token, i int) int { return int(toks[i].ps) }

// attachContext attributes unclaimed direct quotes from their surroundings.
func (f *finder) attachContext() {
	toks := f.toks
	// the paragraphs of a multi-paragraph quote share the attribution of its last paragraph
	for qi := len(f.dq) - 2; qi >= 0; qi-- {
		if n := &f.dq[qi+1]; n.cont && f.dq[qi].attr == 0 && n.attr != 0 && !n.absorbed {
			f.dq[qi].attr, f.dq[qi].prio = n.attr, n.prio
		}
	}
	ai := 0 // attributions with cue before the current quote
	// the attributions found by cue, in order; those this loop adds go to their quotes alone
	n0 := len(f.attrs)
	for qi := range f.dq {
		d := &f.dq[qi]
		for ai < n0 && f.attrs[ai].cueTok < d.open {
			ai++
		}
		if d.attr != 0 || d.absorbed {
			continue
		}
		// "Smith: “…”"
		if c := d.open - 1; f.punct(c, ':') && c > 0 {
			p, ok := phraseBack(f.text, toks, c-1)
			if !ok || toks[p.a].flags&fSent == 0 {
				// "Sen. Claire McCaskill scolded him: “…”", "In an interview, Trump went further:
				// “…”": the subject of the sentence, at its start or after an opening adjunct
				s := sentStart(toks, c)
				p, ok = phraseFwd(f.text, toks, s, c)
				if !ok {
					for k := s; k < c && k < s+12; k++ {
						if f.punct(k, ',') {
							p, ok = phraseFwd(f.text, toks, k+1, c)
							break
						}
					}
				}
				if !ok && toks[s].kind == kWord && (participle(f.word(s)) || f.word(s) == "Asked") {
					// "Asked about the goalkeeper, who was at fault, Walsh was blunt: “…”": the
					// subject after the last comma of an opening participle clause
					for k := c - 1; k > s && k > c-8; k-- {
						if f.punct(k, ',') {
							p, ok = phraseFwd(f.text, toks, k+1, c)
							ok = ok && p.kind == pName && p.b+1 < c && !toks[p.b+1].cap()
							break
						}
					}
				}
				ok = ok && (p.kind != pDesc || toks[p.a].has(cDet)) && c-p.b <= 20
			}
			if ok {
				f.attrs = append(f.attrs, attr{src: p, cue: Span{int(toks[c].s), int(toks[c].e)}, cueTok: c, ent: -1})
				d.attr, d.prio = len(f.attrs), 1
				continue
			}
		}
		// "“…” ― Jane Smith": a dash and a name after the closing mark
		if c := d.close; c >= 0 && f.dash(c+1) {
			if p, ok := phraseFwd(f.text, toks, c+2, len(toks)); ok && p.kind == pName {
				n := p.b + 1
				if f.punct(n, '.') {
					n++
				}
				if f.punct(n, ',') {
					// "“…” – Okafor, speaking at the quay on Monday.": a short description to the
					// end of the line
					m := n + 1
					for m < len(toks) && m < n+20 && toks[m].flags&fPara == 0 && toks[m].kind != kMark {
						m++
					}
					if m >= len(toks) || toks[m].flags&fPara != 0 {
						n = m
					}
				}
				if n >= len(toks) || toks[n].flags&fPara != 0 {
					f.attrs = append(f.attrs, attr{src: p, cue: Span{int(toks[c+1].s), int(toks[c+1].e)}, cueTok: c + 1, ent: -1})
					d.attr, d.prio = len(f.attrs), 1
					continue
				}
			}
		}
		// "‘I thought I would die’: survivor recalls crash": a headline's speaker after the colon
		if c := d.close; c >= 0 && d.open == paraStart(toks, d.open) && f.punct(c+1, ':') && c+2 < len(toks) &&
			toks[c+2].flags&fPara == 0 {
			p, ok := phraseFwd(f.text, toks, c+2, len(toks))
			if q, ok2 := f.modifiedPlural(c + 2); ok2 && (!ok || q.b > p.b) {
				p, ok = q, true // "‘…’: dairy farmers count losses"
			}
			if ok && p.b+1 < len(toks) && toks[p.b+1].flags&fPara == 0 {
				// the verb after it: a cue, a form in -s or -ed, or after a plural any word that is
				// no function word ("‘…’: tenants face eviction")
				if v := &toks[p.b+1]; v.kind == kWord && !v.cap() && (v.has(cSpeech|cQuoteOnly|cCue|cThink) || verbForm(f.word(p.b+1)) ||
					f.pluralHead(p.b) && !v.has(cStop|cPrep|cDet|cPronoun|cSkip|cTime)) {
					f.attrs = append(f.attrs, attr{src: p, cue: Span{int(toks[c+1].s), int(toks[c+1].e)}, cueTok: c + 1, ent: -1})
					d.attr, d.prio = len(f.attrs), 1
					continue
				}
			}
		}
		if toks[d.open].flags&fSent == 0 {
			continue // a fragment inside a sentence that no cue claims: a title or scare quote
		}
		if f.subhead(d) {
			continue // "'Legend of the Coal Fields.'" on a line of its own heads a section
		}
		ps := paraStart(toks, d.open)
		// an earlier quote or attribution in this paragraph
		best := 0
		if qi > 0 && f.dq[qi-1].open >= ps && f.dq[qi-1].attr != 0 {
			best = f.dq[qi-1].attr
		}
		if ai > 0 && f.attrs[ai-1].cueTok >= ps && f.attrs[ai-1].cueTok > f.claimTok(best) {
			best = ai
		}
		if best == 0 && (d.open == ps || d.cont) && ps > 0 {
			// a paragraph that opens with a quote continues the previous paragraph's speaker
			pps := paraStart(toks, ps-1)
			if qi > 0 && f.dq[qi-1].open >= pps && f.dq[qi-1].attr != 0 {
				best = f.dq[qi-1].attr
			}
			if ai > 0 && f.attrs[ai-1].cueTok >= pps && f.attrs[ai-1].cueTok > f.claimTok(best) {
				best = ai
			}
		}
		if best == 0 && d.open > ps && !d.cont {
			best = f.subjectBefore(d) // "Munro is blunt about it. “If they won't pay, …”"
		}
		if best != 0 {
			d.attr, d.prio = best, 0
		}
	}
}

// subjectBefore gives quote d, which opens a sentence inside its paragraph with no attribution
// before it there, to the person whose name or pronoun opens the sentence just before it, when a
// verb follows and that sentence holds no quote or cue of its own: the quote is what the person
// says about what the sentence tells ("Munro is blunt about it. “If they won't pay, …”"). It
// returns the index of the new attribution plus one, or 0.
func (f *finder) subjectBefore(d *dquote) int {
	toks := f.toks
	s := sentStart(toks, d.open-1)
	if s < paraStart(toks, d.open) {
		return 0
	}
	s = f.afterDateline(s, d.open)
	if w := f.word(s); w == "Asked" || w == "Pressed" || w == "Questioned" {
		// "Asked about his future, Moreno smiled. “…”": the question, then who answers
		for k := s + 1; k < d.open && k < s+25; k++ {
			if f.punct(k, ',') {
				s = k + 1
				break
			}
		}
	}
	p, ok := phraseFwd(f.text, toks, s, d.open)
	if !ok || p.a != s || p.b+1 >= d.open || !(p.kind == pName && p.na >= 0 && !toks[p.nb].has(cOrg|cPlural) ||
		p.kind == pPronoun && toks[p.a].has(cMale|cFemale)) {
		return 0
	}
	if v := &toks[p.b+1]; v.kind != kWord || v.cap() || !finiteVerbs.get(f.word(p.b+1)) && !verbForm(f.word(p.b+1)) {
		return 0
	}
	for k := p.b + 1; k < d.open; k++ {
		if toks[k].kind == kMark && toks[k].q != 0 || toks[k].has(cSpeech|cThink) {
			return 0
		}
	}
	f.attrs = append(f.attrs, attr{src: p, cueTok: p.b + 1, ent: -1})
	return len(f.attrs)
}

// maxSubhead is the most words a quoted section heading holds.
const maxSubhead = 8

// subhead reports whether quote d is a short title-case line of its own, as newspapers quote a
// phrase from the section it heads: "‘A Town Without a Ferry.’".
func (f *finder) subhead(d *dquote) bool {
	toks := f.toks
	if d.close < 0 || d.words > maxSubhead || toks[d.open].flags&fPara == 0 && d.open != 0 || !f.titleCase(d) {
		return false
	}
	caps := 0 // capitalised words after the first: "This is not over." is a sentence
	for k := d.open + 2; k < d.close; k++ {
		if toks[k].kind == kWord && toks[k].cap() {
			caps++
		}
	}
	if caps == 0 {
		return false
	}
	n := d.close + 1
	return n >= len(toks) || toks[n].flags&fPara != 0
}

// claimTok returns the cue token of attribution n-1, or -1.
func (f *finder) claimTok(n int) int {
	if n == 0 {
		return -1
	}
	return f.attrs[n-1].cueTok
}

// mixedFragments attributes a short quoted fragment that nothing claims inside a sentence that
// opens with a person and a verb: "Ryan reserved his praise for the “bold new plan”" quotes the
// subject's words inside the writer's clause, a mixed quote from the verb's object to the
// fragment's end. Fragments in a sentence with a cue of its own, or whose subject is no person,
// stay scare quotes.
func (f *finder) mixedFragments() {
	toks := f.toks
	ai := 0
	for qi := range f.dq {
		d := &f.dq[qi]
		if d.attr != 0 || d.absorbed || d.close < 0 || toks[d.open].flags&fSent != 0 {
			continue
		}
		if d.words > scareWords {
			f.introducedQuote(qi)
			continue
		}
		if f.headlineQuote(qi) || f.wordsQuote(qi) || f.namedFragment(qi) {
			continue
		}
		s := sentStart(toks, d.open)
		for ai < len(f.attrs) && f.attrs[ai].cueTok < s {
			ai++
		}
		if ai < len(f.attrs) && f.attrs[ai].cueTok < sentEnd(toks, d.open) || f.titleCase(d) {
			continue
		}
		p, ok := phraseFwd(f.text, toks, s, d.open)
		if !ok || p.a != s || !(p.kind == pName && p.na >= 0 && f.personLike(p) || p.kind == pPronoun && toks[p.a].has(cMale|cFemale)) {
			continue
		}
		v := p.b + 1
		for v < d.open && toks[v].kind == kWord && toks[v].has(cSkip) && !toks[v].has(cPronoun) {
			v++
		}
		if v+1 >= d.open || toks[v].kind != kWord || toks[v].cap() || toks[v].has(cStop|cDet|cPrep) || !verbForm(f.word(v)) {
			continue
		}
		a := attr{src: p, cue: Span{int(toks[v].s), int(toks[v].e)}, cueTok: v, ent: -1}
		f.clause(&a, v+1, d.close+1)
		if a.content.IsZero() {
			continue
		}
		f.attrs = append(f.attrs, a)
	}
}

// personLike reports whether the name in phrase p reads as a person's: a known first name, an
// honorific, or a title before it.
func (f *finder) personLike(p phrase) bool {
	for k := p.a; k <= p.nb; k++ {
		if f.toks[k].has(cFirst | cHonor | cTitle) {
			return true
		}
	}
	return false
}

// pluralHead reports whether token k, the head of a speaker phrase, names more than one: a
// plural the lexicon marks, or a noun for people in -s ("tenants", not "boss").
func (f *finder) pluralHead(k int) bool { return pluralPeople(f.text, f.toks, k) }

// pluralPeople is pluralHead for the functions that read phrases from text and toks alone.
func pluralPeople(text string, toks []token, k int) bool {
	w := text[toks[k].s:toks[k].e]
	return toks[k].has(cPlural) || toks[k].has(cDesc) && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// modifiedPlural reads, from token k, a plural noun for people with one or two lower-case words
// before it that the lexicon does not know as function words ("dairy farmers", "bus drivers"),
// which phraseFwd does not take as a speaker.
func (f *finder) modifiedPlural(k int) (phrase, bool) {
	toks := f.toks
	for h := k; h < k+3 && h < len(toks) && toks[h].kind == kWord && !toks[h].cap(); h++ {
		if f.pluralHead(h) && h > k {
			return phrase{a: k, b: h, na: -1, nb: -1, kind: pDesc}, true
		}
		if toks[h].has(cStop|cPrep|cDet|cPronoun|cSkip|cTime|cDesc) || h > k && toks[h].flags&fSpace == 0 {
			break
		}
	}
	return phrase{}, false
}

// verbForm reports whether a lowercase word has the form of a finite verb: "reserved", "calls".
func verbForm(w string) bool {
	n := len(w)
	return n > 3 && (w[n-2:] == "ed" || w[n-1] == 's' && w[n-2] != 's' && w[n-2] != '\'')
}

// introducedQuote gives an unclaimed quote that a colon or dash introduces, in a sentence opened by
// a person, to that person: "Trump also defended the plan -- “I think it is fair.”"
func (f *finder) introducedQuote(qi int) {
	toks := f.toks
	d := &f.dq[qi]
	c := d.open - 1
	if c < 1 || !(f.punct(c, ':') || f.dash(c) || f.punct(c, '-')) {
		return
	}
	s := sentStart(toks, d.open)
	p, ok := phraseFwd(f.text, toks, s, c)
	if !ok || p.a != s || !(p.kind == pName && p.na >= 0 && f.personLike(p) || p.kind == pPronoun && toks[p.a].has(cMale|cFemale)) {
		return
	}
	for k := p.b + 1; k < c; k++ {
		if f.openMark(k) || toks[k].has(cSpeech|cThink) {
			return // another quote or a cue of its own
		}
	}
	f.attrs = append(f.attrs, attr{src: p, cue: Span{int(toks[c].s), int(toks[c].e)}, cueTok: c, ent: -1})
	d.attr, d.prio = len(f.attrs), 0
}
