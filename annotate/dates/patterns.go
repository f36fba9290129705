// This file holds the pattern dispatcher: at each token it tries every pattern family and keeps
// the longest match, then wraps it in quantity modifiers ("about", "more than", "at least") and
// position modifiers ("early", "late", "mid-", "the end of"). It also holds the token helpers the
// families share. The families themselves are calendar.go, relative.go and clock.go.

package dates

import "strings"

func (p *parser) kw(i int, k int16) bool {
	return i >= 0 && i < len(p.t) && p.t[i].k == tWord && p.t[i].lx.cls == cKey && p.t[i].lx.v == k
}

func (p *parser) is(i int, c cls) bool {
	return i >= 0 && i < len(p.t) && p.t[i].k == tWord && p.t[i].lx.cls == c
}

func (p *parser) punct(i int, c byte) bool {
	return i >= 0 && i < len(p.t) && p.t[i].k == tPunct && p.t[i].c == c
}

// apostrophe reports whether token i is an apostrophe, straight or curly: "'90s", "’90s".
func (p *parser) apostrophe(i int) bool {
	return p.punct(i, '\'') || p.punct(i, 0xe2) && p.text[p.t[i].s:p.t[i].e] == "’"
}

// joined reports whether token i directly follows the previous one, with no space between.
func (p *parser) joined(i int) bool { return i > 0 && i < len(p.t) && !p.t[i].gap }

// word reports whether token i is the word w, in any case.
func (p *parser) word(i int, w word) bool { return i >= 0 && i < len(p.t) && p.t[i].lx.w == w }

// sameWord reports whether token i is the word w, in any case; word compares faster, for the
// words of words.go.
func (p *parser) sameWord(i int, w string) bool {
	return i >= 0 && i < len(p.t) && p.t[i].k == tWord && int(p.t[i].e-p.t[i].s) == len(w) &&
		strings.EqualFold(p.text[p.t[i].s:p.t[i].e], w)
}

func (p *parser) num(i int) bool { return i >= 0 && i < len(p.t) && p.t[i].k == tNum }

// hyphen reports whether token i is a hyphen joined to tokens on both sides ("three-day").
func (p *parser) hyphen(i int) bool {
	return p.punct(i, '-') && p.joined(i) && p.joined(i+1)
}

// canStart reports whether an expression can start at token i: not at a word the lexicon does
// not know or an abbreviation, nor at punctuation other than an apostrophe ("'80s", "’80s"), nor at a
// keyword without a temporal word or number shortly after it (the table decides which words
// open what: entry.opens). Most tokens fail, and run does not call at for them; canStart is small
// enough for the compiler to inline into run.
func (p *parser) canStart(i int) bool {
	switch t := &p.t[i]; t.lx.opens {
	case opensAlways:
		return true
	case opensBefore:
		return p.temporalAhead(i)
	default:
		return t.k == tNum || t.c == '\'' || t.c == 0xe2 // only punctuation has a c; 0xe2 opens "’"
	}
}

// at finds the expression starting at token i, if any, into m; canStart(i) holds. m is left as
// it was, or in part, when there is none.
func (p *parser) at(i int, m *match) bool {
	if p.quantHead(i) {
		if mod, j := p.quantMod(i); j > i {
			if p.core(j, m) && (m.typ == tDURATION || m.counted || mod == "APPROX" && p.approxDate(j, *m)) {
				if m.mod == "" {
					m.mod = mod
				}
				m.start = i
				return true
			}
		}
	}
	return p.core(i, m)
}

// completeKey reports whether the keyword k is an expression on its own ("now", "today").
func completeKey(k int16) bool {
	switch k {
	case kNow, kToday, kYesterday, kTomorrow, kTonight, kCurrently, kRecently, kNoon, kMidnight,
		kPresent, kFuture, kCurrent:
		return true
	}
	return false
}

// temporalWord reports whether a word with the entry e can be part of a temporal expression: a
// word of the lexicon other than an abbreviation, and of the keywords only those complete in
// themselves and "past", "period", "term", "later" and "earlier". The table stores the answer
// in each entry (entry.temporal).
func temporalWord(e entry) bool {
	if e.cls == cNone || e.cls == cAbbrev {
		return false
	}
	return e.cls != cKey || completeKey(e.v) || e.v == kPast || e.v == kPeriod || e.v == kTerm || e.v == kLater || e.v == kEarlier
}

// temporalAhead reports whether one of the four tokens after i is a number or a temporal word,
// so that the patterns are tried only where they can match: "the" and "a" start an expression
// only before a temporal word or a number.
func (p *parser) temporalAhead(i int) bool {
	for k := i + 1; k <= i+4 && k < len(p.t); k++ {
		if t := &p.t[k]; t.k == tNum || t.lx.temporal {
			return true
		}
	}
	return false
}

