// Package edit holds one article's annotations while a person corrects them: it applies each
// change (add, delete, retype or resize a span, link a quote to a speaker, merge speakers, set a
// date's value, accept or reject a machine suggestion, change the text or the reference date),
// records it so that it can be undone and redone, and saves the whole state, history included, as
// bytes the page keeps in IndexedDB.
//
// It works on annotate.Document, in code points as the document does, and touches no DOM: the page
// (package wasm) turns key presses and selections into Ops, and render draws the result. It finds
// nothing itself (the engine, package annotate, runs again where an op needs it: SetText,
// SetReference, a new date's value), reads and writes no exchange format (package formats), and
// stores nothing: the page keeps the bytes Marshal returns.
//
// session.go holds the Session, history.go the changes it remembers, shift.go the move a change of
// the text makes of every span after it (which SetText carries annotations with and the history
// replays rather than stores), persist.go their saving,
// verify.go the check that a change leaves a document whole, at the cost of what it touched;
// ref.go reads refs ("q3", "s1.m2"); the ops live with what they change: spans.go (Add, Delete,
// Retype, Resize), quotes.go (SetKind, Link, LinkNamed), speakers.go (NewSpeaker, Rename, Merge,
// Split, MarkAll), dates.go and timex.go (SetDate, SetReference), review.go (Accept, Reject, Pending),
// text.go (SetText); snap.go snaps selections to words and describe.go words each change.
package edit

import (
	"slices"

	"github.com/article-annotator/annotator/annotate"
)

// Op is one change a person makes to a document. Ops are values: the page builds one (Add, Delete,
// Retype, Resize, SetKind, Link, LinkNamed, NewSpeaker, Rename, Merge, Split, MarkAll, SetDate,
// Accept, Reject, SetReference, SetText), and the session applies it and keeps what it needs to undo it.
type Op interface {
	// apply changes doc, a copy the session made, and returns the ref of the annotation it made or
	// changed ("q3", "d2", "s1", or "s1.m2" for the second mention of speaker s1), or an error that
	// says in plain words why it cannot be done; on error the session drops the copy.
	apply(doc *annotate.Document) (ref string, err error)
	// describe says in a few words what the op did, given the document before and after it.
	describe(before, after *annotate.Document, ref string) string
}

// Session is one article being corrected: the current document and its history, kept as the
// differences each change made (see change), the last maxHistory of them.
type Session struct {
	doc        *annotate.Document
	undo, redo []change // the changes made, oldest first, and those undone, the last undone last
	// checked is set once doc and every document Undo and Redo can reach are known to hold the
	// invariants (annotate.Document.Check), so that Do need check only what a change touched
	// (see verify); at converts code points of doc's text to bytes for that, built when needed.
	checked bool
	at      *offsets
}

// New starts a session on doc, which it owns from now on.
func New(doc *annotate.Document) *Session { return &Session{doc: doc} }

// Doc returns the current document. Callers must not change it: every change goes through Do.
// A document once returned is never changed by the session either, so it may be kept.
func (s *Session) Doc() *annotate.Document { return s.doc }

// Do applies op and records it for Undo, clearing what was undone before. It returns the ref of
// the annotation the op made or changed ("" for the reference date and the text), or an error that
// says why the op cannot be done, in which case nothing changes. An op that changes nothing is not
// recorded. UndoLabel then describes what it did.
func (s *Session) Do(op Op) (ref string, err error) {
	if !s.checked {
		// A new session's document is checked whole once; from then on each change is.
		if err := s.doc.Check(); err != nil {
			return "", err
		}
		s.checked = true
	}
	next := clone(s.doc)
	if ref, err = op.apply(next); err != nil {
		return "", err
	}
	c := diff(s.doc, next)
	if c.empty() {
		return ref, nil
	}
	at, err := verify(next, c, true, s.at)
	if err != nil {
		return "", err
	}
	s.at = at
	c.What = op.describe(s.doc, next, ref)
	s.undo = append(s.undo, c)
	if len(s.undo) > maxHistory {
		s.undo = slices.Delete(s.undo, 0, len(s.undo)-maxHistory)
	}
	s.redo = nil
	s.doc = next
	return ref, nil
}

// CanUndo reports whether there is a change to undo.
func (s *Session) CanUndo() bool { return len(s.undo) > 0 }

// CanRedo reports whether there is an undone change to redo.
func (s *Session) CanRedo() bool { return len(s.redo) > 0 }

// UndoLabel describes the change Undo would undo ("Deleted quote q3"), or "" when there is none.
// Right after Do it describes what Do did.
func (s *Session) UndoLabel() string {
	if len(s.undo) == 0 {
		return ""
	}
	return s.undo[len(s.undo)-1].What
}

// RedoLabel describes the change Redo would redo, or "" when there is none. Right after Undo it
// describes what Undo undid.
func (s *Session) RedoLabel() string {
	if len(s.redo) == 0 {
		return ""
	}
	return s.redo[len(s.redo)-1].What
}

// Undo goes back one change; it reports false when there is none.
func (s *Session) Undo() bool {
	if len(s.undo) == 0 {
		return false
	}
	c := s.undo[len(s.undo)-1]
	doc, err := c.replay(s.doc, false)
	if err != nil {
		return false // cannot happen: Unmarshal replays every change before it accepts a history
	}
	s.doc = doc
	if c.Text != nil {
		s.at = nil
	}
	s.undo = s.undo[:len(s.undo)-1]
	s.redo = append(s.redo, c)
	return true
}

// Redo goes forward one undone change; it reports false when there is none.
func (s *Session) Redo() bool {
	if len(s.redo) == 0 {
		return false
	}
	c := s.redo[len(s.redo)-1]
	doc, err := c.replay(s.doc, true)
	if err != nil {
		return false
	}
	s.doc = doc
	if c.Text != nil {
		s.at = nil
	}
	s.redo = s.redo[:len(s.redo)-1]
	s.undo = append(s.undo, c)
	return true
}

// clone copies doc deeply enough that changing the copy's slices and spans leaves doc alone. Empty
// lists stay empty rather than nil, so the JSON keeps writing [] for them.
func clone(doc *annotate.Document) *annotate.Document {
	c := *doc
	c.Speakers = slices.Clone(doc.Speakers)
	for i := range c.Speakers {
		c.Speakers[i].Mentions = slices.Clone(c.Speakers[i].Mentions)
	}
	c.Quotes = slices.Clone(doc.Quotes)
	c.Dates = slices.Clone(doc.Dates)
	return &c
}
