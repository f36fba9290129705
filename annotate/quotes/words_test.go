package quotes

import (
	"strings"
	"testing"
)

// probeWords are words to ask the look-ups about: every lexicon word in several cases, and
// words the lists do not hold, some sharing a fingerprint's parts with words they do hold.
func probeWords() []string {
	ws := []string{"", "a", "A", "Was", "WAS", "wAs", "wax", "iPhone", "Über", "über", "ÉTÉ", "said.",
		"K", "\u212Aing", "İs", "saying’", "he’s", "He’s", "HE’S", "abcdefghijklmnopqrstuvwxyz",
		"Abcdefghijklmnopqrstuvwx", "Abcdefghijklmnopqrstuvwxy", "x\x80", "\xff"}
	for w := range lex {
		ws = append(ws, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w), w+"s", w[:len(w)-1]+"q")
	}
	return ws
}

// TestWordTable checks the lexicon's table against the map it is built from: as written, and in
// lower case when the word starts with an ASCII capital.
func TestWordTable(t *testing.T) {
	for _, w := range probeWords() {
		want := uint32(0)
		if len(w) > 0 && len(w) <= maxWord {
			if 'A' <= w[0] && w[0] <= 'Z' {
				want = lookupLower(lex, w)
			} else {
				want = lex[w]
			}
		}
		if got := classOf(w); got != want {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestWords checks each way of asking a words list against indexing its map: get as written,
// lower as strings.ToLower, fold with only the ASCII capitals folded.
func TestWords(t *testing.T) {
	sets := map[string]*words[bool]{"ingCues": ingCues, "passiveAux": passiveAux, "particles": particles,
		"finiteVerbs": finiteVerbs, "documents": documents, "possessives": possessives,
		"objectPronouns": objectPronouns, "quantifiers": quantifiers}
	probes := probeWords()
	for name, s := range sets {
		for w := range s.m {
			probes = append(probes, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
		for _, w := range probes {
			if got, want := s.get(w), s.m[w]; got != want {
				t.Errorf("%s.get(%q) = %v, want %v", name, w, got, want)
			}
			if got, want := s.lower(w), s.m[strings.ToLower(w)]; got != want {
				t.Errorf("%s.lower(%q) = %v, want %v", name, w, got, want)
			}
			want := len(w) <= maxWord && lookupLower(s.m, w)
			if got := s.fold(w); got != want {
				t.Errorf("%s.fold(%q) = %v, want %v", name, w, got, want)
			}
		}
	}
	if got := prepCues.get("talked"); got != "about" {
		t.Errorf(`prepCues.get("talked") = %q, want "about"`, got)
	}
	if got := stancePrep.lower("Criticism"); got != "|of|" {
		t.Errorf(`stancePrep.lower("Criticism") = %q, want "|of|"`, got)
	}
}

// TestFraction checks fraction, which folds ASCII capitals without copying the word, against
// the definition it replaced: the word in lower case is "half" or "majority", or ends in a
// hyphen and a fraction's plural.
func TestFraction(t *testing.T) {
	plain := func(w string) bool {
		w = strings.ToLower(w)
		return w == "half" || w == "majority" || strings.HasSuffix(w, "-thirds") || strings.HasSuffix(w, "-third") ||
			strings.HasSuffix(w, "-quarters") || strings.HasSuffix(w, "-fifths") || strings.HasSuffix(w, "-fourths")
	}
	ws := append(probeWords(), "half", "Half", "HALF", "halves", "behalf", "majority", "Majority", "minority",
		"two-thirds", "Two-Thirds", "TWO-THIRDS", "one-third", "three-quarters", "four-fifths", "three-fourths",
		"thirds", "-third", "two-thirdſ", "ÜBER-THIRDS", "Zwei-Drittel", "one-Third", "tWo-tHiRdS")
	for _, w := range ws {
		if got, want := fraction(w), plain(w); got != want {
			t.Errorf("fraction(%q) = %v, want %v", w, got, want)
		}
	}
}
