// This file holds the TIMEX3 value writers: days, months, ISO weeks, years, seasons, quarters,
// parts of the day and durations, with "X" in place of what is unknown. It does no calendar
// reasoning beyond ISO week numbering; which date is meant is resolve.go's business.

package dates

import (
	"strconv"
	"time"
)

// valueType is a TIMEX3 value type, as a byte so that a match stays small to return.
type valueType uint8

// Value types.
const (
	tDATE valueType = iota + 1
	tTIME
	tDURATION
	tSET
)

var typeNames = [...]string{tDATE: "DATE", tTIME: "TIME", tDURATION: "DURATION", tSET: "SET"}

// String returns the type as TIMEX3 writes it ("DATE").
func (t valueType) String() string { return typeNames[t] }

// The writers build each value in a buffer on the stack and allocate only the string they return:
// the parser writes a value for every expression it tries, thousands in a long article.

// pad appends n in decimal, with zeros before it up to width digits.
func pad(b []byte, n, width int) []byte {
	if n < 0 || n >= 10000 || width > 4 {
		var digits [20]byte
		s := strconv.AppendInt(digits[:0], int64(n), 10)
		for i := len(s); i < width; i++ {
			b = append(b, '0')
		}
		return append(b, s...)
	}
	// a year, month, day, hour or minute: its four digits written at once, then as many as needed
	d := [4]byte{byte('0' + n/1000), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)}
	first := 0 // the first digit that is not a leading zero (the last digit when n is 0)
	for first < 3 && d[first] == '0' {
		first++
	}
	return append(b, d[min(first, 4-width):]...)
}

// bcBase encodes a year before the common era for the writers: year n BC is bcBase - n, far
// below the -1 that stands for an unknown year.
const bcBase = -10000

// appendYear appends a year in four digits, "BC0480" for one encoded at bcBase, or XXXX when it
// is unknown (negative).
func appendYear(b []byte, y int) []byte {
	if y <= bcBase {
		return pad(append(b, "BC"...), bcBase-y, 4)
	}
	if y < 0 {
		return append(b, "XXXX"...)
	}
	return pad(b, y, 4)
}

func yearStr(y int) string {
	var buf [16]byte
	return string(appendYear(buf[:0], y))
}

func dayStr(t time.Time) string {
	y, m, d := t.Date()
	var buf [16]byte
	b := pad(buf[:0], y, 4)
	b = append(b, '-')
	b = pad(b, int(m), 2)
	b = append(b, '-')
	return string(pad(b, d, 2))
}

// ymd writes a date whose year or month may be unknown (negative).
func ymd(y, m, d int) string {
	var buf [24]byte
	b := appendYear(buf[:0], y)
	if m == 0 {
		return string(b)
	}
	b = append(b, '-')
	if m < 0 {
		b = append(b, "XX"...)
	} else {
		b = pad(b, m, 2)
	}
	if d == 0 {
		return string(b)
	}
	b = append(b, '-')
	if d < 0 {
		return string(append(b, "XX"...))
	}
	return string(pad(b, d, 2))
}

func monthStr(y, m int) string { return ymd(y, m, 0) }

func weekStr(t time.Time) string {
	y, w := t.ISOWeek()
	var buf [16]byte
	b := pad(buf[:0], y, 4)
	b = append(b, "-W"...)
	return string(pad(b, w, 2))
}

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}
var partCode = [...]string{"", "MO", "AF", "EV", "NI"}

func seasonStr(y, s int) string {
	var buf [16]byte
	return string(append(append(appendYear(buf[:0], y), '-'), seasonCode[s]...))
}

func quarterStr(y, q int) string {
	var buf [24]byte
	return string(pad(append(appendYear(buf[:0], y), "-Q"...), q, 0))
}

func halfStr(y, h int) string {
	var buf [24]byte
	return string(pad(append(appendYear(buf[:0], y), "-H"...), h, 0))
}

// clockStr writes hour and minute after a date value: "2024-09-02T15:00".
func clockStr(date string, h, m int) string {
	var buf [32]byte
	b := append(append(buf[:0], date...), 'T')
	b = pad(b, h, 2)
	b = append(b, ':')
	return string(pad(b, m, 2))
}

// durStr writes a duration of n tenths of unit u ("P3D", "PT1.5H", "PXY" for n < 0).
func durStr(n10 int, u int) string {
	code, t := unitCode(u)
	if u == uFortnight {
		if n10 >= 0 {
			n10 *= 2
		}
	}
	if u == uHalf && n10 >= 0 {
		n10 *= 6
	}
	var buf [32]byte
	b := append(buf[:0], 'P')
	if t {
		b = append(b, 'T')
	}
	switch {
	case n10 < 0:
		b = append(b, 'X')
	case n10%10 == 0:
		b = pad(b, n10/10, 0)
	case n10%5 == 0 && (u == uYear || u == uHour || u == uDay || u == uMinute):
		// a half: 2 1/2 years is P2Y6M, 1 1/2 hours PT1H30M
		whole := n10 / 10
		if whole > 0 {
			b = pad(b, whole, 0)
			b = append(b, code...)
		}
		switch u {
		case uYear:
			return string(append(b, "6M"...))
		case uHour:
			return string(append(b, "30M"...))
		case uMinute:
			return string(append(b, "30S"...))
		default:
			return string(append(b, "T12H"...))
		}
	default:
		b = pad(b, n10/10, 0)
		b = append(b, '.')
		b = pad(b, n10%10, 0)
	}
	return string(append(b, code...))
}

// unitCode gives a unit's TIMEX3 letters and whether it is a time (PT...) unit.
func unitCode(u int) (string, bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeekend:
		return "WE", false
	case uWeek, uFortnight:
		return "W", false
	case uMonth, uHalf:
		return "M", false
	case uQuarter:
		return "Q", false
	case uSeason:
		return "M", false
	case uDecade:
		return "DE", false
	case uCentury:
		return "CE", false
	case uMillennium:
		return "ML", false
	}
	return "Y", false
}
