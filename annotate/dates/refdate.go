// This file finds the article's own date near the top of the text: a full date with a year on a
// line that says what it is ("Published 3 September 2024", "Updated: 2024-09-03", "Posted on
// Sept. 3, 2024", a by-line "By Ana Ruiz, Sept. 3, 2024"), on a line of its own ("Tue 3 Sep 2024
// 14.05 BST"), or in a dateline ("WASHINGTON, Sept. 3, 2024 (Reuters) –").
//
// It does not take a full date from running prose ("On March 3, 2021, the council voted"): that
// is what the article is about, not when it was written. A dateline without a year
// ("WASHINGTON, March 3 (Reuters) –") is not accepted either: guessing the year would silently
// misplace every relative date, and the page lets the user type the date instead.

package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// headBytes is how much of the text's start DetectReference reads, and headLines how many of its
// lines may hold a date without a cue word.
const (
	headBytes = 1500
	headLines = 5
)

var refCues = []string{"published", "updated", "posted", "date:", "dated", "by ", "last modified",
	"first published", "issued", "released"}

// DetectReference looks for the article's own date in text: a dateline, "Published 3 September
// 2024", "Updated: ...", or a by-line date. It returns the date and the byte range it came from.
func DetectReference(text string) (ref time.Time, start, end int, ok bool) {
	head := text
	if len(head) > headBytes {
		n := headBytes
		for n > 0 && !utf8.RuneStart(head[n]) {
			n--
		}
		head = head[:n]
	}
	p := parser{text: head, t: scan(head, nil)}
	best, line := 0, 0
	for i := 0; i < len(p.t); i++ {
		if i > 0 && strings.Contains(head[p.t[i-1].e:p.t[i].s], "\n") {
			line++
		}
		m, found := p.calendar(i)
		if !found || m.day.IsZero() {
			continue
		}
		s, e := int(p.t[i].s), int(p.t[m.end-1].e)
		ls := strings.LastIndexByte(head[:s], '\n') + 1
		le := strings.IndexByte(head[e:], '\n')
		if le < 0 {
			le = len(head)
		} else {
			le += e
		}
		before, after := head[ls:s], head[e:le]
		score := 0
		low := strings.ToLower(before)
		for _, cue := range refCues {
			if strings.Contains(low, cue) {
				score = 3
			}
		}
		if score == 0 && line < headLines && (ownLine(before, after) || dateline(before, after)) {
			score = 2
		}
		if score > best {
			best, ref, start, end, ok = score, m.day, s, e, true
		}
		i = m.end - 1
	}
	return ref, start, end, ok
}

// ownLine reports whether a date has its line nearly to itself: a weekday or a clock time may
// stand beside it ("Tue 3 Sep 2024 14.05 BST"), a sentence may not.
func ownLine(before, after string) bool {
	return letters(before) <= 12 && letters(after) <= 12
}

// dateline reports whether a date follows a wire dateline's place and a comma, and is followed
// by an agency or a dash: the city in capitals, then perhaps its state or country as wire style
// writes them ("WASHINGTON, ", "NAIROBI, Kenya, ", "SPRINGFIELD, Ill., ").
func dateline(before, after string) bool {
	b, ok := strings.CutSuffix(strings.TrimSpace(before), ",")
	if !ok {
		return false
	}
	parts := strings.Split(b, ",")
	if len(parts) > 3 || letters(parts[0]) < 3 || strings.ToUpper(parts[0]) != parts[0] {
		return false
	}
	for _, part := range parts[1:] {
		words := strings.Fields(part)
		if len(words) == 0 || len(words) > 3 {
			return false
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
		}
	}
	a := strings.TrimSpace(after)
	return a == "" || strings.HasPrefix(a, "(") || strings.HasPrefix(a, "-") || strings.HasPrefix(a, "–") ||
		strings.HasPrefix(a, "—") || strings.HasPrefix(a, "_")
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
