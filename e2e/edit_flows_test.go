//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/article-annotator/annotator/annotate"
)

// pilots is the article the editor's tests correct; its sentences are ours.
const pilots = `"It was a long night, and the fog never lifted."

Harbour pilots met on Tuesday. Lena Brandt, who leads them, said the channel was safe. "We checked every buoy," a pilot added.

Omar Haddad disagreed. "The fog will return by Friday," Haddad said. "Nobody listens to the fishermen."`

// TestEditAddRetypeDelete selects words in the article and marks them with s, q and d, changes
// a span's kind in the inspector, and deletes one with the Delete key, on the served page and
// on dist/annotator.html.
func TestEditAddRetypeDelete(t *testing.T) {
	for name, url := range editorURLs() {
		t.Run(name, func(t *testing.T) {
			tb := openArticle(t, url, pilots)

			// q marks the selection as a quote, made by a person.
			selectInView(t, tb, "a pilot added", 0)
			press(tb, "q")
			d := current(t, tb)
			q := quoteWith(d, "a pilot added")
			if q == nil || q.By != annotate.ByHuman || q.Kind != "indirect" || q.Speaker != nil {
				t.Fatalf("after q on “a pilot added”: %+v (status %q)", q, status(tb))
			}
			if got := eval[string](tb, `document.querySelector('#view '+`+js(markCSS(q.ID))+`)?.dataset.by ?? ''`); got != "human" {
				t.Errorf("the new quote's mark has data-by %q, want human", got)
			}
			if n := len(d.Quotes); n != 6 {
				t.Errorf("%d quotes, want the engine's 5 and ours", n)
			}

			// A selection that starts or ends inside a word snaps to the whole word.
			selectInView(t, tb, "arbour pilo", 0)
			press(tb, "s")
			d = current(t, tb)
			ref, sp := mentionWith(d, "Harbour pilots")
			if sp == nil || sp.Name != "Harbour pilots" {
				t.Fatalf("after s on “arbour pilo”: no speaker “Harbour pilots” in %+v (status %q)", d.Speakers, status(tb))
			}

			// Enter on the quote opens the inspector; choosing "date" makes it a date.
			focusMark(t, tb, q.ID)
			press(tb, keyEnter)
			tb.poll(`!document.getElementById('inspector').hidden && document.activeElement.id === 'insp-kind'`)
			choose(t, tb, "insp-kind", "date")
			d = current(t, tb)
			if quoteWith(d, "a pilot added") != nil {
				t.Error("the quote is still there after retyping it as a date")
			}
			x := dateWith(d, "a pilot added")
			if x == nil || x.By != annotate.ByHuman {
				t.Fatalf("retyping made no human date “a pilot added”: %+v", d.Dates)
			}

			// A change the document refuses (a quote inside a quote) says why and changes nothing.
			friday := dateWith(d, "Friday")
			if friday == nil {
				t.Fatalf("the engine found no “Friday”: %+v", d.Dates)
			}
			{
				before := normalDoc(t, tb)
				openInspector(t, tb, friday.ID)
				choose(t, tb, "insp-kind", "quote")
				if !strings.HasPrefix(status(tb), "Not changed") || normalDoc(t, tb) != before {
					t.Errorf("retyping Friday inside a quote as a quote: status %q", status(tb))
				}
				if got := eval[string](tb, `document.getElementById('insp-kind').value`); got != "date" {
					t.Errorf("after the refusal the kind field shows %q, want date", got)
				}
				press(tb, keyEscape)
			}

			// Delete on the focused mark removes it.
			focusMark(t, tb, x.ID)
			press(tb, keyDelete)
			d = current(t, tb)
			if dateWith(d, "a pilot added") != nil {
				t.Errorf("the date is still there after Delete (status %q)", status(tb))
			}
			if !strings.Contains(status(tb), "Deleted") {
				t.Errorf("the status line says %q after a delete", status(tb))
			}

			// Moving the speaker mention's end one word right takes in "met".
			focusMark(t, tb, ref)
			press(tb, "}")
			d = current(t, tb)
			if r, _ := mentionWith(d, "Harbour pilots met"); r == "" {
				t.Errorf("} did not move the mention's end to take in “met”: %+v (status %q)", d.Speakers, status(tb))
			}
			tb.checkQuiet(url)
		})
	}
}

