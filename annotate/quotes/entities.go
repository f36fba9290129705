// Entities: groups the speaker phrases into one entity per real speaker, and finds every mention
// of each in the text.
//
// A name joins the entity holding its surname unless both carry different first names; letters
// after a name ("MP", "Jr") are no part of it. A title description ("the minister") joins the
// latest person introduced with that title, "the company" the company named last, and "the
// official" the latest description whose head is "official" ("A senior official"; "the people"
// joins "two people familiar with …"). A pronoun joins the latest compatible speaker, with
// gender from honorifics, first names and earlier pronouns, or the person a sentence before it
// is about, or else the person named last before it. The canonical name is the fullest form of
// the name found in the text. It does not track people who are never the source of a quote.
package quotes

import (
	"slices"
	"strings"
)

// Entity kinds.
const (
	ePerson uint8 = iota + 1
	eOrg
	eDesc
)

// Genders.
const (
	gUnknown uint8 = iota
	gMale
	gFemale
)

// businessWords mark a company's name: "Harbour Holdings Ltd" is what "the company" refers to.
var businessWords = setOf(`inc ltd corp co plc llc group holdings company corporation gmbh ag sa
	limited bank airlines motors`)

type entity struct {
	name     Span // canonical name
	nameToks int
	first    string
	known    bool // first is a first name the lexicon knows
	titled   bool // introduced after a title or an honorific: "President Xi Jinping", "Mr Tan Boon Heng"
	surname  string
	key      string // for organisations and descriptions
	head     string // a description's head noun, lower-case: "official" of "A senior official"
	kind     uint8
	gender   uint8
	introA   int // the phrase that introduced it, as tokens
	introB   int
	last     int // token of its latest mention as a source
	mentions []Span
	used     bool
}

func (f *finder) spanOf(a, b int) Span { return Span{int(f.toks[a].s), int(f.toks[b].e)} }

// genderOf reads a gender from the honorifics and first names of phrase p.
func (f *finder) genderOf(p phrase) uint8 {
	for k := p.a; k <= p.b; k++ {
		t := &f.toks[k]
		if t.kind != kWord || !(t.has(cHonor) || t.has(cFirst) || t.has(cTitle)) {
			continue
		}
		m, w := t.has(cMale), t.has(cFemale)
		if m && !w {
			return gMale
		}
		if w && !m {
			return gFemale
		}
	}
	return gUnknown
}

