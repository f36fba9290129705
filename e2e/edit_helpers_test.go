//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/article-annotator/annotator/annotate"
)

// The helpers of the editor's tests: they act as a person does (select, press keys, pick from a
// list) and read the result back through articleAnnotator.current().

// editorURLs are the two ways the page is opened: served, and the self-contained file.
func editorURLs() map[string]string {
	return map[string]string{
		"served": server.URL + "/",
		"dist":   "file://" + filepath.Join(root, "dist", "annotator.html"),
	}
}

// openArticle opens the page at url, pastes text and waits until the view shows it.
func openArticle(t *testing.T, url, text string) *tab {
	t.Helper()
	tb := newTab(t)
	tb.open(url)
	// The browser keeps the articles of earlier tests; start a new one, as a person would, so
	// that pasting does not edit a kept article.
	if eval[bool](tb, `document.getElementById('new-article') !== null`) {
		tb.do(chromedpClick("new-article"))
		tb.poll(`articleAnnotator.current()?.text === ''`)
	}
	tb.paste(text)
	tb.poll(`(() => { const d = articleAnnotator.current(); return d && d.text === ` + js(text) + ` &&
		document.querySelector('#view [data-o]') !== null; })()`)
	return tb
}

// current returns the open document, with edits, through the JS API, and checks its invariants.
func current(t *testing.T, tb *tab) *annotate.Document {
	t.Helper()
	b := eval[json.RawMessage](tb, `articleAnnotator.current()`)
	var d annotate.Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("current(): %v in %s", err, short(string(b)))
	}
	if err := d.Check(); err != nil {
		t.Fatalf("current() breaks an invariant: %v", err)
	}
	for _, q := range d.Quotes {
		if q.By != annotate.ByMachine && q.By != annotate.ByHuman {
			t.Fatalf("quote %s has by %q", q.ID, q.By)
		}
	}
	for _, x := range d.Dates {
		if x.By != annotate.ByMachine && x.By != annotate.ByHuman {
			t.Fatalf("date %s has by %q", x.ID, x.By)
		}
	}
	for _, s := range d.Speakers {
		for _, m := range s.Mentions {
			if m.By != annotate.ByMachine && m.By != annotate.ByHuman {
				t.Fatalf("mention of %s has by %q", s.ID, m.By)
			}
		}
	}
	return &d
}

// selectInView selects, with a DOM Range, the n-th (from 0) occurrence of sub in the text the
// article view shows, as dragging the mouse over it would.
func selectInView(t *testing.T, tb *tab, sub string, n int) {
	t.Helper()
	if got := selectRange(t, tb, sub, n); got != sub {
		t.Fatalf("selecting %q (occurrence %d) in the article view selected %q", sub, n, got)
	}
}

// selectRange sets a DOM Range over the n-th occurrence of sub in the article view and returns
// what the browser then holds selected: Chromium moves a boundary that falls inside a grapheme
// cluster to its edge.
func selectRange(t *testing.T, tb *tab, sub string, n int) string {
	t.Helper()
	got := eval[*string](tb, fmt.Sprintf(`(() => {
		const view = document.getElementById('view'), walk = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
		const nodes = []; let all = '';
		for (let n = walk.nextNode(); n; n = walk.nextNode()) { nodes.push([n, all.length]); all += n.data; }
		let at = -1;
		for (let k = 0, from = 0; k <= %d; k++) { at = all.indexOf(%s, from); if (at < 0) return null; from = at + 1; }
		const end = at + %s.length;
		const point = (i, isEnd) => { for (const [node, o] of nodes) { const len = node.data.length;
			if (isEnd ? (o < i && i <= o + len) : (o <= i && i < o + len)) return [node, i - o]; } };
		const [sn, so] = point(at, false), [en, eo] = point(end, true);
		document.activeElement?.blur(); // pressing the mouse in the article takes the focus from the text area
		const r = document.createRange(); r.setStart(sn, so); r.setEnd(en, eo);
		const s = getSelection(); s.removeAllRanges(); s.addRange(r);
		return s.toString();
	})()`, n, js(sub), js(sub)))
	if got == nil {
		t.Fatalf("%q (occurrence %d) is not in the article view", sub, n)
	}
	return *got
}

