// Transcripts: paragraphs that open with a speaker's name in capitals and a colon, as interview
// and debate transcripts do ("SMITH: We will win."). The rest of the paragraph is what the speaker
// said.
//
// It does not read names in mixed case before a colon; context.go handles "Smith: “…”".
package quotes

import "unicode"

// transcript handles a paragraph that opens with a speaker's name in capitals and a colon, as
// transcripts of interviews and debates do: "SMITH: We will win." The rest of the paragraph is
// what the speaker said.
func (f *finder) transcript(i int) {
	toks := f.toks
	lead := -1
	if f.openMark(i) {
		lead, i = i, i+1
	}
	k := i
	for ; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.kind == kWord && allCaps(f.text[t.s:t.e]) || t.kind == kPunct && t.flags&fAbbr != 0 && k > i {
			continue
		}
		break
	}
	if k == i || k+1 >= len(toks) || !f.punct(k, ':') || toks[k+1].flags&fPara != 0 {
		return
	}
	end := k + 1
	for end+1 < len(toks) && toks[end+1].flags&fPara == 0 {
		end++
	}
	a := attr{src: phrase{a: i, b: k - 1, na: i, nb: k - 1, kind: pName}, cue: Span{int(toks[k].s), int(toks[k].e)},
		cueTok: k, ent: -1, content: Span{int(toks[k+1].s), int(toks[end].e)}}
	if lead >= 0 {
		f.dq[toks[lead].q-1].absorbed = true
	}
	for m := k + 1; m <= end; m++ {
		if f.openMark(m) {
			a.mixed = true
			f.dq[toks[m].q-1].absorbed = true
		}
	}
	f.attrs = append(f.attrs, a)
}

// allCaps reports whether w has two or more letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}
