package edit

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/article-annotator/annotator/annotate"
)

// NewSpeaker adds a speaker with no mention yet, for quotes whose speaker the text names nowhere
// the engine looked. Its ref is the new speaker's id. An empty name, or one another speaker has, is
// refused.
type NewSpeaker struct{ Name string }

// Rename gives a speaker a new name. A name another speaker has is refused, with the advice to
// merge the two: two speakers of one name would read as one in every list and export.
type Rename struct{ Speaker, Name string }

// Merge makes two speakers one: the mentions and quotes of From go to Into, and From goes.
type Merge struct{ Into, From string }

// Split makes a mention ("s1.m2") a speaker of its own, named by the mention's words; the quotes
// whose source is that mention follow it. Its ref is the new speaker's id.
type Split struct{ Mention string }

// MarkAll marks as the speaker's every whole-word occurrence of its name and of its mentions' words
// that no mention covers yet.
type MarkAll struct{ Speaker string }

func (op NewSpeaker) apply(doc *annotate.Document) (string, error) {
	name := strings.TrimSpace(op.Name)
	if name == "" {
		return "", fmt.Errorf("a speaker needs a name")
	}
	if i := slices.IndexFunc(doc.Speakers, func(s annotate.Speaker) bool { return s.Name == name }); i >= 0 {
		return "", fmt.Errorf("speaker %s is already named %s", doc.Speakers[i].ID, name)
	}
	id := nextID("s", speakerIDs(doc))
	doc.Speakers = append(doc.Speakers, annotate.Speaker{ID: id, Name: name, Mentions: []annotate.Mention{}})
	return id, nil
}

func (op Rename) apply(doc *annotate.Document) (string, error) {
	t, err := locateKind(doc, op.Speaker, kindPerson, "a speaker")
	if err != nil {
		return "", err
	}
	name := strings.TrimSpace(op.Name)
	if name == "" {
		return "", fmt.Errorf("a speaker needs a name")
	}
	if i := slices.IndexFunc(doc.Speakers, func(s annotate.Speaker) bool { return s.Name == name }); i >= 0 && i != t.i {
		return "", fmt.Errorf("speaker %s is already named %s: merge the two instead", doc.Speakers[i].ID, name)
	}
	doc.Speakers[t.i].Name = name
	return t.id, nil
}

func (op Merge) apply(doc *annotate.Document) (string, error) {
	into, err := locateKind(doc, op.Into, kindPerson, "a speaker")
	if err != nil {
		return "", err
	}
	from, err := locateKind(doc, op.From, kindPerson, "a speaker")
	if err != nil {
		return "", err
	}
	if into.i == from.i {
		return "", fmt.Errorf("%s cannot be merged into itself", op.From)
	}
	for _, m := range doc.Speakers[from.i].Mentions {
		insertMention(&doc.Speakers[into.i], m)
	}
	for i := range doc.Quotes {
		if q := &doc.Quotes[i]; q.Speaker != nil && *q.Speaker == from.id {
			id := into.id
			q.Speaker = &id
		}
	}
	doc.Speakers = slices.Delete(doc.Speakers, from.i, from.i+1)
	return into.id, nil
}

func (op Split) apply(doc *annotate.Document) (string, error) {
	t, err := locateKind(doc, op.Mention, KindSpeaker, "a mention of a speaker (s1.m2)")
	if err != nil {
		return "", err
	}
	old := &doc.Speakers[t.i]
	if len(old.Mentions) == 1 {
		return "", fmt.Errorf("%s is the only mention of %s: rename the speaker instead", op.Mention, old.Name)
	}
	m := old.Mentions[t.m]
	old.Mentions = slices.Delete(old.Mentions, t.m, t.m+1)
	id := nextID("s", speakerIDs(doc))
	for i := range doc.Quotes {
		if q := &doc.Quotes[i]; q.Speaker != nil && *q.Speaker == t.id && q.Source != nil && *q.Source == m.Span {
			q.Speaker = &id
		}
	}
	m.By = annotate.ByHuman
	doc.Speakers = append(doc.Speakers, annotate.Speaker{ID: id, Name: m.Text, Mentions: []annotate.Mention{m}})
	return id, nil
}

func (op MarkAll) apply(doc *annotate.Document) (string, error) {
	t, err := locateKind(doc, op.Speaker, kindPerson, "a speaker")
	if err != nil {
		return "", err
	}
	sp := &doc.Speakers[t.i]
	words := []string{sp.Name}
	for _, m := range sp.Mentions {
		words = append(words, m.Text)
	}
	runes := []rune(doc.Text)
	found := 0
	for _, r := range occurrences(runes, words) {
		if _, ok := overlap(doc, KindSpeaker, r[0], r[1], ""); ok {
			continue
		}
		insertMention(sp, annotate.Mention{Span: spanOf(runes, r[0], r[1]), By: annotate.ByHuman})
		found++
	}
	if found == 0 {
		return "", fmt.Errorf("every mention of %s in the text is marked already", sp.Name)
	}
	return t.id, nil
}

// occurrences returns the whole-word occurrences of words in runes, in text order, the longest
// first where two start together. Whole-word: no letter, digit or mark touches either end.
func occurrences(runes []rune, words []string) [][2]int {
	var out [][2]int
	seen := map[string]bool{}
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" || seen[w] {
			continue
		}
		seen[w] = true
		pat := []rune(w)
		for i := 0; i+len(pat) <= len(runes); i++ {
			if slices.Equal(runes[i:i+len(pat)], pat) && !(i > 0 && wordRune(runes[i-1])) &&
				!(i+len(pat) < len(runes) && wordRune(runes[i+len(pat)])) {
				out = append(out, [2]int{i, i + len(pat)})
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return b[1] - a[1]
	})
	return out
}

// wordRune reports whether r belongs to a word for whole-word matching.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
