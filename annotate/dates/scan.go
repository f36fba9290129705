// This file holds the token scanner. It cuts text into words, numbers and single punctuation
// runes, each with its byte range, whether white space precedes it, and whether a sentence or
// paragraph boundary lies before it. It looks each word up once, in the table of table.go, without allocating.
// It does not recognise any temporal expression: that is patterns.go.

package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	tWord tkind = iota + 1
	tNum
	tPunct
)

// token is one word, number or punctuation rune in the text.
type token struct {
	s, e  int32
	n     int32 // value of a number token (capped), 0 otherwise
	k     tkind
	nd    uint8 // digits of a number token
	gap   bool  // white space (or the start of the text) precedes the token
	brk   bool  // a sentence or paragraph boundary precedes the token
	upper bool  // a word that starts with an upper-case letter
	c     byte  // first byte of a punctuation token
	lx    entry // lexicon entry of a word token (zero when unknown)
}

// scan appends the tokens of text to toks and returns the extended slice.
func scan(text string, toks []token) []token {
	gap, brk := true, true
	quoted := false // a sentence ended inside quotation marks: the break comes after them
	nl := 0
	bare := false // the line before the newline just read ended in a letter or digit
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			gap = true
			brk = brk || quoted
			quoted = false
			i++
			continue
		case c == '\n':
			gap = true
			brk = brk || quoted
			quoted = false
			nl++
			if nl >= 2 {
				brk = true
			}
			if nl == 1 && i > 0 && alnum(text[i-1]) {
				bare = true
			}
			i++
			continue
		}
		if bare && c >= 'A' && c <= 'Z' {
			// a line that ends without a stop before one that opens with a capital: a headline,
			// a caption or a page's line of a pasted article ("... than their budgets\nHouseholds
			// face ..."), not a line wrapped mid-sentence, which goes on in lower case
			brk = true
		}
		nl, bare = 0, false
		toks = append(toks, token{s: int32(i), gap: gap, brk: brk})
		t := &toks[len(toks)-1] // filled in place: a token is 28 bytes, not worth a copy
		gap, brk = false, false
		switch {
		case c >= '0' && c <= '9':
			j, n, nd := i, int32(0), 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if nd < 9 {
					n = n*10 + int32(text[j]-'0')
				}
				nd++
				j++
			}
			t.k, t.n, t.e = tNum, n, int32(j)
			if nd > 255 {
				nd = 255
			}
			t.nd = uint8(nd)
			if nd == 1 && c == '2' && j < len(text) && (text[j]|0x20)-'a' < 26 {
				j = word2(text, i, j, t)
			}
			i = j
		case (c|0x20)-'a' < 26 || c >= utf8.RuneSelf && isLetterAt(text, i):
			j, h, ascii := i, uint32(hashStart), true
			for j < len(text) {
				// an ASCII letter in lower case is from 'a' to 'z'; any other byte, one beyond
				// ASCII too, is outside that range
				if b := text[j] | 0x20; b-'a' < 26 {
					h = hashByte(h, b)
					j++
					continue
				}
				if text[j] < utf8.RuneSelf {
					break
				}
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				ascii = false
				j += n
			}
			t.k, t.e = tWord, int32(j)
			t.upper = c >= 'A' && c <= 'Z'
			if ascii && j-i <= maxWord { // the table holds words of ASCII letters only
				t.lx = table.find(text[i:j], h)
			}
			i = j
		default:
			n := 1
			if c >= utf8.RuneSelf {
				_, n = utf8.DecodeRuneInString(text[i:])
			}
			t.k, t.c, t.e = tPunct, c, int32(i+n)
			i += n
			// A full stop, question or exclamation mark followed by white space ends a sentence,
			// unless it closes a known abbreviation ("Nov.", "a.m."); semicolons end a clause.
			if c == '!' || c == '?' || c == ';' || c == ':' && (i >= len(text) || text[i] < '0' || text[i] > '9') {
				brk = true // a colon between digits ("10:35") is a clock's, and ends no clause
			} else if c == '.' && (i >= len(text) || text[i] == ' ' || text[i] == '\n') {
				if prev := len(toks) - 2; prev < 0 || toks[prev].lx.cls != cAbbrev && !toks[prev].lx.abbr {
					brk = true
				}
			} else if (c == '.' || c == '!' || c == '?') && closesQuote(text[i:]) {
				quoted = true // 'beat up in the spring.'' The figures …': the next sentence
			} else if !quoted || !isQuote(c) {
				quoted = false
			}
		}
	}
	return toks
}

// word2 reads the shorthand of social media that opens with the digit 2 ("2day", "2nite",
// "2moro"): when the digit at i and the ASCII letters after it, from j, make a word of the
// table, t becomes that word and word2 returns its end; otherwise t stays the number and word2
// returns j.
func word2(text string, i, j int, t *token) int {
	h, k := hashByte(hashStart, '2'), j
	for k < len(text) && (text[k]|0x20)-'a' < 26 {
		h = hashByte(h, text[k]|0x20)
		k++
	}
	if k-i > maxWord || k < len(text) && text[k] >= utf8.RuneSelf && isLetterAt(text, k) {
		return j
	}
	if lx := table.find(text[i:k], h); lx.cls != cNone {
		t.k, t.n, t.nd, t.e, t.lx = tWord, 0, 0, int32(k), lx
		return k
	}
	return j
}

func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		b := c | 0x20
		return b >= 'a' && b <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// closesQuote reports whether s begins with closing quotation marks (', ", ’, ”) followed by
// white space or the end of the text.
func closesQuote(s string) bool {
	n := 0
	for len(s) > 0 {
		switch {
		case s[0] == '\'' || s[0] == '"':
			s = s[1:]
		case strings.HasPrefix(s, "’") || strings.HasPrefix(s, "”"):
			s = s[len("’"):]
		default:
			return n > 0 && (s[0] == ' ' || s[0] == '\n' || s[0] == '\t' || s[0] == '\r')
		}
		n++
	}
	return n > 0
}

// isQuote reports whether the first byte of a punctuation token is that of a quotation mark
// (the curly ones start with 0xE2).
func isQuote(c byte) bool { return c == '\'' || c == '"' || c == 0xe2 }

// alnum reports whether c is an ASCII letter or digit.
func alnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
