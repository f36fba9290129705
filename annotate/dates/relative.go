// This file holds the relative patterns: expressions whose value counts from the reference date or
// from a date named earlier in the text. "last week", "this year", "next month", "the following
// day", "the same quarter", "the year-ago period", "the weekend", "the weekend just gone", "the
// week of March 6", "the fiscal year", "year-end". Counted expressions ("three days ago") are
// duration.go, "today" and "now" deictic.go; calendar names are calendar.go.

package dates

import "time"

// shift moves a base date by n units and writes the value at that unit's granularity. ok is
// false for units that have no date value (hours).
func shift(base time.Time, u, n int) (string, time.Time, bool) {
	y, mo := base.Year(), int(base.Month())
	switch u {
	case uDay:
		t := base.AddDate(0, 0, n)
		return dayStr(t), t, true
	case uWeek:
		return weekStr(base.AddDate(0, 0, 7*n)), time.Time{}, true
	case uFortnight:
		return weekStr(base.AddDate(0, 0, 14*n)), time.Time{}, true
	case uWeekend:
		return weekStr(base.AddDate(0, 0, 7*n)) + "-WE", time.Time{}, true
	case uMonth:
		t := date(y, mo+n, 1)
		return monthStr(t.Year(), int(t.Month())), time.Time{}, true
	case uQuarter:
		q := y*4 + (mo-1)/3 + n
		return quarterStr(q/4, q%4+1), time.Time{}, true
	case uHalf:
		h := y*2 + (mo-1)/6 + n
		return halfStr(h/2, h%2+1), time.Time{}, true
	case uSeason:
		s := y*4 + seasonOf(mo) - 1 + n
		return seasonStr(s/4, s%4+1), time.Time{}, true
	case uYear:
		return yearStr(y + n), time.Time{}, true
	case uDecade:
		return yearStr((y/10 + n) * 10)[:3], time.Time{}, true
	case uCentury:
		return string(pad(nil, y/100+n, 2)), time.Time{}, true
	}
	return "", time.Time{}, false
}

// unknownAt is the underspecified value of a unit when there is no reference date.
func unknownAt(u int) string {
	switch u {
	case uDay:
		return "XXXX-XX-XX"
	case uWeek, uFortnight:
		return "XXXX-WXX"
	case uWeekend:
		return "XXXX-WXX-WE"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	case uHalf:
		return "XXXX-HX"
	case uDecade:
		return "XXX"
	case uCentury:
		return "XX"
	}
	return "XXXX"
}

// unitMatch is the match for the unit u counted n from base (ok: base is known).
func unitMatch(end int, base time.Time, ok bool, u, n int) (match, bool) {
	if !ok {
		return match{end: end, typ: tDATE, val: unknownAt(u), dayish: u == uDay}, true
	}
	val, day, ok := shift(base, u, n)
	if !ok {
		return match{}, false
	}
	m := match{end: end, typ: tDATE, val: val, day: day, dayish: u == uDay}
	if u == uQuarter {
		q := base.Year()*4 + (int(base.Month())-1)/3 + n
		m.quarter = q
	}
	return m, true
}

// quarterBase is the quarter that "the quarter" means: the last one named, else the last one
// completed before the reference date.
// A quarter still to come ("a fourth-quarter charge" forecast in October, "losses through the
// third quarter of 1990") is passed over for the last completed one named before it: results are
// reported for quarters that are over.
func (p *parser) quarterBase() (time.Time, bool) {
	if p.lastQ != 0 {
		q := p.lastQ
		if p.has && !p.quarterDone(q) && p.doneQ != 0 {
			q = p.doneQ
		}
		return quarterStart(q), true
	}
	if !p.has {
		return time.Time{}, false
	}
	return p.ref.AddDate(0, -3, 0), true
}

