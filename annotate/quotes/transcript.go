// Transcripts and headlines: paragraphs that open with a speaker's name and a colon, as interview
// and debate transcripts do ("SMITH: We will win.") and headlines too ("John Smith: Harbour Will
// Reopen"). The rest of the paragraph is what the speaker said, a direct quote when the
// transcript is itself quoted ("“SMITH: We will win."), where a line in parentheses only
// ("“(APPLAUSE.)") is a stage direction. Labels such as "Update:" or "Photo:" are not speakers.
//
// A label that stands for someone joins the person the text names for it: an interview's "A:"
// the person introduced before the first question, a surname in capitals ("CORRIGAN:") the full
// name before it ("Linda Corrigan"), and a role in capitals ("HOST:", "MODERATOR:") the person
// the text gives that role ("host Jane Roe", "Jane Roe, the host", "hosted by Jane Roe"). "Q:" is the questioner, who stays unnamed unless the text names a host
// or interviewer.
//
// It does not read a name before a colon inside a paragraph; context.go handles "Smith: “…”".
package quotes

import (
	"strings"
	"unicode"
)

// transcript handles a paragraph that opens with a speaker's name in capitals and a colon, as
// transcripts of interviews and debates do: "SMITH: We will win." The rest of the paragraph is
// what the speaker said.
func (f *finder) transcript(i int) {
	toks := f.toks
	for n := 0; n < 6 && i+1 < len(toks) && toks[i].kind == kPunct && toks[i+1].flags&fPara == 0 &&
		strings.ContainsAny(f.text[toks[i].s:toks[i].e], "#>*-"); n++ {
		i++ // Markdown: "## John Smith: …", "> SMITH: …"
	}
	lead := -1
	if f.openMark(i) {
		lead, i = i, i+1
	}
	k := i
	label := f.word(i)
	if interviewLabel(label) && (f.punct(i+1, ':') || f.punct(i+1, '.') && f.periodLabel(i)) {
		k = i + 1 // an interview's "Q:" and "A:", or "Q." and "A."
	} else {
		for ; k < len(toks) && k < i+4; k++ {
			t := &toks[k]
			if t.kind == kWord && allCaps(f.text[t.s:t.e]) || t.kind == kPunct && t.flags&fAbbr != 0 && k > i {
				continue
			}
			break
		}
		if k == i+1 && notSpeakers.lower(label) {
			return // a kicker in capitals: "BREAKING: …", "UPDATE: …"
		}
	}
	src := phrase{a: i, b: k - 1, na: i, nb: k - 1, kind: pName}
	headline := k == i && lead < 0
	if headline {
		// a headline: "John Smith: Harbour Will Reopen"
		if f.toks[i].se-f.toks[i].ss > 30 && i > 0 || !interviewLabel(label) && !f.colonWithin(i+1, i+13) {
			return // a long line is no headline, and the colon after a name comes within a dozen tokens
		}
		p, ok := phraseFwd(f.text, toks, i, min(len(toks), i+6))
		if !ok || p.kind != pName || notSpeakers.lower(f.word(p.nb)) {
			return
		}
		k, src = p.b+1, p
		if w := strings.ToLower(f.word(k)); !f.punct(k, ':') && (w == "to" || w == "at" || w == "on" || w == "in") && f.personIn(p) {
			// "Mayor Reyes to Shop Owners: …", "Former Minister Lee at Conference: …": whom or
			// where the speaker addressed, before the colon
			for n := k + 1; n < len(toks) && n < k+6 && toks[n].kind == kWord && toks[n].flags&fPara == 0; n++ {
				if f.punct(n+1, ':') {
					k = n + 1
					break
				}
			}
		}
	}
	if k == i || k+1 >= len(toks) || !f.punct(k, ':') && !(k == i+1 && interviewLabel(label) && f.punct(k, '.')) ||
		toks[k+1].flags&fPara != 0 {
		return
	}
	end := k + 1
	for end+1 < len(toks) && toks[end+1].flags&fPara == 0 {
		end++
	}
	if !headline && !interviewLabel(label) && f.dateline(i, k, end) {
		return // "NEW DELHI: The corridor will open in May, the minister said."
	}
	a := attr{src: src, cue: Span{int(toks[k].s), int(toks[k].e)}, cueTok: k, ent: -1}
	if !headline && k == i+1 {
		if p := f.labelHolder(i); p.kind != 0 {
			if f.stands == nil {
				f.stands = map[int]phrase{}
			}
			f.stands[len(f.attrs)] = p // the index a gets below
		}
	}
	if q := k + 1; f.openMark(q) && f.dq[toks[q].q-1].close >= end-1 {
		// "Anna Berg: “Nobody told us.”": the quote is the content
		f.attrs = append(f.attrs, a)
		f.claim(int(toks[q].q-1), len(f.attrs)-1, 1)
		return
	}
	f.clause(&a, k+1, end+1)
	if a.content.IsZero() || f.wordsIn(k+1, end+1) < 2 {
		return
	}
	if !headline {
		if lead >= 0 && end > k+1 && f.closeMark(end) {
			end-- // "“HOST: Thank you.”": the closing mark is no part of the words
		}
		a.content.End = int(toks[end].e) // a transcript keeps the whole turn
	}
	if lead >= 0 {
		// "“SMITH: We will win.": the turn is quoted, a direct quote without its label
		f.dq[toks[lead].q-1].absorbed = true
		a.quoted = true
	}
	f.attrs = append(f.attrs, a)
}

