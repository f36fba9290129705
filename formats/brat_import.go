package formats

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/article-annotator/annotator/annotate"
)

// ImportBrat reads a brat .txt and its .ann (see brat.go for what the export writes). It also
// reads .ann files written by other tools that use its entity types (Speaker, Quote, Source,
// Cue, Date, ReferenceDate): a missing id is numbered, a missing By is the machine's, a quote
// with no Kind is direct when it opens with a quotation mark and indirect otherwise, and mentions
// with no SpeakerID are one speaker per distinct name. Relations other than Source, Cue and
// Speaker, equivalences (*) and normalisations (N) are skipped; events (E) and other entity types
// are refused. A discontinuous span reads as the whole range from its first piece to its last.
//
// Errors name the .ann and the line. The document's ID is left empty: the caller may set it
// from the file name, which is how brat names documents.
func ImportBrat(txt, ann []byte) (*annotate.Document, error) {
	return ImportBratNamed("article.txt", "article.ann", txt, ann)
}

// ImportBratNamed is ImportBrat with the files' names, for messages.
func ImportBratNamed(txtName, annName string, txt, ann []byte) (*annotate.Document, error) {
	for _, f := range []struct {
		name string
		data []byte
	}{{txtName, txt}, {annName, ann}} {
		if err := CheckSize(f.name, int64(len(f.data))); err != nil {
			return nil, err
		}
		if err := checkUTF8(f.name, f.data); err != nil {
			return nil, err
		}
	}
	ann = bytes.TrimPrefix(ann, []byte("\uFEFF")) // the .txt keeps its byte order mark: brat counts it
	doc, line, err := readBrat(string(txt), ann)
	if err != nil {
		if line > 0 {
			return nil, fmt.Errorf("%s: line %d: %v", annName, line, err)
		}
		return nil, fmt.Errorf("%s: %v", annName, err)
	}
	if err := validate(doc); err != nil {
		return nil, fmt.Errorf("%s: %v", annName, err)
	}
	return doc, nil
}

// bratSpan is a T line.
type bratSpan struct {
	typ  string
	span annotate.Span
	line int
}

// bratAnn holds the lines of an .ann by kind, each with its line number.
type bratAnn struct {
	order     []string             // T ids in file order
	spans     map[string]*bratSpan // T id → span
	attrs     map[string]map[string]string
	notes     map[string]string
	relations map[string]map[string]string // relation type → Arg1 → Arg2
	refDate   string
}