// latestQuarter is the quarter that "the latest quarter" means: the last one completed by the
// reference date. A quarter named earlier counts only if it is completed: "a fourth-quarter
// charge" forecast in October does not make the fourth quarter the latest.
func (p *parser) latestQuarter() (time.Time, bool) {
	if !p.has {
		return p.quarterBase()
	}
	if p.doneQ != 0 {
		return quarterStart(p.doneQ), true
	}
	return p.ref.AddDate(0, -3, 0), true
}

// quarterYearBack reads a quarter or period placed a year back by what follows or precedes it:
// "the corresponding period last year", "the same quarter a year earlier", "the quarter a year
// ago", "last year's quarter". j is the token after "the", if the expression starts with it.
func (p *parser) quarterYearBack(i, j int, the bool) (match, bool) {
	end := 0
	switch {
	case the:
		k := j
		if p.word(k, wCorresponding) || p.word(k, wComparable) || p.kw(k, kSame) {
			k++
		}
		if !p.word(k, wQuarter) && !p.word(k, wPeriod) {
			return match{}, false
		}
		k++
		switch {
		case p.kw(k, kLast) && p.word(k+1, wYear) && !p.punct(k+2, '\''):
			end = k + 2
		case p.kw(k, kA) && p.word(k+1, wYear) && (p.kw(k+2, kAgo) || p.kw(k+2, kEarlier)):
			end = k + 3
		default:
			return match{}, false
		}
	case p.kw(i, kLast) && p.word(i+1, wYear) && p.punct(i+2, '\'') && p.word(i+3, wS) &&
		(p.word(i+4, wQuarter) || p.word(i+4, wPeriod)):
		end = i + 5
	default:
		return match{}, false
	}
	base, ok := p.quarterBase()
	if !ok {
		return match{end: end, typ: tDATE, val: "XXXX-QX"}, true
	}
	m, _ := unitMatch(end, base, true, uQuarter, -4)
	m.quarter = 0
	return m, true
}

// quarterStart is the first day of quarter q (year*4 + quarter - 1).
func quarterStart(q int) time.Time { return date(q/4, (q%4)*3+1, 1) }

// quarterDone reports whether quarter q was over by the reference date.
func (p *parser) quarterDone(q int) bool { return !quarterStart(q).AddDate(0, 3, 0).After(p.ref) }

// fronted reports whether token i opens its sentence, or a clause after a comma or semicolon.
func (p *parser) fronted(i int) bool {
	return p.t[i].brk || p.punct(i-1, ',') || p.punct(i-1, ';')
}

// nearQuarter reports whether a quarter was named shortly before token i, so that "a year ago"
// there means that quarter a year before.
func (p *parser) nearQuarter(i int) bool { return p.lastQ != 0 && i-p.lastQT < 150 }

// relativeHead reports whether token j, after "the" if there is one, can begin a relative
// expression: every form below has there a unit ("year", "quarter"), a part of the day, one of
// the keywords "this", "current", "last", "past", "next", "coming", "previous", "following",
// "same", "that", "latest", "fiscal" and "period", an ordinal before a unit ("the first week of
// May"), or one of the adjectives "corresponding", "comparable", "full", "calendar", "entire"
// and "whole". A number, a month or most words cannot.
func (p *parser) relativeHead(j int) bool {
	if j >= len(p.t) {
		return false
	}
	switch lx := &p.t[j].lx; {
	case lx.cls == cUnit || lx.cls == cPart:
		return true
	case lx.cls == cOrd:
		return p.is(j+1, cUnit) // "the first week of May"
	case lx.cls == cKey:
		switch lx.v {
		case kThis, kCurrent, kLast, kPast, kNext, kComing, kPrevious, kFollowing, kSame, kThat, kLatest, kFiscal, kPeriod:
			return true
		}
	case lx.w == wCorresponding || lx.w == wComparable || lx.w == wFull || lx.w == wCalendar || lx.w == wEntire || lx.w == wWhole:
		return true
	}
	return false
}

