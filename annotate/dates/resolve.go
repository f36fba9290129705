// This file resolves expressions that lack a year or a week against the reference date: the
// tense of the clause around an expression ("was held Friday" → past, "will meet Friday" →
// future; the nearest verb in the clause governs, "went up in January and will rise again"),
// and the weekday, month, day and season that tense and news convention pick. It does
// not find expressions; without a reference date its callers keep underspecified values.

package dates

import (
	"strings"
	"time"
)

// Tense directions.
const (
	past    = -1
	present = 0
	future  = 1

	reporting = 3 // a reporting verb: past only next to the expression
)

// cues maps words that mark the tense of a clause to past or future.
var cues = newCues()

func newCues() map[string]int8 {
	cues := map[string]int8{}
	for _, w := range []string{"will", "ll", "shall", "wo", "going", "expected", "expects",
		"scheduled", "planning", "would", "due", "supposed", "upcoming", "tomorrow",
		"next", "soon", "ahead", "later", "planned", "slated",
		"intends", "hopes", "aims", "should", "must"} {
		cues[w] = future
	}
	for _, w := range []string{"was", "were", "had", "did", "ago", "last",
		"yesterday", "earlier", "went", "came", "met", "made", "took", "gave", "got", "left",
		"began", "won", "lost", "fell", "rose", "held", "sold", "bought", "paid", "struck", "saw",
		"found", "thought", "brought", "led", "ran", "spoke", "wrote", "sent", "spent", "fled",
		"broke", "shot", "fought", "became", "knew", "kept", "stood", "meant", "felt", "drew",
		"flew", "ate", "chose", "hung", "laid", "sought", "taught", "told", "won", "swept", "slid",
		"grew", "rang", "sank", "shut", "beat", "bore", "dug", "forgot", "froze", "hid", "lay",
		"lit", "overtook", "paid", "quit", "rode", "shook", "slept", "stole", "stuck", "swore",
		"threw", "tore", "understood", "woke", "wore", "wound", "withdrew", "arose", "been", "since",
		"has", "have", "ago", "earlier",
		"died", "tied", "lied", "eyed", "owed", "bled", "sped"} { // past forms in -ed too short for cueWord's rule
		cues[w] = past
	}
	// reporting verbs date the report, not what is reported ("said it will close in January"):
	// they mark the past right beside the expression ("said Friday"), or after it when the clause
	// has no other cue ("Over the weekend, unions warned ..."); before it and farther off they
	// introduce the reported clause, where the expression belongs
	for _, w := range []string{"said", "told", "reported", "added", "noted", "stated", "announced",
		"explained", "argued", "claimed", "insisted", "warned", "predicted", "estimated", "indicated",
		"suggested", "disclosed", "confirmed", "declared", "acknowledged", "asserted", "contended", "replied"} {
		cues[w] = reporting
	}
	// words ending in -ed that are not past forms
	for _, w := range []string{"need", "speed", "indeed", "feed", "seed", "bed", "red", "shed",
		"united", "proceed", "exceed", "succeed", "breed", "greed", "weed", "hundred", "sacred",
		"naked", "wicked", "embed", "creed", "deed", "steed", "tweed", "bred", "led", "fed", "wed"} {
		cues[w] = 2 // not a cue
	}
	return cues
}

// cueAt reports the tense that token i marks, if any. A participle after "be" or "get" ("will be
// held", "to be offered", "is going to start getting beat up") marks nothing: the tense is the
// auxiliary's.
func (p *parser) cueAt(i int) int {
	if t := &p.t[i]; t.lx == (entry{}) && !(t.e-t.s > 4 && p.text[t.e-2:t.e] == "ed") {
		// most words: not in the table (where every cue and every word cueWord names is), and
		// not a past form in -ed
		return present
	}
	if (p.word(i, wWas) || p.word(i, wWere)) && p.planning(i+1) {
		return future // "were planning to drive to the airport on Monday": plans still standing
	}
	c := p.cueWord(i)
	if c == past && (p.word(i-1, wBe) || p.word(i-1, wBeing) || p.word(i-1, wGet) || p.word(i-1, wGets) || p.word(i-1, wGetting)) {
		return present
	}
	return c
}

