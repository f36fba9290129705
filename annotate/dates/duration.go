// This file holds durations and counted dates: "three days", "a 30-year", "the past two years",
// "the first nine months", bare "years", and counts from a date: "two weeks ago", "three days
// later", "two years from now". It does not read durations of a clock ("from 9 to 5") or sets
// ("every two years"): clock.go.

package dates

import "time"

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
		case p.word(j+1, wDozen):
			return 120, j + 2, true
		case p.word(j+1, wHundred):
			return 1000, j + 2, true
		case p.word(j+1, wThousand):
			return 10000, j + 2, true
		case p.word(j+1, wHalf) && p.kw(j+2, kA) == false && p.is(j+2, cUnit):
			return 5, j + 2, true
		}
		return 10, j + 1, true
	case p.word(j, wHalf) && (p.kw(j+1, kA) || p.word(j+1, wAn)) && p.is(j+2, cUnit):
		return 5, j + 2, true // half an hour
	case p.kw(j, kFew) || p.word(j, wNumerous):
		return -1, j + 1, true
	case p.kw(j, kCouple) && p.kw(j+1, kOf):
		return 20, j + 2, true
	case p.is(j, cNum):
		n := int(p.t[j].lx.v)
		k := j + 1
		if n >= 20 && n < 100 && n%10 == 0 {
			if (p.hyphen(k) || k < len(p.t) && p.t[k].gap) && p.is(k+boolInt(p.hyphen(k)), cNum) {
				kk := k + boolInt(p.hyphen(k))
				if v := int(p.t[kk].lx.v); v > 0 && v < 10 {
					n, k = n+v, kk+1
				}
			}
		}
		if p.word(k, wHundred) && n < 100 {
			n, k = n*100, k+1
		}
		if p.word(k, wThousand) && n < 1000 {
			n, k = n*1000, k+1
		}
		if p.kw(k, kAnd) && p.kw(k+1, kA) && p.word(k+2, wHalf) {
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

// countedHead reports whether counted can begin at token i: at a count ("three", "3", "a", "a
// few", "a couple", "half", "numerous"), a unit ("years"), "the", or a word that leads a count
// ("past", "next", "first").
func (p *parser) countedHead(i int) bool {
	if i >= len(p.t) {
		return false
	}
	t := &p.t[i]
	switch t.lx.cls {
	case cUnit, cNum:
		return true
	case cKey:
		switch t.lx.v {
		case kThe, kPast, kLast, kPrevious, kRecent, kNext, kComing, kFollowing, kA, kFew, kCouple:
			return true
		}
	}
	return t.k == tNum || t.lx.w == wFirst || t.lx.w == wFinal || t.lx.w == wInitial || t.lx.w == wHalf || t.lx.w == wNumerous
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
	case p.word(j, wFirst) || p.word(j, wFinal) || p.word(j, wInitial):
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
	// a range of counts: "two to three weeks", "12 to 18 months", "five or six years"
	if ok && n10 >= 0 && (p.word(k, wTo) || p.kw(k, kOr) || p.punct(k, '-') && p.joined(k) && p.joined(k+1)) {
		if _, k2, ok2 := p.quantity(k + 1); ok2 && p.is(k2, cUnit) && !p.kw(k+1, kA) {
			k = k2
		}
	}
	if ok && (p.kw(k, kMore) || p.word(k, wAdditional) || p.word(k, wStraight) || p.word(k, wConsecutive) || p.word(k, wFull) ||
		p.word(k, wExtra) || p.word(k, wTrading) || p.word(k, wBusiness) || p.word(k, wWorking) || p.word(k, wCalendar)) {
		k++
	}
	adj := false
	if ok && p.hyphen(k) {
		adj, k = true, k+1
	}
	if ok && n10 >= 10 && n10%10 == 0 && !adj && p.is(k, cWeekday) && p.t[k].lx.plural && p.kw(k+1, kAgo) {
		// "two Fridays ago": the last Friday before the reference date, and one more back
		if !p.has {
			return match{end: k + 2, typ: tDATE, val: "XXXX-XX-XX", dayish: true}, true
		}
		d := weekday(p.ref, int(p.t[k].lx.v), past, true)
		return dayMatch(k+2, d.AddDate(0, 0, -7*(n10/10-1))), true
	}
	if !p.is(k, cUnit) {
		return match{}, false
	}
	u, plural := int(p.t[k].lx.v), p.t[k].lx.plural
	if p.hyphen(k+1) && (p.kw(k+2, kAgo) || p.kw(k+2, kEarlier)) {
		return match{}, false // "a year-earlier loss": the adjective alone is the expression
	}
	if ok && p.kw(j, kA) && p.hyphen(k+1) && p.word(k+2, wLong) {
		return match{}, false // "a day-long meeting": the article belongs to the noun
	}
	if !ok && lead == 0 && p.hyphen(k+1) && p.word(k+2, wLong) && u != uHalf {
		// "a day-long meeting" lasts a day; "a decades-long feud" an unknown number of decades
		n := 10
		if plural {
			n = -1
		}
		return match{end: k + 3, typ: tDURATION, val: durStr(n, u)}, true
	}
	if the && adj {
		return match{}, false // "the two-week strike": the article belongs to the noun
	}
	if u == uQuarter && p.kw(k+1, kOf) {
		y, k2, ok2 := p.yearAt(k + 2)
		if !ok2 {
			return match{}, false // "three-quarters of its food", "a quarter of the market": fractions
		}
		if the && ok && n10 == 20 && (lead == 2 && p.word(j-1, wFirst) || lead == past && p.kw(j-1, kLast)) {
			// the first two quarters of 1990: the first half
			h := 1
			if lead == past {
				h = 2
			}
			return match{end: k2, typ: tDATE, val: halfStr(y, h)}, true
		}
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
	if !ok && lead == 0 && (p.word(k-1, wIts) || p.word(k-1, wTheir) || p.word(k-1, wHis) || p.word(k-1, wHer) ||
		p.word(k-1, wOur) || p.word(k-1, wMy) || p.word(k-1, wYour)) {
		return match{}, false // "its minutes" (of a meeting), "her days as mayor": no length of time
	}
	k++
	if p.kw(k, kOr) && p.word(k+1, wSo) {
		k += 2 // "a week or so"
	}
	if p.kw(k, kAnd) && p.kw(k+1, kA) && p.word(k+2, wHalf) && n10 >= 0 && n10%10 == 0 {
		n10, k = n10+5, k+3
	}
	if p.hyphen(k) && p.word(k+1, wOld) || p.word(k, wOld) {
		return match{}, false // an age ("a 6-year-old", "52 years old") is not a time
	}
	if adj && p.hyphen(k) && p.word(k+1, wLong) {
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
		case p.kw(k, kEarlier) || p.kw(k, kLater) || p.kw(k, kFrom) && p.kw(k+1, kNow) || p.kw(k, kHence) || p.sameWord(k, "previously"):
			end := k + 1
			sign := 1
			base, has := p.anchorFor(u)
			if p.kw(k, kEarlier) || p.t[k].lx.cls == cNone {
				sign = -1 // "earlier", "previously"
			}
			if !p.kw(k, kFrom) && p.bc != 0 && u == uYear && n10 > 0 && n10%10 == 0 && p.bc-sign*n10/10 > 0 {
				// "in 445 BC ... fourteen years later": 431 BC
				return match{end: end, typ: tDATE, val: yearStr(bcBase - (p.bc - sign*n10/10)), counted: true}, true
			}
			if !p.kw(k, kFrom) && !p.anchor.IsZero() && p.anchU > u && p.has && p.history() && n10 > 0 && n10%10 == 0 {
				// a history that has named only a coarser date ("in 1915 ... four days later"):
				// the day is not known, the year is
				y := p.anchor.Year()
				if p.bc != 0 {
					y = bcBase - p.bc
				}
				switch u {
				case uDay:
					return match{end: end, typ: tDATE, val: ymd(y, -1, -1), dayish: true, counted: true}, true
				case uMonth:
					return match{end: end, typ: tDATE, val: monthStr(y, -1), counted: true}, true
				}
			}
			if p.kw(k, kFrom) {
				end, base, has = k+2, p.ref, p.has
			} else if sign < 0 && p.comparison(i) {
				// "up 15% from $4 million a year earlier", "compared with a year earlier": the
				// base of a comparison with the present, not a year before the last date named
				base, has = p.ref, p.has
			}
			if n10 < 0 && ok {
				// "a few days later": no day can be counted, so the expression is the duration,
				// and "later" relates it to the last date named, as TimeML reads "later" (a
				// signal). A bare "days later" has no count to measure: see vagueFrom.
				return match{end: k, typ: tDURATION, val: durStr(n10, u), counted: true}, true
			}
			if n10 < 0 {
				return match{end: end, typ: tDATE, val: vagueFrom(base, has, u, sign), dayish: u == uDay}, true
			}
			if n10%10 != 0 {
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

// comparison reports whether the expression at i is the base of a comparison: "compared with",
// "than", "versus" or "from" before an amount stands within six tokens before it in its sentence.
func (p *parser) comparison(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.word(k, wThan) || p.word(k, wVersus) || p.word(k, wWith) && p.word(k-1, wCompared) ||
			p.word(k, wFrom) && (p.num(k+1) || p.t[min(k+1, len(p.t)-1)].k == tPunct) { // "from $4 million", not "from Paris"
			return true
		}
		if p.t[k].brk {
			break
		}
	}
	return false
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

// vagueFrom is the value of a date some units u from base (sign: 1 later, -1 earlier): "days
// later" after a date in 1792 is 1792-XX-XX, "weeks later" 1792-WXX; years later the year is not
// known either, only that it lies ahead or behind.
func vagueFrom(base time.Time, has bool, u, sign int) string {
	y := -1
	if has {
		y = base.Year()
	}
	switch u {
	case uDay:
		return ymd(y, -1, -1)
	case uWeek, uWeekend, uFortnight:
		return yearStr(y) + "-WXX"
	case uMonth:
		return monthStr(y, -1)
	}
	if sign > 0 {
		return "FUTURE_REF"
	}
	return "PAST_REF"
}
