// This file holds the calendar patterns: expressions that name a date on the calendar, in whole or
// in part. Full dates ("2 September 2024", "Sept. 2, 2024", "2024-09-02", "9/2/2024"), months
// ("September", "September 2024"), weekdays ("Monday", "Monday, Sept. 2"), years, decades ("the
// 1990s", "the '80s", "the nineties"), centuries, quarters and halves ("the third quarter of
// 2024", "Q3"), seasons and holidays. Parts missing (the year of "Monday") come from resolve.go.
// It does not handle expressions relative to the reference date ("last week"): relative.go.

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
		} else if !p.num(j) && !(p.num(i-1) && p.t[i-1].nd <= 2 || p.word(i-1, "th") || p.word(i-1, "st") || p.word(i-1, "nd") || p.word(i-1, "rd")) {
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
	if p.joined(j) && (p.word(j, "st") || p.word(j, "nd") || p.word(j, "rd") || p.word(j, "th")) {
		j++
	} else if p.joined(j) && (p.t[j].k == tWord || p.t[j].k == tNum || p.punct(j, '%') || p.punct(j, ':') && p.num(j+1) && p.joined(j+1)) {
		return 0, 0, false
	}
	return int(p.t[i].n), j, true
}

// yearAt reads a four-digit year from 1000 to 2199 that is not part of a larger number.
func (p *parser) yearAt(i int) (y, next int, ok bool) {
	if !p.num(i) || p.t[i].nd != 4 || p.t[i].n < 1000 || p.t[i].n > 2199 {
		return 0, 0, false
	}
	if p.joined(i) && i > 0 && p.t[i-1].k == tPunct && p.t[i-1].c != '(' && p.t[i-1].c != '-' && p.t[i-1].c != '/' {
		return 0, 0, false
	}
	if j := i + 1; p.joined(j) {
		switch {
		case p.t[j].k != tPunct:
			return 0, 0, false
		case (p.t[j].c == '.' || p.t[j].c == ',' || p.t[j].c == ':') && p.num(j+1) && p.joined(j+1):
			return 0, 0, false
		case p.t[j].c == '%':
			return 0, 0, false
		}
	}
	return int(p.t[i].n), i + 1, true
}

// spokenYear reads a year said in words: "nineteen ninety-six", "two thousand", "two thousand
// and four".
func (p *parser) spokenYear(j int) (y, next int, ok bool) {
	if p.word(j, "nineteen") || p.word(j, "eighteen") || p.word(j, "twenty") && p.t[j].gap {
		c := int(p.t[j].lx.v)
		k := j + 1
		if !p.is(k, cNum) {
			return 0, 0, false
		}
		n := int(p.t[k].lx.v)
		k++
		if n >= 20 && n%10 == 0 && n < 100 {
			if p.hyphen(k) && p.is(k+1, cNum) && p.t[k+1].lx.v < 10 {
				n, k = n+int(p.t[k+1].lx.v), k+2
			} else if p.is(k, cNum) && p.t[k].lx.v < 10 && p.t[k].lx.v > 0 && p.t[k].gap {
				n, k = n+int(p.t[k].lx.v), k+1
			}
		} else if n < 10 && !p.word(k-1, "oh") {
			return 0, 0, false
		}
		return c*100 + n, k, true
	}
	if p.word(j, "two") && p.word(j+1, "thousand") {
		k := j + 2
		if p.kw(k, kAnd) && p.is(k+1, cNum) {
			k++
		}
		if p.is(k, cNum) && p.t[k].lx.v < 100 && p.t[k].lx.v > 0 {
			return 2000 + int(p.t[k].lx.v), k + 1, true
		}
		if p.kw(j+2, kAnd) {
			k = j + 2
		}
		return 2000, k, true
	}
	return 0, 0, false
}

