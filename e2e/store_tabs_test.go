//go:build e2e

package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// sameBrowserTab opens another tab beside tb's, sharing its storage (newTab would empty it).
func sameBrowserTab(t *testing.T) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel() })
	tb := &tab{t: t, ctx: ctx}
	tb.do(chromedp.EmulateViewport(1280, 900))
	return tb
}

// clickAgain clicks the first element matching sel, and clicks again, as a person would, when the
// list it is in was redrawn (by news from another tab) between finding the button and clicking it.
func (tb *tab) clickAgain(sel string) {
	tb.t.Helper()
	var err error
	for range 3 {
		if err = chromedp.Do(tb.ctx, chromedpClickCSS(sel)); err == nil || !strings.Contains(err.Error(), "Could not find node") {
			break
		}
	}
	if err != nil {
		tb.t.Fatal(err)
	}
}

// TestStoreTwoTabs keeps two tabs of the page open on one library: what one adds, changes or
// deletes shows in the other, so neither writes back an old version.
func TestStoreTwoTabs(t *testing.T) {
	one := newTab(t)
	one.open(server.URL + "/")
	one.paste(storeArticleA)
	one.poll(`document.getElementById('save-state').dataset.state === 'saved' && document.querySelectorAll('#library-list li.article').length === 1`)

	two := sameBrowserTab(t)
	two.open(server.URL + "/")
	if got := eval[string](two, `document.getElementById('article').value`); got != storeArticleA {
		t.Fatalf("the second tab opens %q", short(got))
	}
	// A new article in the second tab appears in the first.
	two.do(chromedpClick("new-article"))
	two.paste(storeArticleB)
	one.poll(`document.querySelectorAll('#library-list li.article').length === 2`)
	// A change to the article open in both shows in the other.
	one.do(setDate("refdate", "2024-03-05"))
	two.clickAgain(`#library-list li.article:not(.current) button.open`)
	two.poll(`document.getElementById('article').value.startsWith('# Harbour')`)
	one.do(setDate("refdate", "2024-03-12"))
	two.poll(`document.getElementById('refdate').value === '2024-03-12'`)
	// A delete in the first tab takes the article out of the second's list.
	one.clickAgain(`#library-list li.article:not(.current) button.delete`)
	two.poll(`document.querySelectorAll('#library-list li.article').length === 1`)
	if got := libraryTitles(two); len(got) != 1 || got[0] != "Harbour board backs the ferry plan" {
		t.Errorf("the second tab lists %q", got)
	}
	one.checkQuiet(server.URL + "/")
}
