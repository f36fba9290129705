// This file holds the table the scanner looks each word up in, once: one entry per lower-case
// word, joining what the lexicon (lexicon.go), the tense cues (resolve.go) and the named words
// (words.go) know of it. The scanner hashes a word's letters, lower-cased, while it reads them,
// so a look-up costs one probe or two and no copy. It does not say what the words mean.

package dates

// maxWord is the length in bytes of the longest word the table can hold; longer words are
// never looked up.
const maxWord = 16

// Hashing of a word's lower-case bytes (FNV-1a, 32 bits), which scan computes as it reads them.
const (
	hashStart = 2166136261
	hashPrime = 16777619
)

func hashByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * hashPrime }

// wordTable is an open-addressing hash table with linear probing, over a power-of-two number of
// slots kept at most a quarter full. The hashes are kept apart from the words and entries, in 16
// KB, so that looking up a word the table does not hold (most words) reads that array only.
type wordTable struct {
	hashes  []uint32 // the hash of each slot's word; 0 for an empty slot
	keys    []string // each slot's word, in lower case
	entries []entry  // each slot's entry
	mask    uint32
}

var table = newTable()

func newTable() *wordTable {
	all := make(map[string]entry, len(lexicon)+len(cues)+len(words))
	for w, e := range lexicon {
		all[w] = e
	}
	for w, c := range cues {
		e := all[w]
		e.cue = c
		all[w] = e
	}
	for id, w := range words {
		if w != "" {
			e := all[w]
			e.w = word(id)
			all[w] = e
		}
	}
	for w, e := range all {
		e.temporal = temporalWord(e)
		switch {
		case e.cls == cKey && !completeKey(e.v):
			e.opens = opensBefore
		case e.cls != cNone && e.cls != cAbbrev:
			e.opens = opensAlways
		}
		all[w] = e
	}
	n := 64
	for n < 4*len(all) {
		n *= 2
	}
	t := &wordTable{hashes: make([]uint32, n), keys: make([]string, n), entries: make([]entry, n), mask: uint32(n - 1)}
	for w, e := range all {
		h := uint32(hashStart)
		for i := 0; i < len(w); i++ {
			h = hashByte(h, w[i])
		}
		if len(w) > maxWord || h == 0 {
			panic("dates: the table cannot hold the word " + w)
		}
		k := h & t.mask
		for t.hashes[k] != 0 {
			k = (k + 1) & t.mask
		}
		t.hashes[k], t.keys[k], t.entries[k] = h, w, e
	}
	return t
}

// find returns the entry of w, a word of ASCII letters whose lower-case bytes hash to h, or the
// zero entry when the table does not hold it.
func (t *wordTable) find(w string, h uint32) entry {
	for k := h & t.mask; ; k = (k + 1) & t.mask {
		switch t.hashes[k] {
		case 0:
			return entry{}
		case h:
			if len(t.keys[k]) == len(w) && equalLower(t.keys[k], w) {
				return t.entries[k]
			}
		}
	}
}

// equalLower reports whether the ASCII letters of w, lower-cased, are the bytes of key.
func equalLower(key, w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != key[i] {
			return false
		}
	}
	return true
}
