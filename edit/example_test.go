package edit_test

import (
	"fmt"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
)

// A person reviews the engine's suggestions, links a quote, undoes and redoes, and the page saves
// and restores the session.
func Example() {
	doc := annotate.Annotate("“We are ready,” said Ana Lima. The vote is on Friday.",
		annotate.Options{ReferenceDate: "2024-05-06"})
	s := edit.New(doc)
	fmt.Println("to review:", s.Pending())

	ref, _ := s.Do(edit.Accept{Ref: "q1"})
	fmt.Println(ref, "→", s.UndoLabel())
	ref, _ = s.Do(edit.Add{Kind: edit.KindQuote, Start: 32, End: 37}) // "e vot" of "The vote"
	fmt.Printf("%s %q → %s\n", ref, s.Doc().Quotes[1].Text, s.UndoLabel())
	_, err := s.Do(edit.Link{Quote: "q2", Speaker: "s9"})
	fmt.Println("refused:", err)

	s.Undo()
	fmt.Println("undid:", s.RedoLabel())
	saved, _ := s.Marshal()
	restored, _ := edit.Unmarshal(saved)
	restored.Redo()
	fmt.Println("after reload, redid:", restored.UndoLabel())
	fmt.Println("to review:", restored.Pending())
	// Output:
	// to review: [q1 s1.m1 d1]
	// q1 → Accepted quote q1
	// q2 "The vote" → Added quote q2
	// refused: there is no annotation s9
	// undid: Added quote q2
	// after reload, redid: Added quote q2
	// to review: [s1.m1 d1]
}
