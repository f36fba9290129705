package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Brat standoff, as PolNeAR distributes it (../shared/data/quotes/polnear-dev-brat):
//
//	text/NAME.txt                     the article
//	attributions/NAME_ANNOTATOR.ann   one annotator's attributions
//
// A directory holding NAME.txt and NAME.ann side by side (brat's own layout) is read too.
//
// In the .ann files, text-bound annotations (T lines, "T3<TAB>Content 315 448;463 553<TAB>text")
// have the types Source, Cue, Content, Attribution and Attribution-no-source (the event
// triggers), Discard and Discuss. Offsets are code points; a Content may be discontinuous. An
// event (E lines, "E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1") ties one attribution
// together; a second content fragment set appears as Content2. Each contiguous fragment of a
// Content becomes one gold quote, with the event's Source and Cue, speakerName = the source's
// text, and direct = the fragment contains a double quotation mark. Quotes come in event order,
// the fragments of one Content in text order: the order of polnear-dev.jsonl. Discard, Discuss and
// contents outside any event are not quotes.

// BratOptions choose among annotators and date the documents.
type BratOptions struct {
	// Annotator picks the .ann file NAME_<Annotator>.ann when a document has several. When it is
	// empty, or the document has no file by that annotator, the first annotator in sorted order is
	// used, which is the choice polnear-dev.jsonl made (annotator 4b22 on both of the two
	// documents that several annotators annotated).
	Annotator string
}

// BratDoc reports, for one document read from brat, which annotators there were and which was
// used.
type BratDoc struct {
	Name       string
	Annotators []string
	Used       string
}