func (p *parser) cueWord(i int) int {
	t := &p.t[i]
	if t.k != tWord || t.e-t.s > 16 {
		return present
	}
	w := p.text[t.s:t.e]
	// the cheap test first in each: most words are none of these
	to := p.word(i+1, wTo)
	if to && (w == "set" || w == "is" || w == "are" || w == "plan" || w == "plans") {
		return future // "set to resume", "is to meet", "plans to"
	}
	if len(w) == 3 && p.bareIrregular(i, w) {
		return past // "its record high set on Aug. 6", "the storm hit Tuesday" (not "will hit")
	}
	if p.is(i-1, cUnit) && w == "later" {
		return present // "three days later" counts from another date: no tense of its own
	}
	if to && (w == "next" || w == "Next") {
		return present // "next to the embassy": a place, not a time
	}
	if c := t.lx.cue; c != 0 {
		if c == 2 || c == future && w[len(w)-1] == 'd' && p.determiner(i-1) {
			return present // "the hastily planned trip", "the expected ruling": adjectives, no tense
		}
		if len(w) <= 4 && (w == "has" || w == "have" || w == "Has" || w == "Have") && !p.perfect(i) {
			return present // "we have three brands to choose from": a possession, not a perfect
		}
		return int(c) // past, future or reporting
	}
	if len(w) > 4 && w[len(w)-2:] == "ed" && !t.upper {
		if p.determiner(i - 1) {
			return present // an adjective: "on a still unspecified date", "the planned merger"
		}
		return past
	}
	return present
}

// perfect reports whether "has" or "have" at i is the auxiliary of a perfect: a participle follows
// ("has closed", "have been", "has long held", "have not seen"), with adverbs between allowed.
func (p *parser) perfect(i int) bool {
	for k := i + 1; k <= i+3 && k < len(p.t); k++ {
		t := &p.t[k]
		if t.k != tWord {
			return false
		}
		w := p.text[t.s:t.e]
		if t.lx.cue != 0 || len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || strings.HasSuffix(w, "ne")) {
			return true // "closed", "been", "taken", "shown", "gone"; "led", "held", "made" are cues
		}
		if !(strings.HasSuffix(w, "ly") || w == "not" || w == "never" || w == "also" || w == "already" || w == "just" || w == "long" || w == "since" || w == "yet" || w == "now" || w == "n't") {
			return false
		}
	}
	return false
}

// bareIrregular reports whether w at i is a verb whose past and present forms are alike ("set",
// "hit", "cut", "put") used as a past: no modal, "to" or "do" before it ("will hit", "to cut",
// an adverb between allowed), no "to" or "for" after it ("set to resume", "set for Friday" look
// ahead).
func (p *parser) bareIrregular(i int, w string) bool {
	switch w {
	case "set", "hit", "cut", "put":
	default:
		return false
	}
	if p.word(i+1, wTo) || p.word(i+1, wFor) || p.aheadVerb(i+1) {
		return false // "the tax cut takes effect": a noun before the verb
	}
	k := i - 1
	if k >= 0 && p.t[k].k == tWord && strings.HasSuffix(p.text[p.t[k].s:p.t[k].e], "ly") {
		k--
	}
	for _, m := range []word{wWill, wLl, wWould, wTo, wCan, wCould, wMay, wMight, wShould, wMust,
		wShall, wDo, wDoes, wDid, wNot, wT, wBe, wIs, wAre, wAm} {
		if p.word(k, m) {
			return false
		}
	}
	return true
}

// planning reports whether token i is a progressive of planning ("planning", "preparing"): after
// "was" or "were" it reports plans that still stand, not a future seen from the past.
func (p *parser) planning(i int) bool {
	return p.word(i, wPlanning) || p.word(i, wPreparing) || p.word(i, wHoping) || p.word(i, wExpecting)
}

