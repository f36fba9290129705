//go:build e2e

package e2e

import (
	"fmt"
	"testing"
)

// contrastJS measures, for every visible element holding text in the library, the export bar,
// the marks and the panel's summary, the WCAG contrast ratio of its text colour against the
// background behind it (the first ancestor with an opaque background). It returns those under
// 4.5:1 (AA for normal text), as "selector ratio" strings.
const contrastJS = `(() => {
	const rgb = (s) => (s.match(/[\d.]+/g) || []).map(Number);
	const lum = ([r, g, b]) => {
		const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
		return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
	};
	const bg = (el) => {
		for (let e = el; e; e = e.parentElement) {
			const c = rgb(getComputedStyle(e).backgroundColor);
			if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
		}
		return rgb(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
	};
	const bad = [];
	const sel = '#library-list .title, #library-list .meta, #library-list button, .library-head h2, .library-head .hint, #save-state, ' +
		'#new-article, #import-label, #storage-note, #import-report li, .export-bar label, .export-bar button, #export-format, ' +
		'#view mark[data-kind], .panel .shares th, .panel .shares td, .panel .summary .note, #status';
	for (const el of document.querySelectorAll(sel)) {
		if (!el.textContent.trim() || !el.getClientRects().length || el.disabled) continue;
		const fg = rgb(getComputedStyle(el).color).slice(0, 3);
		const a = lum(fg), b = lum(bg(el));
		const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
		if (ratio < 4.5) bad.push((el.id || el.className || el.tagName) + ' "' + el.textContent.trim().slice(0, 20) + '" ' + ratio.toFixed(2));
	}
	return bad;
})()`

// TestStoreLook keeps three articles, with a storage warning shown, and checks the page as a
// person sees it: text contrast of at least 4.5:1 in the light and the dark scheme, and no
// sideways scrolling at 360 px. It saves screenshots of the library in both schemes and at
// 360 px to e2e/artifacts for people to look at.
func TestStoreLook(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	for i, text := range []string{importLib1, storeArticleB, storeArticleA} {
		if i > 0 {
			tb.do(chromedpClick("new-article"))
		}
		tb.paste(text)
		tb.poll(fmt.Sprintf(`document.querySelectorAll('#library-list li.article').length === %d`, i+1))
	}
	tb.poll(`document.querySelectorAll('#view mark[data-kind="quote"]').length >= 2`)
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)
	for _, dark := range []bool{false, true} {
		tb.do(darkMode(dark))
		scheme := map[bool]string{false: "light", true: "dark"}[dark]
		if bad := eval[[]string](tb, contrastJS); len(bad) > 0 {
			t.Errorf("%s scheme: text under 4.5:1 contrast: %q", scheme, bad)
		}
		eval[bool](tb, `(() => { window.scrollTo(0, 0); return true; })()`)
		tb.screenshot("library-" + scheme + ".png")
	}
	// The file input is off screen; a keyboard user reaching it sees the focus on its label.
	tb.do(key("\t", 0))
	if !eval[bool](tb, `(() => { const i = document.getElementById('import-files'); i.focus({focusVisible: true});
		return document.activeElement === i && getComputedStyle(document.getElementById('import-label')).outlineStyle !== 'none'; })()`) {
		t.Error("the Import files label shows no focus when its input has it")
	}
	tb.do(emulateWidth(360))
	if w := eval[int](tb, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("at 360 px the page is %d px wide", w)
	}
	tb.screenshot("library-360-dark.png")
	tb.do(darkMode(false))
	tb.screenshot("library-360.png")
	if bad := eval[[]string](tb, contrastJS); len(bad) > 0 {
		t.Errorf("at 360 px: text under 4.5:1 contrast: %q", bad)
	}
}
