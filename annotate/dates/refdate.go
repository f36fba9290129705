// This file finds the article's own date: a full date with a year near the top of the text,
// preferring one on a line that says so ("Published 3 September 2024", "Updated: 2024-09-03",
// "Posted on Sept. 3, 2024"), then a dateline or by-line date. A dateline without a year
// ("WASHINGTON, March 3 (Reuters) –") is not accepted: guessing the year would silently
// misplace every relative date, and the page lets the user type the date instead.

package dates

import (
	"strings"
	"time"
	"unicode/utf8"
)

// headBytes is how much of the text's start DetectReference reads.
const headBytes = 1500

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
	best := 0
	line := 0
	for i := 0; i < len(p.t); i++ {
		if i > 0 && strings.Contains(head[p.t[i-1].e:p.t[i].s], "\n") {
			line++
		}
		m, found := p.calendar(i)
		if !found || m.day.IsZero() {
			continue
		}
		score := 1
		if line < 3 {
			score = 2
		}
		ls := strings.LastIndexByte(head[:p.t[i].s], '\n') + 1
		prefix := strings.ToLower(head[ls:p.t[i].s])
		for _, cue := range []string{"published", "updated", "posted", "date", "by ", "last modified", "first published"} {
			if strings.Contains(prefix, cue) {
				score = 3
			}
		}
		if score > best {
			best, ref, start, end, ok = score, m.day, int(p.t[i].s), int(p.t[m.end-1].e), true
		}
		i = m.end - 1
	}
	return ref, start, end, ok
}
