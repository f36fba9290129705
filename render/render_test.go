package render

import (
	"strings"
	"testing"
)

func TestHTML(t *testing.T) {
	cases := []struct {
		name string
		doc  *builder
		// want are substrings of the output; not must not appear; text maps a data-id to the text
		// its marks show, joined.
		want, not []string
		text      map[string]string
	}{
		{
			name: "emoji",
			doc: newDoc(t, "👩🏽‍💻 \"We will ship it,\" said Ana Silva 🚀 on Monday.").
				speaker("Ana Silva", "Ana Silva").quote(`"We will ship it,"`, "s1", "said").date("Monday", "2024-09-02"),
			want: []string{`🚀 on <mark data-kind="date" data-id="d1" title="Monday 2 September 2024" tabindex="0">Monday</mark>.`},
			text: map[string]string{"s1": "Ana Silva", "q1": `"We will ship it,"`, "d1": "Monday"},
		},
		{
			name: "CJK",
			doc:  newDoc(t, "东京 “市场很平静”，佐藤健说。2024年3月3日").speaker("佐藤健", "佐藤健").quote("“市场很平静”", "s1", "说").date("2024年3月3日", "2024-03-03"),
			text: map[string]string{"s1": "佐藤健", "q1": "“市场很平静”", "d1": "2024年3月3日"},
		},
		{
			name: "combining marks",
			doc:  newDoc(t, "Zoe\u0308 Mu\u0308ller said: \"Cafe\u0301 prices rose.\"").speaker("Zoe\u0308 Mu\u0308ller", "Zoe\u0308 Mu\u0308ller").quote("\"Cafe\u0301 prices rose.\"", "s1", "said"),
			text: map[string]string{"s1": "Zoe\u0308 Mu\u0308ller", "q1": "\"Cafe\u0301 prices rose.\""},
		},
		{
			name: "CRLF and a quote across a line break",
			doc:  newDoc(t, "Title\r\n\r\n\"It is\r\nover,\" the minister said on Friday.\r\n").speaker("the minister", "the minister").quote("\"It is\r\nover,\"", "s1", "said").date("Friday", "2024-08-30"),
			want: []string{`tabindex="0">&quot;It is</mark>` + "\n" + `<mark data-kind="quote" data-id="q1" data-speaker="s1"`},
			not:  []string{"\r"},
			text: map[string]string{"q1": `"It isover,"`, "s1": "the minister", "d1": "Friday"},
		},
		{
			name: "emphasis inside a quote splits its mark",
			doc:  newDoc(t, `"We *really* owe it," she said.`).speaker("Helen Okafor", "she").quote(`"We *really* owe it,"`, "s1", "said"),
			want: []string{`<em><mark data-kind="quote" data-id="q1" data-speaker="s1" title="Quote by Helen Okafor — cue: said">really</mark></em>`},
			text: map[string]string{"q1": `"We really owe it,"`},
		},
		{
			name: "strong emphasis across a quote boundary",
			doc:  newDoc(t, `He said **"stop now" today**.`).quote(`"stop now"`, "", "said"),
			want: []string{`<strong><mark data-kind="quote" data-id="q1" title="Quote, speaker unknown — cue: said" tabindex="0">&quot;stop now&quot;</mark> today</strong>`},
		},
		{
			name: "speaker nested in a quote",
			doc:  newDoc(t, `"Ask Helen Okafor," he said.`).speaker("Helen Okafor", "Helen Okafor").quote(`"Ask Helen Okafor,"`, "", "said"),
			want: []string{`&quot;Ask <mark data-kind="speaker" data-id="s1"`, `>Helen Okafor</mark>,&quot;</mark>`},
		},
		{
			name: "overlapping spans stay well formed",
			doc:  newDoc(t, `"It ends next week" and more`).quote(`"It ends next`, "", "").date("next week", "2024-W37"),
			want: []string{`tabindex="0">&quot;It ends <mark data-kind="date" data-id="d1" title="the week of 9 September 2024" tabindex="0">next</mark></mark><mark data-kind="date" data-id="d1" title="the week of 9 September 2024"> week</mark>&quot;`},
		},
		{
			name: "markup is not shown and not marked",
			doc:  newDoc(t, "# Harbour news\n\nText.").quote("# Harbour", "", "").date("# ", "2020"),
			want: []string{`<h1><mark data-kind="quote" data-id="q1" title="Quote, speaker unknown" tabindex="0">Harbour</mark> news</h1>`},
			not:  []string{`data-id="d1"`},
		},
		{
			name: "indented text is a code block with marks",
			doc:  newDoc(t, "    Okafor said so\n").speaker("Helen Okafor", "Okafor"),
			want: []string{`<pre><code><mark data-kind="speaker" data-id="s1" title="Helen Okafor — 0 quotes" data-m="1" tabindex="0">Okafor</mark> said so`},
		},
		{
			name: "raw HTML is dropped",
			doc:  newDoc(t, "Hello <script>window.pwned=1</script> and <img src=x onerror=window.pwned=1> world\n\n<script>\nwindow.pwned=2\n</script>\n"),
			want: []string{"&lt;img src=x onerror=window.pwned=1&gt;"}, // not valid raw HTML, so shown as text
			not:  []string{"<script", "<img", "pwned=2"},
		},
		{
			name: "javascript: links are neutralised",
			doc:  newDoc(t, "[x](javascript:window.pwned=1) [y](JaVaScRiPt:alert(1)) [z](<java\tscript:alert(1)>) [d](data:text/html,hi) [ok](https://example.com/a?b=1&c=2) [rel](/about#x)"),
			want: []string{`<a>x</a>`, `<a>y</a>`, `<a>d</a>`, `href="https://example.com/a?b=1&amp;c=2"`, `href="/about#x"`},
			not:  []string{"javascript:", "JaVaScRiPt:", "data:text"},
		},
		{
			name: "images are not loaded",
			doc:  newDoc(t, `![a chart](http://example.com/x.png "t")`),
			want: []string{`<span class="img-alt" title="image not loaded">a chart</span>`},
			not:  []string{"<img", "example.com"},
		},
		{
			name: "names and labels are escaped",
			doc:  newDoc(t, `"Hi," said <b>Bob</b> & Co "x".`).speaker(`Bob" onmouseover="x`, "Bob").quote(`"Hi,"`, "s1", "said"),
			want: []string{`title="Quote by Bob&quot; onmouseover=&quot;x — cue: said"`, `&amp; Co &quot;x&quot;.`},
			not:  []string{`onmouseover="x"`},
		},
		{
			name: "spans outside the text are left out",
			doc: func() *builder {
				b := newDoc(t, "short").speaker("X", "short")
				b.doc.Speakers[0].Mentions[0].End = 99
				return b
			}(),
			not: []string{"<mark"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			full := HTML(c.doc.doc)
			if err := wellFormed(full); err != nil {
				t.Errorf("not well formed: %v\n%s", err, full)
			}
			out := bare(full)
			if err := wellFormed(out); err != nil {
				t.Errorf("not well formed: %v\n%s", err, out)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("missing %q in\n%s", w, out)
				}
			}
			for _, n := range c.not {
				if strings.Contains(out, n) {
					t.Errorf("unwanted %q in\n%s", n, out)
				}
			}
			for id, want := range c.text {
				if got := markedText(out, id); got != want {
					t.Errorf("marks of %s show %q, want %q\n%s", id, got, want, out)
				}
			}
		})
	}
}

