//go:build e2e

// Package e2e drives the page in real Chromium.
package e2e

import _ "github.com/chromedp/chromedp"
