// Transcripts and headlines: paragraphs that open with a speaker's name and a colon, as interview
// and debate transcripts do ("SMITH: We will win.") and headlines too ("John Smith: Harbour Will
// Reopen"). The rest of the paragraph is what the speaker said, a direct quote when the
// transcript is itself quoted ("“SMITH: We will win."), where a line in parentheses only
// ("“(APPLAUSE.)") is a stage direction. Labels such as "Update:" or "Photo:" are not speakers.
//
// It does not read a name before a colon inside a paragraph; context.go handles "Smith: “…”".
package quotes

import (
	"strings"
	"unicode"
)

// transcript handles a paragraph that opens with a speaker's name in capitals and a colon, as
// transcripts of interviews and debates do: "SMITH: We will win." The rest of the paragraph is
// what the speaker said.
func (f *finder) transcript(i int) {
	toks := f.toks
	for n := 0; n < 6 && i+1 < len(toks) && toks[i].kind == kPunct && toks[i+1].flags&fPara == 0 &&
		strings.ContainsAny(f.text[toks[i].s:toks[i].e], "#>*-"); n++ {
		i++ // Markdown: "## John Smith: …", "> SMITH: …"
	}
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
	if k == i+1 && notSpeakers.lower(f.word(i)) {
		return // a kicker in capitals: "BREAKING: …", "UPDATE: …"
	}
	src := phrase{a: i, b: k - 1, na: i, nb: k - 1, kind: pName}
	headline := k == i && lead < 0
	if headline {
		// a headline: "John Smith: Harbour Will Reopen"
		p, ok := phraseFwd(f.text, toks, i, min(len(toks), i+6))
		if !ok || p.kind != pName || notSpeakers.lower(f.word(p.nb)) {
			return
		}
		k, src = p.b+1, p
		if f.toks[i].se-f.toks[i].ss > 30 && i > 0 {
			return // a long line is no headline
		}
	}
	if k == i || k+1 >= len(toks) || !f.punct(k, ':') || toks[k+1].flags&fPara != 0 {
		return
	}
	end := k + 1
	for end+1 < len(toks) && toks[end+1].flags&fPara == 0 {
		end++
	}
	a := attr{src: src, cue: Span{int(toks[k].s), int(toks[k].e)}, cueTok: k, ent: -1}
	if q := k + 1; f.openMark(q) && f.dq[toks[q].q-1].close >= end-1 {
		// "Anna Berg: “Nobody told us.”": the quote is the content
		f.attrs = append(f.attrs, a)
		f.claim(int(toks[q].q-1), len(f.attrs)-1, 1)
		return
	}
	f.clause(&a, k+1, end+1)
	if a.content.IsZero() || f.wordsIn(k+1, end+1) < 2 {
		return
	}
	if !headline {
		if lead >= 0 && end > k+1 && f.closeMark(end) {
			end-- // "“HOST: Thank you.”": the closing mark is no part of the words
		}
		a.content.End = int(toks[end].e) // a transcript keeps the whole turn
	}
	if lead >= 0 {
		// "“SMITH: We will win.": the turn is quoted, a direct quote without its label
		f.dq[toks[lead].q-1].absorbed = true
		a.quoted = true
	}
	f.attrs = append(f.attrs, a)
}

// notSpeakers are labels that a colon follows at the head of a line without anyone speaking.
var notSpeakers = wordsOf(map[string]bool{"update": true, "note": true, "photo": true, "video": true,
	"watch": true, "read": true, "related": true, "correction": true, "clarification": true,
	"listen": true, "source": true, "sources": true, "credit": true, "image": true, "opinion": true,
	"analysis": true, "exclusive": true, "breaking": true, "live": true, "editor": true, "q": true,
	"a": true, "warning": true, "transcript": true, "summary": true, "background": true, "more": true,
	"also": true, "see": true, "tags": true, "topics": true, "by": true, "published": true,
	"updated": true, "posted": true, "latest": true, "filed": true, "contact": true, "email": true, "follow": true})

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

// stageDirection reports whether direct quote d holds only words in parentheses, as a quoted
// transcript notes what happened rather than what was said: "(CROSSTALK.)", "(Applause)".
func (f *finder) stageDirection(d *dquote) bool {
	toks := f.toks
	k := d.open + 1
	if k >= len(toks) || !f.punct(k, '(') {
		return false
	}
	for ; k < len(toks) && toks[k].s < d.e; k++ {
		if f.punct(k, ')') {
			for k++; k < len(toks) && toks[k].s < d.e; k++ {
				if toks[k].kind == kWord {
					return false // "(Laughs) We will win."
				}
			}
			return true
		}
	}
	return false
}
