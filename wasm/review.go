//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"github.com/article-annotator/annotator/edit"
)

// review walks the machine's suggestions that no one has checked yet (Session.Pending, which
// puts unattributed quotes first), one at a time: each is focused in the article, and the
// person accepts it, rejects it, edits it or passes on. The bar above the article says what is
// left.
type review struct {
	on bool
	i  int // the place in the pending list of the suggestion shown
}

func (p *page) wireReview() {
	click := func(id string, f func()) { p.listen(elem(id), "click", func(js.Value) { f() }) }
	click("review-start", p.reviewStart)
	click("review-accept", func() { p.reviewAct('a') })
	click("review-reject", func() { p.reviewAct('x') })
	click("review-edit", func() { p.reviewAct('e') })
	click("review-next", func() { p.reviewStep(1) })
	click("review-prev", func() { p.reviewStep(-1) })
	click("review-stop", p.reviewStop)
}

// reviewStart begins the review at the first pending suggestion.
func (p *page) reviewStart() {
	if p.session() == nil || p.session().Doc().Text == "" {
		p.setStatus("Paste an article first.")
		return
	}
	p.rev = review{on: true}
	elem("review").Set("hidden", false)
	p.reviewShow()
}

// reviewStop ends the review.
func (p *page) reviewStop() {
	if !p.rev.on {
		return
	}
	p.rev.on = false
	elem("review").Set("hidden", true)
	p.outline("reviewing", "")
	p.setStatus("Review stopped.")
}

// reviewCurrent is the reference of the suggestion under review, or "".
func (p *page) reviewCurrent() string {
	pending := p.session().Pending()
	if !p.rev.on || len(pending) == 0 {
		return ""
	}
	return pending[min(p.rev.i, len(pending)-1)]
}

// reviewShow focuses the suggestion under review and says how many are left.
func (p *page) reviewShow() {
	pending := p.session().Pending()
	status := elem("review-status")
	if len(pending) == 0 {
		status.Set("textContent", "Review done: every suggestion is checked. Press Esc to close.")
		for _, id := range []string{"review-accept", "review-reject", "review-edit", "review-next", "review-prev"} {
			elem(id).Set("disabled", true)
		}
		elem("review-stop").Call("focus")
		return
	}
	for _, id := range []string{"review-accept", "review-reject", "review-edit", "review-next", "review-prev"} {
		elem(id).Set("disabled", false)
	}
	p.rev.i = min(max(p.rev.i, 0), len(pending)-1)
	ref := pending[p.rev.i]
	f, _ := lookup(p.session().Doc(), ref)
	what := kindWord(f.kind)
	if f.kind == edit.KindQuote && f.quote.Speaker == nil {
		what = "unattributed quote"
	}
	status.Set("textContent", plural(len(pending), "suggestion")+" left to check. "+
		strconv.Itoa(p.rev.i+1)+" of "+strconv.Itoa(len(pending))+": "+what+" "+quoted(f.span.Text, 80)+".")
	if !p.focusRef(ref) {
		status.Set("textContent", status.Get("textContent").String()+" (It is not shown in the article: it lies in Markdown markup.)")
	}
	p.outline("reviewing", ref)
}

// reviewAct accepts ('a'), rejects ('x') or edits ('e') the suggestion under review. Accepting
// or rejecting takes it off the list, so the next one moves into its place.
func (p *page) reviewAct(what byte) {
	ref := p.reviewCurrent()
	if ref == "" {
		return
	}
	switch what {
	case 'a':
		p.change(edit.Accept{Ref: ref}, "Accepted "+ref+".")
	case 'x':
		p.change(edit.Reject{Ref: ref}, "Rejected "+ref+". Ctrl+Z undoes it.")
	case 'e':
		p.inspect(ref, true)
	}
}

// reviewStep moves to the next (+1) or previous (-1) suggestion, leaving this one as it is.
func (p *page) reviewStep(d int) {
	n := len(p.session().Pending())
	if !p.rev.on || n == 0 {
		return
	}
	p.rev.i = (p.rev.i + d + n) % n
	p.reviewShow()
}
