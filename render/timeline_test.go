package render

import (
	"regexp"
	"strings"
	"testing"
)

// timelineRE picks, in order, the year headings, the reference marker with its spacing, the dated
// entries with their spacing and targets, the heading of the undated list and its entries.
var timelineRE = regexp.MustCompile(`<li class="year"[^>]*>([^<]*)</li>|<li class="(ref|when) (gap-\d)">(?:<button[^>]*data-target="(d\d+)")?|(Not on the calendar)|<li><button[^>]*data-target="(d\d+)"`)

// timelineOf writes the timeline as a list of words: "year 2024", "ref gap-1", "d3 gap-2",
// "undated", "d5".
func timelineOf(out string) []string {
	var got []string
	for _, m := range timelineRE.FindAllStringSubmatch(out, -1) {
		switch {
		case m[1] != "":
			got = append(got, "year "+m[1])
		case m[2] == "ref":
			got = append(got, "ref "+m[3])
		case m[2] == "when":
			got = append(got, m[4]+" "+m[3])
		case m[5] != "":
			got = append(got, "undated")
		default:
			got = append(got, m[6])
		}
	}
	return got
}

func TestTimeline(t *testing.T) {
	ref := "2024-09-04" // a Wednesday
	cases := []struct {
		name  string
		build func(t *testing.T) *builder
		ref   *string
		want  []string
	}{
		{"calendar order with the reference date among the dates", func(t *testing.T) *builder {
			b := newDoc(t, "The mill shut in 2019 and reopens next month. Staff met yesterday and meet again on Friday. "+
				"The feud dates from the 1990s. Talks took three days. The board meets every Monday. "+
				"Prices were lower in the past. In August the roof leaked.").
				date("2019", "2019").date("next month", "2024-10").date("yesterday", "2024-09-03").date("Friday", "2024-09-06").
				date("the 1990s", "199").date("three days", "P3D").date("every Monday", "XXXX-WXX-1").
				date("the past", "PAST_REF").date("August", "XXXX-08")
			b.doc.Dates[5].Type, b.doc.Dates[6].Type = "DURATION", "SET"
			return b
		}, &ref, []string{"d5 gap-0", "year 2019", "d1 gap-4", "year 2024", "d3 gap-4", "ref gap-1", "d4 gap-1", "d2 gap-2",
			"undated", "d6", "d7", "d8", "d9"}},
		{"a year before its month before its day, the reference date before its own day's dates", func(t *testing.T) *builder {
			return newDoc(t, "Today, in September of this year, the port opens.").
				date("Today", "2024-09-04").date("September", "2024-09").date("this year", "2024")
		}, &ref, []string{"year 2024", "d3 gap-0", "d2 gap-3", "ref gap-1", "d1 gap-0"}},
		{"now is the reference date", func(t *testing.T) *builder {
			return newDoc(t, "Rents are now high; they rose last week.").date("now", "PRESENT_REF").date("last week", "2024-W35")
		}, &ref, []string{"year 2024", "d2 gap-0", "ref gap-2", "d1 gap-0"}},
		{"without a reference date: no marker, and now has no place", func(t *testing.T) *builder {
			return newDoc(t, "It is now March; the dam broke on 2 May 1889.").date("now", "PRESENT_REF").date("March", "XXXX-03").date("2 May 1889", "1889-05-02")
		}, nil, []string{"year 1889", "d3 gap-0", "undated", "d1", "d2"}},
		{"times of a day in their order, and years before Christ", func(t *testing.T) *builder {
			return newDoc(t, "At 9 p.m. Monday, after Monday morning, scholars spoke of 480 BC.").
				date("9 p.m. Monday", "2024-09-02T21:00").date("Monday morning", "2024-09-02TMO").date("480 BC", "BC0480")
		}, &ref, []string{"year 480 BC", "d3 gap-0", "year 2024", "d2 gap-4", "d1 gap-0", "ref gap-1"}},
		{"only durations: no timeline, no heading", func(t *testing.T) *builder {
			b := newDoc(t, "The talks took three days.").date("three days", "P3D")
			b.doc.Dates[0].Type = "DURATION"
			return b
		}, &ref, []string{"d1"}},
	}
	for _, c := range cases {
		b := c.build(t)
		b.doc.ReferenceDate = c.ref
		out := Panel(b.doc)
		if err := wellFormed(out); err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, out)
		}
		if got := timelineOf(out); strings.Join(got, ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%s:\n got  %v\n want %v\n%s", c.name, got, c.want, out)
		}
		// every date is listed once, with its value in words
		for _, d := range b.doc.Dates {
			if n := strings.Count(out, `data-target="`+d.ID+`"`); n != 1 {
				t.Errorf("%s: %s listed %d times", c.name, d.ID, n)
			}
		}
		if c.ref != nil && strings.Contains(out, `class="dates timeline"`) &&
			!strings.Contains(out, `<span class="label">Reference date</span> <time class="value" datetime="2024-09-04">Wednesday 4 September 2024</time>`) {
			t.Errorf("%s: reference date not marked\n%s", c.name, out)
		}
	}
}

// FuzzTimeline gives the panel dates with arbitrary values, types and reference dates: the panel
// must stay well formed and list every date exactly once, on the timeline or off it.
func FuzzTimeline(f *testing.F) {
	f.Add("2024-09", "DATE", "P3D", "DURATION", "2024-09-04")
	f.Add("BC0480", "DATE", "2024-W36-WE", "DATE", "")
	f.Add("2024-09-02TNI", "TIME", "PRESENT_REF", "DATE", "not a date")
	f.Add("19", "DATE", "XXXX-WXX-1", "SET", "2024-02-30")
	f.Fuzz(func(t *testing.T, v1, t1, v2, t2, ref string) {
		b := newDoc(t, "first and second").date("first", v1).date("second", v2)
		b.doc.Dates[0].Type, b.doc.Dates[1].Type = t1, t2
		if ref != "" {
			b.doc.ReferenceDate = &ref
		}
		out := Panel(b.doc)
		if err := wellFormed(out); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		for _, id := range []string{"d1", "d2"} {
			if n := strings.Count(out, `data-target="`+id+`"`); n != 1 {
				t.Fatalf("%s listed %d times\n%s", id, n, out)
			}
		}
	})
}
