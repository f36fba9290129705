package main

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>page"), 0o644)
	os.WriteFile(filepath.Join(dir, "annotator.wasm"), []byte("\x00asm"), 0o644)
	dist := filepath.Join(t.TempDir(), "annotator.html")
	h := Handler(dir, dist)
	get := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		return rec
	}
	if rec := get("/annotator.wasm"); rec.Code != 200 || rec.Header().Get("Content-Type") != "application/wasm" {
		t.Errorf("wasm: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	os.WriteFile(filepath.Join(dir, "manifest.webmanifest"), []byte("{}"), 0o644)
	if rec := get("/manifest.webmanifest"); rec.Code != 200 || rec.Header().Get("Content-Type") != "application/manifest+json" {
		t.Errorf("manifest: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	if rec := get("/"); rec.Code != 200 || rec.Body.String() != "<p>page" {
		t.Errorf("index: %d %q", rec.Code, rec.Body.String())
	}
	if rec := get("/annotator.html"); rec.Code != 404 {
		t.Errorf("missing dist: %d", rec.Code)
	}
	os.WriteFile(dist, []byte("<p>dist"), 0o644)
	if rec := get("/annotator.html"); rec.Code != 200 || rec.Body.String() != "<p>dist" {
		t.Errorf("dist: %d %q", rec.Code, rec.Body.String())
	}
}
