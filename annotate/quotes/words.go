// Words: the two look-up structures that the rules ask of a word, built so that a look-up costs
// a few byte operations rather than a map's string hash (which WebAssembly computes without the
// hardware help it has natively, and which dominated the finder's profile there).
//
// wordTable holds the lexicon, which most words are looked up in once, by tokenize. words holds
// each small list of the rules ("was", "were", "is" …), which is asked mostly about words that
// are not in it: a bit per fingerprint of the word rejects those before any hashing. Neither
// changes what a look-up answers; TestWords checks them against plain maps.
package quotes

import "strings"

// fold returns b in lower case if it is an ASCII capital.
func fold(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// fingerprintBits is the size of the filter of a words list: of the lexicon's other words,
// 3% pass the filter of an 18-word list and 7% that of a 44-word one.
const fingerprintBits = 1024

// fingerprint hashes the length and the first and last bytes of w, in ASCII lower case, into
// [0, fingerprintBits). w must not be empty.
func fingerprint(w string) uint {
	return (uint(len(w))*131 + uint(lowerBytes[w[0]])*31 + uint(lowerBytes[w[len(w)-1]])*7) % fingerprintBits
}

// filter holds a bit for the fingerprint of each word of a list.
type filter [fingerprintBits / 64]uint64

// may reports whether w passes the filter: false means w is not in the list, in any ASCII case.
func (f *filter) may(w string) bool {
	if w == "" {
		return false
	}
	n := fingerprint(w)
	return f[n/64]&(1<<(n%64)) != 0
}

// words is a list of words with a value for each (true, for a set).
type words[V any] struct {
	filter // the fingerprints of the keys
	m      map[string]V
}

// wordsOf makes a words list of m's keys and values. The empty string may not be a key: the
// rules ask about it whenever a token is not a word.
func wordsOf[V any](m map[string]V) *words[V] {
	s := &words[V]{m: m}
	for w := range m {
		if w == "" {
			panic("quotes: the empty string in a word list")
		}
		n := fingerprint(w)
		s.filter[n/64] |= 1 << (n % 64)
	}
	return s
}

// setOf makes a words list of the words in list, separated by white space, each with the value
// true. A list written as one string is data: a map literal was code, an assignment a word, and
// WebAssembly compiled and ran all of it in the package's init on every page start.
func setOf(list string) *words[bool] {
	ws := strings.Fields(list)
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return wordsOf(m)
}

// valueOf returns the value of w as written, as indexing the map would; get, which the rules
// call, is it (calls_wasm.go, calls_other.go).
func (s *words[V]) valueOf(w string) V {
	if !s.may(w) {
		var zero V
		return zero
	}
	return s.m[w]
}

// lower returns the value of strings.ToLower(w), without allocating when w is ASCII.
func (s *words[V]) lower(w string) V {
	if !s.may(w) && ascii(w) {
		var zero V
		return zero
	}
	if len(w) <= maxWord && ascii(w) {
		return lookupLower(s.m, w)
	}
	return s.m[strings.ToLower(w)]
}

// fold returns the value of w with its ASCII capitals in lower case (other bytes as they are),
// or the zero value for a w longer than maxWord.
func (s *words[V]) fold(w string) V {
	if len(w) > maxWord || !s.may(w) {
		var zero V
		return zero
	}
	return lookupLower(s.m, w)
}

// ascii reports whether w is all ASCII.
func ascii(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// wordTable maps words in lower case to their classes: an open-addressing hash table, with a
// hash computed while folding the word's case, so that a word is looked up in one pass over its
// bytes and a few comparisons.
type wordTable struct {
	keys []string
	cls  []uint32
	mask uint32
}

// hashFold hashes w in ASCII lower case (FNV-1a), and reports whether w has an ASCII capital.
func hashFold(w string) (h uint32, upper bool) {
	h = fnvOffset
	for i := 0; i < len(w); i++ {
		b := w[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
			upper = true
		}
		h = (h ^ uint32(b)) * fnvPrime
	}
	return h, upper
}

// newWordTable builds the table of m, whose keys must be in lower case.
func newWordTable(m map[string]uint32) *wordTable {
	size := 64
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable{keys: make([]string, size), cls: make([]uint32, size), mask: uint32(size - 1)}
	for w, c := range m {
		h, _ := hashFold(w)
		k := h & t.mask
		for t.keys[k] != "" {
			k = (k + 1) & t.mask
		}
		t.keys[k], t.cls[k] = w, c
	}
	return t
}

// classOf returns the classes of w as the lexicon lists it: as written, or in lower case when w
// starts with an ASCII capital ("Said", "SAID"). A word with a capital inside but not first
// ("iPhone") is not in the lexicon.
func (t *wordTable) classOf(w string) uint32 {
	h, upper := hashFold(w)
	return t.lookup(w, h, upper)
}

// lookup is classOf for a w whose hashFold is h and upper.
func (t *wordTable) lookup(w string, h uint32, upper bool) uint32 {
	if len(w) > maxWord || w == "" {
		return 0
	}
	if upper && !('A' <= w[0] && w[0] <= 'Z') {
		return 0 // every key is in lower case, and only a capital first letter is folded
	}
	for k := h & t.mask; ; k = (k + 1) & t.mask {
		key := t.keys[k]
		if key == "" {
			return 0
		}
		if len(key) == len(w) && equalFold(key, w) {
			return t.cls[k]
		}
	}
}

// equalFold reports whether key, in lower case, equals w with its ASCII capitals folded.
func equalFold(key, w string) bool {
	for i := 0; i < len(w); i++ {
		if key[i] != fold(w[i]) {
			return false
		}
	}
	return true
}
