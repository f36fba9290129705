package eval

import "testing"

// TestMarkAnyDirect: the sentences are written for this test.
func TestMarkAnyDirect(t *testing.T) {
	cases := []struct {
		content string
		direct  bool // as MarkAnyDirect leaves it, from false
	}{
		{"''We will rebuild the pier,'' she said", true},
		{"‘We will rebuild the pier,’ she said", true},
		{"'We will rebuild the pier,' she said", true},
		{"the pier would be ‘rebuilt by spring’", true},
		{"‹Nous reconstruirons›", true},
		{"the voters’ choice was clear", false},
		{"the council's vote was delayed", false},
		{"the fishermen' boats", false},
		{"no marks at all", false},
	}
	for _, c := range cases {
		text := "Before. " + c.content + " After."
		start := len([]rune("Before. "))
		d := &Doc{Text: text, ScoreQuotes: true, Quotes: []Quote{{Start: start, End: start + len([]rune(c.content))}}}
		corpus := &Corpus{Docs: []*Doc{d}}
		n := MarkAnyDirect(corpus)
		if got := d.Quotes[0].Direct; got != c.direct || n != map[bool]int{true: 1}[c.direct] {
			t.Errorf("%q: direct %v (%d marked), want %v", c.content, got, n, c.direct)
		}
	}
	// A quote already direct stays so and is not counted; one out of range is left alone.
	d := &Doc{Text: "“Yes,” he said.", Quotes: []Quote{{Start: 0, End: 6, Direct: true}, {Start: 3, End: 99}}}
	if n := MarkAnyDirect(&Corpus{Docs: []*Doc{d}}); n != 0 || !d.Quotes[0].Direct || d.Quotes[1].Direct {
		t.Errorf("marked %d: %+v", n, d.Quotes)
	}
}