// prospective reports whether the past verb at l looks ahead to its infinitive ("decided to
// admit", "agreed to buy", "voted to close"): the time in the infinitive's clause is after the
// decision, so the verb's past does not date it.
func (p *parser) prospective(l int) bool {
	if !p.word(l+1, wTo) {
		return false
	}
	for _, w := range []word{wDecided, wAgreed, wVoted, wPromised, wPledged, wVowed, wThreatened,
		wOffered, wIntended, wProposed, wHoped, wSought, wResolved, wUndertook, wArranged, wAimed} {
		if p.word(l, w) {
			return true
		}
	}
	return false
}

// dateWord reports whether token i names a calendar date: a month, a weekday or a number.
// ("through January" sets a deadline; "through the winter" spans a season.)
func (p *parser) dateWord(i int) bool {
	return p.is(i, cMonth) || p.is(i, cWeekday) || p.num(i)
}

// pastAux reports whether "was" or "were" stands just before the future cue at l ("was due",
// "were expected").
func (p *parser) pastAux(l int) bool {
	for k := l - 1; k >= 0 && k >= l-3; k-- {
		if p.word(k, wWas) || p.word(k, wWere) || p.word(k, wHad) {
			return true
		}
	}
	return false
}

// clockish reports whether token k can belong to a clock time before a day: "9", ":", "a.m.",
// "EST", "noon", a comma or "on".
func (p *parser) clockish(k int) bool {
	t := &p.t[k]
	switch t.k {
	case tNum:
		return t.nd <= 2
	case tPunct:
		return (t.c == '.' || t.c == ':') && p.joined(k) || t.c == ','
	}
	return p.word(k, wA) && p.joined(k+1) || p.word(k, wP) || p.word(k, wM) || p.word(k, wAm) || p.word(k, wPm) ||
		p.zone(k) || p.kw(k, kNoon) || p.kw(k, kMidnight) || p.word(k, wOn)
}

// determiner reports whether token i opens a noun phrase, so that a participle after it is an
// adjective; an adverb ("a still unspecified date", "the recently passed law") is skipped.
func (p *parser) determiner(i int) bool {
	if i >= 0 && i < len(p.t) && p.t[i].k == tWord && p.t[i].e-p.t[i].s > 3 {
		if w := p.text[p.t[i].s:p.t[i].e]; w == "still" || strings.HasSuffix(w, "ly") {
			i--
		}
	}
	for _, w := range []word{wA, wAn, wThe, wIts, wTheir, wHis, wHer, wOur, wThis, wThese, wThose} {
		if p.word(i, w) {
			return true
		}
	}
	return false
}

// opener reports whether token l opens a subordinate clause ("if", "when", "unless"), whose
// tense is its own: the scan for cues stops there.
func opener(p *parser, l int) bool {
	return p.word(l, wIf) || p.word(l, wWhen) || p.word(l, wUnless) || p.word(l, wWhether)
}

// hadNear reports whether "had" stands within eight tokens of [s, e) in the same sentence: a
// deadline in the past perfect ("had filed their reports by Wednesday", "Until Thursday, they had
// not named him") lies in the past.
func (p *parser) hadNear(s, e int) bool {
	for k := s - 1; k >= 0 && k >= s-8; k-- {
		if p.word(k, wHad) {
			return true
		}
		if p.t[k].brk {
			break
		}
	}
	for k := e; k < len(p.t) && k < e+8 && !p.t[k].brk; k++ {
		if p.word(k, wHad) {
			return true
		}
	}
	return false
}

