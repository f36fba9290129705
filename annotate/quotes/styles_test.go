package quotes

import "testing"

// styleCases are sentences written for house styles that the PolNeAR news articles rarely use:
// interview and press-conference transcripts, British courts and papers, wire copy.
var styleCases = []struct {
	name string
	text string
	want []want
}{
	{"an interview's answers belong to the person it introduces; its questions to Q",
		"Rosa Lind has run the lifeboat station for ten years.\n\nQ: Was it a busy summer?\n\nA: The busiest we have had. Most calls were about the tide.",
		[]want{{"Was it a busy summer?", "indirect", "Q", ":", "Q"},
			{"The busiest we have had. Most calls were about the tide.", "indirect", "A", ":", "Rosa Lind"}}},
	{"an interview's answers belong to the person its introduction names most, not the last named",
		"Vera Holt has led the port since 2019. Holt has worked with her deputy, Tom Reyes, for years.\n\nQ: Will it end soon?\n\nA: I hope so, and soon.",
		[]want{{"Will it end soon?", "indirect", "Q", ":", "Q"},
			{"I hope so, and soon.", "indirect", "A", ":", "Vera Holt"}}},
	{"a quoted interview's turns are direct quotes",
		"Mayor Tom Reyes took questions on Monday.\n\n“Q: Will the pier open?\n\n“A: In May, if the weather holds.”",
		[]want{{"Will the pier open?", "direct", "Q", ":", "Q"},
			{"In May, if the weather holds.", "direct", "A", ":", "Tom Reyes"}}},
	{"a HOST label joins the host the text names before it",
		"On Sunday's show, host Dana Ruiz spoke to the mayor.\n\nHOST: Will the ferry run?\n\nOKAFOR: It will run every day.",
		[]want{{"Will the ferry run?", "indirect", "HOST", ":", "Dana Ruiz"},
			{"It will run every day.", "indirect", "OKAFOR", ":", "OKAFOR"}}},
	{"a MODERATOR label joins 'Name, the moderator,'; Q joins the same person",
		"The debate was chaired by the college. Ann Berg, the moderator, opened it.\n\nMODERATOR: Good evening.\n\nQ: Why stand again?",
		[]want{{"Good evening.", "indirect", "MODERATOR", ":", "Ann Berg"},
			{"Why stand again?", "indirect", "Q", ":", "Ann Berg"}}},
	{"a host introduced by 'hosted by'",
		"The podcast is hosted by Sam Okafor.\n\nHOST: Welcome back to the show.",
		[]want{{"Welcome back to the show.", "indirect", "HOST", ":", "Sam Okafor"}}},
	{"a HOST label with nobody named for it stays a speaker of its own",
		"The show went out on Sunday.\n\nHOST: Welcome back to the show.",
		[]want{{"Welcome back to the show.", "indirect", "HOST", ":", "HOST"}}},
	{"a rubric before a colon is no speaker",
		"Interview: the new head of the harbour board\n\nThe board met on Monday.",
		nil},
	{"a court hears what is said before it",
		"Caernarfon Crown Court heard that the man had poured petrol over the boats.",
		[]want{{"the man had poured petrol over the boats", "indirect", "Caernarfon Crown Court", "heard", "Caernarfon Crown Court"}}},
	{"an inquest with its qualifier hears, without 'that'",
		"The inquest into the skipper's death heard the crew had not been trained.",
		[]want{{"the crew had not been trained", "indirect", "The inquest into the skipper's death", "heard", ""}}},
	{"'heard' with a person as subject is no report",
		"I heard that the boats were insured.",
		nil},
	{"a role the lexicon does not know, between the comma and the name",
		"The ferry will sail again next week, harbour master Tom Reyes said.",
		[]want{{"The ferry will sail again next week", "indirect", "harbour master Tom Reyes", "said", "Tom Reyes"}}},
	{"a body with a 'which' clause between commas",
		"The union, which represents 3,000 dockers, said the talks would resume.",
		[]want{{"the talks would resume", "indirect", "The union, which represents 3,000 dockers", "said", "The union"}}},
	{"an owner's description with a 'who' clause between commas",
		"Mr Marsh’s predecessor, who asked not to be named, told the Guardian that the plans were rushed.",
		[]want{{"the plans were rushed", "indirect", "Mr Marsh’s predecessor, who asked not to be named", "told", "Mr Marsh’s predecessor"}}},
	{"'declined to be named' reports nothing",
		"A spokesman for the ministry, who declined to be named, said the talks would resume.",
		[]want{{"the talks would resume", "indirect", "A spokesman for the ministry, who declined to be named", "said", "A spokesman for the ministry"}}},
	{"a subject with a relative clause and no commas, 'that' left out",
		"Residents who packed the hall on Tuesday said councillors had ignored them.",
		[]want{{"councillors had ignored them", "indirect", "Residents", "said", "Residents"}}},
	{"a subject with a parenthesis between dashes",
		"Many people at the meeting — including fishermen and nurses — said the ferry was a lifeline.",
		[]want{{"the ferry was a lifeline", "indirect", "Many people at the meeting — including fishermen and nurses", "said", ""}}},
	{"a parenthesis between dashes after the cue, before 'that'",
		"Her chief of staff, Tom Reyes, said — in a post on Facebook, as it happens — that the pier would open.",
		[]want{{"the pier would open", "indirect", "Her chief of staff, Tom Reyes", "said", "Tom Reyes"}}},
}

func TestStyles(t *testing.T) { runCases(t, styleCases) }
