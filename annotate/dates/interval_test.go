package dates

import (
	"strings"
	"testing"
	"time"
)

var intervalCases = []struct {
	value      string
	start, end string // RFC 3339 without the zone, or "" when the value has no place
}{
	{"2024", "2024-01-01T00:00", "2025-01-01T00:00"},
	{"2024-09", "2024-09-01T00:00", "2024-10-01T00:00"},
	{"2024-12", "2024-12-01T00:00", "2025-01-01T00:00"},
	{"2024-09-02", "2024-09-02T00:00", "2024-09-03T00:00"},
	{"2024-W36", "2024-09-02T00:00", "2024-09-09T00:00"},
	{"2024-W01", "2024-01-01T00:00", "2024-01-08T00:00"},
	{"2020-W53", "2020-12-28T00:00", "2021-01-04T00:00"},
	{"2024-W35-WE", "2024-08-31T00:00", "2024-09-02T00:00"},
	{"2024-W36-3", "2024-09-04T00:00", "2024-09-05T00:00"},
	{"2024-Q3", "2024-07-01T00:00", "2024-10-01T00:00"},
	{"2024-H2", "2024-07-01T00:00", "2025-01-01T00:00"},
	{"2024-SU", "2024-06-01T00:00", "2024-09-01T00:00"},
	{"2024-WI", "2024-12-01T00:00", "2025-03-01T00:00"},
	{"199", "1990-01-01T00:00", "2000-01-01T00:00"},
	{"19", "1900-01-01T00:00", "2000-01-01T00:00"},
	{"1915-XX-XX", "1915-01-01T00:00", "1916-01-01T00:00"},
	{"2024-06-XX", "2024-06-01T00:00", "2024-07-01T00:00"},
	{"2024-WXX", "2024-01-01T00:00", "2025-01-01T00:00"},
	{"BC0480", "-0479-01-01T00:00", "-0478-01-01T00:00"},
	{"BC04", "-0498-01-01T00:00", "-0398-01-01T00:00"},
	{"BC048", "-0488-01-01T00:00", "-0478-01-01T00:00"},
	{"2024-09-02T15:30", "2024-09-02T15:30", "2024-09-02T15:31"},
	{"2024-09-02T24:00", "2024-09-03T00:00", "2024-09-03T00:01"},
	{"2024-09-02TEV", "2024-09-02T18:00", "2024-09-02T22:00"},
	{"2024-09-02TNI", "2024-09-02T22:00", "2024-09-03T06:00"},
	// no place on the calendar
	{"P3D", "", ""},
	{"PRESENT_REF", "", ""},
	{"XXXX-08", "", ""},
	{"XXXX-WXX-1", "", ""},
	{"XXXX-XX-XXT09:00", "", ""},
	{"2024-09T15:00", "", ""}, // a time of day needs a day
	{"2024-02-30", "", ""},
	{"2024-13", "", ""},
	{"2024-W60", "", ""},
	{"", "", ""},
}

func TestInterval(t *testing.T) {
	const layout = "2006-01-02T15:04"
	for _, c := range intervalCases {
		s, e, ok := Interval(c.value)
		if ok != (c.start != "") {
			t.Errorf("Interval(%q) ok = %v", c.value, ok)
			continue
		}
		if !ok {
			continue
		}
		if got, want := s.Format(layout)+" "+e.Format(layout), c.start+" "+c.end; got != want {
			t.Errorf("Interval(%q) = %s, want %s", c.value, got, want)
		}
		if !e.After(s) || s.Location() != time.UTC {
			t.Errorf("Interval(%q): bad interval %v %v", c.value, s, e)
		}
	}
}

// Every value the engine writes for a calendar date or time has its place on the calendar.
func TestIntervalOfFoundDates(t *testing.T) {
	for _, c := range append(append(append(findCases[:len(findCases):len(findCases)], phrasingCases...), phrasingCases2...), phrasingCases3...) {
		if c.ref.IsZero() {
			continue
		}
		for _, e := range Find(c.in, c.ref) {
			if e.Type != "DATE" && e.Type != "TIME" || e.Value[0] == 'P' || len(e.Value) > 4 && e.Value[len(e.Value)-4:] == "_REF" ||
				strings.HasPrefix(e.Value, "XXXX") { // "at night" in a history: no year to place it in
				continue
			}
			if _, _, ok := Interval(e.Value); !ok {
				t.Errorf("%s: %q has no interval", c.rule, e.Value)
			}
		}
	}
}

func FuzzInterval(f *testing.F) {
	for _, c := range intervalCases {
		f.Add(c.value)
	}
	f.Fuzz(func(t *testing.T, v string) {
		s, e, ok := Interval(v) // must not panic on any string
		if ok && !e.After(s) {
			t.Errorf("Interval(%q) = [%v, %v): empty", v, s, e)
		}
	})
}
