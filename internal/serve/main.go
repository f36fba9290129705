// Command serve serves the page for development and for `make serve`: the directory web/ on
// 127.0.0.1 (never on other interfaces), with application/wasm for .wasm files,
// application/manifest+json for the web app manifest, and no HTTP caching (the page's service
// worker keeps its own copy for offline use), and
// dist/annotator.html at /annotator.html when it has been built.
//
//	go run ./internal/serve -dir web -port 8080
//
// It prints the URL to open. It is not a production server and serves nothing but files.
package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
)

func main() {
	dir := flag.String("dir", "web", "the `directory` to serve")
	dist := flag.String("dist", "dist/annotator.html", "the self-contained `file` to serve at /annotator.html, if it exists")
	port := flag.Int("port", 8080, "the `port` to listen on, on 127.0.0.1")
	flag.Parse()
	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		fmt.Fprintf(os.Stderr, "serve: %s is not a directory\n", *dir)
		os.Exit(1)
	}
	if _, err := os.Stat(*dir + "/annotator.wasm"); err != nil {
		fmt.Fprintf(os.Stderr, "serve: warning: %s/annotator.wasm is missing; run make wasm\n", *dir)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", *port)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			fmt.Fprintf(os.Stderr, "serve: port %d is already in use on 127.0.0.1 (another server?). Stop it, or choose another port: make serve PORT=8081\n", *port)
		} else {
			fmt.Fprintf(os.Stderr, "serve: cannot listen on %s: %v\n", addr, err)
		}
		os.Exit(1)
	}
	fmt.Printf("Serving on http://%s/\n", addr)
	if _, err := os.Stat(*dist); err == nil {
		fmt.Printf("The self-contained page is at http://%s/annotator.html (or open %s from disk)\n", addr, *dist)
	}
	fmt.Println("Press Ctrl+C to stop.")
	if err := http.Serve(ln, Handler(*dir, *dist)); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

// Handler serves dir, and dist at /annotator.html when that file exists.
func Handler(dir, dist string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		switch {
		case r.URL.Path == "/annotator.html" && dist != "":
			if _, err := os.Stat(dist); err != nil {
				http.Error(w, "dist/annotator.html is not built: run make dist", http.StatusNotFound)
				return
			}
			http.ServeFile(w, r, dist)
			return
		case strings.HasSuffix(r.URL.Path, ".wasm"):
			w.Header().Set("Content-Type", "application/wasm")
		case strings.HasSuffix(r.URL.Path, ".webmanifest"):
			w.Header().Set("Content-Type", "application/manifest+json")
		}
		files.ServeHTTP(w, r)
	})
}
