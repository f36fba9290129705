package annotate

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOffsetsAreCodePoints checks the conversion from the finders' byte offsets to exported code
// point offsets on text full of multi-byte characters: emoji with ZWJ and skin tones, CJK,
// combining marks and CRLF line ends.
func TestOffsetsAreCodePoints(t *testing.T) {
	cases := []struct{ name, text string }{
		{"emoji", "👩🏽‍💻 \"We will ship it,\" said Ana Silva 🚀 on Monday."},
		{"cjk", "东京 \"The market is calm,\" said Ken Sato, 2024年. He spoke on 3 March 2024."},
		{"combining", "Zoe\u0308 Mu\u0308ller said: \"Cafe\u0301 prices rose last week.\""},
		{"crlf", "Title\r\n\r\n\"It is over,\" the minister said on Friday.\r\nHe left.\r\n"},
		{"invalid utf-8", "bad \xff byte \"quoted words here,\" said Jo Park in 2020."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := Annotate(c.text, Options{ReferenceDate: "2024-09-03"})
			if err := doc.Check(); err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(doc.Text) || utf8.RuneCountInString(doc.Text) != utf8.RuneCountInString(c.text) {
				t.Fatalf("text changed length: %q", doc.Text)
			}
		})
	}
}

func TestNewCodePoints(t *testing.T) {
	text := "a😀b\r\nc\u0327"
	// byte offsets: a=0, 😀=1..5, b=5, \r=6, \n=7, c=8, combining=9..11, end=11
	got := newCodePoints(text)
	want := map[int]int{0: 0, 1: 1, 5: 2, 8: 5, 11: 7}
	for b, c := range want {
		if got.at(b) != c {
			t.Errorf("byte %d: got code point %d, want %d", b, got.at(b), c)
		}
	}
}

// Every code point boundary of a text mixing one- to four-byte characters converts to its count,
// on both sides of many stride boundaries.
func TestCodePointsAcrossStrides(t *testing.T) {
	text := strings.Repeat("ab é ✓ 😀 \u0301x\r\n", 40)
	cp := newCodePoints(text)
	for b := 0; b <= len(text); b++ {
		if !utf8.RuneStart(text[min(b, len(text)-1)]) && b < len(text) {
			continue
		}
		if got, want := cp.at(b), utf8.RuneCountInString(text[:b]); got != want {
			t.Fatalf("byte %d: got code point %d, want %d", b, got, want)
		}
	}
	if got, want := cp.at(len(text)+5), utf8.RuneCountInString(text); got != want {
		t.Errorf("past the end: got %d, want %d", got, want)
	}
}

func TestValidUTF8ReplacesBytewise(t *testing.T) {
	in := "a\xff\xfeb\xe2\x82"
	out := ValidUTF8(in)
	if out != "a\uFFFD\uFFFDb\uFFFD\uFFFD" {
		t.Fatalf("got %q", out)
	}
}

func TestDocumentShape(t *testing.T) {
	doc := Annotate("", Options{})
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"schema":"article-annotations/v1","text":"","referenceDate":null,"speakers":[],"quotes":[],"dates":[]}`
	if string(b) != want {
		t.Fatalf("empty document:\n got %s\nwant %s", b, want)
	}
	if !strings.Contains(string(mustJSON(t, Annotate("x", Options{ReferenceDate: "2024-09-03"}))), `"referenceDate":"2024-09-03"`) {
		t.Fatal("reference date not echoed")
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