// colonWithin reports whether one of tokens a to b-1 is a colon: the speaker phrase of a headline
// (six tokens at most, and up to six more for "to Shop Owners") comes before one.
func (f *finder) colonWithin(a, b int) bool {
	for k := a; k < b && k < len(f.toks); k++ {
		if f.punct(k, ':') {
			return true
		}
	}
	return false
}

// personIn reports whether phrase p names a person by a first name, an honorific or a title the
// lexicon knows: "Mayor Reyes", "Ann Lee", not "Success" or "A Curious Plan".
func (f *finder) personIn(p phrase) bool {
	for k := p.a; k <= p.b; k++ {
		if f.toks[k].has(cFirst | cHonor | cTitle) {
			return true
		}
	}
	return false
}

// notSpeakers are labels that a colon follows at the head of a line without anyone speaking.
var notSpeakers = setOf(`update note photo video watch read related correction clarification listen
	source sources credit image opinion analysis exclusive breaking live editor warning interview
	comment review explainer transcript summary background more also see tags topics by published
	updated posted latest filed contact email follow`)

// allCaps reports whether w has two or more letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// stageDirection reports whether direct quote d holds only words in parentheses, as a quoted
// transcript notes what happened rather than what was said: "(CROSSTALK.)", "(Applause)".
func (f *finder) stageDirection(d *dquote) bool {
	toks := f.toks
	k := d.open + 1
	if k >= len(toks) || !f.punct(k, '(') {
		return false
	}
	for ; k < len(toks) && toks[k].s < d.e; k++ {
		if f.punct(k, ')') {
			for k++; k < len(toks) && toks[k].s < d.e; k++ {
				if toks[k].kind == kWord {
					return false // "(Laughs) We will win."
				}
			}
			return true
		}
	}
	return false
}

// datelineWithin is how far into a text, in bytes, a story's dateline may stand.
const datelineWithin = 4000

// dateline reports whether the label in capitals from token i to the colon at k is a place
// that opens a news story ("NEW DELHI: …") rather than a speaker: it labels no other paragraph,
// and its paragraph, which ends at token end, attributes what it says with a cue of its own.
func (f *finder) dateline(i, k, end int) bool {
	if f.toks[i].s > datelineWithin {
		return false // a story's dateline opens it; deep in a long text, labels are a transcript's
	}
	cue := false
	for n := k + 1; n <= end && !cue; n++ {
		cue = f.toks[n].has(cSpeech) && f.toks[n].kind == kWord && !f.toks[n].cap()
	}
	if !cue {
		return false
	}
	label := f.text[f.toks[i].s:f.toks[k-1].e]
	if once, ok := f.labels[label]; ok {
		return once
	}
	once := true
	for n := 0; n < len(f.toks) && once; n = max(n+1, int(f.toks[n].se)) { // sentence by sentence
		if (n == 0 || f.toks[n].flags&fPara != 0) && n != i && n+1 != i {
			if a, b := f.capsLabel(n); b > a && f.text[f.toks[a].s:f.toks[b-1].e] == label {
				once = false // another paragraph has it: a transcript's speaker
			}
		}
	}
	if f.labels == nil {
		f.labels = map[string]bool{}
	}
	f.labels[label] = once
	return once
}

