package quotes

import "testing"

// outletCases are sentences written for the project in the shapes of outlets and sections the
// tests lacked (business and earnings, science, technology, election nights, features,
// foreign affairs) and of the subjects and adjuncts that PolNeAR's misses showed: an
// appositive name with where the person works, a subject whose participle clause holds an
// adjunct, a quantifier between the auxiliary and the cue, an adjunct between the object of
// "told" and "that".
var outletCases = []struct {
	name string
	text string
	want []want
}{
	{"a description, then the name with where the person works, between commas",
		"Another analyst, Rhea Kapoor of Northgate Capital, wrote in a note to clients that the freeze was a sensible first step.",
		[]want{{"the freeze was a sensible first step", "indirect", "Another analyst, Rhea Kapoor of Northgate Capital", "wrote", "Rhea Kapoor"}}},
	{"the same with 'said'",
		"The analyst, Tom Reyes of Harbour Securities, said the shares were cheap.",
		[]want{{"the shares were cheap", "indirect", "The analyst, Tom Reyes of Harbour Securities", "said", "Tom Reyes"}}},
	{"a quote that opens a sentence after one about a named person is that person's",
		"Every morning, Alasdair Munro walks down to the slipway.\n\nMunro is blunt about what happens next. “If they won't pay for the engine, that's the end of it.\n\n“I've carried brides and coffins. We'll see.”",
		[]want{{"“If they won't pay for the engine, that's the end of it.", "direct", "Munro", "", "Alasdair Munro"},
			{"“I've carried brides and coffins. We'll see.”", "direct", "Munro", "", "Alasdair Munro"}}},
	{"a pronoun that opens the sentence before the quote stands for its person",
		"For thirty years, Jane Reyes has driven the bus. She shrugs at the question. “I just drive.”",
		[]want{{"“I just drive.”", "direct", "She", "", "Jane Reyes"}}},
	{"a sentence opened by a body gives the quote after it no speaker",
		"The council met on Monday. “Nobody wants a hot brick on their face.”",
		[]want{{"“Nobody wants a hot brick on their face.”", "direct", "", "", ""}}},
	{"a sentence with a cue of its own keeps its quote's speaker",
		"Jane Reyes runs the depot. “We are full,” the manager said.",
		[]want{{"“We are full,”", "direct", "the manager", "said", "the manager"}}},
	{"a percent sign ends the clause with its number",
		"Officials said turnout rose 5%.",
		[]want{{"turnout rose 5%", "indirect", "Officials", "said", "Officials"}}},
	{"a percent sign before the comma of a cue after the clause",
		"Turnout was about 38%, county election officials said.",
		[]want{{"Turnout was about 38%", "indirect", "county election officials", "said", "county election officials"}}},
	{"a document named by a cue noun, with a participle clause and an adjunct of time",
		"The report, published by the council on Monday, said the pier was unsafe.",
		[]want{{"the pier was unsafe", "indirect", "The report, published by the council on Monday", "said", "The report"}}},
	{"a statement with a participle clause",
		"The statement, issued late on Friday, said the talks would resume.",
		[]want{{"the talks would resume", "indirect", "The statement, issued late on Friday", "said", "The statement"}}},
	{"a cue noun with a relative clause and no cue is no subject",
		"The report, which nobody read, gathered dust.",
		nil},
	{"'all' between the auxiliary and the cue, after a list",
		"Local businesses, schools and churches have all said they want the pier open.",
		[]want{{"they want the pier open", "indirect", "Local businesses, schools and churches", "said", "Local businesses, schools and churches"}}},
	{"'both' between the auxiliary and the cue",
		"The mayor and her deputy have both said the pier is safe.",
		[]want{{"the pier is safe", "indirect", "The mayor and her deputy", "said", "The mayor and her deputy"}}},
	{"'both' after a plural pronoun",
		"Tom and Ann run the café. They both say the pier is safe.",
		[]want{{"the pier is safe", "indirect", "They", "say", ""}}},
	{"'all' after a singular pronoun is no quantifier of a subject",
		"He gave it all said the pier was safe.",
		nil},
	{"an adjunct between the outlet 'told' names and 'that'",
		"Ruiz told the Echo in an interview that the pier was old.",
		[]want{{"the pier was old", "indirect", "Ruiz", "told", "Ruiz"}}},
	{"an adjunct between a plain object of 'told' and 'that'",
		"The chief executive told investors on a call that demand had softened.",
		[]want{{"demand had softened", "indirect", "The chief executive", "told", "The chief executive"}}},
}

func TestOutlets(t *testing.T) { runCases(t, outletCases) }
