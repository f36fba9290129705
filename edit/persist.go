package edit

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/article-annotator/annotator/annotate"
)

// savedVersion is the version of the format Marshal writes; Unmarshal refuses others.
const savedVersion = 1

// saved is a session as Marshal writes it: the current document and the history on both sides of
// it, each change as the difference it made (see change), so the text is written once however
// many changes there are.
type saved struct {
	Version int                `json:"version"`
	Doc     *annotate.Document `json:"doc"`
	Undo    []change           `json:"undo"`
	Redo    []change           `json:"redo"`
}

// Marshal writes the session, document and history, as JSON for the page to keep in IndexedDB,
// in ASCII (asciiJSON). Unmarshal gives back a session with the same document that undoes and
// redoes the same way.
func (s *Session) Marshal() ([]byte, error) {
	b, err := json.Marshal(saved{Version: savedVersion, Doc: s.doc, Undo: s.undo, Redo: s.redo})
	return asciiJSON(b), err
}

// Unmarshal reads what Marshal wrote. It refuses, with an error saying why, bytes that are not a
// saved session, a document that breaks its invariants (annotate.Document.Check), and a history
// that does not replay on its document: every change is undone (or, for those undone, redone)
// once on a copy first, and each document it gives is checked, so Undo and Redo never meet a
// change that does not fit or a document that is broken.
//
// The saved document is checked whole; each document of the history only where the change that
// made it differs from the one before (see verify), so a history of small changes to a long
// article costs little more than the article itself.
func Unmarshal(b []byte) (*Session, error) {
	var v saved
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("edit: the saved session cannot be read: %v", err)
	}
	if v.Version != savedVersion {
		return nil, fmt.Errorf("edit: the saved session has version %d; this page reads version %d", v.Version, savedVersion)
	}
	if v.Doc == nil {
		return nil, errors.New("edit: the saved session holds no document")
	}
	if err := v.Doc.Check(); err != nil {
		return nil, fmt.Errorf("edit: the saved document is broken: %v", err)
	}
	if len(v.Undo) > maxHistory || len(v.Redo) > maxHistory {
		return nil, fmt.Errorf("edit: the saved history holds more than %d changes", maxHistory)
	}
	var at *offsets // for the saved document's text, shared by both sides
	if len(v.Undo) > 0 || len(v.Redo) > 0 {
		at = newOffsets(v.Doc.Text)
	}
	for _, side := range []struct {
		list    []change
		forward bool
	}{{v.Undo, false}, {v.Redo, true}} {
		// Each side walks the history on a copy of the document's lists, changed in place.
		doc, docAt := *v.Doc, at
		doc.Speakers, doc.Quotes, doc.Dates = slices.Clone(doc.Speakers), slices.Clone(doc.Quotes), slices.Clone(doc.Dates)
		for i := len(side.list) - 1; i >= 0; i-- {
			err := side.list[i].replayOn(&doc, side.forward)
			if err == nil {
				docAt, err = verify(&doc, side.list[i], side.forward, docAt)
			}
			if err != nil {
				return nil, fmt.Errorf("edit: the saved history is broken at %q: %v", side.list[i].What, err)
			}
		}
	}
	return &Session{doc: v.Doc, undo: v.Undo, redo: v.Redo, checked: true, at: at}, nil
}