// resolve assigns an entity to every attribution.
func (f *finder) resolve() {
	order := make([]int, len(f.attrs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return f.attrs[x].cueTok - f.attrs[y].cueTok })
	var ents []entity
	descs := map[string]int{}
	f.surnames, f.firsts = map[string][]int{}, map[string][]int{}
	// recent holds the entities used last, the latest at the end; pronouns and titles look back
	// only this far, which keeps resolving linear in the length of the text
	var recent []int
	const recentMax = 24
	latest := func(ok func(e *entity) bool) int {
		for i := len(recent) - 1; i >= 0; i-- {
			if ok(&ents[recent[i]]) {
				return recent[i]
			}
		}
		return -1
	}
	for _, ai := range order {
		a := &f.attrs[ai]
		p := a.src
		if w := f.word(p.a); p.a == p.b && (w == "who" || w == "which") && f.punct(p.a-1, ',') {
			// "The mayor, who said …": the relative pronoun stands for the phrase before it
			if q, ok := phraseBack(f.text, f.toks, p.a-2); ok && q.kind != pPronoun {
				p = q
			}
		}
		at := a.cueTok
		e := -1
		switch p.kind {
		case pPronoun:
			w := strings.ToLower(f.word(p.a))
			if k := strings.IndexAny(w, "'’"); k > 0 {
				w = w[:k] // "he's"
			}
			switch w {
			case "he", "she", "his", "her":
				g := gMale
				if w == "she" || w == "her" {
					g = gFemale
				}
				e = latest(func(x *entity) bool {
					return x.kind == ePerson && (x.gender == g || x.gender == gUnknown) && !f.plural(x)
				})
				if e >= 0 {
					// a speaker named since as the subject of a sentence is nearer: "Ruiz smiled. “…,”
					// she said"; or a person the text named in full before, by surname alone
					if n, q := f.subjectSince(ents, ents[e].last, p.a, g); n >= 0 && n != e {
						e = n
					} else if n < 0 && q.kind == pName {
						e = f.nameEntity(&ents, q)
					}
				}
				if e < 0 {
					// no speaker fits: the person named last before the pronoun
					if q, ok := f.personBefore(p.a, g); ok {
						e = f.nameEntity(&ents, q)
					}
				}
				if e >= 0 && ents[e].gender == gUnknown {
					ents[e].gender = g
				}
			case "they", "it", "their", "its":
				e = latest(func(x *entity) bool { return x.kind != ePerson })
			}
			if e >= 0 {
				ents[e].mentions = append(ents[e].mentions, f.spanOf(p.a, p.b))
			}
		case pName:
			if stand, ok := f.standFor(ai); ok {
				// a transcript's "A:" or "HOST:" is the person the text names for it
				e = f.nameEntity(&ents, stand)
				ents[e].mentions = append(ents[e].mentions, f.spanOf(p.a, p.b))
				break
			}
			if p.na == p.nb && p.na > p.a && f.toks[p.na].has(cEpithet) && strings.EqualFold(f.word(p.a), "the") {
				// "The Spaniard told reporters": the person spoken of last
				if e = latest(func(x *entity) bool { return x.kind == ePerson }); e >= 0 {
					ents[e].mentions = append(ents[e].mentions, f.spanOf(p.a, p.b))
					break
				}
			}
			e = f.nameEntity(&ents, p)
		default:
			head := &f.toks[p.b]
			hw := strings.ToLower(f.word(p.b))
			if head.has(cOrg) && !head.has(cPlural) && strings.EqualFold(f.word(p.a), "the") && p.b == p.a+1 {
				// "the company" after "Harbour Holdings Ltd", "the ministry" after "the Ministry of
				// Health": the latest organisation of that kind
				business := hw == "company" || hw == "firm" || hw == "corporation" || hw == "group"
				e = latest(func(x *entity) bool {
					if x.kind != eOrg {
						return false
					}
					for k := x.introA; k <= x.introB; k++ {
						if strings.EqualFold(f.word(k), hw) || business && businessWords.lower(f.word(k)) {
							return true
						}
					}
					return false
				})
			}
			if ep := p.a + 1; ep <= p.b && (ep == p.b || f.punct(ep+1, ',')) && f.epithet(ep) &&
				strings.EqualFold(f.word(p.a), "the") {
				// "said the 22-year-old", "the Spaniard told reporters": the person spoken of last
				e = latest(func(x *entity) bool { return x.kind == ePerson })
				if e < 0 {
					if q, ok := f.personBefore(p.a, gUnknown); ok {
						e = f.nameEntity(&ents, q)
					}
				}
			}
			if a := f.word(p.a); e < 0 && head.has(cTitle) && !head.has(cPlural) && !strings.EqualFold(a, "a") &&
				!strings.EqualFold(a, "an") && !strings.EqualFold(a, "another") && // "a Democratic senator" is someone new
				!titleModifiers.lower(hw) { // "The White House" is not House Speaker Mike Johnson
				e = latest(func(x *entity) bool {
					if x.kind != ePerson {
						return false
					}
					a := x.introA
					for a > 0 && a > x.introA-3 && f.toks[a-1].kind == kWord && f.toks[a-1].has(cTitle) {
						a-- // "police Chief Sarah Bell", found from "Sarah Bell": the title before the name
					}
					for k := a; k <= x.introB; k++ {
						if strings.EqualFold(f.word(k), hw) {
							return true
						}
					}
					// "Bell disagreed", introduced by surname: the title of the full name before
					return x.introA == x.introB && x.surname != "" && !titleModifiers.get(hw) && f.titledBefore(x.introA, x.surname, p)
				})
			}
			if e < 0 && strings.EqualFold(f.word(p.a), "the") && p.b <= p.a+2 {
				// "The official added" after "A senior official said": the one described before
				if h := f.descHead(p); h != "" {
					e = latest(func(x *entity) bool {
						// a name in the modifier must not differ from the earlier one's: "the GOP
						// leaders" are not "Democratic leaders"; "the PPIC poll" may be "a new poll"
						return x.kind == eDesc && x.head == h && (p.b == p.a+1 || !f.toks[p.a+1].cap() || !f.otherCap(f.word(p.a+1), x.introA, x.introB))
					})
				}
			}
			if e < 0 {
				k := p.a
				if f.toks[k].has(cDet) && k < p.b && f.word(k+1) != "of" {
					k++ // not in "three of whom", "one of the lawyers": a share, told apart by its number
				}
				kb := k             // the key ends before an appositive: "The mayor, who knew it," is the mayor
				list := f.listOf(p) // but a list goes on past its commas: "Teachers, parents and pupils"
				for kb < p.b && (list || !f.punct(kb+1, ',')) {
					kb++
				}
				key := strings.ToLower(f.text[f.toks[k].s:f.toks[kb].e])
				var ok bool
				if e, ok = descs[key]; !ok {
					end := p.a
					for end < p.b && (list || !f.punct(end+1, ',')) {
						end++
					}
					ents = append(ents, entity{name: f.spanOf(p.a, end), key: key, head: f.descHead(p), kind: eDesc, introA: p.a, introB: p.b})
					e = len(ents) - 1
					descs[key] = e
				}
			}
			ents[e].mentions = append(ents[e].mentions, f.spanOf(p.a, p.b))
		}
		if e >= 0 {
			for i, r := range recent {
				if r == e {
					recent = append(recent[:i], recent[i+1:]...)
					break
				}
			}
			if len(recent) == recentMax {
				recent = append(recent[:0], recent[1:]...)
			}
			recent = append(recent, e)
			ents[e].last = at
			if g := f.genderOf(p); g != gUnknown && ents[e].gender == gUnknown {
				ents[e].gender = g
			}
		}
		a.ent = e
	}
	f.ents = ents
}

