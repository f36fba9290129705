// This file holds years, decades and centuries: "2024", "fiscal 2024", "the year 2024",
// "nineteen ninety-six", "2024-09-02" (a year that opens an ISO date), "480 BC", "1861-1863",
// "1915-17", "2023/24",
// "the 1990s", "the '80s", "the nineties", "the 20th century". It decides when a bare number is a
// year and not a count. Parts of a year (quarters, seasons) are yearparts.go.

package dates

import "strings"

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

// bcYearAt reads a year before the common era at i ("480 BC", "480 B.C.", "480 BCE") and
// returns it encoded at bcBase, as the value writers take it.
func (p *parser) bcYearAt(i int) (y, next int, ok bool) {
	if !p.num(i) || p.t[i].nd > 4 || p.t[i].n == 0 {
		return 0, 0, false
	}
	k := i + 1
	switch {
	case p.word(k, wBc) || p.word(k, wBce):
		k++
	case p.word(k, wB) && p.punct(k+1, '.') && p.word(k+2, wC):
		k += 3
		if p.punct(k, '.') && p.joined(k) {
			k++
		}
	default:
		return 0, 0, false
	}
	return bcBase - int(p.t[i].n), k, true
}

// fiscalYearAt reads a fiscal year at i: "fiscal 2025", "fiscal year 2025", "FY2025", "FY 2025",
// "FY25". Its value is the year its number names.
func (p *parser) fiscalYearAt(i int) (y, next int, ok bool) {
	if !p.kw(i, kFiscal) {
		return 0, 0, false
	}
	k := i + 1
	if p.word(k, wYear) {
		k++
	}
	if y, k2, ok := p.yearAt(k); ok {
		return y, k2, true
	}
	if p.num(k) && p.t[k].nd == 2 && p.joined(k) && p.sameWord(i, "fy") && !(p.joined(k+1) && p.t[k+1].k != tPunct) {
		y := 2000 + int(p.t[k].n) // "FY25"
		if y >= 2070 {
			y -= 100
		}
		return y, k + 1, true
	}
	return 0, 0, false
}

