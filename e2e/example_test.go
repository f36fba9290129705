//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/annotate/dates"
	"github.com/article-annotator/annotator/examples"
)

// markCounts counts the marks in the article view by kind: speaker mentions by data-id and
// mention number, quotes and dates by data-id (a span split into pieces counts once).
const markCounts = `(() => {
	const seen = {speaker: new Set(), quote: new Set(), date: new Set()};
	for (const m of document.querySelectorAll('#view mark[data-kind]')) {
		seen[m.dataset.kind].add(m.dataset.id + '/' + (m.dataset.m || ''));
	}
	return {speaker: seen.speaker.size, quote: seen.quote.size, date: seen.date.size};
})()`

type counts struct{ Speaker, Quote, Date int }

func docCounts(d *annotate.Document) counts {
	c := counts{Quote: len(d.Quotes), Date: len(d.Dates)}
	for _, s := range d.Speakers {
		c.Speaker += len(s.Mentions)
	}
	return c
}

// exampleFlow clicks "Try an example" and checks what the page shows against the document that
// the JS API and the CLI give for the same text and reference date. It returns that document.
func exampleFlow(t *testing.T, tb *tab) *annotate.Document {
	tb.do(chromedpClick("example"))
	tb.poll(`document.querySelectorAll('#view mark[data-kind]').length > 0`)

	text := eval[string](tb, `document.getElementById('article').value`)
	ref := eval[string](tb, `document.getElementById('refdate').value`)
	if text != examples.Harbour || ref != examples.HarbourReferenceDate {
		t.Fatalf("the example loaded %q with reference date %q", short(text), ref)
	}
	api := apiDoc(tb, text, ref)
	if got, want := normal(t, api), normal(t, cli(t, text, ref)); got != want {
		t.Fatalf("the JS API and the CLI differ on the example: %s", diff(got, want))
	}
	doc := decode(t, api)
	if len(doc.Quotes) == 0 || len(doc.Dates) == 0 || len(doc.Speakers) == 0 {
		t.Errorf("the example should have speakers, quotes and dates; got %+v", docCounts(doc))
	}
	if got, want := eval[counts](tb, markCounts), docCounts(doc); got != want {
		t.Errorf("marks in the view %+v, spans in the document %+v", got, want)
	}
	// Tooltips: a quote names its speaker; a date shows its value in words.
	names := map[string]string{}
	for _, s := range doc.Speakers {
		names[s.ID] = s.Name
	}
	for _, q := range doc.Quotes {
		title := eval[string](tb, fmt.Sprintf(`document.querySelector('#view mark[data-id=%q]')?.title ?? ''`, q.ID))
		want := "Quote, speaker unknown"
		if q.Speaker != nil {
			want = "Quote by " + names[*q.Speaker]
		}
		if !strings.HasPrefix(title, want) {
			t.Errorf("quote %s has title %q, want it to start %q", q.ID, title, want)
		}
	}
	for _, d := range doc.Dates {
		title := eval[string](tb, fmt.Sprintf(`document.querySelector('#view mark[data-id=%q]')?.title ?? ''`, d.ID))
		if want := dates.Describe(d.Value, d.Mod); title != want {
			t.Errorf("date %s (%s) has title %q, want %q", d.ID, d.Value, title, want)
		}
	}
	// The panel lists every speaker, quote and date.
	if got, want := eval[int](tb, `document.querySelectorAll('#panel button[data-target]').length`),
		len(doc.Speakers)+len(doc.Quotes)+len(doc.Dates); got != want {
		t.Errorf("the panel has %d entries, want %d", got, want)
	}
	return doc
}

