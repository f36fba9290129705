//go:build e2e

package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// A long article that holds no person's work is annotated in the engine's workers, and so is a new
// reference date or text for it. Those changes are kept in its history all the same, made by the
// worker on the session it sent: Undo takes them back and Redo makes them again, as on a short
// article, and the page never reads the megabytes into Go for it.

// settled waits until the page has kept a run of the workers newer than the saves counted in
// *saves (annotator-saved marks), and all is stored; it counts the new one.
func settled(tb *tab, saves *int) {
	tb.t.Helper()
	expr := `performance.getEntriesByName('annotator-saved').length > ` + strconv.Itoa(*saves) + ` && !(` + running + `) &&
		document.getElementById('save-state').dataset.state === 'saved'`
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(3*time.Minute))); err != nil {
		tb.t.Fatalf("the page kept no new run (%v); the status says %q", err, status(tb))
	}
	*saves = eval[int](tb, `performance.getEntriesByName('annotator-saved').length`)
}

// undoState is the Undo and Redo buttons' state: "undo:<title>|redo:<title>", a title when the
// button is enabled and "-" when it is disabled.
const undoState = `['undo', 'redo'].map((id) => { const b = document.getElementById(id); return id + ':' + (b.disabled ? '-' : b.title); }).join('|')`

// TestFixLongUndo pastes a 1 MB transcript, then changes its reference date (and, in the second
// case, types a word into the text area that "Edit the text" shows): Undo was disabled and
// Ctrl+Z did nothing, the worker having annotated the article afresh. Now Undo gives back the
// export of before the change byte for byte (the text area and the date field follow), Redo the
// one after it, and the page hands each change to the worker in under maxPageWork ms.
func TestFixLongUndo(t *testing.T) {
	t.Run("reference date", func(t *testing.T) {
		tb := newLongTab(t)
		tb.open(server.URL + "/")
		eval[bool](tb, longTasksJS)
		saves := 0
		pasteLong(tb, 1<<20, "dated")
		settled(tb, &saves)
		eval[bool](tb, `window.changesFrom = performance.now(), true`)
		text := eval[string](tb, `window.pastedText`)
		if got := eval[string](tb, undoState); got != "undo:-|redo:-" {
			t.Errorf("after the paste the buttons are %q; nothing is there to undo", got)
		}
		field := eval[string](tb, `document.getElementById('refdate').value`)
		if field != "2024-09-03" {
			t.Fatalf("the reference date field shows %q; the transcript gives 2024-09-03", field)
		}

		tb.do(setDate("refdate", "2024-10-01"))
		settled(tb, &saves)
		changed := eval[string](tb, `articleAnnotator.export('json')`)
		if d := decode(t, []byte(changed)); d.ReferenceDate == nil || *d.ReferenceDate != "2024-10-01" || d.Text != text {
			t.Fatalf("after the change the reference date is %v (want 2024-10-01), the text the pasted one: %v", d.ReferenceDate, d.Text == text)
		}
		before := cli(t, text, "")
		if changed == string(before) {
			t.Fatal("the new reference date changed no date; the test needs relative dates")
		}
		if got := eval[string](tb, undoState); !strings.HasPrefix(got, "undo:Undo: ") || !strings.HasSuffix(got, "|redo:-") {
			t.Fatalf("after the change the buttons are %q; Undo should be on and say what it undoes", got)
		}

		eval[bool](tb, `(document.activeElement.blur(), true)`)
		press(tb, "z", chromedp.ModifierCtrl)
		settled(tb, &saves)
		if got := eval[string](tb, `articleAnnotator.export('json')`); got != string(before) {
			t.Errorf("after Ctrl+Z the export is not the one before the change: %s", diff(got, string(before)))
		}
		if got := eval[string](tb, `document.getElementById('refdate').value`); got != field {
			t.Errorf("after Ctrl+Z the date field shows %q; want %q", got, field)
		}
		if s := status(tb); !strings.HasPrefix(s, "Undone") {
			t.Errorf("after Ctrl+Z the status says %q", s)
		}

		press(tb, "y", chromedp.ModifierCtrl)
		settled(tb, &saves)
		if got := eval[string](tb, `articleAnnotator.export('json')`); got != changed {
			t.Errorf("after Ctrl+Y the export is not the one after the change: %s", diff(got, changed))
		}
		if got := eval[string](tb, `document.getElementById('refdate').value`); got != "2024-10-01" {
			t.Errorf("after Ctrl+Y the date field shows %q; want 2024-10-01", got)
		}
		logUpdates(t, tb)
	})

	// A long article opened from storage, here by a reload, starts its changes from its saved
	// session too.
	t.Run("reference date after a reload", func(t *testing.T) {
		tb := newLongTab(t)
		tb.open(server.URL + "/")
		saves := 0
		pasteLong(tb, 1<<20, "reloaded")
		settled(tb, &saves)
		tb.pollLong(`performance.getEntriesByName('annotator-stored').length > 0`)
		text := eval[string](tb, `window.pastedText`)
		tb.reload()
		eval[bool](tb, longTasksJS)
		eval[bool](tb, `window.changesFrom = performance.now(), true`)
		saves = 0
		before := string(cli(t, text, ""))
		if got := eval[string](tb, `articleAnnotator.export('json')`); got != before {
			t.Fatalf("after the reload the article is not the CLI's JSON: %s", diff(got, before))
		}
		tb.do(setDate("refdate", "2024-10-01"))
		settled(tb, &saves)
		if got := eval[string](tb, undoState); !strings.HasPrefix(got, "undo:Undo: ") {
			t.Fatalf("after the change the buttons are %q; Undo should be on", got)
		}
		eval[bool](tb, `(document.activeElement.blur(), true)`)
		press(tb, "z", chromedp.ModifierCtrl)
		settled(tb, &saves)
		if got := eval[string](tb, `articleAnnotator.export('json')`); got != before {
			t.Errorf("after Ctrl+Z the export is not the one before the change: %s", diff(got, before))
		}
		logUpdates(t, tb)
	})

	t.Run("typing", func(t *testing.T) {
		tb := newLongTab(t)
		tb.open(server.URL + "/")
		eval[bool](tb, longTasksJS)
		saves := 0
		pasteLong(tb, 1<<20, "typed")
		settled(tb, &saves)
		text := eval[string](tb, `window.pastedText`)
		// The export reads the session into the page: a change from there goes to the worker too.
		before := eval[string](tb, `articleAnnotator.export('json')`)
		if before != string(cli(t, text, "")) {
			t.Fatal("the pasted transcript's export is not the CLI's JSON")
		}
		eval[bool](tb, `window.changesFrom = performance.now(), true`)

		tb.do(chromedpClick("long-edit"))
		tb.poll(`document.activeElement === document.getElementById('article')`)
		// A word typed at the end of the first line, as an input method commits it: one input.
		at := strings.Index(text, "\n")
		eval[bool](tb, `(document.getElementById('article').setSelectionRange(`+strconv.Itoa(at)+`, `+strconv.Itoa(at)+`), true)`)
		tb.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: " Live"})
			return err
		}))
		settled(tb, &saves)
		typed := text[:at] + " Live" + text[at:]
		changed := eval[string](tb, `articleAnnotator.export('json')`)
		if d := decode(t, []byte(changed)); d.Text != typed {
			t.Fatalf("after typing the article's text is not the typed one: %s", diff(d.Text, typed))
		}
		if got := eval[string](tb, undoState); got != "undo:Undo: Changed the text (Ctrl+Z)|redo:-" {
			t.Fatalf("after typing the buttons are %q", got)
		}

		tb.do(chromedpClick("undo"))
		settled(tb, &saves)
		if got := eval[string](tb, `articleAnnotator.export('json')`); got != before {
			t.Errorf("after Undo the export is not the one before the typing: %s", diff(got, before))
		}
		if !articleText[bool](tb, `text === window.pastedText`) {
			t.Error("after Undo the text area does not hold the pasted text")
		}
		if got := eval[string](tb, undoState); got != "undo:-|redo:Redo: Changed the text (Ctrl+Shift+Z)" {
			t.Errorf("after Undo the buttons are %q", got)
		}

		tb.do(chromedpClick("redo"))
		settled(tb, &saves)
		if got := eval[string](tb, `articleAnnotator.export('json')`); got != changed {
			t.Errorf("after Redo the export is not the one after the typing: %s", diff(got, changed))
		}
		if !articleText[bool](tb, `text === `+js(typed)) {
			t.Error("after Redo the text area does not hold the typed text")
		}
		logUpdates(t, tb)
	})
}

