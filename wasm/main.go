//go:build js && wasm

// Command wasm is the page's engine: it wires the annotator to the DOM of web/index.html.
package main

import _ "honnef.co/go/js/dom/v2"

func main() {}
