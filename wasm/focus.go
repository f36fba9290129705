//go:build js && wasm

package main

import (
	"slices"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
)

// This file keeps the keyboard's place when the highlight that has the focus goes: a person who
// deletes one with the keyboard goes on from the next, not from the top of the page.

// removeFocused deletes ref, the focused highlight, and moves the focus to the highlight that now
// stands in its place in the text (the next one, or the one before at the end).
func (p *page) removeFocused(ref string) {
	at := -1
	if f, ok := lookup(p.session().Doc(), ref); ok && f.kind != "person" {
		at = f.span.Start
	}
	if p.remove(ref) == "" || at < 0 {
		return
	}
	for _, next := range refsFrom(p.session().Doc(), at) {
		if p.focusRef(next) {
			return
		}
	}
}

// refsFrom lists the refs of doc's quotes, dates and mentions that start at or after at, in text
// order, then those before it, nearest first.
func refsFrom(doc *annotate.Document, at int) []string {
	type spot struct {
		start int
		ref   string
	}
	var all []spot
	for _, s := range doc.Speakers {
		for j, m := range s.Mentions {
			all = append(all, spot{m.Start, edit.MentionRef(s.ID, j)})
		}
	}
	for _, q := range doc.Quotes {
		all = append(all, spot{q.Start, q.ID})
	}
	for _, d := range doc.Dates {
		all = append(all, spot{d.Start, d.ID})
	}
	after, before := []spot{}, []spot{}
	for _, s := range all {
		if s.start >= at {
			after = append(after, s)
		} else {
			before = append(before, s)
		}
	}
	slices.SortStableFunc(after, func(a, b spot) int { return a.start - b.start })
	slices.SortStableFunc(before, func(a, b spot) int { return b.start - a.start })
	refs := make([]string, 0, len(all))
	for _, s := range append(after, before...) {
		refs = append(refs, s.ref)
	}
	return refs
}
