// This file renders TIMEX3 values in English words for the page's hover text: "2024-09-02" →
// "Monday 2 September 2024", "2024-W35" → "the week of 26 August 2024", "P3W" with APPROX →
// "about three weeks". It does not parse text; a value it does not know is returned as is.

package dates

import (
	"strconv"
	"strings"
	"time"
)

var numberWords = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve"}

var ordinalWords = [...]string{"", "first", "second", "third", "fourth"}

var seasonWords = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

var partWords = map[string]string{"MO": "the morning", "AF": "the afternoon", "EV": "the evening",
	"NI": "the night", "DT": "the daytime"}

var modWords = map[string]string{"APPROX": "about ", "LESS_THAN": "less than ", "MORE_THAN": "more than ",
	"EQUAL_OR_LESS": "at most ", "EQUAL_OR_MORE": "at least ", "START": "early ", "MID": "mid-",
	"END": "late ", "BEFORE": "before ", "AFTER": "after ", "ON_OR_BEFORE": "on or before ",
	"ON_OR_AFTER": "on or after "}

// Describe renders a TIMEX3 value, with its modifier, in words. Values that start with P read as
// durations ("three weeks"), since a set and a duration share them; "XXXX-WXX-1" reads "a Monday".
func Describe(value, mod string) string {
	s := describe(value)
	if m, ok := modWords[mod]; ok {
		if mod == "MID" && (strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "a")) {
			return "the middle of " + s
		}
		if (mod == "START" || mod == "END") && (strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "a ")) {
			if rest, ok := strings.CutPrefix(s, "the "); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				return "the " + m + rest // "the early 1990s", "the late 19th century"
			}
			if mod == "START" {
				return "the start of " + s // "the start of the week of 2 September 2024"
			}
			return "the end of " + s
		}
		return m + s
	}
	return s
}

func describe(v string) string {
	switch v {
	case "PRESENT_REF":
		return "the present"
	case "PAST_REF":
		return "the past"
	case "FUTURE_REF":
		return "the future"
	case "":
		return ""
	}
	if v[0] == 'P' {
		return describeDuration(v)
	}
	if len(v) == 6 && strings.HasPrefix(v, "BC") && digits(v[2:]) {
		return strconv.Itoa(atoi(v[2:])) + " BC"
	}
	if (len(v) == 4 || len(v) == 5) && strings.HasPrefix(v, "BC") && digits(v[2:]) {
		if len(v) == 4 {
			return "the " + ordinalSuffix(atoi(v[2:])+1) + " century BC" // BC04: 499 to 400 BC
		}
		return "the " + strconv.Itoa(atoi(v[2:])*10) + "s BC" // BC048: the 480s BC
	}
	if len(v) == 4 && digits(v) && v < "1000" && v != "0000" {
		return "AD " + strconv.Itoa(atoi(v)) // 0043
	}
	if len(v) > 7 && strings.HasPrefix(v, "BC") && digits(v[2:6]) && v[6] == '-' {
		return describeBC(v)
	}
	date, clock, hasT := strings.Cut(v, "T")
	if date == "XXXX-XX-XX" && hasT {
		// a time of any day, as sets have it: "09:00", "the night"
		if p, ok := partWords[clock]; ok {
			return p
		}
		return clock
	}
	d := describeDate(date)
	if d == "" {
		return v
	}
	if !hasT {
		return d
	}
	if p, ok := partWords[clock]; ok {
		return p + " of " + d
	}
	if len(clock) >= 2 && digits(clock[:2]) {
		return clock + " on " + d
	}
	return v
}

func monthName(m int) string { return time.Month(m).String() }

// describeDate renders the date part of a value.
func describeDate(v string) string {
	parts := strings.Split(v, "-")
	y := parts[0]
	known := digits(y) && len(y) == 4
	switch len(parts) {
	case 1:
		switch {
		case known:
			return y
		case len(y) == 3 && digits(y):
			return "the " + y + "0s"
		case len(y) == 2 && digits(y):
			return "the " + ordinalSuffix(atoi(y)+1) + " century"
		case y == "XXXX":
			return "a year" // "a year ago" with no reference date
		case y == "XXX":
			return "a decade"
		case y == "XX":
			return "a century"
		}
		return ""
	case 2:
		p := parts[1]
		switch {
		case len(p) == 2 && digits(p) && atoi(p) >= 1 && atoi(p) <= 12:
			return withYear(monthName(atoi(p)), y, known)
		case len(p) == 3 && p[0] == 'W' && digits(p[1:]) && known:
			return "the week of " + dayWords(isoMonday(atoi(y), atoi(p[1:])), false)
		case len(p) == 2 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '4':
			return withYear("the "+ordinalWords[p[1]-'0']+" quarter", y, known)
		case len(p) == 2 && p[0] == 'H' && (p[1] == '1' || p[1] == '2'):
			return withYear("the "+ordinalWords[p[1]-'0']+" half", y, known)
		case seasonWords[p] != "":
			if !known {
				return "the " + seasonWords[p]
			}
			return seasonWords[p] + " " + y
		case p == "WXX":
			return withYear("a week", y, known) // "a week of 1792"
		case p == "XX":
			return withYear("a month", y, known)
		}
	case 3:
		p, q := parts[1], parts[2]
		switch {
		case len(p) == 2 && digits(p) && len(q) == 2 && digits(q) && known:
			t := date(atoi(y), atoi(p), atoi(q))
			if t.Month() != time.Month(atoi(p)) {
				return ""
			}
			return dayWords(t, true)
		case len(p) == 2 && digits(p) && len(q) == 2 && digits(q):
			return strconv.Itoa(atoi(q)) + " " + monthName(atoi(p))
		case len(p) == 3 && p[0] == 'W' && digits(p[1:]) && q == "WE" && known:
			return "the weekend of " + dayWords(isoMonday(atoi(y), atoi(p[1:])).AddDate(0, 0, 5), false)
		case p == "WXX" && len(q) == 1 && q[0] >= '1' && q[0] <= '7':
			return "a " + time.Weekday(int(q[0]-'0')%7).String()
		case p == "WXX" && q == "WE":
			return "a weekend"
		case p == "XX" && q == "XX":
			return withYear("a day", y, known)
		}
	}
	return ""
}

