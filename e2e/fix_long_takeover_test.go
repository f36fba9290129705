//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// TestFixLongChangeTakenOver changes the reference date of a pasted 1 MB transcript and, while
// the worker still makes that change, exports the article, or opens a new article and then the
// first again. The page takes the run over on its own thread; it used to annotate the article
// afresh, which lost the change from the history: Undo did nothing. Now it makes the change of
// the session itself, so the export has the new date and Undo gives back the export of before.
func TestFixLongChangeTakenOver(t *testing.T) {
	for _, leave := range []bool{false, true} {
		name := "export"
		if leave {
			name = "leave and come back"
		}
		t.Run(name, func(t *testing.T) {
			tb := newLongTab(t)
			tb.open(server.URL + "/")
			saves := 0
			pasteLong(tb, 1<<20, "dated")
			settled(tb, &saves)
			text := eval[string](tb, `window.pastedText`)
			before := string(cli(t, text, ""))
			tb.do(setDate("refdate", "2024-10-01"))
			if !eval[bool](tb, running) {
				t.Fatal("the worker made the change before the person acted; the test needs a longer article")
			}
			if leave {
				tb.do(chromedpClick("new-article"))
				tb.poll(`document.getElementById('status').textContent.startsWith('New article')`)
				tb.do(chromedpClickCSS(`#library-list li.article button.open`))
				tb.poll(`document.getElementById('status').textContent.startsWith('Opened')`)
			}
			changed := eval[string](tb, `articleAnnotator.export('json')`)
			if d := decode(t, []byte(changed)); d.ReferenceDate == nil || *d.ReferenceDate != "2024-10-01" || d.Text != text {
				t.Fatalf("the export has the reference date %v (want 2024-10-01), the pasted text: %v", d.ReferenceDate, d.Text == text)
			}
			if changed == before {
				t.Fatal("the new reference date changed no date; the test needs relative dates")
			}
			if got := eval[string](tb, undoState); !strings.HasPrefix(got, "undo:Undo: ") {
				t.Fatalf("after the run was taken over the buttons are %q; Undo should take the new date back", got)
			}
			tb.do(chromedpClick("undo"))
			tb.poll(`document.getElementById('status').textContent.startsWith('Undone')`)
			if got := eval[string](tb, `articleAnnotator.export('json')`); got != before {
				t.Errorf("after Undo the export is not the one before the change: %s", diff(got, before))
			}
			if got := eval[string](tb, `document.getElementById('refdate').value`); got != "2024-09-03" {
				t.Errorf("after Undo the date field shows %q; want the transcript's 2024-09-03", got)
			}
			tb.checkQuiet(server.URL+"/", "blob:")
		})
	}
}
