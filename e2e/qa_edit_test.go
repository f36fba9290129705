//go:build e2e

package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// Regression tests from an independent check of the editor (issue 5). Each acts as a person
// would and fails on a bug found then: work that vanishes without undo, a keyboard focus that
// drops to the page body after a key on a highlight, and one action that takes two undos.

// qaGold is an annotated article from another tool or a gold set: its annotations carry no
// "by", so they read as the machine's, and the engine would not make them itself.
const qaGoldText = "Rain fell all week in the valley. Farmers were worried.\n"

var qaGold = `{"schema":"article-annotations/v1","text":` + js(qaGoldText) + `,"referenceDate":"2024-05-01",
 "speakers":[{"id":"s1","name":"Farmers","mentions":[{"start":34,"end":41,"text":"Farmers"}]}],
 "quotes":[{"id":"q1","start":42,"end":54,"text":"were worried","kind":"indirect","speaker":"s1","source":null,"cue":null}],
 "dates":[{"id":"d1","start":10,"end":18,"text":"all week","type":"DURATION","value":"P1W"}]}`

// TestQAImportedAnnotationsSurviveTyping imports an annotated article, types a few words at the
// end of its text, and expects its annotations to be kept where their words still are, or at
// the least to come back with Ctrl+Z. The page annotates afresh when the session holds no human
// work (wasm/page.go update, hasHumanWork), so the imported annotations vanish, with no undo,
// and the loss is saved.
func TestQAImportedAnnotationsSurviveTyping(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	drop(tb, map[string]string{"gold.json": qaGold})
	tb.poll(`document.getElementById('status').textContent.startsWith('Imported 1 article')`)
	if d := current(t, tb); dateWith(d, "all week") == nil || quoteWith(d, "were worried") == nil {
		t.Fatalf("the import did not open the article as it was: %s", short(string(mustJSON(t, d))))
	}

	tb.do(chromedp.Focus(chromedp.ID("article")),
		chromedp.Evaluate[chromedp.Void](`(t => t.setSelectionRange(t.value.length, t.value.length))(document.getElementById('article'))`),
		chromedp.KeyEvent("Snow too."))
	tb.poll(`articleAnnotator.current().text.endsWith('Snow too.')`)

	d := current(t, tb)
	kept := dateWith(d, "all week") != nil && quoteWith(d, "were worried") != nil && speakerNamed(d, "Farmers") != nil
	if kept {
		return
	}
	t.Errorf("typing at the end of an imported article dropped its annotations: now %s", short(string(mustJSON(t, d))))
	eval[bool](tb, `(document.activeElement.blur(), true)`)
	press(tb, "z", chromedp.ModifierCtrl)
	d = current(t, tb)
	if dateWith(d, "all week") == nil || quoteWith(d, "were worried") == nil {
		t.Errorf("and Ctrl+Z does not bring them back (the status says %q)", status(tb))
	}
}

// TestQAFocusStaysOnHighlight presses the keys that act on a focused highlight one after
// another, as a keyboard user does: each must leave the focus on a highlight, not on the page
// body (from where Tab starts again at the top of the article). wasm/edit.go redraw moves the
// focus back only when the inspector is closed, and focusing a highlight opens it.
func TestQAFocusStaysOnHighlight(t *testing.T) {
	const text = "Mr Harris said the council had failed residents for many years now.\n\n" +
		"\"We have been ignored,\" said Mrs Patel. \"It is a disgrace,\" she said on Friday.\n"
	tb := openArticle(t, server.URL+"/", text)
	q := focusQuote(t, tb, "the council had failed residents for many years now")
	for i, want := range []string{"the council had failed residents for many years", "the council had failed residents for many"} {
		press(tb, "{")
		if quoteWith(current(t, tb), want) == nil {
			t.Fatalf("after pressing { %d times the quote is not %q (status %q)", i+1, want, status(tb))
		}
		if ae := eval[string](tb, `document.activeElement.tagName + ' ' + (document.activeElement.dataset?.id || '')`); ae != "MARK "+q.ID {
			t.Errorf("after pressing { %d times the focus is on %q, not on the quote's highlight", i+1, ae)
		}
	}
	focusMark(t, tb, q.ID)
	press(tb, "a")
	if ae := eval[string](tb, `document.activeElement.tagName`); ae != "MARK" {
		t.Errorf("after accepting with a, the focus is on %s, not on a highlight", ae)
	}
}

