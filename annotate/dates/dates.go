// Package dates finds temporal expressions in English text and normalises them to TIMEX3 values,
// resolving relative expressions against a reference date.
//
// It works on the raw text with byte offsets and knows nothing of JSON, code points or the DOM;
// package annotate converts its results into the exported document. It does not find quotes.
package dates

import "time"

// Expr is one temporal expression: a byte range [Start, End) in the text with its TIMEX3 type
// (DATE, TIME, DURATION or SET), value, and modifier (START, MID, END, APPROX, ...; "" for none).
type Expr struct {
	Start, End       int
	Type, Value, Mod string
}

// Find returns the temporal expressions in text in order of their start. ref is the reference
// date; when it is the zero time, relative expressions keep underspecified values (XXXX-08).
func Find(text string, ref time.Time) []Expr {
	return nil
}

// DetectReference looks for the article's own date in text: a dateline, "Published 3 September
// 2024", "Updated: ...", or a by-line date. It returns the date and the byte range it came from.
func DetectReference(text string) (ref time.Time, start, end int, ok bool) {
	return time.Time{}, 0, 0, false
}
