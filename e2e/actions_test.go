//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// chromedpClick clicks the element with this id, with real mouse events.
func chromedpClick(id string) chromedp.Action[chromedp.Void] {
	return chromedp.Click(chromedp.ID(id), chromedp.NodeVisible)
}

// chromedpClickCSS clicks the first element matching a CSS selector.
func chromedpClickCSS(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible)
}

// setDate sets a date field as a user's pick does: the value, then a change event.
func setDate(id, value string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const d = document.getElementById(%q); d.value = %q;
		d.dispatchEvent(new Event('input', {bubbles: true})); d.dispatchEvent(new Event('change', {bubbles: true})); })()`, id, value))
}

// hoverSpeaker moves the mouse over the first mention of a speaker.
func hoverSpeaker(t *testing.T, tb *tab, id string) {
	t.Helper()
	pt := eval[struct{ X, Y float64 }](tb, fmt.Sprintf(`(() => { const m = document.querySelector('#view mark[data-kind="speaker"][data-id=%q]');
		m.scrollIntoView({block: 'center'}); const r = m.getClientRects()[0]; return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()`, id))
	tb.do(chromedp.MouseEvent(chromedp.MouseMoved, pt.X, pt.Y))
}

func emulateWidth(w int64) chromedp.Action[chromedp.Void] {
	return chromedp.EmulateViewport(w, 900)
}

// darkMode turns the emulated prefers-color-scheme to dark, or back to light.
func darkMode(on bool) chromedp.Action[chromedp.Void] {
	scheme := "light"
	if on {
		scheme = "dark"
	}
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}
