package formats

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/article-annotator/annotator/annotate"
)

// decodeW3C reads back an AnnotationPage written by exportW3C (see w3c.go for its shape). Each
// span is anchored by its TextPositionSelector, which must agree with its TextQuoteSelector;
// a span with only a TextQuoteSelector is anchored where its exact text first occurs with its
// prefix and suffix.
func decodeW3C(raw json.RawMessage) (*annotate.Document, error) {
	var page w3cPage
	if err := json.Unmarshal(raw, &page); err != nil { // not a Decoder, which copies raw first
		return nil, &jsonErr{err}
	}
	if page.Type != "AnnotationPage" {
		return nil, fmt.Errorf(`a W3C page must have "type": "AnnotationPage", not %q`, page.Type)
	}
	a := page.Article
	if a.ID == "" || a.Type != "TextualBody" {
		return nil, errors.New(`the page has no "article" holding the text (a TextualBody with an id); only pages the annotator wrote can be read back`)
	}
	r := w3cReader{iri: a.ID, text: a.Value, cp: newCodePoints(a.Value), speakers: map[string]int{}, quotes: map[string]int{}}
	doc := textDocument(a.Value)
	doc.ID, doc.ReferenceDate = a.ArticleID, a.ReferenceDate
	if a.ReferenceDateFrom != nil {
		span, err := r.anchor(*a.ReferenceDateFrom)
		if err != nil {
			return nil, fmt.Errorf("referenceDateFrom: %v", err)
		}
		doc.ReferenceDateFrom = &span
	}
	for _, s := range a.Speakers {
		id, err := r.id("speaker", s.ID)
		if err != nil {
			return nil, err
		}
		r.speakers[s.ID] = len(doc.Speakers)
		doc.Speakers = append(doc.Speakers, annotate.Speaker{ID: id, Name: s.Name, Mentions: []annotate.Mention{}})
	}
	type link struct{ quote, speaker string }
	var links []link
	for i, item := range page.Items {
		if err := r.item(doc, item, func(quote, speaker string) { links = append(links, link{quote, speaker}) }); err != nil {
			return nil, fmt.Errorf("annotation %d (%s): %v", i+1, item.ID, err)
		}
	}
	for _, l := range links {
		q, ok := r.quotes[l.quote]
		if !ok {
			return nil, fmt.Errorf("a link's target %s is no quote of the page", l.quote)
		}
		s, ok := r.speakers[l.speaker]
		if !ok {
			return nil, fmt.Errorf("a link's speaker %s is not among the article's speakers", l.speaker)
		}
		doc.Quotes[q].Speaker = &doc.Speakers[s].ID
	}
	return doc, nil
}

// w3cReader holds what reading a page needs: the article's id and text, and the index of each
// speaker and quote by its id in the page.
type w3cReader struct {
	iri      string
	text     string
	cp       codePoints // slices the text by code points
	speakers map[string]int
	quotes   map[string]int
}

// item reads one annotation into doc; a link is handed to link, to be applied once every quote is
// read.
func (r *w3cReader) item(doc *annotate.Document, item w3cAnnotation, link func(quote, speaker string)) error {
	if item.Type != "Annotation" {
		return fmt.Errorf(`"type" is %q, not "Annotation"`, item.Type)
	}
	by := annotate.ByMachine
	if item.Creator != nil {
		switch item.Creator.Type {
		case "Software":
		case "Person":
			by = annotate.ByHuman
		default:
			return fmt.Errorf(`the creator's type is %q; want "Software" (the machine) or "Person"`, item.Creator.Type)
		}
	}
	body := func(purpose string) *w3cBody {
		for i := range item.Body {
			if item.Body[i].Purpose == purpose && item.Body[i].Role == "" {
				return &item.Body[i]
			}
		}
		return nil
	}
	if item.Motivation == "linking" {
		var targets []string
		if err := json.Unmarshal(item.Target, &targets); err != nil || len(targets) == 0 {
			return errors.New("a link's target must be a list of ids, the quote's first")
		}
		who := body("identifying")
		if who == nil || who.Speaker == "" {
			return errors.New(`a link needs a body "identifying" its "speaker"`)
		}
		link(targets[0], who.Speaker)
		return nil
	}
	kind := body("classifying")
	if kind == nil {
		return errors.New(`no body with purpose "classifying" says whether it is a speaker, a quote or a date`)
	}
	var t w3cTarget
	if err := json.Unmarshal(item.Target, &t); err != nil {
		return errors.New(`its target must be an object with a "source" and a "selector"`)
	}
	span, err := r.anchor(t)
	if err != nil {
		return err
	}
	tag := func(purpose string) (string, error) {
		if b := body(purpose); b != nil && b.Value != "" {
			return b.Value, nil
		}
		return "", fmt.Errorf("a %s needs a body with purpose %q", kind.Value, purpose)
	}
	switch kind.Value {
	case "speaker":
		who := body("identifying")
		if who == nil {
			return errors.New(`a speaker mention needs a body "identifying" its "speaker"`)
		}
		s, ok := r.speakers[who.Speaker]
		if !ok {
			return fmt.Errorf("its speaker %q is not among the article's speakers", who.Speaker)
		}
		doc.Speakers[s].Mentions = append(doc.Speakers[s].Mentions, annotate.Mention{Span: span, By: by})
	case "quote":
		q := annotate.Quote{Span: span, By: by}
		if q.ID, err = r.id("quote", item.ID); err != nil {
			return err
		}
		if q.Kind, err = tag("tagging"); err != nil {
			return err
		}
		for _, b := range item.Body {
			if b.Purpose != "describing" || (b.Role != "source" && b.Role != "cue") {
				continue
			}
			part, err := r.anchor(w3cTarget{Source: b.Source, Selector: b.Selector})
			if err != nil {
				return fmt.Errorf("its %s: %v", b.Role, err)
			}
			if b.Role == "source" {
				q.Source = &part
			} else {
				q.Cue = &part
			}
		}
		r.quotes[item.ID] = len(doc.Quotes)
		doc.Quotes = append(doc.Quotes, q)
	case "date":
		d := annotate.Date{Span: span, By: by}
		if d.ID, err = r.id("date", item.ID); err != nil {
			return err
		}
		if d.Type, err = tag("tagging"); err != nil {
			return err
		}
		if d.Value, err = tag("describing"); err != nil {
			return err
		}
		d.Mod = body("describing").TimexMod
		doc.Dates = append(doc.Dates, d)
	default:
		return fmt.Errorf("it is classified as %q; want speaker, quote or date", kind.Value)
	}
	return nil
}

