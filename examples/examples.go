// Package examples holds the short article that the page's "Try an example" button loads and that
// the tests use. It was written for this project; it is not taken from any news source or data set.
package examples

import _ "embed"

// Harbour is a short Markdown news article with direct and reported quotes, pronoun attributions,
// a dateline and relative dates.
//
//go:embed harbour.md
var Harbour string

// HarbourReferenceDate is the date the article's dateline implies.
const HarbourReferenceDate = "2026-03-14"
