//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/formats"
)

// Texts of our own for the import tests, one per kind of file.
const (
	importPlain = "Bridge repairs begin\n\n\"The lanes close at night,\" said Odile Park, the city engineer, on Monday.\n"
	importMD    = "# Market hall reopens\n\nThe trader *Femi Cole* said the roof was finally dry. \"We lost a winter,\" he said.\n"
	importW3C   = "Orchard prices fall\n\n\"Apples are cheap this year,\" said the grower Lena Voss on 2 October 2024.\n"
	importBrat  = "Tram line opens\n\n\"Riders waited a decade,\" the mayor, Aiko Lund, said on Sunday.\n"
	importLib1  = "Pool closes\n\n\"The pumps failed,\" said Rui Stone.\n"
	importLib2  = "Pool reopens\n\n\"The pumps work,\" said Rui Stone on Friday.\n"
)

// exported writes doc in a format, failing the test on error.
func exported(t *testing.T, format string, docs ...*annotate.Document) []byte {
	t.Helper()
	var b []byte
	var err error
	if len(docs) == 1 {
		b, err = formats.Export(format, docs[0])
	} else {
		b, err = formats.ExportAll(format, docs)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// libraryDocs is the library as the page exports it: one normalised JSON document per article.
func libraryLines(tb *tab) []string {
	tb.t.Helper()
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(eval[string](tb, `articleAnnotator.export('jsonl')`)), "\n") {
		if l != "" {
			out = append(out, normal(tb.t, []byte(l)))
		}
	}
	return out
}

// humanEdited is doc with its first quote confirmed by a person and its last date removed: an
// import must keep what people did, not annotate again.
func humanEdited(doc *annotate.Document) *annotate.Document {
	c := *doc
	c.Quotes = append([]annotate.Quote(nil), doc.Quotes...)
	if len(c.Quotes) > 0 {
		c.Quotes[0].By = annotate.ByHuman
	}
	if len(doc.Dates) > 0 {
		c.Dates = doc.Dates[:len(doc.Dates)-1]
	}
	return &c
}

// TestFilesImport picks one file of each kind with the file input: .txt and .md are annotated,
// our .json keeps its human edits, a W3C .jsonld and a brat .txt + .ann pair come back as they
// were exported, and a .jsonl library gives one article a line.
func TestFilesImport(t *testing.T) {
	// Our JSON holds an article with CRLF line ends and an emoji, where code points, UTF-16 units
	// and bytes all differ: it must come back with the same offsets.
	crlf := strings.ReplaceAll(storeArticleA, "\n", "\r\n") + "Signed off 🚢 by Zoë.\r\n"
	ours := humanEdited(annotate.Annotate(crlf, annotate.Options{ReferenceDate: "2024-03-05"}))
	w3c := annotate.Annotate(importW3C, annotate.Options{})
	brat := humanEdited(annotate.Annotate(importBrat, annotate.Options{ReferenceDate: "2025-06-01"}))
	lib := []*annotate.Document{annotate.Annotate(importLib1, annotate.Options{}), annotate.Annotate(importLib2, annotate.Options{ReferenceDate: "2024-01-12"})}
	lib[0].ID, lib[1].ID = "pool-1", "pool-2"

	dir := t.TempDir()
	files := map[string][]byte{
		"bridge.txt":     []byte(importPlain),
		"market.md":      []byte(importMD),
		"harbour.json":   exported(t, "json", ours),
		"orchard.jsonld": exported(t, "w3c", w3c),
		"tram.txt":       []byte(importBrat),
		"tram.ann":       exported(t, "brat", brat),
		"pools.jsonl":    exported(t, "jsonl", lib...),
	}
	var paths []string
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	want := []*annotate.Document{
		annotate.Annotate(importPlain, annotate.Options{}), annotate.Annotate(importMD, annotate.Options{}),
		ours, w3c, brat, lib[0], lib[1],
	}

	tb := newTab(t)
	tb.open(server.URL + "/")
	tb.do(chromedp.SetUploadFiles(chromedp.ID("import-files"), paths))
	tb.poll(`document.getElementById('status').textContent.startsWith('Imported')`)
	if s := eval[string](tb, `document.getElementById('status').textContent`); s != "Imported 7 articles from 7 files." {
		t.Errorf("the status says %q", s)
	}
	got := libraryLines(tb)
	if len(got) != len(want) {
		t.Fatalf("the library has %d articles, want %d", len(got), len(want))
	}
	for _, d := range want {
		w := normal(t, mustJSON(t, d))
		if !contains(got, w) {
			t.Errorf("no imported article equals %q (%s)", short(d.Text), short(w))
		}
	}
	if n := len(libraryTitles(tb)); n != 7 {
		t.Errorf("the library lists %d articles", n)
	}
	// The first file imported is open.
	if v := eval[string](tb, `document.getElementById('article').value`); !contains([]string{importPlain, importMD, strings.ReplaceAll(crlf, "\r\n", "\n"), importW3C, importBrat, importLib1, importLib2}, v) {
		t.Errorf("the open article is %q", short(v))
	}
	// Opened, the CRLF article exports exactly as imported (the text area shows its line ends as
	// LF, which must not count as an edit).
	eval[bool](tb, `(() => { [...document.querySelectorAll('#library-list li.article')].find(li => li.querySelector('.title').textContent.startsWith('Harbour')).querySelector('button.open').click(); return true; })()`)
	tb.poll(`document.getElementById('article').value.startsWith('# Harbour')`)
	if got := eval[string](tb, `articleAnnotator.export('json')`); normal(t, []byte(got)) != normal(t, mustJSON(t, ours)) {
		t.Errorf("the opened CRLF article exports differently: %s", diff(got, string(mustJSON(t, ours))))
	}
	tb.checkQuiet(server.URL + "/")
}

// drop dispatches a drop of files on the page, as dragging them from a file manager does. Each
// file is name → content; a content of "size:N" makes an N-byte file of zeros.
func drop(tb *tab, files map[string]string) {
	tb.t.Helper()
	var b strings.Builder
	b.WriteString(`(() => { const dt = new DataTransfer();`)
	for name, content := range files {
		if n, ok := strings.CutPrefix(content, "size:"); ok {
			b.WriteString(`dt.items.add(new File([new Uint8Array(` + n + `)], ` + js(name) + `));`)
			continue
		}
		b.WriteString(`dt.items.add(new File([` + js(content) + `], ` + js(name) + `));`)
	}
	b.WriteString(`const over = new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true});
		document.getElementById('view').dispatchEvent(over);
		if (!over.defaultPrevented) return false;
		const ev = new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true});
		document.getElementById('view').dispatchEvent(ev); return ev.defaultPrevented; })()`)
	if !eval[bool](tb, b.String()) {
		tb.t.Fatal("the page did not take the drop")
	}
}

// TestFilesDrop drops a Markdown file and a brat pair (its names differing in case, as files
// from some systems do) on the page: they join the library, next to the article already there.
func TestFilesDrop(t *testing.T) {
	brat := annotate.Annotate(importBrat, annotate.Options{ReferenceDate: "2025-06-01"})
	tb := newTab(t)
	tb.open(server.URL + "/")
	tb.paste(storeArticleB)
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 1`)
	drop(tb, map[string]string{"market.md": importMD, "Tram.TXT": importBrat, "tram.ann": string(exported(t, "brat", brat))})
	tb.poll(`document.getElementById('status').textContent.startsWith('Imported')`)
	got := libraryLines(tb)
	if len(got) != 3 {
		t.Fatalf("the library has %d articles after the drop, want 3", len(got))
	}
	for _, d := range []*annotate.Document{annotate.Annotate(importMD, annotate.Options{}), brat} {
		if !contains(got, normal(t, mustJSON(t, d))) {
			t.Errorf("the dropped %q is not in the library as exported", short(d.Text))
		}
	}
	tb.checkQuiet(server.URL + "/")
}

// TestFilesInvalid drops broken files with a good one: each broken file is named with its
// problem, the good one comes in, and the articles already kept are untouched.
func TestFilesInvalid(t *testing.T) {
	tb := newTab(t)
	tb.open(server.URL + "/")
	tb.paste(storeArticleA)
	tb.poll(`document.querySelectorAll('#library-list li.article').length === 1`)
	before := libraryLines(tb)
	drop(tb, map[string]string{
		"broken.json":    "{\"schema\": \"article-annotations/v1\",\n \"text\": ",
		"lonely.ann":     "T1\tQuote 0 4\tThe \n",
		"notes.pdf":      "%PDF-1.7",
		"huge.txt":       "size:" + strconv.Itoa(formats.MaxSize+1),
		"bad-spans.json": `{"schema":"article-annotations/v1","text":"Short.","referenceDate":null,"speakers":[],"quotes":[{"id":"q1","start":0,"end":40,"text":"Short.","kind":"direct","speaker":null,"source":null,"cue":null,"by":"human"}],"dates":[]}`,
		"fine.txt":       importPlain,
	})
	tb.poll(`document.getElementById('status').textContent.startsWith('Imported')`)
	report := eval[[]string](tb, `[...document.querySelectorAll('#import-report li')].map(li => li.textContent)`)
	if len(report) != 5 {
		t.Errorf("the report lists %d problems, want 5: %q", len(report), report)
	}
	for _, w := range []struct{ file, says string }{
		{"broken.json", "ends in the middle"}, {"lonely.ann", ".txt"}, {"notes.pdf", "not a kind of file"},
		{"huge.txt", "MB"}, {"bad-spans.json", "q1"},
	} {
		found := false
		for _, r := range report {
			if strings.HasPrefix(r, w.file+":") && strings.Contains(r, w.says) {
				found = true
			}
		}
		if !found {
			t.Errorf("no message names %s and says %q: %q", w.file, w.says, report)
		}
	}
	if !eval[bool](tb, `!document.getElementById('import-report').hidden`) {
		t.Error("the report is hidden")
	}
	after := libraryLines(tb)
	if len(after) != len(before)+1 {
		t.Fatalf("the library has %d articles, want %d (the one kept and fine.txt)", len(after), len(before)+1)
	}
	for _, b := range before {
		if !contains(after, b) {
			t.Error("an article kept before the import changed")
		}
	}
	if !contains(after, normal(t, mustJSON(t, annotate.Annotate(importPlain, annotate.Options{})))) {
		t.Error("fine.txt did not come in")
	}
	tb.checkQuiet(server.URL + "/")
}
