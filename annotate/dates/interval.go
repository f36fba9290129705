// This file places a TIMEX3 value on the calendar: the stretch of time [start, end) that a DATE
// or TIME value names, so that the page can list dates in calendar order. A value with unknown
// parts is placed in the known part around them ("1915-XX-XX" in 1915); durations, sets,
// PAST_REF and FUTURE_REF, and values without a known year have no place.

package dates

import (
	"strings"
	"time"
)

// Interval returns the stretch of time a DATE or TIME value names, from start (inclusive) to end
// (exclusive), in UTC: "2024-09" is September 2024, "2024-W36" its ISO week, "199" the 1990s,
// "2024-09-02T15:00" one minute, "2024-09-02TEV" the evening (18:00 to 22:00), "BC0480" the year
// 480 BC, "2024-XX-XX" the year 2024. ok is false for durations, sets, the _REF values and values
// without a known year.
func Interval(value string) (start, end time.Time, ok bool) {
	if len(value) == 6 && strings.HasPrefix(value, "BC") && digits(value[2:]) {
		y := 1 - atoi(value[2:]) // 1 BC is year 0
		return date(y, 1, 1), date(y+1, 1, 1), true
	}
	if (len(value) == 4 || len(value) == 5) && strings.HasPrefix(value, "BC") && digits(value[2:]) {
		// a century or decade BC counts down: BC04 is 499 to 400 BC, BC048 489 to 480 BC
		span := 100
		if len(value) == 5 {
			span = 10
		}
		first := atoi(value[2:])*span + span - 1 // the earliest year, BC
		return date(1-first, 1, 1), date(1-first+span, 1, 1), true
	}
	if len(value) > 7 && strings.HasPrefix(value, "BC") && digits(value[2:6]) && value[6] == '-' {
		// "BC0480-08": placed as "0480-08", then moved back to 480 BC (year -479)
		n := atoi(value[2:6])
		start, end, ok = Interval(value[2:])
		if !ok || n == 0 {
			return time.Time{}, time.Time{}, false
		}
		return start.AddDate(1-2*n, 0, 0), end.AddDate(1-2*n, 0, 0), true
	}
	day, clock, hasT := strings.Cut(value, "T")
	start, end, ok = dateInterval(day)
	if !ok || !hasT {
		return start, end, ok
	}
	if end.Sub(start) != 24*time.Hour {
		return time.Time{}, time.Time{}, false // a time of day needs a day
	}
	from, to, ok := clockInterval(clock)
	if !ok {
		return time.Time{}, time.Time{}, false
	}
	return start.Add(from), start.Add(to), true
}

// dateInterval reads the date part of a value.
func dateInterval(v string) (start, end time.Time, ok bool) {
	parts := strings.Split(v, "-")
	y := parts[0]
	if !digits(y) {
		return
	}
	n := atoi(y)
	if len(parts) == 1 {
		switch len(y) {
		case 4:
			return date(n, 1, 1), date(n+1, 1, 1), true
		case 3: // a decade: "199"
			return date(n*10, 1, 1), date(n*10+10, 1, 1), true
		case 2: // a century: "19" is 1900 to 1999
			return date(n*100, 1, 1), date(n*100+100, 1, 1), true
		}
		return
	}
	if len(y) != 4 {
		return
	}
	p := parts[1]
	if strings.Contains(p, "X") {
		return date(n, 1, 1), date(n+1, 1, 1), true // "1915-XX-XX", "2024-WXX": some time that year
	}
	if len(parts) == 3 && parts[2] == "XX" && len(p) == 2 && digits(p) && atoi(p) >= 1 && atoi(p) <= 12 {
		return date(n, atoi(p), 1), date(n, atoi(p)+1, 1), true // "2024-06-XX": some day that month
	}
	switch {
	case len(parts) == 3 && len(p) == 2 && digits(p) && len(parts[2]) == 2 && digits(parts[2]):
		m, d := atoi(p), atoi(parts[2])
		if m < 1 || m > 12 || !validDay(n, m, d) {
			return
		}
		return date(n, m, d), date(n, m, d+1), true
	case len(parts) == 2 && len(p) == 2 && digits(p):
		if m := atoi(p); m >= 1 && m <= 12 {
			return date(n, m, 1), date(n, m+1, 1), true
		}
	case len(p) == 3 && p[0] == 'W' && digits(p[1:]):
		w := atoi(p[1:])
		if w < 1 || w > 53 {
			return
		}
		mon := isoMonday(n, w)
		switch {
		case len(parts) == 2:
			return mon, mon.AddDate(0, 0, 7), true
		case len(parts) == 3 && parts[2] == "WE":
			return mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 7), true
		case len(parts) == 3 && len(parts[2]) == 1 && parts[2][0] >= '1' && parts[2][0] <= '7':
			d := mon.AddDate(0, 0, int(parts[2][0]-'1'))
			return d, d.AddDate(0, 0, 1), true
		}
	case len(parts) == 2 && len(p) == 2 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '4':
		m := int(p[1]-'1')*3 + 1
		return date(n, m, 1), date(n, m+3, 1), true
	case len(parts) == 2 && len(p) == 2 && p[0] == 'H' && (p[1] == '1' || p[1] == '2'):
		m := int(p[1]-'1')*6 + 1
		return date(n, m, 1), date(n, m+6, 1), true
	case len(parts) == 2:
		// seasons by months, as seasonOf has them; a year's winter is the one that begins in
		// its December
		if m, ok := seasonStart[p]; ok {
			return date(n, m, 1), date(n, m+3, 1), true
		}
	}
	return
}

var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// clockInterval reads the time part of a value ("15:00", "EV") as offsets from midnight.
func clockInterval(c string) (from, to time.Duration, ok bool) {
	switch c {
	case "MO":
		return 6 * time.Hour, 12 * time.Hour, true
	case "AF":
		return 12 * time.Hour, 18 * time.Hour, true
	case "EV":
		return 18 * time.Hour, 22 * time.Hour, true
	case "NI":
		return 22 * time.Hour, 30 * time.Hour, true
	case "DT":
		return 8 * time.Hour, 18 * time.Hour, true
	}
	if len(c) < 2 || !digits(c[:2]) {
		return 0, 0, false
	}
	h, m := atoi(c[:2]), 0
	switch {
	case len(c) == 2:
		return time.Duration(h) * time.Hour, time.Duration(h+1) * time.Hour, h <= 24
	case len(c) >= 5 && c[2] == ':' && digits(c[3:5]):
		m = atoi(c[3:5])
	default:
		return 0, 0, false
	}
	if h > 24 || m > 59 {
		return 0, 0, false
	}
	at := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute
	return at, at + time.Minute, true
}