func (p *parser) relative(i int) (match, bool) {
	j := i
	the := p.kw(j, kThe)
	if the {
		j++
	}
	// the night of April 18, 1775; the morning of Monday
	if the && p.is(j, cPart) && !p.t[j].lx.plural && p.kw(j+1, kOf) {
		if m, ok := p.calendar(j + 2); ok && m.dayish && len(m.val) == 10 {
			m.val += "T" + partCode[p.t[j].lx.v]
			m.typ = tTIME
			return m, true
		}
	}
	// the first week of October, the last week of August 1918: the ISO week holding the first
	// (or last) seven days' middle
	if the && (p.word(j, wFirst) || p.word(j, wSecond) || p.is(j, cOrd) && p.t[j].lx.v <= 4 || p.kw(j, kLast) || p.word(j, wFinal)) &&
		p.is(j+1, cUnit) && p.t[j+1].lx.v == uWeek && !p.t[j+1].lx.plural && p.kw(j+2, kOf) && p.is(j+3, cMonth) {
		if m, ok := p.calendar(j + 3); ok && len(m.val) == 7 && m.val[4] == '-' {
			m.start = i
			if !digits(m.val[:4]) {
				m.val = "XXXX-WXX"
				return m, true
			}
			y, mo := atoi(m.val[:4]), atoi(m.val[5:])
			d := date(y, mo, 4+7*(int(p.t[j].lx.v)-1)) // the nth week: its Thursday, as ISO weeks count
			if p.kw(j, kLast) || p.word(j, wFinal) {
				d = date(y, mo+1, 1).AddDate(0, 0, -4)
			}
			m.val = weekStr(d)
			return m, true
		}
	}
	// the week of March 6
	if the && p.is(j, cUnit) && (p.t[j].lx.v == uWeek || p.t[j].lx.v == uWeekend) && p.kw(j+1, kOf) {
		if m, ok := p.calendar(j + 2); ok && !m.day.IsZero() {
			m.val = weekStr(m.day)
			if p.t[j].lx.v == uWeekend {
				m.val += "-WE"
			}
			m.day, m.dayish = time.Time{}, false
			return m, true
		}
	}
	// a long weekend: the weekend the clause's tense points at ("after a long weekend", "this
	// long weekend"); the adjective and the article stay out, as the annotated tweets draw it
	if !the && j == i && p.is(j, cUnit) && p.t[j].lx.v == uWeekend && !p.t[j].lx.plural && p.word(j-1, wLong) && !p.hyphen(j+1) {
		dir := p.tense(i, j+1)
		if p.kw(j-2, kThis) {
			dir = present
		}
		return p.weekend(i, j+1, dir, false)
	}
	// the corresponding period last year, the quarter a year ago, last year's quarter: the quarter
	// last named (or the last completed one), a year back
	if m, ok := p.quarterYearBack(i, j, the); ok {
		return m, true
	}
	// year-ago / year-earlier quarter or period
	if the && p.word(j, wYear) && p.hyphen(j+1) && (p.kw(j+2, kAgo) || p.kw(j+2, kEarlier)) &&
		(p.word(j+3, wQuarter) || p.word(j+3, wPeriod)) {
		base, ok := p.quarterBase()
		if !ok {
			return match{end: j + 4, typ: tDATE, val: "XXXX-QX"}, true
		}
		m, _ := unitMatch(j+4, base, true, uQuarter, -4)
		m.quarter = 0
		return m, true
	}
	if the && p.word(j, wYear) && p.hyphen(j+1) && (p.kw(j+2, kAgo) || p.kw(j+2, kEarlier)) {
		// "the year-earlier nine months": a count of months, as "the first nine months" is
		if m, ok := p.counted(j + 3); ok && m.typ == tDURATION && m.counted {
			return match{end: m.end, typ: tDURATION, val: m.val}, true
		}
	}
	// the (fiscal, full, current) year: a duration when it "ended"; else the reference year
	if the {
		k := j
		for p.word(k, wFiscal) || p.word(k, wFull) || p.word(k, wCurrent) || p.word(k, wCalendar) || p.word(k, wEntire) || p.word(k, wWhole) {
			k++
		}
		if p.is(k, cUnit) && !p.t[k].lx.plural && !p.hyphen(k+1) && (p.t[k].lx.v == uYear || p.t[k].lx.v == uQuarter || p.t[k].lx.v == uMonth || p.t[k].lx.v == uWeek ||
			(p.t[k].lx.v == uDecade || p.t[k].lx.v == uCentury) && p.kw(i-1, kOf)) {
			u := int(p.t[k].lx.v)
			if p.word(k+1, wEnded) || p.word(k+1, wEnding) {
				if u == uQuarter {
					if m, ok := p.calendar(k + 2); ok && !m.day.IsZero() {
						q := (int(m.day.Month())-1)/3 + 1
						return match{end: k + 1, typ: tDATE, val: quarterStr(m.day.Year(), q), quarter: m.day.Year()*4 + q - 1}, true
					}
				}
				if u == uYear {
					return match{end: k + 1, typ: tDURATION, val: "P1Y"}, true
				}
			}
			if k > j || p.kw(i-1, kOf) || p.word(i-1, wFor) && u == uYear {
				if u == uQuarter && !p.word(k-1, wCurrent) {
					base, ok := p.quarterBase()
					return unitMatch(k+1, base, ok, uQuarter, 0)
				}
				base, ok := p.now()
				return unitMatch(k+1, base, ok, u, 0)
			}
		}
	}
	if !the && (p.word(j, wYear) && (p.hyphen(j+1) && p.kw(j+2, kEnd) || p.kw(j+1, kEnd)) ||
		p.word(j, wYear) && p.punct(j+1, '\'') && p.word(j+2, wS) && p.kw(j+3, kEnd)) {
		end := j + 2
		if p.hyphen(j + 1) {
			end = j + 3
		} else if p.punct(j+1, '\'') {
			end = j + 4
		}
		m, ok := unitMatch(end, p.ref, p.has, uYear, 0)
		m.mod = "END"
		return m, ok
	}
	if !the && p.is(j, cUnit) && (p.t[j].lx.v == uMonth || p.t[j].lx.v == uWeek) && !p.t[j].lx.plural &&
		p.punct(j+1, '\'') && p.word(j+2, wS) && p.kw(j+3, kEnd) {
		// "at month's end", "by week's end": the end of the month the text is at
		base, ok := p.now()
		m, ok2 := unitMatch(j+4, base, ok, int(p.t[j].lx.v), 0)
		m.mod = "END"
		return m, ok2
	}
	// year-earlier, year-ago (before a noun): the quarter last named, else the year, a year back
	if !the && p.word(j, wYear) && p.hyphen(j+1) && (p.kw(j+2, kAgo) || p.kw(j+2, kEarlier)) {
		if p.nearQuarter(i) {
			base, ok := p.quarterBase()
			m, ok2 := unitMatch(j+3, base, ok, uQuarter, -4)
			m.quarter = 0
			return m, ok2
		}
		return unitMatch(j+3, p.ref, p.has, uYear, -1)
	}
	var off int
	anchored, strict, dir := false, false, present
	k := j + 1
	switch {
	case p.kw(j, kThis) && p.kw(j+1, kPast):
		off, strict, dir, k = -1, true, past, j+2
	case p.kw(j, kThis) && !the:
		off = 0
	case p.kw(j, kCurrent):
		off = 0
	case p.kw(j, kLast) || p.kw(j, kPast):
		off, strict, dir = -1, true, past
	case p.kw(j, kNext) || p.kw(j, kComing):
		off, strict, dir = 1, true, future
	case p.kw(j, kPrevious):
		off, anchored, strict, dir = -1, true, true, past
	case p.kw(j, kFollowing):
		off, anchored, strict, dir = 1, true, true, future
	case p.kw(j, kSame) && the, p.kw(j, kThat) && !the:
		off, anchored = 0, true
		if p.kw(j, kThat) && p.kw(k, kSame) {
			k++ // "that same day"
		}
	case p.kw(j, kLatest) && the:
		if p.word(j+1, wQuarter) || p.word(j+1, wPeriod) {
			base, ok := p.latestQuarter()
			return unitMatch(j+2, base, ok, uQuarter, 0)
		}
		if k := j + 1 + b2i(p.kw(j+1, kFiscal)); p.word(k, wYear) {
			// "the latest fiscal year": the last one completed, the year before the reference's
			return unitMatch(k+1, p.ref, p.has, uYear, -1)
		}
		return match{}, false
	case the && p.word(j, wQuarter):
		if p.word(j+1, wEnded) || p.word(j+1, wEnding) {
			if m, ok := p.calendar(j + 2); ok && !m.day.IsZero() {
				q := (int(m.day.Month())-1)/3 + 1
				return match{end: j + 1, typ: tDATE, val: quarterStr(m.day.Year(), q), quarter: m.day.Year()*4 + q - 1}, true
			}
		}
		base, ok := p.quarterBase()
		return unitMatch(j+1, base, ok, uQuarter, 0)
	case the && p.is(j, cUnit) && p.t[j].lx.v == uWeekend && !p.t[j].lx.plural && p.kw(j+1, kJust) && (p.sameWord(j+2, "gone") || p.kw(j+2, kPast)):
		return p.weekend(i, j+3, past, false) // "the weekend just gone", British: the last one
	case the && p.is(j, cUnit) && p.t[j].lx.v == uWeekend && !p.t[j].lx.plural:
		return p.weekend(i, j+1, p.tense(i, j+1), false)
	case the && p.is(j, cUnit) && !p.t[j].lx.plural && p.t[j].lx.v >= uWeek && p.t[j].lx.v != uHalf &&
		(p.word(j+1, wAfter) && p.kw(j+2, kNext) || p.word(j+1, wBefore) && p.kw(j+2, kLast)):
		// "the week after next", "the year before last"
		n := 2
		if p.kw(j+2, kLast) {
			n = -2
		}
		return unitMatch(j+3, p.ref, p.has, int(p.t[j].lx.v), n)
	default:
		return match{}, false
	}
	if the && p.kw(j, kNext) && (p.word(k, wDay) || p.is(k, cPart) && !p.t[k].lx.plural) {
		anchored = true // "the next day" counts from the last day named
	}
	if the && p.kw(j, kNext) && !anchored && p.fronted(i) && !p.kw(k+1, kOr) &&
		(p.is(k, cSeason) || p.is(k, cUnit) && p.t[k].lx.v >= uWeek && p.t[k].lx.v <= uYear && p.t[k].lx.v != uWeekend) &&
		!p.t[k].lx.plural && (p.history() || p.tense(i, k+1) == past) {
		// "The next spring, the army marched north": told in the past, a fronted "the next"
		// counts from the last date named, as "the following" does
		anchored, strict = true, true
	}
	if anchored && off == 0 && p.is(k, cPart) && !p.t[k].lx.plural && !p.word(i-1, wSo) && (i == 0 || p.cueAt(i-1) != reporting) {
		// "that afternoon", "the same night": that part of the last day named ("said that
		// morning traffic ..." and "so that evening classes ..." are clauses, not times)
		base, ok := p.anchorDay()
		if !ok {
			return match{end: k + 1, typ: tTIME, val: "XXXX-XX-XXT" + partCode[p.t[k].lx.v]}, true
		}
		return match{end: k + 1, typ: tTIME, val: dayStr(base) + "T" + partCode[p.t[k].lx.v]}, true
	}
	if anchored && off != 0 && p.is(k, cPart) && !p.t[k].lx.plural {
		base, ok := p.anchorDay()
		if !ok {
			return match{end: k + 1, typ: tTIME, val: "XXXX-XX-XXT" + partCode[p.t[k].lx.v]}, true
		}
		return match{end: k + 1, typ: tTIME, val: dayStr(base.AddDate(0, 0, off)) + "T" + partCode[p.t[k].lx.v]}, true
	}
	if p.kw(j, kPast) && !the && !p.kw(j-1, kThis) {
		return match{}, false // "past week" is a duration: counted
	}
	base, ok := p.ref, p.has
	if anchored {
		base, ok = p.anchorDay()
		if p.is(k, cUnit) {
			base, ok = p.anchorFor(int(p.t[k].lx.v))
		}
		if p.kw(j, kSame) || p.kw(j, kThat) {
			if p.lastQ != 0 && p.word(k, wQuarter) {
				base, ok = p.quarterBase()
			}
		} else if p.word(k, wQuarter) && p.lastQ != 0 {
			base, ok = p.quarterBase()
		}
	}
	switch {
	case p.is(k, cUnit) && !p.t[k].lx.plural:
		u := int(p.t[k].lx.v)
		if u == uWeekend && !anchored {
			return p.weekend(i, k+1, dir, true)
		}
		if the && !anchored && (p.kw(j, kLast) || p.kw(j, kPast) || p.kw(j, kNext) || p.kw(j, kComing)) && u != uDay {
			// "the last week", "the next month": a duration
			end := k + 1
			if p.kw(end, kOr) && p.word(end+1, wSo) {
				end += 2
			}
			return match{end: end, typ: tDURATION, val: durStr(10, u)}, true
		}
		if u == uDay && !anchored {
			return match{}, false
		}
		if u == uHour || u == uMinute || u == uSecond || u == uMillennium {
			return match{}, false
		}
		if anchored && u == uYear && p.bc != 0 && p.bc-off > 0 {
			return match{end: k + 1, typ: tDATE, val: yearStr(bcBase - (p.bc - off))}, true // "the following year" after 491 BC
		}
		return unitMatch(k+1, base, ok, u, off)
	case p.is(k, cMonth) && the && anchored && off != 0 && p.t[k].upper && !p.t[k].lx.abbr:
		// "the previous April", "the following March": that month before or after the last
		// date named
		mo := int(p.t[k].lx.v)
		base, ok := p.anchorFor(uMonth)
		if !ok {
			return match{end: k + 1, typ: tDATE, val: monthStr(-1, mo)}, true
		}
		y := base.Year()
		if off < 0 && mo >= int(base.Month()) {
			y--
		} else if off > 0 && mo <= int(base.Month()) {
			y++
		}
		return match{end: k + 1, typ: tDATE, val: monthStr(y, mo)}, true
	case p.is(k, cWeekday) && !p.t[k].lx.plural && anchored && off != 0:
		base, ok := p.anchorDay()
		if !ok {
			return match{end: k + 1, typ: tDATE, val: "XXXX-XX-XX", dayish: true}, true
		}
		return dayMatch(k+1, weekday(base, int(p.t[k].lx.v), dir, true)), true
	case p.is(k, cWeekday) && !p.t[k].lx.plural && !anchored:
		wd := int(p.t[k].lx.v)
		if !p.has {
			return match{end: k + 1, typ: tDATE, val: "XXXX-WXX-" + string(rune('0'+wd)), dayish: true}, true
		}
		if off == 0 && !strict {
			dir = p.tense(i, k+1)
		}
		return dayMatch(k+1, weekday(p.ref, wd, dir, strict)), true
	case p.is(k, cMonth) && p.t[k].upper && !anchored:
		mo := int(p.t[k].lx.v)
		k2 := k + 1
		if p.t[k].lx.abbr && p.punct(k2, '.') {
			k2++
		}
		if d, k3, ok := p.dayNum(k2); ok && off != 0 {
			if !p.has {
				return match{end: k3, typ: tDATE, val: ymd(-1, mo, d), dayish: true}, true
			}
			y := p.ref.Year()
			if t := date(y, mo, d); off < 0 && !t.Before(p.ref) {
				y--
			} else if off > 0 && !t.After(p.ref) {
				y++
			}
			if validDay(y, mo, d) {
				return dayMatch(k3, date(y, mo, d)), true
			}
		}
		if !p.has {
			return match{end: k2, typ: tDATE, val: monthStr(-1, mo)}, true
		}
		if off == 0 && !strict {
			return match{end: k2, typ: tDATE, val: monthStr(p.ref.Year(), mo)}, true
		}
		return match{end: k2, typ: tDATE, val: monthStr(monthYear(p.ref, mo, dir, true), mo)}, true
	case p.is(k, cSeason) && !p.t[k].lx.plural && anchored:
		// "the following spring", "the previous winter", "that summer": from the last date named
		return p.seasonFrom(k+1, int(p.t[k].lx.v), off)
	case p.is(k, cSeason) && !p.t[k].lx.plural && !anchored:
		s := int(p.t[k].lx.v)
		if !p.has {
			return match{end: k + 1, typ: tDATE, val: seasonStr(-1, s)}, true
		}
		if off == 0 && !strict {
			return match{end: k + 1, typ: tDATE, val: seasonStr(seasonYear(p.ref, s, present, false), s)}, true
		}
		return match{end: k + 1, typ: tDATE, val: seasonStr(seasonYear(p.ref, s, dir, true), s)}, true
	case p.is(k, cHoliday) && p.t[k].lx.v != 0 && !anchored && off != 0 && p.has:
		// last Christmas, next Easter
		h, y := int(p.t[k].lx.v), p.ref.Year()
		t := holiday(h, y)
		if off < 0 && !t.Before(p.ref) {
			t = holiday(h, y-1)
		} else if off > 0 && !t.After(p.ref) {
			t = holiday(h, y+1)
		}
		end := k + 1
		if p.word(end, wDay) || p.word(end, wEve) && h == hChristmas {
			if p.word(end, wEve) {
				t = t.AddDate(0, 0, -1)
			}
			end++
		}
		return dayMatch(end, t), true
	case p.is(k, cPart) && !p.t[k].lx.plural && !anchored && !the:
		pt := int(p.t[k].lx.v)
		if off > 0 || off < 0 && pt != pNight && pt != pEvening {
			return match{}, false
		}
		d := 0
		if off < 0 {
			d = -1
		}
		if !p.has {
			return match{end: k + 1, typ: tTIME, val: "XXXX-XX-XXT" + partCode[pt]}, true
		}
		return match{end: k + 1, typ: tTIME, val: dayStr(p.ref.AddDate(0, 0, d)) + "T" + partCode[pt]}, true
	}
	return match{}, false
}