// otherCap reports whether a capitalised word other than w stands among tokens a to b, past a
// determiner that opens them: "Democratic" in "Democratic leaders" for w "GOP".
func (f *finder) otherCap(w string, a, b int) bool {
	for k := a; k <= b; k++ {
		if t := &f.toks[k]; t.kind == kWord && t.cap() && !(k == a && t.has(cDet)) && f.word(k) != w {
			return true
		}
	}
	return false
}

// descHead is the head noun of description p, lower-case: its last noun for people or office
// before what qualifies it ("official" of "A senior U.S. official", "spokeswoman" of "A
// spokeswoman for the council", "people" of "Two people familiar with the matter"); "" when it
// has none or lists several.
func (f *finder) descHead(p phrase) string {
	if f.listOf(p) {
		return ""
	}
	head := ""
	for k := p.a; k <= p.b; k++ {
		t := &f.toks[k]
		if w := f.word(k); t.kind != kWord || t.has(cPrep) || w == "of" || w == "for" || w == "who" || w == "familiar" {
			break
		}
		if t.has(cDesc|cPlural|cTitle) && !t.has(cPronoun|cDet) {
			head = strings.ToLower(f.word(k))
		}
	}
	return head
}

// listOf reports whether phrase p lists groups with commas and "and", each of at most three
// words: "Teachers, parents and pupils". An appositive ("The sound system, cycling through …")
// is no list.
func (f *finder) listOf(p phrase) bool {
	comma, and, n := false, false, 0
	for k := p.a; k <= p.b; k++ {
		switch w := f.word(k); {
		case f.punct(k, ','):
			comma, n = true, 0
		case w == "and" && comma:
			and, n = true, 0
		case w == "who" || w == "which" || w == "whose":
			return false
		default:
			if n++; n > 3 {
				return false
			}
		}
	}
	return comma && and
}

// plural reports whether entity x was introduced by a plural noun the lexicon knows, which "he"
// or "she" never stands for: "Officials" opening a sentence reads as a name.
func (f *finder) plural(x *entity) bool {
	t := &f.toks[x.introB]
	return t.has(cPlural) && !t.has(cFirst|cHonor|cMale|cFemale) && x.introA == x.introB
}

// standFor returns the person the transcript label of attribution ai stands for, if any.
func (f *finder) standFor(ai int) (phrase, bool) {
	if f.stands == nil {
		return phrase{}, false // most texts: no map to look in
	}
	p, ok := f.stands[ai]
	return p, ok
}

