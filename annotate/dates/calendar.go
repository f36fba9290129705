// This file holds the calendar patterns for days and months: full dates ("2 September 2024", "Sept.
// 2, 2024", "9/2/2024", "03.09.2024", "July 25 of that year", "June 479 BC"), months ("September",
// "September 2024", "July last year"), weekdays ("Monday", "Monday, Sept. 2", "Mon 2 Sep",
// "Mondays", "Friday week") and holidays ("Christmas", "xmas", "New Year's Day", "Good Friday",
// "the Fourth of July", "the August bank holiday"), and "the new year"; a day or month before a dated one in a range takes its year ("26 June - 4
// August 1952"). Parts missing (the year of "Monday") come from resolve.go, which reads "talks
// resume Monday" as a schedule. Years and decades are years.go, quarters and seasons yearparts.go;
// "last week" and its kin are relative.go.

package dates

import (
	"strings"
	"time"
)

// monthAt reads a capitalised month name at i; an abbreviation takes a joined full stop, or must
// be followed by a number ("Aug 6").
func (p *parser) monthAt(i int) (mo, next int, ok bool) {
	if !p.is(i, cMonth) || !p.t[i].upper && !p.lowerName(i) {
		return 0, 0, false
	}
	j := i + 1
	if p.t[i].lx.abbr {
		if p.punct(j, '.') && p.joined(j) {
			j++
		} else if !p.num(j) && !(p.num(i-1) && p.t[i-1].nd <= 2 || p.word(i-1, wTh) || p.word(i-1, wSt) || p.word(i-1, wNd) || p.word(i-1, wRd)) {
			return 0, 0, false
		}
	}
	return int(p.t[i].lx.v), j, true
}

// lowerName reports whether a month or weekday name written in lower case ("friday", as in
// informal text) is still a name: full names only, and not "may", "march" or "sun".
func (p *parser) lowerName(i int) bool {
	t := &p.t[i]
	if t.lx.abbr || t.lx.plural {
		return false
	}
	if t.lx.cls == cMonth && (t.lx.v == 5 || t.lx.v == 3 || t.lx.v == 8) {
		return false
	}
	return true
}

// dayNum reads a day of the month, 1 to 31, with an optional ordinal suffix ("2nd").
func (p *parser) dayNum(i int) (d, next int, ok bool) {
	if !p.num(i) || p.t[i].nd > 2 || p.t[i].n < 1 || p.t[i].n > 31 {
		return 0, 0, false
	}
	j := i + 1
	if p.joined(j) && (p.word(j, wSt) || p.word(j, wNd) || p.word(j, wRd) || p.word(j, wTh)) {
		j++
	} else if p.joined(j) && (p.t[j].k == tWord || p.t[j].k == tNum || p.punct(j, '%') || p.punct(j, ':') && p.num(j+1) && p.joined(j+1)) {
		return 0, 0, false
	}
	return int(p.t[i].n), j, true
}

// dayMatch builds the match for a known day.
func dayMatch(end int, t time.Time) match {
	return match{end: end, typ: tDATE, val: dayStr(t), day: t, dayish: true}
}

// validDay reports whether day d exists in month mo of year y.
func validDay(y, mo, d int) bool {
	return d >= 1 && d <= 31 && date(y, mo, d).Day() == d
}

// monthDay resolves month mo, day d without a year, the expression spanning [i, end).
func (p *parser) monthDay(i, end, mo, d int) (match, bool) {
	if y, ok := p.narrativeYear(i); ok {
		if y <= bcBase {
			return match{end: end, typ: tDATE, val: ymd(y, mo, d), dayish: true}, true // BC0480-08-17
		}
		if !validDay(y, mo, d) {
			return match{}, false
		}
		return dayMatch(end, date(y, mo, d)), true
	}
	if !p.has {
		if d > 31 {
			return match{}, false
		}
		return match{end: end, typ: tDATE, val: ymd(-1, mo, d), dayish: true}, true
	}
	y := nearestYear(p.ref, mo, d)
	// more than three months away, the tense decides: "the Oct. 23 slaying" in May is last
	// October's; a day more than a week past told in the future ("will be held on 15th August"
	// in September) is next year's (a deadline a day past may be the story's own: "had until
	// Jan. 14", written on the 15th)
	if t := date(y, mo, d); t.Sub(p.ref) > 90*24*time.Hour && p.tense(i, end) == past {
		y--
	} else if p.ref.Sub(t) > 7*24*time.Hour && p.tense(i, end) == future {
		y++
	}
	if !validDay(y, mo, d) {
		return match{}, false
	}
	return dayMatch(end, date(y, mo, d)), true
}

