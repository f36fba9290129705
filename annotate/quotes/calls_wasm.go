//go:build wasm

// Calls: the two questions the rules ask at almost every step, "which word is token i" and "what
// is word w in this list", kept as calls in WebAssembly.
//
// Go's WebAssembly port makes each function one loop that jumps from block to block through a
// table, and V8 runs a long function's jumps slower than a short one's. Inlined, word and get
// put hundreds of copies of their blocks into the longest rules (verb alone held 82 of word);
// as calls they make Find about 5% faster under node, and no slower in Chromium. Natively they
// stay inlined (calls_other.go has the same two functions without the directive), where the
// calls would cost more than the copies.
package quotes

// word returns the text of token i if it is a word, else "" (for an i out of range too).
//
//go:noinline
func (f *finder) word(i int) string { return f.wordAt(i) }

// get returns the value of w as written, as indexing the map would.
//
//go:noinline
func (s *words[V]) get(w string) V { return s.valueOf(w) }
