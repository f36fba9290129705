//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// TestReferenceDateFromText pastes an article that states its date: the field fills in and says
// where the date came from; a date the user picks wins; clearing the field gives the text's back.
func TestReferenceDateFromText(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	text := "# Title\n\nPublished 3 September 2024\n\n\"It is done,\" said Ann Lee on Monday.\n"
	tb.paste(text)
	tb.poll(`document.getElementById('refdate').value === '2024-09-03'`)
	if note := eval[string](tb, `document.getElementById('refnote').textContent`); !strings.HasPrefix(note, "from the text: “") || !strings.Contains(note, "3 September 2024") {
		t.Errorf("the note says %q", note)
	}
	monday := func() string {
		return eval[string](tb, `[...document.querySelectorAll('#view mark[data-kind="date"]')].find(m => m.textContent === 'Monday')?.title ?? ''`)
	}
	first := monday()
	tb.do(setDate("refdate", "2025-01-15"))
	tb.poll(`document.getElementById('refnote').textContent.includes('set by you')`)
	if second := monday(); second == first {
		t.Errorf("“Monday” still reads %q after the reference date changed", second)
	}
	tb.do(setDate("refdate", ""))
	tb.poll(`document.getElementById('refdate').value === '2024-09-03'`)
	if again := monday(); again != first {
		t.Errorf("“Monday” reads %q with the text's date again, want %q", again, first)
	}
	tb.checkQuiet(server.URL + "/")
}