// TestEditLinkAndMerge links a quote to an existing speaker and to a new one with the l key and
// the type-ahead field, then merges the new speaker into another in the inspector.
func TestEditLinkAndMerge(t *testing.T) {
	for name, url := range editorURLs() {
		t.Run(name, func(t *testing.T) {
			tb := openArticle(t, url, pilots)
			d := current(t, tb)
			q := quoteWith(d, `"We checked every buoy,"`)
			haddad := speakerNamed(d, "Omar Haddad")
			brandt := speakerNamed(d, "Lena Brandt")
			if q == nil || haddad == nil || brandt == nil {
				t.Fatalf("the engine's document lacks the quote or the speakers this test corrects: %+v", d)
			}

			// l on the quote, type part of a name, pick it.
			focusMark(t, tb, q.ID)
			press(tb, "l")
			tb.poll(`document.activeElement.id === 'insp-speaker'`)
			if opts := eval[[]string](tb, `[...document.querySelectorAll('#insp-speakers option')].map(o => o.value)`); len(opts) != len(d.Speakers) {
				t.Errorf("the speaker list offers %v, want every speaker", opts)
			}
			press(tb, "omar haddad"+keyEnter)
			d = current(t, tb)
			if got := quoteWith(d, q.Text); got.Speaker == nil || *got.Speaker != haddad.ID {
				t.Fatalf("after linking, the quote's speaker is %v, want %s (status %q)", got.Speaker, haddad.ID, status(tb))
			}
			if title := eval[string](tb, `document.querySelector('#view '+`+js(markCSS(q.ID))+`).title`); !strings.HasPrefix(title, "Quote by Omar Haddad") {
				t.Errorf("the quote's title is %q after linking", title)
			}

			// The quote's kind.
			choose(t, tb, "insp-qkind", "mixed")
			if got := quoteWith(current(t, tb), q.Text); got.Kind != "mixed" {
				t.Errorf("the quote's kind is %q after choosing mixed", got.Kind)
			}
			if !eval[bool](tb, `document.getElementById('review').hidden`) {
				t.Error("typing a name with an r in it started the review")
			}

			// A name no speaker has makes a new speaker.
			tb.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('insp-speaker').select()`))
			if speakerNamed(d, "Harbour pilots") != nil {
				t.Fatal("the engine already has a speaker “Harbour pilots”, which this test makes")
			}
			press(tb, "Harbour pilots"+keyEnter)
			d = current(t, tb)
			pilot := speakerNamed(d, "Harbour pilots")
			if pilot == nil {
				t.Fatalf("no new speaker “Harbour pilots”: %+v", d.Speakers)
			}
			if got := quoteWith(d, q.Text); got.Speaker == nil || *got.Speaker != pilot.ID {
				t.Fatalf("the quote is linked to %v, want the new %s", got.Speaker, pilot.ID)
			}
			press(tb, keyEscape)
			tb.poll(`document.getElementById('inspector').hidden`)

			// Mark "Harbour pilots" in the text as a mention: it joins the speaker of that name.
			selectInView(t, tb, "Harbour pilots", 0)
			press(tb, "s")
			d = current(t, tb)
			ref, sp := mentionWith(d, "Harbour pilots")
			if sp == nil || sp.ID != pilot.ID {
				t.Fatalf("the mention “Harbour pilots” did not join speaker %s: %+v (status %q)", pilot.ID, d.Speakers, status(tb))
			}
			// Merge that speaker into Lena Brandt from the inspector.
			focusMark(t, tb, ref)
			press(tb, keyEnter)
			tb.poll(`!document.getElementById('inspector').hidden && !document.getElementById('insp-person').hidden`)
			choose(t, tb, "insp-merge", brandt.ID)
			tb.do(chromedp.Focus(chromedp.ID("insp-merge-go")))
			press(tb, keyEnter)
			d = current(t, tb)
			if speakerNamed(d, sp.Name) != nil && sp.Name != "Lena Brandt" {
				t.Errorf("speaker %q is still there after merging it into Lena Brandt: %+v", sp.Name, d.Speakers)
			}
			b := speakerNamed(d, "Lena Brandt")
			if b == nil || len(b.Mentions) != len(brandt.Mentions)+1 {
				t.Fatalf("Lena Brandt after the merge: %+v", b)
			}
			if got := quoteWith(d, q.Text); got.Speaker == nil || *got.Speaker != b.ID {
				t.Errorf("the merged speaker's quote is linked to %v, want %s", got.Speaker, b.ID)
			}
			tb.checkQuiet(url)
		})
	}
}

// TestEditUndoRedo undoes and redoes with Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the buttons, and
// checks that typing in the text area keeps a person's work.
func TestEditUndoRedo(t *testing.T) {
	tb := openArticle(t, server.URL+"/", pilots)
	start := normalDoc(t, tb)
	selectInView(t, tb, "the channel", 0)
	press(tb, "d")
	added := normalDoc(t, tb)
	if added == start {
		t.Fatalf("d changed nothing (status %q)", status(tb))
	}
	if !eval[bool](tb, `!document.getElementById('undo').disabled && document.getElementById('redo').disabled`) {
		t.Error("after a change, Undo should be enabled and Redo disabled")
	}
	if title := eval[string](tb, `document.getElementById('undo').title`); !strings.HasPrefix(title, "Undo: ") {
		t.Errorf("the Undo button's title %q does not say what it undoes", title)
	}
	tb.do(chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`))
	press(tb, "z", chromedp.ModifierCtrl)
	if got := normalDoc(t, tb); got != start {
		t.Fatalf("Ctrl+Z did not restore the start: %s", diff(got, start))
	}
	if !strings.HasPrefix(status(tb), "Undone: ") {
		t.Errorf("after Ctrl+Z the status line says %q", status(tb))
	}
	press(tb, "Z", chromedp.ModifierCtrl, chromedp.ModifierShift)
	if got := normalDoc(t, tb); got != added {
		t.Fatalf("Ctrl+Shift+Z did not redo: %s", diff(got, added))
	}
	tb.do(chromedpClick("undo"))
	if got := normalDoc(t, tb); got != start {
		t.Fatalf("the Undo button did not undo: %s", diff(got, start))
	}
	press(tb, "y", chromedp.ModifierCtrl)
	if got := normalDoc(t, tb); got != added {
		t.Fatalf("Ctrl+Y did not redo: %s", diff(got, added))
	}

	// Typing in the text area runs the engine again but keeps the human date, moved with its text.
	tb.paste("Update: " + pilots)
	tb.poll(`articleAnnotator.current().text.startsWith('Update: ')`)
	d := current(t, tb)
	x := dateWith(d, "the channel")
	if x == nil || x.By != annotate.ByHuman || x.Start != strings.Index(pilots, "the channel")+len("Update: ") {
		t.Fatalf("the human date did not survive the edit of the text: %+v", d.Dates)
	}
	// Shortcuts do not fire in a text field: s typed in the text area is text.
	tb.do(chromedp.Focus(chromedp.ID("article")))
	n := len(d.Speakers)
	press(tb, "s")
	if got := eval[string](tb, `document.getElementById('article').value`); !strings.HasSuffix(got, "s") {
		t.Errorf("typing s in the text area did not type it")
	}
	tb.poll(`articleAnnotator.current().text.endsWith('fishermen."s')`)
	if got := current(t, tb); len(got.Speakers) != n || dateWith(got, "the channel") == nil {
		t.Errorf("typing s in the text area changed the annotations: %+v", got.Speakers)
	}
	tb.checkQuiet(server.URL + "/")
}

// normalDoc is current() in one canonical form, for comparing states.
func normalDoc(t *testing.T, tb *tab) string {
	t.Helper()
	return normal(t, eval[[]byte](tb, `JSON.stringify(articleAnnotator.current())`))
}

// TestEditReview walks the suggestions: unattributed quotes come first, a accepts, x rejects,
// n and p move, and the count of what is left goes down. It saves screenshots of the editor
// and of the review.
func TestEditReview(t *testing.T) {
	for name, url := range editorURLs() {
		t.Run(name, func(t *testing.T) {
			tb := openArticle(t, url, pilots)
			d := current(t, tb)
			pending := 0
			for _, q := range d.Quotes {
				if q.By == annotate.ByMachine {
					pending++
				}
			}
			for _, x := range d.Dates {
				if x.By == annotate.ByMachine {
					pending++
				}
			}
			for _, s := range d.Speakers {
				for _, m := range s.Mentions {
					if m.By == annotate.ByMachine {
						pending++
					}
				}
			}
			unattributed := ""
			for _, q := range d.Quotes {
				if q.Speaker == nil && unattributed == "" {
					unattributed = q.ID
				}
			}
			if unattributed == "" {
				t.Fatal("the engine found no unattributed quote to review first")
			}

			tb.do(chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`))
			press(tb, "r")
			tb.poll(`!document.getElementById('review').hidden`)
			left := func() string { return eval[string](tb, `document.getElementById('review-status').textContent`) }
			if want := fmt.Sprintf("%d suggestions left", pending); !strings.HasPrefix(left(), want) {
				t.Fatalf("review says %q, want it to start %q", left(), want)
			}
			if got := eval[string](tb, `document.activeElement.dataset.id ?? ''`); got != unattributed {
				t.Fatalf("review starts at %q, want the unattributed quote %s", got, unattributed)
			}
			if name == "served" {
				tb.screenshot("review.png")
			}

			press(tb, "a") // accept the unattributed quote
			d = current(t, tb)
			for _, q := range d.Quotes {
				if q.ID == unattributed && q.By != annotate.ByHuman {
					t.Errorf("accepting left %s by %q", q.ID, q.By)
				}
			}
			if want := fmt.Sprintf("%d suggestions left", pending-1); !strings.HasPrefix(left(), want) {
				t.Errorf("after a, review says %q, want %q", left(), want)
			}
			rejected := eval[string](tb, `document.activeElement.dataset.id + (document.activeElement.dataset.m ? '.m' + document.activeElement.dataset.m : '')`)
			before := normalDoc(t, tb)
			press(tb, "x")
			if normalDoc(t, tb) == before {
				t.Fatalf("x changed nothing on %s", rejected)
			}
			if want := fmt.Sprintf("%d suggestions left", pending-2); !strings.HasPrefix(left(), want) {
				t.Errorf("after x, review says %q, want %q", left(), want)
			}
			at := left()
			press(tb, "n")
			if left() == at {
				t.Errorf("n did not move on: %q", left())
			}
			press(tb, "p")
			if left() != at {
				t.Errorf("p did not come back: %q, want %q", left(), at)
			}
			press(tb, keyEscape)
			tb.poll(`document.getElementById('review').hidden`)
			tb.checkQuiet(url)
		})
	}
}

// TestEditScreenshot saves the editor with the inspector open on a quote, for people to look at.
func TestEditScreenshot(t *testing.T) {
	tb := openArticle(t, server.URL+"/", pilots)
	d := current(t, tb)
	q := quoteWith(d, `"We checked every buoy,"`)
	if q == nil {
		t.Fatal("no quote to show")
	}
	selectInView(t, tb, "Harbour pilots", 0)
	press(tb, "s")
	// Focus alone shows the mark in the inspector and leaves the focus on the mark.
	focusMark(t, tb, q.ID)
	tb.poll(`!document.getElementById('inspector').hidden && document.getElementById('insp-title').textContent.includes('(` + q.ID + `)')`)
	if tag := eval[string](tb, `document.activeElement.tagName`); tag != "MARK" {
		t.Errorf("showing the inspector took the focus to a %s", tag)
	}
	press(tb, keyEnter)
	tb.poll(`document.activeElement.id === 'insp-kind'`)
	eval[bool](tb, `(() => { document.querySelector('.layout').scrollIntoView(); return true; })()`)
	tb.screenshot("editor.png")
	// At 360 px the editor fits the screen, inspector open.
	tb.do(emulateWidth(360))
	if w := eval[int](tb, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("at 360 px, with the inspector open, the page is %d px wide", w)
	}
	tb.do(emulateWidth(1280))
	// The open inspector follows the focus to another mark.
	other := quoteWith(d, `"The fog will return by Friday,"`)
	if other == nil {
		t.Fatal("no second quote")
	}
	focusMark(t, tb, other.ID)
	if title := eval[string](tb, `document.getElementById('insp-title').textContent`); !strings.Contains(title, "("+other.ID+")") {
		t.Errorf("the inspector shows %q after the focus moved to %s", title, other.ID)
	}
	tb.do(chromedp.Focus(chromedp.ID("help-open")))
	press(tb, "?")
	tb.poll(`document.getElementById('help').open`)
	rows := eval[string](tb, `document.getElementById('help').innerText`)
	for _, k := range []string{"Ctrl", "Delete", "[", "{", "l", "Review", "Undo", "Redo"} {
		if !strings.Contains(rows, k) {
			t.Errorf("the help does not mention %q", k)
		}
	}
	tb.screenshot("help.png")
	press(tb, keyEscape)
	tb.poll(`!document.getElementById('help').open`)
	tb.checkQuiet(server.URL + "/")
}