// subjectSince returns the person entity whose surname opens a sentence between tokens from
// and to, or follows a comma as the subject of a verb, the nearest to to, when its gender may
// be g; or -1. Names inside quotes do not count. It looks back over the sentence of to and the
// one before, 60 tokens at most.
func (f *finder) subjectSince(ents []entity, from, to int, g uint8) (int, phrase) {
	toks := f.toks
	if s := sentStart(toks, to); s > 0 {
		from = max(from, sentStart(toks, s-1)-1) // this sentence and the one before
	}
	tried := false
	for k := to - 1; k > from && k > to-60; k-- {
		t := &toks[k]
		if t.kind != kWord || !t.cap() || t.q != 0 || t.cls&(cStop|cPronoun|cDet|cTime) != 0 {
			continue
		}
		s := k
		for s > 0 && toks[s].flags&fSent == 0 && toks[s-1].kind == kWord && toks[s-1].cap() && toks[s-1].has(cFirst|cHonor|cTitle) {
			s-- // "Dana Ruiz", "Ms Ruiz"
		}
		if p, ok := f.appositiveName(k, to); ok {
			// "The club's sporting director, Ines Vidal, was less guarded. “…,” she said"
			for _, c := range f.surnames[f.text[t.s:t.e]] {
				if x := &ents[c]; x.kind == ePerson && (g == gUnknown || x.gender == g || x.gender == gUnknown) {
					return c, phrase{}
				}
			}
			if ng := f.genderOf(p); ng == gUnknown || ng == g {
				return -1, p
			}
			continue
		}
		if toks[s].flags&fSent == 0 && !(f.punct(s-1, ',') && k+1 < to && toks[k+1].kind == kWord && !toks[k+1].cap()) {
			continue // "Ruiz smiled", "Asked about the final, Ruiz smiled"
		}
		cands := f.surnames[f.text[t.s:t.e]]
		for _, c := range cands {
			if x := &ents[c]; x.kind == ePerson && (g == gUnknown || x.gender == g || x.gender == gUnknown) {
				return c, phrase{}
			}
		}
		if len(cands) == 0 && g != gUnknown && s == k && !tried {
			// "Bell disagreed. She said …" after "harbour Chief Sarah Bell": no speaker yet, but
			// the full name earlier gives the surname the pronoun's gender; only the nearest
			// such name is asked, which keeps the look-ups few
			tried = true
			if f.genderBefore(k, f.text[t.s:t.e]) == g {
				return -1, phrase{a: k, b: k, na: k, nb: k, kind: pName}
			}
		}
	}
	return -1, phrase{}
}

// epithet reports whether token k is a noun that news copy uses for a person it has just named:
// an age ("the 22-year-old") or a word of the lexicon's ("the Spaniard", "the teenager").
func (f *finder) epithet(k int) bool {
	t := &f.toks[k]
	return t.kind == kWord && (t.has(cEpithet) || strings.HasSuffix(f.text[t.s:t.e], "-year-old"))
}

// appositiveName reads the name that ends at token k, before token to, when it stands between
// commas after a description that opens its sentence, and a verb follows: "The club's sporting
// director, Ines Vidal, was less guarded". The sentence is about that person.
func (f *finder) appositiveName(k, to int) (phrase, bool) {
	toks := f.toks
	if !f.punct(k+1, ',') || k+2 >= to || toks[k+2].kind != kWord || toks[k+2].cap() || toks[k+2].has(cDet|cPrep) {
		return phrase{}, false
	}
	s := k
	for s > 0 && toks[s-1].kind == kWord && toks[s-1].cap() && !toks[s-1].has(cStop|cTitle) && k-s < 3 {
		s--
	}
	c := s - 1
	if !f.punct(c, ',') {
		return phrase{}, false
	}
	d := sentStart(toks, c)
	if c-d < 2 || c-d > 6 || !toks[c-1].has(cDesc|cTitle) {
		return phrase{}, false
	}
	return phrase{a: s, b: k, na: s, nb: k, kind: pName}, true
}

// personBefore finds the last person named in the 120 tokens before token at whose gender may
// be g: a known first name and a capitalised word after it, or an honorific and a name.
func (f *finder) personBefore(at int, g uint8) (phrase, bool) {
	toks := f.toks
	for k := at - 2; k >= 0 && k > at-120; k-- {
		t := &toks[k]
		if t.kind != kWord || !t.cap() || !toks[k+1].cap() || toks[k+1].kind != kWord {
			continue
		}
		male, female := t.has(cMale), t.has(cFemale)
		if !t.has(cFirst|cHonor) || g == gMale && female && !male || g == gFemale && male && !female {
			continue
		}
		nb := k + 1
		for nb+1 < at && toks[nb+1].kind == kWord && toks[nb+1].cap() && !toks[nb+1].has(cStop) {
			nb++
		}
		na := k
		if t.has(cHonor) {
			na = k + 1
		}
		return phrase{a: k, b: nb, na: na, nb: nb, kind: pName}, true
	}
	return f.subjectNameBefore(at)
}

