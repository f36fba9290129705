package main

import "github.com/article-annotator/annotator/internal/benchtext"

// article is the text of about size bytes that both engines annotate: the one the Go benchmarks
// of each stage (`make bench`) measure, so that in-page and native numbers describe the same text.
func article(size int) string { return benchtext.Article(size) }
