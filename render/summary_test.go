package render

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{``, 0},
		{`“ — ”`, 0},
		{`"We won't stop," `, 3},
		{`a well-known 42-page plan`, 4},
		{"Zoe\u0308 and 東京", 3},
		{`end -- start`, 2},
		{`🙂 fine 🙂`, 1},
	} {
		if got := words(c.in); got != c.want {
			t.Errorf("words(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	b := newDoc(t, `"One two three," said Ann Lee. "Four," said Bo Kim. "Five six," he said. "Seven eight nine ten," someone said. "Eleven," Cy Ng said.`).
		speaker("Ann Lee", "Ann Lee").speaker("Bo Kim", "Bo Kim", "he").speaker("Cy Ng", "Cy Ng").speaker("Di Roe")
	b.quote(`"One two three,"`, "s1", "").quote(`"Four,"`, "s2", "").quote(`"Five six,"`, "s2", "").
		quote(`"Seven eight nine ten,"`, "", "").quote(`"Eleven,"`, "s9", "") // s9 names no speaker
	sum := Summarize(b.doc)
	if sum.Words != 11 {
		t.Errorf("Words = %d, want 11", sum.Words)
	}
	want := []Share{{"s2", "Bo Kim", 2, 3}, {"s1", "Ann Lee", 1, 3}}
	if len(sum.Speakers) != len(want) {
		t.Fatalf("Speakers = %+v, want %+v (Di Roe has no quote; s9 is no speaker)", sum.Speakers, want)
	}
	for i := range want {
		if sum.Speakers[i] != want[i] {
			t.Errorf("Speakers[%d] = %+v, want %+v", i, sum.Speakers[i], want[i])
		}
	}
	if u := sum.Unattributed; u.Quotes != 2 || u.Words != 5 {
		t.Errorf("Unattributed = %+v, want 2 quotes of 5 words", u)
	}
	if p := sum.Percent(sum.Speakers[0]); p != 27 { // 3 of 11
		t.Errorf("Percent = %d, want 27", p)
	}
	// Equal quotes: more words first, then the name.
	b2 := newDoc(t, `"A b," said Zed. "C," said Amy. "D," said Bea.`).speaker("Zed", "Zed").speaker("Bea", "Bea").speaker("Amy", "Amy")
	b2.quote(`"C,"`, "s3", "").quote(`"D,"`, "s2", "").quote(`"A b,"`, "s1", "")
	var names []string
	for _, sh := range Summarize(b2.doc).Speakers {
		names = append(names, sh.Name)
	}
	if got := strings.Join(names, ","); got != "Zed,Amy,Bea" {
		t.Errorf("order %s, want Zed,Amy,Bea", got)
	}
}

func TestSummaryHTML(t *testing.T) {
	if out := SummaryHTML(newDoc(t, "No quotes here.").doc); out != "" {
		t.Errorf("an article without quotes has a summary: %s", out)
	}
	b := newDoc(t, `"One two," said <Ann>. "Three," someone said.`).speaker("<Ann>", "<Ann>")
	b.quote(`"One two,"`, "s1", "").quote(`"Three,"`, "", "")
	out := SummaryHTML(b.doc)
	if err := wellFormed(out); err != nil {
		t.Fatal(err, out)
	}
	order := []string{`Who is quoted`, `<th scope="row">&lt;Ann&gt;</th>`, `<td class="num">1</td>`, `value="67"`, `67%`,
		`Speaker unknown`, `value="33"`, `33%`, `2 quotes, 3 quoted words`}
	wantInOrder(t, out, order)
	if !strings.Contains(Panel(b.doc), `id="panel-summary"`) {
		t.Error("the panel does not show the summary")
	}
}
