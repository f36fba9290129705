//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/formats"
)

// reef is an article full of characters that UTF-16 and byte offsets get wrong: an emoji ZWJ
// sequence with a skin tone, emoji outside the BMP, a skin-toned thumb, and letters written with
// combining marks. Its sentences are ours.
const reef = "👩🏽‍🔬 Dr. Aiyana Whitehorse said \"the reef 🐠 recovered 👍🏿 fast\" on Monday. " +
	"Zoe\u0308 Mu\u0308ller agreed: \"Cafe\u0301 owners saw it first.\""

// runeAt returns the code point offset of the n-th (from 0) occurrence of sub in text.
func runeAt(t *testing.T, text, sub string, n int) int {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q not in %q", sub, text)
		}
		if n == 0 {
			return len([]rune(text[:from+i]))
		}
		n--
		from += i + len(sub)
	}
}

// humanSpans lists the human spans of a document as text → start.
func humanSpans(d *annotate.Document) map[string]int {
	out := map[string]int{}
	for _, s := range d.Speakers {
		for _, m := range s.Mentions {
			if m.By == annotate.ByHuman {
				out["mention "+m.Text] = m.Start
			}
		}
	}
	for _, q := range d.Quotes {
		if q.By == annotate.ByHuman {
			out["quote "+q.Text] = q.Start
		}
	}
	for _, x := range d.Dates {
		if x.By == annotate.ByHuman {
			out["date "+x.Text] = x.Start
		}
	}
	return out
}

