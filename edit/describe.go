package edit

import (
	"fmt"
	"slices"

	"github.com/article-annotator/annotator/annotate"
)

// Each op says what it did in a few words, for the page's status line and its undo and redo
// buttons ("Deleted quote q3", "Linked q2 to Dmitry Peskov"). before and after are the document
// either side of the change, and ref what apply returned.

func (op Add) describe(_, after *annotate.Document, ref string) string {
	return "Added " + label(after, ref)
}

func (op Delete) describe(before, _ *annotate.Document, _ string) string {
	return "Deleted " + label(before, op.Ref)
}

func (op Retype) describe(before, after *annotate.Document, ref string) string {
	return fmt.Sprintf("Made %s a %s (%s)", label(before, op.Ref), kindName(op.Kind), ref)
}

func (op Resize) describe(_, after *annotate.Document, ref string) string {
	return "Resized " + label(after, ref)
}

func (op SetKind) describe(_, _ *annotate.Document, _ string) string {
	return fmt.Sprintf("Made quote %s %s", op.Ref, op.Kind)
}

func (op Link) describe(_, after *annotate.Document, _ string) string {
	if op.Speaker == "" {
		return "Unlinked " + op.Quote
	}
	return fmt.Sprintf("Linked %s to %s", op.Quote, speakerName(after, op.Speaker))
}

func (op LinkNamed) describe(before, after *annotate.Document, _ string) string {
	i := slices.IndexFunc(after.Quotes, func(q annotate.Quote) bool { return q.ID == op.Quote })
	if i < 0 || after.Quotes[i].Speaker == nil {
		return "Unlinked " + op.Quote
	}
	id := *after.Quotes[i].Speaker
	if speakerIndex(before, id) < 0 {
		return fmt.Sprintf("Linked %s to a new speaker, %s", op.Quote, speakerName(after, id))
	}
	return fmt.Sprintf("Linked %s to %s", op.Quote, speakerName(after, id))
}

func (op NewSpeaker) describe(_, after *annotate.Document, ref string) string {
	return "Added speaker " + speakerName(after, ref)
}

func (op Rename) describe(before, after *annotate.Document, _ string) string {
	return fmt.Sprintf("Renamed %s to %s", speakerName(before, op.Speaker), speakerName(after, op.Speaker))
}

func (op Merge) describe(before, _ *annotate.Document, _ string) string {
	return fmt.Sprintf("Merged %s into %s", speakerName(before, op.From), speakerName(before, op.Into))
}

func (op Split) describe(_, after *annotate.Document, ref string) string {
	return fmt.Sprintf("Split %s off as speaker %s", speakerName(after, ref), ref)
}

func (op MarkAll) describe(before, after *annotate.Document, _ string) string {
	n := mentionCount(after, op.Speaker) - mentionCount(before, op.Speaker)
	return fmt.Sprintf("Marked %d more %s of %s", n, plural(n, "mention"), speakerName(after, op.Speaker))
}

func (op SetDate) describe(_, _ *annotate.Document, _ string) string {
	return fmt.Sprintf("Set date %s to %s", op.Ref, op.Value)
}

func (op Accept) describe(_, after *annotate.Document, _ string) string {
	return "Accepted " + label(after, op.Ref)
}

func (op Reject) describe(before, _ *annotate.Document, _ string) string {
	return "Rejected " + label(before, op.Ref)
}

func (op SetReference) describe(_, after *annotate.Document, _ string) string {
	if after.ReferenceDate == nil {
		return "Cleared the reference date"
	}
	return "Set the reference date to " + *after.ReferenceDate
}

func (op SetText) describe(_, _ *annotate.Document, _ string) string { return "Changed the text" }

// label names an annotation for a person: "quote q3", "date d2", "speaker Dmitry Peskov",
// "mention 2 of Dmitry Peskov".
func label(doc *annotate.Document, ref string) string {
	t, err := locate(doc, ref)
	if err != nil {
		return ref
	}
	switch t.kind {
	case KindSpeaker:
		return fmt.Sprintf("mention %d of %s", t.m+1, doc.Speakers[t.i].Name)
	case kindPerson:
		return "speaker " + doc.Speakers[t.i].Name
	}
	return t.kind + " " + ref
}

// speakerName is the name of the speaker ref names (or of a mention's speaker), or ref itself.
func speakerName(doc *annotate.Document, ref string) string {
	r, err := ParseRef(ref)
	if i := speakerIndex(doc, r.ID); err == nil && i >= 0 {
		return doc.Speakers[i].Name
	}
	return ref
}

func mentionCount(doc *annotate.Document, id string) int {
	if i := speakerIndex(doc, id); i >= 0 {
		return len(doc.Speakers[i].Mentions)
	}
	return 0
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
