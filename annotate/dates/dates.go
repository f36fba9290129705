// Package dates finds temporal expressions in English text and normalises them to TIMEX3 values,
// resolving relative expressions against a reference date.
//
// It works on the raw text with byte offsets and knows nothing of JSON, code points or the DOM;
// package annotate converts its results into the exported document. It does not find quotes.
//
// The text is cut into tokens once (scan.go), and each word is looked up once, in a table
// (table.go) that gives its lexicon entry (lexicon.go), its tense cue and its number among the
// words the patterns name (words.go): past the scanner, the patterns compare small integers, not
// strings. At each token that can start an expression the pattern families (patterns.go
// dispatches to calendar.go, years.go, yearparts.go, relative.go, duration.go, deictic.go,
// clock.go) whose first token fits (their ...Head functions) try to match, the longest match
// wins, and the scan moves past it. Values are resolved while matching
// (resolve.go: tense, nearest year, holidays) and written by value.go. A history keeps the year its
// narrative stands in, before the common era too ("mid-August" after "480 BC" is BC0480-08), and a
// date it tells ahead of that narrative ("until February 1945"), counts from the reference date
// ("two years ago" in a quotation) or names beside it (a year counted back, "the previous year";
// one in parentheses; one after "since") does not move it (digression). A news story's aside into
// the past, opened by a year long past that begins its sentence ("In 1815, ...") or is told in the
// past ("The war began in 1861."), holds the months and days told right after it the same way
// (aside). A numeric date that can be read both ways (03/09/2024) is read in the order the article
// writes its other dates (dayFirst), month first when it writes none; one with full stops
// (03.09.2024) is day first. The shorthand of social media that begins with a digit ("2nite",
// "2moro") is read as a word by the scanner, and a line that ends without a stop before one that
// opens with a capital (a pasted headline or caption) ends its sentence.
//
// The tense of a date's clause is its nearest verb's (resolve.go), before or after it: the scan
// stops at a verb of schedule told in the present ("publishes", "opens", "face"), at a clause
// joined after it (", after councils warned", "and will rise") and at a closing attribution
// (", the Treasury confirmed."), and passes over a participle set off by commas (", released on
// Thursday,"). A month or season told in the present after "from", "before" or "until" or such a
// verb is not the one more than half a year back ("The inquiry reports in the autumn").
//
// Describe (describe.go) renders a value in words; DetectReference (refdate.go) finds the
// article's own date.
package dates

import (
	"strings"
	"sync"
	"time"
)

// Expr is one temporal expression: a byte range [Start, End) in the text with its TIMEX3 type
// (DATE, TIME, DURATION or SET), value, and modifier (START, MID, END, APPROX, ...; "" for none).
type Expr struct {
	Start, End       int
	Type, Value, Mod string
}

var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// Find returns the temporal expressions in text in order of their start. ref is the reference
// date; when it is the zero time, relative expressions keep underspecified values (XXXX-08).
func Find(text string, ref time.Time) []Expr {
	tp := tokenPool.Get().(*[]token)
	if n := len(text)/4 + 16; cap(*tp) < n {
		*tp = make([]token, 0, n) // about one token per four bytes of English
	}
	p := parser{text: text, t: scan(text, (*tp)[:0]), has: !ref.IsZero()}
	// room for an expression every 128 bytes, as many as a news article with dates in most
	// sentences has: the list then grows once or not at all
	p.out = make([]Expr, 0, len(text)/128+4)
	if p.has {
		p.ref = date(ref.Year(), int(ref.Month()), ref.Day())
	}
	p.run()
	*tp = p.t[:0]
	tokenPool.Put(tp)
	return p.out
}

// parser holds the state of one Find: the tokens, the reference date, and what earlier
// expressions pinned down (the last full date, the last quarter) for later ones to lean on.
type parser struct {
	text       string
	t          []token
	ref        time.Time
	has        bool      // ref is known
	anchor     time.Time // the last date an expression named; zero when none
	anchU      int       // the unit of anchor: uDay, uMonth or uYear
	lastQ      int       // the last quarter named, as year*4 + quarter - 1; 0 when none
	lastQT     int       // the token after that quarter
	doneQ      int       // the last quarter named that was over by the reference date; 0 when none
	hist       int8      // 1: the text is a history (see history); 2: one of recent years; -1: it is not; 0: not yet known
	bc         int       // the year BC the narrative stands in, when the last year named was one; 0 when not
	order      int8      // 1: the text writes its dates day first (dayFirst); -1: it does not; 0: not yet known
	scene      int       // the token after a year that opens its sentence ("In 1815, ..."); 0 when none
	sceneY     int       // that year
	sceneFront bool      // the year opened its sentence; else it was told in a past clause
	last       int       // the token after the last expression found
	out        []Expr
}

