// This file holds clock times and sets. Times: "3 p.m.", "10:35 a.m. EDT", "15:00 GMT", "14.05
// BST", "0900 GMT", "05:30hrs", "430pm", "noon", "midnight", "9 o'clock", "4 in the morning", each
// joined to a following day when there is one ("9 a.m. Tuesday"). Sets: "daily", "weekly", "every
// Monday", "every day at 9", "each year", "twice a week", "$5 a month", "Mondays". It does not read
// durations of hours ("three hours"): relative.go.

package dates

// ampm reads "a.m.", "p.m.", "am", "pm" at k; it returns 1 for a.m., 2 for p.m.
func (p *parser) ampm(k int) (int, int) {
	switch {
	case p.word(k, wAm):
		return 1, k + 1
	case p.word(k, wPm):
		return 2, k + 1
	case (p.word(k, wA) || p.word(k, wP)) && p.punct(k+1, '.') && p.joined(k+1) && p.word(k+2, wM) && p.joined(k+2):
		v := 1
		if p.word(k, wP) {
			v = 2
		}
		k += 3
		if p.punct(k, '.') && p.joined(k) {
			k++
		}
		return v, k
	}
	return 0, k
}

var zones = map[string]bool{"GMT": true, "UTC": true, "EST": true, "EDT": true, "CST": true,
	"CDT": true, "MST": true, "MDT": true, "PST": true, "PDT": true, "BST": true, "CET": true,
	"CEST": true, "ET": true, "PT": true, "CT": true, "MT": true, "AKST": true, "AKDT": true,
	"HST": true, "AST": true, "ADT": true, "NST": true, "NDT": true, "WET": true, "WEST": true,
	"EET": true, "EEST": true, "MSK": true, "IST": true, "PKT": true, "SGT": true, "HKT": true,
	"JST": true, "KST": true, "AEST": true, "AEDT": true, "ACST": true, "ACDT": true, "AWST": true,
	"NZST": true, "NZDT": true, "SAST": true, "WAT": true, "CAT": true, "EAT": true}

// zone reports whether token k is a time zone. Each is written in two to four capitals, which
// spares the map look-up for most words.
func (p *parser) zone(k int) bool {
	if k >= len(p.t) {
		return false
	}
	t := &p.t[k]
	return t.k == tWord && t.upper && t.e-t.s <= 4 && zones[p.text[t.s:t.e]]
}

// spokenClock reads a time said the British way at j: "half past ten", "(a) quarter to five",
// "ten past three" (minutes counted in words, and only after "at", "by", "until", "from",
// "before", "after", "around" or "about", since "five to six" is more often a range of counts).
// It returns hour and minute on a 12-hour clock, and the token after the hour.
func (p *parser) spokenClock(j int) (h, mi, next int, ok bool) {
	k := j
	switch {
	case p.word(k, wHalf):
		mi, k = 30, k+1
	case p.word(k, wQuarter):
		mi, k = 15, k+1
	case p.kw(k, kA) && p.word(k+1, wQuarter):
		mi, k = 15, k+2
	case p.is(k, cNum) && (p.kw(j-1, kAt) || p.kw(j-1, kBy) || p.word(j-1, wUntil) ||
		p.word(j-1, wFrom) || p.word(j-1, wBefore) || p.word(j-1, wAfter) || p.word(j-1, wAround) || p.word(j-1, wAbout)):
		mi = int(p.t[k].lx.v)
		if k++; p.is(k, cUnit) && p.t[k].lx.v == uMinute {
			k++ // "ten minutes past three"
		}
		if mi < 1 || mi > 29 {
			return 0, 0, 0, false
		}
	default:
		return 0, 0, 0, false
	}
	to := p.word(k, wTo)
	if !to && !p.kw(k, kPast) {
		return 0, 0, 0, false
	}
	k++
	switch {
	case p.is(k, cNum):
		h = int(p.t[k].lx.v)
	case p.num(k) && p.t[k].nd <= 2 && !p.joined(k+1):
		h = int(p.t[k].n)
	default:
		return 0, 0, 0, false
	}
	if h < 1 || h > 12 || p.is(k+1, cUnit) || p.is(k+1, cMonth) || p.noun(k+1) {
		return 0, 0, 0, false // "five to six weeks", "ten to twelve people", "from 9 to 11 September"
	}
	if to {
		h, mi = h-1, 60-mi
		if h == 0 {
			h = 12
		}
	}
	return h, mi, k + 1, true
}

