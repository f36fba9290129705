package edit

import (
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

// TestSnap: each case marks the selection with [ and ], and the snapped one with { and }.
func TestSnap(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The ha[rbo]ur is deep", "The {harbour} is deep"},
		{"The [harbour] is deep", "The {harbour} is deep"},
		{"The[ harbour ]is deep", "The {harbour} is deep"},
		{"The harbo[ur is d]eep", "The {harbour is deep}"},
		{"We [ ] did", "We  {} did"},
		{"We[] did", "We{} did"},
		{"“We [will] win,” she said", "“We {will} win,” she said"},
		{"[“We will win,”] she said", "{“We will win,”} she said"},
		{"She said “[we will win]”", "She said “{we will win}”"},
		{"He wo[n]’t come", "He {won’t} come"},
		{"He won’[t] come", "He {won’t} come"},
		{"It rose [3].5 per cent", "It rose {3.5} per cent"},
		{"It cost 1,[2]00 euros", "It cost {1,200} euros"},
		{"the U.[S] said", "the {U.S} said"},
		{"Mayor Ine\u0301[s] Duarte", "Mayor {Ine\u0301s} Duarte"},
		{"Mayor Ine[\u0301s] Duarte", "Mayor {Ine\u0301s} Duarte"},
		{"Mayor Ine\u0301s[ Duarte ]", "Mayor Ine\u0301s {Duarte} "},
		{"a doctor 👩[🏽]‍⚕️ came", "a doctor {👩🏽‍⚕️} came"},
		{"a doctor 👩🏽‍[⚕]️ came", "a doctor {👩🏽‍⚕️} came"},
		{"a doctor 👩🏽‍⚕[️] came", "a doctor {👩🏽‍⚕️} came"},
		{"flags 🇫[🇷]🇩🇪 here", "flags {🇫🇷}🇩🇪 here"},
		{"flags 🇫🇷[🇩]🇪 here", "flags 🇫🇷{🇩🇪} here"},
		{"heart ❤[️] sign", "heart {❤️} sign"},
		{"end\r[\n]next", "end\r\n{}next"},
		{"end[\r\n]next", "end\r\n{}next"},
		{"end\r[\nne]xt", "end\r\n{next}"},
		{"rock🎸[st]ar", "rock🎸{star}"},
		{"東京[都]に", "東京{都}に"},
		{"word[]", "word{}"},
		{"[]", "{}"},
	}
	for _, c := range cases {
		text, s, e := marked(t, c.in, "[", "]")
		want, ws, we := marked(t, c.want, "{", "}")
		if want != text {
			t.Fatalf("bad case %q", c.in)
		}
		if gs, ge := Snap(text, s, e); gs != ws || ge != we {
			r := []rune(text)
			t.Errorf("Snap(%q) = [%d,%d) %q, want [%d,%d) %q", c.in, gs, ge, string(r[gs:ge]), ws, we, string(r[ws:we]))
		}
	}
}

// marked removes the two markers from s and returns the text and their code point offsets.
func marked(t *testing.T, s, open, close string) (string, int, int) {
	t.Helper()
	i, j := strings.Index(s, open), strings.Index(s, close)
	if i < 0 || j < i {
		t.Fatalf("case %q lacks its markers", s)
	}
	text := s[:i] + s[i+len(open):j] + s[j+len(close):]
	return text, len([]rune(s[:i])), len([]rune(s[:j])) - 1
}

// clusterTexts holds text whose grapheme clusters TestClusterEdges compares with rivo/uniseg's
// implementation of UAX #29.
var clusterTexts = []string{
	article,
	"Ine\u0301s and Zoë (Zoe\u0308) met at the ca\u0301fe\u0301\u0323 🚀",
	"👨‍👩‍👧‍👦 family, 👍🏿 thumbs, 🏳️‍🌈 flag, 🇬🇧🇯🇵🇺 regional run, 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland",
	"keycap 1️⃣ and #️⃣, ☎️ and ☎︎, text\r\nnext\n\rlast",
	"한국어 텍스트 and jamo \u1100\u1161\u11a8 syllable",
	"नमस्ते दुनिया: ক্ষ, and Thai ภาษาไทย",
	" \u0301 a mark after a space, and\t\u0301 after a tab",
}

// TestClusterEdges checks Snap's grapheme cluster rules against rivo/uniseg (a test-only
// dependency: the page does not link it).
func TestClusterEdges(t *testing.T) {
	for _, text := range clusterTexts {
		r := []rune(text)
		want := map[int]bool{0: true, len(r): true}
		g, p := uniseg.NewGraphemes(text), 0
		for g.Next() {
			p += len(g.Runes())
			want[p] = true
		}
		for p := range len(r) + 1 {
			if got := clusterEdge(r, p); got != want[p] && !indic(r, p) {
				t.Errorf("%q: clusterEdge before %d (%q|%q) = %v, UAX #29 says %v", text, p,
					string(r[max(p-2, 0):p]), string(r[p:min(p+2, len(r))]), got, want[p])
			}
		}
	}
}

// indic reports whether p follows a virama: UAX #29 (Unicode 15.1) joins some Indic conjuncts
// across one, which Snap does not.
func indic(r []rune, p int) bool {
	return p >= 1 && p < len(r) && (r[p-1] == '\u094D' || r[p-1] == '\u09CD')
}