// match is one expression found at tokens [start, end).
type match struct {
	start, end int
	val, mod   string
	day        time.Time // the day the expression names, if it names one and it is known
	quarter    int       // the quarter it names, as year*4 + quarter - 1, if any
	typ        valueType
	dayish     bool // the expression names a single day (known or not)
	counted    bool // built on a count ("three days"), so "about" or "more than" apply
}

func (p *parser) run() {
	var m match // at fills it in place: a match is large to copy
	for i := 0; i < len(p.t); {
		if !p.canStart(i) {
			i++
			continue
		}
		if !p.at(i, &m) || m.val == "" || m.end <= m.start {
			i++
			continue
		}
		if p.named(m) {
			if m.quarter != 0 && m.quarter == p.lastQ {
				p.lastQT = m.end // "the quarter-to-quarter comparison" keeps the report on its quarter
			}
			i = m.end
			continue
		}
		if p.kw(m.start, kNow) && m.start > p.last && p.sameWord(m.start-1, "right") ||
			p.num(m.start) && m.start > p.last && p.word(m.start-1, wAd) && p.t[m.start-1].upper && m.typ == tDATE {
			m.start-- // "right now", "AD 43"
		} else if p.is(m.start, cWeekday) && p.t[m.start].lx.v == 5 && m.start > p.last && p.sameWord(m.start-1, "good") && p.t[m.start-1].upper && p.t[m.start].upper {
			m.start-- // "Good Friday"
		} else if p.is(m.start, cWeekday) && p.t[m.start].lx.v == 1 && m.start-2 >= p.last && p.sameWord(m.start-1, "holiday") && p.sameWord(m.start-2, "bank") {
			m.start -= 2 // "Bank Holiday Monday": the Monday, which the tense picks
		}
		p.out = append(p.out, Expr{Start: int(p.t[m.start].s), End: int(p.t[m.end-1].e),
			Type: m.typ.String(), Value: m.val, Mod: m.mod})
		p.setAnchor(m)
		if m.quarter != 0 && !p.indefinite(m) {
			p.lastQ, p.lastQT = m.quarter, m.end
			if p.has && p.quarterDone(m.quarter) {
				p.doneQ = m.quarter
			}
		}
		i = m.end
		p.last = m.end
	}
}

// indefinite reports whether the match m is the head of an indefinite noun phrase with an
// adjective ("a flat second quarter", "an uneven third quarter"): such a passing mention is not
// what "the quarter" or "the year-earlier period" later refers to. A quarter that modifies a
// noun ("a third-quarter loss", "a third quarter loss") is the report's own.
func (p *parser) indefinite(m match) bool {
	for k := m.start; k < m.end; k++ {
		if p.punct(k, '-') {
			return false
		}
	}
	if n := m.end; n < len(p.t) && p.t[n].k == tWord && p.t[n].lx.cls == cNone && !p.t[n].upper && !strings.HasSuffix(p.text[p.t[n].s:p.t[n].e], "ed") {
		return false // "a strong third quarter performance": the quarter modifies a noun
	}
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if p.kw(k, kA) {
			return k < m.start-1 && !p.t[k+1].brk
		}
		if t := &p.t[k]; t.k != tWord || t.lx.cls != cNone || t.upper || t.brk {
			return false
		}
	}
	return false
}

// named reports whether a match is the name of something rather than a time: a quoted title
// made of a deictic word and a unit in title case (the programme "This Week"), or "high noon".
// Names of periods ("the Seven Years' War", "57 Days of Hell") keep their durations.
func (p *parser) named(m match) bool {
	if p.kw(m.start, kNoon) && p.word(m.start-1, wHigh) {
		return true // "High Noon", "high noon comes today"
	}
	if u := m.end - 1; p.is(u, cUnit) && p.hyphen(m.end) && p.word(m.end+1, wTo) && p.hyphen(m.end+2) &&
		p.sameWord(m.end+3, p.text[p.t[u].s:p.t[u].e]) {
		return true // "the quarter-to-quarter comparison", "year-to-year": a comparison, no period
	}
	if m.start > 0 && m.end < len(p.t) && p.quoteMark(m.start-1) && p.quoteMark(m.end) && p.num(m.start) &&
		m.end == m.start+2 && p.titleCase(m.start+1) && p.is(m.start+1, cUnit) {
		return true // the programme "60 Minutes"
	}
	if m.start == 0 || !p.quoteMark(m.start-1) || !p.titleCase(m.start) || p.t[m.start].lx.cls != cKey {
		return false
	}
	return p.titleCase(m.start+1) && p.is(m.start+1, cUnit)
}