// yearAfter reads an optional year after a date: ", 2024", " 2024".
func (p *parser) yearAfter(j int) (y, next int, ok bool) {
	k := j
	if p.punct(k, ',') {
		k++
	}
	if y, n, ok := p.yearAt(k); ok && !p.punct(n, ':') {
		return y, n, true
	}
	if y, n, ok := p.spokenYear(k); ok {
		return y, n, true
	}
	if y, n, ok := p.bcYearAt(k); ok {
		return y, n, true // "17 September 480 BC"
	}
	return 0, j, false
}

// fullDate finishes a date whose month and day were read, with or without a year.
func (p *parser) fullDate(i, j, mo, d int) (match, bool) {
	// "July 25 of that year", "January 24 of the same year"
	if p.kw(j, kOf) && (p.kw(j+1, kThat) && p.word(j+2, wYear) || p.kw(j+1, kThe) && p.kw(j+2, kSame) && p.word(j+3, wYear)) {
		if base, ok := p.anchorFor(uYear); ok && validDay(base.Year(), mo, d) {
			end := j + 3
			if p.kw(j+1, kThe) {
				end++
			}
			return dayMatch(end, date(base.Year(), mo, d)), true
		}
	}
	if y, k, ok := p.yearAfter(j); ok {
		if y <= bcBase {
			return match{end: k, typ: tDATE, val: ymd(y, mo, d), dayish: true}, true // BC0480-09-17
		}
		if !validDay(y, mo, d) {
			return match{}, false
		}
		return dayMatch(k, date(y, mo, d)), true
	}
	if y, ok := p.coordYear(j, mo); ok && validDay(y, mo, d) {
		return dayMatch(j, date(y, mo, d)), true // "26 June - 4 August 1952"
	}
	return p.monthDay(i, j, mo, d)
}

// calendarHead reports whether token j, after "the" if there is one, can begin a calendar
// expression (calendar.go, years.go, yearparts.go): a number, the apostrophe of "'90s" or
// "’90s", a month, weekday, holiday, decade, ordinal, season, number word ("nineteen") or unit
// ("the year 2024"), or one of the keywords "fiscal", "this", "last", "next" ("this year's
// third quarter") and "Q" or "H" ("Q3", "H1").
func (p *parser) calendarHead(j int) bool {
	if j >= len(p.t) {
		return false
	}
	t := &p.t[j]
	switch t.lx.cls {
	case cMonth, cWeekday, cHoliday, cDecade, cOrd, cSeason, cNum, cUnit:
		return true
	case cKey:
		switch t.lx.v {
		case kFiscal, kThis, kLast, kNext, kQ:
			return true
		}
	}
	return t.k == tNum || p.apostrophe(j)
}

