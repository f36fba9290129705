// Package e2e drives the page in real Chromium through chromedp, as a user does: the served page
// (web/ on an in-process test server) and dist/annotator.html opened from file://. It checks that
// the marks match the document the engine returns, that a downloaded JSON equals the CLI's output
// for the same text and reference date, that offsets survive emoji, CJK, combining marks and CRLF
// through the JS API, that pasted XSS payloads never run, and that the page makes no request
// beyond its own files. It saves screenshots to e2e/artifacts and docs/screenshot.png.
//
// Run it with `make e2e`, which builds the wasm and the bundle first. It fails, never skips, when
// no Chromium or Chrome can be found. It tests no engine accuracy: the engine's own tests do.
package e2e
