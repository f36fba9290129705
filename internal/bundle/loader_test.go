package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"testing"
)

// TestLoaderReadsDigits runs web/loader.js's own undigits, in Node, on what embed writes, so that
// the page and the bundler agree on every length of the last group and on parts read one by one.
// It needs node on PATH; without it the e2e tests' start from file:// still checks the real page.
func TestLoaderReadsDigits(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node on PATH")
	}
	loader, err := os.ReadFile("../../web/loader.js")
	if err != nil {
		t.Fatal(err)
	}
	fn := regexp.MustCompile(`(?s)\n  function undigits\(s\) \{.*?\n  \}\n`).Find(loader)
	if fn == nil {
		t.Fatal("web/loader.js has no function undigits(s)")
	}
	var datas [][]byte
	for n := 0; n < 30; n++ {
		datas = append(datas, random(n))
	}
	datas = append(datas, random(partBytes+13)) // two parts
	var texts [][]string
	for _, d := range datas {
		texts = append(texts, embed(d))
	}
	in, _ := json.Marshal(texts)
	// Each part is read alone, as the page does; the bytes come back as hex.
	script := string(fn) + `
const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
console.log(JSON.stringify(texts.map((parts) => parts.map((p) => Buffer.from(undigits(p)).toString('hex')).join(''))));`
	cmd := exec.Command(node, "-e", script)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("node printed %q: %v", out, err)
	}
	for i, d := range datas {
		if want := hex.EncodeToString(d); got[i] != want {
			t.Errorf("%d bytes in %d parts: loader.js read %d hex digits, want %d", len(d), len(texts[i]), len(got[i]), len(want))
		}
	}
}
