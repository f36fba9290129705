// Sentences: marks the token that opens each sentence. A sentence ends at . ! ? or … (and a
// closing mark after one) before a capital, a digit or an opening mark, or at a line break.
//
// A period after an abbreviation (Mr., Sen., U.S.) or an initial does not end a sentence, and no
// sentence starts inside a direct quote, so "A. B," he said is one sentence. It does not split at
// semicolons or colons.
package quotes

// markAbbrev sets fAbbr on token i, a period right after a word, when that word is an
// abbreviation, an initial or a capitalised word with dots (U.S): the period ends no sentence.
// tokenize calls it as it cuts each such period.
func markAbbrev(text string, toks []token, i int) {
	t := &toks[i]
	if t.kind == kPunct && text[t.s] == '.' && i > 0 && toks[i-1].kind == kWord && t.flags&fSpace == 0 {
		w := text[toks[i-1].s:toks[i-1].e]
		if toks[i-1].has(cAbbrev) || (len(w) == 1 && toks[i-1].cap()) || (toks[i-1].cap() && containsDot(w)) {
			t.flags |= fAbbr
		}
	}
}

// markSentences sets fSent on the token that opens each sentence, and records in every token
// where its sentence and paragraph start and (indexEnds) where its sentence ends, so that the
// rules look them up in constant time however long a sentence runs.
func markSentences(text string, toks []token, dq []dquote) {
	var s, p int32
	for i := range toks {
		t := &toks[i]
		if i == 0 || t.flags&fPara != 0 {
			t.flags |= fSent
			p = int32(i)
		} else if (t.q == 0 || dq[t.q-1].open == i) && (t.cap() || t.kind == kMark && (t.role == rOpen || t.role == rEither) ||
			t.kind == kWord && isDigit(rune(text[t.s]))) {
			// a capital, an opening mark or a digit after . ! ? or …, and any closing mark
			b := i - 1
			if toks[b].kind == kMark && (toks[b].role == rClose || toks[b].role == rEither) && b > 0 {
				b--
			}
			if toks[b].kind == kPunct && toks[b].flags&fAbbr == 0 {
				switch text[toks[b].s] {
				case '.', '!', '?':
					t.flags |= fSent
				case 0xe2: // …
					if text[toks[b].s:toks[b].e] == "…" {
						t.flags |= fSent
					}
				}
			}
		}
		if t.flags&fSent != 0 {
			s = int32(i)
		}
		t.ss, t.ps = s, p
	}
	indexEnds(toks)
}

func containsDot(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}

// indexEnds records in every token the index after the last token of its sentence.
func indexEnds(toks []token) {
	e := int32(len(toks))
	for i := len(toks) - 1; i >= 0; i-- {
		toks[i].se = e
		if toks[i].flags&fSent != 0 {
			e = int32(i)
		}
	}
}

// sentStart returns the first token of the sentence holding token i.
func sentStart(toks []token, i int) int { return int(toks[i].ss) }

// sentEnd returns the index after the last token of the sentence holding token i.
func sentEnd(toks []token, i int) int { return int(toks[i].se) }
