// This file holds parts of a year: quarters ("the third quarter of 2024", "third-quarter", "Q3",
// "the year-ago third quarter", "the quarter ended June 30", "Q3 FY25", "3Q24", "Q4'23"), halves
// ("the first half of 2024", "1H 2024")
// and seasons ("summer 2024", "the summer"). Quarters without a year lean on the last quarter
// named (relative.go's quarterBase) or the reference year.

package dates

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
	if y, n, ok := p.fiscalYearAt(c); ok {
		return y, n, true // "Q3 FY25", "the third quarter of fiscal 2025"
	}
	if c > k && p.punct(c, '\'') && p.num(c+1) && p.joined(c+1) && p.t[c+1].nd == 2 && !p.word(c+2, wS) {
		y := 1900 + int(p.t[c+1].n) // "the summer of '69"
		if y < 1930 {
			y += 100
		}
		return y, c + 2, true
	}
	if p.kw(k, kOf) && p.has && p.kw(c, kThe) && p.word(c+1, wYear) && !p.kw(c+2, kOf) {
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
	if yy, k, ok := p.yearAt(j); ok && p.kw(i, kThe) && (p.word(k, wQuarter) || p.word(k, wPeriod)) {
		if p.lastQ != 0 {
			q := p.lastQ%4 + 1
			return match{end: k + 1, typ: tDATE, val: quarterStr(yy, q)}, true
		}
		return match{end: k + 1, typ: tDATE, val: yearStr(yy)}, true
	}
	// the year-ago third quarter, this year's third quarter, last year's fourth quarter
	if p.has && !hasY {
		switch {
		case p.kw(i, kThe) && p.word(j, wYear) && p.hyphen(j+1) && (p.kw(j+2, kAgo) || p.kw(j+2, kEarlier)) && p.is(j+3, cOrd):
			y, hasY, j = p.ref.Year()-1, true, j+3
		case (p.kw(j, kThis) || p.kw(j, kLast) || p.kw(j, kNext)) && p.word(j+1, wYear) && p.punct(j+2, '\'') && p.word(j+3, wS) && (p.is(j+4, cOrd) || p.is(j+4, cSeason)):
			y, hasY = p.ref.Year(), true
			if p.kw(j, kLast) {
				y--
			} else if p.kw(j, kNext) {
				y++
			}
			j += 4
		}
	}
	// the fiscal first quarter, the fiscal-first quarter, fiscal second-quarter
	if p.kw(j, kFiscal) && (p.is(j+1, cOrd) || p.hyphen(j+1) && p.is(j+2, cOrd)) {
		j++
		if p.hyphen(j) {
			j++
		}
	}
	// 3Q24, 3Q 2024, 1H24, 2H 2025: analysts' codes, the number first
	if !hasY && p.num(j) && p.t[j].nd == 1 && p.joined(j+1) && (p.word(j+1, wQ) || p.word(j+1, wH) && p.t[j+1].upper) && p.t[j+1].upper {
		n := int(p.t[j].n)
		k := j + 2
		yy, ok := 0, false
		if p.num(k) && p.joined(k) && p.t[k].nd == 2 && !(p.joined(k+1) && p.t[k+1].k != tPunct) {
			yy, k, ok = 2000+int(p.t[k].n), k+1, true
		} else if y2, k2, ok2 := p.ofYear(k); ok2 && !p.joined(k) {
			yy, k, ok = y2, k2, true
		}
		switch {
		case p.word(j+1, wQ) && n >= 1 && n <= 4:
			return p.quarter(i, k, yy, ok, n)
		case p.word(j+1, wH) && (n == 1 || n == 2) && ok:
			return match{end: k, typ: tDATE, val: halfStr(yy, n)}, true
		}
	}
	// Q3, Q3 2024, Q4'23
	if !hasY && p.word(j, wQ) && p.num(j+1) && p.joined(j+1) && p.t[j+1].n >= 1 && p.t[j+1].n <= 4 && p.t[j+1].nd == 1 &&
		p.punct(j+2, '\'') && p.joined(j+2) && p.num(j+3) && p.joined(j+3) && p.t[j+3].nd == 2 {
		return p.quarter(i, j+4, 2000+int(p.t[j+3].n), true, int(p.t[j+1].n))
	}
	if !hasY && p.word(j, wQ) && p.num(j+1) && p.joined(j+1) && p.t[j+1].n >= 1 && p.t[j+1].n <= 4 && p.t[j+1].nd == 1 {
		q := int(p.t[j+1].n)
		return p.quarter(i, j+2, y, hasY, q)
	}
	// H1 2024: a half needs its year
	if !hasY && p.word(j, wH) && p.t[j].upper && p.num(j+1) && p.joined(j+1) && (p.t[j+1].n == 1 || p.t[j+1].n == 2) && p.t[j+1].nd == 1 {
		if yy, k2, ok := p.ofYear(j + 2); ok {
			return match{end: k2, typ: tDATE, val: halfStr(yy, int(p.t[j+1].n))}, true
		}
	}
	if p.is(j, cOrd) || p.kw(j, kLast) && p.kw(i, kThe) && p.word(j+1, wHalf) {
		n, k := int(p.t[j].lx.v), j+1
		if p.kw(j, kLast) || p.word(j, wFinal) {
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
		if p.word(j, wFall) && !p.kw(i, kThe) && !p.word(i-1, wIn) && !p.word(i-1, wThis) && !p.word(i-1, wLast) {
			return match{}, false // the verb
		}
		if p.word(j, wSpring) && !p.kw(i, kThe) && !p.word(i-1, wIn) && !p.word(i-1, wThis) &&
			!p.word(i-1, wFrom) && !p.word(i-1, wBefore) && !p.word(i-1, wUntil) && !p.word(i-1, wBy) {
			return match{}, false
		}
		// "the spring and early summer of 1943": a season coordinated with a dated one
		if c := k; p.word(c, wAnd) || p.word(c, wOr) {
			c++
			if p.word(c, wEarly) || p.word(c, wLate) {
				c++
			}
			if p.is(c, cSeason) && !p.t[c].lx.plural {
				if yy, _, ok := p.ofYear(c + 1); ok {
					if int(p.t[c].lx.v) < s && !(s == sWinter && p.t[c].lx.v == sWinter) {
						yy-- // "the fall and spring of 1776": the fall before
					}
					return match{end: k, typ: tDATE, val: seasonStr(yy, s)}, true
				}
			}
		}
		if y, ok := p.narrativeYear(i); ok {
			return match{end: k, typ: tDATE, val: seasonStr(y, s)}, true
		}
		if !p.has {
			return match{end: k, typ: tDATE, val: seasonStr(-1, s)}, true
		}
		dir := p.tense(i, k)
		y := seasonYear(p.ref, s, dir, false)
		if dir == present && y < p.ref.Year() && p.pointsAhead(i) {
			y++ // "The inquiry reports in the autumn", written in February: this autumn
		}
		return match{end: k, typ: tDATE, val: seasonStr(y, s)}, true
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
	if !hasY && (p.word(k, wEnded) || p.word(k, wEnding)) {
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