// tense finds the tense of the clause around tokens [s, e): the nearest cue word within the
// clause wins, the left one first at equal distance.
func (p *parser) tense(s, e int) int {
	b := s // the start of the expression with its position word or clock time: "until
	// mid-November", "until 9 a.m. EST Tuesday"
	for n := 0; n < 8 && b > 0 && p.clockish(b-1); n++ {
		b--
	}
	if p.punct(b-1, '-') && p.word(b-2, wMid) {
		b -= 2
	} else if p.word(b-1, wEarly) || p.word(b-1, wLate) || p.word(b-1, wMid) {
		b--
	}
	if p.word(b-1, wEffective) {
		return present // "an office created, effective Feb. 1": the date a change takes effect
	}
	if (p.word(b-1, wBy) || p.word(b-1, wUntil) || p.word(b-1, wTill) || p.word(b-1, wThrough) && p.dateWord(b)) && p.last != b-1 && !p.history() && !p.hadNear(s, e) &&
		!(p.aside(s) && p.pastClause(s)) && !(!p.word(b-1, wBy) && p.pastVerbBefore(b-1)) {
		// a deadline: "must be returned by Jan. 14", "has until June 30" (not the end of a
		// range, "from Monday until Thursday", nor a history's "by September")
		return future
	}
	lOpen, rOpen := true, true
	reported := false
	fronted := p.opensSentence(b)
	for d := 1; d <= 30 && (lOpen || rOpen); d++ {
		if lOpen {
			if l := s - d; l < 0 || p.t[l+1].brk {
				lOpen = false
			} else if c := p.cueAt(l); c == past && p.appositive(l, s) {
				// "The outlook, released on Thursday, gives little hope of relief before winter":
				// the participle tells of the noun before it, not the clause's time
			} else if c == reporting {
				if d <= 2 || p.word(l-1, wWas) || p.word(l-1, wWere) {
					return past // "said Friday"; a passive is no report: "was estimated at"
				}
				// farther off it introduces the reported clause the expression is in: the
				// report's own tense is not the clause's ("announced an agreement to buy the
				// bank in January")
				lOpen = false
			} else if opener(p, l) {
				lOpen = false // "... had not signed, if they lose when the case is heard in May"
			} else if c == present && p.aheadVerb(l) {
				// the nearest verb is told in the present: "The regulator, which approved the
				// increase on Monday, publishes its review in the autumn"
				lOpen = false
			} else if c == past && p.prospective(l) && !p.history() {
				// "agreed to buy the line in February": what was agreed lies ahead (in a
				// history, ahead of the narrative, which has its own year)
				return future
			} else if c != present {
				if c == future && p.pastAux(l) && !p.word(l, wPlanned) && !p.planning(l) {
					return past // "was due in July": a future seen from the past
				}
				return c
			}
		}
		if rOpen {
			if r := e - 1 + d; r >= len(p.t) || p.t[r].brk {
				rOpen = false
			} else if !fronted && p.clauseAfter(r) {
				// "face a rise from April, after councils warned of costs", "went up in
				// January and will rise again": the clause after is another verb's
				rOpen = false
			} else if c := p.cueAt(r); c == past && !fronted && (p.sameWord(r, "found") || p.sameWord(r, "showed") || p.sameWord(r, "revealed")) && p.attribution(e, r) {
				rOpen = false // "Tenants face a rise from April, the survey found."
			} else if c == reporting {
				if d <= 2 {
					return past
				}
				if !fronted && p.attribution(e, r) {
					rOpen = false // "takes effect in April, the Treasury confirmed": the report's time
					continue
				}
				reported = true
			} else if c != present {
				if reported {
					return past // "In September, it announced plans to buy": the report's date
				}
				return c
			}
		}
	}
	if reported {
		return past // "Over the weekend, unions warned ...": the expression dates the report
	}
	return present
}

// opensSentence reports whether the expression that starts (with its preposition) at b opens its
// sentence: at most one word before it ("In September, it announced ..."), whose clause lies
// after it.
func (p *parser) opensSentence(b int) bool {
	for k := b - 1; k >= 0 && k >= b-2; k-- {
		if p.t[k+1].brk {
			return true
		}
		if k == b-2 {
			return p.t[k].brk
		}
	}
	return true
}