// clockAt reads a clock time at j and returns hour and minute (24-hour) and the token after it.
func (p *parser) clockAt(j int) (h, mi, next int, ok bool) {
	if h, mi, k, ok := p.spokenClock(j); ok {
		if ap, k2 := p.ampm(k); ap != 0 {
			if ap == 2 && h < 12 {
				h += 12
			} else if ap == 1 && h == 12 {
				h = 0
			}
			k = k2
		} else if p.kw(k, kIn) && p.kw(k+1, kThe) && p.is(k+2, cPart) {
			if pt := p.t[k+2].lx.v; (pt == pAfternoon || pt == pEvening || pt == pNight) && h < 12 {
				h += 12
			}
			k += 3
		}
		return h, mi, k, true
	}
	switch {
	case p.kw(j, kNoon):
		return 12, 0, j + 1, true
	case p.kw(j, kMidnight):
		return 24, 0, j + 1, true
	case p.num(j) && p.t[j].nd == 4 && p.t[j].n/100 < 24 && p.t[j].n%100 < 60 && !p.punct(j-1, '(') &&
		(p.zone(j+1) && !p.joined(j+1) || (p.word(j+1, wHours) || p.sameWord(j+1, "hrs")) && (p.text[p.t[j].s] == '0' || p.kw(j-1, kAt) || p.kw(j-1, kBy) || p.word(j-1, wUntil) || p.word(j-1, wFrom))):
		// wire and military style: "0900 GMT", "at 1430 hours" (not "gave 2000 hours"); in
		// parentheses after a local time ("10:35 a.m. (0735 GMT)") it restates that time and is
		// no expression of its own
		k := j + 1
		if !p.zone(k) {
			k++
		}
		return int(p.t[j].n / 100), int(p.t[j].n % 100), k, true
	case p.num(j) && (p.t[j].nd == 3 || p.t[j].nd == 4) && p.t[j].n/100 >= 1 && p.t[j].n/100 <= 12 && p.t[j].n%100 < 60:
		// the hours and minutes of posts, without a colon and written together: "430pm",
		// "1130pm" (not "1130 AM radio")
		ap, k := p.ampm(j + 1)
		if ap == 0 || !p.joined(j+1) {
			return 0, 0, 0, false
		}
		h := int(p.t[j].n / 100)
		if ap == 2 && h < 12 {
			h += 12
		} else if ap == 1 && h == 12 {
			h = 0
		}
		return h, int(p.t[j].n % 100), k, true
	case !p.num(j) || p.t[j].nd > 2 || p.t[j].n > 24:
		return 0, 0, 0, false
	}
	h, k := int(p.t[j].n), j+1
	colon := false
	if p.punct(k, ':') && p.joined(k) && p.num(k+1) && p.joined(k+1) && p.t[k+1].nd == 2 && p.t[k+1].n < 60 {
		mi, k, colon = int(p.t[k+1].n), k+2, true
		if p.punct(k, ':') && p.joined(k) && p.num(k+1) {
			k += 2 // seconds
		}
		if p.joined(k) && p.sameWord(k, "hrs") {
			k++ // "05:30hrs", military style
		}
	} else if p.punct(k, '.') && p.joined(k) && p.num(k+1) && p.joined(k+1) && p.t[k+1].nd == 2 && p.t[k+1].n < 60 {
		// 10.30am, 10.30 p.m., 14.05 BST: a full stop is a clock separator only before a.m.,
		// p.m. or a time zone
		if ap, _ := p.ampm(k + 2); ap != 0 || p.zone(k+2) && !p.joined(k+2) {
			mi, k, colon = int(p.t[k+1].n), k+2, ap == 0
		}
	}
	ap, k2 := p.ampm(k)
	switch {
	case ap != 0:
		if h == 0 || h > 12 {
			return 0, 0, 0, false
		}
		if ap == 2 && h < 12 {
			h += 12
		} else if ap == 1 && h == 12 {
			h = 0
		}
		k = k2
	case p.punct(k, '\'') && p.word(k+1, wClock):
		if h == 0 || h > 12 {
			return 0, 0, 0, false
		}
		k += 2
	case p.kw(k, kIn) && p.kw(k+1, kThe) && p.is(k+2, cPart) && h >= 1 && h <= 12:
	case colon && h <= 23 && !p.joined(j) && !p.punct(k, ':') && !p.num(k):
	case colon && (p.zone(k) || p.kw(j-1, kAt) || p.kw(j-1, kBy) || p.word(j-1, wUntil) || p.word(j-1, wBefore) || p.word(j-1, wAfter) || p.word(j-1, wFrom) || p.word(j-1, wSince)):
	default:
		return 0, 0, 0, false
	}
	if p.kw(k, kIn) && p.kw(k+1, kThe) && p.is(k+2, cPart) {
		if pt := p.t[k+2].lx.v; (pt == pAfternoon || pt == pEvening || pt == pNight) && h < 12 {
			h += 12
		}
		k += 3
	}
	return h, mi, k, true
}

