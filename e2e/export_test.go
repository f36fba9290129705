//go:build e2e

package e2e

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/formats"
	"github.com/article-annotator/annotator/render"
	"github.com/article-annotator/annotator/schema"
)

// exportArticle has emoji, a combining mark and CRLF line ends, where offsets in code points,
// UTF-16 and bytes all differ.
const exportArticle = "Ferry fares rise 🚢\r\n\r\n\"Prices go up in May,\" said Zoë Marti\u0301n, the operator's chief, on Tuesday. 🙂\r\n\r\nThe mayor said riders deserved better. \"We will push back,\" she added.\r\n"

// checkExports checks each format the open article exports, as another tool would read it.
func checkExports(t *testing.T, tb *tab) *annotate.Document {
	t.Helper()
	exp := func(format string) string { return eval[string](tb, `articleAnnotator.export(`+js(format)+`)`) }
	doc := decode(t, []byte(exp("json")))
	if err := doc.Check(); err != nil {
		t.Fatalf("the exported JSON fails Check: %v", err)
	}
	if len(doc.Quotes) == 0 || len(doc.Dates) == 0 {
		t.Fatalf("the article has %d quotes and %d dates; the checks need some", len(doc.Quotes), len(doc.Dates))
	}

	// json: valid against the shipped schema.
	sch, err := schema.Compile()
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal([]byte(exp("json")), &v); err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("the JSON export is not valid against the schema: %v", err)
	}

	// w3c: every selector re-anchors on the text, in code points.
	var page any
	if err := json.Unmarshal([]byte(exp("w3c")), &page); err != nil {
		t.Fatalf("the W3C export is not JSON: %v", err)
	}
	text := []rune(doc.Text)
	n := 0
	walk(page, func(m map[string]any) {
		sels, ok := m["selector"].([]any)
		if !ok {
			return
		}
		var quote, pos map[string]any
		for _, s := range sels {
			s, _ := s.(map[string]any)
			switch s["type"] {
			case "TextQuoteSelector":
				quote = s
			case "TextPositionSelector":
				pos = s
			}
		}
		if quote == nil || pos == nil {
			t.Errorf("a target lacks a quote or position selector: %v", sels)
			return
		}
		n++
		start, end := int(pos["start"].(float64)), int(pos["end"].(float64))
		if start < 0 || end > len(text) || start > end {
			t.Errorf("position %d-%d is outside the text", start, end)
			return
		}
		exact, _ := quote["exact"].(string)
		prefix, _ := quote["prefix"].(string)
		suffix, _ := quote["suffix"].(string)
		if got := string(text[start:end]); got != exact {
			t.Errorf("position %d-%d slices %q, the quote selector says %q", start, end, got, exact)
		}
		if p := []rune(prefix); start < len(p) || string(text[start-len(p):start]) != prefix {
			t.Errorf("prefix %q is not the text before %d", prefix, start)
		}
		if s := []rune(suffix); end+len(s) > len(text) || string(text[end:end+len(s)]) != suffix {
			t.Errorf("suffix %q is not the text after %d", suffix, end)
		}
	})
	mentions := 0
	for _, s := range doc.Speakers {
		mentions += len(s.Mentions)
	}
	if n < mentions+len(doc.Quotes)+len(doc.Dates) {
		t.Errorf("the W3C export has %d targets with selectors, fewer than the %d spans", n, mentions+len(doc.Quotes)+len(doc.Dates))
	}

	// csv: parses, one row per quote, offsets slice the quote.
	rows, err := csv.NewReader(strings.NewReader(exp("csv"))).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	if len(rows) != len(doc.Quotes)+1 {
		t.Fatalf("the CSV has %d rows, want a header and %d quotes", len(rows), len(doc.Quotes))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, q := range doc.Quotes {
		r := rows[i+1]
		s, _ := strconv.Atoi(r[col["start"]])
		e, _ := strconv.Atoi(r[col["end"]])
		if s != q.Start || e != q.End || string(text[s:e]) != q.Text {
			t.Errorf("CSV row %d: %d-%d, want quote %s %d-%d", i+1, s, e, q.ID, q.Start, q.End)
		}
	}

	// brat: the .ann with the text reads back as the same document.
	back, err := formats.ImportBrat([]byte(doc.Text), []byte(exp("brat")))
	if err != nil {
		t.Fatalf("the brat export does not import: %v", err)
	}
	if normal(t, mustJSON(t, back)) != normal(t, mustJSON(t, doc)) {
		t.Errorf("brat does not round-trip: %s", diff(string(mustJSON(t, back)), string(mustJSON(t, doc))))
	}
	return doc
}

