//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/article-annotator/annotator/internal/browser"
)

var (
	root       string          // the repository
	browserCtx context.Context // the one browser all tests open tabs in
	server     *httptest.Server
	cliPath    string // the CLI, built once
)

func TestMain(m *testing.M) { os.Exit(run(m)) }

func run(m *testing.M) int {
	fail := func(format string, a ...any) int {
		fmt.Fprintf(os.Stderr, "e2e: "+format+"\n", a...)
		return 1
	}
	var err error
	if root, err = filepath.Abs(".."); err != nil {
		return fail("%v", err)
	}
	for _, f := range []string{"web/annotator.wasm", "web/wasm_exec.js", "dist/annotator.html"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			return fail("%s is missing: run `make wasm dist` first (`make e2e` does)", f)
		}
	}
	if err := checkFresh(); err != nil {
		return fail("%v", err)
	}
	exe, err := browser.Find()
	if err != nil {
		return fail("%v", err)
	}
	tmp, err := os.MkdirTemp("", "annotator-e2e-")
	if err != nil {
		return fail("%v", err)
	}
	defer os.RemoveAll(tmp)

	cliPath = filepath.Join(tmp, "annotate")
	build := exec.Command("go", "build", "-o", cliPath, "./cmd/annotate")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return fail("building the CLI: %v\n%s", err, out)
	}

	files := http.FileServer(http.Dir(filepath.Join(root, "web")))
	server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		files.ServeHTTP(w, r)
	}))
	defer server.Close()

	opts := browser.Options(exe, filepath.Join(tmp, "profile"), chromedp.WindowSize(1280, 900))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	var cancelBrowser context.CancelFunc
	browserCtx, cancelBrowser = chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	if err := chromedp.Do(browserCtx); err != nil { // start the browser now, once
		return fail("starting %s: %v", exe, err)
	}
	return m.Run()
}

// checkFresh fails when the wasm or the bundle is older than the engine's sources: the tests
// compare the page with a CLI built now, so a stale build would fail them for no fault of the page.
func checkFresh() error {
	var newest time.Time
	var newestName string
	for _, dir := range []string{"annotate", "edit", "formats", "render", "wasm", "examples", "web"} { // what `go list -deps ./wasm` names, and the page
		filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(path, "_test.go") || strings.HasSuffix(path, ".wasm") || filepath.Base(path) == "wasm_exec.js" || strings.Contains(path, "testdata") {
				return nil
			}
			if info, err := d.Info(); err == nil && info.ModTime().After(newest) {
				newest, newestName = info.ModTime(), path
			}
			return nil
		})
	}
	for _, f := range []string{"web/annotator.wasm", "dist/annotator.html"} {
		info, err := os.Stat(filepath.Join(root, f))
		if err != nil {
			return err
		}
		if info.ModTime().Before(newest) {
			return fmt.Errorf("%s is older than %s: run `make wasm dist` (`make e2e` does)", f, newestName)
		}
	}
	return nil
}
