// Package render turns an article and its annotations into HTML: the Markdown rendered by goldmark
// with every annotated span wrapped in a <mark>. It is pure Go and never touches the DOM.
package render

import _ "github.com/yuin/goldmark"
