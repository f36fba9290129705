//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// rejectedArticle has a quote and relative dates for a person to reject, and room to type.
const rejectedArticle = "Ferry fares rise\n\n" +
	"“The crossing cannot pay for itself,” said Dana Whitlock, the port's director, on Tuesday.\n\n" +
	"Fares went up last month, and the council meets again next week.\n"

// TestFixRejectedStaysGone rejects a date in review mode and deletes a quote with the Delete key,
// then types a sentence at the end of the article and sets a reference date, each of which runs
// the engine again: the rejected date and the deleted quote stay gone (they used to come back,
// undoing the person's review), while the new sentence is annotated.
func TestFixRejectedStaysGone(t *testing.T) {
	tb := openArticle(t, server.URL+"/", rejectedArticle)
	quote := deleteFirstMark(t, tb, "quote")
	markAt := func(kind, text string) string { // the id of the mark of kind on text, "" if none
		return eval[string](tb, `(() => { const m = [...document.querySelectorAll('#view mark[data-kind="`+kind+`"]')]
			.find((m) => m.textContent === `+js(text)+`); return m ? m.dataset.id : ''; })()`)
	}
	if markAt("date", "last month") == "" {
		t.Fatalf("the engine marks no date on “last month”; the test needs one")
	}
	// Review mode: the first suggestion is focused; n goes to the next, x rejects it.
	eval[bool](tb, `(document.activeElement.blur(), true)`)
	press(tb, "r")
	tb.poll(`!document.getElementById('review').hidden`)
	for i := 0; i < 10 && eval[string](tb, `document.activeElement.textContent`) != "last month"; i++ {
		press(tb, "n")
	}
	if got := eval[string](tb, `document.activeElement.textContent`); got != "last month" {
		t.Fatalf("review never reached “last month” (at %q)", got)
	}
	press(tb, "x")
	tb.poll(`[...document.querySelectorAll('#view mark[data-kind="date"]')].every((m) => m.textContent !== 'last month')`)
	press(tb, keyEscape)

	gone := func(after string) {
		t.Helper()
		if id := markAt("date", "last month"); id != "" {
			t.Errorf("after %s the rejected date on “last month” is back, as %s", after, id)
		}
		if id := markAt("quote", "“The crossing cannot pay for itself,”"); id != "" {
			t.Errorf("after %s the deleted quote %s is back, as %s", after, quote, id)
		}
	}
	eval[bool](tb, `(() => { const t = document.getElementById('article'); t.focus(); t.setSelectionRange(t.value.length, t.value.length); return true; })()`)
	typeText(tb, "The vote is on Friday.\n")
	tb.poll(`[...document.querySelectorAll('#view mark[data-kind="date"]')].some((m) => m.textContent === 'Friday')`)
	gone("typing")
	tb.do(setDate("refdate", "2025-03-12"))
	tb.poll(`articleAnnotator.current().referenceDate === '2025-03-12'`)
	gone("a new reference date")
	if !strings.Contains(eval[string](tb, `articleAnnotator.current().text`), "The vote is on Friday.") {
		t.Error("the typed sentence is not in the article")
	}
	tb.checkQuiet(server.URL + "/")
}

// deleteFirstMark focuses the first mark of kind ("quote", "date", "speaker") in the article view
// and deletes it with the Delete key, as a person does; it returns the annotation's id once its
// mark is gone.
func deleteFirstMark(t *testing.T, tb *tab, kind string) string {
	t.Helper()
	ref := eval[string](tb, `document.querySelector('#view mark[data-kind="`+kind+`"]').dataset.id`)
	focusMark(t, tb, ref)
	press(tb, keyDelete)
	tb.poll(`document.querySelector('#view mark[data-id="` + ref + `"]') === null`)
	return ref
}
