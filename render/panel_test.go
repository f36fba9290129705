package render

import (
	"strings"
	"testing"
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
	rest := out
	for _, w := range order {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("%q missing or out of order in\n%s", w, out)
		}
		rest = rest[i+len(w):]
	}
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