// titleCase reports whether token k is a word written with a capital and then small letters
// ("Week", not "WEEK" or "week").
func (p *parser) titleCase(k int) bool {
	if k < 0 || k >= len(p.t) || p.t[k].k != tWord || !p.t[k].upper {
		return false
	}
	t := &p.t[k]
	return t.e-t.s == 1 || p.text[t.s+1] >= 'a' && p.text[t.s+1] <= 'z'
}

// quoteMark reports whether token k is a quotation mark: ", ', `, or a curly one.
func (p *parser) quoteMark(k int) bool {
	if p.t[k].k != tPunct {
		return false
	}
	switch p.text[p.t[k].s:p.t[k].e] {
	case `"`, "'", "`", "“", "‘", "«":
		return true
	}
	return false
}

// setAnchor records the date a match names, at day, month or year granularity, for later
// expressions that count from it.
func (p *parser) setAnchor(m match) {
	if m.typ != tDATE && m.typ != tTIME {
		return
	}
	if p.flashForward(m) || p.deicticInHistory(m) || p.digression(m) {
		return
	}
	v := m.val
	if len(v) >= 6 && v[:2] == "BC" && digits(v[2:6]) {
		// a year before the common era: the narrative's months and seasons are that year's
		// (written BC0480-08); the placeholder anchor, far from any reference date, keeps
		// counted dates from the reference date
		p.anchor, p.anchU, p.bc = date(1, 12, 31), uYear, atoi(v[2:6])
		return
	}
	if !m.day.IsZero() {
		p.anchor, p.anchU, p.bc = m.day, uDay, 0
		return
	}
	if len(v) < 4 || !digits(v[:4]) {
		return // "that same day" (XXXX-XX-XX) after "479 BC" leaves the narrative in 479 BC
	}
	p.bc = 0
	y := atoi(v[:4])
	switch {
	case len(v) == 4:
		if !p.anchor.IsZero() && y != p.anchor.Year() && (!p.has || p.history()) && p.tense(m.start, m.end) == future {
			// a year looked forward to ("a campaign planned for 1976") is not where the
			// narrative has got to: "On 10 March 1975 ... would be exposed for a campaign in
			// 1976 ... collapsed on 11 March" is 1975's March
			return
		}
		p.anchor, p.anchU = date(y, 1, 1), uYear
		if p.kw(m.start-1, kIn) && p.t[m.start-1].brk {
			p.scene, p.sceneY, p.sceneFront = m.end, y, true // "In 1815, ..."
		} else if (p.kw(m.start-1, kIn) || p.kw(m.start-1, kBy) || p.kw(m.start-1, kOf) || p.word(m.start-1, wDuring)) && p.pastClause(m.start) &&
			!p.parenthetical(m.start, m.end) {
			p.scene, p.sceneY, p.sceneFront = m.end, y, false // "The war began in 1861."
		}
	case len(v) == 7 && v[4] == '-' && digits(v[5:]):
		p.anchor, p.anchU = date(y, atoi(v[5:]), 1), uMonth
	case len(v) == 7 && v[4] == '-' && seasonStart[v[5:]] != 0:
		// a season: its first month, for "that summer" or "the previous winter" after it
		p.anchor, p.anchU = date(y, seasonStart[v[5:]], 1), uMonth
	}
}

