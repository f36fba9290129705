// This file holds the deictic words that point at the present, past or future: "today" (the day, or
// the present age in "today's world"), "yesterday", "tomorrow", "tonight", "overnight", "now",
// "currently", "recently", "the past", "the future" (and a possessor's: "the island's future"),
// "the near term", "current" before a noun ("current rules"), and "the year to March" (a period
// told by its end). It does not read "last week", "this year" or "recent years": relative.go and
// duration.go.

package dates

// genericToday reports whether "today" at j means the present age rather than the day: "today's
// world", "the youth of today".
func (p *parser) genericToday(j int) bool {
	k := j + 1
	if p.punct(k, '\'') || p.text[p.t[min(k, len(p.t)-1)].s:p.t[min(k, len(p.t)-1)].e] == "’" {
		if p.word(k+1, wS) {
			k += 2
		}
	} else if p.kw(j-1, kOf) {
		return j >= 2 && p.t[j-2].k == tWord && p.t[j-2].lx.cls == cNone // "the youth of today"
	} else {
		return false
	}
	for _, w := range []word{wWorld, wSociety, wYouth, wGeneration, wChildren, wYoung,
		wEconomy, wCulture, wStandards, wTerms, wTechnology, wMedia, wKids, wPolitics, wEra} {
		if p.word(k, w) {
			return true
		}
	}
	return false
}