// weekend resolves "the weekend" (strict: "last/next weekend") by tense: past → the last one
// begun, future → the next one, else the one of the reference week.
func (p *parser) weekend(i, end, dir int, strict bool) (match, bool) {
	if !p.has {
		return match{end: end, typ: tDATE, val: "XXXX-WXX-WE"}, true
	}
	wd := isoWeekday(p.ref)
	t := p.ref
	switch dir {
	case past:
		if wd < 6 || strict && wd == 6 {
			t = t.AddDate(0, 0, -7)
		}
	case future:
		if strict || wd == 7 {
			t = t.AddDate(0, 0, 7)
		}
	}
	return match{end: end, typ: tDATE, val: weekStr(t) + "-WE"}, true
}

// seasonFrom resolves season s counted off (-1, 0 or 1) from the last date named: "the following
// spring" after a date in November 1976 is 1977's, after "1976" too; "that summer" is the
// anchor's year's.
func (p *parser) seasonFrom(end, s, off int) (match, bool) {
	base, ok := p.anchorFor(uYear)
	if !ok {
		return match{end: end, typ: tDATE, val: seasonStr(-1, s)}, true
	}
	y, bs := base.Year(), seasonOf(int(base.Month()))
	switch {
	case p.anchor.IsZero() || p.anchU == uYear:
		bs = 5 // a whole year: after its every season for "following", before for "previous"
		if off < 0 {
			bs = 0
		}
	case base.Month() <= time.February:
		y, bs = y-1, sWinter // the winter that began the year before
	}
	switch {
	case off > 0 && s <= bs:
		y++
	case off < 0 && s >= bs:
		y--
	}
	return match{end: end, typ: tDATE, val: seasonStr(y, s)}, true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
