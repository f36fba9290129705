package quotes

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// tokenizeRunes is tokenize as it was first written, a rune at a time with the lexicon looked up
// after each word: the reference that tokenize must agree with.
func tokenizeRunes(text string, toks []token) []token {
	var flags uint8
	for i := 0; i < len(text); {
		r, n := runeAt(text, i)
		if isSpaceRune(r) {
			flags |= fSpace
			if r == '\n' || r == '\u2029' || r == '\u2028' {
				flags |= fPara
			}
			i += n
			continue
		}
		t := token{s: int32(i), flags: flags}
		flags = 0
		switch {
		case isWordRune(r):
			if unicode.IsUpper(r) {
				t.flags |= fCap
			}
			j := i + n
			for j < len(text) {
				if b := text[j]; 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' {
					j++
					continue
				}
				r2, n2 := runeAt(text, j)
				if isWordRune(r2) {
					j += n2
					continue
				}
				// Inner apostrophes, hyphens and dots stay in the word when a letter follows.
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&' {
					r3, _ := runeAt(text, j+n2)
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			t.kind, t.e = kWord, int32(j)
			t.cls = classOf(text[i:j])
			i = j
		case isMarkRune(r):
			t.kind, t.e = kMark, int32(i+n)
			// Two apostrophes or two backquotes stand for a double quotation mark.
			if (r == '\'' || r == '`') && i+1 < len(text) && text[i+1] == byte(r) {
				t.e++
			}
			i = int(t.e)
		default:
			t.kind, t.e = kPunct, int32(i+n)
			i += n
		}
		toks = append(toks, t)
	}
	return toks
}

// tokenizeCases are texts that exercise each path of tokenize: ASCII and other letters, capitals
// inside words, joiners with and without a letter after them, doubled marks, every kind of white
// space and line break, invalid UTF-8, and words longer than the lexicon's longest.
var tokenizeCases = []string{
	"",
	"  \t\r\n\f\v ",
	"Mayor Ruiz said: “We won’t wait,” and SAID it twice. He’s O'Brien's aide; AT&T's U.S. unit.",
	"iPhone McDonald's e-mail co-op 1990s '90s ''quoted'' ``quoted'' don't- end. rock'n'roll",
	"Ça va? Éric dit «non» — Zoë’s café; ΑΘΗΝΑ Αθήνα; 東京「引用」『二重』; ＂x＂ ‘a’ „b“ ‚c‘ ‹d›",
	"line\u2028sep\u2029para\u00a0nbsp\u2009thin\u202fnarrow\u200bzero\u3000ideo\u0085nel",
	"bad \xff\xfe bytes \xe2\x80 cut\xc3",
	"Supercalifragilisticexpialidocious ANTIDISESTABLISHMENTARIANISM-ish x.y.z. a&b & c",
	"café\u0301 combining n\u0303 K\u212a Kelvin İstanbul",
}

// TestTokenize checks tokenize against tokenizeRunes, with the periods of abbreviations marked
// after it, on texts written for each of its paths.
func TestTokenize(t *testing.T) {
	for _, text := range append(tokenizeCases, benchText(20000)) {
		checkTokenize(t, text)
	}
}

func checkTokenize(t *testing.T, text string) {
	t.Helper()
	got, want := tokenize(text, nil), tokenizeRunes(text, nil)
	for i := range want {
		markAbbrev(text, want, i)
	}
	if !slices.Equal(got, want) {
		for k := range min(len(got), len(want)) {
			if got[k] != want[k] {
				t.Fatalf("%q: token %d is %+v, want %+v", text[max(0, got[k].s-20):min(len(text), int(got[k].e)+20)], k, got[k], want[k])
			}
		}
		t.Fatalf("%.200q: %d tokens, want %d", text, len(got), len(want))
	}
}

// FuzzTokenize checks tokenize against tokenizeRunes on any input.
func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizeCases {
		f.Add(s)
	}
	f.Add(strings.Repeat("Ab’c-d.e&F ", 3))
	f.Fuzz(func(t *testing.T, text string) { checkTokenize(t, text) })
}
