package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/article-annotator/annotator/internal/benchtext"
)

// TestHeadsAreNecessary checks the promise of each ...Head function: a family that matches at a
// token also passes its head there, so core, which tries a family only where its head holds,
// finds what trying every family would. It runs every family at every token where at can call
// core, on the sentences of the find tests, the golden articles and the benchmark article, both
// with the parser's state fresh and with the state its run leaves (an anchor, a quarter named).
// A new form added to a family that begins elsewhere fails here until its head admits it.
func TestHeadsAreNecessary(t *testing.T) {
	type doc struct {
		name, text string
		ref        time.Time
	}
	var docs []doc
	for _, c := range append(append([]findCase{}, findCases...), deicticCases...) {
		docs = append(docs, doc{c.rule, c.in, c.ref})
	}
	files, _ := filepath.Glob("../testdata/golden/*.*")
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".txt" && ext != ".md" {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, ref := string(raw), time.Time{}
		if rest, ok := strings.CutPrefix(text, "ref: "); ok {
			var day string
			day, text, _ = strings.Cut(rest, "\n")
			if ref, err = time.Parse(time.DateOnly, day); err != nil {
				t.Fatal(err)
			}
		}
		docs = append(docs, doc{filepath.Base(f), text, ref})
	}
	if len(files) == 0 {
		t.Fatal("no golden articles in ../testdata/golden")
	}
	docs = append(docs, doc{"benchmark article", benchtext.Article(benchtext.MB / 4), benchRef})
	for _, d := range docs {
		for _, ref := range []time.Time{d.ref, {}} {
			p := &parser{text: d.text, t: scan(d.text, nil), has: !ref.IsZero()}
			if p.has {
				p.ref = date(ref.Year(), int(ref.Month()), ref.Day())
			}
			checkHeads(t, d.name, p)
			p.run()
			checkHeads(t, d.name+" (after its run)", p)
		}
	}
}

// checkHeads runs every family at every token where at tries them.
func checkHeads(t *testing.T, name string, p *parser) {
	t.Helper()
	for i := range p.t {
		if !p.canStart(i) {
			continue
		}
		starts := []int{i}
		if mod, j := p.quantMod(i); j > i {
			if !p.quantHead(i) {
				t.Errorf("%s: the quantity modifier %q at token %d, but quantHead is false", name, mod, i)
			}
			if j < len(p.t) {
				starts = append(starts, j)
			}
		}
		for _, k := range starts {
			j := k + b2i(p.kw(k, kThe))
			for _, f := range []struct {
				family string
				head   bool
				try    func(int) (match, bool)
			}{
				{"position", p.positionHead(k), p.position},
				{"calendar", p.calendarHead(j), p.calendar},
				{"relative", p.relativeHead(j), p.relative},
				{"set", p.setHead(k), p.set},
				{"deictic", p.deicticHead(j), p.deictic},
				{"counted", p.countedHead(k), p.counted},
				{"clock", p.num(k) || p.kw(k, kNoon) || p.kw(k, kMidnight), p.clock},
			} {
				if m, ok := f.try(k); ok && m.val != "" && !f.head {
					t.Errorf("%s: %s matches %q (%s) at token %d, but its head is false", name, f.family,
						p.text[p.t[k].s:p.t[min(m.end, len(p.t))-1].e], m.val, k)
				}
			}
		}
	}
}