// subjectNameBefore finds the last name in the 120 tokens before token at that opens a sentence
// or a clause after a comma as its subject: two or three capitalised words the lexicon does not
// know, then a lower-case word ("Ana Ruiz spoke first."). It is what a pronoun refers to when
// nobody before it is named with a first name or an honorific the lexicon knows; the name's
// gender is unknown.
func (f *finder) subjectNameBefore(at int) (phrase, bool) {
	toks := f.toks
	for k := at - 2; k >= 0 && k > at-120; k-- {
		t := &toks[k]
		if t.kind != kWord || !t.cap() || t.cls != 0 {
			continue
		}
		if t.flags&fSent == 0 && !f.punct(k-1, ',') {
			continue
		}
		nb := k
		for nb+1 < at && nb < k+2 && toks[nb+1].kind == kWord && toks[nb+1].cap() && toks[nb+1].cls == 0 &&
			toks[nb+1].flags&fPara == 0 {
			nb++
		}
		if nb == k || nb+1 >= at {
			continue
		}
		if v := &toks[nb+1]; v.kind != kWord || v.cap() || v.has(cStop|cPrep|cDet) && !v.has(cSkip) {
			continue // "Ana Ruiz spoke", "Ana Ruiz has said", not "Boston Harbor in winter"
		}
		return phrase{a: k, b: nb, na: k, nb: nb, kind: pName}, true
	}
	return phrase{}, false
}

// nameEntity finds or creates the entity for a phrase holding a name.
func (f *finder) nameEntity(ents *[]entity, p phrase) int {
	toks := f.toks
	// Letters after a name are no part of it ("Jane Smith MP", "Keir Starmer KC"), nor is a
	// party's or a place's possessive before it ("Labour's Jane Smith"): the surname is Smith.
	for p.nb > p.na && postnominals.get(f.word(p.nb)) {
		p.nb--
	}
	if p.na < p.nb && isPossessive(f.word(p.na)) {
		p.na++
	}
	surname := trimPossessive(f.word(p.nb))
	if n := len(surname); n >= 2 && n <= 32 && 'A' <= surname[1] && surname[1] <= 'Z' && allCaps(surname) && ascii(surname) {
		// a transcript's "OKAFOR:" is the Okafor named before, when one was; the look-up of
		// the bytes converted in the index does not allocate, only a match does
		var buf [32]byte
		b := buf[:n]
		b[0] = surname[0]
		for i := 1; i < n; i++ {
			b[i] = fold(surname[i])
		}
		if len(f.surnames[string(b)]) > 0 {
			surname = string(b)
		}
	}
	first := ""
	if p.na < p.nb && len(f.word(p.na)) > 1 && !particles.lower(f.word(p.na)) {
		first = f.word(p.na)
	}
	org := false
	for k := p.na; k <= p.nb; k++ {
		if toks[k].has(cOrg) && !toks[k].has(cFirst) {
			org = true
		}
	}
	if p.a == p.na-1 && strings.EqualFold(f.word(p.a), "the") {
		org = true
	}
	kind := ePerson
	if org {
		kind = eOrg
	}
	best := -1
	g := f.genderOf(p)
	for _, i := range f.surnames[surname] {
		x := &(*ents)[i]
		if first != "" && x.first != "" && x.first != first {
			continue
		}
		if g != gUnknown && x.gender != gUnknown && x.gender != g {
			continue // "Mr. Reyes" is not Ana Reyes
		}
		if best < 0 || x.last > (*ents)[best].last {
			best = i
		}
	}
	if best < 0 && p.na == p.nb {
		best = f.surnameFirst(*ents, surname, g, p)
	}
	name := f.spanOf(p.na, p.nb)
	name.End -= len(f.word(p.nb)) - len(surname) // "Okafor's" names Okafor
	n := p.nb - p.na + 1
	if n == 1 && p.na > p.a {
		h := p.na - 1
		if toks[h].kind == kPunct && h > p.a {
			h--
		}
		if toks[h].has(cHonor) {
			name = f.spanOf(h, p.nb)
		}
	}
	if best < 0 {
		eg := g
		if eg == gUnknown && kind == ePerson && first == "" && n == 1 {
			// "Watson told council" after "Mayor Jim Watson": the gender of the full name
			// earlier in the text, when only one first name goes with the surname there
			eg = f.genderBefore(p.na, surname)
		}
		*ents = append(*ents, entity{name: name, nameToks: n, first: first, known: first != "" && toks[p.na].has(cFirst),
			titled: p.na > p.a && toks[p.na-1].has(cTitle|cHonor), surname: surname, kind: kind, gender: eg, introA: p.a, introB: p.b})
		best = len(*ents) - 1
		f.surnames[surname] = append(f.surnames[surname], best)
		if x := &(*ents)[best]; x.titled && n >= 2 && first != "" {
			f.firsts[first] = append(f.firsts[first], best)
		}
	} else {
		x := &(*ents)[best]
		if n > x.nameToks {
			x.name, x.nameToks = name, n
		}
		if x.first == "" {
			x.first, x.known = first, first != "" && toks[p.na].has(cFirst)
		}
	}
	(*ents)[best].mentions = append((*ents)[best].mentions, f.spanOf(p.na, p.nb))
	return best
}