// walk calls f on every JSON object in v.
func walk(v any, f func(map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		f(v)
		for _, x := range v {
			walk(x, f)
		}
	case []any:
		for _, x := range v {
			walk(x, f)
		}
	}
}

// TestExportFormats exports an article with emoji, a combining mark and CRLF, after a human
// edit, in every format and checks each as another tool would; then downloads through the menu
// and "Export all".
func TestExportFormats(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	tb.paste(exportArticle)
	tb.poll(`document.querySelectorAll('#view mark[data-kind="quote"]').length >= 2`)
	tb.do(setDate("refdate", "2024-04-30"))
	tb.poll(`document.getElementById('refnote').textContent.includes('set by you')`)
	doc := checkExports(t, tb)
	if doc.ReferenceDate == nil || *doc.ReferenceDate != "2024-04-30" {
		t.Errorf("the export's reference date is %v", doc.ReferenceDate)
	}

	// The menu downloads files named after the article; brat gives the .ann and the .txt.
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, EventsEnabled: new(true),
	}); err != nil {
		t.Fatal(err)
	}
	base := strings.TrimSuffix(render.FileName(exportArticle), ".json")
	for _, c := range []struct {
		format string
		files  []string
	}{
		{"csv", []string{base + ".csv"}},
		{"w3c", []string{base + ".jsonld"}},
		{"brat", []string{base + ".ann", base + ".txt"}},
	} {
		eval[bool](tb, `(() => { const s = document.getElementById('export-format'); s.value = `+js(c.format)+`; s.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`)
		tb.do(chromedpClick("export"))
		for _, f := range c.files {
			b := waitFile(t, filepath.Join(dir, f))
			want := eval[string](tb, `articleAnnotator.export(`+js(c.format)+`)`)
			if strings.HasSuffix(f, ".txt") {
				want = doc.Text // the text area gives line ends as LF
			}
			if string(b) != want {
				t.Errorf("%s differs from export(%q): %s", f, c.format, diff(string(b), want))
			}
		}
	}
	tb.do(chromedpClick("new-article"))
	tb.paste(storeArticleB)
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 2`)
	tb.do(chromedpClick("export-all"))
	name := "annotated-articles-" + time.Now().Format("2006-01-02") + ".jsonl"
	lines := bytes.Split(bytes.TrimSpace(waitFile(t, filepath.Join(dir, name))), []byte("\n"))
	if len(lines) != 2 {
		t.Fatalf("Export all wrote %d lines, want 2", len(lines))
	}
	docs, err := formats.Import(name, bytes.Join(lines, []byte("\n")))
	if err != nil || len(docs) != 2 || docs[0].Text != doc.Text || docs[1].Text != storeArticleB {
		t.Errorf("Export all does not read back as the two articles, oldest first: %v", err)
	}
	tb.checkQuiet(server.URL+"/", "blob:"+server.URL+"/")
}

// waitFile waits for a download to land on disk and returns it.
func waitFile(t *testing.T, path string) []byte {
	t.Helper()
	for i := 0; i < 100; i++ {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s was not downloaded", filepath.Base(path))
	return nil
}

// TestExportFromFile exports from dist/annotator.html opened from disk, where there is no
// server and no service worker.
func TestExportFromFile(t *testing.T) {
	tb := newTab(t)
	url := "file://" + filepath.Join(root, "dist", "annotator.html")
	tb.open(url)
	tb.paste(exportArticle)
	tb.poll(`document.querySelectorAll('#view mark[data-kind="quote"]').length >= 2`)
	checkExports(t, tb)
	if eval[bool](tb, `!!navigator.serviceWorker?.controller`) {
		t.Error("the page from disk has a service worker")
	}
	// The page from disk keeps its library too.
	tb.reload()
	if got := eval[string](tb, `document.getElementById('article').value`); !strings.HasPrefix(got, "Ferry fares rise") {
		t.Errorf("after a reload from disk the text area holds %q", short(got))
	}
	tb.checkQuiet(url)
}

// TestExportUnknownFormat: export of a format that does not exist says which ones do.
func TestExportUnknownFormat(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	tb.paste(storeArticleB)
	msg := eval[string](tb, `(() => { const r = articleAnnotator.export('docx'); return r instanceof Error ? r.message : 'no error: ' + r; })()`)
	if !strings.Contains(msg, "docx") || !strings.Contains(msg, "w3c") {
		t.Errorf("export('docx') gives %q", msg)
	}
}