// approxDate reports whether "about" or "around" before the date m at j is its modifier: before a
// clock time, a day of the month, a month or a year ("around Nov. 1", "around 7:15 p.m.", "around
// year end"), not before a weekday ("get around Wednesday's ruling").
func (p *parser) approxDate(j int, m match) bool {
	if p.word(j-1, wSome) || m.typ == tSET || strings.HasSuffix(m.val, "_REF") {
		return false
	}
	return p.num(j) || p.is(j, cMonth) || p.word(j, wYear) || p.kw(j, kNoon) || p.kw(j, kMidnight)
}

// quantHead reports whether a quantity modifier can begin at token i: at "just", "well", "only",
// "about", "nearly", "under", "over", "upwards", "more", "less", "close", "no", "not", "at" or
// "up".
func (p *parser) quantHead(i int) bool {
	if i >= len(p.t) {
		return false
	}
	switch lx := &p.t[i].lx; {
	case lx.cls == cKey:
		switch lx.v {
		case kJust, kApprox, kNearly, kUnder, kOver, kMore, kLess, kNo, kAt, kUp:
			return true
		}
	case lx.w == wWell || lx.w == wOnly || lx.w == wUpwards || lx.w == wClose || lx.w == wNot:
		return true
	}
	return false
}

// quantMod reads a quantity modifier at i and returns its TIMEX3 mod and the token after it.
func (p *parser) quantMod(i int) (string, int) {
	if p.kw(i, kJust) || p.word(i, wWell) || p.word(i, wOnly) {
		if mod, j := p.quantMod(i + 1); j > i+1 {
			return mod, j
		}
	}
	switch {
	case p.kw(i, kApprox):
		return "APPROX", i + 1
	case p.kw(i, kNearly) || p.kw(i, kUnder):
		return "LESS_THAN", i + 1
	case p.kw(i, kOver) && !p.kw(i+1, kThe):
		return "MORE_THAN", i + 1
	case p.word(i, wUpwards) && p.kw(i+1, kOf):
		return "MORE_THAN", i + 2
	case p.kw(i, kMore) && p.kw(i+1, kThan):
		return "MORE_THAN", i + 2
	case p.kw(i, kLess) && p.kw(i+1, kThan):
		return "LESS_THAN", i + 2
	case p.word(i, wClose) && p.word(i+1, wTo):
		return "APPROX", i + 2
	case p.kw(i, kNo) && p.kw(i+1, kMore) && p.kw(i+2, kThan),
		p.word(i, wNot) && p.kw(i+1, kMore) && p.kw(i+2, kThan):
		return "EQUAL_OR_LESS", i + 3
	case p.kw(i, kNo) && p.kw(i+1, kLess) && p.kw(i+2, kThan):
		return "EQUAL_OR_MORE", i + 3
	case p.kw(i, kAt) && p.kw(i+1, kMost):
		return "EQUAL_OR_LESS", i + 2
	case p.kw(i, kAt) && p.kw(i+1, kLeast):
		return "EQUAL_OR_MORE", i + 2
	case p.kw(i, kUp) && p.word(i+1, wTo):
		return "EQUAL_OR_LESS", i + 2
	}
	return "", i
}

// core tries every pattern family at i and keeps the longest match in best, which it leaves as
// it was when there is none. A family is tried only where its first token, or its first after
// "the", can begin it (the ...Head functions): most tokens begin one family or two, and a match
// is large to return. (It fills the caller's match rather than returning one because Go's
// WebAssembly port copies a value this large with memory.copy, a call out of the engine: run,
// at and core passed each token's result on twice, a tenth of Find's time there.)
func (p *parser) core(i int, best *match) bool {
	found := false
	try := func(m match, ok bool) {
		if ok && m.val != "" && (!found || m.end > best.end) {
			*best, found = m, true
		}
	}
	j := i + b2i(p.kw(i, kThe)) // the token after "the", if the expression starts with it
	if p.positionHead(i) {
		try(p.position(i))
	}
	if p.calendarHead(j) {
		try(p.calendar(i))
	}
	if p.relativeHead(j) {
		try(p.relative(i))
	}
	if p.setHead(i) {
		try(p.set(i)) // before counted: "$5 a year" is a set, not a duration
	}
	if p.deicticHead(j) {
		try(p.deictic(i)) // before counted: "will one day be" points at the future, it lasts no day
	}
	if p.countedHead(i) {
		try(p.counted(i))
	}
	if p.num(i) || p.kw(i, kNoon) || p.kw(i, kMidnight) || p.spokenHead(i) {
		try(p.clock(i)) // clockAt begins at a number, "noon", "midnight", or a spoken time ("half past ten")
	}
	if found {
		best.start = i
		*best = p.withPart(*best)
	}
	return found
}