// capsLabel returns the tokens [a, b) of a label in capitals that opens a paragraph at token n
// and a colon closes, after an opening quotation mark if any; a == b when there is none.
func (f *finder) capsLabel(n int) (a, b int) {
	if f.openMark(n) {
		n++
	}
	k := n
	for ; k < len(f.toks) && k < n+4; k++ {
		t := &f.toks[k]
		if !(t.kind == kWord && allCaps(f.text[t.s:t.e]) || t.kind == kPunct && t.flags&fAbbr != 0 && k > n) {
			break
		}
	}
	if k == n || !f.punct(k, ':') {
		return n, n
	}
	return n, k
}

// periodLabel reports whether "Q." or "A." at token i, which opens a paragraph, labels a turn
// of an interview rather than being an initial ("A. Philip Randolph said"): a "Q." turn holds a
// question mark, and an "A." turn follows, within a few paragraphs, one that opens with "Q.".
func (f *finder) periodLabel(i int) bool {
	toks := f.toks
	if f.word(i) == "Q" {
		for k := i + 2; k < len(toks) && toks[k].flags&fPara == 0; k++ {
			if f.punct(k, '?') {
				return true
			}
		}
		return false
	}
	paras := 0
	for k := i - 1; k > 0 && k > i-400 && paras < 4; k-- {
		if toks[k].flags&fPara != 0 {
			paras++
			if f.word(k) == "Q" && f.punct(k+1, '.') {
				return true
			}
		}
	}
	return false
}

// interviewLabel reports whether w labels a question or an answer in an interview: "Q:", "A:".
func interviewLabel(w string) bool { return w == "Q" || w == "A" }

// labelRoles are the roles in capitals that label a transcript's turns for someone the text
// names: "HOST:", "MODERATOR:". "Q:" stands for the first of them the text names.
var labelRoles = []string{"host", "moderator", "anchor", "interviewer", "presenter", "chair"}

// labelHolder returns the phrase naming the person that the transcript label at token i stands
// for, or the zero phrase when the label is a name itself or the text names nobody for it. Each
// label is looked up once per text.
func (f *finder) labelHolder(i int) phrase {
	w := f.word(i)
	if p, ok := f.holders[w]; ok {
		return p
	}
	var p phrase
	switch lw := strings.ToLower(w); {
	case w == "A":
		p = f.interviewee(i)
	case w == "Q":
		for _, r := range labelRoles {
			if p = f.roleHolder(r, i); p.kind != 0 {
				break
			}
		}
	case allCaps(w):
		role := false
		for _, r := range labelRoles {
			if lw == r {
				p, role = f.roleHolder(r, i), true
			}
		}
		if !role {
			p = f.namedBefore(w, i) // "CORRIGAN:" after "chief executive Linda Corrigan"
		}
	}
	if f.holders == nil {
		f.holders = map[string]phrase{}
	}
	f.holders[w] = p
	return p
}

