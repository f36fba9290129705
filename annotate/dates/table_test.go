package dates

import (
	"strings"
	"testing"
)

// TestTable checks that the scanner finds every word of the lexicon, the tense cues and the named
// words in the table, in lower case, title case and capitals, with what each source says of it,
// and finds nothing for words the table does not hold.
func TestTable(t *testing.T) {
	n := 0
	check := func(w string, ok func(entry) bool) {
		t.Helper()
		if strings.IndexFunc(w[1:], func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 || (w[0] < 'a' || w[0] > 'z') && w[0] != '2' {
			return // the scanner reads words of letters, or of a 2 and letters ("2day")
		}
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			toks := scan(form, nil)
			if len(toks) != 1 || toks[0].k != tWord || !ok(toks[0].lx) {
				t.Errorf("scan(%q) = %+v", form, toks)
			}
		}
		n++
	}
	for w, e := range lexicon {
		check(w, func(got entry) bool {
			return got.cls == e.cls && got.v == e.v && got.plural == e.plural && got.abbr == e.abbr
		})
	}
	for w, c := range cues {
		check(w, func(got entry) bool { return got.cue == c })
	}
	for id, w := range words {
		if w != "" {
			check(w, func(got entry) bool { return got.w == word(id) })
		}
	}
	if n < 500 {
		t.Errorf("checked %d words; the sources hold more", n)
	}
	for _, w := range []string{"bridge", "Mayor", "dayy", "yea", "januaryx", "sundayss", "extraordinarilylongword", "café"} {
		if toks := scan(w, nil); len(toks) != 1 || toks[0].lx != (entry{}) {
			t.Errorf("scan(%q) = %+v, want one word with no entry", w, toks)
		}
	}
}