// spokenYear reads a year said in words: "nineteen ninety-six", "two thousand", "two thousand
// and four".
func (p *parser) spokenYear(j int) (y, next int, ok bool) {
	if p.word(j, wNineteen) || p.word(j, wEighteen) || p.word(j, wTwenty) && p.t[j].gap {
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
		} else if n < 10 && !p.word(k-1, wOh) {
			return 0, 0, false
		}
		return c*100 + n, k, true
	}
	if p.word(j, wTwo) && p.word(j+1, wThousand) {
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
	if p.joined(i) && p.punct(i-1, '-') && !(p.word(i-2, wMid) || p.word(i-2, wPre) || p.word(i-2, wPost) ||
		p.word(i-2, wEarly) || p.word(i-2, wLate) || p.word(i-2, wEnd)) {
		// the second year of a range ("1861-1863") is a year when the first is
		return p.num(i-2) && p.t[i-2].nd == 4 && p.t[i-2].n < int32(y)
	}
	if i > 0 && p.t[i-1].k == tPunct && (p.t[i-1].c == '$' || p.t[i-1].c == '#') {
		return false
	}
	if p.joined(i) && p.punct(i-1, '-') {
		return true // "mid-1990", "pre-1914 borders", "the post-1959 politics", "end-2024"
	}
	if k := i + 1; k < len(p.t) && p.t[k].k == tWord && p.t[k].lx.cls == cNone && !p.t[k].upper && p.t[k].lx.cue == 0 && !p.word(k, wIs) &&
		strings.HasSuffix(p.text[p.t[k].s:p.t[k].e], "s") && !strings.HasSuffix(p.text[p.t[k].s:p.t[k].e], "ss") &&
		!(p.kw(i-1, kThe) || p.kw(i-1, kIn) || p.kw(i-1, kOf) || p.word(i-1, wSince) || p.kw(i-1, kFrom) || p.punct(i-1, '\'') || p.word(i-1, wS)) {
		return false // "scored 2000 points": a count ("1917 was worse", "1917 has" are years)
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
	for _, w := range []word{wIn, wSince, wOf, wBy, wFrom, wTo, wUntil, wTill, wBefore,
		wAfter, wDuring, wBetween, wAnd, wYear, wC, wCirca, wAround, wAbout, wEarly,
		wLate, wMid, wSummer, wSpring, wAutumn, wFall, wWinter, wThrough, wOn} {
		if p.word(i-1, w) {
			return true
		}
	}
	return p.is(i-1, cMonth)
}

// shortYear reads a year written with an apostrophe and its last two digits at j ("in ’08",
// "the class of '92", "the ’08 crash"): the year of those digits nearest before the year the
// text is at (now: the reference date's, or in a history the narrative's: "the Club of '89" in
// one of 1790 is 1789) or up to ten years after it (a '30 read in 2024 is 2030, a '35 is 1935);
// without either, 2000 to 2029 or the 1900s, as for decades. It is not an apostrophe inside a
// word or after a number (4'08"), the second of two apostrophes written for a quotation mark
// (as some papers set them), nor one of a number in single quotation marks (‘08’).
func (p *parser) shortYear(j int) (match, bool) {
	if !p.apostrophe(j) || p.joined(j) && (p.t[j-1].k != tPunct || p.apostrophe(j-1)) || !p.num(j+1) || !p.joined(j+1) || p.t[j+1].nd != 2 {
		return match{}, false
	}
	if k := j + 2; p.joined(k) && (p.t[k].k != tPunct || p.apostrophe(k) || p.punct(k, '-') && p.num(k+1)) {
		return match{}, false
	}
	n := int(p.t[j+1].n)
	y := 1900 + n
	if n < 30 {
		y = 2000 + n
	}
	if t, ok := p.now(); ok {
		now := t.Year()
		y = now/100*100 + n
		if y > now+10 {
			y -= 100
		}
	}
	return match{end: j + 2, typ: tDATE, val: yearStr(y)}, true
}

// yearish reads years, decades and centuries at j ("2024", "fiscal 2024", "the year 2024",
// "2024-09-02", "the 1990s", "the '80s", "the nineties", "the 20th century").
func (p *parser) yearish(i, j int, the bool) (match, bool) {
	if the && p.kw(j, kFiscal) && p.word(j+1, wYear) {
		if y, k, ok := p.yearAt(j + 2); ok {
			return match{end: k, typ: tDATE, val: yearStr(y)}, true // "the fiscal year 2024"
		}
	}
	if the && p.word(j, wYear) {
		if y, k, ok := p.yearAt(j + 1); ok {
			return match{end: k, typ: tDATE, val: yearStr(y)}, true
		}
		if y, k, ok := p.spokenYear(j + 1); ok {
			return match{end: k, typ: tDATE, val: yearStr(y)}, true
		}
	}
	if y, k, ok := p.spokenYear(j); ok && y < 2100 && !the &&
		(p.kw(j-1, kIn) || p.kw(j-1, kOf) || p.word(j-1, wSince) || p.t[j].brk || p.is(j+1, cNum) && p.t[j+1].lx.v >= 20) {
		return match{end: k, typ: tDATE, val: yearStr(y)}, true
	}
	if y, k, ok := p.fiscalYearAt(j); ok && !the {
		return match{end: k, typ: tDATE, val: yearStr(y)}, true
	}
	// decades: 1990s, 1990's, '90s, ’90s
	if p.apostrophe(j) && p.num(j+1) && p.joined(j+1) && p.t[j+1].nd == 2 && p.word(j+2, wS) && p.joined(j+2) {
		c := 19
		if p.t[j+1].n < 30 {
			c = 20
		}
		return match{end: j + 3, typ: tDATE, val: yearStr(c*100 + int(p.t[j+1].n))[:3]}, true
	}
	if m, ok := p.shortYear(j); ok && !the {
		return m, true
	}
	if the && p.num(j) && p.t[j].nd == 2 && p.t[j].n%10 == 0 && p.word(j+1, wS) && p.joined(j+1) {
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
		if p.word(k, wS) && p.joined(k) {
			if p.t[j].n%100 == 0 && p.t[j].n != 2000 {
				return match{end: k + 1, typ: tDATE, val: yearStr(int(p.t[j].n))[:2]}, true // the 1800s: a century
			}
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
		if p.num(j) && p.t[j].nd <= 2 && (p.word(j+1, wTh) || p.word(j+1, wSt) || p.word(j+1, wNd) || p.word(j+1, wRd)) {
			n, k = int(p.t[j].n), j+2
		} else if p.is(j, cOrd) {
			n, k = int(p.t[j].lx.v), j+1
		}
		if n > 0 && n <= 30 {
			if p.hyphen(k) {
				k++
			}
			if p.is(k, cUnit) && p.t[k].lx.v == uCentury && (!p.t[k].lx.plural || p.kw(j-1, kAnd) || p.kw(j-1, kOr)) {
				if p.word(k+1, wBc) || p.word(k+1, wBce) {
					return match{end: k + 2, typ: tDATE, val: "BC" + string(pad(nil, n-1, 2))}, true // "the 5th century BC"
				}
				return match{end: k + 1, typ: tDATE, val: string(pad(nil, n-1, 2))}, true // "… and 19th centuries"
			}
			if (p.kw(k, kAnd) || p.kw(k, kOr)) && p.is(k+3, cUnit) && p.t[k+3].lx.v == uCentury && p.t[k+3].lx.plural ||
				(p.kw(k, kAnd) || p.kw(k, kOr)) && p.is(k+2, cUnit) && p.t[k+2].lx.v == uCentury && p.t[k+2].lx.plural {
				return match{end: k, typ: tDATE, val: string(pad(nil, n-1, 2))}, true // "the 18th and 19th centuries"
			}
		}
	}
	// AD 43: run takes "AD" into the expression
	if p.num(j) && p.t[j].nd <= 4 && p.t[j].n > 0 && !the && p.word(j-1, wAd) && p.t[j-1].upper && !p.joined(j) && !p.word(j+1, wBc) {
		return match{end: j + 1, typ: tDATE, val: yearStr(int(p.t[j].n))}, true
	}
	// 480 BC, 480 B.C., 70 AD
	if p.num(j) && p.t[j].nd <= 4 && !the {
		k := j + 1
		bc := false
		switch {
		case p.word(k, wBc) || p.word(k, wBce):
			bc, k = true, k+1
		case p.word(k, wB) && p.punct(k+1, '.') && p.word(k+2, wC):
			bc, k = true, k+3
			if p.punct(k, '.') && p.joined(k) {
				k++
			}
		case p.word(k, wAd) && p.t[k].upper || p.word(k, wCe) && p.t[k].upper:
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
	// a range's second year written short: 1915-17, and a season or fiscal year across two
	// years: 2023-24, 2023/24 (not the month of 2024-09-02 or 2024/09/02)
	if p.num(j) && p.t[j].nd == 2 && p.joined(j) && (p.punct(j-1, '-') || p.punct(j-1, '/')) && p.num(j-2) && p.joined(j-1) && p.t[j-2].nd == 4 &&
		p.t[j-2].n >= 1000 && p.t[j-2].n < 2200 && !(p.joined(j+1) && (p.punct(j+1, '-') || p.punct(j+1, '/') || p.punct(j+1, '.') && p.num(j+2) || p.t[j+1].k != tPunct)) {
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
				t, e := k+4, k+4
				// 2024-09-02T15:00
				if p.joined(e) && p.t[e].k == tWord && p.t[e].e-p.t[e].s == 1 && (p.text[p.t[e].s] == 'T' || p.text[p.t[e].s] == 't') &&
					p.num(e+1) && p.joined(e+1) && p.t[e+1].n < 24 && p.punct(e+2, ':') && p.joined(e+2) && p.num(e+3) && p.joined(e+3) && p.t[e+3].n < 60 {
					e += 4
					if p.punct(e, ':') && p.joined(e) && p.num(e+1) {
						e += 2
					}
					if p.word(e, wZ) && p.joined(e) {
						e++
					}
					return match{end: e, typ: tTIME, val: clockStr(dayStr(date(y, mo, d)), int(p.t[t+1].n), int(p.t[t+3].n)), day: date(y, mo, d)}, true
				}
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