// readBrat parses ann against text and builds the document. On error it returns the line at
// fault, or 0 when the fault is no one line's.
func readBrat(text string, ann []byte) (*annotate.Document, int, error) {
	cp := newCodePoints(text)
	// Sized for the file: a T line comes with two to six others in what the annotator writes.
	lines := bytes.Count(ann, []byte{'\n'}) + 1
	a := &bratAnn{order: make([]string, 0, lines/4), spans: make(map[string]*bratSpan, lines/4),
		attrs: make(map[string]map[string]string, lines/4), notes: map[string]string{},
		relations: map[string]map[string]string{}}
	refs := make([]struct {
		target string
		line   int
	}, 0, lines)
	// The .ann is read as one string, its lines and fields sliced from it rather than copied.
	for n, lines := 1, string(ann); lines != ""; n++ {
		var line string
		line, lines, _ = strings.Cut(lines, "\n")
		l := strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		id, rest, _ := strings.Cut(l, "\t")
		fields := strings.Fields(rest)
		switch {
		case id == "" || len(fields) == 0:
			return nil, n, fmt.Errorf("not a brat annotation line (an id, a tab, then the annotation)")
		case id[0] == 'T':
			s, err := bratSpanLine(cp, rest)
			if err != nil {
				return nil, n, err
			}
			if a.spans[id] != nil {
				return nil, n, fmt.Errorf("%s is defined twice", id)
			}
			s.line = n
			a.spans[id] = s
			a.order = append(a.order, id)
		case id[0] == 'A' || id[0] == 'M':
			if len(fields) < 2 || len(fields) > 3 {
				return nil, n, fmt.Errorf("an attribute line is A<n>, a tab, then NAME TARGET [VALUE]")
			}
			value := "true"
			if len(fields) == 3 {
				value = fields[2]
			}
			if a.attrs[fields[1]] == nil {
				a.attrs[fields[1]] = map[string]string{}
			}
			a.attrs[fields[1]][fields[0]] = value
			refs = append(refs, struct {
				target string
				line   int
			}{fields[1], n})
			if fields[0] == "ReferenceDate" {
				a.refDate = value
			}
		case id[0] == 'R':
			if len(fields) != 3 || !strings.HasPrefix(fields[1], "Arg1:") || !strings.HasPrefix(fields[2], "Arg2:") {
				return nil, n, fmt.Errorf("a relation line is R<n>, a tab, then TYPE Arg1:T<n> Arg2:T<n>")
			}
			from, to := fields[1][5:], fields[2][5:]
			if a.relations[fields[0]] == nil {
				a.relations[fields[0]] = map[string]string{}
			}
			a.relations[fields[0]][from] = to
			refs = append(refs, struct {
				target string
				line   int
			}{from, n}, struct {
				target string
				line   int
			}{to, n})
		case id[0] == '#':
			_, note, _ := strings.Cut(rest, "\t")
			if fields[0] == "AnnotatorNotes" && len(fields) > 1 {
				a.notes[fields[1]] = unescapeNote(note)
			}
		case id[0] == '*' || id[0] == 'N':
			// equivalences and normalisations: nothing of ours
		case id[0] == 'E':
			return nil, n, fmt.Errorf("events (E lines) are not something the annotator reads")
		default:
			return nil, n, fmt.Errorf("%q is not a brat annotation id (T, A, R, #, E, N or * and a number)", id)
		}
	}
	for _, r := range refs {
		if a.spans[r.target] == nil {
			return nil, r.line, fmt.Errorf("%s is not a T line of the file", r.target)
		}
	}
	doc, err := a.document(text)
	if err != nil {
		return nil, a.line(err), err
	}
	return doc, 0, nil
}

// bratSpanLine parses the rest of a T line: "TYPE START END[;START END...]\tTEXT".
func bratSpanLine(cp codePoints, rest string) (*bratSpan, error) {
	head, text, ok := strings.Cut(rest, "\t")
	if !ok {
		return nil, fmt.Errorf("a T line is T<n>, a tab, TYPE START END, a tab, then the text")
	}
	typ, ranges, _ := strings.Cut(head, " ")
	switch typ {
	case "Speaker", "Quote", "Source", "Cue", "Date", "ReferenceDate":
	default:
		return nil, fmt.Errorf("the entity type %q is not one of Speaker, Quote, Source, Cue, Date and ReferenceDate", typ)
	}
	var pieces []string
	start, end, prev := -1, -1, 0
	for _, r := range strings.Split(ranges, ";") {
		f := strings.Fields(r)
		if len(f) != 2 {
			return nil, fmt.Errorf("%q is not a range START END", r)
		}
		s, err1 := strconv.Atoi(f[0])
		e, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || s < prev || e < s || e > cp.len() {
			return nil, fmt.Errorf("the range %q is not inside the text of %d characters, in order", r, cp.len())
		}
		if start < 0 {
			start = s
		}
		end, prev = e, e
		pieces = append(pieces, cp.slice(s, e))
	}
	if want := strings.Join(pieces, " "); bratText(want) != bratText(text) {
		return nil, fmt.Errorf("the text %q is not the text at %s (%q)", text, ranges, want)
	}
	return &bratSpan{typ: typ, span: annotate.Span{Start: start, End: end, Text: cp.slice(start, end)}}, nil
}

// bratError is an error about the annotation on one line.
type bratError struct {
	line int
	msg  string
}

func (e *bratError) Error() string { return e.msg }

func (a *bratAnn) line(err error) int {
	if be, ok := err.(*bratError); ok {
		return be.line
	}
	return 0
}