// logUpdates fails when an update made by a change (after window.changesFrom) took the page's
// thread more than maxPageWork ms of wall time (a coarse guard, which a loaded machine can meet:
// handing a change over takes 0-20 ms, and keeping typed text as the pending paste 20-250), and
// logs those updates, what each message of the workers' runs for the changes cost the page, and
// the longest tasks.
func logUpdates(t *testing.T, tb *tab) {
	t.Helper()
	ups := eval[[]float64](tb, `performance.getEntriesByName('annotator-update').filter((e) => e.startTime > window.changesFrom).map((e) => e.duration)`)
	for _, d := range ups {
		if d > maxPageWork {
			t.Errorf("an update took the page's thread %.0f ms; handing the change to the worker takes less than %d", d, maxPageWork)
		}
	}
	t.Logf("the changes' updates (ms): %.0f, of which keeping the text as pending %.0f; the workers' messages (kind ms): %s; the longest tasks: %.0f", ups,
		eval[[]float64](tb, `performance.getEntriesByName('annotator-pending').filter((e) => e.startTime > window.changesFrom).map((e) => e.duration)`),
		eval[string](tb, `performance.getEntriesByType('measure').filter((e) => e.name.startsWith('annotator-worker-') && e.startTime > window.changesFrom && e.duration >= 5)
			.map((e) => e.name.slice(17) + ' ' + Math.round(e.duration)).join(', ')`),
		eval[[]float64](tb, `window.longTasks.sort((a, b) => b - a).slice(0, 5)`))
}