func TestOnlyFirstPieceIsATabStop(t *testing.T) {
	out := HTML(newDoc(t, `"a *b* c" d`).quote(`"a *b* c"`, "", "").doc)
	if n := strings.Count(out, `data-id="q1"`); n != 3 {
		t.Fatalf("%d pieces, want 3:\n%s", n, out)
	}
	if n := strings.Count(out, `tabindex="0"`); n != 1 {
		t.Fatalf("%d tab stops, want 1:\n%s", n, out)
	}
}

func TestSafeURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://a.b/c": true, "http://x": true, "mailto:a@b": true, "/a:b": true, "#x": true, "page?q=a:b": true,
		"javascript:x": false, " JAVASCRIPT:x": false, "java\nscript:x": false, "\x01javascript:x": false,
		"data:text/html,x": false, "vbscript:x": false, "file:///etc": false, "blob:x": false,
	} {
		if got := SafeURL(u); got != want {
			t.Errorf("SafeURL(%q) = %v, want %v", u, got, want)
		}
	}
}

func TestLinesWithoutBlankLinesAreParagraphsOfPlainText(t *testing.T) {
	for text, want := range map[string]string{
		"First line.\nSecond line.\r\nThird.\n":  "<p>First line.<br>\nSecond line.<br>\nThird.</p>\n",
		"First line.\nstill first.\n\nSecond.\n": "<p>First line.\nstill first.</p>\n<p>Second.</p>\n",
		"One line only":                          "<p>One line only</p>\n",
	} {
		if got := bare(HTML(newDoc(t, text).doc)); got != want {
			t.Errorf("HTML(%q) = %q, want %q", text, got, want)
		}
	}
}