// bareYear reports whether a year standing alone at i is likely a year: from 1900 to 2099, or
// earlier after a word that introduces a date ("in 1066").
func (p *parser) bareYear(i, y int) bool {
	if p.joined(i) && p.punct(i-1, '-') && !(p.word(i-2, "mid") || p.word(i-2, "pre") || p.word(i-2, "post")) {
		// the second year of a range ("1861-1863") is a year when the first is
		return p.num(i-2) && p.t[i-2].nd == 4 && p.t[i-2].n < int32(y)
	}
	if i > 0 && p.t[i-1].k == tPunct && (p.t[i-1].c == '$' || p.t[i-1].c == '#') {
		return false
	}
	if k := i + 1; k < len(p.t) && p.t[k].k == tWord && p.t[k].lx.cls == cNone && !p.t[k].upper &&
		strings.HasSuffix(p.text[p.t[k].s:p.t[k].e], "s") && !strings.HasSuffix(p.text[p.t[k].s:p.t[k].e], "ss") &&
		!(p.kw(i-1, kThe) || p.kw(i-1, kIn) || p.kw(i-1, kOf) || p.word(i-1, "since") || p.kw(i-1, kFrom) || p.punct(i-1, '\'') || p.word(i-1, "s")) {
		return false // "scored 2000 points": a count
	}
	if y >= 1900 && y <= 2099 {
		return true
	}
	if p.history() {
		return true // a history names old years bare ("the 1777 campaign")
	}
	if i == 0 {
		return false
	}
	for _, w := range []string{"in", "since", "of", "by", "from", "to", "until", "till", "before",
		"after", "during", "between", "and", "year", "c", "circa", "around", "about", "early",
		"late", "mid", "summer", "spring", "autumn", "fall", "winter", "through", "on"} {
		if p.word(i-1, w) {
			return true
		}
	}
	return p.is(i-1, cMonth)
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
	// more than three months away, the tense decides: "the Oct. 23 slaying" in May is last October's
	if t := date(y, mo, d); t.Sub(p.ref) > 90*24*time.Hour && p.tense(i, end) == past {
		y--
	} else if p.ref.Sub(t) > 90*24*time.Hour && p.tense(i, end) == future {
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
	if y, n, ok := p.yearAt(k); ok && !(p.num(n) || p.punct(n, ':')) {
		return y, n, true
	}
	if y, n, ok := p.spokenYear(k); ok {
		return y, n, true
	}
	return 0, j, false
}

// fullDate finishes a date whose month and day were read, with or without a year.
func (p *parser) fullDate(i, j, mo, d int) (match, bool) {
	// "July 25 of that year", "January 24 of the same year"
	if p.kw(j, kOf) && (p.kw(j+1, kThat) && p.word(j+2, "year") || p.kw(j+1, kThe) && p.kw(j+2, kSame) && p.word(j+3, "year")) {
		if base, ok := p.anchorFor(uYear); ok && validDay(base.Year(), mo, d) {
			end := j + 3
			if p.kw(j+1, kThe) {
				end++
			}
			return dayMatch(end, date(base.Year(), mo, d)), true
		}
	}
	if y, k, ok := p.yearAfter(j); ok {
		if !validDay(y, mo, d) {
			return match{}, false
		}
		return dayMatch(k, date(y, mo, d)), true
	}
	return p.monthDay(i, j, mo, d)
}

func (p *parser) calendar(i int) (match, bool) {
	j := i
	the := p.kw(j, kThe)
	if the {
		j++
	}
	// "the 2nd of September [2024]", "2 September [2024]"
	if d, k, ok := p.dayNum(j); ok {
		if p.kw(k, kOf) {
			if mo, k2, ok := p.monthAt(k + 1); ok {
				return p.fullDate(i, k2, mo, d)
			}
		}
		if mo, k2, ok := p.monthAt(k); ok && !the {
			return p.fullDate(i, k2, mo, d)
		}
	}
	// the second day of "April 24 and 25", "June 3-5"
	if d, k, ok := p.dayNum(j); ok && !the && p.anchU == uDay && p.last == i-1 && p.last > 0 && i >= 2 &&
		p.num(i-2) && (p.kw(i-1, kAnd) || p.kw(i-1, kOr) || p.word(i-1, "to") || p.punct(i-1, '-') || p.text[p.t[i-1].s:p.t[i-1].e] == "–") {
		y, mo := p.anchor.Year(), int(p.anchor.Month())
		if validDay(y, mo, d) && d > p.anchor.Day() && !p.is(k, cMonth) && !p.is(k, cUnit) {
			return dayMatch(k, date(y, mo, d)), true
		}
	}
	if m, ok := p.yearish(i, j, the); ok {
		return m, true
	}
	if m, ok := p.partOfYear(i, j); ok {
		return m, true
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
		for _, w := range []string{"in", "since", "until", "by", "of", "during", "early", "late",
			"mid", "last", "next", "this", "before", "after", "from", "through", "to", "end", "the"} {
			if p.word(i-1, w) {
				ok = true
			}
		}
		if p.punct(i-1, '-') && p.word(i-2, "mid") {
			ok = true
		}
		if !ok || p.t[i].brk {
			return match{}, false
		}
	}
	if p.kw(k, kOf) && p.kw(k+1, kThat) && p.word(k+2, "year") {
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
	y := monthYear(p.ref, mo, p.tense(i, k), false)
	return match{end: k, typ: tDATE, val: monthStr(y, mo)}, true
}

// weekdayAt reads a weekday at i, alone ("Monday"), with a date ("Monday, Sept. 2"), or plural
// ("Mondays", a set).
func (p *parser) weekdayAt(i int) (match, bool) {
	t := p.t[i]
	wd := int(t.lx.v)
	if !t.upper && !p.lowerName(i) {
		return match{}, false
	}
	k := i + 1
	if t.lx.abbr {
		if !p.punct(k, '.') || !p.joined(k) {
			return match{}, false
		}
		k++
	}
	if t.lx.plural {
		val := "XXXX-WXX-" + string(rune('0'+wd))
		if p.is(k, cPart) && p.t[k].lx.plural {
			val += "T" + partCode[p.t[k].lx.v]
			k++
		}
		return match{end: k, typ: tSET, val: val}, true
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
	if !p.has {
		return match{end: k, typ: tDATE, val: "XXXX-WXX-" + string(rune('0'+wd)), dayish: true}, true
	}
	dir := p.tense(i, k)
	if p.punct(k, '\'') && p.word(k+1, "s") {
		// "Wednesday's ruling", "Friday's close" name what has happened, or is happening
		if dir == future {
			dir = present
		} else {
			dir = past
		}
	}
	return dayMatch(k, weekday(p.ref, wd, dir, false)), true
}

// yearish reads years, decades and centuries at j ("2024", "fiscal 2024", "the year 2024",
// "2024-09-02", "the 1990s", "the '80s", "the nineties", "the 20th century").
func (p *parser) yearish(i, j int, the bool) (match, bool) {
	if the && p.word(j, "year") {
		if y, k, ok := p.yearAt(j + 1); ok {
			return match{end: k, typ: tDATE, val: yearStr(y)}, true
		}
		if y, k, ok := p.spokenYear(j + 1); ok {
			return match{end: k, typ: tDATE, val: yearStr(y)}, true
		}
	}
	if y, k, ok := p.spokenYear(j); ok && y < 2100 && !the &&
		(p.kw(j-1, kIn) || p.kw(j-1, kOf) || p.word(j-1, "since") || p.t[j].brk || p.is(j+1, cNum) && p.t[j+1].lx.v >= 20) {
		return match{end: k, typ: tDATE, val: yearStr(y)}, true
	}
	if p.kw(j, kFiscal) && !the {
		k := j + 1
		if p.word(k, "year") {
			k++
		}
		if y, k2, ok := p.yearAt(k); ok {
			return match{end: k2, typ: tDATE, val: yearStr(y)}, true
		}
	}
	// decades: 1990s, 1990's, '90s
	if p.punct(j, '\'') && p.num(j+1) && p.joined(j+1) && p.t[j+1].nd == 2 && p.word(j+2, "s") && p.joined(j+2) {
		c := 19
		if p.t[j+1].n < 30 {
			c = 20
		}
		return match{end: j + 3, typ: tDATE, val: yearStr(c*100 + int(p.t[j+1].n))[:3]}, true
	}
	if the && p.num(j) && p.t[j].nd == 2 && p.t[j].n%10 == 0 && p.word(j+1, "s") && p.joined(j+1) {
		c := 19
		if p.t[j].n < 30 {
			c = 20
		}
		return match{end: j + 2, typ: tDATE, val: yearStr(c*100 + int(p.t[j].n))[:3]}, true
	}
	if p.num(j) && p.t[j].nd == 4 && p.t[j].n%10 == 0 && p.t[j].n >= 1000 && p.t[j].n < 2200 {
		k := j + 1
		if p.punct(k, '\'') && p.joined(k) {
			k++
		}
		if p.word(k, "s") && p.joined(k) {
			return match{end: k + 1, typ: tDATE, val: yearStr(int(p.t[j].n))[:3]}, true
		}
	}
	if p.is(j, cDecade) {
		if !p.has {
			return match{end: j + 1, typ: tDATE, val: "19" + string(rune('0'+p.t[j].lx.v))}, the
		}
		c := p.ref.Year() / 100
		if int(p.t[j].lx.v)*10 > p.ref.Year()%100 {
			c--
		}
		return match{end: j + 1, typ: tDATE, val: yearStr(c*100 + int(p.t[j].lx.v)*10)[:3]}, the
	}
	// centuries: the 20th century, the twentieth century, 20th-century
	if the || p.num(j) || p.is(j, cOrd) {
		n, k := 0, j
		if p.num(j) && p.t[j].nd <= 2 && (p.word(j+1, "th") || p.word(j+1, "st") || p.word(j+1, "nd") || p.word(j+1, "rd")) {
			n, k = int(p.t[j].n), j+2
		} else if p.is(j, cOrd) {
			n, k = int(p.t[j].lx.v), j+1
		}
		if n > 0 && n <= 30 {
			if p.hyphen(k) {
				k++
			}
			if p.is(k, cUnit) && p.t[k].lx.v == uCentury && !p.t[k].lx.plural {
				return match{end: k + 1, typ: tDATE, val: string(pad(nil, n-1, 2))}, true
			}
		}
	}
	// 480 BC, 480 B.C., AD 70
	if p.num(j) && p.t[j].nd <= 4 && !the {
		k := j + 1
		bc := false
		switch {
		case p.word(k, "bc") || p.word(k, "bce"):
			bc, k = true, k+1
		case p.word(k, "b") && p.punct(k+1, '.') && p.word(k+2, "c"):
			bc, k = true, k+3
			if p.punct(k, '.') && p.joined(k) {
				k++
			}
		case p.word(k, "ad") && p.t[k].upper || p.word(k, "ce") && p.t[k].upper:
			k++
		default:
			k = 0
		}
		if k > 0 && p.t[j].n > 0 {
			v := yearStr(int(p.t[j].n))
			if bc {
				v = "BC" + v
			}
			return match{end: k, typ: tDATE, val: v}, true
		}
	}
	// a range's second year written short: 1915-17
	if p.num(j) && p.t[j].nd == 2 && p.joined(j) && p.punct(j-1, '-') && p.num(j-2) && p.joined(j-1) && p.t[j-2].nd == 4 &&
		p.t[j-2].n >= 1000 && p.t[j-2].n < 2200 && !p.joined(j+1) {
		y := int(p.t[j-2].n)/100*100 + int(p.t[j].n)
		if y > int(p.t[j-2].n) {
			return match{end: j + 1, typ: tDATE, val: yearStr(y)}, true
		}
	}
	if y, k, ok := p.yearAt(j); ok {
		// ISO date 2024-09-02
		if p.punct(k, '-') && p.joined(k) && p.num(k+1) && p.joined(k+1) && p.t[k+1].nd == 2 &&
			p.punct(k+2, '-') && p.joined(k+2) && p.num(k+3) && p.joined(k+3) && p.t[k+3].nd == 2 {
			mo, d := int(p.t[k+1].n), int(p.t[k+3].n)
			if mo >= 1 && mo <= 12 && validDay(y, mo, d) {
				return dayMatch(k+4, date(y, mo, d)), true
			}
		}
		if the || !p.bareYear(j, y) {
			return match{}, false
		}
		return match{end: k, typ: tDATE, val: yearStr(y)}, true
	}
	return match{}, false
}

// ofYear reads "of 2024", ", 2024", "2024" or "of last year" after a part of a year, and returns
// the year; without one, ok is false.
func (p *parser) ofYear(k int) (y, next int, ok bool) {
	c := k
	if p.kw(c, kOf) || p.punct(c, ',') {
		c++
	}
	if y, n, ok := p.yearAt(c); ok {
		return y, n, true
	}
	if y, n, ok := p.spokenYear(c); ok && c > k {
		return y, n, true
	}
	if p.kw(k, kOf) && p.has && p.kw(c, kThe) && p.word(c+1, "year") && !p.kw(c+2, kOf) {
		return p.ref.Year(), c + 2, true
	}
	if p.kw(k, kOf) && p.has && (p.kw(c, kThis) || p.kw(c, kLast) || p.kw(c, kNext)) &&
		p.is(c+1, cUnit) && p.t[c+1].lx.v == uYear && !p.t[c+1].lx.plural {
		y := p.ref.Year()
		if p.kw(c, kLast) {
			y--
		} else if p.kw(c, kNext) {
			y++
		}
		return y, c + 2, true
	}
	return 0, k, false
}

// partOfYear reads quarters, halves and seasons at j ("the third quarter of 2024",
// "third-quarter", "the 2024 third quarter", "Q3", "the first half", "summer 2024", "the summer").
func (p *parser) partOfYear(i, j int) (match, bool) {
	y, hasY := 0, false
	if yy, k, ok := p.yearAt(j); ok && p.kw(i, kThe) && (p.is(k, cOrd) || p.is(k, cSeason)) {
		y, hasY, j = yy, true, k
	}
	// the 1988 quarter, the 1988 period: the quarter last named, in that year
	if yy, k, ok := p.yearAt(j); ok && p.kw(i, kThe) && (p.word(k, "quarter") || p.word(k, "period")) {
		if p.lastQ != 0 {
			q := p.lastQ%4 + 1
			return match{end: k + 1, typ: tDATE, val: quarterStr(yy, q)}, true
		}
		return match{end: k + 1, typ: tDATE, val: yearStr(yy)}, true
	}
	// the year-ago third quarter, this year's third quarter, last year's fourth quarter
	if p.has && !hasY {
		switch {
		case p.kw(i, kThe) && p.word(j, "year") && p.hyphen(j+1) && (p.kw(j+2, kAgo) || p.kw(j+2, kEarlier)) && p.is(j+3, cOrd):
			y, hasY, j = p.ref.Year()-1, true, j+3
		case (p.kw(j, kThis) || p.kw(j, kLast) || p.kw(j, kNext)) && p.word(j+1, "year") && p.punct(j+2, '\'') && p.word(j+3, "s") && (p.is(j+4, cOrd) || p.is(j+4, cSeason)):
			y, hasY = p.ref.Year(), true
			if p.kw(j, kLast) {
				y--
			} else if p.kw(j, kNext) {
				y++
			}
			j += 4
		}
	}
	// Q3, Q3 2024
	if !hasY && p.word(j, "q") && p.num(j+1) && p.joined(j+1) && p.t[j+1].n >= 1 && p.t[j+1].n <= 4 && p.t[j+1].nd == 1 {
		q := int(p.t[j+1].n)
		return p.quarter(i, j+2, y, hasY, q)
	}
	if p.is(j, cOrd) || p.kw(j, kLast) && p.kw(i, kThe) && p.word(j+1, "half") {
		n, k := int(p.t[j].lx.v), j+1
		if p.kw(j, kLast) || p.word(j, "final") {
			n = -1
		}
		if p.hyphen(k) {
			if p.kw(i, kThe) && i+1 == j {
				return match{}, false // "the third-quarter results": the article belongs to the noun
			}
			k++
		}
		if !p.is(k, cUnit) || p.t[k].lx.plural {
			return match{}, false
		}
		switch p.t[k].lx.v {
		case uQuarter:
			if n == -1 {
				n = 4
			}
			if n < 1 || n > 4 {
				return match{}, false
			}
			return p.quarter(i, k+1, y, hasY, n)
		case uHalf:
			if n == -1 {
				n = 2
			}
			if n < 1 || n > 2 {
				return match{}, false
			}
			if !hasY {
				if yy, k2, ok := p.ofYear(k + 1); ok {
					return match{end: k2, typ: tDATE, val: halfStr(yy, n)}, true
				}
				// "the second half" alone is as often a match's as a year's: leave it
				return match{}, false
			}
			return match{end: k + 1, typ: tDATE, val: halfStr(y, n)}, true
		}
		return match{}, false
	}
	if p.is(j, cSeason) && !p.t[j].lx.plural {
		s, k := int(p.t[j].lx.v), j+1
		if hasY {
			return match{end: k, typ: tDATE, val: seasonStr(y, s)}, true
		}
		if yy, k2, ok := p.ofYear(k); ok {
			return match{end: k2, typ: tDATE, val: seasonStr(yy, s)}, true
		}
		if p.word(j, "fall") && !p.kw(i, kThe) && !p.word(i-1, "in") && !p.word(i-1, "this") && !p.word(i-1, "last") {
			return match{}, false // the verb
		}
		if p.word(j, "spring") && !p.kw(i, kThe) && !p.word(i-1, "in") && !p.word(i-1, "this") {
			return match{}, false
		}
		if y, ok := p.narrativeYear(i); ok {
			return match{end: k, typ: tDATE, val: seasonStr(y, s)}, true
		}
		if !p.has {
			return match{end: k, typ: tDATE, val: seasonStr(-1, s)}, true
		}
		return match{end: k, typ: tDATE, val: seasonStr(seasonYear(p.ref, s, p.tense(i, k), false), s)}, true
	}
	return match{}, false
}

// quarter finishes quarter q whose year may follow at k.
func (p *parser) quarter(i, k, y int, hasY bool, q int) (match, bool) {
	if !hasY {
		if yy, k2, ok := p.ofYear(k); ok {
			y, hasY, k = yy, true, k2
		}
	}
	if !hasY && (p.word(k, "ended") || p.word(k, "ending")) {
		if m, ok := p.calendar(k + 1); ok && !m.day.IsZero() {
			y, hasY = m.day.Year(), true
			if (int(m.day.Month())-1)/3+1 != q {
				y, hasY = 0, false // a fiscal quarter: its number is not the calendar's
			}
		}
	}
	if !hasY {
		if !p.has {
			return match{end: k, typ: tDATE, val: quarterStr(-1, q)}, true
		}
		y = p.ref.Year()
		rq := (int(p.ref.Month())-1)/3 + 1
		if q > rq && p.tense(i, k) != future {
			y--
		}
	}
	return match{end: k, typ: tDATE, val: quarterStr(y, q), quarter: y*4 + q - 1}, true
}

// holidayAt reads a holiday name: "Christmas", "Christmas Eve", "New Year's Day", "Easter",
// "Thanksgiving", "Labor Day", "Memorial Day", "Independence Day", "Valentine's Day".
func (p *parser) holidayAt(j int) (match, bool) {
	if !p.t[j].upper {
		return match{}, false
	}
	h, k := 0, j+1
	day := func(k int) bool { return p.word(k, "day") }
	poss := func(k int) int { // skip "'s"
		if p.punct(k, '\'') && p.word(k+1, "s") {
			return k + 2
		}
		if p.punct(k, 0xe2) && p.word(k+1, "s") { // ’s
			return k + 2
		}
		return k
	}
	switch {
	case p.is(j, cHoliday) && p.t[j].lx.v != 0:
		h = int(p.t[j].lx.v)
		switch {
		case h == hChristmas && p.word(k, "eve"):
			h, k = hChristmasEve, k+1
		case h == hEaster && (p.word(k, "sunday") || p.word(k, "day")):
			k++
		case h == hChristmas && day(k), h == hThanksgiving && day(k):
			k++
		}
	case p.word(j, "new") && p.word(j+1, "year"):
		k = poss(j + 2)
		switch {
		case day(k):
			h, k = hNewYear, k+1
		case p.word(k, "eve"):
			h, k = hNewYearsEve, k+1
		default:
			return match{}, false
		}
	case p.word(j, "independence") && day(k):
		h, k = hIndependence, k+1
	case p.word(j, "election") && day(k):
		h, k = hElection, k+1
	case (p.word(j, "labor") || p.word(j, "labour")) && day(k):
		h, k = hLabor, k+1
	case p.word(j, "memorial") && day(k):
		h, k = hMemorial, k+1
	case p.word(j, "valentine"):
		k = poss(k)
		if !day(k) {
			return match{}, false
		}
		h, k = hValentine, k+1
	default:
		return match{}, false
	}
	if y, k2, ok := p.yearAfter(k); ok {
		return dayMatch(k2, holiday(h, y)), true
	}
	if !p.has {
		t := holiday(h, 2001)
		if h == hEaster || h == hThanksgiving || h == hLabor || h == hMemorial {
			return match{end: k, typ: tDATE, val: "XXXX-XX-XX", dayish: true}, true
		}
		return match{end: k, typ: tDATE, val: ymd(-1, int(t.Month()), t.Day()), dayish: true}, true
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

// numericDate reads 9/2/2024 (month first, as in American news, unless the first number cannot
// be a month) and 2024/09/02.
func (p *parser) numericDate(j int) (match, bool) {
	if !p.num(j) || !p.punct(j+1, '/') || !p.joined(j+1) || !p.num(j+2) || !p.joined(j+2) ||
		!p.punct(j+3, '/') || !p.joined(j+3) || !p.num(j+4) || !p.joined(j+4) {
		return match{}, false
	}
	a, b, c := int(p.t[j].n), int(p.t[j+2].n), int(p.t[j+4].n)
	if p.joined(j+5) && (p.num(j+5) || p.punct(j+5, '/')) {
		return match{}, false
	}
	var y, mo, d int
	switch {
	case p.t[j].nd == 4:
		y, mo, d = a, b, c
	case p.t[j+4].nd == 4:
		y, mo, d = c, a, b
		if a > 12 {
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
