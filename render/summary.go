package render

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/article-annotator/annotator/annotate"
)

// Share is how much one speaker is quoted in an article.
type Share struct {
	ID, Name string
	Quotes   int // the number of quotes attributed to the speaker
	Words    int // the words in those quotes
}

// Summary is who is quoted in an article: the speakers ranked by their number of quotes, then by
// their words, then by name; and the unattributed quotes, counted apart. A quote whose speaker id
// names no speaker of the document counts as unattributed.
type Summary struct {
	Speakers     []Share // speakers with at least one quote, most quoted first
	Unattributed Share   // quotes with no speaker (ID and Name empty)
	Words        int     // the words of all quotes, attributed or not
}

// Summarize counts the quotes and quoted words of each speaker. Words are runs of letters and
// digits (an apostrophe or hyphen between two letters keeps one word: "don't", "well-known"), so
// quotation marks and punctuation count for nothing.
func Summarize(doc *annotate.Document) Summary {
	byID := map[string]*Share{}
	var order []*Share
	for _, s := range doc.Speakers {
		sh := &Share{ID: s.ID, Name: s.Name}
		byID[s.ID] = sh
		order = append(order, sh)
	}
	var sum Summary
	for _, q := range doc.Quotes {
		n := words(q.Text)
		sum.Words += n
		sh := &sum.Unattributed
		if q.Speaker != nil && byID[*q.Speaker] != nil {
			sh = byID[*q.Speaker]
		}
		sh.Quotes++
		sh.Words += n
	}
	for _, sh := range order {
		if sh.Quotes > 0 {
			sum.Speakers = append(sum.Speakers, *sh)
		}
	}
	sort.SliceStable(sum.Speakers, func(i, j int) bool {
		a, b := sum.Speakers[i], sum.Speakers[j]
		if a.Quotes != b.Quotes {
			return a.Quotes > b.Quotes
		}
		if a.Words != b.Words {
			return a.Words > b.Words
		}
		return a.Name < b.Name
	})
	return sum
}

// Percent is sh's share of the quoted words, rounded to a whole percent.
func (s Summary) Percent(sh Share) int {
	if s.Words == 0 {
		return 0
	}
	return (200*sh.Words + s.Words) / (2 * s.Words)
}

// words counts runs of letters and digits; an apostrophe or hyphen joins two such runs.
func words(s string) int {
	n, in := 0, false
	r := []rune(s)
	for i, c := range r {
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c):
			if !in {
				n++
			}
			in = true
		case in && (c == '\'' || c == '’' || c == '-') && i+1 < len(r) && unicode.IsLetter(r[i+1]):
			// still inside the word
		default:
			in = false
		}
	}
	return n
}

// SummaryHTML renders the who-is-quoted summary as a section of the panel: a table of the
// speakers, most quoted first, with their number of quotes and share of the quoted words (a
// <meter> draws it as a bar, so no inline style is needed under the page's CSP), then a row for
// the unattributed quotes. Names are text, not buttons: the speaker list below goes to the marks. It is empty when the article has no quotes.
func SummaryHTML(doc *annotate.Document) string {
	sum := Summarize(doc)
	if sum.Speakers == nil && sum.Unattributed.Quotes == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<section class="group summary" aria-labelledby="panel-summary"><h2 id="panel-summary">Who is quoted</h2>`)
	b.WriteString(`<table class="shares"><caption class="offscreen">Speakers ranked by number of quotes, with their share of the quoted words</caption>`)
	b.WriteString(`<thead><tr><th scope="col">Speaker</th><th scope="col" class="num">Quotes</th><th scope="col" class="num">Share of words</th></tr></thead><tbody>`)
	row := func(sh Share, name, class string) {
		pct := sum.Percent(sh)
		b.WriteString(`<tr class="` + class + `"><th scope="row">`)
		b.WriteString(escape(name))
		b.WriteString(`</th><td class="num">` + strconv.Itoa(sh.Quotes) + `</td><td class="num">`)
		b.WriteString(fmt.Sprintf(`<meter min="0" max="100" value="%d" aria-hidden="true"></meter> <span class="pct">%d%%</span>`, pct, pct))
		b.WriteString(`</td></tr>`)
	}
	for _, sh := range sum.Speakers {
		row(sh, sh.Name, "ranked")
	}
	if sum.Unattributed.Quotes > 0 {
		row(sum.Unattributed, "Speaker unknown", "unattributed")
	}
	b.WriteString(`</tbody></table>`)
	b.WriteString(`<p class="note">` + count(len(doc.Quotes), "quote") + ", " + count(sum.Words, "quoted word") + `.</p></section>`)
	return b.String()
}