// TestServedPage covers the served page: ready, the example, marks equal to the document's
// spans, the legend, tooltips on hover and focus, the panel, the reference date, the layout at
// 360 px and in dark mode, and no request beyond the server's own files.
func TestServedPage(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	doc := exampleFlow(t, tb)

	// The legend names the three kinds, and they differ by more than colour.
	styles := eval[map[string]string](tb, `(() => {
		const s = k => getComputedStyle(document.querySelector('.legend .swatch[data-kind="' + k + '"]'));
		return {speakerWeight: s('speaker').fontWeight, speakerLine: s('speaker').textDecorationLine + ' ' + s('speaker').textDecorationStyle,
			quoteLine: s('quote').textDecorationStyle, quoteBg: s('quote').backgroundColor,
			dateBorder: s('date').borderTopStyle,
			legend: document.querySelector('.legend').innerText};
	})()`)
	for k, want := range map[string]string{"speakerWeight": "700", "speakerLine": "underline solid", "quoteLine": "dotted", "dateBorder": "dashed"} {
		if styles[k] != want {
			t.Errorf("legend style %s = %q, want %q", k, styles[k], want)
		}
	}
	for _, w := range []string{"Speaker", "Quote", "Date"} {
		if !strings.Contains(styles["legend"], w) {
			t.Errorf("the legend %q does not name %s", styles["legend"], w)
		}
	}

	// Focusing an attributed quote shows its speaker in a tooltip.
	var q *annotate.Quote
	for i := range doc.Quotes {
		if doc.Quotes[i].Speaker != nil {
			q = &doc.Quotes[i]
			break
		}
	}
	if q == nil {
		t.Fatal("no attributed quote in the example")
	}
	tip := eval[string](tb, fmt.Sprintf(`(() => { const m = document.querySelector('#view mark[data-id=%q]'); m.focus();
		return getComputedStyle(m, '::after').content; })()`, q.ID))
	speakerName := ""
	for _, s := range doc.Speakers {
		if s.ID == *q.Speaker {
			speakerName = s.Name
		}
	}
	if !strings.Contains(tip, speakerName) {
		t.Errorf("focusing quote %s shows %q, want the speaker %q", q.ID, tip, speakerName)
	}

	// Hovering a mention of that speaker outlines the speaker's quotes.
	hoverSpeaker(t, tb, *q.Speaker)
	if n := eval[int](tb, fmt.Sprintf(`document.querySelectorAll('#view mark.linked[data-speaker=%q]').length`, *q.Speaker)); n == 0 {
		t.Errorf("hovering a mention of %s outlines none of its quotes", *q.Speaker)
	}

	// Clicking a panel entry focuses and highlights its mark.
	last := doc.Dates[len(doc.Dates)-1].ID
	tb.do(chromedpClickCSS(fmt.Sprintf(`#panel button[data-target=%q]`, last)))
	tb.poll(fmt.Sprintf(`document.activeElement?.dataset?.id === %q && document.activeElement.classList.contains('flash')`, last))

	// A screenshot for people to look at, with a quote focused; docs/screenshot.png is the README's.
	eval[bool](tb, fmt.Sprintf(`(() => { window.scrollTo(0, 0); document.getElementById('panel').scrollTop = 0; document.querySelector('#view mark[data-id=%q]').focus({preventScroll: true}); return true; })()`, q.ID))
	png := tb.screenshot("main.png")
	if err := os.WriteFile(filepath.Join(root, "docs", "screenshot.png"), png, 0o644); err != nil {
		t.Errorf("saving docs/screenshot.png: %v", err)
	}

	// Changing the reference date re-resolves relative dates.
	before := doc
	tb.do(setDate("refdate", "2026-04-20"))
	tb.poll(`document.getElementById('refnote').textContent.includes('set by you')`)
	after := decode(t, apiDoc(tb, examples.Harbour, "2026-04-20"))
	changed := 0
	for i, d := range after.Dates {
		title := eval[string](tb, fmt.Sprintf(`document.querySelector('#view mark[data-id=%q]')?.title ?? ''`, d.ID))
		if want := dates.Describe(d.Value, d.Mod); title != want {
			t.Errorf("after the date change, %s shows %q, want %q", d.ID, title, want)
		}
		if i < len(before.Dates) && before.Dates[i].Value != d.Value {
			changed++
		}
	}
	if changed == 0 {
		t.Error("no date of the example changed with the reference date")
	}

	// Usable at 360 px: nothing wider than the screen.
	tb.do(emulateWidth(360))
	if w := eval[int](tb, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("at 360 px the page is %d px wide", w)
	}
	tb.screenshot("narrow.png")
	tb.do(emulateWidth(1280), darkMode(true))
	if bg := eval[string](tb, `getComputedStyle(document.body).backgroundColor`); bg == "rgb(255, 255, 255)" {
		t.Error("dark mode keeps a white background")
	}
	tb.screenshot("dark.png")
	tb.do(darkMode(false))

	tb.checkQuiet(server.URL + "/")
}
