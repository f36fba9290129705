//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// payloads are pasted into the text area; none may run code or load anything.
var payloads = []string{
	"<script>window.pwned=1</script>",
	"Hello <script>window.pwned=1</script> world",
	"<img src=x onerror=window.pwned=1>",
	"An <img src=x onerror=\"window.pwned=1\"> inline",
	"[x](javascript:window.pwned=1)",
	"[y](JaVaScRiPt:window.pwned=1) and <javascript:window.pwned=1>",
	"![i](javascript:window.pwned=1)",
	`"Hi," said <b onmouseover="window.pwned=1">Bob</b>. "<img src=x onerror=window.pwned=1>," he said.`,
	`<svg onload="window.pwned=1"></svg>`,
	"<iframe srcdoc=\"<script>parent.pwned=1</script>\"></iframe>",
	`"Quote," said Mr "><img src=x onerror=window.pwned=1> on Monday.`,
}

// TestXSSPayloadsNeverRun pastes each payload, hovers and focuses whatever it made, downloads
// nothing, and checks that window.pwned is never set and that the view holds no script, image,
// frame, handler or javascript: link.
func TestXSSPayloadsNeverRun(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	for _, p := range payloads {
		tb.paste(p + "\n\nEnd " + js(p))
		tb.poll(`document.getElementById('view').textContent.includes('End ')`)
		// Give handlers a chance to fire: focus and hover every mark and link, click panel entries.
		eval[bool](tb, `(() => {
			for (const el of document.querySelectorAll('#view mark, #view a, #view *')) {
				el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
				if (el.focus) el.focus();
			}
			for (const b of document.querySelectorAll('#panel button')) b.click();
			return true;
		})()`)
		found := eval[string](tb, `(() => {
			const v = document.querySelectorAll('#view script, #view img, #view iframe, #view svg, #view object, #view embed, #panel script, #panel img');
			if (v.length) return 'element ' + v[0].outerHTML;
			for (const el of document.querySelectorAll('#view *, #panel *')) {
				for (const a of el.attributes) {
					if (a.name.startsWith('on')) return 'handler ' + el.outerHTML;
					if ((a.name === 'href' || a.name === 'src') && !/^(https?:|mailto:|\/|#|[^:]*$)/i.test(a.value)) return 'link ' + el.outerHTML;
				}
			}
			return '';
		})()`)
		if found != "" {
			t.Errorf("payload %q left %s", p, found)
		}
	}
	// A last chance for anything deferred to run.
	tb.poll(`new Promise(r => setTimeout(() => r(true), 300))`)
	if pwned := eval[bool](tb, `window.pwned !== undefined`); pwned {
		t.Fatal("window.pwned was set: a payload ran")
	}
	if !strings.Contains(eval[string](tb, `document.getElementById('view').textContent`), "End") {
		t.Error("the view does not show the last payload's text")
	}
	tb.checkQuiet(server.URL + "/")
}
