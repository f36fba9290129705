package eval

import (
	"strings"
	"unicode"
)

// MarkAnyDirect marks as direct every gold quote of c whose content holds a quotation mark of any
// house style, and returns how many it marked. The shared gold (and score.py) count a quote as
// direct only when it holds a double mark (" “ ” „ ‟ « »), so quotes between pairs of
// apostrophes (the New York Times' style) or in single marks (‘ ’, British style) count as
// indirect there, and a finder that reports them as direct is marked down for it. With the gold
// marked this way the direct scores measure direct speech in every style. An opening ‘ or ‹, two
// apostrophes in a row, or a straight ' that opens a word counts; a closing ’ alone does not,
// since it is most often an apostrophe ("the voters’ choice").
func MarkAnyDirect(c *Corpus) int {
	n := 0
	for _, d := range c.Docs {
		runes := d.Runes()
		for i, q := range d.Quotes {
			if !q.Direct && q.Start >= 0 && q.Start <= q.End && q.End <= len(runes) && singleQuoted(runes[q.Start:q.End]) {
				d.Quotes[i].Direct = true
				n++
			}
		}
	}
	return n
}

// singleQuoted reports whether s holds a quotation mark that is no double mark and no apostrophe.
func singleQuoted(s []rune) bool {
	if strings.Contains(string(s), "''") {
		return true
	}
	for i, r := range s {
		switch {
		case r == '‘' || r == '‹':
			return true
		case r == '\'' && (i == 0 || unicode.IsSpace(s[i-1])) && i+1 < len(s) && unicode.IsLetter(s[i+1]):
			return true
		}
	}
	return false
}