// press sends keys to the focused element, as typing them does. Each key is a keyDown that
// carries its text, then a keyUp, as a keyboard sends them, so that a page that handles the
// keyDown (and prevents its default) gets no character typed; chromedp.KeyEvent would send the
// character as an event of its own that no handler can stop.
func press(tb *tab, keys string, mods ...chromedp.Modifier) {
	tb.t.Helper()
	var m int64
	for _, x := range mods {
		m |= int64(x)
	}
	tb.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, r := range keys {
			var text string
			for _, k := range kb.Encode(r) {
				if k.Type == kb.KeyChar {
					text = k.Text
				}
			}
			for _, k := range kb.Encode(r) {
				if k.Type == kb.KeyChar {
					continue
				}
				k.Modifiers |= m
				if k.Type == kb.KeyDown && m&^int64(chromedp.ModifierShift) == 0 {
					k.Text, k.UnmodifiedText = text, text
				}
				if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, *k); err != nil {
					return err
				}
			}
		}
		return nil
	}))
}

// focusMark focuses the tab stop of an annotation's marks, as tabbing to it does.
func focusMark(t *testing.T, tb *tab, ref string) {
	t.Helper()
	if !eval[bool](tb, `(() => { const m = document.querySelector('#view '+`+js(markCSS(ref))+`); if (!m) return false; m.focus(); return document.activeElement === m; })()`) {
		t.Fatalf("no mark for %s to focus", ref)
	}
}

// markCSS is the CSS selector of an annotation's marks: "q3", "d2", or a mention "s1.m2".
func markCSS(ref string) string {
	if id, m, ok := strings.Cut(ref, ".m"); ok {
		return fmt.Sprintf(`mark[data-kind="speaker"][data-id=%q][data-m=%q]`, id, m)
	}
	return fmt.Sprintf(`mark[data-id=%q]`, ref)
}

// choose picks a value in a select, as a person picking from its list does: the value changes
// and a change event fires.
func choose(t *testing.T, tb *tab, id, value string) {
	t.Helper()
	if !eval[bool](tb, fmt.Sprintf(`(() => { const s = document.getElementById(%q); s.focus(); s.value = %q;
		if (s.value !== %q) return false; s.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`, id, value, value)) {
		t.Fatalf("select #%s has no option %q", id, value)
	}
}

// status is the page's status line.
func status(tb *tab) string { return eval[string](tb, `document.getElementById('status').textContent`) }

// find helpers over a document.
// focusQuote focuses the mark of the open article's quote whose text is text, and returns the
// quote; the test fails when the engine found no such quote.
func focusQuote(t *testing.T, tb *tab, text string) *annotate.Quote {
	t.Helper()
	d := current(t, tb)
	q := quoteWith(d, text)
	if q == nil {
		t.Fatalf("the engine did not find the quote %q: %s", text, short(string(mustJSON(t, d))))
	}
	focusMark(t, tb, q.ID)
	return q
}

func quoteWith(d *annotate.Document, text string) *annotate.Quote {
	for i := range d.Quotes {
		if d.Quotes[i].Text == text {
			return &d.Quotes[i]
		}
	}
	return nil
}

func dateWith(d *annotate.Document, text string) *annotate.Date {
	for i := range d.Dates {
		if d.Dates[i].Text == text {
			return &d.Dates[i]
		}
	}
	return nil
}

// mentionWith returns the reference ("s1.m2") of the mention with this text, and its speaker.
func mentionWith(d *annotate.Document, text string) (string, *annotate.Speaker) {
	for i, s := range d.Speakers {
		for j, m := range s.Mentions {
			if m.Text == text {
				return fmt.Sprintf("%s.m%d", s.ID, j+1), &d.Speakers[i]
			}
		}
	}
	return "", nil
}

func speakerNamed(d *annotate.Document, name string) *annotate.Speaker {
	for i := range d.Speakers {
		if d.Speakers[i].Name == name {
			return &d.Speakers[i]
		}
	}
	return nil
}

// Keys that kb names.
const (
	keyEnter  = kb.Enter
	keyDelete = kb.Delete
	keyEscape = kb.Escape
)
