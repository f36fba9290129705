package formats

import (
	"bytes"
	"encoding/json"
	"hash/fnv"
	"net/url"
	"strconv"

	"github.com/article-annotator/annotator/annotate"
)

// The W3C export is one AnnotationPage (https://www.w3.org/TR/annotation-model/) in JSON-LD:
//
//	{"@context": ["http://www.w3.org/ns/anno.jsonld", {our terms}],
//	 "type": "AnnotationPage",
//	 "article": {"id": "urn:article-annotator:<hash>", "type": "TextualBody", "format": "text/plain",
//	             "value": "<the text>", "articleId": "<the document's id, when it has one>",
//	             "referenceDate": "YYYY-MM-DD" | null,
//	             "referenceDateFrom": {"source", "selector"} (when the date was found in the text),
//	             "speakers": [{"id": "<article>#speaker-s1", "name": "Ana Silva"}]},
//	 "items": [annotations]}
//
// "article" is the annotated text embedded as a TextualBody, and every target's "source" is its
// id. It, "articleId", "referenceDate", "referenceDateFrom", "speakers", "speaker", "role" and
// "timexMod" are terms of ours, defined in the page's context under
// https://github.com/article-annotator/annotator/ns#; everything else is the Web Annotation
// vocabulary. The items, in this order:
//   - each speaker mention: a body classifying it as "speaker" and one "identifying" it, whose
//     value is the speaker's name and whose "speaker" is the speaker's IRI (article#speaker-s1);
//   - each quote: a body classifying it as "quote", one tagging its kind ("direct", "indirect",
//     "mixed", "scare"), and for the words naming its speaker and its cue, SpecificResource bodies
//     with purpose "describing", "role" "source" or "cue", and their own selectors; after a quote
//     with a speaker, a "linking" annotation whose targets are the quote annotation and the
//     speaker mention its source is (the speaker itself when no mention is), with a body
//     identifying the speaker;
//   - each date: a body classifying it as "date", one tagging its TIMEX3 type, and one
//     "describing" it whose value is the TIMEX3 value, with "timexMod" when it has a mod.
//
// Every span target has a TextQuoteSelector (exact, with up to 32 code points of prefix and
// suffix) and a TextPositionSelector in code points, as the model requires. "creator" says who
// made the annotation: {"type": "Software"} for the machine, {"type": "Person"} for a person.
// Annotations are named article#mention-s1-1, #quote-q1, #link-q1 and #date-d1, after the
// document's ids. The page is indented, with each annotation on one line.

// w3cContext is the page's @context: the Web Annotation context and our terms.
const w3cContext = `["http://www.w3.org/ns/anno.jsonld",{"aa":"https://github.com/article-annotator/annotator/ns#",` +
	`"article":"aa:article","articleId":"aa:articleId",` +
	`"referenceDate":{"@id":"aa:referenceDate","@type":"http://www.w3.org/2001/XMLSchema#date"},` +
	`"referenceDateFrom":"aa:referenceDateFrom","speakers":{"@id":"aa:speakers","@container":"@list"},` +
	`"speaker":{"@id":"aa:speaker","@type":"@id"},"role":"aa:role","timexMod":"aa:timexMod"}]`

// contextLength is how many code points of text a TextQuoteSelector gives before and after.
const contextLength = 32

type w3cPage struct {
	Context json.RawMessage `json:"@context"`
	Type    string          `json:"type"`
	Article w3cArticle      `json:"article"`
	Items   []w3cAnnotation `json:"items"`
}

type w3cArticle struct {
	ID                string      `json:"id"`
	Type              string      `json:"type"`
	Format            string      `json:"format"`
	Value             string      `json:"value"`
	ArticleID         string      `json:"articleId,omitempty"`
	ReferenceDate     *string     `json:"referenceDate"`
	ReferenceDateFrom *w3cTarget  `json:"referenceDateFrom,omitempty"`
	Speakers          []w3cEntity `json:"speakers"`
}

type w3cEntity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// w3cAnnotation is one annotation. Target is a w3cTarget for a span, a list of ids for a link;
// it is read as raw JSON and decoded by the motivation.
type w3cAnnotation struct {
	ID         string          `json:"id"`
	Type       string          `json:"type"`
	Motivation string          `json:"motivation"`
	Creator    *w3cCreator     `json:"creator,omitempty"`
	Body       []w3cBody       `json:"body"`
	Target     json.RawMessage `json:"target"`
}

type w3cCreator struct {
	Type string `json:"type"`
}

type w3cBody struct {
	Type     string        `json:"type"`
	Purpose  string        `json:"purpose"`
	Value    string        `json:"value,omitempty"`
	Speaker  string        `json:"speaker,omitempty"`
	TimexMod string        `json:"timexMod,omitempty"`
	Role     string        `json:"role,omitempty"`
	Source   string        `json:"source,omitempty"`
	Selector []w3cSelector `json:"selector,omitempty"`
}

