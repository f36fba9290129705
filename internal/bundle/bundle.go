package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
)

// Sizes are the byte counts of the wasm as built, gzipped, and as the page's text (digits.go).
type Sizes struct{ Wasm, Gzip, Embedded int }

var (
	cspRE    = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="[^"]*">`)
	styleRE  = regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)">`)
	scriptRE = regexp.MustCompile(`<script src="([^"]+)"></script>`)
	// servedRE finds what only the served page uses: the web app manifest and the icons. A page
	// opened from disk cannot install or fetch them, and must load nothing.
	servedRE = regexp.MustCompile(`<link rel="(?:manifest|icon|apple-touch-icon)"[^>]*>\n?`)
)

// Bundle builds the self-contained page from the files of web: index.html, the stylesheets and
// scripts it links (local files only), and annotator.wasm.
func Bundle(web fs.FS) ([]byte, Sizes, error) {
	var sizes Sizes
	index, err := fs.ReadFile(web, "index.html")
	if err != nil {
		return nil, sizes, err
	}
	wasm, err := fs.ReadFile(web, "annotator.wasm")
	if err != nil {
		return nil, sizes, fmt.Errorf("%w (run make wasm first)", err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(wasm)
	if err := zw.Close(); err != nil {
		return nil, sizes, err
	}
	embedded := digits(gz.Bytes())
	sizes = Sizes{Wasm: len(wasm), Gzip: gz.Len(), Embedded: len(embedded)}

	page := servedRE.ReplaceAllString(string(index), "")
	var scriptHashes, styleHashes []string
	var failed error
	inline := func(re *regexp.Regexp, tag string, hashes *[]string) {
		page = re.ReplaceAllStringFunc(page, func(m string) string {
			name := re.FindStringSubmatch(m)[1]
			body, err := fs.ReadFile(web, name)
			if err != nil {
				failed = fmt.Errorf("%s links %s: %w", "index.html", name, err)
				return m
			}
			if bytes.Contains(bytes.ToLower(body), []byte("</"+tag)) {
				failed = fmt.Errorf("%s contains </%s> and cannot be inlined", name, tag)
				return m
			}
			sum := sha256.Sum256(body)
			*hashes = append(*hashes, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
			// data-src names the file: loader.js makes the engine's worker of wasm_exec.js's text.
			return "<" + tag + ` data-src="` + name + `">` + string(body) + "</" + tag + ">"
		})
	}
	inline(styleRE, "style", &styleHashes)
	inline(scriptRE, "script", &scriptHashes)
	if failed != nil {
		return nil, sizes, failed
	}
	if len(scriptHashes) == 0 {
		return nil, sizes, fmt.Errorf("index.html links no scripts")
	}
	// The wasm goes first: loader.js looks for it when it runs. A script of a non-JavaScript type
	// is never run, so the CSP need not allow it.
	first := strings.Index(page, "<script data-src=")
	page = page[:first] + `<script type="application/gzip" id="annotator-wasm">` + embedded + "</script>\n" + page[first:]
	csp := "default-src 'none'; script-src " + strings.Join(scriptHashes, " ") + " 'wasm-unsafe-eval'; style-src " +
		strings.Join(styleHashes, " ") + "; img-src data:; connect-src 'none'; worker-src blob:; base-uri 'none'; form-action 'none'"
	if len(styleHashes) == 0 {
		csp = strings.Replace(csp, "style-src ;", "style-src 'none';", 1)
	}
	if !cspRE.MatchString(page) {
		return nil, sizes, fmt.Errorf("index.html has no Content-Security-Policy meta tag to replace")
	}
	page = cspRE.ReplaceAllLiteralString(page, `<meta http-equiv="Content-Security-Policy" content="`+csp+`">`)
	return []byte(page), sizes, nil
}
