// This file holds the relative patterns: expressions whose value counts from the reference date
// or from a date named earlier in the text. "last week", "this year", "next month", "the following
// day", "the same quarter", "earlier this month", "three days ago", "two weeks later", durations
// ("three days", "the past two years", "a 30-year"), and the deictic words ("today", "now", "the
// past", "the future"). Calendar names are calendar.go; clock times and sets are clock.go.

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
func (p *parser) quarterBase() (time.Time, bool) {
	if p.lastQ != 0 {
		return date(p.lastQ/4, (p.lastQ%4)*3+1, 1), true
	}
	if !p.has {
		return time.Time{}, false
	}
	return p.ref.AddDate(0, -3, 0), true
}

// nearQuarter reports whether a quarter was named shortly before token i, so that "a year ago"
// there means that quarter a year before.
func (p *parser) nearQuarter(i int) bool { return p.lastQ != 0 && i-p.lastQT < 150 }

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
	// year-ago / year-earlier quarter or period
	if the && p.word(j, "year") && p.hyphen(j+1) && (p.kw(j+2, kAgo) || p.kw(j+2, kEarlier)) &&
		(p.word(j+3, "quarter") || p.word(j+3, "period")) {
		base, ok := p.quarterBase()
		if !ok {
			return match{end: j + 4, typ: tDATE, val: "XXXX-QX"}, true
		}
		m, _ := unitMatch(j+4, base, true, uQuarter, -4)
		m.quarter = 0
		return m, true
	}
	// the (fiscal, full, current) year: a duration when it "ended"; else the reference year
	if the {
		k := j
		for p.word(k, "fiscal") || p.word(k, "full") || p.word(k, "current") || p.word(k, "calendar") || p.word(k, "entire") || p.word(k, "whole") {
			k++
		}
		if p.is(k, cUnit) && !p.t[k].lx.plural && (p.t[k].lx.v == uYear || p.t[k].lx.v == uQuarter || p.t[k].lx.v == uMonth || p.t[k].lx.v == uWeek) {
			u := int(p.t[k].lx.v)
			if p.word(k+1, "ended") || p.word(k+1, "ending") {
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
			if k > j || p.kw(i-1, kOf) || p.word(i-1, "for") && u == uYear {
				if u == uQuarter && !p.word(k-1, "current") {
					base, ok := p.quarterBase()
					return unitMatch(k+1, base, ok, uQuarter, 0)
				}
				base, ok := p.now()
				return unitMatch(k+1, base, ok, u, 0)
			}
		}
	}
	if !the && (p.word(j, "year") && (p.hyphen(j+1) && p.kw(j+2, kEnd) || p.kw(j+1, kEnd)) ||
		p.word(j, "year") && p.punct(j+1, '\'') && p.word(j+2, "s") && p.kw(j+3, kEnd)) {
		end := j + 2
		if p.hyphen(j + 1) {
			end = j + 3
		} else if p.punct(j+1, '\'') {
			end = j + 4
		}
		base, has := p.now()
		m, ok := unitMatch(end, base, has, uYear, 0)
		m.mod = "END"
		return m, ok
	}
	// year-earlier, year-ago (before a noun): the quarter last named, else the year, a year back
	if !the && p.word(j, "year") && p.hyphen(j+1) && (p.kw(j+2, kAgo) || p.kw(j+2, kEarlier)) {
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
	case p.kw(j, kLatest) && the:
		if p.word(j+1, "quarter") || p.word(j+1, "period") {
			base, ok := p.quarterBase()
			return unitMatch(j+2, base, ok, uQuarter, 0)
		}
		return match{}, false
	case the && p.word(j, "quarter"):
		if p.word(j+1, "ended") || p.word(j+1, "ending") {
			if m, ok := p.calendar(j + 2); ok && !m.day.IsZero() {
				q := (int(m.day.Month())-1)/3 + 1
				return match{end: j + 1, typ: tDATE, val: quarterStr(m.day.Year(), q), quarter: m.day.Year()*4 + q - 1}, true
			}
		}
		base, ok := p.quarterBase()
		return unitMatch(j+1, base, ok, uQuarter, 0)
	case the && p.is(j, cUnit) && p.t[j].lx.v == uWeekend && !p.t[j].lx.plural:
		return p.weekend(i, j+1, p.tense(i, j+1), false)
	default:
		return match{}, false
	}
	if the && p.kw(j, kNext) && (p.word(k, "day") || p.is(k, cPart) && !p.t[k].lx.plural) {
		anchored = true // "the next day" counts from the last day named
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
			if p.lastQ != 0 && p.word(k, "quarter") {
				base, ok = p.quarterBase()
			}
		} else if p.word(k, "quarter") && p.lastQ != 0 {
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
			if p.kw(end, kOr) && p.word(end+1, "so") {
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
		return unitMatch(k+1, base, ok, u, off)
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
	case p.is(k, cSeason) && !p.t[k].lx.plural && !anchored:
		s := int(p.t[k].lx.v)
		if !p.has {
			return match{end: k + 1, typ: tDATE, val: seasonStr(-1, s)}, true
		}
		if off == 0 && !strict {
			return match{end: k + 1, typ: tDATE, val: seasonStr(seasonYear(p.ref, s, present, false), s)}, true
		}
		return match{end: k + 1, typ: tDATE, val: seasonStr(seasonYear(p.ref, s, dir, true), s)}, true
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

// quantity reads a count at j: digits ("3", "1.5", "2 1/2"), number words ("three",
// "twenty-five", "a dozen"), "a"/"an" (one), "a couple of" (two), "a few", "several", "many"
// (unknown). It returns tenths of the count, -1 when unknown.
func (p *parser) quantity(j int) (n10, next int, ok bool) {
	switch {
	case p.num(j):
		if p.t[j].nd > 3 || p.joined(j) && p.punct(j-1, '$') {
			return 0, 0, false
		}
		n := int(p.t[j].n) * 10
		k := j + 1
		if p.punct(k, '.') && p.joined(k) && p.num(k+1) && p.joined(k+1) && p.t[k+1].nd == 1 {
			return n + int(p.t[k+1].n), k + 2, true
		}
		if p.punct(k, ',') && p.joined(k) && p.num(k+1) && p.joined(k+1) {
			return 0, 0, false // 1,000
		}
		// 2 1/2
		if p.num(k) && p.t[k].n == 1 && p.punct(k+1, '/') && p.num(k+2) && p.t[k+2].n == 2 {
			return n + 5, k + 3, true
		}
		return n, k, true
	case p.kw(j, kA):
		switch {
		case p.kw(j+1, kFew):
			return -1, j + 2, true
		case p.kw(j+1, kCouple) && p.kw(j+2, kOf):
			return 20, j + 3, true
		case p.word(j+1, "dozen"):
			return 120, j + 2, true
		case p.word(j+1, "half") && p.kw(j+2, kA) == false && p.is(j+2, cUnit):
			return 5, j + 2, true
		}
		return 10, j + 1, true
	case p.kw(j, kFew) || p.word(j, "numerous"):
		return -1, j + 1, true
	case p.kw(j, kCouple) && p.kw(j+1, kOf):
		return 20, j + 2, true
	case p.is(j, cNum):
		n := int(p.t[j].lx.v)
		k := j + 1
		if n >= 20 && n < 100 && n%10 == 0 {
			if (p.hyphen(k) || p.t[k].gap) && p.is(k+boolInt(p.hyphen(k)), cNum) {
				kk := k + boolInt(p.hyphen(k))
				if v := int(p.t[kk].lx.v); v > 0 && v < 10 {
					n, k = n+v, kk+1
				}
			}
		}
		if p.word(k, "hundred") {
			n, k = n*100, k+1
		}
		if p.kw(k, kAnd) && p.kw(k+1, kA) && p.word(k+2, "half") {
			return n*10 + 5, k + 3, true
		}
		return n * 10, k, true
	}
	return 0, 0, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// counted reads durations and counted dates: "three days", "a 30-year", "the past two years",
// "the first nine months", "years", "two weeks ago", "three days later", "two years from now".
func (p *parser) counted(i int) (match, bool) {
	j := i
	the := p.kw(j, kThe)
	if the {
		j++
	}
	lead := 0
	switch {
	case p.kw(j, kPast) || p.kw(j, kLast) || p.kw(j, kPrevious) || p.kw(j, kRecent):
		lead, j = past, j+1
	case p.kw(j, kNext) || p.kw(j, kComing) || p.kw(j, kFollowing):
		lead, j = future, j+1
	case p.word(j, "first") || p.word(j, "final") || p.word(j, "initial"):
		if !the {
			return match{}, false
		}
		lead, j = 2, j+1
	}
	n10, k, ok := p.quantity(j)
	if !ok {
		if lead == 0 && (p.kw(j, kThe) || the) {
			return match{}, false
		}
		n10, k = -1, j
	}
	if ok && (p.kw(k, kMore) || p.word(k, "additional") || p.word(k, "straight") || p.word(k, "consecutive") || p.word(k, "full") || p.word(k, "extra")) {
		k++
	}
	adj := false
	if ok && p.hyphen(k) {
		adj, k = true, k+1
	}
	if !p.is(k, cUnit) {
		return match{}, false
	}
	u, plural := int(p.t[k].lx.v), p.t[k].lx.plural
	if p.hyphen(k+1) && (p.kw(k+2, kAgo) || p.kw(k+2, kEarlier)) {
		return match{}, false // "a year-earlier loss": the adjective alone is the expression
	}
	if the && adj {
		return match{}, false // "the two-week strike": the article belongs to the noun
	}
	if !ok && !plural {
		if lead != 0 && !the {
			// "past week", "past year": a duration of one
			if lead == past && p.kw(i, kPast) && u != uDay && u != uHalf {
				return match{end: k + 1, typ: tDURATION, val: durStr(10, u)}, true
			}
		}
		return match{}, false
	}
	if !ok && (u == uQuarter || u == uWeekend || u == uHalf) && lead == 0 {
		return match{}, false
	}
	if u == uHalf {
		return match{}, false
	}
	if ok && n10 == 10 && plural && !p.num(j) {
		return match{}, false // "a days"
	}
	if ok && n10 == 0 {
		return match{}, false
	}
	if !ok && lead == 0 && (p.kw(k-1, kThese) || p.kw(k-1, kThe)) {
		return match{}, false
	}
	k++
	if p.kw(k, kOr) && p.word(k+1, "so") {
		k += 2 // "a week or so"
	}
	if p.kw(k, kAnd) && p.kw(k+1, kA) && p.word(k+2, "half") && n10 >= 0 && n10%10 == 0 {
		n10, k = n10+5, k+3
	}
	if p.hyphen(k) && p.word(k+1, "old") || p.word(k, "old") {
		return match{}, false // an age ("a 6-year-old", "52 years old") is not a time
	}
	if adj && p.hyphen(k) && p.word(k+1, "long") {
		k += 2
	}
	if u == uWeekend {
		return match{end: k, typ: tDURATION, val: durStr(n10*2, uDay), counted: ok}, true
	}
	// what follows the count: ago, later, earlier, from now
	if !adj && lead == 0 {
		switch {
		case p.kw(k, kAgo):
			return p.ago(i, k+1, n10, u, ok)
		case u == uHour || u == uMinute || u == uSecond:
			// "an hour later": the duration; the day is the anchor's
		case p.kw(k, kEarlier) || p.kw(k, kLater) || p.kw(k, kFrom) && p.kw(k+1, kNow) || p.kw(k, kHence):
			end := k + 1
			sign := 1
			base, has := p.anchorFor(u)
			if p.kw(k, kEarlier) {
				sign = -1
			}
			if p.kw(k, kFrom) {
				end, base, has = k+2, p.ref, p.has
			}
			if n10 < 0 || n10%10 != 0 {
				return match{}, false
			}
			if u == uYear && sign < 0 && p.nearQuarter(i) && n10 == 10 {
				base, has = p.quarterBase()
				m, ok := unitMatch(end, base, has, uQuarter, -4)
				m.counted, m.quarter = true, 0
				return m, ok
			}
			m, ok2 := unitMatch(end, base, has, u, sign*n10/10)
			m.counted = true
			return m, ok2
		}
	}
	return match{end: k, typ: tDURATION, val: durStr(n10, u), counted: ok}, true
}

// ago resolves "three days ago" at the unit's granularity, and "years ago" to PAST_REF.
func (p *parser) ago(i, end, n10, u int, counted bool) (match, bool) {
	if n10 < 0 {
		return match{end: end, typ: tDATE, val: "PAST_REF"}, true
	}
	n := n10 / 10
	if n10%10 != 0 {
		n = (n10 + 5) / 10
	}
	if u == uYear && n == 1 && p.nearQuarter(i) {
		base, has := p.quarterBase()
		m, ok := unitMatch(end, base, has, uQuarter, -4)
		m.counted, m.quarter = true, 0
		return m, ok
	}
	switch u {
	case uHour, uMinute, uSecond:
		u, n = uDay, 0
	case uDecade:
		u, n = uYear, n*10
	case uCentury:
		u, n = uYear, n*100
	case uMillennium:
		u, n = uYear, n*1000
	}
	m, ok := unitMatch(end, p.ref, p.has, u, -n)
	m.counted = counted
	return m, ok
}

// genericToday reports whether "today" at j means the present age rather than the day: "today's
// world", "the youth of today".
func (p *parser) genericToday(j int) bool {
	k := j + 1
	if p.punct(k, '\'') || p.text[p.t[min(k, len(p.t)-1)].s:p.t[min(k, len(p.t)-1)].e] == "’" {
		if p.word(k+1, "s") {
			k += 2
		}
	} else if p.kw(j-1, kOf) {
		return j >= 2 && p.t[j-2].k == tWord && p.t[j-2].lx.cls == cNone // "the youth of today"
	} else {
		return false
	}
	for _, w := range []string{"world", "society", "youth", "generation", "children", "young",
		"economy", "culture", "standards", "terms", "technology", "media", "kids", "politics", "era"} {
		if p.word(k, w) {
			return true
		}
	}
	return false
}

// deictic reads words that point at the present, past or future: "today", "yesterday",
// "tomorrow", "tonight", "now", "currently", "recently", "the past", "the future".
func (p *parser) deictic(i int) (match, bool) {
	j := i
	the := p.kw(j, kThe)
	if the {
		j++
	}
	refDay := func(end, d int) (match, bool) {
		if !p.has {
			return match{end: end, typ: tDATE, val: "XXXX-XX-XX", dayish: true}, true
		}
		return dayMatch(end, p.ref.AddDate(0, 0, d)), true
	}
	if the {
		switch {
		case p.kw(j, kPast) && !p.is(j+1, cUnit) && !p.is(j+1, cNum) && !p.num(j+1) && !p.kw(j+1, kFew) && !p.kw(j+1, kCouple):
			return match{end: j + 1, typ: tDATE, val: "PAST_REF"}, true
		case p.kw(j, kFuture):
			return match{end: j + 1, typ: tDATE, val: "FUTURE_REF"}, true
		case (p.word(j, "near") || p.word(j, "distant") || p.word(j, "foreseeable") || p.word(j, "immediate")) && p.kw(j+1, kFuture):
			return match{end: j + 2, typ: tDATE, val: "FUTURE_REF"}, true
		case (p.word(j, "near") || p.word(j, "short") || p.word(j, "long") || p.word(j, "medium")) && p.word(j+1, "term"):
			return match{end: j + 2, typ: tDATE, val: "FUTURE_REF"}, true
		case p.is(j, cUnit) && p.t[j].lx.plural && p.word(j+1, "ahead"):
			return match{end: j + 2, typ: tDURATION, val: durStr(-1, int(p.t[j].lx.v))}, true
		case p.kw(j, kPresent) && (!p.is(j+1, cNone) || p.t[j+1].k != tWord || p.word(j+1, "day")):
			if p.word(j+1, "day") {
				return match{end: j + 2, typ: tDATE, val: "PRESENT_REF"}, true
			}
			return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
		case p.word(j, "day") && p.word(j+1, "before") && p.kw(j+2, kYesterday):
			return refDay(j+3, -2)
		case p.word(j, "day") && p.word(j+1, "after") && p.kw(j+2, kTomorrow):
			return refDay(j+3, 2)
		case p.word(j, "day") && (p.word(j+1, "before") || p.word(j+1, "after")):
			base, ok := p.anchorDay()
			d := 1
			if p.word(j+1, "before") {
				d = -1
			}
			// only when nothing follows that the day is before or after ("the day before the vote")
			if j+2 < len(p.t) && (p.t[j+2].k == tWord && !p.t[j+2].brk) {
				return match{}, false
			}
			return unitMatch(j+2, base, ok, uDay, d)
		}
		return match{}, false
	}
	switch {
	case p.kw(j, kNow):
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kCurrently):
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kCurrent) && j+1 < len(p.t) && p.t[j+1].k == tWord && p.t[j+1].lx.cls == cNone && !p.word(j-1, "then"):
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true // "current market conditions"
	case p.kw(j, kPresent) && p.kw(j-1, kAt):
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kThese) && p.is(j+1, cUnit) && p.t[j+1].lx.v == uDay && p.t[j+1].lx.plural:
		return match{end: j + 2, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kRecently):
		return match{end: j + 1, typ: tDATE, val: "PAST_REF"}, true
	case p.kw(j, kFuture) && p.kw(j-1, kIn):
		return match{end: j + 1, typ: tDATE, val: "FUTURE_REF"}, true
	case p.word(j, "one") && p.word(j+1, "day") && (p.word(j-1, "will") || p.word(j-1, "would") || p.word(j-1, "could") || p.word(j-1, "might") || p.word(j-1, "may")),
		p.word(j, "some") && p.word(j+1, "day"):
		return match{end: j + 2, typ: tDATE, val: "FUTURE_REF"}, true
	case p.word(j, "someday"):
		return match{end: j + 1, typ: tDATE, val: "FUTURE_REF"}, true
	case p.kw(j, kToday) && p.genericToday(j):
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kToday):
		return refDay(j+1, 0)
	case p.kw(j, kYesterday):
		return refDay(j+1, -1)
	case p.kw(j, kTomorrow):
		return refDay(j+1, 1)
	case p.kw(j, kTonight):
		if !p.has {
			return match{end: j + 1, typ: tTIME, val: "XXXX-XX-XXTNI"}, true
		}
		return match{end: j + 1, typ: tTIME, val: dayStr(p.ref) + "TNI"}, true
	}
	return match{}, false
}