// clock reads a time of day, with a time zone and a day after it if there are any.
func (p *parser) clock(i int) (match, bool) {
	h, mi, k, ok := p.clockAt(i)
	if !ok {
		return match{}, false
	}
	if p.zone(k) {
		k++
	}
	day := ""
	c := k
	if p.punct(c, ',') {
		c++
	}
	if p.kw(c, kOn) {
		c++
	}
	if m, ok := p.dayAfter(c); ok {
		day, k = m.val, m.end
	}
	if day == "" {
		if base, ok := p.anchorDay(); ok && p.has {
			day = dayStr(base)
		} else {
			day = "XXXX-XX-XX"
		}
	}
	if h == 24 && mi == 0 {
		return match{end: k, typ: tTIME, val: clockStr(day, 24, 0)}, true // midnight, as TimeML writes it
	}
	return match{end: k, typ: tTIME, val: clockStr(day, h%24, mi)}, true
}

// dayAfter reads a day that follows a time ("Tuesday", "today", "Nov. 6").
func (p *parser) dayAfter(c int) (match, bool) {
	if c >= len(p.t) || !(p.is(c, cWeekday) || p.is(c, cMonth) || p.kw(c, kToday) || p.kw(c, kTomorrow) || p.kw(c, kYesterday) || p.num(c)) {
		return match{}, false
	}
	m, ok := p.calendar(c)
	if !ok || !m.dayish {
		m, ok = p.deictic(c)
	}
	if !ok || !m.dayish {
		return match{}, false
	}
	return m, true
}

// frequentAdj reports whether the adjective at j recurs at least daily and is a set even before
// its noun: "his daily life", "the Communist Party daily Granma", "his weekly radio address",
// "hourly earnings" (TimeBank annotates these). Longer periods before a noun are the noun's kind
// rather than a recurrence ("a quarterly dividend", "annual sales"), and "the average daily
// volume" is a measure.
func (p *parser) frequentAdj(j int) bool {
	switch p.t[j].lx.v {
	case uHour, uDay, uWeek, -pNight:
	default:
		return false
	}
	return !p.word(j-1, wAverage) && !p.word(j-1, wS)
}

// adjective reports whether the word at j, such as "daily" or "quarterly", stands before a noun
// ("the daily tally", "a quarterly dividend") rather than as an adverb ("gather daily").
func (p *parser) adjective(j int) bool {
	for _, w := range []word{wThe, wA, wAn, wIts, wHis, wHer, wTheir, wOur, wYour, wMy,
		wAverage, wFirst, wInitial, wRegular, wParty, wThis, wThat, wLatest, wS} {
		if p.word(j-1, w) {
			return true
		}
	}
	if k := j + 1; k < len(p.t) && p.t[k].k == tWord && !p.t[k].upper {
		for _, w := range []word{wIn, wAt, wOn, wFor, wTo, wFrom, wSince, wThrough, wUntil,
			wAnd, wOr, wBut, wWith, wBy, wOutside, wInside, wOver, wDuring, wBefore, wAfter} {
			if p.word(k, w) {
				return false
			}
		}
		return true
	}
	return false
}

// attached reports whether token k continues the number before it ("8%", "8:", "8th"): a full
// stop or comma may follow a number that ends a phrase.
func (p *parser) attached(k int) bool {
	return p.joined(k) && !p.punct(k, '.') && !p.punct(k, ',') && !p.punct(k, ';') && !p.punct(k, ')')
}

// setHead reports whether set can begin at token i: at an adverb ("weekly"), "every", "once",
// "twice", a count before "times", "weekends", a part of the day in the plural ("mornings"), or
// "per" or "a" before a unit.
func (p *parser) setHead(i int) bool {
	if i >= len(p.t) {
		return false
	}
	t := &p.t[i]
	switch t.lx.cls {
	case cSetAdv:
		return true
	case cNum:
		return p.word(i+1, wTimes)
	case cUnit:
		return t.lx.v == uWeekend && t.lx.plural
	case cPart:
		return t.lx.plural
	case cKey:
		switch t.lx.v {
		case kEvery, kOnce, kTwice:
			return true
		case kPer, kA:
			return p.is(i+1, cUnit)
		}
	}
	return t.k == tNum && p.word(i+1, wTimes)
}

