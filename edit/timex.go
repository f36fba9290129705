package edit

import (
	"fmt"
	"slices"
	"strings"
)

// The TIMEX3 modifiers a date may carry, "" for none.
var mods = []string{"", "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
	"LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}

// checkTimex reports whether value is a plausible TIMEX3 value for typ, and mod a TIMEX3 modifier.
// It accepts what the dates engine writes and the forms TimeML gives: calendar dates with X for
// unknown digits ("2024-09-04", "XXXX-03", "199", "2024-W35-WE", "2025-Q1", "2024-SU"), times
// ("2024-09-04T07:00", "XXXX-WXX-6T09:00", "2024-11-06TNI"), durations ("P3M", "PT2H", "P1DE",
// "PXY") and the references PRESENT_REF, PAST_REF and FUTURE_REF.
func checkTimex(typ, value, mod string) error {
	if !slices.Contains(mods, mod) {
		return fmt.Errorf("%q is not a TIMEX3 modifier (%s)", mod, strings.Join(mods[1:], ", "))
	}
	ok := false
	switch typ {
	case "DATE":
		ok = isRefValue(value) || isDate(value)
	case "TIME":
		ok = isRefValue(value) || isDateTime(value)
	case "DURATION":
		ok = isDuration(value)
	case "SET":
		ok = isDuration(value) || isDate(value) || isDateTime(value)
	default:
		return fmt.Errorf("%q is not a type of date (DATE, TIME, DURATION or SET)", typ)
	}
	if !ok {
		return fmt.Errorf("%q is not a TIMEX3 value of type %s (e.g. %s)", value, typ, example[typ])
	}
	return nil
}

var example = map[string]string{"DATE": "2024-09-04, 2024-W35, XXXX-03", "TIME": "2024-09-04T07:00",
	"DURATION": "P3M, PT2H", "SET": "P1W, XXXX-WXX-2"}

func isRefValue(v string) bool { return v == "PRESENT_REF" || v == "PAST_REF" || v == "FUTURE_REF" }

// isDate accepts a year, decade or century, optionally followed by a month and day, a week and
// weekday, a quarter, a half or a season. BC before the year puts it before the common era
// (BC0480-08, BC04).
func isDate(v string) bool {
	v = strings.TrimPrefix(v, "BC")
	parts := strings.Split(v, "-")
	y := parts[0]
	if len(y) < 2 || len(y) > 4 || !digitsOrX(y) {
		return false
	}
	if len(parts) == 1 {
		return true
	}
	if len(y) != 4 || len(parts) > 3 {
		return false
	}
	p, rest := parts[1], parts[2:]
	switch {
	case len(p) == 2 && digitsOrX(p) && (p == "XX" || between(p, 1, 12)):
		return len(rest) == 0 || len(rest[0]) == 2 && digitsOrX(rest[0]) && (rest[0] == "XX" || between(rest[0], 1, 31))
	case len(p) == 3 && p[0] == 'W' && digitsOrX(p[1:]) && (p[1:] == "XX" || between(p[1:], 1, 53)):
		return len(rest) == 0 || rest[0] == "WE" || rest[0] == "X" || len(rest[0]) == 1 && between(rest[0], 1, 7)
	case len(rest) > 0:
		return false
	case len(p) == 2 && p[0] == 'Q':
		return p[1] == 'X' || p[1] >= '1' && p[1] <= '4'
	case len(p) == 2 && p[0] == 'H':
		return p[1] == 'X' || p[1] == '1' || p[1] == '2'
	}
	return p == "SP" || p == "SU" || p == "FA" || p == "WI"
}

// isDateTime accepts a date (or nothing) followed by T and a clock time or a part of the day.
func isDateTime(v string) bool {
	d, t, ok := strings.Cut(v, "T")
	if !ok || d != "" && !isDate(d) {
		return false
	}
	switch t {
	case "MO", "AF", "EV", "NI", "DT":
		return true
	}
	parts := strings.Split(t, ":")
	if len(parts) > 3 || len(parts[0]) != 2 || !between(parts[0], 0, 24) {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 2 || !between(p, 0, 59) {
			return false
		}
	}
	return true
}

// isDuration accepts P followed by amounts of years, months, weeks, days, quarters, decades,
// centuries or millennia, then optionally T and hours, minutes and seconds; X stands for an
// unknown amount.
func isDuration(v string) bool {
	rest, ok := strings.CutPrefix(v, "P")
	if !ok || rest == "" {
		return false
	}
	date, clock, hasT := strings.Cut(rest, "T")
	if hasT && clock == "" {
		return false
	}
	return units(date, "Y", "M", "W", "D", "Q", "DE", "CE", "ML", "WE") && units(clock, "H", "M", "S")
}

// units accepts a run of amount-unit pairs, each amount digits (with one decimal point) or X.
func units(s string, names ...string) bool {
	for s != "" {
		n := 0
		if s[0] == 'X' {
			n = 1
		} else {
			dot := false
			for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] == '.' && !dot && n > 0) {
				dot = dot || s[n] == '.'
				n++
			}
		}
		if n == 0 {
			return false
		}
		s = s[n:]
		u := slices.IndexFunc(names, func(name string) bool { return strings.HasPrefix(s, name) && len(name) == 2 })
		if u < 0 {
			u = slices.IndexFunc(names, func(name string) bool { return strings.HasPrefix(s, name) })
		}
		if u < 0 {
			return false
		}
		s = s[len(names[u]):]
	}
	return true
}

func digitsOrX(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != 'X' {
			return false
		}
	}
	return true
}

// between reports whether s is a number in [lo, hi]; s may be all X (unknown), which passes.
func between(s string, lo, hi int) bool {
	if strings.Trim(s, "X") == "" {
		return true
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n >= lo && n <= hi
}
