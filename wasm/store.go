//go:build js && wasm

package main

// persist keeps the open session in the browser's storage after every change.
// TODO(issue 5): IndexedDB; until then the session lives in memory only.
func (p *page) persist() {}

// restore opens the article the user had open when the page was last closed, and reports whether
// there was one. TODO(issue 5): IndexedDB.
func (p *page) restore() bool { return false }
