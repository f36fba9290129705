package render

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
)

// Panel renders the side panel: who is quoted (SummaryHTML); the speakers (canonical name, number of quotes) ordered by their
// number of quotes, each with its quotes; the unattributed quotes as a group of their own; and the
// dates with their values in words, on a timeline in calendar order (timeline.go). Every entry is a button whose data-target names the data-id
// of the marks it goes to.
func Panel(doc *annotate.Document) string {
	l := newLabels(doc)
	var b strings.Builder
	byID := map[string][]annotate.Quote{}
	var orphans []annotate.Quote
	for _, q := range doc.Quotes {
		if q.Speaker != nil {
			if _, ok := l.names[*q.Speaker]; ok {
				byID[*q.Speaker] = append(byID[*q.Speaker], q)
				continue
			}
		}
		orphans = append(orphans, q)
	}
	speakers := append([]annotate.Speaker(nil), doc.Speakers...)
	sort.SliceStable(speakers, func(i, j int) bool { return len(byID[speakers[i].ID]) > len(byID[speakers[j].ID]) })

	per := listShare(len(doc.Quotes), len(speakers), len(orphans) > 0)
	b.WriteString(SummaryHTML(doc))
	b.WriteString(`<section class="group" aria-labelledby="panel-speakers"><h2 id="panel-speakers">Speakers and quotes</h2>`)
	if len(speakers) == 0 && len(orphans) == 0 {
		b.WriteString(`<p class="empty">No quotes found.</p>`)
	}
	if len(speakers) > 0 || len(orphans) > 0 {
		b.WriteString(`<ul class="speakers">`)
		for _, s := range speakers {
			b.WriteString(`<li class="speaker"><button type="button" class="goto" data-kind="speaker" data-target="`)
			b.WriteString(escape(s.ID))
			b.WriteString(`"><span class="name">`)
			b.WriteString(escape(s.Name))
			b.WriteString(`</span> <span class="count">`)
			b.WriteString(count(len(byID[s.ID]), "quote"))
			b.WriteString(`</span></button>`)
			writeQuotes(&b, byID[s.ID], per)
			b.WriteString(`</li>`)
		}
		if len(orphans) > 0 {
			b.WriteString(`<li class="speaker unattributed"><span class="name">Speaker unknown</span> <span class="count">`)
			b.WriteString(count(len(orphans), "quote"))
			b.WriteString(`</span>`)
			writeQuotes(&b, orphans, per)
			b.WriteString(`</li>`)
		}
		b.WriteString(`</ul>`)
	}
	b.WriteString(`</section><section class="group" aria-labelledby="panel-dates"><h2 id="panel-dates">Dates</h2>`)
	if len(doc.Dates) == 0 {
		b.WriteString(`<p class="empty">No dates found.</p>`)
	} else {
		writeTimeline(&b, doc, l)
	}
	b.WriteString(`</section>`)
	return b.String()
}

// listLimit is the most entries one list of the panel shows (a speaker's quotes, the dates). A
// book or a long transcript has tens of thousands, and drawing them all would cost the page
// seconds; the article and the review show every one.
const listLimit = 250

// quoteEntries is the most quotes the panel lists in all. An article with more (a transcript, a
// book: a 10 MB one has 117,000 quotes of 62 speakers, which listed 250 each made 3 MB of the
// panel's HTML, for the page to parse in one go) lists each speaker's first share of them, at
// least shareMin. The browser styles and lays out every entry the panel lists in the frame that
// shows it: 2,000 entries took the page's thread 35-50 ms there (Chrome's tracing of a 10 MB
// paste), 500 about a quarter of that.
const (
	quoteEntries = 500
	shareMin     = 5
)

// listShare is how many quotes each speaker's list shows, for n quotes of the given number of
// speakers, and the group of unattributed quotes when there is one.
func listShare(n, speakers int, orphans bool) int {
	groups := speakers
	if orphans {
		groups++
	}
	if n <= quoteEntries || groups == 0 {
		return listLimit
	}
	return min(listLimit, max(shareMin, quoteEntries/groups))
}

// writeQuotes lists the first per of qs, and says how many more there are.
func writeQuotes(b *strings.Builder, qs []annotate.Quote, per int) {
	if len(qs) == 0 {
		return
	}
	b.WriteString(`<ol class="quotes">`)
	for _, q := range qs[:min(len(qs), per)] {
		b.WriteString(`<li><button type="button" class="goto" data-kind="quote" data-target="`)
		b.WriteString(escape(q.ID))
		b.WriteString(`">`)
		b.WriteString(escape(clip(q.Text, 140)))
		if q.Source != nil || q.Cue != nil {
			b.WriteString(` <span class="via">`)
			var via []string
			if q.Source != nil {
				via = append(via, clip(q.Source.Text, 40))
			}
			if q.Cue != nil {
				via = append(via, clip(q.Cue.Text, 40))
			}
			b.WriteString(escape(strings.Join(via, " ")))
			b.WriteString(`</span>`)
		}
		b.WriteString(`</button></li>`)
	}
	if len(qs) > per {
		b.WriteString(`<li class="more">… and ` + count(len(qs)-per, "more quote") + `, not listed: the article and the review show them.</li>`)
	}
	b.WriteString(`</ol>`)
}

// clip shortens s to at most n code points, ending with "…" when cut, and flattens line breaks.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
