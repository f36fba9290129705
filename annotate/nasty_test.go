package annotate

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The nasty inputs of issue 6: each case must finish quickly, keep every invariant (doc.Check) and
// meet one exact expectation of its own. The whole table runs in well under a second.

// at returns the code point offset of the n-th (0-based) occurrence of sub in text; it fails the
// test when there is none.
func at(t *testing.T, text, sub string, n int) int {
	t.Helper()
	from := 0
	for ; ; n-- {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q does not occur %d more times", sub, n+1)
		}
		if n == 0 {
			return utf8.RuneCountInString(text[:from+i])
		}
		from += i + len(sub)
	}
}

// wantQuote asserts that doc has a quote of kind with exactly this text at this code point offset.
func wantQuote(t *testing.T, doc *Document, start int, text, kind string) {
	t.Helper()
	for _, q := range doc.Quotes {
		if q.Start == start {
			if q.Text != text || q.Kind != kind || q.End != start+utf8.RuneCountInString(text) {
				t.Fatalf("quote at %d: got %s %q [%d,%d), want %s %q", start, q.Kind, q.Text, q.Start, q.End, kind, text)
			}
			return
		}
	}
	t.Fatalf("no quote at %d (want %s %q); quotes: %+v", start, kind, text, doc.Quotes)
}

func wantCounts(t *testing.T, doc *Document, speakers, quotes, dates int) {
	t.Helper()
	if len(doc.Speakers) != speakers || len(doc.Quotes) != quotes || len(doc.Dates) != dates {
		t.Fatalf("got %d speakers, %d quotes, %d dates; want %d, %d, %d",
			len(doc.Speakers), len(doc.Quotes), len(doc.Dates), speakers, quotes, dates)
	}
}

// withEndings rewrites each "\n" of an LF text with the line ending eol(i) for the i-th newline,
// and returns the new text and a map from the LF text's code point offsets to the new text's.
func withEndings(lf string, eol func(i int) string) (string, func(int) int) {
	var b strings.Builder
	var shift []int // shift[k]: extra code points before LF offset k
	extra, n := 0, 0
	for _, r := range lf {
		shift = append(shift, extra)
		if r == '\n' {
			e := eol(n)
			n++
			b.WriteString(e)
			extra += utf8.RuneCountInString(e) - 1
		} else {
			b.WriteRune(r)
		}
	}
	shift = append(shift, extra)
	return b.String(), func(k int) int { return k + shift[k] }
}

const nastyLF = "Title\n\n\"It is over,\" the minister said on Friday.\nHe left.\n\n" +
	"\"We will fight on,\" said Ana Silva on 3 March 2024.\n"

