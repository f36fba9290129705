//go:build e2e

package e2e

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/article-annotator/annotator/annotate"
)

// crew is an article whose speakers the inspector corrects; its sentences are ours.
const crew = `Lena Brandt, who leads the pilots, said the channel was safe. Brandt has led them since spring. "We checked every buoy," Brandt said. Later, Brandt left for the harbour office, and Omar Haddad took the radio. "Fog is coming," Haddad warned. The pilots met again on Monday.`

// openInspector focuses an annotation's mark and moves into its inspector with Enter.
func openInspector(t *testing.T, tb *tab, ref string) {
	t.Helper()
	focusMark(t, tb, ref)
	press(tb, keyEnter)
	tb.poll(`!document.getElementById('inspector').hidden && document.activeElement.closest('#inspector') !== null`)
}

// clickKey presses a button with the keyboard: focus it, then Enter.
func clickKey(tb *tab, id string) {
	tb.t.Helper()
	tb.do(chromedp.Focus(chromedp.ID(id)))
	press(tb, keyEnter)
}

// TestEditSpeakers renames a speaker, splits a mention off into a speaker of its own (its quote
// follows it), and marks all mentions of a name again after one was deleted, all from the
// inspector by keyboard.
func TestEditSpeakers(t *testing.T) {
	tb := openArticle(t, server.URL+"/", crew)
	d := current(t, tb)
	haddad, brandt := speakerNamed(d, "Omar Haddad"), speakerNamed(d, "Lena Brandt")
	if haddad == nil || brandt == nil || len(brandt.Mentions) < 4 {
		t.Fatalf("the engine's speakers are not the ones this test corrects: %+v", d.Speakers)
	}

	// Rename.
	openInspector(t, tb, haddad.ID+".m1")
	tb.do(chromedp.Focus(chromedp.ID("insp-name")), chromedp.Evaluate[chromedp.Void](`document.getElementById('insp-name').select()`))
	press(tb, "Mayor Omar Haddad"+keyEnter)
	d = current(t, tb)
	if s := speakerNamed(d, "Mayor Omar Haddad"); s == nil || s.ID != haddad.ID {
		t.Fatalf("rename: speakers are %+v (status %q)", d.Speakers, status(tb))
	}
	if title := eval[string](tb, `document.querySelector('#view '+`+js(markCSS(haddad.ID+".m1"))+`).title`); !strings.HasPrefix(title, "Mayor Omar Haddad") {
		t.Errorf("the renamed speaker's mark says %q", title)
	}
	press(tb, keyEscape)

	// Split the mention that is the source of "We checked every buoy," off Lena Brandt.
	q := quoteWith(d, `"We checked every buoy,"`)
	if q == nil || q.Source == nil {
		t.Fatalf("no quote with a source to split: %+v", d.Quotes)
	}
	split := ""
	for j, m := range brandt.Mentions {
		if m.Span == *q.Source {
			split = markRef(brandt.ID, j)
		}
	}
	if split == "" {
		t.Fatalf("the quote's source %+v is no mention of %s", q.Source, brandt.ID)
	}
	openInspector(t, tb, split)
	clickKey(tb, "insp-split")
	d = current(t, tb)
	if len(d.Speakers) != 3 {
		t.Fatalf("after the split, speakers are %+v (status %q)", d.Speakers, status(tb))
	}
	nq := quoteWith(d, q.Text)
	if nq.Speaker == nil || *nq.Speaker == brandt.ID {
		t.Errorf("the split mention's quote stayed with %v", nq.Speaker)
	}
	if got := speakerNamed(d, "Lena Brandt"); got == nil || len(got.Mentions) != len(brandt.Mentions)-1 {
		t.Errorf("Lena Brandt after the split: %+v", got)
	}
	press(tb, keyEscape)

	// Delete the last "Brandt" mention of Lena Brandt, then mark all mentions of the name again.
	b := speakerNamed(d, "Lena Brandt")
	last := markRef(b.ID, len(b.Mentions)-1)
	gone := b.Mentions[len(b.Mentions)-1]
	focusMark(t, tb, last)
	press(tb, keyDelete)
	d = current(t, tb)
	if got := speakerNamed(d, "Lena Brandt"); len(got.Mentions) != len(b.Mentions)-1 {
		t.Fatalf("Delete left %+v", got.Mentions)
	}
	openInspector(t, tb, b.ID+".m1")
	clickKey(tb, "insp-markall")
	d = current(t, tb)
	back := false
	for _, m := range speakerNamed(d, "Lena Brandt").Mentions {
		if m.Span == gone.Span && m.By == annotate.ByHuman {
			back = true
		}
	}
	if !back {
		t.Errorf("mark all did not mark %+v again: %+v (status %q)", gone, speakerNamed(d, "Lena Brandt").Mentions, status(tb))
	}
	tb.checkQuiet(server.URL + "/")
}