// id recovers the document's id of a speaker, quote or date from its name in the page,
// article#kind-id.
func (r *w3cReader) id(kind, iri string) (string, error) {
	esc, ok := strings.CutPrefix(iri, r.iri+"#"+kind+"-")
	if !ok {
		return "", fmt.Errorf("the id %q does not name a %s of the article %s", iri, kind, r.iri)
	}
	id, err := url.PathUnescape(esc)
	if err != nil || id == "" {
		return "", fmt.Errorf("the id %q does not end in a %s id", iri, kind)
	}
	return id, nil
}

// anchor finds the span a target selects in the article.
func (r *w3cReader) anchor(t w3cTarget) (annotate.Span, error) {
	if t.Source != r.iri {
		return annotate.Span{}, fmt.Errorf("it selects from %q, not from the article %s", t.Source, r.iri)
	}
	var quote, pos *w3cSelector
	for i, s := range t.Selector {
		switch s.Type {
		case "TextQuoteSelector":
			quote = &t.Selector[i]
		case "TextPositionSelector":
			pos = &t.Selector[i]
		}
	}
	n := r.cp.len()
	switch {
	case pos != nil:
		if pos.Start == nil || pos.End == nil {
			return annotate.Span{}, errors.New("its TextPositionSelector needs a start and an end")
		}
		s, e := *pos.Start, *pos.End
		if s < 0 || e < s || e > n {
			return annotate.Span{}, fmt.Errorf("its TextPositionSelector [%d,%d) lies outside the text of %d code points", s, e, n)
		}
		if quote != nil && !r.quoteAt(quote, s, e) {
			return annotate.Span{}, fmt.Errorf("its TextQuoteSelector (%q) does not match the text at [%d,%d) (%q)", deref(quote.Exact), s, e, r.cp.slice(s, e))
		}
		return annotate.Span{Start: s, End: e, Text: r.cp.slice(s, e)}, nil
	case quote != nil && quote.Exact != nil:
		exact, m := *quote.Exact, utf8.RuneCountInString(*quote.Exact)
		for at, s := 0, 0; at <= len(r.text); { // at in bytes, s in code points
			i := strings.Index(r.text[at:], exact)
			if i < 0 {
				break
			}
			s += utf8.RuneCountInString(r.text[at : at+i])
			if r.quoteAt(quote, s, s+m) {
				return annotate.Span{Start: s, End: s + m, Text: exact}, nil
			}
			_, size := utf8.DecodeRuneInString(r.text[at+i:])
			if size == 0 {
				break
			}
			at, s = at+i+size, s+1
		}
		return annotate.Span{}, fmt.Errorf("its TextQuoteSelector (%q) is nowhere in the text", *quote.Exact)
	}
	return annotate.Span{}, errors.New("it has no TextPositionSelector or TextQuoteSelector")
}

// quoteAt reports whether a TextQuoteSelector matches the text at [s, e): the exact text there,
// its prefix right before and its suffix right after.
func (r *w3cReader) quoteAt(q *w3cSelector, s, e int) bool {
	if q.Exact == nil || r.cp.slice(s, e) != *q.Exact {
		return false
	}
	if q.Prefix != nil && !strings.HasSuffix(r.cp.slice(max(0, s-len(*q.Prefix)), s), *q.Prefix) {
		return false
	}
	return q.Suffix == nil || strings.HasPrefix(r.cp.slice(e, min(r.cp.len(), e+len(*q.Suffix))), *q.Suffix)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