// spokenHead reports whether a time said the British way can begin at token i (clock.go's
// spokenClock): "half", "quarter", "a quarter" or a number word, before "past" or "to" (or
// "minutes past").
func (p *parser) spokenHead(i int) bool {
	k := i + 1
	switch {
	case p.kw(i, kA) && p.word(k, wQuarter):
		k++
	case p.is(i, cNum):
		if p.is(k, cUnit) && p.t[k].lx.v == uMinute {
			k++
		}
	case !p.word(i, wHalf) && !p.word(i, wQuarter):
		return false
	}
	return p.kw(k, kPast) || p.word(k, wTo)
}

// positionHead reports whether position can begin at token i: at "the", "early", "late",
// "earlier", "later", "mid" or "middle", or "end" joined to a hyphen ("end-2024").
func (p *parser) positionHead(i int) bool {
	if i >= len(p.t) || p.t[i].lx.cls != cKey {
		return false
	}
	switch p.t[i].lx.v {
	case kThe, kEarly, kLate, kEarlier, kLater, kMid, kMiddle:
		return true
	case kEnd:
		return p.hyphen(i + 1) // "end-2024"
	}
	return false
}

// position reads "early", "late", "mid", "the end of", "the beginning of", "the middle of" before
// a date, and sets the mod START, END or MID.
func (p *parser) position(i int) (match, bool) {
	j, mod := i, ""
	if p.kw(j, kThe) && (p.kw(j+1, kEarly) || p.kw(j+1, kLate) || p.kw(j+1, kMid)) {
		j++
	}
	switch {
	case p.kw(i, kThe) && (p.word(i+1, wFirst) || p.word(i+1, wSecond) || p.kw(i+1, kLast) || p.word(i+1, wLatter)) &&
		p.word(i+2, wHalf) && p.kw(i+3, kOf) && !p.num(i+4):
		// "the last half of the '80s": a half of something other than a year (yearparts.go
		// reads those as H1, H2) is its start or end
		var m match
		ok := p.core(i+4, &m)
		if !ok || m.typ != tDATE || m.mod != "" || m.counted || len(m.val) == 4 || len(m.val) == 0 || m.val[0] == 'P' || strings.HasSuffix(m.val, "_REF") {
			return match{}, false
		}
		m.mod = "START"
		if !p.word(i+1, wFirst) {
			m.mod = "END"
		}
		return m, true
	case p.kw(i, kThe) && p.word(i+1, wTurn) && p.kw(i+2, kOf):
		return p.turnOf(i + 3)
	case p.kw(i, kThe) && (p.kw(i+1, kEarly) || p.word(i+1, wSmall) || p.word(i+1, wWee)) && p.word(i+2, wHours) && p.kw(i+3, kOf):
		mod, j = "START", i+4 // "the early hours of Thursday morning": one expression, not "hours" and a day
	case p.kw(j, kEarly):
		mod, j = "START", j+1
		if p.hyphen(j) {
			j++
		} else if p.inYear(j) {
			j++ // "early in 1914", "early in the year"
		}
	case p.kw(j, kLate):
		mod, j = "END", j+1
		if p.hyphen(j) {
			j++
		} else if p.inYear(j) {
			j++
		}
	case (p.kw(j, kEarlier) || p.kw(j, kLater)) && j == i && (p.kw(j+1, kThis) || p.kw(j+1, kThat) || p.kw(j+1, kNext) || p.kw(j+1, kLast) ||
		p.kw(j+1, kYesterday) || p.kw(j+1, kToday) || p.kw(j+1, kTomorrow)):
		// "earlier this month", "later that day": the value is the period's; before a weekday
		// ("earlier Sunday") the adverb stays out, as TimeBank draws it
		var m match
		ok := p.core(j+1, &m)
		if !ok || m.typ != tDATE && m.typ != tTIME || m.counted || m.mod != "" || strings.HasPrefix(m.val, "P") {
			return match{}, false
		}
		return m, true
	case (p.kw(j, kEarlier) || p.kw(j, kLater)) && j == i && p.kw(j+1, kIn) && p.kw(j+2, kThe) && p.is(j+3, cUnit) && !p.t[j+3].lx.plural:
		// "earlier in the year", "later in the day": the period the text is in
		u := int(p.t[j+3].lx.v)
		if u != uDay && u != uWeek && u != uMonth && u != uYear {
			return match{}, false
		}
		base, ok := p.now() // the story's year or month; its day is the last day named
		if u == uDay {
			base, ok = p.anchorDay()
		}
		return unitMatch(j+4, base, ok, u, 0)
	case p.kw(j, kEnd) && j == i && p.hyphen(j+1) && p.num(j+2) && p.t[j+2].nd == 4:
		mod, j = "END", j+2 // "by end-2024", as markets write it
	case p.kw(j, kMid):
		mod, j = "MID", j+1
		if p.hyphen(j) {
			j++
		}
	case p.word(j, wMid) || p.word(j, wMiddle):
		mod, j = "MID", j+1
	case p.kw(j, kThe) && (p.kw(j+1, kEnd) || p.kw(j+1, kBeginning) || p.kw(j+1, kStart) || p.kw(j+1, kMiddle)) && p.kw(j+2, kOf):
		switch p.t[j+1].lx.v {
		case kEnd:
			mod = "END"
		case kMiddle:
			mod = "MID"
		default:
			mod = "START"
		}
		j += 3
	default:
		return match{}, false
	}
	if p.is(j, cPart) && !p.t[j].lx.plural && !p.kw(i, kThe) {
		// "early morning", "mid-afternoon", "late afternoon": that part of the anchor day
		day := "XXXX-XX-XX"
		if base, ok := p.anchorDay(); ok && p.has {
			day = dayStr(base)
		}
		end := j + 1
		if d, ok := p.dayAfter(end); ok && !d.day.IsZero() {
			day, end = dayStr(d.day), d.end // "mid-afternoon yesterday"
		}
		m := match{end: end, typ: tTIME, val: day + "T" + partCode[p.t[j].lx.v], mod: mod}
		if mod == "MID" {
			m.mod = ""
		}
		return m, true
	}
	if p.kw(j-1, kIn) && p.kw(j, kThe) && p.word(j+1, wYear) {
		base, ok := p.now() // "early in the year": the year the text is at
		m, _ := unitMatch(j+2, base, ok, uYear, 0)
		m.mod = mod
		return m, true
	}
	var m match
	ok := p.core(j, &m)
	if !ok || m.typ != tDATE && m.typ != tTIME || m.mod != "" || m.counted {
		return match{}, false
	}
	if p.is(j, cMonth) && p.sameWord(j+1, "bank") {
		mod = "" // "the late May bank holiday", "the early May bank holiday": a holiday's name
	}
	m.mod = mod
	return m, true
}