func (p *parser) calendar(i int) (match, bool) {
	j := i
	the := p.kw(j, kThe)
	if the {
		j++
	}
	// the forms that begin with a day of the month at j ("2", "2nd")
	if d, k, ok := p.dayNum(j); ok {
		// "the 2nd of September [2024]", "2 September [2024]"
		if p.kw(k, kOf) {
			if mo, k2, ok := p.monthAt(k + 1); ok {
				return p.fullDate(i, k2, mo, d)
			}
		}
		if mo, k2, ok := p.monthAt(k); ok {
			if m, ok := p.fullDate(i, k2, mo, d); ok && !(the && p.noun(m.end)) {
				return m, true // "on the 14 September", as some histories write it
			}
			// "the 15 September attack": the article is the noun's; the date alone follows
		}
		// the first day of "9 to 11 September", "3-5 June 2024": the month (and year) of the second
		if !the && (p.word(k, wTo) || p.kw(k, kAnd) || p.punct(k, '-') || k < len(p.t) && p.text[p.t[k].s:p.t[k].e] == "–") {
			if d2, k2, ok := p.dayNum(k + 1); ok && d2 > d {
				if _, _, ok := p.monthAt(k2); ok {
					if m2, ok := p.calendar(k + 1); ok && !m2.day.IsZero() {
						if t := m2.day.AddDate(0, 0, d-d2); t.Day() == d {
							return dayMatch(k, t), true
						}
					}
				}
			}
		}
		// the second day of "April 24 and 25", "June 3-5"
		if !the && p.anchU == uDay && p.last == i-1 && p.last > 0 && i >= 2 &&
			p.num(i-2) && (p.kw(i-1, kAnd) || p.kw(i-1, kOr) || p.word(i-1, wTo) || p.punct(i-1, '-') || p.text[p.t[i-1].s:p.t[i-1].e] == "–") {
			y, mo := p.anchor.Year(), int(p.anchor.Month())
			if validDay(y, mo, d) && d > p.anchor.Day() && !p.is(k, cMonth) && !p.is(k, cUnit) {
				return dayMatch(k, date(y, mo, d)), true
			}
		}
	}
	// "the fifth of November", "the Fourth of July"
	if the && p.is(j, cOrd) && p.t[j].lx.v <= 31 && p.kw(j+1, kOf) {
		if mo, k2, ok := p.monthAt(j + 2); ok {
			return p.fullDate(i, k2, mo, int(p.t[j].lx.v))
		}
	}
	// "on the 5th": a day of the month the text is in
	if the && p.kw(i-1, kOn) && p.num(j) && p.t[j].nd <= 2 && p.joined(j+1) && (p.word(j+1, wTh) || p.word(j+1, wSt) || p.word(j+1, wNd) || p.word(j+1, wRd)) && !p.kw(j+2, kOf) && !p.is(j+2, cUnit) &&
		!p.noun(j+2) {
		d := int(p.t[j].n)
		if base, ok := p.anchorFor(uMonth); ok && validDay(base.Year(), int(base.Month()), d) {
			return dayMatch(j+2, date(base.Year(), int(base.Month()), d)), true
		}
		if !p.has {
			return match{end: j + 2, typ: tDATE, val: "XXXX-XX-" + string(pad(nil, d, 2)), dayish: true}, true
		}
	}
	if m, ok := p.bankHolidayAt(j); ok {
		return m, true
	}
	if m, ok := p.yearish(i, j, the); ok {
		return m, true
	}
	if m, ok := p.partOfYear(i, j); ok {
		return m, true
	}
	if p.is(j, cHoliday) && p.t[j].upper {
		// "the Labor Day weekend", "over Easter weekend": the weekend nearest the holiday
		if m, ok := p.holidayAt(j); ok && p.is(m.end, cUnit) && p.t[m.end].lx.v == uWeekend && !p.t[m.end].lx.plural {
			if m.day.IsZero() {
				return match{end: m.end + 1, typ: tDATE, val: "XXXX-WXX-WE"}, true
			}
			sat := m.day.AddDate(0, 0, 6-isoWeekday(m.day)) // Thursday to Sunday: that week's
			if w := isoWeekday(m.day); w <= 3 {
				sat = m.day.AddDate(0, 0, -w-1) // Monday to Wednesday: the one before
			}
			return match{end: m.end + 1, typ: tDATE, val: weekStr(sat) + "-WE"}, true
		}
	}
	if the && p.word(j, wNew) && p.word(j+1, wYear) {
		return p.newYear(i, j+2)
	}
	if the {
		return match{}, false
	}
	if mo, k, ok := p.monthAt(j); ok {
		return p.month(j, k, mo)
	}
	if p.is(j, cWeekday) {
		return p.weekdayAt(j)
	}
	if p.is(j, cHoliday) {
		return p.holidayAt(j)
	}
	return p.numericDate(j)
}

// noun reports whether token k is a word in lower case that the table does not know, most likely
// a noun that an ordinal before it counts ("on the 2nd floor", "on the 3rd day"), not a date.
func (p *parser) noun(k int) bool {
	return k < len(p.t) && p.t[k].k == tWord && !p.t[k].upper && p.t[k].lx == entry{}
}

// coordYear reads the year of a month, or a day of one, coordinated with a dated one after it at
// k: "April and June 1955" (1955), "from October to March 1945" (October 1944: a range runs
// forward), "(14 October - 25 November 1952)".
func (p *parser) coordYear(k, mo int) (int, bool) {
	rng := false
	switch {
	case p.word(k, wAnd) || p.word(k, wOr):
	case p.word(k, wTo) || p.word(k, wThrough) || p.word(k, wUntil) || p.punct(k, '-') ||
		k < len(p.t) && p.text[p.t[k].s:p.t[k].e] == "–":
		rng = true
	default:
		return 0, false
	}
	mo2, j, ok := p.monthAt(k + 1)
	if ok {
		if _, j2, ok := p.dayNum(j); ok {
			j = j2
		}
	} else if _, j2, ok := p.dayNum(k + 1); ok {
		if mo2, j, ok = p.monthAt(j2); !ok {
			return 0, false // "14 October - 25 November 1952": a day first
		}
	} else {
		return 0, false
	}
	if p.punct(j, ',') {
		j++
	}
	y, _, ok := p.yearAt(j)
	if !ok {
		return 0, false
	}
	if rng && mo2 < mo {
		y--
	}
	return y, true
}