type w3cTarget struct {
	Source   string        `json:"source"`
	Selector []w3cSelector `json:"selector"`
}

// w3cSelector is a TextQuoteSelector (Exact, Prefix, Suffix) or a TextPositionSelector (Start,
// End).
type w3cSelector struct {
	Type   string  `json:"type"`
	Exact  *string `json:"exact,omitempty"`
	Prefix *string `json:"prefix,omitempty"`
	Suffix *string `json:"suffix,omitempty"`
	Start  *int    `json:"start,omitempty"`
	End    *int    `json:"end,omitempty"`
}

// articleIRI names the article: a hash of its id and text, so that the same document always gets
// the same names and two articles of a library get different ones.
func articleIRI(doc *annotate.Document) string {
	h := fnv.New64a()
	h.Write([]byte(doc.ID))
	h.Write([]byte{0})
	h.Write([]byte(doc.Text))
	return "urn:article-annotator:" + strconv.FormatUint(h.Sum64(), 16)
}

// fragment names a thing of the article: article#kind-id, the id escaped as an IRI fragment.
func fragment(article, kind, id string) string {
	return article + "#" + kind + "-" + url.PathEscape(id)
}

// The two creators, shared by every annotation that the encoder only reads.
var (
	person   = &w3cCreator{Type: "Person"}
	software = &w3cCreator{Type: "Software"}
)

func creator(by string) *w3cCreator {
	if by == annotate.ByHuman {
		return person
	}
	return software
}

// exportW3C writes doc as an AnnotationPage and a newline: indented by indent with one
// annotation a line, or all on one line when indent is "".
func exportW3C(doc *annotate.Document, indent string) ([]byte, error) {
	iri := articleIRI(doc)
	cp := newCodePoints(doc.Text)
	sel := func(s annotate.Span) []w3cSelector { return selectors(cp, s) }
	target := func(s annotate.Span) json.RawMessage {
		b, err := json.Marshal(w3cTarget{Source: iri, Selector: sel(s)})
		if err != nil {
			panic(err) // strings and numbers always marshal
		}
		return b
	}
	page := w3cPage{Context: json.RawMessage(w3cContext), Type: "AnnotationPage",
		Article: w3cArticle{ID: iri, Type: "TextualBody", Format: "text/plain", Value: doc.Text,
			ArticleID: doc.ID, ReferenceDate: doc.ReferenceDate, Speakers: []w3cEntity{}},
		Items: []w3cAnnotation{}}
	if f := doc.ReferenceDateFrom; f != nil {
		page.Article.ReferenceDateFrom = &w3cTarget{Source: iri, Selector: sel(*f)}
	}
	classify := func(kind string) w3cBody {
		return w3cBody{Type: "TextualBody", Purpose: "classifying", Value: kind}
	}
	mentions, names := indexMentions(doc), make(map[string]string, len(doc.Speakers))
	for _, s := range doc.Speakers {
		names[s.ID] = s.Name
		speaker := fragment(iri, "speaker", s.ID)
		page.Article.Speakers = append(page.Article.Speakers, w3cEntity{ID: speaker, Name: s.Name})
		for i, m := range s.Mentions {
			page.Items = append(page.Items, w3cAnnotation{ID: mentionIRI(iri, s.ID, i), Type: "Annotation",
				Motivation: "classifying", Creator: creator(m.By),
				Body:   []w3cBody{classify("speaker"), {Type: "TextualBody", Purpose: "identifying", Value: s.Name, Speaker: speaker}},
				Target: target(m.Span)})
		}
	}
	for _, q := range doc.Quotes {
		quote := fragment(iri, "quote", q.ID)
		body := []w3cBody{classify("quote"), {Type: "TextualBody", Purpose: "tagging", Value: q.Kind}}
		for _, part := range []struct {
			role string
			span *annotate.Span
		}{{"source", q.Source}, {"cue", q.Cue}} {
			if part.span != nil {
				body = append(body, w3cBody{Type: "SpecificResource", Purpose: "describing", Role: part.role,
					Source: iri, Selector: sel(*part.span)})
			}
		}
		page.Items = append(page.Items, w3cAnnotation{ID: quote, Type: "Annotation", Motivation: "classifying",
			Creator: creator(q.By), Body: body, Target: target(q.Span)})
		if q.Speaker != nil {
			page.Items = append(page.Items, linkAnnotation(iri, q, quote, mentions, names))
		}
	}
	for _, d := range doc.Dates {
		body := []w3cBody{classify("date"), {Type: "TextualBody", Purpose: "tagging", Value: d.Type},
			{Type: "TextualBody", Purpose: "describing", Value: d.Value, TimexMod: d.Mod}}
		page.Items = append(page.Items, w3cAnnotation{ID: fragment(iri, "date", d.ID), Type: "Annotation",
			Motivation: "classifying", Creator: creator(d.By), Body: body, Target: target(d.Span)})
	}
	if indent == "" {
		return Encode(page, "")
	}
	// Indented, but each annotation on one line: a page is many annotations of a few dozen
	// members each, which indentation would spread over 30 lines and nearly double in size.
	items := page.Items
	page.Items = []w3cAnnotation{}
	head, err := Encode(page, indent)
	if err != nil || len(items) == 0 {
		return head, err
	}
	// One buffer for the whole page, sized from a sample of the annotations, and one encoder
	// writing into it: appending each line as it was encoded cost five times the page in copies
	// as the buffer grew.
	empty := bytes.LastIndex(head, []byte("[]"))
	var b bytes.Buffer
	b.Grow(empty + len(items)*(sampleSize(items)+len(indent+indent)+2)*17/16 + 64)
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	b.Write(head[:empty])
	b.WriteString("[\n")
	for i, item := range items {
		b.WriteString(indent + indent)
		if err := enc.Encode(item); err != nil {
			return nil, err
		}
		if i < len(items)-1 {
			b.Truncate(b.Len() - 1) // the encoder's newline, after which the comma goes
			b.WriteString(",\n")
		}
	}
	b.WriteString(indent + "]\n}\n")
	return b.Bytes(), nil
}