// TestEditOffsetsEmojiAndCombiningMarks marks spans over emoji and combining marks by selecting
// them in the article, moves a boundary by keyboard, edits the text and undoes, and checks
// exact code point offsets through current() at every step.
func TestEditOffsetsEmojiAndCombiningMarks(t *testing.T) {
	for name, url := range editorURLs() {
		t.Run(name, func(t *testing.T) {
			tb := openArticle(t, url, reef)

			// Letters with combining marks: "Café" is five code points.
			cafe := "Cafe\u0301 owners"
			selectInView(t, tb, cafe, 0)
			press(tb, "s")
			d := current(t, tb)
			ref, sp := mentionWith(d, cafe)
			if sp == nil {
				t.Fatalf("no mention %q after s: %+v (status %q)", cafe, d.Speakers, status(tb))
			}
			m := sp.Mentions[0]
			for _, x := range sp.Mentions {
				if x.Text == cafe {
					m = x
				}
			}
			if want := runeAt(t, reef, cafe, 0); m.Start != want || m.End != want+len([]rune(cafe)) || m.By != annotate.ByHuman {
				t.Errorf("mention %q at [%d,%d) by %s, want [%d,%d) by a person", cafe, m.Start, m.End, m.By, want, want+len([]rune(cafe)))
			}

			// The thumb with its skin tone is two code points and three UTF-16 units.
			selectInView(t, tb, "👍🏿", 0)
			press(tb, "d")
			d = current(t, tb)
			x := dateWith(d, "👍🏿")
			if x == nil {
				t.Fatalf("no date “👍🏿” after d: %+v (status %q)", d.Dates, status(tb))
			}
			if want := runeAt(t, reef, "👍🏿", 0); x.Start != want || x.End != want+2 {
				t.Errorf("date “👍🏿” at [%d,%d), want [%d,%d)", x.Start, x.End, want, want+2)
			}

			// A selection that starts inside the ZWJ sequence takes in the whole of it (Chromium
			// moves the boundary to the cluster's edge, and Snap would).
			t.Logf("a range from inside 👩🏽‍🔬 selects %q", selectRange(t, tb, "\u200d🔬 Dr", 0))
			press(tb, "s")
			d = current(t, tb)
			found := false
			for _, s := range d.Speakers {
				for _, mm := range s.Mentions {
					if mm.By == annotate.ByHuman && mm.Start == 0 {
						found = true
						if mm.Text != "👩🏽‍🔬 Dr" {
							t.Errorf("the mention from inside the emoji is %q, want “👩🏽‍🔬 Dr”", mm.Text)
						}
					}
				}
			}
			if !found {
				t.Errorf("a selection starting inside 👩🏽‍🔬 did not snap to its start: %+v (status %q)", d.Speakers, status(tb))
			}

			// ] moves the start of the Café owners mention past “Café”.
			focusMark(t, tb, ref)
			press(tb, "]")
			d = current(t, tb)
			if r, _ := mentionWith(d, "owners"); r == "" {
				t.Errorf("] did not move the start to “owners”: %+v (status %q)", d.Speakers, status(tb))
			}
			before := humanSpans(d)
			if len(before) != 3 {
				t.Fatalf("want the three human spans made above, have %v", before)
			}

			// Typing before everything (an emoji and a space: two code points, three UTF-16
			// units) moves every human span by exactly two.
			tb.paste("🚀 " + reef)
			tb.poll(`articleAnnotator.current().text.startsWith('🚀 ')`)
			d = current(t, tb)
			after := humanSpans(d)
			if len(after) != len(before) {
				t.Errorf("human spans before the edit %v, after %v", before, after)
			}
			for k, s := range before {
				if after[k] != s+2 {
					t.Errorf("%s was at %d, is at %d after typing two code points before it", k, s, after[k])
				}
			}

			// Undo takes the text back, and the spans with it.
			tb.do(chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`))
			press(tb, "z", chromedp.ModifierCtrl)
			d = current(t, tb)
			if d.Text != reef {
				t.Fatalf("undo left the text %q", short(d.Text))
			}
			if got := eval[string](tb, `document.getElementById('article').value`); got != reef {
				t.Errorf("after undo the text area holds %q", short(got))
			}
			for k, s := range humanSpans(d) {
				if before[k] != s {
					t.Errorf("after undo %s is at %d, want %d", k, s, before[k])
				}
			}
			exportsReadBack(t, tb)
			tb.checkQuiet(url)
		})
	}
}

// TestEditOffsetsCRLF opens an article with CRLF line ends (a text area would turn them into
// "\n", so it comes in as a file, as a person imports one), marks a word on its second line and
// checks that the offsets count each CR.
func TestEditOffsetsCRLF(t *testing.T) {
	text := "Ana Lee said \"we will sail on Friday.\"\r\nThe crew agreed with Ana.\r\n\r\nTom Ruiz said nothing.\r\n"
	dir := t.TempDir()
	file := filepath.Join(dir, "crew.txt")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	tb.open(server.URL + "/")
	tb.do(chromedp.SetUploadFiles(chromedp.ID("import-files"), []string{file}))
	deadline := time.Now().Add(10 * time.Second)
	for eval[string](tb, `articleAnnotator.current()?.text ?? ''`) != text {
		if time.Now().After(deadline) {
			t.Fatalf("the imported CRLF article is not open: %q (status %q)", short(eval[string](tb, `articleAnnotator.current()?.text ?? ''`)), status(tb))
		}
		time.Sleep(100 * time.Millisecond)
	}
	tb.poll(`document.querySelector('#view [data-o]') !== null`)

	selectInView(t, tb, "The crew", 0)
	press(tb, "s")
	d := current(t, tb)
	if d.Text != text {
		t.Fatalf("marking changed the text to %q", d.Text)
	}
	_, sp := mentionWith(d, "The crew")
	if sp == nil {
		t.Fatalf("no mention “The crew”: %+v (status %q)", d.Speakers, status(tb))
	}
	want := runeAt(t, text, "The crew", 0)
	for _, m := range sp.Mentions {
		if m.Text == "The crew" && m.Start != want {
			t.Errorf("“The crew” at %d, want %d (after one CRLF)", m.Start, want)
		}
	}
	// After a blank line made of CRLFs, offsets still count every CR.
	selectInView(t, tb, "Tom Ruiz", 0)
	press(tb, "s")
	d = current(t, tb)
	if _, sp := mentionWith(d, "Tom Ruiz"); sp == nil {
		t.Errorf("no mention “Tom Ruiz” after the blank CRLF line: %+v", d.Speakers)
	} else if m := sp.Mentions[len(sp.Mentions)-1]; m.Start != runeAt(t, text, "Tom Ruiz", 0) {
		t.Errorf("“Tom Ruiz” at %d, want %d", m.Start, runeAt(t, text, "Tom Ruiz", 0))
	}
	exportsReadBack(t, tb)
	tb.checkQuiet(server.URL + "/")
}

// exportsReadBack exports the open document, with its edits, in every format that imports
// (json, w3c, brat) through the page's API, reads each back with package formats and wants
// exactly the document current() gives: same offsets, texts, speakers and "by".
func exportsReadBack(t *testing.T, tb *tab) {
	t.Helper()
	want := current(t, tb)
	for _, f := range []string{"json", "w3c", "brat"} {
		out := eval[string](tb, `articleAnnotator.export('`+f+`')`)
		var got *annotate.Document
		var err error
		if f == "brat" {
			got, err = formats.ImportBrat([]byte(want.Text), []byte(out))
		} else {
			var docs []*annotate.Document
			if docs, err = formats.Import("export."+map[string]string{"json": "json", "w3c": "jsonld"}[f], []byte(out)); err == nil && len(docs) != 1 {
				t.Fatalf("%s: %d documents read back, want 1", f, len(docs))
			} else if err == nil {
				got = docs[0]
			}
		}
		if err != nil {
			t.Fatalf("%s export does not read back: %v", f, err)
		}
		w := *want
		if f == "brat" {
			w.ID = "" // brat names documents by file; it has no place for an id
		}
		if !reflect.DeepEqual(got, &w) {
			t.Errorf("%s export read back differs from the open document:\n got %+v\nwant %+v", f, got, &w)
		}
	}
}