// month reads what follows a month name at k: a day ("September 2"), a year ("September 2024",
// "September of 2024"), or nothing.
func (p *parser) month(i, k, mo int) (match, bool) {
	if d, k2, ok := p.dayNum(k); ok {
		return p.fullDate(i, k2, mo, d)
	}
	if p.punct(k, ',') || p.kw(k, kOf) {
		if y, k2, ok := p.yearAt(k + 1); ok {
			return match{end: k2, typ: tDATE, val: monthStr(y, mo)}, true
		}
	}
	if y, k2, ok := p.yearAt(k); ok {
		return match{end: k2, typ: tDATE, val: monthStr(y, mo)}, true
	}
	if y, k2, ok := p.spokenYear(k); ok {
		return match{end: k2, typ: tDATE, val: monthStr(y, mo)}, true
	}
	if y, k2, ok := p.bcYearAt(k); ok {
		return match{end: k2, typ: tDATE, val: monthStr(y, mo)}, true // "June 479 BC"
	}
	if y, ok := p.coordYear(k, mo); ok {
		return match{end: k, typ: tDATE, val: monthStr(y, mo)}, true
	}
	if (p.kw(k, kThis) || p.kw(k, kLast) || p.kw(k, kNext)) && p.is(k+1, cUnit) && p.t[k+1].lx.v == uYear && !p.t[k+1].lx.plural {
		if !p.has {
			return match{end: k + 2, typ: tDATE, val: monthStr(-1, mo)}, true
		}
		y := p.ref.Year()
		if p.kw(k, kLast) {
			y--
		} else if p.kw(k, kNext) {
			y++
		}
		return match{end: k + 2, typ: tDATE, val: monthStr(y, mo)}, true
	}
	if mo == 5 || mo == 3 {
		// "May" and "March" are also a verb: accept them alone only after a word that introduces
		// a month.
		ok := false
		for _, w := range []word{wIn, wSince, wUntil, wBy, wOf, wDuring, wEarly, wLate,
			wMid, wLast, wNext, wThis, wBefore, wAfter, wFrom, wThrough, wTo, wEnd, wThe} {
			if p.word(i-1, w) {
				ok = true
			}
		}
		if p.punct(i-1, '-') && p.word(i-2, wMid) {
			ok = true
		}
		if !ok || p.t[i].brk {
			return match{}, false
		}
	}
	if p.kw(k, kOf) && p.kw(k+1, kThat) && p.word(k+2, wYear) {
		if y, ok := p.anchorFor(uYear); ok {
			return match{end: k + 3, typ: tDATE, val: monthStr(y.Year(), mo)}, true
		}
	}
	if y, ok := p.narrativeYear(i); ok && (!p.has || p.tense(i, k) != future) {
		return match{end: k, typ: tDATE, val: monthStr(y, mo)}, true
	}
	if !p.has {
		return match{end: k, typ: tDATE, val: monthStr(-1, mo)}, true
	}
	dir := p.tense(i, k)
	y := monthYear(p.ref, mo, dir, false)
	if dir == present && y < p.ref.Year() && p.pointsAhead(i) {
		y++ // "The new line opens in December", written in February: this December
	}
	return match{end: k, typ: tDATE, val: monthStr(y, mo)}, true
}

