// This file renders the dates of the side panel as a timeline: the dates that name a stretch of
// the calendar in calendar order, a heading wherever the year changes (a decade or a century
// needs none: it names its years), the reference date marked
// among them, and spacing that grows with the time between neighbours (a class gap-0 … gap-4,
// since the page's CSP allows no inline styles). Durations, sets, "the past" and dates whose year
// is unknown follow in a list of their own. It draws no axis to scale and runs no script.

package render

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/annotate/dates"
)

// placed is one entry of the timeline: a date, or the reference date (ref true).
type placed struct {
	start, end time.Time
	date       annotate.Date
	ref        bool
	order      int // position in the document, to keep equal dates in reading order
}

// writeTimeline writes the dates section's body: the timeline and the undated list.
func writeTimeline(b *strings.Builder, doc *annotate.Document, l labels) {
	var onCal []placed
	var undated []annotate.Date
	refDay, hasRef := referenceDay(doc)
	for i, d := range doc.Dates[:min(len(doc.Dates), listLimit)] { // see listLimit
		v := d.Value
		if v == "PRESENT_REF" && hasRef {
			v = refDay.Format(time.DateOnly) // "now" is the reference date
		}
		if d.Type != "DATE" && d.Type != "TIME" {
			undated = append(undated, d)
			continue
		}
		s, e, ok := dates.Interval(v)
		if !ok {
			undated = append(undated, d)
			continue
		}
		onCal = append(onCal, placed{start: s, end: e, date: d, order: i + 1})
	}
	dated := len(onCal)
	if hasRef && dated > 0 {
		onCal = append(onCal, placed{start: refDay, end: refDay.AddDate(0, 0, 1), ref: true})
	}
	// by start, the longer stretch first ("2024" before "September 2024" before its days), the
	// reference date before the dates of its own day, then in reading order
	sort.SliceStable(onCal, func(i, j int) bool {
		a, c := onCal[i], onCal[j]
		switch {
		case !a.start.Equal(c.start):
			return a.start.Before(c.start)
		case !a.end.Equal(c.end):
			return a.end.After(c.end)
		case a.ref != c.ref:
			return a.ref
		}
		return a.order < c.order
	})

	if dated > 0 {
		b.WriteString(`<ol class="dates timeline" aria-label="Dates in calendar order">`)
		year, headed := 0, false
		for i, p := range onCal {
			// a heading for each year; a decade or a century names its years itself
			if y := p.start.Year(); p.end.After(p.start.AddDate(1, 0, 0)) {
				headed = false
			} else if !headed || y != year {
				year, headed = y, true
				b.WriteString(`<li class="year" aria-hidden="true">`)
				b.WriteString(yearLabel(y))
				b.WriteString(`</li>`)
			}
			gap := 0
			if i > 0 {
				gap = gapClass(p.start.Sub(onCal[i-1].start))
			}
			if p.ref {
				b.WriteString(`<li class="ref gap-`)
				b.WriteString(strconv.Itoa(gap))
				b.WriteString(`"><span class="label">Reference date</span> <time class="value" datetime="`)
				b.WriteString(p.start.Format(time.DateOnly))
				b.WriteString(`">`)
				b.WriteString(escape(dates.Describe(p.start.Format(time.DateOnly), "")))
				b.WriteString(`</time></li>`)
				continue
			}
			b.WriteString(`<li class="when gap-`)
			b.WriteString(strconv.Itoa(gap))
			b.WriteString(`">`)
			writeDateButton(b, p.date, l)
			b.WriteString(`</li>`)
		}
		b.WriteString(`</ol>`)
	}
	if len(undated) > 0 {
		if dated > 0 {
			b.WriteString(`<h3 class="undated-head">Not on the calendar</h3>`)
		}
		b.WriteString(`<ul class="dates undated">`)
		for _, d := range undated {
			b.WriteString(`<li>`)
			writeDateButton(b, d, l)
			b.WriteString(`</li>`)
		}
		b.WriteString(`</ul>`)
	}
	if len(doc.Dates) > listLimit {
		b.WriteString(`<p class="more">The first ` + strconv.Itoa(listLimit) + ` of ` + strconv.Itoa(len(doc.Dates)) +
			` dates are listed; the article and the review show them all.</p>`)
	}
}

// writeDateButton writes a date's entry: the words of the text and their value in words.
func writeDateButton(b *strings.Builder, d annotate.Date, l labels) {
	b.WriteString(`<button type="button" class="goto" data-kind="date" data-target="`)
	b.WriteString(escape(d.ID))
	b.WriteString(`"><span class="said">`)
	b.WriteString(escape(clip(d.Text, 60)))
	b.WriteString(`</span> <span class="value">`)
	b.WriteString(escape(l.date(d)))
	b.WriteString(`</span></button>`)
}

// referenceDay is the document's reference date as a day, if it has one.
func referenceDay(doc *annotate.Document) (time.Time, bool) {
	if doc.ReferenceDate == nil {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, *doc.ReferenceDate)
	return t, err == nil
}

// gapClass sorts the time between two neighbours into five spacings: the same day, within a
// week, within two months, within about a year, and more.
func gapClass(d time.Duration) int {
	const day = 24 * time.Hour
	switch {
	case d < day:
		return 0
	case d <= 7*day:
		return 1
	case d <= 62*day:
		return 2
	case d <= 400*day:
		return 3
	}
	return 4
}

// yearLabel writes a year as a heading: "2024", "480 BC".
func yearLabel(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}
