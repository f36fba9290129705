package edit

import (
	"encoding/json"
	"errors"
	"fmt"

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

// Marshal writes the session, document and history, as JSON for the page to keep in IndexedDB.
// Unmarshal gives back a session with the same document that undoes and redoes the same way.
func (s *Session) Marshal() ([]byte, error) {
	return json.Marshal(saved{Version: savedVersion, Doc: s.doc, Undo: s.undo, Redo: s.redo})
}

// Unmarshal reads what Marshal wrote. It refuses, with an error saying why, bytes that are not a
// saved session, a document that breaks its invariants (annotate.Document.Check), and a history
// that does not replay on its document: every change is undone and redone once on a copy first,
// so Undo and Redo never meet a change that does not fit.
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
	for _, side := range []struct {
		list    []change
		forward bool
	}{{v.Undo, false}, {v.Redo, true}} {
		doc := v.Doc
		for i := len(side.list) - 1; i >= 0; i-- {
			next, err := side.list[i].replay(doc, side.forward)
			if err == nil {
				err = next.Check()
			}
			if err != nil {
				return nil, fmt.Errorf("edit: the saved history is broken at %q: %v", side.list[i].What, err)
			}
			doc = next
		}
	}
	return &Session{doc: v.Doc, undo: v.Undo, redo: v.Redo}, nil
}
