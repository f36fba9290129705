// Package browser finds the Chromium that the end-to-end tests and the browser benchmark drive,
// and holds the flags it needs to run headless as root on a machine without network access. It
// does not install a browser (.ci/chromium.sh does) and does not drive one (chromedp does).
package browser

import (
	"errors"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Find looks for Debian's chromium, then Chrome, on PATH.
func Find() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium or Chrome on PATH (looked for chromium, chromium-browser, google-chrome): " +
		"install Debian's chromium package, or run `make chromium`, which installs it when it can")
}

// Options are the allocator options for running exe headless with a fresh profile in
// profileDir, followed by extra. As root Chromium needs --no-sandbox; the background-networking,
// component-update, sync and QUIC flags stop it from reaching for hosts that a closed network
// refuses.
func Options(exe, profileDir string, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(profileDir),
	)
	return append(opts, extra...)
}