// weekdayAt reads a weekday at i, alone ("Monday"), with a date ("Monday, Sept. 2"), or plural
// ("Mondays", a set).
func (p *parser) weekdayAt(i int) (match, bool) {
	t := p.t[i]
	wd := int(t.lx.v)
	if !t.upper && !p.lowerName(i) && !(t.lx.abbr && p.shortDay(i)) {
		return match{}, false
	}
	k := i + 1
	if wd == 5 && t.upper && !t.lx.abbr && !t.lx.plural && p.sameWord(i-1, "good") && p.t[i-1].upper {
		return p.holidayMatch(i, k, hGoodFriday) // run moves the start back to "Good"
	}
	if t.lx.abbr {
		switch {
		case p.punct(k, '.') && p.joined(k):
			k++
		case t.upper && p.datedAfter(k):
			// "Mon 2 Sep", "Tue Sept. 3": an abbreviation without its full stop before a date
		case !p.shortDay(i):
			return match{}, false
		}
	}
	if t.lx.plural || p.is(k, cPart) && p.t[k].lx.plural {
		val := "XXXX-WXX-" + string(rune('0'+wd))
		if p.is(k, cPart) && p.t[k].lx.plural {
			val += "T" + partCode[p.t[k].lx.v]
			k++
		}
		return match{end: k, typ: tSET, val: val}, true
	}
	if (p.word(k, wAnd) || p.word(k, wOr)) && p.is(k+1, cWeekday) && !p.t[k+1].lx.plural && p.is(k+2, cPart) && p.t[k+2].lx.plural {
		// "on Monday and Tuesday nights": the part of the day and its recurrence are both days'
		return match{end: k, typ: tSET, val: "XXXX-WXX-" + string(rune('0'+wd)) + "T" + partCode[p.t[k+2].lx.v]}, true
	}
	c := k
	if p.punct(c, ',') {
		c++
	}
	if mo, k2, ok := p.monthAt(c); ok {
		if d, k3, ok := p.dayNum(k2); ok {
			return p.fullDate(i, k3, mo, d)
		}
	}
	if d, k2, ok := p.dayNum(c); ok {
		if mo, k3, ok := p.monthAt(k2); ok {
			return p.fullDate(i, k3, mo, d)
		}
	}
	if p.word(k, wWeek) && !(p.punct(k+1, '\'') && p.word(k+2, wS)) && !p.kw(i-1, kLast) && !p.kw(i-1, kThis) &&
		!p.kw(i-1, kNext) && !p.kw(i-1, kThe) && !p.kw(i-1, kA) && !p.kw(i-1, kEvery) {
		// "Friday week", British: a week after the coming Friday
		if !p.has {
			return match{end: k + 1, typ: tDATE, val: "XXXX-XX-XX", dayish: true}, true
		}
		return dayMatch(k+1, weekday(p.ref, wd, future, true).AddDate(0, 0, 7)), true
	}
	if !p.has {
		return match{end: k, typ: tDATE, val: "XXXX-WXX-" + string(rune('0'+wd)), dayish: true}, true
	}
	dir := p.tense(i, k)
	if dir != future && p.schedule(i) {
		dir = future // the schedule's verb before the weekday outweighs a past verb after it
	}
	if (p.kw(i-1, kAnd) || p.kw(i-1, kOr) || p.punct(i-1, ',')) && p.last == i-1 && p.anchU == uDay && !p.anchor.IsZero() {
		// a weekday listed after a day ("exams tomorrow and Friday") lies on the same side of
		// the reference date
		switch {
		case p.anchor.After(p.ref):
			dir = future
		case p.anchor.Before(p.ref):
			dir = past
		}
	}
	if p.punct(k, '\'') && p.word(k+1, wS) {
		// "Wednesday's ruling", "Friday's close" name what has happened, or is happening
		if dir == future {
			dir = present
		} else {
			dir = past
		}
	}
	d := weekday(p.ref, wd, dir, false)
	// the end of a range ("from Monday until Thursday") comes after its start
	if p.last == i-1 && i >= 1 && p.anchU == uDay && d.Before(p.anchor) &&
		(p.word(i-1, wTo) || p.word(i-1, wUntil) || p.word(i-1, wTill) || p.word(i-1, wThrough) || p.punct(i-1, '-') || p.text[p.t[i-1].s:p.t[i-1].e] == "–") {
		if dir == past && d.AddDate(0, 0, 7).After(p.ref) && len(p.out) > 0 && p.is(i-2, cWeekday) {
			// a past range ends before the reference date: its start moves a week back
			start := p.anchor.AddDate(0, 0, -7)
			p.out[len(p.out)-1].Value = dayStr(start)
			p.anchor = start
		} else {
			d = d.AddDate(0, 0, 7)
		}
	}
	return dayMatch(k, d), true
}

// shortDay reports whether a weekday abbreviated without its full stop at i ("fri", "Tues") is
// one: after "on" ("on Tues"), or in a list right after another expression ("exams 2moro and
// fri", "on Mon and tues"). "sat", "sun" and "wed" are words too, and are weekdays there only
// with a capital.
func (p *parser) shortDay(i int) bool {
	if !p.t[i].upper {
		switch w := p.text[p.t[i].s:p.t[i].e]; w {
		case "sat", "sun", "wed":
			return false
		}
	}
	if p.kw(i-1, kOn) || p.is(i+1, cPart) && !p.t[i+1].lx.plural {
		return true // "on Tues", "Fri nite"
	}
	return (p.kw(i-1, kAnd) || p.kw(i-1, kOr) || p.punct(i-1, ',')) && p.last == i-1 && p.last > 0
}