// surnameFirst finds the person a single name w refers to whose full name, introduced after a
// title or an honorific, begins with it, as Chinese, Korean and other names put the surname
// first ("Mr Tan" for "Mr Tan Boon Heng", "Xi" for "President Xi Jinping"); -1 when there is
// none. A headline's capitals ("Trump World") are no such name. After an honorific, a known
// first name is no surname: "Mr John" is not John Smith. The person named last wins.
func (f *finder) surnameFirst(ents []entity, w string, g uint8, p phrase) int {
	honor := p.na > p.a && f.toks[p.na-1].has(cHonor)
	best := -1
	for _, i := range f.firsts[w] {
		x := &ents[i]
		if x.kind != ePerson || !x.titled || x.nameToks < 2 || x.first != w || g != gUnknown && x.gender != gUnknown && x.gender != g {
			continue
		}
		if honor && x.known {
			continue
		}
		if best < 0 || x.last > ents[best].last {
			best = i
		}
	}
	return best
}

// postnominals are the letters written after a name, as written: seats (MP, MSP, TD), counsel
// (KC, QC, SC), honours (OBE) and degrees, and the suffixes of a name (Jr, III).
var postnominals = setOf(`MP MSP MS AM MLA MEP MPP MHA MNA TD KC QC SC OBE MBE CBE KBE DBE OM CH FRS
	PhD MD Jr Jr. Sr Sr. II III IV`)

// genderBefore returns the gender of the known first names that stand right before surname in
// the text before token at ("Jim" for "Watson" after "Mayor Jim Watson"), or gUnknown when
// there are none, they have no gender, or two first names go with the surname ("Bill" and
// "Hillary" Clinton).
func (f *finder) genderBefore(at int, surname string) uint8 {
	toks := f.toks
	first := ""
	g := gUnknown
	names := f.fullNamesBefore(at)
	for i := len(names) - 1; i >= 0 && int(names[i]) > at-800; i-- {
		k := int(names[i])
		if t := &toks[k]; int(t.e-t.s) != len(surname) || f.text[t.s:t.e] != surname {
			continue
		}
		u := &toks[k-1]
		if w := f.word(k - 1); first == "" {
			first = w
			if m, fe := u.has(cMale), u.has(cFemale); m != fe {
				g = gMale
				if fe {
					g = gFemale
				}
			}
		} else if w != first {
			return gUnknown
		}
	}
	return g
}

// fullNamesBefore returns the tokens of the surnames after a known first name ("Bell" in
// "Sarah Bell") that come before token at, listing them all once, when first asked.
func (f *finder) fullNamesBefore(at int) []int32 {
	if !f.fullDone {
		f.fullDone = true
		toks := f.toks
		for k := 1; k < len(toks); k++ {
			// a first name, then a capitalised word: the class test first, as few words pass it
			if u := &toks[k-1]; u.cls&cFirst != 0 && u.flags&fCap != 0 && u.kind == kWord {
				if t := &toks[k]; t.flags&fCap != 0 && t.kind == kWord {
					f.fullNames = append(f.fullNames, int32(k))
				}
			}
		}
	}
	n, _ := slices.BinarySearch(f.fullNames, int32(at))
	return f.fullNames[:n]
}

