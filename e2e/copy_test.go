//go:build e2e

package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/article-annotator/annotator/examples"
)

// TestCopyJSON loads the example, clicks "Copy JSON" and reads the clipboard back: it holds the
// CLI's output for the example, byte for byte.
func TestCopyJSON(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(tb.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted, Origin: server.URL,
		}); err != nil {
			t.Fatal(err)
		}
	}
	tb.do(chromedpClick("example"), chromedpClick("copy"))
	tb.poll(`document.getElementById('status').textContent.startsWith('Copied')`)
	got := eval[string](tb, `navigator.clipboard.readText()`)
	if want := string(cli(t, examples.Harbour, examples.HarbourReferenceDate)); got != want {
		t.Fatalf("the clipboard does not hold the CLI's output: %s", diff(got, want))
	}
	tb.checkQuiet(server.URL + "/")
}