// commonwealthDay gives the holiday that the first word of its name names, counted from
// hBoxing.
func commonwealthDay(w string) int {
	switch w[0] | 0x20 {
	case 'b':
		return 0
	case 'c':
		return hCanada - hBoxing
	case 'r':
		return hRemembrance - hBoxing
	}
	if len(w) > 5 {
		return hAustralia - hBoxing
	}
	return hAnzac - hBoxing
}

// datedAfter reports whether a day and a month, in either order, begin at k ("2 Sep", "Sept. 3").
func (p *parser) datedAfter(k int) bool {
	if _, k2, ok := p.dayNum(k); ok {
		_, _, ok = p.monthAt(k2)
		return ok
	}
	if _, k2, ok := p.monthAt(k); ok {
		_, _, ok = p.dayNum(k2)
		return ok
	}
	return false
}

// newYear reads "the new year" at [i, k), the start of the year after the one the clause is
// in: told in the past, the reference year ("The shop reopened in the new year"), else the next
// ("Ministers will decide in the new year"); in a history, the year after the narrative's. Not
// before a noun ("the new year honours", "the New Year's Day parade") nor in "the new year's".
func (p *parser) newYear(i, k int) (match, bool) {
	if k < len(p.t) {
		switch t := &p.t[k]; {
		case t.k == tPunct && (t.c == '\'' || t.c == '-' || t.c == 0xe2):
			return match{}, false
		case t.k == tWord && (t.lx.cue == 0 || t.lx.cue == 2) && !newYearNext(p.text[t.s:t.e]):
			return match{}, false
		case t.k == tNum:
			return match{}, false
		}
	}
	if y, ok := p.narrativeYear(i); ok {
		return match{end: k, typ: tDATE, val: yearStr(y + 1)}, true
	}
	if !p.has {
		return match{end: k, typ: tDATE, val: yearStr(-1)}, true
	}
	y := p.ref.Year() + 1
	if p.tense(i, k) == past {
		y--
	}
	return match{end: k, typ: tDATE, val: yearStr(y)}, true
}

// newYearNext reports whether w, after "the new year", leaves it a time: a word that opens the
// next phrase or clause, not a noun that "new year" modifies.
func newYearNext(w string) bool {
	switch strings.ToLower(w) {
	case "and", "or", "but", "when", "as", "with", "if", "to", "at", "in", "on", "for", "by",
		"is", "are", "after", "before", "than", "the", "a", "we", "they", "he", "she", "it", "i":
		return true
	}
	return false
}

// bankHolidayAt reads a British bank holiday named by its month or season at j: "the August bank
// holiday" and "the summer bank holiday" (the last Monday of August), "the May bank holiday" (the
// first Monday of May), "the spring bank holiday" and "the late May bank holiday" (the last
// Monday of May), in any case, with
// "Monday" after it if it is there.
func (p *parser) bankHolidayAt(j int) (match, bool) {
	if j >= len(p.t) {
		return match{}, false // "the" ends the text
	}
	h := 0
	switch lx := p.t[j].lx; {
	case lx.cls == cMonth && lx.v == 5 && !lx.abbr:
		h = hEarlyMay
		if p.word(j-1, wLate) {
			h = hSpringBank // "the late May bank holiday"
		}
	case lx.cls == cMonth && lx.v == 8 && !lx.abbr, lx.cls == cSeason && lx.v == sSummer:
		h = hSummerBank
	case lx.cls == cSeason && lx.v == sSpring:
		h = hSpringBank
	default:
		return match{}, false
	}
	if !p.sameWord(j+1, "bank") || !p.sameWord(j+2, "holiday") {
		return match{}, false
	}
	k := j + 3
	if p.is(k, cWeekday) && p.t[k].lx.v == 1 && !p.t[k].lx.plural {
		k++ // "the August bank holiday Monday"
	}
	return p.holidayMatch(j, k, h)
}