// TestQALinkNewSpeakerUndoesInOne links a quote to a new speaker with l, a name and Enter, then
// presses Ctrl+Z once: the document must be as before. wasm/edit_inspector.go linkQuote records
// the new speaker and the link as two changes, so one undo leaves a speaker with no mentions.
func TestQALinkNewSpeakerUndoesInOne(t *testing.T) {
	const text = "\"We have been ignored,\" said Mrs Patel. \"It is a disgrace,\" she said on Friday.\n"
	tb := openArticle(t, server.URL+"/", text)
	before := normalDoc(t, tb)
	focusQuote(t, tb, `"It is a disgrace,"`)
	press(tb, "l")
	tb.poll(`document.activeElement.id === 'insp-speaker'`)
	press(tb, "Dr Okafor")
	press(tb, keyEnter)
	d := current(t, tb)
	s := speakerNamed(d, "Dr Okafor")
	if s == nil || quoteWith(d, `"It is a disgrace,"`).Speaker == nil || *quoteWith(d, `"It is a disgrace,"`).Speaker != s.ID {
		t.Fatalf("the quote was not linked to a new speaker Dr Okafor (status %q)", status(tb))
	}
	eval[bool](tb, `(document.activeElement.blur(), true)`)
	press(tb, "z", chromedp.ModifierCtrl)
	if after := normalDoc(t, tb); after != before {
		var names []string
		for _, s := range current(t, tb).Speakers {
			names = append(names, fmt.Sprintf("%s (%d mentions)", s.Name, len(s.Mentions)))
		}
		t.Errorf("one Ctrl+Z after linking to a new speaker does not restore the document (status %q); speakers now %v",
			status(tb), names)
	}
}

// TestQAUndoReferenceDateUpdatesField changes the reference date of an article with a person's
// work in it, then undoes the change: the date field must show the document's reference date
// again. wasm/edit.go afterHistory brings the text area in step with the document, but not the
// date field, which keeps the undone date (and its note, "set by you").
func TestQAUndoReferenceDateUpdatesField(t *testing.T) {
	tb := openArticle(t, server.URL+"/", "\"It is done,\" said Ann Lee on Monday.\n")
	focusQuote(t, tb, `"It is done,"`)
	press(tb, "a") // a person's work: the reference date now becomes an undoable change
	tb.poll(`articleAnnotator.current().quotes[0].by === 'human'`)
	before := eval[string](tb, `document.getElementById('refdate').value`)
	tb.do(setDate("refdate", "2025-01-15"))
	tb.poll(`articleAnnotator.current().referenceDate === '2025-01-15'`)
	eval[bool](tb, `(document.activeElement.blur(), true)`)
	press(tb, "z", chromedp.ModifierCtrl)
	tb.poll(`articleAnnotator.current().referenceDate !== '2025-01-15'`)
	ref := eval[string](tb, `articleAnnotator.current().referenceDate ?? ''`)
	if field := eval[string](tb, `document.getElementById('refdate').value`); field != ref || field != before {
		t.Errorf("after undoing the reference date the field shows %q; the document's is %q (it was %q; status %q)", field, ref, before, status(tb))
	}
}

// TestQAUndoAfterInspectorSelect changes an annotation's kind with the inspector's Kind list,
// where the focus stays, and presses Ctrl+Z there: the change must be undone. wasm/keys.go
// typing counts a select as a text field, so no shortcut, Ctrl+Z included, reaches the page.
func TestQAUndoAfterInspectorSelect(t *testing.T) {
	tb := openArticle(t, server.URL+"/", "\"We have been ignored,\" said Mrs Patel on Monday.\n")
	d := dateWith(current(t, tb), "Monday")
	if d == nil {
		t.Fatal("the engine did not find Monday")
	}
	before := normalDoc(t, tb)
	openInspector(t, tb, d.ID)
	choose(t, tb, "insp-kind", "quote")
	tb.poll(`articleAnnotator.current().dates.length === 0`)
	if id := eval[string](tb, `document.activeElement.id`); id != "insp-kind" {
		t.Logf("the focus is on #%s after the change", id)
	}
	press(tb, "z", chromedp.ModifierCtrl)
	if after := normalDoc(t, tb); after != before {
		t.Errorf("Ctrl+Z with the focus on the inspector's Kind list did not undo the change (status %q)", status(tb))
	}
}