// titledBefore reports whether the words of description p after its determiner all stand among
// the words of title, at most four, right before the last full name with surname before token at: "harbour Chief Sarah
// Bell" for "the chief" and "Bell", but not "Democratic vice presidential nominee Tim Kaine"
// for "the Republican nominee".
func (f *finder) titledBefore(at int, surname string, p phrase) bool {
	toks := f.toks
	names := f.fullNamesBefore(at)
	for i := len(names) - 1; i >= 0 && int(names[i]) > at-800; i-- {
		k := int(names[i])
		if t := &toks[k]; int(t.e-t.s) != len(surname) || f.text[t.s:t.e] != surname {
			continue
		}
		for w := p.a + 1; w <= p.b; w++ {
			found := false
			for m := k - 2; m >= 0 && m > k-6 && toks[m].kind == kWord && !toks[m].has(cSpeech|cThink|cStop|cDet|cPrep) &&
				!isPossessive(f.word(m)); m-- {
				if strings.EqualFold(f.word(m), f.word(w)) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return p.a < p.b
	}
	return false
}

// findMentions adds every occurrence of each named entity's surname (with any first names before
// it) to its mentions, and takes the fullest form as the canonical name.
func (f *finder) findMentions() {
	bySurname := map[string][]int{}
	for i := range f.ents {
		if f.ents[i].used && f.ents[i].surname != "" {
			bySurname[f.ents[i].surname] = append(bySurname[f.ents[i].surname], i)
		}
	}
	if len(bySurname) == 0 {
		return
	}
	// most capitalised words are no surname, and the filter rejects them without hashing
	surnames := wordsOf(bySurname)
	toks := f.toks
	lastFull := make([]int, len(f.ents))
	for k := range toks {
		t := &toks[k]
		if t.kind != kWord || !t.cap() {
			continue
		}
		cands := surnames.get(f.text[t.s:t.e])
		if len(cands) == 0 {
			continue
		}
		if k+1 < len(toks) && toks[k+1].kind == kWord && toks[k+1].cap() && toks[k+1].flags&fSpace != 0 &&
			toks[k+1].flags&fPara == 0 && !toks[k+1].has(cStop|cSpeech) {
			continue // part of a longer name: "Clinton Foundation"
		}
		s := k
		for s > 0 && toks[s-1].kind == kWord && toks[s-1].cap() && !toks[s-1].has(cHonor|cTitle|cDet|cStop|cNation) &&
			toks[s].flags&fPara == 0 && toks[s].flags&fSent == 0 {
			s--
		}
		first := ""
		if s < k {
			first = f.word(s)
		}
		e := -1
		for _, c := range cands {
			x := &f.ents[c]
			if first != "" && x.first != "" && x.first != first {
				continue
			}
			if e < 0 || lastFull[c] > lastFull[e] {
				e = c
			}
		}
		if e < 0 {
			continue
		}
		x := &f.ents[e]
		if first != "" {
			lastFull[e] = k + 1
			// a fuller form becomes the name unless its first word merely opens a sentence
			// ("Poor Mexico, so far from God")
			plain := toks[s].has(cFirst|cHonor) || toks[s].flags&fSent == 0 && !toks[s].has(cNation|cTitle|cStop)
			if n := k - s + 1; n > x.nameToks && (x.first == "" || x.first == first) && len(cands) == 1 && plain {
				x.name, x.nameToks, x.first = f.spanOf(s, k), n, first
			}
		}
		x.mentions = append(x.mentions, f.spanOf(s, k))
	}
}

// sortMentions orders each entity's mentions and drops repeats and overlaps.
func sortMentions(ms []Span) []Span {
	slices.SortFunc(ms, func(a, b Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := ms[:0]
	for _, m := range ms {
		if len(out) > 0 && m.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}

// trimPossessive returns w without a possessive ending: "Okafor's" → "Okafor".
func trimPossessive(w string) string {
	if !isPossessive(w) {
		return w
	}
	if strings.HasSuffix(w, "’s") {
		return w[:len(w)-len("’s")]
	}
	return w[:len(w)-2]
}