// holidayAt reads a holiday name: "Christmas", "Christmas Eve", "New Year's Day", "Easter",
// "Thanksgiving", "Labor Day", "Memorial Day", "Independence Day", "Valentine's Day".
func (p *parser) holidayAt(j int) (match, bool) {
	if !p.t[j].upper && !(p.t[j].lx.v == hChristmas || p.t[j].lx.v == hHalloween || p.t[j].lx.v == hThanksgiving) {
		return match{}, false // "new year", "labor day" and "easter egg" are words; "xmas" is Christmas
	}
	h, k := 0, j+1
	day := func(k int) bool { return p.word(k, wDay) }
	poss := func(k int) int { // skip "'s"
		if p.punct(k, '\'') && p.word(k+1, wS) {
			return k + 2
		}
		if p.punct(k, 0xe2) && p.word(k+1, wS) { // ’s
			return k + 2
		}
		return k
	}
	switch {
	case p.is(j, cHoliday) && p.t[j].lx.v != 0:
		h = int(p.t[j].lx.v)
		switch {
		case h == hChristmas && p.word(k, wEve):
			h, k = hChristmasEve, k+1
		case h == hEaster && (p.word(k, wSunday) || p.word(k, wDay)):
			k++
		case h == hEaster && p.is(k, cWeekday) && p.t[k].lx.v == 1 && p.t[k].upper && !p.t[k].lx.plural:
			h, k = hEasterMonday, k+1
		case h == hEaster && p.word(k, wWeek):
			return p.easterWeek(j, k+1)
		case h == hChristmas && day(k), h == hThanksgiving && day(k):
			k++
		}
	case p.word(j, wNew) && p.word(j+1, wYear):
		k = poss(j + 2)
		switch {
		case day(k):
			h, k = hNewYear, k+1
		case p.word(k, wEve):
			h, k = hNewYearsEve, k+1
		default:
			return match{}, false
		}
	case p.word(j, wIndependence) && day(k):
		h, k = hIndependence, k+1
	case p.word(j, wElection) && day(k):
		h, k = hElection, k+1
	case (p.word(j, wLabor) || p.word(j, wLabour)) && day(k):
		h, k = hLabor, k+1
	case p.word(j, wMemorial) && day(k):
		h, k = hMemorial, k+1
	case day(k) && p.t[k].upper && (p.sameWord(j, "boxing") || p.sameWord(j, "canada") || p.sameWord(j, "anzac") || p.sameWord(j, "australia") || p.sameWord(j, "remembrance")):
		// Commonwealth holidays: "Boxing Day", "Canada Day", "Anzac Day", "Australia Day",
		// "Remembrance Day"
		h, k = hBoxing+commonwealthDay(p.text[p.t[j].s:p.t[j].e]), k+1
	case p.word(j, wValentine):
		k = poss(k)
		if !day(k) {
			return match{}, false
		}
		h, k = hValentine, k+1
	default:
		return match{}, false
	}
	return p.holidayMatch(j, k, h)
}

// holidayMatch resolves holiday h named at [j, k): with the year after it, else the narrative's
// or the one the tense points at.
func (p *parser) holidayMatch(j, k, h int) (match, bool) {
	if y, k2, ok := p.yearAfter(k); ok && y > 0 {
		return dayMatch(k2, holiday(h, y)), true
	}
	if !p.has {
		t := holiday(h, 2001)
		if h == hEaster || h == hThanksgiving || h == hLabor || h == hMemorial || h == hGoodFriday || h == hEasterMonday || h >= hEarlyMay {
			return match{end: k, typ: tDATE, val: "XXXX-XX-XX", dayish: true}, true
		}
		return match{end: k, typ: tDATE, val: ymd(-1, int(t.Month()), t.Day()), dayish: true}, true
	}
	if y, ok := p.narrativeYear(j); ok && y > 0 && p.tense(j, k) != future {
		return dayMatch(k, holiday(h, y)), true // a history's Christmas is the narrative's
	}
	y, dir := p.ref.Year(), p.tense(j, k)
	t := holiday(h, y)
	if dir == past && t.After(p.ref) {
		t = holiday(h, y-1)
	} else if dir == future && t.Before(p.ref) {
		t = holiday(h, y+1)
	}
	return dayMatch(k, t), true
}

