//go:build !wasm

// Calls: word and get, which the compiler inlines here; calls_wasm.go says why WebAssembly keeps
// them as calls.
package quotes

// word returns the text of token i if it is a word, else "" (for an i out of range too).
func (f *finder) word(i int) string { return f.wordAt(i) }

// get returns the value of w as written, as indexing the map would.
func (s *words[V]) get(w string) V { return s.valueOf(w) }
