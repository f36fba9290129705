// This file holds the lexicon: the English words that name or modify times (months, weekdays,
// units, number words, ordinals, seasons, parts of the day, deictic words such as "yesterday")
// with their values. It holds words only; how they combine is patterns.go.

package dates

// cls is the class of a lexicon word.
type cls uint8

const (
	cNone    cls = iota
	cMonth       // v: 1..12
	cWeekday     // v: 1 (Monday) .. 7 (Sunday)
	cUnit        // v: a unit
	cNum         // v: the number ("seven")
	cOrd         // v: the ordinal ("seventh")
	cSeason      // v: sSpring..sWinter
	cPart        // v: pMorning..pNight, a part of the day
	cSetAdv      // v: a unit ("weekly")
	cDecade      // v: the decade within a century ("nineties": 9)
	cHoliday     // v: a holiday
	cKey         // v: a keyword below
	cAbbrev      // a non-temporal abbreviation that a full stop may follow ("Mr.")
)

// Units, from the shortest.
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// Seasons in TIMEX3 order of the year.
const (
	sSpring = iota + 1
	sSummer
	sFall
	sWinter
)

// Parts of the day.
const (
	pMorning = iota + 1
	pAfternoon
	pEvening
	pNight
)

// Keywords that start or modify an expression.
const (
	kThe = iota + 1
	kA
	kThis
	kLast
	kNext
	kPast
	kComing
	kPrevious
	kFollowing
	kCurrent
	kRecent
	kLatest
	kEarly
	kLate
	kMid
	kMiddle
	kEnd
	kBeginning
	kStart
	kApprox
	kNearly
	kMore
	kLess
	kOver
	kUnder
	kAt
	kUp
	kNo
	kNow
	kToday
	kYesterday
	kTomorrow
	kTonight
	kCurrently
	kRecently
	kFuture
	kEvery
	kPer
	kNoon
	kMidnight
	kFiscal
	kEarlier
	kLater
	kAgo
	kSame
	kThat
	kFew
	kCouple
	kPresent
	kOnce
	kTwice
	kThese
	kHence
	kFrom
	kOf
	kAnd
	kOr
	kThan
	kJust
	kIn
	kOn
	kBy
	kLeast
	kMost
	kPeriod
	kTerm
	kQ
)

// Holidays with a fixed or computed date.
const (
	hChristmas = iota + 1
	hChristmasEve
	hNewYear
	hNewYearsEve
	hIndependence
	hHalloween
	hValentine
	hThanksgiving
	hEaster
	hLabor
	hMemorial
	hElection
	hBoxing
	hCanada
	hAnzac
	hAustralia
	hRemembrance
	hGoodFriday
	hEasterMonday
	hEarlyMay   // the early May bank holiday: the first Monday of May
	hSpringBank // the spring bank holiday: the last Monday of May
	hSummerBank // the summer (August) bank holiday: the last Monday of August
)

// entry is what the lexicon knows about a word.
type entry struct {
	v        int16
	w        word // the word itself, when a pattern names it (words.go)
	cls      cls
	plural   bool // "days", "Mondays"
	abbr     bool // an abbreviation that a full stop may follow ("Aug", "Sept")
	cue      int8 // the tense the word marks (resolve.go's cues); 0 for none
	temporal bool // the word can be part of a temporal expression (temporalWord)
	opens    opens
}

// opens says where an expression can start at a word (parser.canStart).
type opens uint8

const (
	opensNever  opens = iota // a word the lexicon does not know, or an abbreviation
	opensAlways              // a temporal word, or a keyword complete in itself ("today")
	opensBefore              // another keyword ("the", "in"): only before a temporal word or a number
)

// lexicon maps each word in lower case to its entry. The scanner reads it through table (table.go),
// which holds the cues and the named words too.
var lexicon = newLexicon()

