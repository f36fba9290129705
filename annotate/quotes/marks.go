// Marks: which characters are quotation marks, and whether each one opens or closes a quote or
// is an apostrophe (don't, '90s, O'Brien, the Smiths' house).
//
// It decides from the characters on each side of a mark only; pairing marks into quotes, and
// recovering from marks left unbalanced, is done in direct.go.
package quotes

// Mark families: a quote opened by one family is closed by the same family.
const (
	famNone    uint8 = iota
	famDouble        // " “ ” „ '' `` ＂
	famSingle        // ' ‘ ’ ‚
	famGuil          // « »
	famGuilS         // ‹ ›
	famCorner        // 「 」 (CJK corner brackets)
	famCornerW       // 『 』 (white corner brackets, quotes inside 「 」)
)

// Mark roles.
const (
	rNone   uint8 = iota
	rOpen         // opens a quote
	rClose        // closes a quote, or is an apostrophe when no quote of its family is open
	rEither       // closes an open quote of its family, or else opens one
	rApos         // an apostrophe, never a quotation mark
)

func isMarkRune(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '”', '„', '‘', '’', '‚', '«', '»', '‹', '›', '＂', '「', '」', '『', '』':
		return true
	}
	return false
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// opensBefore reports whether r, the character before a mark, lets the mark open a quote.
func opensBefore(r rune) bool {
	switch r {
	case 0, '(', '[', '{', '—', '–', '-', '/', ':':
		return true
	}
	return isSpaceRune(r) || isMarkRune(r)
}

// closesAfter reports whether r, the character after a mark, lets the mark close a quote.
func closesAfter(r rune) bool {
	switch r {
	case 0, '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…':
		return true
	}
	return isSpaceRune(r) || isMarkRune(r)
}

// classifyMarks sets the family and role of every mark token.
func classifyMarks(text string, toks []token) {
	for i := range toks {
		t := &toks[i]
		if t.kind != kMark {
			continue
		}
		r, _ := runeAt(text, int(t.s))
		p := runeBefore(text, int(t.s))
		nx, _ := runeAt(text, int(t.e))
		left := !isSpaceRune(nx) && nx != 0 && !closesAfter(nx) && opensBefore(p) // "…word
		right := !isSpaceRune(p) && p != 0 && closesAfter(nx)                     // word…"
		either := func(open, close uint8) uint8 {
			switch {
			case left && !right:
				return open
			case right && !left:
				return close
			}
			return rEither
		}
		switch {
		case t.e-t.s == 2: // '' or ``
			t.fam = famDouble
			if r == '`' {
				t.role = rOpen
			} else {
				t.role = either(rOpen, rClose)
			}
		case r == '"' || r == '＂':
			t.fam, t.role = famDouble, either(rOpen, rClose)
		case r == '「' || r == '『':
			t.fam, t.role = famCorner, rOpen
			if r == '『' {
				t.fam = famCornerW
			}
		case r == '」' || r == '』':
			t.fam, t.role = famCorner, rClose
			if r == '』' {
				t.fam = famCornerW
			}
		case r == '“':
			t.fam, t.role = famDouble, rOpen
			if right && !left {
				t.role = rEither
			}
		case r == '”':
			t.fam, t.role = famDouble, rClose
			if left && !right {
				t.role = rEither
			}
		case r == '„':
			t.fam, t.role = famDouble, rOpen
		case r == '«':
			t.fam, t.role = famGuil, either(rOpen, rClose)
			if t.role == rEither {
				t.role = rOpen
			}
		case r == '»':
			t.fam, t.role = famGuil, either(rOpen, rClose)
			if t.role == rEither {
				t.role = rClose
			}
		case r == '‹':
			t.fam, t.role = famGuilS, rOpen
		case r == '›':
			t.fam, t.role = famGuilS, rClose
		case r == '`':
			t.fam, t.role = famSingle, rOpen
		default: // ' ‘ ’ ‚
			t.fam = famSingle
			switch {
			case shortAnd(text, toks, i):
				t.role = rApos // "rock ’n’ roll", "fish ‘n’ chips"
			case left && isDigit(nx) && r != '‚':
				t.role = rApos // '90s
			case left && !right:
				t.role = rOpen
				if r == '’' {
					t.role = rEither
				}
			case right && !left:
				t.role = rClose
				if r == '‘' {
					t.role = rEither
				}
			default:
				t.role = rApos
			}
		}
	}
}

// shortAnd reports whether the single mark at token i is one of the two around the "n" of "rock
// ’n’ roll": a lone n between two single marks, written close to it.
func shortAnd(text string, toks []token, i int) bool {
	n := i + 1
	if i >= 1 && toks[i-1].kind == kWord && toks[i-1].e == toks[i].s {
		n = i - 1
	}
	if n < 1 || n+1 >= len(toks) || toks[n].kind != kWord || toks[n].e-toks[n].s != 1 || text[toks[n].s]|0x20 != 'n' {
		return false
	}
	a, b := &toks[n-1], &toks[n+1]
	return a.kind == kMark && b.kind == kMark && a.e == toks[n].s && b.s == toks[n].e && a.e-a.s <= 3 && b.e-b.s <= 3
}