// numericDate reads 9/2/2024, 9/2/24 and 2024/09/02, and 03.09.2024 (a full stop between the
// numbers is European, day first). With slashes, the day comes first when the first number cannot be a
// month, or when the article writes its other dates day first ("3 September", "13/09/2024":
// dayFirst); otherwise the month does, as in American news.
func (p *parser) numericDate(j int) (match, bool) {
	sep := byte('/')
	if p.punct(j+1, '.') {
		sep = '.'
	}
	if !p.num(j) || !p.punct(j+1, sep) || !p.joined(j+1) || !p.num(j+2) || !p.joined(j+2) ||
		!p.punct(j+3, sep) || !p.joined(j+3) || !p.num(j+4) || !p.joined(j+4) {
		return match{}, false
	}
	a, b, c := int(p.t[j].n), int(p.t[j+2].n), int(p.t[j+4].n)
	if p.joined(j+5) && (p.num(j+5) || p.punct(j+5, sep) || p.punct(j+5, '.') && p.num(j+6) && p.joined(j+6)) {
		return match{}, false
	}
	var y, mo, d int
	switch {
	case p.t[j].nd == 4 && sep == '/':
		y, mo, d = a, b, c
	case p.t[j+4].nd == 4 && sep == '.':
		if p.t[j].nd > 2 || p.t[j+2].nd > 2 {
			return match{}, false // a version number, not a date
		}
		y, mo, d = c, b, a
	case p.t[j+4].nd == 4 || p.t[j+4].nd == 2 && p.t[j].nd <= 2 && p.t[j+2].nd <= 2:
		y, mo, d = c, a, b
		if p.t[j+4].nd == 2 {
			y = shortYear(c, p.ref, p.has) // 03/09/24
		}
		if a > 12 || b <= 12 && p.dayFirst() {
			mo, d = b, a
		}
	default:
		return match{}, false
	}
	if mo < 1 || mo > 12 || !validDay(y, mo, d) {
		return match{}, false
	}
	return dayMatch(j+5, date(y, mo, d)), true
}

// shortYear reads a year written in two digits: the one of this century, unless that lies more
// than ten years after the reference date (or after 2030 when there is none).
func shortYear(n int, ref time.Time, has bool) int {
	limit := 2030
	if has {
		limit = ref.Year() + 10
	}
	if y := 2000 + n; y <= limit {
		return y
	}
	return 1900 + n
}

// dayFirst reports whether the article writes its dates day first: more of its dates with a
// month name put the day before it ("3 September", "the 3rd of September") than after it
// ("September 3"), counting numeric dates that can be read one way only (13/09/2024) too. It
// reads the whole text once, the first time a numeric date needs it.
func (p *parser) dayFirst() bool {
	if p.order == 0 {
		dayFirst, monthFirst := 0, 0
		for i := range p.t {
			if p.t[i].k == tNum && p.t[i].nd <= 2 && p.punct(i+1, '/') && p.joined(i+1) && p.num(i+2) && p.joined(i+2) && p.t[i+2].nd <= 2 &&
				!(p.joined(i) && p.punct(i-1, '/')) { // the first two numbers of a date, not "09/24" of 03/09/24
				switch a, b := p.t[i].n, p.t[i+2].n; {
				case a > 12 && b <= 12:
					dayFirst++
				case b > 12 && a <= 12:
					monthFirst++
				}
				continue
			}
			if !p.is(i, cMonth) {
				continue
			}
			if _, k, ok := p.monthAt(i); !ok || p.kw(i-1, kOf) && p.dayBefore(i-1) {
				if ok {
					dayFirst++ // the 3rd of September
				}
				continue
			} else if p.dayBefore(i) {
				dayFirst++
			} else if _, _, ok := p.dayNum(k); ok {
				monthFirst++
			}
		}
		p.order = -1
		if dayFirst > monthFirst {
			p.order = 1
		}
	}
	return p.order > 0
}

// dayBefore reports whether the token before i is a day of the month, with or without an
// ordinal suffix ("3 September", "3rd September").
func (p *parser) dayBefore(i int) bool {
	for _, k := range []int{i - 1, i - 2} {
		if _, next, ok := p.dayNum(k); ok && next == i {
			return true
		}
	}
	return false
}

// easterWeek resolves "Easter week", the week that ends on Easter Sunday, by tense: past → the
// last one begun by the reference date, future → the next one not yet over.
func (p *parser) easterWeek(j, end int) (match, bool) {
	if y, k, ok := p.yearAfter(end); ok && y > 0 {
		return match{end: k, typ: tDATE, val: weekStr(holiday(hEaster, y))}, true
	}
	if !p.has {
		return match{end: end, typ: tDATE, val: "XXXX-WXX"}, true
	}
	y := p.ref.Year()
	if ny, ok := p.narrativeYear(j); ok && ny > 0 {
		y = ny
	} else {
		switch sun := holiday(hEaster, y); p.tense(j, end) {
		case past:
			if sun.AddDate(0, 0, -6).After(p.ref) {
				y--
			}
		case future:
			if sun.Before(p.ref) {
				y++
			}
		}
	}
	return match{end: end, typ: tDATE, val: weekStr(holiday(hEaster, y))}, true
}