// deicticHead reports whether token j, after "the" if there is one, can begin a deictic
// expression: a deictic keyword ("now", "today", "past", "these", "a" of "a later date"), a unit
// ("the day before"), a part of the day, an ordinal ("the eighth day of"), or one of "near",
// "distant", "foreseeable", "immediate", "short", "long", "medium", "one", "some" and "someday".
func (p *parser) deicticHead(j int) bool {
	if j >= len(p.t) {
		return false
	}
	switch lx := &p.t[j].lx; lx.cls {
	case cUnit, cPart, cOrd:
		return true
	case cKey:
		switch lx.v {
		case kPast, kFuture, kPresent, kNow, kCurrently, kCurrent, kThese, kRecently, kA, kToday, kYesterday, kTomorrow, kTonight:
			return true
		}
	}
	switch p.t[j].lx.w {
	case wNear, wDistant, wForeseeable, wImmediate, wShort, wLong, wMedium, wOne, wSome, wSomeday:
		return true
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
	if !the && p.kw(i-1, kAt) && p.is(j, cPart) && p.t[j].lx.v == pNight && !p.t[j].lx.plural {
		// "worked at night": the night of the day the text is at, or any night in a history
		if base, ok := p.anchorDay(); ok && !p.history() {
			return match{end: j + 1, typ: tTIME, val: dayStr(base) + "TNI"}, true
		}
		return match{end: j + 1, typ: tTIME, val: "XXXX-XX-XXTNI"}, true
	}
	if the {
		switch {
		case p.kw(j, kPast) && !p.is(j+1, cUnit) && !p.is(j+1, cNum) && !p.num(j+1) && !p.kw(j+1, kFew) && !p.kw(j+1, kCouple):
			return match{end: j + 1, typ: tDATE, val: "PAST_REF"}, true
		case p.kw(j, kFuture) && !p.nameAt(j):
			return match{end: j + 1, typ: tDATE, val: "FUTURE_REF"}, true
		case (p.word(j, wNear) || p.word(j, wDistant) || p.word(j, wForeseeable) || p.word(j, wImmediate)) && p.kw(j+1, kFuture):
			return match{end: j + 2, typ: tDATE, val: "FUTURE_REF"}, true
		case (p.word(j, wNear) || p.word(j, wShort) || p.word(j, wLong) || p.word(j, wMedium)) && p.word(j+1, wTerm):
			return match{end: j + 2, typ: tDATE, val: "FUTURE_REF"}, true
		case p.is(j, cUnit) && p.t[j].lx.plural && p.word(j+1, wAhead):
			return match{end: j + 2, typ: tDURATION, val: durStr(-1, int(p.t[j].lx.v))}, true
		case p.is(j, cUnit) && p.t[j].lx.plural && p.t[j].lx.v >= uDay && !p.num(j+1) && (p.word(i-1, wOver) || p.word(i-1, wThrough) ||
			p.word(j+1, wThat) && (p.word(j+2, wFollowed) || p.word(j+2, wFollow)) || p.word(j+1, wSince)):
			// "over the years", "in the months that followed", "in the decades since": a stretch
			// of unknown length
			return match{end: j + 1, typ: tDURATION, val: durStr(-1, int(p.t[j].lx.v))}, true
		case p.is(j, cPart) && !p.t[j].lx.plural && !p.kw(j+1, kOf) && (p.kw(i-1, kIn) || p.word(i-1, wDuring)):
			// "placed orders in the morning": that part of the day the text is at
			pt := partCode[p.t[j].lx.v]
			if base, ok := p.anchorDay(); ok {
				return match{end: j + 1, typ: tTIME, val: dayStr(base) + "T" + pt}, true
			}
			return match{end: j + 1, typ: tTIME, val: "XXXX-XX-XXT" + pt}, true
		case p.kw(j, kPresent) && (!p.is(j+1, cNone) || p.t[j+1].k != tWord || p.word(j+1, wDay)):
			if p.word(j+1, wDay) {
				return match{end: j + 2, typ: tDATE, val: "PRESENT_REF"}, true
			}
			return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
		case p.is(j, cOrd) && p.word(j+1, wDay) && p.kw(j+2, kOf) && (p.word(i-1, wIs) || p.word(i-1, wS) && p.punct(i-2, '\'') || p.word(i-1, wWas)):
			// "today is the eighth day of the strike": the day the text is at
			base, ok := p.anchorDay()
			if p.word(i-1, wIs) || p.word(i-1, wS) {
				base, ok = p.ref, p.has
			}
			return unitMatch(j+2, base, ok, uDay, 0)
		case p.is(j, cUnit) && !p.t[j].lx.plural && p.t[j].lx.v >= uWeek && p.t[j].lx.v <= uYear && p.word(j+1, wTo) && p.is(j+2, cMonth):
			// "the year to March", "the quarter to June": a period told by its end
			return match{end: j + 1, typ: tDURATION, val: durStr(10, int(p.t[j].lx.v))}, true
		case p.word(j, wDay) && p.word(j+1, wBefore) && p.kw(j+2, kYesterday):
			return refDay(j+3, -2)
		case p.word(j, wDay) && p.word(j+1, wAfter) && p.kw(j+2, kTomorrow):
			return refDay(j+3, 2)
		case p.word(j, wDay) && (p.word(j+1, wBefore) || p.word(j+1, wAfter)):
			base, ok := p.anchorDay()
			d := 1
			if p.word(j+1, wBefore) {
				d = -1
			}
			// "the day before last Tuesday", "the day after Christmas": a day from a named day
			var m match
			if p.core(j+2, &m) && m.dayish && (m.typ == tDATE || m.typ == tTIME) && !m.counted && m.mod == "" {
				if m.day.IsZero() {
					return match{end: m.end, typ: tDATE, val: "XXXX-XX-XX", dayish: true}, true
				}
				return dayMatch(m.end, m.day.AddDate(0, 0, d)), true
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
	case p.kw(j, kNow) && p.t[j].brk && p.t[j].upper && (p.punct(j+1, ',') || p.word(j+1, wFor)):
		return match{}, false // a discourse marker: "Now, the question is", "Now for the weather"
	case p.kw(j, kNow):
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kCurrently):
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kCurrent) && j+1 < len(p.t) && (p.t[j+1].k == tWord && p.t[j+1].lx.cls == cNone ||
		(p.num(j+1) || p.is(j+1, cNum)) && p.t[min(j+2, len(p.t)-1)].k == tWord && !p.is(j+2, cUnit)) && !p.word(j-1, wThen):
		// "current market conditions", "the current four flights a week"
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kPresent) && p.kw(j-1, kAt):
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kThese) && p.is(j+1, cUnit) && p.t[j+1].lx.v == uDay && p.t[j+1].lx.plural:
		return match{end: j + 2, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kRecently):
		return match{end: j + 1, typ: tDATE, val: "PAST_REF"}, true
	case p.kw(j, kFuture) && (p.kw(j-1, kIn) || p.possessor(j-1)):
		// "in future", "the boy's future": the noun, the time ahead. The adjectives "future" and
		// "recent" before a noun ("future losses", "a recent filing") are left alone: TimeBank
		// marks them less than half the time, where it marks "current" most of the time
		return match{end: j + 1, typ: tDATE, val: "FUTURE_REF"}, true
	case p.word(j, wOne) && p.word(j+1, wDay) && (p.word(j-1, wWill) || p.word(j-1, wWould) || p.word(j-1, wCould) || p.word(j-1, wMight) || p.word(j-1, wMay)),
		p.word(j, wSome) && p.word(j+1, wDay):
		return match{end: j + 2, typ: tDATE, val: "FUTURE_REF"}, true
	case p.kw(j, kA) && (p.kw(j+1, kLater) || p.kw(j+1, kEarlier)) && (p.word(j+2, wDate) || p.word(j+2, wTime) || p.word(j+2, wStage)):
		// "at a later date", "at an earlier stage": some time ahead or behind
		v := "FUTURE_REF"
		if p.kw(j+1, kEarlier) {
			v = "PAST_REF"
		}
		return match{end: j + 3, typ: tDATE, val: v}, true
	case p.kw(j, kA) && p.word(j+1, wWeek) && (p.kw(j+2, kOn) && p.is(j+3, cWeekday) && !p.t[j+3].lx.plural && p.t[j+3].upper ||
		p.kw(j+2, kToday) || p.kw(j+2, kTomorrow)):
		// British "a week on Friday" (Friday week), "a week today", "a week tomorrow"
		if !p.has {
			return match{end: j + 3 + b2i(p.kw(j+2, kOn)), typ: tDATE, val: "XXXX-XX-XX", dayish: true}, true
		}
		switch {
		case p.kw(j+2, kToday):
			return dayMatch(j+3, p.ref.AddDate(0, 0, 7)), true
		case p.kw(j+2, kTomorrow):
			return dayMatch(j+3, p.ref.AddDate(0, 0, 8)), true
		}
		return dayMatch(j+4, weekday(p.ref, int(p.t[j+3].lx.v), future, true).AddDate(0, 0, 7)), true
	case p.word(j, wSomeday):
		return match{end: j + 1, typ: tDATE, val: "FUTURE_REF"}, true
	case p.kw(j, kToday) && p.genericToday(j):
		return match{end: j + 1, typ: tDATE, val: "PRESENT_REF"}, true
	case p.kw(j, kToday):
		return refDay(j+1, 0)
	case p.kw(j, kYesterday):
		return refDay(j+1, -1)
	case p.kw(j, kTomorrow):
		return refDay(j+1, 1)
	case p.kw(j, kTonight) && p.kw(j-1, kA):
		return match{}, false // "an overnight success": no night
	case p.kw(j, kTonight) && p.sameWord(j, "overnight"):
		// the night of the day the text is at ("temperatures will fall overnight"), told in the
		// past the night before it, as "last night" is ("two men were arrested overnight";
		// "Friday ... depressed by overnight losses in New York" is Thursday night)
		if base, ok := p.anchorDay(); ok {
			if p.has && base.After(p.ref) {
				base = p.ref // a day ahead named before it is no day the text is at
			}
			if p.tense(j, j+1) == past {
				base = base.AddDate(0, 0, -1)
			}
			return match{end: j + 1, typ: tTIME, val: dayStr(base) + "TNI"}, true
		}
		return match{end: j + 1, typ: tTIME, val: "XXXX-XX-XXTNI"}, true
	case p.kw(j, kTonight):
		if !p.has {
			return match{end: j + 1, typ: tTIME, val: "XXXX-XX-XXTNI"}, true
		}
		return match{end: j + 1, typ: tTIME, val: dayStr(p.ref) + "TNI"}, true
	}
	return match{}, false
}

// possessor reports whether token k closes a possessor: "Elian's", "the company’s", "their".
func (p *parser) possessor(k int) bool {
	if p.word(k, wS) && k > 0 && (p.punct(k-1, '\'') || p.text[p.t[k-1].s:p.t[k-1].e] == "’") {
		return true
	}
	for _, w := range []word{wMy, wYour, wHis, wHer, wIts, wOur, wTheir} {
		if p.word(k, w) {
			return true
		}
	}
	return false
}

// nameAt reports whether the word at j begins a name: a capital inside a sentence before another
// capitalised word ("the Future Fund", "Recent Advances in Surgery").
func (p *parser) nameAt(j int) bool {
	return p.t[j].upper && !p.t[j].brk && (j == 0 || !p.quoteMark(j-1)) && p.titleCase(j+1)
}
