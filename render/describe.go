package render

import (
	"strconv"
	"strings"
	"time"
)

// DescribeDate words a TIMEX3 value and modifier for people: "2024-09-02" is "Monday 2 September
// 2024", "P3Y" is "3 years", "XXXX-08" with mod "END" is "late August". Values it does not know
// are returned as they are.
//
// TODO: delegate to dates.Describe once package annotate/dates exports it, so that the page and
// the engine word values the same way.
func DescribeDate(value, mod string) string {
	s := describeValue(value)
	switch mod {
	case "":
		return s
	case "START":
		return "early " + s
	case "MID":
		return "mid " + s
	case "END":
		return "late " + s
	case "APPROX":
		return "about " + s
	case "BEFORE":
		return "before " + s
	case "AFTER":
		return "after " + s
	case "ON_OR_BEFORE":
		return "on or before " + s
	case "ON_OR_AFTER":
		return "on or after " + s
	case "LESS_THAN":
		return "less than " + s
	case "MORE_THAN":
		return "more than " + s
	case "EQUAL_OR_LESS":
		return "at most " + s
	case "EQUAL_OR_MORE":
		return "at least " + s
	}
	return s + " (" + strings.ToLower(mod) + ")"
}

var refWords = map[string]string{"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}

var seasons = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}

var durationUnits = map[byte]string{'Y': "year", 'M': "month", 'W': "week", 'D': "day", 'H': "hour", 'S': "second"}

func describeValue(v string) string {
	if w, ok := refWords[v]; ok {
		return w
	}
	if strings.HasPrefix(v, "P") && len(v) > 2 {
		return describeDuration(v)
	}
	date, clock, hasTime := strings.Cut(v, "T")
	s := describeCalendar(date)
	if s == "" {
		return v
	}
	if hasTime {
		switch clock {
		case "MO":
			return s + ", morning"
		case "AF":
			return s + ", afternoon"
		case "EV":
			return s + ", evening"
		case "NI":
			return s + ", night"
		}
		if len(clock) >= 5 && clock[2] == ':' {
			return s + ", " + clock[:5]
		}
		return v
	}
	return s
}

// describeCalendar words YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-SU and their XXXX forms; it
// returns "" for anything else.
func describeCalendar(v string) string {
	parts := strings.Split(v, "-")
	year := parts[0]
	known := year != "XXXX"
	if len(year) != 4 || (known && !digits(year)) {
		return ""
	}
	yearWord := year
	if !known {
		yearWord = ""
	}
	join := func(s ...string) string {
		var out []string
		for _, p := range s {
			if p != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, " ")
	}
	switch len(parts) {
	case 1:
		if !known {
			return ""
		}
		return year
	case 2:
		p := parts[1]
		if m, err := strconv.Atoi(p); err == nil && len(p) == 2 && m >= 1 && m <= 12 {
			return join(time.Month(m).String(), yearWord)
		}
		if len(p) == 3 && p[0] == 'W' && digits(p[1:]) {
			w, _ := strconv.Atoi(p[1:])
			if known {
				return "week " + strconv.Itoa(w) + " of " + year
			}
			return "week " + strconv.Itoa(w)
		}
		if s, ok := seasons[p]; ok {
			return join(s, yearWord)
		}
	case 3:
		if known {
			if t, err := time.Parse(time.DateOnly, v); err == nil {
				return t.Format("Monday 2 January 2006")
			}
		}
		m, err1 := strconv.Atoi(parts[1])
		d, err2 := strconv.Atoi(parts[2])
		if err1 == nil && err2 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return join(strconv.Itoa(d), time.Month(m).String(), yearWord)
		}
		if len(parts[1]) == 3 && parts[1][0] == 'W' && parts[2] == "WE" {
			w, _ := strconv.Atoi(parts[1][1:])
			return join("weekend of week", strconv.Itoa(w), yearWord)
		}
	}
	return ""
}

// describeDuration words P3Y, P2W, PT5H, P1Y6M, PXD ("some days").
func describeDuration(v string) string {
	var out []string
	inTime := false
	num := ""
	for i := 1; i < len(v); i++ {
		c := v[i]
		switch {
		case c == 'T':
			inTime = true
		case c >= '0' && c <= '9' || c == '.' || c == 'X':
			num += string(c)
		default:
			unit, ok := durationUnits[c]
			if c == 'M' && inTime {
				unit, ok = "minute", true
			}
			if !ok || num == "" {
				return v
			}
			switch num {
			case "X":
				out = append(out, "some "+unit+"s")
			case "1":
				out = append(out, "1 "+unit)
			default:
				out = append(out, num+" "+unit+"s")
			}
			num = ""
		}
	}
	if num != "" || len(out) == 0 {
		return v
	}
	return strings.Join(out, " ")
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