// namedBefore finds, before token at, the full name whose surname the label w in capitals
// spells: "Linda Corrigan" for "CORRIGAN". Names inside quotes do not count. It looks back
// over 3,000 tokens at most, so that a long text with many labels stays linear.
func (f *finder) namedBefore(w string, at int) phrase {
	toks := f.toks
	for k := at - 1; k > 0 && k > at-3000; k-- {
		t := &toks[k]
		if t.kind != kWord || t.q != 0 || !t.cap() || allCaps(f.text[t.s:t.e]) || !strings.EqualFold(f.text[t.s:t.e], w) {
			continue
		}
		a := k
		for a > 0 && toks[a].flags&fPara == 0 && toks[a-1].kind == kWord && toks[a-1].cap() && !toks[a-1].has(cStop|cDet|cTitle|cHonor) {
			a--
		}
		if a < k {
			return phrase{a: a, b: k, na: a, nb: k, kind: pName}
		}
	}
	return phrase{}
}

// interviewee returns the person an interview whose first question or answer is at token at
// introduces: of the people named before it with a first name, or with a name that opens a
// sentence as its subject, the one named most often (a surname alone counts too), the first on
// ties; else the person named last before it.
func (f *finder) interviewee(at int) phrase {
	toks := f.toks
	for k := at - 1; k > 0; k-- {
		if toks[k].flags&fPara != 0 && interviewLabel(f.word(k)) && (f.punct(k+1, ':') || f.punct(k+1, '.')) {
			at = k // the first label of the interview
		}
	}
	var names []phrase
	var counts []int
	for k := 0; k+1 < at; k++ {
		t := &toks[k]
		if t.kind != kWord || !t.cap() {
			continue
		}
		// a known first name, or a name of unknown words that opens a sentence as its subject
		subject := t.cls == 0 && t.flags&fSent != 0
		if t.has(cFirst) && !t.has(cStop) || subject {
			if p, ok := f.nameAt(k, at); ok && (!subject || p.b+1 < at && toks[p.b+1].kind == kWord && !toks[p.b+1].cap()) {
				names = append(names, p)
				counts = append(counts, 0)
				k = p.b
			}
		}
		for n, p := range names {
			if f.word(k) == f.word(p.nb) {
				counts[n]++
			}
		}
	}
	best := -1
	for n := range names {
		if best < 0 || counts[n] > counts[best] {
			best = n
		}
	}
	if best >= 0 {
		return names[best]
	}
	p, _ := f.personBefore(at, gUnknown)
	return p
}

// roleHolder finds, in the text before token at, the name of the person given role r: "host Jane
// Roe", "Jane Roe, the host," or "hosted by Jane Roe".
func (f *finder) roleHolder(r string, at int) phrase {
	toks := f.toks
	for k := 0; k < at; k++ {
		w := f.word(k)
		if len(w) < len(r) || !strings.EqualFold(w[:len(r)], r) {
			continue
		}
		n := k + 1 // "host Jane Roe"
		switch {
		case len(w) == len(r):
		case strings.EqualFold(w[len(r):], "ed") || strings.EqualFold(w[len(r):], "d"):
			if f.word(n) != "by" {
				continue
			}
			n++ // "hosted by Jane Roe"
		default:
			continue
		}
		if p, ok := f.nameAt(n, at); ok {
			return p
		}
		if d := k - 1; d >= 2 && len(w) == len(r) && toks[d].kind == kWord && toks[d].has(cDet) && f.punct(d-1, ',') {
			// "Jane Roe, the host,"
			b := d - 2
			a := b
			for a > 0 && toks[a-1].kind == kWord && toks[a-1].cap() && !toks[a-1].has(cStop|cDet) && toks[a].flags&fSent == 0 {
				a--
			}
			if b > a && toks[b].kind == kWord && toks[b].cap() {
				return phrase{a: a, b: b, na: a, nb: b, kind: pName}
			}
		}
	}
	return phrase{}
}

// nameAt reads a name of two or three capitalised words at token n, before token limit.
func (f *finder) nameAt(n, limit int) (phrase, bool) {
	toks := f.toks
	b := n
	for b < limit && b < n+3 && toks[b].kind == kWord && toks[b].cap() && !toks[b].has(cStop|cDet|cTime) &&
		(b == n || toks[b].flags&(fSent|fPara) == 0) {
		b++
	}
	if b-n < 2 {
		return phrase{}, false
	}
	return phrase{a: n, b: b - 1, na: n, nb: b - 1, kind: pName}, true
}