// document builds the document from the parsed lines.
func (a *bratAnn) document(text string) (*annotate.Document, error) {
	doc := textDocument(text)
	used := map[string]bool{}
	for _, attrs := range a.attrs {
		for _, name := range []string{"SpeakerID", "QuoteID", "DateID"} {
			if id, ok := attrs[name]; ok {
				used[id] = true
			}
		}
	}
	next := map[string]int{}
	fresh := func(prefix string) string { // the next unused id prefixN
		for {
			next[prefix]++
			if id := prefix + strconv.Itoa(next[prefix]); !used[id] {
				used[id] = true
				return id
			}
		}
	}
	speakers := map[string]int{}  // id → index in doc.Speakers
	byName := map[string]string{} // a mention's name → the speaker id given to mentions with no SpeakerID
	speaker := func(t, id string) int {
		if i, ok := speakers[id]; ok {
			return i
		}
		name, ok := a.notes[t]
		if !ok {
			name = a.spans[t].span.Text
		}
		speakers[id] = len(doc.Speakers)
		doc.Speakers = append(doc.Speakers, annotate.Speaker{ID: id, Name: name, Mentions: []annotate.Mention{}})
		return speakers[id]
	}
	errAt := func(t, format string, args ...any) error {
		return &bratError{line: a.spans[t].line, msg: fmt.Sprintf(format, args...)}
	}
	by := func(t string) (string, error) {
		switch b := a.attrs[t]["By"]; b {
		case "", annotate.ByMachine:
			return annotate.ByMachine, nil
		case annotate.ByHuman:
			return b, nil
		default:
			return "", errAt(t, "By is %q; want machine or human", b)
		}
	}
	mentionOf := map[string]string{} // a Speaker T → its speaker's id
	for _, t := range a.order {
		s := a.spans[t]
		if s.typ != "Speaker" {
			continue
		}
		id, ok := a.attrs[t]["SpeakerID"]
		if !ok {
			name := a.notes[t]
			if name == "" {
				name = s.span.Text
			}
			if id, ok = byName[name]; !ok {
				id = fresh("s")
				byName[name] = id
			}
		}
		b, err := by(t)
		if err != nil {
			return nil, err
		}
		i := speaker(t, id)
		doc.Speakers[i].Mentions = append(doc.Speakers[i].Mentions, annotate.Mention{Span: s.span, By: b})
		mentionOf[t] = id
	}
	part := func(rel, t string) *annotate.Span {
		if to, ok := a.relations[rel][t]; ok {
			sp := a.spans[to].span
			return &sp
		}
		return nil
	}
	for _, t := range a.order {
		s := a.spans[t]
		switch s.typ {
		case "Quote":
			q := annotate.Quote{Span: s.span, Kind: a.attrs[t]["Kind"], Source: part("Source", t), Cue: part("Cue", t)}
			if q.ID = a.attrs[t]["QuoteID"]; q.ID == "" {
				q.ID = fresh("q")
			}
			if q.Kind == "" {
				q.Kind = "indirect"
				if r := []rune(s.span.Text); len(r) > 0 && strings.ContainsRune(`"“”„«»'‘’‚‹›「『＂`, r[0]) {
					q.Kind = "direct"
				}
			}
			var err error
			if q.By, err = by(t); err != nil {
				return nil, err
			}
			if id, ok := a.attrs[t]["SpeakerID"]; ok {
				speaker(t, id)
				q.Speaker = &doc.Speakers[speakers[id]].ID
			} else if to, ok := a.relations["Speaker"][t]; ok {
				id, ok := mentionOf[to]
				if !ok {
					return nil, errAt(t, "the Speaker relation of %s goes to %s, which is not a Speaker", t, to)
				}
				q.Speaker = &doc.Speakers[speakers[id]].ID
			}
			doc.Quotes = append(doc.Quotes, q)
		case "Date":
			d := annotate.Date{Span: s.span, ID: a.attrs[t]["DateID"], Type: a.attrs[t]["Type"],
				Value: a.attrs[t]["Value"], Mod: a.attrs[t]["Mod"]}
			if d.ID == "" {
				d.ID = fresh("d")
			}
			if d.Type == "" {
				d.Type = "DATE"
			}
			if d.Value == "" {
				return nil, errAt(t, "the date %s has no Value attribute (its TIMEX3 value)", t)
			}
			var err error
			if d.By, err = by(t); err != nil {
				return nil, err
			}
			doc.Dates = append(doc.Dates, d)
		case "ReferenceDate":
			sp := s.span
			doc.ReferenceDateFrom = &sp
		}
	}
	if a.refDate != "" {
		doc.ReferenceDate = &a.refDate
	}
	return doc, nil
}
