package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

func TestPanel(t *testing.T) {
	b := newDoc(t, `"A," said Ann Lee. "B," said Bo Kim. "C," he said. "D," someone said on Monday.`).
		speaker("Ann Lee", "Ann Lee").speaker("Bo <Kim>", "Bo Kim", "he").
		quote(`"A,"`, "s1", "").quote(`"B,"`, "s2", "said").quote(`"C,"`, "s2", "").quote(`"D,"`, "", "").
		date("Monday", "2024-09-02")
	he := b.span("he", 0)
	b.doc.Quotes[2].Source = &he
	out := Panel(b.doc)
	if err := wellFormed(out); err != nil {
		t.Fatal(err, out)
	}
	// Bo Kim has two quotes, so comes before Ann Lee; the unattributed quote has its own group.
	order := []string{`data-target="s2"`, `Bo &lt;Kim&gt;`, `2 quotes`, `data-target="q2"`, `data-target="q3"`, `he</span>`,
		`data-target="s1"`, `1 quote`, `data-target="q1"`, `Speaker unknown`, `data-target="q4"`,
		`data-target="d1"`, `Monday 2 September 2024`}
	wantInOrder(t, out, order)
	empty := Panel(newDoc(t, "nothing").doc)
	if !strings.Contains(empty, "No quotes found.") || !strings.Contains(empty, "No dates found.") {
		t.Fatal(empty)
	}
}

func TestQuoteLabelNamesTheSourceWords(t *testing.T) {
	b := newDoc(t, `"We owe it," she said.`).speaker("Helen Okafor", "she").quote(`"We owe it,"`, "s1", "said")
	she := b.span("she", 0)
	b.doc.Quotes[0].Source = &she
	if out := HTML(b.doc); !strings.Contains(out, `title="Quote by Helen Okafor (“she”) — cue: said"`) {
		t.Fatal(out)
	}
}

// TestPanelListsAreCapped: a speaker with more quotes than listLimit, and more dates than
// listLimit, list the first listLimit of each and say how many are left out.
func TestPanelListsAreCapped(t *testing.T) {
	var text strings.Builder
	n := listLimit + 7
	for i := 0; i < n; i++ {
		fmt.Fprintf(&text, "\"Line %d,\" said Ann Lee on day %d.\n\n", i, i)
	}
	b := newDoc(t, text.String()).speaker("Ann Lee", "Ann Lee")
	for i := 0; i < n; i++ {
		b.doc.Quotes = append(b.doc.Quotes, annotate.Quote{ID: fmt.Sprintf("q%d", i+1), Span: b.span(fmt.Sprintf("\"Line %d,\"", i), 0), Kind: "direct", Speaker: ptr("s1")})
		b.doc.Dates = append(b.doc.Dates, annotate.Date{ID: fmt.Sprintf("d%d", i+1), Span: b.span(fmt.Sprintf("day %d.", i), 0), Type: "DURATION", Value: "P1D"})
	}
	out := Panel(b.doc)
	if err := wellFormed(out); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what string
		want int
	}{{`data-kind="quote" data-target=`, listLimit}, {`data-kind="date" data-target=`, listLimit}} {
		if got := strings.Count(out, c.what); got != c.want {
			t.Errorf("%d entries %s, want %d", got, c.what, c.want)
		}
	}
	for _, w := range []string{`… and 7 more quotes, not listed`, `The first 250 of 257 dates are listed`, fmt.Sprintf(`data-target="q%d"`, listLimit)} {
		if !strings.Contains(out, w) {
			t.Errorf("the panel lacks %q", w)
		}
	}
	if strings.Contains(out, fmt.Sprintf(`data-target="q%d"`, listLimit+1)) {
		t.Errorf("the panel lists quote %d, past the limit", listLimit+1)
	}
}

// TestPanelSharesItsQuotes: an article with more than quoteEntries quotes lists each speaker's
// first share of them, and says how many more each has.
func TestPanelSharesItsQuotes(t *testing.T) {
	const speakers, each = 100, 30 // 3,000 quotes
	var text strings.Builder
	for i := 0; i < speakers*each; i++ {
		fmt.Fprintf(&text, "\"Line %d,\" said Speaker %d.\n\n", i, i%speakers)
	}
	b := newDoc(t, text.String())
	for s := 0; s < speakers; s++ {
		name := fmt.Sprintf("Speaker %d", s)
		b = b.speaker(name, name+".")
	}
	for i := 0; i < speakers*each; i++ {
		b.doc.Quotes = append(b.doc.Quotes, annotate.Quote{ID: fmt.Sprintf("q%d", i+1), Span: b.span(fmt.Sprintf("\"Line %d,\"", i), 0),
			Kind: "direct", Speaker: ptr(fmt.Sprintf("s%d", i%speakers+1))})
	}
	out := Panel(b.doc)
	if err := wellFormed(out); err != nil {
		t.Fatal(err)
	}
	share := quoteEntries / speakers // 5
	if got, want := strings.Count(out, `data-kind="quote" data-target=`), speakers*share; got != want {
		t.Errorf("%d quotes listed, want %d (%d of each speaker)", got, want, share)
	}
	if got := strings.Count(out, fmt.Sprintf("… and %d more quotes, not listed", each-share)); got != speakers {
		t.Errorf("%d speakers say how many more quotes they have, want %d", got, speakers)
	}
	if got := listShare(quoteEntries, 400, true); got != listLimit {
		t.Errorf("an article of %d quotes lists %d a speaker, want all up to %d", quoteEntries, got, listLimit)
	}
	if got := listShare(50000, 400, true); got != shareMin {
		t.Errorf("401 groups of 50,000 quotes list %d each, want at least %d", got, shareMin)
	}
}

func ptr(s string) *string { return &s }
