package formats

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestW3CSelectorsAnchor reads the W3C export as any JSON consumer would and checks every
// selector against the article's text: each TextPositionSelector slices, in code points, the exact
// text of the TextQuoteSelector beside it, whose prefix comes right before and suffix right after,
// with as much context as the text has up to 32 code points.
func TestW3CSelectorsAnchor(t *testing.T) {
	for name, doc := range allDocs(t) {
		out, err := Export("w3c", doc)
		if err != nil {
			t.Fatal(err)
		}
		var page struct {
			Context []any  `json:"@context"`
			Type    string `json:"type"`
			Article struct {
				ID    string `json:"id"`
				Value string `json:"value"`
			} `json:"article"`
			Items []struct {
				ID         string            `json:"id"`
				Type       string            `json:"type"`
				Motivation string            `json:"motivation"`
				Body       []json.RawMessage `json:"body"`
				Target     json.RawMessage   `json:"target"`
			} `json:"items"`
		}
		if err := json.Unmarshal(out, &page); err != nil {
			t.Fatal(err)
		}
		if page.Type != "AnnotationPage" || len(page.Context) != 2 || page.Context[0] != "http://www.w3.org/ns/anno.jsonld" {
			t.Fatalf("%s: not an AnnotationPage with the anno context: %v %v", name, page.Type, page.Context)
		}
		runes := []rune(page.Article.Value)
		type selectable struct {
			Source   string           `json:"source"`
			Selector []map[string]any `json:"selector"`
		}
		spans, links := 0, 0
		check := func(where string, s selectable) {
			if s.Source != page.Article.ID {
				t.Errorf("%s %s: source %q is not the article %q", name, where, s.Source, page.Article.ID)
			}
			if len(s.Selector) != 2 || s.Selector[0]["type"] != "TextQuoteSelector" || s.Selector[1]["type"] != "TextPositionSelector" {
				t.Fatalf("%s %s: selectors %v", name, where, s.Selector)
			}
			q, p := s.Selector[0], s.Selector[1]
			start, end := int(p["start"].(float64)), int(p["end"].(float64))
			if start < 0 || end < start || end > len(runes) {
				t.Fatalf("%s %s: position [%d,%d) outside %d code points", name, where, start, end, len(runes))
			}
			exact, prefix, suffix := q["exact"].(string), q["prefix"].(string), q["suffix"].(string)
			if got := string(runes[start:end]); got != exact {
				t.Errorf("%s %s: position slices %q, exact is %q", name, where, got, exact)
			}
			if want := string(runes[max(0, start-32):start]); prefix != want {
				t.Errorf("%s %s: prefix %q; the text before is %q", name, where, prefix, want)
			}
			if want := string(runes[end:min(len(runes), end+32)]); suffix != want {
				t.Errorf("%s %s: suffix %q; the text after is %q", name, where, suffix, want)
			}
			spans++
		}
		for _, item := range page.Items {
			if item.Type != "Annotation" || !strings.HasPrefix(item.ID, page.Article.ID+"#") {
				t.Errorf("%s: item %s of type %s", name, item.ID, item.Type)
			}
			if item.Motivation == "linking" {
				var targets []string
				if err := json.Unmarshal(item.Target, &targets); err != nil || len(targets) != 2 {
					t.Errorf("%s %s: link targets %s", name, item.ID, item.Target)
				}
				links++
				continue
			}
			var target selectable
			if err := json.Unmarshal(item.Target, &target); err != nil {
				t.Fatal(err)
			}
			check(item.ID, target)
			for _, b := range item.Body {
				var body selectable
				if json.Unmarshal(b, &body) == nil && body.Selector != nil {
					check(item.ID+" body", body)
				}
			}
		}
		wantSpans, wantLinks := len(doc.Dates), 0
		for _, s := range doc.Speakers {
			wantSpans += len(s.Mentions)
		}
		for _, q := range doc.Quotes {
			wantSpans++
			if q.Source != nil {
				wantSpans++
			}
			if q.Cue != nil {
				wantSpans++
			}
			if q.Speaker != nil {
				wantLinks++
			}
		}
		if spans != wantSpans || links != wantLinks {
			t.Errorf("%s: %d spans and %d links checked; the document has %d and %d", name, spans, links, wantSpans, wantLinks)
		}
	}
}

// TestW3CLinkTargetsMention: a quote whose source is a mention of its speaker links to that
// mention's annotation, one with no such mention to the speaker; and each annotation is one line.
func TestW3CLinkTargetsMention(t *testing.T) {
	doc := handDocs(t)["human"]
	out, err := Export("w3c", doc)
	if err != nil {
		t.Fatal(err)
	}
	iri := articleIRI(doc)
	_, tail, _ := strings.Cut(string(out), "\"items\": [\n")
	items := strings.Count(tail, `{"id":"`+iri)
	if lines := strings.Count(tail, "\n"); items < 10 || lines != items+2 {
		t.Errorf("%d annotations on %d lines", items, lines)
	}
	for _, want := range []string{
		`"target":["` + iri + `#quote-q1","` + iri + `#mention-s1-1"]`,
		`"target":["` + iri + `#quote-q91","` + iri + `#speaker-s90"]`,
		`"creator":{"type":"Person"}`,
		`"timexMod":"START"`,
		`"articleId": "hand 1"`,
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("no %s in the page", want)
		}
	}
}

// TestW3CQuoteSelectorsAlone: a page whose spans keep only their TextQuoteSelectors, as some tools
// write them, anchors each where its exact text stands between its prefix and suffix.
func TestW3CQuoteSelectorsAlone(t *testing.T) {
	for name, doc := range allDocs(t) {
		out, err := Export("w3c", doc)
		if err != nil {
			t.Fatal(err)
		}
		var page map[string]any
		if err := json.Unmarshal(out, &page); err != nil {
			t.Fatal(err)
		}
		var drop func(v any)
		drop = func(v any) {
			switch v := v.(type) {
			case map[string]any:
				if sel, ok := v["selector"].([]any); ok && len(sel) == 2 {
					v["selector"] = sel[:1]
				}
				for _, w := range v {
					drop(w)
				}
			case []any:
				for _, w := range v {
					drop(w)
				}
			}
		}
		drop(page)
		quoteOnly, err := json.Marshal(page)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(quoteOnly), "TextPositionSelector") {
			t.Fatalf("%s: position selectors left", name)
		}
		docs, err := Import("quotes.jsonld", quoteOnly)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(docs[0], doc) {
			t.Errorf("%s: anchored by quotes alone, the document differs", name)
		}
	}
}