// clauseAfter reports whether token r, after an expression, opens another clause: a
// conjunction after a comma (", after councils warned", ", because ..."), or "and" or "but"
// before a tensed word ("and will rise", "but was").
func (p *parser) clauseAfter(r int) bool {
	switch t := &p.t[r]; {
	case t.k != tWord:
		return false
	case p.word(r, wAnd) || p.word(r, wBut):
		return r+1 < len(p.t) && p.cueAt(r+1) != present && !p.word(r+1, wLast) && !p.word(r+1, wNext)
	case p.punct(r-1, ','):
		return p.word(r, wAfter) || p.word(r, wBefore) || p.sameWord(r, "while") || p.sameWord(r, "because") ||
			p.sameWord(r, "although") || p.sameWord(r, "though") || p.sameWord(r, "whereas")
	}
	return false
}

// commaBetween reports whether a comma stands among tokens [a, b).
func (p *parser) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if p.punct(k, ',') {
			return true
		}
	}
	return false
}

// attribution reports whether the reporting verb at r closes its sentence, with a few untensed
// words after it at most, after a comma that follows the expression ending at e ("The tax cut takes effect in April, the Treasury
// confirmed."): it names who said the sentence, whose time is its own. ("On Sunday, police said
// they had ..." is no attribution: the verb goes on to what was said.)
func (p *parser) attribution(e, r int) bool {
	if !p.commaBetween(e, r) {
		return false
	}
	// the sentence ends at the verb or a few words after it, none of them tensed ("the
	// government confirmed on Monday."; not "the firm said it would close.")
	for k := r + 1; k <= r+5; k++ {
		if k >= len(p.t) || p.t[k].brk || p.punct(k, '.') || p.punct(k, ';') {
			return true
		}
		if p.punct(k, ',') || p.cueAt(k) != present {
			return false
		}
	}
	return false
}

// appositive reports whether the past form at l opens a phrase set off by commas before the
// expression at s (", released on Thursday,"): it describes the noun before it.
func (p *parser) appositive(l, s int) bool {
	return p.punct(l-1, ',') && p.commaBetween(l+1, s) && !p.word(l, wWas) && !p.word(l, wWere) && !p.word(l, wHad)
}

// pastVerbBefore reports whether a past verb of lasting ("stayed", "remained") stands just
// before "until" at b, with a participle or adjective between allowed ("stayed closed until
// January"): the time it lasted, not a deadline ("gave the bidder until", "extended until").
func (p *parser) pastVerbBefore(b int) bool {
	for k := b - 1; k >= 0 && k >= b-3; k-- {
		if p.t[k+1].brk {
			return false
		}
		for _, w := range lastedVerbs {
			if p.sameWord(k, w) {
				return true
			}
		}
	}
	return false
}

// lastedVerbs are past verbs of lasting: with "until" they tell how long, not a deadline.
var lastedVerbs = [...]string{"stayed", "remained", "lasted", "continued", "waited", "persisted", "ran"}

// aheadVerbs are verbs that, told in the present, set a schedule or a change to come ("the
// inquiry reports in the autumn", "the new line opens in December", "households face a rise from
// April"); several are nouns as well, and count only where no determiner stands before them.
var aheadVerbs = [...]string{"reports", "publishes", "returns", "opens", "reopens", "begins", "starts",
	"ends", "closes", "concludes", "launches", "resumes", "meets", "convenes", "breaks", "finishes",
	"takes", "goes", "comes", "arrives", "expires", "rises", "falls", "face", "faces", "apply",
	"applies", "kicks", "lands", "debuts", "decides", "votes", "rules", "sits", "delivers"}

