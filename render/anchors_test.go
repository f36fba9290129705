package render

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/examples"
)

var (
	runRE   = regexp.MustCompile(`<span data-o="(\d+)"(?: data-e="(\d+)")?>([^<]*)</span>`)
	extraRE = regexp.MustCompile(` data-by="[a-z]+"| role="button" aria-label="[^"]*"`)
	unHTML  = strings.NewReplacer("&quot;", `"`, "&amp;", "&", "&lt;", "<", "&gt;", ">", "&#39;", "'")
)

// bare takes the runs and the editor's attributes (data-by, role, aria-label) out of rendered
// HTML, so that tests about where marks go read as the HTML a person would write.
func bare(out string) string {
	return extraRE.ReplaceAllString(runRE.ReplaceAllString(out, "$3"), "")
}

// run is one run of rendered text: where its source starts and ends, in code points (end is -1
// when the run has no data-e), and the text it shows.
type run struct {
	o, e  int
	shows string
}

func runs(out string) []run {
	var rs []run
	for _, m := range runRE.FindAllStringSubmatch(out, -1) {
		o, _ := strconv.Atoi(m[1])
		e := -1
		if m[2] != "" {
			e, _ = strconv.Atoi(m[2])
		}
		rs = append(rs, run{o, e, unHTML.Replace(m[3])})
	}
	return rs
}

// checkRuns checks the contract of runs against the source: in source order, never overlapping,
// each run without data-e shows exactly the code points of the source from its start, and each
// with data-e covers a source piece that opens with a backslash or an ampersand.
func checkRuns(t *testing.T, text, out string) []run {
	t.Helper()
	src := []rune(text)
	rs := runs(out)
	end := 0
	for _, r := range rs {
		if r.o < end {
			t.Fatalf("run at %d starts before the previous one ends (%d) in\n%s", r.o, end, out)
		}
		if r.e >= 0 {
			if r.e <= r.o || r.e > len(src) || (src[r.o] != '\\' && src[r.o] != '&') {
				t.Fatalf("escape run [%d,%d) of %q is not an escape in the source", r.o, r.e, text)
			}
			end = r.e
			continue
		}
		n := utf8.RuneCountInString(r.shows)
		if r.o+n > len(src) || string(nulShown(src[r.o:r.o+n])) != r.shows {
			t.Fatalf("run at %d shows %q, but the source there is %q", r.o, r.shows, string(src[r.o:min(len(src), r.o+n)]))
		}
		end = r.o + n
	}
	return rs
}

// nulShown is source text as HTML shows it: CommonMark replaces each NUL with U+FFFD, one code
// point for one, so offsets still count the same.
func nulShown(src []rune) []rune {
	out := append([]rune(nil), src...)
	for i, r := range out {
		if r == 0 {
			out[i] = '\uFFFD'
		}
	}
	return out
}

func TestRuns(t *testing.T) {
	cases := []struct {
		name, text string
		// shown are code point offsets that some run must show (the start of a word, say).
		shown []int
	}{
		{"emoji with ZWJ and skin tones", "👩🏽‍💻 and 👍🏿 said \"yes\" on Monday.", []int{0, 7, 9}},
		{"CRLF paragraphs and soft breaks", "Title\r\n\r\nOne line\r\nnext line.\r\n", []int{0, 9, 19}},
		{"combining marks", "Zoe\u0308 said cafe\u0301.", []int{0, 5}},
		{"NUL shows as U+FFFD, one for one", "A\x00B said \"no\x00w\" on\x00Monday.", []int{0, 2, 4}},
		{"escapes and entities", `A \*star\* &amp; &#x1F600; &copy; \q done`, []int{0, 4, 27, 34}},
		{"markup is hidden", "# Head\n\n*em* and **strong** `code`\n\n    block\n", []int{2, 9, 19, 29, 40}},
		{"plain text too deep for Markdown", strings.Repeat("> ", 200) + "deep text", []int{400}},
		{"the example", examples.Harbour, []int{2, 56, 254}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := annotate.Annotate(c.text, annotate.Options{ReferenceDate: "2024-09-03"})
			out := HTML(doc)
			rs := checkRuns(t, c.text, out)
			for _, at := range c.shown {
				found := false
				for _, r := range rs {
					if r.e < 0 && r.o <= at && at < r.o+utf8.RuneCountInString(r.shows) || r.o == at {
						found = true
					}
				}
				if !found {
					t.Errorf("no run shows code point %d (%q) in\n%s", at, string([]rune(c.text)[at:]), out)
				}
			}
			if bare(out) == out {
				t.Errorf("no runs in\n%s", out)
			}
		})
	}
}

func TestEscapeRuns(t *testing.T) {
	out := HTML(newDoc(t, `a \* b &amp; c`).doc)
	want := []run{{0, -1, "a "}, {2, 4, "*"}, {4, -1, " b "}, {7, 12, "&"}, {12, -1, " c"}}
	got := runs(out)
	if len(got) != len(want) {
		t.Fatalf("runs %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("run %d is %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestMarksSayWhoAndWhat(t *testing.T) {
	b := newDoc(t, `"We rebuild," said Helen Okafor on Monday.`).speaker("Helen Okafor", "Helen Okafor").quote(`"We rebuild,"`, "s1", "said").date("Monday", "2024-09-02")
	b.doc.Quotes[0].By = annotate.ByHuman
	out := HTML(b.doc)
	for _, want := range []string{
		`data-kind="quote" data-id="q1" data-speaker="s1" data-by="human"`,
		`aria-label="Quote “&quot;We rebuild,&quot;” by Helen Okafor, yours"`,
		`data-m="1" data-by="machine"`,
		`aria-label="Speaker “Helen Okafor” (Helen Okafor), suggested"`,
		`aria-label="Date “Monday”, suggested"`, `title="Monday 2 September 2024"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s in\n%s", want, out)
		}
	}
	if n := strings.Count(out, `role="button"`); n != 3 {
		t.Errorf("%d marks with role=button, want one per span (3)", n)
	}
}

// FuzzRuns checks the run contract on any text: runs in order, each showing its source.
func FuzzRuns(f *testing.F) {
	f.Add(examples.Harbour)
	f.Add("👩🏽‍💻 \"It is\r\nover,\" he said. *a \"b* c\" \\* &amp; &#1;")
	f.Add("# T\n\n    code \"x\"\n\n> quote `y` [l](javascript:x) <b>z</b>")
	f.Fuzz(func(t *testing.T, s string) {
		doc := annotate.Annotate(s, annotate.Options{ReferenceDate: "2024-09-03"})
		checkRuns(t, doc.Text, HTML(doc))
	})
}
