// Tokens: the text cut once into words, punctuation and quotation marks, with byte offsets and
// the facts later stages ask about each (capitalised, first in its paragraph, lexicon classes).
//
// It does not decide which marks are quotation marks or where sentences end; marks.go and
// sentences.go do that on top of these tokens.
package quotes

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  uint8 = iota // letters and digits, with inner apostrophes, hyphens and dots
	kPunct              // any other single character
	kMark               // a character that may be a quotation mark or an apostrophe
)

// Token flags.
const (
	fCap   uint8 = 1 << iota // the word starts with an upper-case letter
	fPara                    // a line break precedes the token: it opens a paragraph
	fSpace                   // white space precedes the token
	fSent                    // the token opens a sentence
	fAbbr                    // a period that follows an abbreviation or an initial
)

type token struct {
	s, e  int32
	kind  uint8
	flags uint8
	fam   uint8 // for marks: the mark family (see marks.go)
	role  uint8 // for marks: open, close, either, or apostrophe
	cls   uint32
	q     int32 // index+1 of the direct quote this token lies in, or 0
	ss    int32 // the first token of its sentence
	se    int32 // the token after the last of its sentence
	ps    int32 // the first token of its paragraph
}

func (t *token) has(c uint32) bool { return t.cls&c != 0 }
func (t *token) cap() bool         { return t.flags&fCap != 0 }

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u2009' ||
		r == '\u202f' || r == '\u200b' || r == '\u3000' || (r > 0x7f && unicode.IsSpace(r))
}

// runeAt decodes the rune at byte i, or 0 at the end of text.
func runeAt(text string, i int) (rune, int) {
	if i >= len(text) {
		return 0, 0
	}
	if b := text[i]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// runeBefore decodes the rune ending at byte i, or 0 at the start of text.
func runeBefore(text string, i int) rune {
	if i <= 0 {
		return 0
	}
	if b := text[i-1]; b < utf8.RuneSelf {
		return rune(b)
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

// Byte kinds, for the fast path of tokenize. The kinds of word bytes are 4, 5 and 6, so that
// one unsigned comparison tests for any of them, and only bUpper is odd.
const (
	bPunct uint8 = iota // any other ASCII byte
	bSpace              // white space within a line
	bLine               // a line break (the same bit as fPara)
	bHigh               // a byte of a multi-byte character, or an invalid one
	bLower              // a-z
	bUpper              // A-Z
	bDigit              // 0-9
	bMark               // " ' `
)

// tokenize sets fPara with bLine's bit: this fails to compile if they differ.
var _ = [1]struct{}{}[bLine^fPara]

// byteKinds holds the kind of each byte, and lowerBytes each byte with ASCII capitals folded.
var byteKinds, lowerBytes = func() (k, l [256]uint8) {
	for b := range k {
		c := byte(b)
		l[b] = fold(c)
		switch {
		case c >= utf8.RuneSelf:
			k[b] = bHigh
		case c == '\n':
			k[b] = bLine
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			k[b] = bSpace
		case 'a' <= c && c <= 'z':
			k[b] = bLower
		case 'A' <= c && c <= 'Z':
			k[b] = bUpper
		case '0' <= c && c <= '9':
			k[b] = bDigit
		case c == '"' || c == '\'' || c == '`':
			k[b] = bMark
		}
	}
	return k, l
}()

// FNV-1a, with which tokenize hashes each word for the lexicon as it reads it.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// tokenize cuts text into tokens, appending to toks, and marks the periods of abbreviations
// (markAbbrev). It reads ASCII a byte at a time through byteKinds, runs of letters and digits in
// a loop of their own, and hashes each word for the lexicon (as hashFold would) while it reads it.
func tokenize(text string, toks []token) []token {
	var flags uint8
	for i := 0; i < len(text); {
		b := text[i]
		kind := byteKinds[b]
		if kind == bSpace || kind == bLine {
			flags |= fSpace | kind&bLine // bLine has the bit of fPara, bSpace not
			i++
			continue
		}
		r, n := rune(b), 1
		if kind == bHigh {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isSpaceRune(r) {
				flags |= fSpace
				if r == '\u2029' || r == '\u2028' {
					flags |= fPara
				}
				i += n
				continue
			}
		}
		t := token{s: int32(i), flags: flags}
		flags = 0
		switch {
		case kind-bLower <= bDigit-bLower || kind == bHigh && isWordRune(r):
			if kind == bUpper || kind == bHigh && unicode.IsUpper(r) {
				t.flags |= fCap
			}
			h, caps := fnvOffset, kind
			for k := i; k < i+n; k++ {
				h = (h ^ uint32(lowerBytes[text[k]])) * fnvPrime
			}
			j := i + n
			for {
				// a run of ASCII letters and digits
				for j < len(text) {
					c := text[j]
					k := byteKinds[c]
					if k-bLower > bDigit-bLower {
						break
					}
					caps |= k
					h = (h ^ uint32(lowerBytes[c])) * fnvPrime
					j++
				}
				if j >= len(text) {
					break
				}
				c := text[j]
				if c < utf8.RuneSelf {
					// Inner apostrophes, hyphens and dots stay in the word when a letter follows.
					if c == '\'' || c == '-' || c == '.' || c == '&' {
						if r3, _ := runeAt(text, j+1); isWordRune(r3) {
							h = (h ^ uint32(c)) * fnvPrime
							j++
							continue
						}
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					if r2 != '’' {
						break
					}
					if r3, _ := runeAt(text, j+n2); !isWordRune(r3) {
						break
					}
				}
				for k := j; k < j+n2; k++ {
					h = (h ^ uint32(text[k])) * fnvPrime
				}
				j += n2
			}
			t.kind, t.e = kWord, int32(j)
			t.cls = lexTable.lookup(text[i:j], h, caps&1 != 0)
			i = j
		case kind == bMark || kind == bHigh && isMarkRune(r):
			t.kind, t.e = kMark, int32(i+n)
			// Two apostrophes or two backquotes stand for a double quotation mark.
			if (b == '\'' || b == '`') && i+1 < len(text) && text[i+1] == b {
				t.e++
			}
			i = int(t.e)
		default:
			t.kind, t.e = kPunct, int32(i+n)
			i += n
		}
		toks = append(toks, t)
		if b == '.' {
			markAbbrev(text, toks, len(toks)-1)
		}
	}
	return toks
}