func TestNastyInputs(t *testing.T) {
	const sentence = "\"We will not accept this,\" said Minister Laura Chen on Monday. "
	oneLine := strings.Repeat(sentence, (1<<20)/len(sentence)+1) // one line of just over 1 MB
	lines := len(oneLine) / len(sentence)

	const para = "\"We will go,\" said Ana Silva on Monday. \"It is done,\" she added on 3 March 2024.\n\n"
	many := strings.Repeat(para, 12500) // 25,000 quotes, 25,000 dates and 25,000 mentions

	var nested strings.Builder // 5,000 lines nesting blockquotes and lists ever deeper, 50 levels
	for i := range 5000 {
		nested.WriteString(strings.Repeat("> ", i%50))
		nested.WriteString(strings.Repeat("- ", i%7))
		nested.WriteString("item\n")
	}

	cases := []struct {
		name string
		text string
		want func(t *testing.T, text string, doc *Document)
	}{
		{"empty", "", func(t *testing.T, text string, doc *Document) {
			wantCounts(t, doc, 0, 0, 0)
		}},
		{"whitespace only", " \t\n\r\n\v\f\u00a0\u2003\u3000\u2028\n\n  ", func(t *testing.T, text string, doc *Document) {
			wantCounts(t, doc, 0, 0, 0)
		}},
		{"100,000 quotation marks", strings.Repeat("\"", 100000), func(t *testing.T, text string, doc *Document) {
			// Pairs of marks around nothing quote nothing: no quote, nobody, no date.
			wantCounts(t, doc, 0, 0, 0)
		}},
		{"marks around spaces", strings.Repeat("\" ", 50000), func(t *testing.T, text string, doc *Document) {
			wantCounts(t, doc, 0, 0, 0)
		}},
		{"1 MB single line", oneLine, func(t *testing.T, text string, doc *Document) {
			wantCounts(t, doc, 1, lines, lines)
			if s := doc.Speakers[0]; s.Name != "Laura Chen" || len(s.Mentions) != lines {
				t.Fatalf("speaker %q with %d mentions, want Laura Chen with %d", s.Name, len(s.Mentions), lines)
			}
			for i, q := range doc.Quotes {
				if q.Start != i*len(sentence) || q.Text != "\"We will not accept this,\"" || q.Kind != "direct" || q.Speaker == nil {
					t.Fatalf("quote %d: %+v", i, q)
				}
			}
			for i, d := range doc.Dates {
				if d.Text != "Monday" || d.Value != "2024-09-02" || d.Start != i*len(sentence)+55 {
					t.Fatalf("date %d: %+v", i, d)
				}
			}
		}},
		{"5,000 nested blockquote markers", strings.Repeat(">", 5000) + " \"Hello there friends,\" said Ana Silva on Monday.",
			func(t *testing.T, text string, doc *Document) {
				wantCounts(t, doc, 1, 1, 1)
				wantQuote(t, doc, 5001, "\"Hello there friends,\"", "direct")
			}},
		{"5,000 nested list markers", strings.Repeat("- ", 5000) + "\"Hello there friends,\" said Ana Silva on Monday.",
			func(t *testing.T, text string, doc *Document) {
				wantCounts(t, doc, 1, 1, 1)
				wantQuote(t, doc, 10000, "\"Hello there friends,\"", "direct")
			}},
		{"5,000 lines of nested blockquotes and lists", nested.String(), func(t *testing.T, text string, doc *Document) {
			wantCounts(t, doc, 0, 0, 0)
		}},
		{"NUL and control characters", "\x00\x01\"We will\x00 go,\" said Ana Silva on Monday.\x1b[31m\x7f\u0085\u200b\ufeff",
			func(t *testing.T, text string, doc *Document) {
				if doc.Text != text {
					t.Fatalf("text changed: %q", doc.Text)
				}
				wantCounts(t, doc, 1, 1, 1)
				wantQuote(t, doc, 2, "\"We will\x00 go,\"", "direct")
				if d := doc.Dates[0]; d.Start != at(t, text, "Monday", 0) || d.Value != "2024-09-02" {
					t.Fatalf("date %+v", d)
				}
			}},
		{"RTL text around an English quote", "قال الوزير إن المحادثات ستستمر. \"We will not give up,\" said Ana Silva on Monday. אמר השר שהשיחות יימשכו.",
			func(t *testing.T, text string, doc *Document) {
				wantCounts(t, doc, 1, 1, 1)
				wantQuote(t, doc, at(t, text, "\"We", 0), "\"We will not give up,\"", "direct")
				if m := doc.Speakers[0].Mentions[0]; doc.Speakers[0].Name != "Ana Silva" || m.Start != at(t, text, "Ana", 0) {
					t.Fatalf("speaker %+v", doc.Speakers[0])
				}
			}},
		{"emoji with ZWJ and skin tones in a quote", "🇺🇦 \"We love it 👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈👍🏿 so much,\" said Ana Silva on Monday.",
			func(t *testing.T, text string, doc *Document) {
				wantCounts(t, doc, 1, 1, 1)
				wantQuote(t, doc, 3, "\"We love it 👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈👍🏿 so much,\"", "direct")
			}},
		{"combining marks", "\"Cafe\u0301 prices rose,\" said Zoe\u0308 Mu\u0308ller on Monday.",
			func(t *testing.T, text string, doc *Document) {
				wantCounts(t, doc, 1, 1, 1)
				wantQuote(t, doc, 0, "\"Cafe\u0301 prices rose,\"", "direct")
				s := doc.Speakers[0]
				if s.Name != "Zoe\u0308 Mu\u0308ller" || s.Mentions[0].Start != 26 || s.Mentions[0].End != 38 {
					t.Fatalf("speaker %+v", s)
				}
			}},
		{"CJK and full-width quotation marks", "東京で、田中氏は「市場は落ち着いている」と述べた。“The market is calm,” said Ken Sato. ＂We are ready,＂ said Mei Tanaka on Monday.",
			func(t *testing.T, text string, doc *Document) {
				// 「」 pairs like any quotation mark; the engine reads English attributions only, so
				// the Japanese quote has no speaker and, being one unspaced "word", counts as scare.
				wantQuote(t, doc, at(t, text, "「", 0), "「市場は落ち着いている」", "scare")
				wantQuote(t, doc, at(t, text, "“", 0), "“The market is calm,”", "direct")
				wantQuote(t, doc, at(t, text, "＂", 0), "＂We are ready,＂", "direct")
				if q := doc.Quotes[2]; q.Speaker == nil || q.Source == nil || q.Source.Text != "Mei Tanaka" {
					t.Fatalf("full-width quote without its speaker: %+v", q)
				}
				if d := doc.Dates; len(d) != 1 || d[0].Start != at(t, text, "Monday", 0) {
					t.Fatalf("dates %+v", d)
				}
			}},
		{"invalid UTF-8", "bad \xff\xfe byte \"quoted words here,\" said Jo Park in 2020 \xe2\x82.",
			func(t *testing.T, text string, doc *Document) {
				// Each bad byte becomes one U+FFFD: the text keeps one code point per bad byte,
				// so every offset equals that of the same text with a letter for each bad byte.
				if want := "bad \ufffd\ufffd byte \"quoted words here,\" said Jo Park in 2020 \ufffd\ufffd."; doc.Text != want {
					t.Fatalf("text %q, want %q", doc.Text, want)
				}
				twin := Annotate("bad xx byte \"quoted words here,\" said Jo Park in 2020 xx.", Options{ReferenceDate: "2024-09-03"})
				wantCounts(t, doc, 1, 1, 1)
				wantQuote(t, doc, 12, "\"quoted words here,\"", "direct")
				if twin.Quotes[0].Span.Start != 12 || twin.Dates[0].Start != doc.Dates[0].Start || doc.Dates[0].Text != "2020" ||
					twin.Speakers[0].Mentions[0].Start != doc.Speakers[0].Mentions[0].Start {
					t.Fatalf("offsets differ from the valid twin's: %+v / %+v", doc, twin)
				}
			}},
		{"50,000 annotations", many, func(t *testing.T, text string, doc *Document) {
			wantCounts(t, doc, 1, 25000, 25000)
			// "Ana Silva" and "she" in each paragraph: 25,000 mentions more.
			if n := len(doc.Speakers[0].Mentions); doc.Speakers[0].Name != "Ana Silva" || n != 25000 {
				t.Fatalf("speaker %q with %d mentions, want Ana Silva with 25000", doc.Speakers[0].Name, n)
			}
			n := utf8.RuneCountInString(para)
			for i, q := range doc.Quotes {
				want, start := "\"We will go,\"", i/2*n
				if i%2 == 1 {
					want, start = "\"It is done,\"", i/2*n+40
				}
				if q.Text != want || q.Start != start || q.Speaker == nil || *q.Speaker != "s1" {
					t.Fatalf("quote %d: %+v", i, q)
				}
			}
			for i, d := range doc.Dates {
				if want := map[bool]string{false: "2024-09-02", true: "2024-03-03"}[i%2 == 1]; d.Value != want {
					t.Fatalf("date %d: %+v, want value %s", i, d, want)
				}
			}
			if got := fmt.Sprint(doc.Quotes[len(doc.Quotes)-1].ID, doc.Dates[len(doc.Dates)-1].ID); got != "q25000d25000" {
				t.Fatalf("last ids %s", got)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			doc := Annotate(c.text, Options{ReferenceDate: "2024-09-03"})
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %v", d)
			}
			if err := doc.Check(); err != nil {
				t.Fatal(err)
			}
			if got, want := utf8.RuneCountInString(doc.Text), len([]rune(c.text)); got != want {
				t.Fatalf("text has %d code points, want %d", got, want)
			}
			c.want(t, c.text, doc)
		})
	}
}