func newLexicon() map[string]entry {
	lexicon := map[string]entry{}
	add := func(e entry, words ...string) {
		for _, w := range words {
			lexicon[w] = e
		}
	}
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
		{"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
		{"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ws := range months {
		add(entry{cls: cMonth, v: int16(i + 1)}, ws[0])
		for _, w := range ws[1:] {
			add(entry{cls: cMonth, v: int16(i + 1), abbr: true}, w)
		}
	}
	days := [][]string{
		{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"},
	}
	for i, ws := range days {
		add(entry{cls: cWeekday, v: int16(i + 1)}, ws[0])
		add(entry{cls: cWeekday, v: int16(i + 1), plural: true}, ws[0]+"s")
		for _, w := range ws[1:] {
			add(entry{cls: cWeekday, v: int16(i + 1), abbr: true}, w)
		}
	}
	units := []struct {
		u     int16
		words []string
	}{
		{uSecond, []string{"second", "sec"}}, {uMinute, []string{"minute", "min"}},
		{uHour, []string{"hour", "hr"}}, {uDay, []string{"day"}}, {uWeekend, []string{"weekend"}},
		{uWeek, []string{"week", "wk"}}, {uFortnight, []string{"fortnight"}},
		{uWeekend, []string{"wknd"}},
		{uMonth, []string{"month"}}, {uQuarter, []string{"quarter"}}, {uYear, []string{"year", "yr"}},
		{uDecade, []string{"decade"}}, {uCentury, []string{"century"}},
		{uMillennium, []string{"millennium"}},
	}
	for _, u := range units {
		for _, w := range u.words {
			add(entry{cls: cUnit, v: u.u}, w)
			add(entry{cls: cUnit, v: u.u, plural: true}, w+"s")
		}
	}
	add(entry{cls: cUnit, v: uCentury, plural: true}, "centuries")
	add(entry{cls: cUnit, v: uMillennium, plural: true}, "millennia")
	add(entry{cls: cUnit, v: uHalf}, "half")
	add(entry{cls: cUnit, v: uYear}, "annum") // "per annum"

	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		add(entry{cls: cNum, v: int16(i)}, w)
	}
	tens := []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(entry{cls: cNum, v: int16(30 + 10*i)}, w)
	}
	add(entry{cls: cNum, v: 100}, "hundred")
	add(entry{cls: cNum, v: 1000}, "thousand")
	add(entry{cls: cNum, v: 12}, "dozen")
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
		"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords[1:] {
		add(entry{cls: cOrd, v: int16(i + 1)}, w)
	}
	add(entry{cls: cOrd, v: 30}, "thirtieth")

	add(entry{cls: cSeason, v: sSpring}, "spring")
	add(entry{cls: cSeason, v: sSummer}, "summer")
	add(entry{cls: cSeason, v: sFall}, "fall", "autumn")
	add(entry{cls: cSeason, v: sWinter}, "winter")
	for _, w := range []string{"springs", "summers", "autumns", "winters"} {
		e := lexicon[w[:len(w)-1]]
		e.plural = true
		lexicon[w] = e
	}

	add(entry{cls: cPart, v: pMorning}, "morning", "mornin")
	add(entry{cls: cPart, v: pAfternoon}, "afternoon", "arvo") // "arvo": Australian
	add(entry{cls: cPart, v: pEvening}, "evening")
	add(entry{cls: cPart, v: pNight}, "night", "nite")
	add(entry{cls: cPart, v: pMorning, plural: true}, "mornings")
	add(entry{cls: cPart, v: pAfternoon, plural: true}, "afternoons")
	add(entry{cls: cPart, v: pEvening, plural: true}, "evenings")
	add(entry{cls: cPart, v: pNight, plural: true}, "nights")

	add(entry{cls: cSetAdv, v: uHour}, "hourly")
	add(entry{cls: cSetAdv, v: uDay}, "daily")
	add(entry{cls: cSetAdv, v: uWeek}, "weekly")
	add(entry{cls: cSetAdv, v: uFortnight}, "fortnightly", "biweekly")
	add(entry{cls: cSetAdv, v: uMonth}, "monthly")
	add(entry{cls: cSetAdv, v: uQuarter}, "quarterly")
	add(entry{cls: cSetAdv, v: uYear}, "yearly", "annually")
	add(entry{cls: cSetAdv, v: -pNight}, "nightly")

	decs := []string{"", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
		"eighties", "nineties"}
	for i, w := range decs[2:] {
		add(entry{cls: cDecade, v: int16(i + 2)}, w)
	}
	add(entry{cls: cDecade, v: 0}, "noughties") // the 2000s, in British English

	add(entry{cls: cHoliday, v: hChristmas}, "christmas", "xmas")
	add(entry{cls: cHoliday, v: hHalloween}, "halloween")
	add(entry{cls: cHoliday, v: hThanksgiving}, "thanksgiving")
	add(entry{cls: cHoliday, v: hEaster}, "easter")
	// first words of holidays named in two or three words ("New Year's Day", "Labor Day")
	add(entry{cls: cHoliday}, "new", "independence", "labor", "labour", "memorial", "valentine", "election",
		"boxing", "canada", "anzac", "australia", "remembrance") // and the Commonwealth's

	keys := map[int16][]string{
		kThe: {"the"}, kA: {"a", "an"}, kThis: {"this"}, kLast: {"last"}, kNext: {"next", "nxt"},
		kPast: {"past"}, kComing: {"coming", "upcoming"}, kPrevious: {"previous", "preceding", "prior"},
		kFollowing: {"following", "subsequent"}, kCurrent: {"current"}, kRecent: {"recent"},
		kLatest: {"latest"}, kEarly: {"early"}, kLate: {"late"}, kMid: {"mid"}, kMiddle: {"middle"},
		kEnd: {"end"}, kBeginning: {"beginning", "outset"}, kStart: {"start", "dawn"},
		kApprox: {"about", "around", "approximately", "roughly", "approx", "circa", "some"},
		kNearly: {"nearly", "almost"}, kMore: {"more"}, kLess: {"less", "fewer"}, kOver: {"over"},
		kUnder: {"under"}, kAt: {"at"}, kUp: {"up"}, kNo: {"no"}, kNow: {"now", "nowadays"},
		kToday: {"today", "tdy", "2day"}, kYesterday: {"yesterday", "yday"},
		kTomorrow:  {"tomorrow", "tmr", "tmrw", "tmrrw", "tomoz", "2morrow", "tomorow", "tomoro", "2moro", "2mrw", "2mro", "2morow"},
		kTonight:   {"tonight", "tonite", "2nite", "2night", "overnight"},
		kCurrently: {"currently"}, kRecently: {"recently", "lately"},
		kFuture: {"future"}, kEvery: {"every", "each"}, kPer: {"per"},
		kNoon: {"noon", "midday"}, kMidnight: {"midnight"}, kFiscal: {"fiscal", "fy"},
		kEarlier: {"earlier"}, kLater: {"later"}, kAgo: {"ago"}, kSame: {"same"}, kThat: {"that"},
		kFew: {"few", "several", "many"}, kCouple: {"couple"}, kPresent: {"present"},
		kOnce: {"once"}, kTwice: {"twice", "thrice"}, kThese: {"these"},
		kHence: {"hence"}, kFrom: {"from"}, kOf: {"of"}, kAnd: {"and"}, kOr: {"or"},
		kThan: {"than"}, kJust: {"just"},
		kIn: {"in"}, kOn: {"on"}, kBy: {"by"}, kLeast: {"least"}, kMost: {"most"}, kPeriod: {"period"}, kTerm: {"term"}, kQ: {"q", "h"},
	}
	for k, ws := range keys {
		add(entry{cls: cKey, v: k}, ws...)
	}
	for _, w := range []string{"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep",
		"gov", "u", "s", "p", "m", "a", "inc", "co", "corp", "jr", "vs", "no"} {
		e := lexicon[w]
		e.abbr = true
		if e.cls == cNone {
			e.cls = cAbbrev
		}
		lexicon[w] = e
	}
	return lexicon
}
