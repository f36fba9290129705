//go:build js && wasm

package main

import "github.com/article-annotator/annotator/annotate"

// This file keeps the page's fields in step with the document after an undo or redo, which may
// take the text or the reference date back to what it was.

// followRef makes the reference date field, the page's own copy of it (userRef) and its note say
// the document's reference date. A date the text gives itself is shown by showRef; one set by a
// person or with an import is the page's userRef.
func (p *page) followRef(doc *annotate.Document) {
	ref := ""
	if doc.ReferenceDate != nil && doc.ReferenceDateFrom == nil {
		ref = *doc.ReferenceDate
	}
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
// has text, except for a long one that holds no person's work, which the engine's worker
// annotates afresh (long.go) so that the page never waits for it.
func (p *page) throughSession(text string) bool {
	if p.hasHumanWork() {
		return true
	}
	return p.sess != nil && p.sess.Doc().Text != "" && len(text) < longText
}
