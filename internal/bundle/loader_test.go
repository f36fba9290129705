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

// TestLoaderReadsDigits runs web/loader.js's own undigits, in Node, on what digits writes, so that
// the page and the bundler agree on every length of the last group.
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
	datas = append(datas, random(1<<20+13))
	var texts []string
	for _, d := range datas {
		texts = append(texts, digits(d))
	}
	in, _ := json.Marshal(texts)
	// The bytes come back as hex.
	script := string(fn) + `
const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
console.log(JSON.stringify(texts.map((t) => Buffer.from(undigits(t)).toString('hex'))));`
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
			t.Errorf("%d bytes: loader.js read %d hex digits, want %d", len(d), len(got[i]), len(want))
		}
	}
}
