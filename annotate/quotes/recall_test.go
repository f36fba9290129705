package quotes

import "testing"

// recallCases are reported speech and thought in shapes the finder used to miss, each written
// for the project: a subject the lexicon does not know before a verb of belief, a cue that may
// be a noun, "there" opening the clause.
var recallCases = []struct {
	name string
	text string
	want []want
}{
	{"a verb of belief after a description the lexicon does not know",
		"The coach thinks that the team can still win the league.",
		[]want{{"the team can still win the league", "indirect", "The coach", "thinks", "The coach"}}},
	{"a verb of belief after a long description with a qualifier",
		"The new coach at the club fears the season is already lost.",
		[]want{{"the season is already lost", "indirect", "The new coach at the club", "fears", "The new coach at the club"}}},
	{"a cue that may be a noun reads as a verb before a subject pronoun",
		"The coach hopes he will be fit for the final.",
		[]want{{"he will be fit for the final", "indirect", "The coach", "hopes", "The coach"}}},
	{"a cue that may be a noun stays a noun without a clause after it",
		"The coach hopes were high before the final.",
		nil},
	{"'there' and a verb open the clause of a verb of belief",
		"The writer believes there are no easy answers to the housing crisis.",
		[]want{{"there are no easy answers to the housing crisis", "indirect", "The writer", "believes", "The writer"}}},
}

func TestRecall(t *testing.T) { runCases(t, recallCases) }