// turnOf reads what follows "the turn of" at j: a century ("the century", "the 20th century",
// "the last century") or millennium. The turn is the year that century begins with, about: the
// turn of the 20th century is about 1900, and "the turn of the century", the turn nearest the
// date the text stands at (about 2000 in today's news, about 1900 in a history of the 1890s).
func (p *parser) turnOf(j int) (match, bool) {
	if p.kw(j, kThe) && p.is(j+1, cUnit) && !p.t[j+1].lx.plural && (p.t[j+1].lx.v == uCentury || p.t[j+1].lx.v == uMillennium) {
		base, ok := p.now()
		if y, ok2 := p.narrativeYear(j); ok2 && y > 0 {
			base, ok = date(y, 1, 1), true
		}
		if !ok {
			return match{end: j + 2, typ: tDATE, val: "XXXX", mod: "APPROX"}, true
		}
		step := 100
		if p.t[j+1].lx.v == uMillennium {
			step = 1000
		}
		return match{end: j + 2, typ: tDATE, val: yearStr((base.Year() + step/2) / step * step), mod: "APPROX"}, true
	}
	var m match
	ok := p.core(j, &m)
	if !ok || m.typ != tDATE || m.mod != "" || len(m.val) != 2 || !digits(m.val) {
		return match{}, false
	}
	return match{end: m.end, typ: tDATE, val: m.val + "00", mod: "APPROX"}, true
}

// inYear reports whether "in" at j opens a year after "early" or "late": "early in 1914", "late
// in the year" ("late in the day" and "early in the morning" are not read so).
func (p *parser) inYear(j int) bool {
	if !p.kw(j, kIn) {
		return false
	}
	if _, _, ok := p.yearAt(j + 1); ok {
		return true
	}
	return p.kw(j+1, kThe) && p.word(j+2, wYear) && !p.hyphen(j+3)
}

// withPart extends a match that names a day with a following part of the day ("Monday morning",
// "yesterday afternoon") into a TIME.
func (p *parser) withPart(m match) match {
	if m.typ != tDATE || !m.dayish {
		return m
	}
	if p.is(m.end, cPart) && !p.t[m.end].lx.plural {
		m.val += "T" + partCode[p.t[m.end].lx.v]
		m.typ = tTIME
		m.end++
	}
	return m
}
