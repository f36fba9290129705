// Direct quotes: spans of text between paired quotation marks, marks included.
//
// Marks pair within a paragraph. A quote left open at the end of a paragraph continues only when
// the next paragraph opens with a mark of the same family (the multi-paragraph convention), and
// then each paragraph is its own quote; otherwise the open mark is recovered locally, so one stray
// mark never swallows the rest of the article. A curly closing mark that nothing opened closes a
// quote from the start of its sentence, as when copy lost the opening mark. Marks of another family inside a quote are nested
// quotes and stay part of it, as is a double quote in the same style when the paragraph closes
// both (“… what he calls “hell” …”). It does not decide whether a quote is speech; see Find.
package quotes

// dquote is one direct quote: tokens open..close (close is -1 when the quote runs to the end of
// its paragraph) and its byte span.
type dquote struct {
	s, e        int32
	open, close int
	cont        bool // continues the quote of the previous paragraph
	words       int  // word tokens inside
	attr        int  // index+1 of the attribution that claims it, or 0
	prio        int  // strength of that claim
	absorbed    bool // part of a mixed reported clause
}

// findDirect pairs the mark tokens into direct quotes.
func findDirect(text string, toks []token, out []dquote) []dquote {
	open := -1
	var cont bool
	paraEnd := func(i int) bool { return i+1 >= len(toks) || toks[i+1].flags&fPara != 0 }
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind == kMark && t.role != rApos {
			switch {
			case open < 0:
				// a closing mark that opens a paragraph can only be a mistyped opening one
				if t.role == rOpen || t.role == rEither || t.flags&fPara != 0 && t.fam != famSingle {
					open, cont = i, false
				} else if s := lostOpening(text, toks, i); s >= 0 {
					out = append(out, dquote{s: toks[s].s, e: t.e, open: s, close: i})
				}
			case t.fam != toks[open].fam:
				// a nested quote of another family, or a stray mark of it: part of this quote
			case t.role == rClose || t.role == rEither:
				if t.fam == famSingle && possessive(text, toks, i) {
					break
				}
				out = append(out, dquote{s: toks[open].s, e: t.e, open: open, close: i, cont: cont})
				open = -1
			default:
				// another opening mark of the same family: a nested quote in the other style
				// ("“…”" inside "…"), skipped to its close, or else the earlier mark was stray
				if c := nestedClose(text, toks, open, i); c > 0 {
					i = c
					break
				}
				if c := sameStyleNested(toks, i); c > 0 {
					i = c
					break
				}
				open, cont = i, false
			}
		}
		if open >= 0 && paraEnd(i) {
			last := &toks[i] // not t: a nested quote may have moved i to its close
			next := i + 1
			switch {
			case next < len(toks) && toks[next].kind == kMark && toks[next].fam == toks[open].fam &&
				(toks[next].role == rOpen || toks[next].role == rEither) && toks[open].fam != famSingle:
				out = append(out, dquote{s: toks[open].s, e: last.e, open: open, close: -1, cont: cont})
				open, cont = next, true
				i = next
				continue
			case open == 0 || toks[open].flags&fPara != 0 || cont ||
				(open > 0 && toks[open-1].kind == kPunct && (text[toks[open-1].s] == ':' || text[toks[open-1].s] == ',')):
				// an opening mark that plainly starts speech, never closed: the quote runs to the
				// end of its paragraph
				if i > open {
					out = append(out, dquote{s: toks[open].s, e: last.e, open: open, close: -1, cont: cont})
				}
			}
			open = -1
		}
	}
	for qi := range out {
		q := &out[qi]
		last := q.close
		if last < 0 {
			for last = q.open; last+1 < len(toks) && toks[last+1].s < q.e; last++ {
			}
		}
		for j := q.open; j <= last; j++ {
			toks[j].q = int32(qi + 1)
			if toks[j].kind == kWord {
				q.words++
			}
		}
	}
	return out
}

