//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
)

// This file keeps the page's fields in step with the document after an undo or redo, which may
// take the text or the reference date back to what it was, and keeps the history of a long
// article that the engine's worker annotates (long.go). Such an article's session stays in its
// saved form, a JS string the page never reads into Go; a new text or reference date for it,
// and its undo and redo, go to the worker with that saved session (again), which applies them
// as changes of the session, kept in its history as for a short article, and sends the article
// back as it sends a paste.

// followRef makes the reference date field, the page's own copy of it (userRef) and its note say
// the document's reference date. A date the text gives itself is shown by showRef; one set by a
// person or with an import is the page's userRef.
func (p *page) followRef(doc *annotate.Document) {
	p.followUserRef(userRefOf(doc))
}

// followUserRef is followRef for ref, the reference date a person or an import set ("" when the
// text gives it, or there is none).
func (p *page) followUserRef(ref string) {
	if ref != p.userRef {
		p.userRef, p.refWhy = ref, ""
		if ref != "" {
			p.refWhy = "set by you; relative dates follow it"
		}
	}
	if ref != "" {
		p.ref.SetValue(ref)
	}
}

// userRefOf is the reference date of doc that a person or an import set, "" when the text gives
// it or there is none: the page's userRef for doc.
func userRefOf(doc *annotate.Document) string {
	if doc.ReferenceDate != nil && doc.ReferenceDateFrom == nil {
		return *doc.ReferenceDate
	}
	return ""
}

// areaToDoc maps a code point offset in the text area's value, which shows each CRLF of text as
// one "\n", to a code point offset of text.
func areaToDoc(text string, n int) int {
	r := []rune(text)
	i := 0
	for shown := 0; i < len(r) && shown < n; shown++ {
		if r[i] == '\r' && i+1 < len(r) && r[i+1] == '\n' {
			i++
		}
		i++
	}
	return i
}

// throughSession reports whether a new text or reference date for the open article is a change
// of its session, kept in its history, rather than a fresh annotation: always once the article
// has text, except for a long one, which the engine's worker annotates (update, again) so that
// the page never waits for it. A long article whose text becomes short is read into Go for it.
func (p *page) throughSession(text string) bool {
	if p.sess == nil && p.lazy != nil && len(text) < longText {
		// A long article the worker left, its text now short (all of it replaced): the change
		// is made to its session here, kept in its history, as any short article's.
		p.session()
	}
	if p.hasHumanWork() {
		return true
	}
	return p.sess != nil && p.sess.Doc().Text != "" && len(text) < longText
}

// savedBase is the saved session, a JS string, that a change of the open article starts from in
// the engine's worker: the session the worker sent last, while the page shows it unchanged (not
// read into Go, or read and not changed since) or a run from it is on. It is undefined otherwise.
func (p *page) savedBase() js.Value {
	w := &p.work
	if w.base.Type() != js.TypeString || lib.pend.restoring {
		return js.Undefined()
	}
	if p.sess == nil || p.sess.Doc() == w.baseDoc {
		return w.base
	}
	return js.Undefined()
}

// historyText is the size, in UTF-16 units, from which typing into a long article that holds
// nothing to undo is annotated afresh, as it was before the worker kept a history, rather than
// kept in its history. Package edit keeps a change of the text as the edit and the annotations it
// really changed, so a typed word adds some hundred bytes to the saved session whatever the
// article's size; what remains is the session itself, some six times the text, which the worker
// reads and writes for each change: from 32 M units (a saved session of some 200 MB) a fresh
// annotation is worth more than the undo.
const historyText = 32 << 20

// keepsHistory reports whether a change of the open long article goes to the worker as a change
// of its session: a new reference date always; typed text (typed) in an article of units UTF-16
// units shorter than historyText, or in one whose session has a history already, which a fresh
// annotation would lose.
func (p *page) keepsHistory(typed bool, units int) bool {
	return !typed || units < historyText || p.hasHistory("undo") || p.hasHistory("redo")
}

// hasHistory reports whether the open long article has a change to undo (op "undo") or redo:
// in its session once read into Go, else as the worker said when it sent it.
func (p *page) hasHistory(op string) bool {
	if p.sess != nil {
		if op == "undo" {
			return p.sess.CanUndo()
		}
		return p.sess.CanRedo()
	}
	if op == "undo" {
		return p.work.undo != ""
	}
	return p.work.redo != ""
}

