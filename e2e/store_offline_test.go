//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// TestStoreOffline installs the served page as an offline app: the manifest names icons that
// exist at their stated sizes, the service worker caches the page, its CSS, JS and wasm, and
// after the server is gone a reload still starts the engine, with the library as left.
func TestStoreOffline(t *testing.T) {
	var manifest struct {
		Name     string
		StartURL string `json:"start_url"`
		Display  string
		Icons    []struct{ Src, Sizes, Type string }
	}
	b, err := os.ReadFile(filepath.Join(root, "web", "manifest.webmanifest"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatalf("manifest.webmanifest: %v", err)
	}
	if manifest.Name == "" || manifest.StartURL == "" || manifest.Display != "standalone" || len(manifest.Icons) < 2 {
		t.Errorf("the manifest does not make an installable app: %+v", manifest)
	}
	for _, ic := range manifest.Icons {
		f, err := os.Open(filepath.Join(root, "web", ic.Src))
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || ic.Type != "image/png" || ic.Sizes != fmt.Sprintf("%dx%d", cfg.Width, cfg.Height) {
			t.Errorf("icon %s: %v, %dx%d, declared %s %s", ic.Src, err, cfg.Width, cfg.Height, ic.Sizes, ic.Type)
		}
	}

	// A server of its own, which the test can take away.
	files := http.FileServer(http.Dir(filepath.Join(root, "web")))
	srv := httptest.NewServer(files)
	closed := false
	defer func() {
		if !closed {
			srv.Close()
		}
	}()
	tb := newTab(t)
	tb.open(srv.URL + "/")
	if !eval[bool](tb, `navigator.serviceWorker.ready.then(() => true)`) {
		t.Fatal("no service worker")
	}
	tb.poll(`caches.open('article-annotator-v1').then(c => Promise.all(['index.html', 'style.css', 'loader.js', 'wasm_exec.js', 'annotator.wasm', 'manifest.webmanifest'].map(f => c.match(f)))).then(rs => rs.every(Boolean))`)
	tb.poll(`!!navigator.serviceWorker.controller`)
	tb.paste(storeArticleB)
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 1`)
	tb.poll(`document.getElementById('save-state').dataset.state === 'saved'`)

	srv.CloseClientConnections()
	srv.Close()
	closed = true
	if _, err := http.Get(srv.URL + "/index.html"); err == nil {
		t.Fatal("the server still answers")
	}
	tb.reload()
	if got := eval[string](tb, `document.getElementById('article').value`); got != storeArticleB {
		t.Errorf("offline, the text area holds %q", short(got))
	}
	doc := decode(t, apiDoc(tb, `"It works offline," said Ada Lovelace on Monday.`, "2024-09-03"))
	if len(doc.Quotes) != 1 {
		t.Errorf("offline, the engine found %d quotes", len(doc.Quotes))
	}
}
