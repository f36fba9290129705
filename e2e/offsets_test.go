//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// TestOffsetsThroughJSAPI sends articles full of multi-byte and multi-unit characters through the
// JS API and checks that the document equals the CLI's, and that in JavaScript every span's text
// is the code point slice [start, end) of the text (Array.from counts code points, not UTF-16
// units).
func TestOffsetsThroughJSAPI(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	cases := map[string]string{
		"emoji":     "👩🏽‍💻 \"We will ship it by Friday,\" said Ana Silva 🚀. \"Soon,\" she added on 3 March 2024.",
		"cjk":       "东京 — \"The market is calm,\" said Ken Sato on Monday. 市场很平静。\"Calm,\" he said.",
		"combining": "Zoe\u0308 Mu\u0308ller said: \"Cafe\u0301 prices rose last week.\" Mu\u0308ller spoke in May.",
		"crlf":      "Title\r\n\r\n\"It is over,\" the minister said on Friday.\r\n\"Really over,\" he added.\r\n",
		"mixed":     "A\r\nB 😀\u0301 \"x y z,\" said Jo Park 東 in 2020.\n\r\n",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			got := apiDoc(tb, text, "2024-09-03")
			if g, w := normal(t, got), normal(t, cli(t, text, "2024-09-03")); g != w {
				t.Fatalf("the JS API and the CLI differ: %s", diff(g, w))
			}
			bad := eval[[]string](tb, `articleAnnotator.annotate(`+js(text)+`, {referenceDate: '2024-09-03'}).then(d => {
				const cp = Array.from(d.text), bad = [];
				const check = (what, s) => { if (s && cp.slice(s.start, s.end).join('') !== s.text) bad.push(what + ' ' + JSON.stringify(s)); };
				d.speakers.forEach(s => s.mentions.forEach(m => check(s.id, m)));
				d.quotes.forEach(q => { check(q.id, q); check(q.id + ' source', q.source); check(q.id + ' cue', q.cue); });
				d.dates.forEach(x => check(x.id, x));
				if (d.text !== `+js(text)+`) bad.push('text changed');
				return bad;
			})`)
			if len(bad) > 0 {
				t.Errorf("spans whose text is not their code point slice in JavaScript: %v", bad)
			}
			if decode(t, got).Quotes == nil {
				t.Error("no quotes array")
			}
		})
	}
	for _, ref := range []string{"'3 September 2024'", "'2024-13-01'", "42"} {
		msg := eval[string](tb, `articleAnnotator.annotate('text', {referenceDate: `+ref+`}).then(() => 'resolved', e => e.message)`)
		if msg == "resolved" || !strings.Contains(msg, "YYYY-MM-DD") {
			t.Errorf("referenceDate %s: %q, want a rejection that names YYYY-MM-DD", ref, msg)
		}
	}
	tb.checkQuiet(server.URL + "/")
}