func withYear(s, y string, known bool) string {
	if known {
		if strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "a ") {
			return s + " of " + y
		}
		return s + " " + y
	}
	return s
}

// dayWords writes "Monday 2 September 2024" (or without the weekday).
func dayWords(t time.Time, weekday bool) string {
	var buf [40]byte // written on the stack: the panel describes every date of an article
	b := buf[:0]
	if weekday {
		b = append(append(b, t.Weekday().String()...), ' ')
	}
	b = append(strconv.AppendInt(b, int64(t.Day()), 10), ' ')
	b = append(append(b, t.Month().String()...), ' ')
	return string(strconv.AppendInt(b, int64(t.Year()), 10))
}

// isoMonday is the Monday of ISO week w of year y.
func isoMonday(y, w int) time.Time {
	t := date(y, 1, 4) // always in week 1
	return t.AddDate(0, 0, 1-isoWeekday(t)+7*(w-1))
}

func ordinalSuffix(n int) string {
	s := strconv.Itoa(n)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}

var unitWords = map[string]string{"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter",
	"DE": "decade", "CE": "century", "ML": "millennium", "WE": "weekend", "H": "hour", "TM": "minute",
	"S": "second"}

// describeDuration renders "P3W" as "three weeks", "P2Y6M" as "two years and six months".
func describeDuration(v string) string {
	var out []string
	timePart := false
	rest := v[1:]
	for rest != "" {
		if rest[0] == 'T' {
			timePart = true
			rest = rest[1:]
			continue
		}
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.' || rest[i] == 'X') {
			i++
		}
		j := i
		for j < len(rest) && rest[j] >= 'A' && rest[j] <= 'Z' && rest[j] != 'X' && rest[j] != 'T' {
			j++
			if j-i == 2 || j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				break
			}
		}
		if i == 0 || j == i {
			return v
		}
		num, code := rest[:i], rest[i:j]
		if timePart && code == "M" {
			code = "TM"
		}
		u, ok := unitWords[code]
		if !ok {
			return v
		}
		out = append(out, countWords(num, u))
		rest = rest[j:]
	}
	if len(out) == 0 {
		return v
	}
	if len(out) == 1 {
		return out[0]
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}

func countWords(num, unit string) string {
	plural := "" // an irregular plural; the others add an s, in the one concatenation that returns
	switch unit {
	case "century":
		plural = "centuries"
	case "millennium":
		plural = "millennia"
	}
	switch {
	case num == "X" && plural != "":
		return plural
	case num == "X":
		return unit + "s"
	case num == "1":
		return "one " + unit
	case digits(num) && atoi(num) < len(numberWords):
		num = numberWords[atoi(num)]
	}
	if plural != "" {
		return num + " " + plural
	}
	return num + " " + unit + "s"
}

// describeBC renders a value in a year before the common era: "BC0480-08" is "August 480 BC",
// "BC0480-09-17TNI" "the night of 17 September 480 BC" (no weekday: the calendar of the time had
// none of ours).
func describeBC(v string) string {
	year := strconv.Itoa(atoi(v[2:6])) + " BC"
	date, clock, hasT := strings.Cut(v[2:], "T")
	if len(date) == 10 && digits(date[5:7]) && digits(date[8:]) && atoi(date[5:7]) >= 1 && atoi(date[5:7]) <= 12 {
		s := strconv.Itoa(atoi(date[8:])) + " " + monthName(atoi(date[5:7])) + " " + year
		if !hasT {
			return s
		}
		if p, ok := partWords[clock]; ok {
			return p + " of " + s
		}
		return clock + " on " + s
	}
	d := describe(v[2:])
	switch {
	case strings.Contains(d, v[2:6]):
		return strings.Replace(d, v[2:6], year, 1)
	case strings.HasSuffix(d, " "+strconv.Itoa(atoi(v[2:6]))):
		return d + " BC"
	}
	return v
}