// lostOpening returns the first word of the sentence that a closing double mark at i ends when
// no mark opened it, as a quote whose opening mark was lost in copy ("The birther story was
// theirs. I finished it,” Trump said.): the mark follows a comma or a full stop, question or
// exclamation mark, and the sentence holds three words at least and no other mark. Else -1.
func lostOpening(text string, toks []token, i int) int {
	t := &toks[i]
	if t.fam != famDouble || t.role != rClose || i < 4 || toks[i-1].kind != kPunct || text[t.s:t.e] != "”" {
		return -1 // a curly mark only: a straight one closing a line is a caption's, as often as not
	}
	switch text[toks[i-1].s] {
	case ',', '.', '?', '!':
	default:
		return -1
	}
	words := 0
	for j := i - 1; j >= 0 && j > i-80; j-- {
		u := &toks[j]
		if u.kind == kMark && u.role != rApos {
			return -1
		}
		if u.kind == kWord {
			words++
		}
		start := u.flags&fPara != 0 || j == 0
		if !start && j < i-1 && u.kind == kPunct && u.flags&fAbbr == 0 {
			c := text[u.s]
			if (c == '.' || c == '?' || c == '!') && toks[j+1].kind == kWord && toks[j+1].cap() {
				j++
				start = true
			}
		}
		if start {
			if words < 3 || toks[j].kind != kWord {
				return -1
			}
			return j
		}
	}
	return -1
}

// nestedClose returns the closing mark of a quote opened at i in a style other than the quote
// open at o (curly inside straight, or straight inside curly), when one closes it before the
// paragraph ends and before o's own style closes; else -1.
func nestedClose(text string, toks []token, o, i int) int {
	straight := func(k int) bool { return text[toks[k].s] == '"' || text[toks[k].s] == '\'' }
	if straight(o) == straight(i) {
		return -1
	}
	for k := i + 1; k < len(toks) && k < i+400 && toks[k].flags&fPara == 0; k++ {
		t := &toks[k]
		if t.kind != kMark || t.fam != toks[o].fam || t.role == rApos {
			continue
		}
		if straight(k) == straight(o) {
			return -1 // the outer quote closes first
		}
		if t.role == rClose || t.role == rEither {
			return k
		}
	}
	return -1
}

// sameStyleNested returns the closing mark of a double quote opened at i inside another double
// quote in the same style (“… what he calls “hell” than …”), when the paragraph holds a close
// for both, the inner's and then the outer's; else -1, and the earlier mark was stray.
func sameStyleNested(toks []token, i int) int {
	if toks[i].fam != famDouble {
		return -1
	}
	depth, inner := 1, -1
	for k := i + 1; k < len(toks) && k < i+400 && toks[k].flags&fPara == 0; k++ {
		t := &toks[k]
		if t.kind != kMark || t.fam != famDouble {
			continue
		}
		switch {
		case t.role == rOpen || t.role == rEither && depth <= 0:
			depth++
		default:
			depth--
		}
		if depth == 0 && inner < 0 {
			inner = k
		}
		if depth < 0 {
			return inner // the outer quote closes too
		}
	}
	return -1
}

// possessive reports whether the closing single mark at i is more likely the apostrophe of a
// plural possessive ("the Smiths’ house"): it follows an s, a lower-case word follows it, and
// another closing single mark comes later in the paragraph.
func possessive(text string, toks []token, i int) bool {
	t := &toks[i]
	if t.s == 0 || text[t.s-1] != 's' || i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.kind != kWord || n.flags&fPara != 0 || n.cap() || n.has(cPronoun|cSpeech) {
		return false
	}
	for j := i + 1; j < len(toks) && j < i+200 && toks[j].flags&fPara == 0; j++ {
		if toks[j].kind == kMark && toks[j].fam == famSingle && (toks[j].role == rClose || toks[j].role == rEither) {
			return true
		}
	}
	return false
}
