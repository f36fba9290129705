package quotes

import "testing"

// FuzzFind checks the contract of Find on any input: no panic, spans inside the text and on rune
// boundaries, quotes in start order, and speaker indexes that exist.
func FuzzFind(f *testing.F) {
	for _, c := range cases {
		f.Add(c.text)
	}
	f.Add("\"\"\"''‘’“”«»‹›„ \n\n\"a")
	f.Add("Mr. said: \"")
	f.Add("\xff\xfe“bad” said X")
	f.Add("Minister Says Pier Will Reopen\n\nPrime Minister: “Yes.”")
	f.Add("von der said, who says ' he’s: \"“a” b\" ― Ann\n")
	for _, c := range styleCases {
		f.Add(c.text)
	}
	for _, c := range recallCases {
		f.Add(c.text)
	}
	f.Add("As reported by, As the said, 26% of say, with polls showing")
	f.Add("host: Ann Lee, the host,\n\nHOST: Hi.\n\nQ. Why?\n\nA. No.")
	for _, c := range subjectCases {
		f.Add(c.text)
	}
	// the ends of the list and modifier shapes: a list at the first token, a serial comma at
	// the text's end, a participle before the cue
	f.Add("and cooks said it, said cooks, and")
	f.Add("cooks, and porters said\"a,\" b, c and said.")
	f.Add("Fire crews based said. Fire said")
	for _, c := range outletCases {
		f.Add(c.text)
	}
	// the ends of this pass's shapes: a lost opening mark at the text's start, an absolute
	// clause and an inserted adverb at its edges, a hearing and a headline colon at its end
	f.Add("a b c,” said")
	f.Add("with X saying, however, said")
	f.Add(", court hears")
	f.Add("“a”: b said")
	f.Add("Bell. She said")
	f.Fuzz(func(t *testing.T, text string) {
		qs, ents := Find(text)
		checkInvariants(t, text, qs, ents)
	})
}