// aheadVerb reports whether token i is one of aheadVerbs used as a verb: lower case, no
// determiner before it.
func (p *parser) aheadVerb(i int) bool {
	if i < 0 || i >= len(p.t) || p.t[i].k != tWord || p.t[i].upper || p.t[i].lx.cue != 0 {
		return false
	}
	w := p.text[p.t[i].s:p.t[i].e]
	if len(w) < 4 || len(w) > 9 || w[len(w)-1] != 's' && w != "face" && w != "apply" {
		return false // most words: every verb of the list but two ends in -s
	}
	for _, v := range aheadVerbs {
		if w == v {
			return !p.determiner(i - 1)
		}
	}
	return false
}

// pointsAhead reports whether a month or season at i, told in the present, lies ahead of the
// reference date rather than more than half a year back: "from", "before" or "until" stands
// before it ("Water bills go up from April", "little hope of relief before winter"), or a verb
// of aheadVerbs among the six tokens before it in its clause ("The inquiry reports in the
// autumn").
func (p *parser) pointsAhead(i int) bool {
	if p.word(i-1, wFrom) || p.word(i-1, wBefore) || p.word(i-1, wUntil) || p.word(i-1, wTill) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.aheadVerb(k) {
			return true
		}
		if p.t[k].brk || p.punct(k, ',') {
			break
		}
	}
	return false
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// weekday resolves weekday wd (1 = Monday) against ref: the most recent one on or before ref in a
// past clause, the next one on or after ref in a future clause, else the one in ref's week.
// strict excludes ref's own day ("last Monday", "next Monday").
func weekday(ref time.Time, wd, dir int, strict bool) time.Time {
	rw := isoWeekday(ref)
	switch dir {
	case past:
		back := (rw - wd + 7) % 7
		if strict && back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case future:
		fwd := (wd - rw + 7) % 7
		if strict && fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	}
	return ref.AddDate(0, 0, wd-rw)
}

// monthYear picks the year of month m (1..12) by tense: the most recent past one, the next one,
// or the reference year.
func monthYear(ref time.Time, m, dir int, strict bool) int {
	y, rm := ref.Year(), int(ref.Month())
	if dir == present {
		// no tense: the nearer one when the reference year's is more than half a year off
		// ("in October" in a January story is last October's, "in January" in November next)
		if m-rm > 6 {
			return y - 1
		} else if rm-m > 6 {
			return y + 1
		}
		return y
	}
	return tenseYear(y, m, rm, dir, strict)
}

// tenseYear returns the year of position x in a yearly cycle (a month, a season), given the
// reference year y and the reference's own position rx: in the past tense the most recent x, in
// the future tense the next one. strict makes x == rx the one a year away.
func tenseYear(y, x, rx, dir int, strict bool) int {
	switch dir {
	case past:
		if x > rx || strict && x == rx {
			return y - 1
		}
	case future:
		if x < rx || strict && x == rx {
			return y + 1
		}
	}
	return y
}

// nearestYear picks the year that puts month m, day d nearest to ref: news dates without a year
// ("Nov. 6") fall within a few months of the story either way.
func nearestYear(ref time.Time, m, d int) int {
	best, bd := ref.Year(), time.Duration(1<<62)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		diff := date(y, m, d).Sub(ref)
		if diff < 0 {
			diff = -diff
		}
		if diff < bd {
			best, bd = y, diff
		}
	}
	return best
}

// seasonOf gives the season of a month: March to May spring, and so on, December to February
// winter (in the year of the month).
func seasonOf(m int) int {
	switch m {
	case 3, 4, 5:
		return sSpring
	case 6, 7, 8:
		return sSummer
	case 9, 10, 11:
		return sFall
	}
	return sWinter
}

