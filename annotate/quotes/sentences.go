// Sentences: marks the token that opens each sentence. A sentence ends at . ! ? or … (and a
// closing mark after one) before a capital, a digit or an opening mark, or at a line break.
//
// A period after an abbreviation (Mr., Sen., U.S.) or an initial does not end a sentence, and no
// sentence starts inside a direct quote, so "A. B," he said is one sentence. It does not split at
// semicolons or colons.
package quotes

// markSentences sets fSent on the token that opens each sentence.
func markSentences(text string, toks []token, dq []dquote) {
	defer indexSentences(toks)
	for i := range toks {
		t := &toks[i]
		if t.kind == kPunct && text[t.s] == '.' && i > 0 && toks[i-1].kind == kWord && t.flags&fSpace == 0 {
			w := text[toks[i-1].s:toks[i-1].e]
			if toks[i-1].has(cAbbrev) || (len(w) == 1 && toks[i-1].cap()) || (toks[i-1].cap() && containsDot(w)) {
				t.flags |= fAbbr
			}
		}
	}
	for i := range toks {
		t := &toks[i]
		if i == 0 || t.flags&fPara != 0 {
			t.flags |= fSent
			continue
		}
		if t.q != 0 && dq[t.q-1].open != i {
			continue
		}
		if !(t.cap() || t.kind == kMark && (t.role == rOpen || t.role == rEither) ||
			t.kind == kWord && isDigit(rune(text[t.s]))) {
			continue
		}
		p := i - 1
		if toks[p].kind == kMark && (toks[p].role == rClose || toks[p].role == rEither) && p > 0 {
			p--
		}
		if toks[p].kind == kPunct && toks[p].flags&fAbbr == 0 {
			switch text[toks[p].s] {
			case '.', '!', '?':
				t.flags |= fSent
			case 0xe2: // …
				if text[toks[p].s:toks[p].e] == "…" {
					t.flags |= fSent
				}
			}
		}
	}
}

func containsDot(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}

// indexSentences records in every token where its sentence and paragraph start and where its
// sentence ends, so that the rules look them up in constant time however long a sentence runs.
func indexSentences(toks []token) {
	var s, p int32
	for i := range toks {
		if toks[i].flags&fSent != 0 {
			s = int32(i)
		}
		if i == 0 || toks[i].flags&fPara != 0 {
			p = int32(i)
		}
		toks[i].ss, toks[i].ps = s, p
	}
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