// sampleSize is the mean size of an encoded annotation among 32 spread over items.
func sampleSize(items []w3cAnnotation) int {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	step, n := max(1, len(items)/32), 0
	for i := 0; i < len(items); i += step {
		if enc.Encode(items[i]) != nil {
			return 0
		}
		n++
	}
	return b.Len() / max(n, 1)
}

// mentionIRI names the i-th mention of speaker id (counted from 1 in the name).
func mentionIRI(article, speaker string, i int) string {
	return fragment(article, "mention", speaker) + "-" + strconv.Itoa(i+1)
}

// linkAnnotation links quote q to its speaker: to the mention its source is, or to the speaker
// when its source is no mention of it.
func linkAnnotation(iri string, q annotate.Quote, quote string, mentions mentionIndex, names map[string]string) w3cAnnotation {
	speaker := fragment(iri, "speaker", *q.Speaker)
	to := speaker
	if i, ok := mentions.of(*q.Speaker, q.Source); ok {
		to = mentionIRI(iri, *q.Speaker, i)
	}
	targets, err := json.Marshal([]string{quote, to})
	if err != nil {
		panic(err)
	}
	return w3cAnnotation{ID: fragment(iri, "link", q.ID), Type: "Annotation", Motivation: "linking",
		Creator: creator(q.By), Body: []w3cBody{{Type: "TextualBody", Purpose: "identifying", Value: names[*q.Speaker], Speaker: speaker}},
		Target: targets}
}

// mentionIndex finds the mention of a speaker at a span: the first one, by its index among the
// speaker's mentions.
type mentionIndex map[mentionKey]int

type mentionKey struct {
	speaker    string
	start, end int
}

func indexMentions(doc *annotate.Document) mentionIndex {
	idx := mentionIndex{}
	for _, s := range doc.Speakers {
		for i, m := range s.Mentions {
			k := mentionKey{s.ID, m.Start, m.End}
			if _, ok := idx[k]; !ok {
				idx[k] = i
			}
		}
	}
	return idx
}

// of returns the index of speaker's mention at span s, if there is one.
func (idx mentionIndex) of(speaker string, s *annotate.Span) (int, bool) {
	if s == nil {
		return 0, false
	}
	i, ok := idx[mentionKey{speaker, s.Start, s.End}]
	return i, ok
}

// selectors gives a span's TextQuoteSelector and TextPositionSelector: both selectors and the
// values they point to in one allocation, the prefix and suffix sliced from the text.
func selectors(cp codePoints, s annotate.Span) []w3cSelector {
	v := &struct {
		sel                   [2]w3cSelector
		exact, prefix, suffix string
		start, end            int
	}{exact: s.Text, start: s.Start, end: s.End,
		prefix: cp.slice(max(0, s.Start-contextLength), s.Start),
		suffix: cp.slice(s.End, min(cp.len(), s.End+contextLength))}
	v.sel[0] = w3cSelector{Type: "TextQuoteSelector", Exact: &v.exact, Prefix: &v.prefix, Suffix: &v.suffix}
	v.sel[1] = w3cSelector{Type: "TextPositionSelector", Start: &v.start, End: &v.end}
	return v.sel[:]
}