// seasonYear picks the year of season s by tense; with no tense, the spring, summer or autumn
// nearer to ref: one that begins more than half a year ahead is last year's, one that began more
// than half a year back is next year's ("this spring" in a December story). A winter with
// no tense keeps the reference year, as news calls the winter under way in January by the new
// year (with a tense, a year's winter is the one that begins in its December).
func seasonYear(ref time.Time, s, dir int, strict bool) int {
	rs := seasonOf(int(ref.Month()))
	if ref.Month() <= time.February {
		rs = 0 // the winter that began last year: before every season of this year
	}
	if dir == present && !strict && s != sWinter {
		switch start := seasonStart[seasonCode[s]]; {
		case start-int(ref.Month()) > 6:
			return ref.Year() - 1
		case int(ref.Month())-start > 6:
			return ref.Year() + 1
		}
	}
	return tenseYear(ref.Year(), s, rs, dir, strict)
}

// holiday gives the date of holiday h in year y.
func holiday(h, y int) time.Time {
	switch h {
	case hChristmas:
		return date(y, 12, 25)
	case hChristmasEve:
		return date(y, 12, 24)
	case hNewYear:
		return date(y, 1, 1)
	case hNewYearsEve:
		return date(y, 12, 31)
	case hIndependence:
		return date(y, 7, 4)
	case hHalloween:
		return date(y, 10, 31)
	case hValentine:
		return date(y, 2, 14)
	case hThanksgiving: // fourth Thursday of November
		t := date(y, 11, 1)
		return t.AddDate(0, 0, (4-isoWeekday(t)+7)%7+21)
	case hLabor: // first Monday of September
		t := date(y, 9, 1)
		return t.AddDate(0, 0, (1-isoWeekday(t)+7)%7)
	case hMemorial, hSpringBank: // last Monday of May
		t := date(y, 5, 31)
		return t.AddDate(0, 0, -((isoWeekday(t) - 1 + 7) % 7))
	case hSummerBank: // last Monday of August
		t := date(y, 8, 31)
		return t.AddDate(0, 0, -((isoWeekday(t) - 1 + 7) % 7))
	case hEarlyMay: // first Monday of May
		t := date(y, 5, 1)
		return t.AddDate(0, 0, (1-isoWeekday(t)+7)%7)
	case hBoxing:
		return date(y, 12, 26)
	case hCanada:
		return date(y, 7, 1)
	case hAnzac:
		return date(y, 4, 25)
	case hAustralia:
		return date(y, 1, 26)
	case hRemembrance:
		return date(y, 11, 11)
	case hElection: // the Tuesday after the first Monday of November
		t := date(y, 11, 2)
		return t.AddDate(0, 0, (2-isoWeekday(t)+7)%7)
	case hGoodFriday:
		return holiday(hEaster, y).AddDate(0, 0, -2)
	case hEasterMonday:
		return holiday(hEaster, y).AddDate(0, 0, 1)
	case hEaster: // anonymous Gregorian algorithm
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		hh := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - hh - k) % 7
		m := (a + 11*hh + 22*l) / 451
		month := (hh + l - 7*m + 114) / 31
		day := (hh+l-7*m+114)%31 + 1
		return date(y, month, day)
	}
	return time.Time{}
}

// scheduleVerbs are verbs that tell a schedule in the present ("talks resume Monday", "the trial
// opens on Tuesday", "they meet again on Monday") and are seldom nouns in the same form.
var scheduleVerbs = [...]string{"resume", "resumes", "reopen", "reopens", "opens", "begins", "starts", "convene", "convenes", "meet", "meets"}

// schedule reports whether a verb of a schedule told in the present stands among the six tokens
// before the weekday at i, in its sentence, with no past verb between: with a weekday the
// present tells what lies ahead.
// (With a month it is as often a habit, "the fair opens in August", and is left alone.)
func (p *parser) schedule(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if c := p.cueAt(k); c == past || c == reporting {
			return false // "the athletics meet was held on Saturday"
		}
		if p.t[k].k == tWord && p.t[k].lx == (entry{}) {
			w := p.text[p.t[k].s:p.t[k].e]
			for _, v := range scheduleVerbs {
				if len(w) == len(v) && strings.EqualFold(w, v) {
					return true
				}
			}
		}
		if p.t[k].brk {
			break
		}
	}
	return false
}