// markRef is the reference of a speaker's i-th (from 0) mention.
func markRef(speaker string, i int) string { return speaker + ".m" + strconv.Itoa(i+1) }

// TestEditDates marks a date, sets its type, value and mod in the inspector, and checks that a
// new reference date moves the machine's dates but not the person's.
func TestEditDates(t *testing.T) {
	tb := openArticle(t, server.URL+"/", crew)
	tb.do(setDate("refdate", "2024-09-03"))
	tb.poll(`document.getElementById('refnote').textContent.includes('set by you')`)

	selectInView(t, tb, "spring", 0)
	press(tb, "d")
	d := current(t, tb)
	x := dateWith(d, "spring")
	if x == nil || x.By != annotate.ByHuman {
		t.Fatalf("no human date “spring”: %+v (status %q)", d.Dates, status(tb))
	}
	openInspector(t, tb, x.ID)
	choose(t, tb, "insp-dtype", "DATE")
	tb.do(chromedp.Focus(chromedp.ID("insp-dvalue")), chromedp.Evaluate[chromedp.Void](`document.getElementById('insp-dvalue').select()`))
	press(tb, "2024-SP")
	choose(t, tb, "insp-dmod", "START")
	clickKey(tb, "insp-dset")
	d = current(t, tb)
	if x = dateWith(d, "spring"); x.Value != "2024-SP" || x.Mod != "START" || x.Type != "DATE" {
		t.Fatalf("after Set date: %+v (status %q)", x, status(tb))
	}
	if title := eval[string](tb, `document.querySelector('#view '+`+js(markCSS(x.ID))+`).title`); !strings.Contains(strings.ToLower(title), "spring 2024") {
		t.Errorf("the date's title is %q after setting 2024-SP", title)
	}
	// A value that is no TIMEX3 is refused, and the date stays as it was.
	tb.do(chromedp.Focus(chromedp.ID("insp-dvalue")), chromedp.Evaluate[chromedp.Void](`document.getElementById('insp-dvalue').select()`))
	press(tb, "next spring"+keyEnter)
	if got := dateWith(current(t, tb), "spring"); got.Value != "2024-SP" {
		t.Errorf("the value “next spring” was taken: %+v", got)
	}
	if !strings.HasPrefix(status(tb), "Not changed") {
		t.Errorf("a refused value says %q", status(tb))
	}
	press(tb, keyEscape)

	// A new reference date: Monday moves, spring stays the person's.
	monday := dateWith(d, "Monday")
	if monday == nil {
		t.Fatalf("the engine found no “Monday”: %+v", d.Dates)
	}
	tb.do(setDate("refdate", "2025-06-18"))
	tb.poll(`articleAnnotator.current().referenceDate === '2025-06-18'`)
	d = current(t, tb)
	if got := dateWith(d, "Monday"); got == nil || got.Value == monday.Value {
		t.Errorf("Monday did not follow the new reference date: %+v, was %s", got, monday.Value)
	}
	if got := dateWith(d, "spring"); got == nil || got.Value != "2024-SP" || got.By != annotate.ByHuman {
		t.Errorf("the person's date changed with the reference date: %+v", got)
	}
	tb.checkQuiet(server.URL + "/")
}

// TestEditFromTextArea selects with the keyboard in the text area and marks the selection with
// the toolbar's button, reached by keyboard: no mouse at all.
func TestEditFromTextArea(t *testing.T) {
	tb := openArticle(t, server.URL+"/", crew)
	at := len([]rune(crew[:strings.Index(crew, "the harbour office")]))
	tb.do(chromedp.Focus(chromedp.ID("article")),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('article').setSelectionRange(`+strconv.Itoa(at)+`, `+strconv.Itoa(at)+`)`))
	press(tb, strings.Repeat(kb.ArrowRight, len("the harbour office")), chromedp.ModifierShift)
	if got := eval[string](tb, `(() => { const a = document.getElementById('article'); return a.value.slice(a.selectionStart, a.selectionEnd); })()`); got != "the harbour office" {
		t.Fatalf("Shift+Right selected %q", got)
	}
	clickKey(tb, "add-quote")
	d := current(t, tb)
	q := quoteWith(d, "the harbour office")
	if q == nil || q.By != annotate.ByHuman || q.Start != at {
		t.Fatalf("the toolbar did not mark the text area's selection: %+v (status %q)", d.Quotes, status(tb))
	}
	tb.checkQuiet(server.URL + "/")
}