// ReadBrat reads a brat standoff directory of quote attributions into c. The reference date of a
// document is the YYYY-MM-DD in its file name, if any (PolNeAR names files outlet_date_title);
// brat has no other place for it.
func ReadBrat(dir string, opts BratOptions, c *Corpus) ([]BratDoc, error) {
	textDir, annDir := filepath.Join(dir, "text"), filepath.Join(dir, "attributions")
	if !isDir(textDir) || !isDir(annDir) {
		textDir, annDir = dir, dir
	}
	txts, err := filepath.Glob(filepath.Join(textDir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(txts) == 0 {
		return nil, fmt.Errorf("%s: no .txt files (want text/*.txt and attributions/*.ann, or *.txt with *.ann)", dir)
	}
	anns, err := filepath.Glob(filepath.Join(annDir, "*.ann"))
	if err != nil {
		return nil, err
	}
	names := map[string]bool{}
	for _, txt := range txts {
		names[strings.TrimSuffix(filepath.Base(txt), ".txt")] = true
	}
	var out []BratDoc
	for _, txt := range txts {
		name := strings.TrimSuffix(filepath.Base(txt), ".txt")
		var byAnnotator = map[string]string{}
		var annotators []string
		for _, ann := range anns {
			base := strings.TrimSuffix(filepath.Base(ann), ".ann")
			who := ""
			if base != name {
				if !strings.HasPrefix(base, name+"_") || strings.Contains(base[len(name)+1:], "_") || names[base] {
					continue
				}
				who = base[len(name)+1:]
			}
			byAnnotator[who] = ann
			annotators = append(annotators, who)
		}
		if len(annotators) == 0 {
			return nil, fmt.Errorf("%s: no .ann file for %s", dir, txt)
		}
		sort.Strings(annotators)
		used := annotators[0]
		if _, ok := byAnnotator[opts.Annotator]; ok && opts.Annotator != "" {
			used = opts.Annotator
		}
		text, err := os.ReadFile(txt)
		if err != nil {
			return nil, err
		}
		d, err := readAnn(byAnnotator[used], string(text))
		if err != nil {
			return nil, err
		}
		d.ID, _ = json.Marshal(name)
		d.Key, d.Name = "s:"+name, name
		d.ReferenceDate = dateInName(name)
		c.Add(d)
		out = append(out, BratDoc{Name: name, Annotators: annotators, Used: used})
	}
	return out, nil
}

var nameDate = regexp.MustCompile(`(?:^|[^0-9])(\d{4}-\d{2}-\d{2})(?:[^0-9]|$)`)

// dateInName returns the first valid YYYY-MM-DD date in a file name, or "".
func dateInName(name string) string {
	for _, m := range nameDate.FindAllStringSubmatch(name, -1) {
		if _, err := time.Parse(time.DateOnly, m[1]); err == nil {
			return m[1]
		}
	}
	return ""
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

type bratSpan struct {
	typ   string
	frags [][2]int
}

// doubleQuoteMarks are the marks whose presence makes a content fragment direct.
const doubleQuoteMarks = "\"“”„‟«»"

// readAnn reads one .ann file against its text.
func readAnn(path, text string) (*Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	runes := []rune(text)
	ents := map[string]bratSpan{}
	type event struct{ args [][2]string }
	var events []event
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, len(b)+1)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		bad := func(why string) error { return fmt.Errorf("%s:%d: %s: %q", path, n, why, line) }
		switch line[0] {
		case 'T':
			if len(f) < 2 {
				return nil, bad("text-bound annotation without type and offsets")
			}
			typ, offs, ok := strings.Cut(f[1], " ")
			if !ok {
				return nil, bad("text-bound annotation without offsets")
			}
			var sp = bratSpan{typ: typ}
			for _, fr := range strings.Split(offs, ";") {
				a, z, ok := strings.Cut(strings.TrimSpace(fr), " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(z)
				if !ok || err1 != nil || err2 != nil || s < 0 || e < s || e > len(runes) {
					return nil, bad("bad offsets")
				}
				sp.frags = append(sp.frags, [2]int{s, e})
			}
			ents[f[0]] = sp
		case 'E':
			if len(f) < 2 {
				return nil, bad("event without arguments")
			}
			var ev event
			for _, a := range strings.Fields(f[1]) {
				role, id, ok := strings.Cut(a, ":")
				if !ok {
					return nil, bad("event argument without role")
				}
				ev.args = append(ev.args, [2]string{role, id})
			}
			events = append(events, ev)
		}
		// R (relations), A (attributes), N (normalisations) and # (notes) carry nothing the gold
		// format holds.
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	extent := func(id string) *Span {
		sp, ok := ents[id]
		if !ok || len(sp.frags) == 0 {
			return nil
		}
		s, e := sp.frags[0][0], sp.frags[0][1]
		for _, fr := range sp.frags[1:] {
			s, e = min(s, fr[0]), max(e, fr[1])
		}
		return &Span{Start: s, End: e, Text: string(runes[s:e])}
	}
	d := &Doc{Text: text, ScoreQuotes: true}
	for i, ev := range events {
		var source, cue *Span
		var contents []string
		for _, a := range ev.args {
			if _, ok := ents[a[1]]; !ok {
				return nil, fmt.Errorf("%s: event %d names %s, which is not defined", path, i+1, a[1])
			}
			switch strings.TrimRight(a[0], "0123456789") {
			case "Source":
				if source == nil {
					source = extent(a[1])
				}
			case "Cue":
				if cue == nil {
					cue = extent(a[1])
				}
			case "Content":
				contents = append(contents, a[1])
			}
		}
		for _, id := range contents {
			frags := append([][2]int(nil), ents[id].frags...)
			sort.SliceStable(frags, func(a, b int) bool { return frags[a][0] < frags[b][0] })
			for _, fr := range frags {
				q := Quote{Start: fr[0], End: fr[1], Source: source, Cue: cue,
					Direct: strings.ContainsAny(string(runes[fr[0]:fr[1]]), doubleQuoteMarks)}
				if source != nil {
					q.SpeakerName = source.Text
				}
				d.Quotes = append(d.Quotes, q)
			}
		}
	}
	return d, nil
}
