// Package edit holds one article's annotations while a person corrects them: it applies each
// change (add, delete, retype or resize a span, link a quote to a speaker, merge speakers, set a
// date's value, accept or reject a machine suggestion, change the text or the reference date),
// records it so that it can be undone and redone, and saves the whole state, history included, as
// bytes the page keeps in IndexedDB.
//
// It works on annotate.Document, in code points as the document does, and touches no DOM: the page
// (package wasm) turns key presses and selections into Ops, and render draws the result.
package edit

import (
	"errors"

	"github.com/article-annotator/annotator/annotate"
)

// Op is one change a person makes to a document. Ops are values: the page builds one, the session
// applies it and keeps what it needs to undo it.
type Op interface {
	// apply changes doc in place and returns the id of the annotation it made or changed ("q3",
	// "d2", "s1", or "s1.m2" for the second mention of speaker s1), or an error that says in plain
	// words why it cannot be done, leaving doc as it was.
	apply(doc *annotate.Document) (ref string, err error)
}

// Session is one article being corrected: the current document and its history.
type Session struct {
	doc          *annotate.Document
	past, future []*annotate.Document // the states before each change, and those undone
}

// New starts a session on doc, which it owns from now on.
func New(doc *annotate.Document) *Session { return &Session{doc: doc} }

// Doc returns the current document. Callers must not change it: every change goes through Do.
func (s *Session) Doc() *annotate.Document { return s.doc }

// Do applies op and records it for Undo. It clears what was undone before.
func (s *Session) Do(op Op) (ref string, err error) {
	next := clone(s.doc)
	ref, err = op.apply(next)
	if err != nil {
		return "", err
	}
	s.past = append(s.past, s.doc)
	s.future = s.future[:0]
	s.doc = next
	return ref, nil
}

// CanUndo reports whether there is a change to undo.
func (s *Session) CanUndo() bool { return len(s.past) > 0 }

// CanRedo reports whether there is an undone change to redo.
func (s *Session) CanRedo() bool { return len(s.future) > 0 }

// Undo goes back one change; it reports false when there is none.
func (s *Session) Undo() bool {
	if len(s.past) == 0 {
		return false
	}
	s.future = append(s.future, s.doc)
	s.doc = s.past[len(s.past)-1]
	s.past = s.past[:len(s.past)-1]
	return true
}

// Redo goes forward one undone change; it reports false when there is none.
func (s *Session) Redo() bool {
	if len(s.future) == 0 {
		return false
	}
	s.past = append(s.past, s.doc)
	s.doc = s.future[len(s.future)-1]
	s.future = s.future[:len(s.future)-1]
	return true
}

// Marshal writes the session, history included, for the page to keep.
func (s *Session) Marshal() ([]byte, error) { return nil, errors.New("edit: Marshal is not written yet") }

// Unmarshal reads what Marshal wrote.
func Unmarshal(b []byte) (*Session, error) { return nil, errors.New("edit: Unmarshal is not written yet") }

// clone copies doc deeply enough that changing the copy's slices and spans leaves doc alone.
func clone(doc *annotate.Document) *annotate.Document {
	c := *doc
	c.Speakers = append([]annotate.Speaker(nil), doc.Speakers...)
	for i := range c.Speakers {
		c.Speakers[i].Mentions = append([]annotate.Mention(nil), c.Speakers[i].Mentions...)
	}
	c.Quotes = append([]annotate.Quote(nil), doc.Quotes...)
	c.Dates = append([]annotate.Date(nil), doc.Dates...)
	return &c
}