// set reads recurring times.
func (p *parser) set(i int) (match, bool) {
	j := i
	switch {
	case p.is(j, cSetAdv):
		if p.adjective(j) && !p.frequentAdj(j) {
			return match{}, false
		}
		v := int(p.t[j].lx.v)
		if v < 0 {
			return match{end: j + 1, typ: tSET, val: "XXXX-XX-XXT" + partCode[-v]}, true
		}
		return match{end: j + 1, typ: tSET, val: durStr(10, v)}, true
	case p.kw(j, kEvery):
		k := j + 1
		n := 10
		if p.word(k, wOther) {
			n, k = 20, k+1
		} else if q, k2, ok := p.quantity(k); ok && q > 0 && !p.kw(k, kA) {
			n, k = q, k2
		}
		switch {
		case p.is(k, cUnit) && p.t[k].lx.v != uHalf:
			u := int(p.t[k].lx.v)
			k++
			if u == uDay && n == 10 {
				if p.kw(k, kAt) {
					if h, mi, k2, ok := p.clockAt(k + 1); ok {
						return match{end: k2, typ: tSET, val: clockStr("XXXX-XX-XX", h%24, mi)}, true
					}
					if p.num(k+1) && p.t[k+1].n >= 1 && p.t[k+1].n <= 12 && p.t[k+1].nd <= 2 && !p.attached(k+2) {
						return match{end: k + 2, typ: tSET, val: clockStr("XXXX-XX-XX", int(p.t[k+1].n), 0)}, true
					}
				}
			}
			if u == uWeekend {
				return match{end: k, typ: tSET, val: "XXXX-WXX-WE"}, true
			}
			return match{end: k, typ: tSET, val: durStr(n, u)}, true
		case p.is(k, cWeekday) && p.t[k].upper:
			val := "XXXX-WXX-" + string(rune('0'+p.t[k].lx.v))
			k++
			if p.is(k, cPart) {
				val += "T" + partCode[p.t[k].lx.v]
				k++
			} else if p.kw(k, kAt) {
				if h, mi, k2, ok := p.clockAt(k + 1); ok {
					return match{end: k2, typ: tSET, val: clockStr(val, h%24, mi)}, true
				}
				if p.num(k+1) && p.t[k+1].n >= 1 && p.t[k+1].n <= 12 && p.t[k+1].nd <= 2 && !p.attached(k+2) {
					return match{end: k + 2, typ: tSET, val: clockStr(val, int(p.t[k+1].n), 0)}, true
				}
			}
			return match{end: k, typ: tSET, val: val}, true
		case p.is(k, cPart):
			return match{end: k + 1, typ: tSET, val: "XXXX-XX-XXT" + partCode[p.t[k].lx.v]}, true
		case p.is(k, cSeason):
			return match{end: k + 1, typ: tSET, val: "XXXX-" + seasonCode[p.t[k].lx.v]}, true
		case p.is(k, cMonth) && p.t[k].upper && !p.t[k].lx.abbr:
			return match{end: k + 1, typ: tSET, val: monthStr(-1, int(p.t[k].lx.v))}, true
		}
	case p.kw(j, kOnce) || p.kw(j, kTwice) || p.num(j) && p.word(j+1, wTimes) || p.is(j, cNum) && p.word(j+1, wTimes):
		k := j + 1
		if p.word(k, wTimes) {
			k++
		}
		if (p.kw(k, kA) || p.kw(k, kPer) || p.kw(k, kEvery)) && p.is(k+1, cUnit) && !p.t[k+1].lx.plural {
			return match{end: k + 2, typ: tSET, val: durStr(10, int(p.t[k+1].lx.v))}, true
		}
	case p.is(j, cUnit) && p.t[j].lx.v == uWeekend && p.t[j].lx.plural && !p.kw(j-1, kThe):
		return match{end: j + 1, typ: tSET, val: "XXXX-WXX-WE"}, true // "works weekends"
	case p.is(j, cPart) && p.t[j].lx.plural && !p.kw(j-1, kThe) && !p.is(j-1, cWeekday):
		return match{end: j + 1, typ: tSET, val: "XXXX-XX-XXT" + partCode[p.t[j].lx.v]}, true // "runs mornings"
	case p.kw(j, kPer) || p.kw(j, kA):
		if p.is(j+1, cUnit) && !p.t[j+1].lx.plural && p.t[j+1].lx.v != uHalf && j > 0 &&
			(p.kw(j, kPer) || p.num(j-1) || p.punct(j-1, '%') || p.word(j-1, wPercent) || p.word(j-1, wMillion) ||
				p.word(j-1, wBillion) || p.word(j-1, wDollars) || p.word(j-1, wCents) || p.word(j-1, wTimes) ||
				p.is(j-1, cUnit) && p.t[j-1].lx.plural || p.countedNoun(j-1)) {
			return match{end: j + 2, typ: tSET, val: durStr(10, int(p.t[j+1].lx.v))}, true
		}
	}
	return match{}, false
}

// countedNoun reports whether token k is a plural noun counted by a number just before it ("four
// flights", "700 seats"), so that "a week" after it is a rate: "four flights a week".
func (p *parser) countedNoun(k int) bool {
	if k < 1 || p.t[k].k != tWord || p.t[k].upper || p.t[k].lx.cls != cNone {
		return false
	}
	w := p.text[p.t[k].s:p.t[k].e]
	if len(w) < 3 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	return p.num(k-1) || p.is(k-1, cNum)
}
