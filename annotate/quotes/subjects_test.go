package quotes

import "testing"

// subjectCases are subjects that are ordinary noun phrases, each written for the project: a
// capitalised word that opens the sentence and modifies the plural noun after it ("Border
// guards"), told apart from a surname the text capitalises elsewhere, and lists of groups
// ("Teachers, parents and pupils say").
var subjectCases = []struct {
	name string
	text string
	want []want
}{
	{"a capitalised modifier that opens the sentence is part of the group it names",
		"Border guards said the crossing would reopen on Friday.",
		[]want{{"the crossing would reopen on Friday", "indirect", "Border guards", "said", "Border guards"}}},
	{"a modifier before a plural noun the lexicon does not know",
		"Fire crews said the blaze was under control by noon.",
		[]want{{"the blaze was under control by noon", "indirect", "Fire crews", "said", "Fire crews"}}},
	{"a modifier before an agent noun in the plural",
		"Rescue teams said the search would go on overnight.",
		[]want{{"the search would go on overnight", "indirect", "Rescue teams", "said", "Rescue teams"}}},
	{"a modifier with a qualifier after the group",
		"Market traders on the square said sales had fallen by half.",
		[]want{{"sales had fallen by half", "indirect", "Market traders on the square", "said", "Market traders on the square"}}},
	{"a surname the text capitalises inside a sentence stays a name",
		"The trust was founded by Ann Marsh in 1990. Marsh volunteers said the boats were ready.",
		[]want{{"the boats were ready", "indirect", "Marsh volunteers", "said", "Ann Marsh"}}},
	{"a name alone before the cue stays a name",
		"Peskov said the talks had stalled.",
		[]want{{"the talks had stalled", "indirect", "Peskov", "said", "Peskov"}}},
	{"a participle clause after the group qualifies it",
		"Fire crews based next door warned that the yard was their only turning space.",
		[]want{{"the yard was their only turning space", "indirect", "Fire crews based next door", "warned", "Fire crews based next door"}}},
	{"a modifier of two words and a participle clause",
		"Coast guard volunteers based on the island warned that the crossing was unsafe.",
		[]want{{"the crossing was unsafe", "indirect", "Coast guard volunteers based on the island", "warned", "Coast guard volunteers based on the island"}}},
	{"a participle clause after a plural noun at the start",
		"Families moved from the estate said the smoke had been thick for hours.",
		[]want{{"the smoke had been thick for hours", "indirect", "Families moved from the estate", "said", ""}}},
	{"a verb in -ed with 'and' after it is the verb of its own clause",
		"Officials chafed at the idea and said the plan was late.",
		[]want{{"the plan was late", "indirect", "Officials", "said", "Officials"}}},
	{"a list of groups before 'and' is one speaker",
		"Teachers, parents and pupils say the school should stay open.",
		[]want{{"the school should stay open", "indirect", "Teachers, parents and pupils", "say", "Teachers, parents and pupils"}}},
	{"a list of groups after an opening adjunct",
		"In Hull, nurses, porters and cleaners said the wards were short of staff.",
		[]want{{"the wards were short of staff", "indirect", "nurses, porters and cleaners", "said", "nurses, porters and cleaners"}}},
	{"a list of plural nouns the lexicon does not know",
		"Bus drivers, mechanics and cleaners say the plan will cost jobs.",
		[]want{{"the plan will cost jobs", "indirect", "Bus drivers, mechanics and cleaners", "say", "Bus drivers, mechanics and cleaners"}}},
	{"a list that does not open its clause lends its nouns to no subject",
		"In separate talks, pilots and porters said the boats were unsafe.",
		[]want{{"the boats were unsafe", "indirect", "pilots and porters", "said", "pilots and porters"}}},
	{"a list of groups the lexicon does not know at all",
		"Nurses, porters, cleaners and cooks said the canteen would close.",
		[]want{{"the canteen would close", "indirect", "Nurses, porters, cleaners and cooks", "said", "Nurses, porters, cleaners and cooks"}}},
	{"a list of groups after a quote and its comma",
		"\"We will stay,\" teachers, parents and pupils said.",
		[]want{{"\"We will stay,\"", "direct", "teachers, parents and pupils", "said", "teachers, parents and pupils"}}},
	{"a description with 'and' inside is no list of groups",
		"The report on schools and hospitals said the money was short.",
		[]want{{"the money was short", "indirect", "The report on schools and hospitals", "said", "The report on schools and hospitals"}}},
	{"groups after an inverted cue",
		"The ferry runs twice a day. \"The road is a danger,\" said shop owners, cafe staff and residents.",
		[]want{{"\"The road is a danger,\"", "direct", "shop owners, cafe staff and residents", "said", "shop owners, cafe staff and residents"}}},
	{"one group of two words after an inverted cue",
		"The ferry runs twice a day. \"The road is a danger,\" said shop owners.",
		[]want{{"\"The road is a danger,\"", "direct", "shop owners", "said", "shop owners"}}},
	{"groups after an inverted cue with a relative clause after them",
		"\"We will win,\" said fans, players and coaches, who gathered at dawn.",
		[]want{{"\"We will win,\"", "direct", "fans, players and coaches", "said", "fans, players and coaches"}}},
	{"an appositive with 'and' inside is no list",
		"The union, which represents nurses and porters, said the plan would fail.",
		[]want{{"the plan would fail", "indirect", "The union, which represents nurses and porters", "said", "The union"}}},
}

func TestSubjects(t *testing.T) { runCases(t, subjectCases) }
