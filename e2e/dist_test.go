//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// distBudget is the most dist/annotator.html may weigh: internal/bundle's budget (see there why it
// grew from 2.5 MB with issue 5).
const distBudget = 3_300_000

// TestDistFromFile opens dist/annotator.html from file:// (no server of any kind), runs the
// example flow, calls the JS API, and checks the file itself: within budget, nothing external,
// a CSP that blocks the network.
func TestDistFromFile(t *testing.T) {
	path := filepath.Join(root, "dist", "annotator.html")
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(page) > distBudget {
		t.Errorf("dist/annotator.html is %d bytes, over the budget of %d", len(page), distBudget)
	}
	if m := regexp.MustCompile(`(?i)<(script|link|img|iframe|frame|a|source|embed|object|audio|video|base)\b[^>]*\s(src|href)\s*=[^>]*>`).FindString(string(page)); m != "" {
		t.Errorf("dist/annotator.html still loads something: %q", m)
	}
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(string(page))
	if csp == nil || !strings.Contains(csp[1], "default-src 'none'") || !strings.Contains(csp[1], "connect-src 'none'") ||
		strings.Contains(csp[1], "unsafe-inline") {
		t.Errorf("dist/annotator.html has no strict CSP: %v", csp)
	}
	t.Logf("dist/annotator.html: %d bytes", len(page))

	tb := newTab(t)
	url := "file://" + path
	tb.open(url)
	t.Logf("ready %.0f ms after navigation from file://", eval[float64](tb, `performance.getEntriesByName('annotator-ready')[0].startTime`))
	exampleFlow(t, tb)
	doc := decode(t, apiDoc(tb, `"It works," said Ada Lovelace on Monday.`, "2024-09-03"))
	if doc.Schema != "article-annotations/v1" || doc.ReferenceDate == nil || *doc.ReferenceDate != "2024-09-03" {
		t.Errorf("the JS API from file:// gave %+v", doc)
	}
	tb.checkQuiet(url)
}