// TestLineEndings checks that CR, CRLF and mixed line endings give the same quotes and dates as
// LF, each at its offset shifted by the extra code points of the CRLFs before it.
func TestLineEndings(t *testing.T) {
	ref := Options{ReferenceDate: "2024-09-03"}
	lf := Annotate(nastyLF, ref)
	wantCounts(t, lf, 2, 2, 2)
	for name, eol := range map[string]func(int) string{
		"CR":    func(int) string { return "\r" },
		"CRLF":  func(int) string { return "\r\n" },
		"mixed": func(i int) string { return []string{"\r\n", "\n", "\r", "\r\n", "\r"}[i%5] },
	} {
		t.Run(name, func(t *testing.T) {
			text, shift := withEndings(nastyLF, eol)
			doc := Annotate(text, ref)
			if err := doc.Check(); err != nil {
				t.Fatal(err)
			}
			wantCounts(t, doc, len(lf.Speakers), len(lf.Quotes), len(lf.Dates))
			for i, q := range lf.Quotes {
				g := doc.Quotes[i]
				if g.Text != q.Text || g.Kind != q.Kind || g.Start != shift(q.Start) || g.End != shift(q.End) {
					t.Errorf("quote %d: got %s %q [%d,%d), want %s %q [%d,%d)", i, g.Kind, g.Text, g.Start, g.End,
						q.Kind, q.Text, shift(q.Start), shift(q.End))
				}
			}
			for i, d := range lf.Dates {
				g := doc.Dates[i]
				if g.Text != d.Text || g.Value != d.Value || g.Start != shift(d.Start) {
					t.Errorf("date %d: got %q %s at %d, want %q %s at %d", i, g.Text, g.Value, g.Start, d.Text, d.Value, shift(d.Start))
				}
			}
		})
	}
}