// openedFrom makes saved, the session just opened as the JS string it was kept in (undefined
// when it was not), the one a change of the article starts from in the worker, when the article
// is long.
func (p *page) openedFrom(saved js.Value) {
	if saved.Type() == js.TypeString && p.sess != nil && len(p.sess.Doc().Text) >= longText {
		p.work.base, p.work.baseDoc = saved, p.sess.Doc()
	}
}

// historyInWorker undoes or redoes (op "undo" or "redo") the last change of a long article in
// the engine's worker, when its session is still in the saved form the worker sent, and reports
// whether it did (or said that there is nothing to undo or redo).
func (p *page) historyInWorker(op string) bool {
	base := p.savedBase()
	if base.Type() != js.TypeString {
		return false
	}
	if !p.hasHistory(op) {
		p.setStatus("Nothing to " + op + ".")
		return true
	}
	p.annotateInWorker(js.ValueOf(""), base, op) // the text is the session's
	return true
}

// followWorker takes what the worker's first message says of a session's change: the reference
// date set by a person, which an undo or redo may have changed, and the text, which it sends only
// when the change changed it.
func (p *page) followWorker(m js.Value) {
	if m.Get("op").Type() != js.TypeString {
		return // a fresh annotation
	}
	if t := m.Get("text"); t.Type() == js.TypeString {
		p.setText(t) // a text area the person asked to see stays shown
	}
	p.followUserRef(m.Get("userRef").String())
	p.markShown()
}

// keptHistory takes what the worker's last message says of the session it made: the saved form,
// which the next change starts from, and the labels of its undo and redo. It says in the status
// line what an undo or redo did.
func (p *page) keptHistory(m js.Value) {
	w := &p.work
	w.base, w.baseDoc = m.Get("session"), nil
	w.undo, w.redo = m.Get("undo").String(), m.Get("redo").String()
	switch m.Get("op").String() {
	case "undo":
		p.setStatus(label("Undone", w.redo) + ".")
	case "redo":
		p.setStatus(label("Redone", w.undo) + ".")
	}
}

// again is a change of a long article's session that the engine's worker makes: a new text or
// reference date, an undo or a redo.
type again struct {
	saved string // the session as Marshal wrote it
	op    string // "undo", "redo", or "" for the text and reference date of the message
	// refFirst, with op "", makes the reference date's change before the text's (orderChange)
	refFirst bool
}

// againOf reads a change of a session from the worker's message d, or returns nil when d asks
// for a fresh annotation.
func againOf(d js.Value) *again {
	if d.Get("session").Type() != js.TypeString {
		return nil
	}
	return &again{saved: d.Get("session").String(), op: d.Get("op").String(), refFirst: d.Get("refFirst").Truthy()}
}

// apply makes the change of text (a text area's value; "" leaves the text) and ref (the reference
// date a person set; "" lets the text give it) on the saved session, or undoes or redoes, and
// returns the session and whether the text changed. A new text and a new reference date are
// changes of their own, the text's first unless refFirst says the person set the date first.
func (g *again) apply(text, ref string) (*edit.Session, bool) {
	s, err := edit.Unmarshal([]byte(g.saved))
	if err != nil {
		panic(err)
	}
	g.saved = "" // the worker's memory is tight enough
	was := s.Doc().Text
	switch g.op {
	case "undo":
		s.Undo()
	case "redo":
		s.Redo()
	case "":
		setText := func() {
			if text != "" && !sameText(text, was) {
				if _, err := s.Do(edit.SetText{Text: text}); err != nil {
					panic(fmt.Errorf("the new text could not be annotated: %v", err))
				}
			}
		}
		if !g.refFirst {
			setText()
		}
		if ref != userRefOf(s.Doc()) {
			if _, err := s.Do(edit.SetReference{Date: ref}); err != nil {
				panic(err)
			}
		}
		if g.refFirst {
			setText()
		}
	default:
		panic(fmt.Errorf("the worker cannot %q a session", g.op))
	}
	return s, s.Doc().Text != was
}

// tell adds to the worker's first message m what the page needs of the change: the op, the
// reference date a person set, and the text when the change changed it (an undo or redo; a new
// text is the page's already).
func (g *again) tell(m map[string]any, s *edit.Session, textChanged bool) {
	m["op"], m["userRef"] = g.op, userRefOf(s.Doc())
	if textChanged && g.op != "" {
		m["text"] = s.Doc().Text
	}
}