// flashForward reports whether m is the end of a span that a history tells ahead of where its
// narrative stands ("a siege that lasted until the fall of Budapest in February 1945", told in
// the account of 1944): a later year after "until" in the same clause does not move the narrative.
func (p *parser) flashForward(m match) bool {
	if p.anchor.IsZero() || p.has && !p.history() || len(m.val) < 4 || !digits(m.val[:4]) || atoi(m.val[:4]) <= p.anchor.Year() {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-8 && !p.t[k+1].brk; k-- {
		if p.word(k, wUntil) || p.word(k, wTill) || p.word(k, wUnto) {
			return true
		}
		if p.t[k].k == tPunct && (p.t[k].c == ',' || p.t[k].c == ';') {
			break
		}
	}
	return false
}

// digression reports whether a history names m beside its narrative, which stays in the year it
// was in: a year counted back from it ("keeping the gains of the previous year. In January ..."
// is the next January, not that year's), a date in parentheses ("Proclamation 2914 (1953)",
// "the Siege of Kut (1915-16)"), or the start of a span after "since" ("the first since 499 BC.
// The following year ...").
func (p *parser) digression(m match) bool {
	if p.anchor.IsZero() || p.has && !p.history() {
		return false
	}
	if len(m.val) == 4 {
		for k := m.start; k < m.end; k++ {
			if p.kw(k, kPrevious) || p.kw(k, kEarlier) || p.kw(k, kAgo) || p.word(k, wBefore) {
				return true
			}
		}
	}
	if p.inParens(m.start, m.end) {
		return true
	}
	return p.word(m.start-1, wSince)
}

// inParens reports whether tokens [s, e) stand in parentheses within one sentence.
func (p *parser) inParens(s, e int) bool {
	open := false
	for k := s - 1; k >= 0 && k > s-12; k-- {
		if p.punct(k, ')') || p.t[k+1].brk && k+1 < s {
			break
		}
		if p.punct(k, '(') {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := e; k < len(p.t) && k < e+12; k++ {
		if p.punct(k, ')') {
			return true
		}
		if p.punct(k, '(') || p.t[k].brk {
			return false
		}
	}
	return false
}

// deicticInHistory reports whether m counts from the reference date ("two years ago", "next
// summer", "this year") in a history whose narrative stands far from that date: such words are
// a speaker's, quoted, or the writer's aside, and the narrative does not move to them.
func (p *parser) deicticInHistory(m match) bool {
	if !p.farNarrative() {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if p.kw(k, kAgo) || p.kw(k, kThis) || p.kw(k, kNext) || p.kw(k, kLast) || p.kw(k, kToday) ||
			p.kw(k, kYesterday) || p.kw(k, kTomorrow) || p.kw(k, kTonight) {
			return true
		}
	}
	return false
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if n >= maxNumber/10 {
			return maxNumber // saturate: a value's twenty digits must not wrap negative
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// maxNumber is where atoi stops counting: far above any year or count a text can mean, far below
// overflow.
const maxNumber = 1 << 40

// narrativeYear is the year a month or day without one ("in April", "on June 10") belongs to
// when the text has moved away from the reference date: the year of the last date named, when
// the reference date is missing or more than ten years off (a history, not the news of the day).
func (p *parser) narrativeYear(i int) (int, bool) {
	if p.anchor.IsZero() {
		return 0, false
	}
	if p.bc != 0 && (!p.has || p.history()) {
		return bcBase - p.bc, true // a news story's months stay its own after a year BC
	}
	if p.bc != 0 {
		return 0, false
	}
	y := p.anchor.Year()
	if p.has && y == p.ref.Year() {
		return 0, false
	}
	far := y < p.ref.Year()-10 || y > p.ref.Year()+10
	if !p.has || p.history() && (far || p.hist == 2) {
		return y, true
	}
	if far && p.aside(i) && (p.sceneFront || p.pastClause(i)) {
		// a news story's aside into the past, set by a year that opens its sentence ("In 1815
		// the army marched north. On 18 June it met the enemy" is June 1815) or one told in the
		// past ("The war began in 1861. In April the first shots were fired")
		return y, true
	}
	return 0, false
}

// aside reports whether token i lies in an aside into the past: a year opened a sentence ("In
// 1815, ...") or was told in a past clause after "in", "by", "of" or "during", every date
// named since has stayed in that year, the last of them shortly before i, and the year itself
// not long before and more than ten years from the reference date.
func (p *parser) aside(i int) bool {
	return p.scene > 0 && p.anchor.Year() == p.sceneY && i-p.last < asideTokens && i-p.scene < 2*asideTokens &&
		(p.sceneY < p.ref.Year()-10 || p.sceneY > p.ref.Year()+10)
}

// parenthetical reports whether tokens [s, e) stand between commas in their sentence ("The
// bridge, built in 1815, was repaired"): an aside about a thing, not where the story goes.
func (p *parser) parenthetical(s, e int) bool {
	if !p.punct(e, ',') {
		return false
	}
	for k := s - 1; k >= 0 && k > s-20; k-- {
		if p.punct(k, ',') {
			return true
		}
		if p.t[k].brk {
			break
		}
	}
	return false
}

// pastClause reports whether the sentence around token i, up to 30 tokens either way, holds a
// verb in the past ("began", "was", "fired") and none in the future.
func (p *parser) pastClause(i int) bool {
	seen := false
	for k := i; k >= 0 && k > i-30; k-- {
		switch p.cueAt(k) {
		case past, reporting:
			seen = true
		case future:
			return false
		}
		if p.t[k].brk {
			break
		}
	}
	for k := i + 1; k < len(p.t) && k < i+30 && !p.t[k].brk; k++ {
		switch p.cueAt(k) {
		case past, reporting:
			seen = true
		case future:
			return false
		}
	}
	return seen
}

// asideTokens is how far, in tokens, a month or day without a year may follow a year long past
// and still belong to it: about two sentences.
const asideTokens = 40

// history reports whether the text is a history rather than the news of its reference date:
// most of the four-digit years it names (and at least three) lie more than ten years from the
// reference year, or a long text (twenty years named) names its own year and the ones beside it
// less than a third of the time.
func (p *parser) history() bool {
	if p.hist == 0 {
		p.classify() // once per text; history itself is small enough to inline
	}
	return p.hist > 0
}

// classify sets hist, as history describes.
func (p *parser) classify() {
	near, far, close := 0, 0, 0
	ry := int32(p.ref.Year())
	for i := range p.t {
		if t := &p.t[i]; t.k == tNum && (p.word(i+1, wBc) || p.word(i+1, wBce) || p.word(i+1, wB) && p.punct(i+2, '.')) {
			far++ // 480 BC
		} else if t.k == tNum && t.nd == 4 && t.n >= 1000 && t.n < 2200 {
			if t.n >= ry-10 && t.n <= ry+10 {
				near++
			} else {
				far++
			}
			if t.n >= ry-1 && t.n <= ry+1 {
				close++
			}
		}
	}
	p.hist = -1
	if far >= 3 && far > 2*near {
		p.hist = 1
	} else if n := near + far; n >= 20 && 3*close < n {
		// a long account of the years before its own date (an encyclopedia article on a
		// war of the last decade): months and days follow the narrative there too
		p.hist = 2
	}
}

// now is the date that "the end of the month" or "by the end of the year" count from: the
// reference date, or in a history the date the narrative has reached. ("Last year" and "this
// spring" keep counting from the reference date: they are the writer's.)
func (p *parser) now() (time.Time, bool) {
	if p.bc != 0 {
		return time.Time{}, false // a month or day before the common era: unknown here
	}
	if !p.anchor.IsZero() && p.anchor.Year() != p.ref.Year() && p.history() {
		return p.anchor, true
	}
	if !p.anchor.IsZero() && p.has && (p.anchor.Year() < p.ref.Year()-10 || p.anchor.Year() > p.ref.Year()+10) && p.aside(p.last) {
		return p.anchor, true // "In 1815 ... at the end of the decade": the aside's decade
	}
	return p.ref, p.has
}

// anchorDay is the day that "the next day" or "two days later" count from: the last day named in
// the text, else the reference date.
func (p *parser) anchorDay() (time.Time, bool) { return p.anchorFor(uDay) }

// anchorFor is the date that "the following month" or "that year" count from: the last date named
// at unit u or finer, else the reference date.
func (p *parser) anchorFor(u int) (time.Time, bool) {
	if p.bc != 0 {
		return time.Time{}, false
	}
	if !p.anchor.IsZero() && p.anchU <= u {
		return p.anchor, true
	}
	if p.farNarrative() {
		// a history told far from its reference date: "the next day" after "in 1980" is a day
		// of the narrative, not the day after the reference date
		return time.Time{}, false
	}
	return p.ref, p.has
}

// farNarrative reports whether the text is a history whose narrative stands more than ten years
// from the reference date.
func (p *parser) farNarrative() bool {
	if p.anchor.IsZero() || !p.has {
		return false
	}
	ay, ry := p.anchor.Year(), p.ref.Year()
	return (ay < ry-10 || ay > ry+10) && p.history()
}
