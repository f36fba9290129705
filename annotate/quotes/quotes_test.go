package quotes

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// want is one expected quote: its text, kind, source, cue and speaker name ("" for none).
type want struct {
	text, kind, source, cue, speaker string
}

// cases are sentences written for these tests, one or more per pattern the finder handles.
var cases = []struct {
	name string
	text string
	want []want
}{
	{"straight quote, X said", `"We will rebuild the pier," Mayor Helen Okafor said.`,
		[]want{{`"We will rebuild the pier,"`, "direct", "Mayor Helen Okafor", "said", "Helen Okafor"}}},
	{"curly quote, said X", `“The vote was close,” said Councillor David Marsh.`,
		[]want{{`“The vote was close,”`, "direct", "Councillor David Marsh", "said", "David Marsh"}}},
	{"X said colon", `Anna Berg said: “Nobody told us anything.”`,
		[]want{{`“Nobody told us anything.”`, "direct", "Anna Berg", "said", "Anna Berg"}}},
	{"X colon", "Anna Berg: “Nobody told us anything.”",
		[]want{{`“Nobody told us anything.”`, "direct", "Anna Berg", ":", "Anna Berg"}}},
	{"guillemets", `« Nous allons gagner », said Marie Dubois.`,
		[]want{{`« Nous allons gagner »`, "direct", "Marie Dubois", "said", "Marie Dubois"}}},
	{"low-high marks", `„Wir schaffen das“, said Jonas Weber.`,
		[]want{{`„Wir schaffen das“`, "direct", "Jonas Weber", "said", "Jonas Weber"}}},
	{"single quotes, British", `‘It’s the Smiths’ house, not ours,’ Mr Patel said.`,
		[]want{{`‘It’s the Smiths’ house, not ours,’`, "direct", "Mr Patel", "said", "Mr Patel"}}},
	{"apostrophes are not quotes", `Mr O'Brien said the '90s were the town's best years and he doesn't miss them.`,
		[]want{{`the '90s were the town's best years and he doesn't miss them`, "indirect", "Mr O'Brien", "said", "Mr O'Brien"}}},
	{"nested quote", `“He told me ‘never again’ and left,” said Rosa Lind.`,
		[]want{{`“He told me ‘never again’ and left,”`, "direct", "Rosa Lind", "said", "Rosa Lind"}}},
	{"nested quote in the other style", `"He asked me “why now?” and left," said Rosa Lind.`,
		[]want{{`"He asked me “why now?” and left,"`, "direct", "Rosa Lind", "said", "Rosa Lind"}}},
	{"mismatched mark styles still pair", `“We will win," said Ann Lee.`,
		[]want{{`“We will win,"`, "direct", "Ann Lee", "said", "Ann Lee"}}},
	{"split quote", `“The road is closed,” he said. “It will open on Friday.”`,
		[]want{{`“The road is closed,”`, "direct", "he", "said", ""}, {`“It will open on Friday.”`, "direct", "he", "said", ""}}},
	{"pronoun resolves", "Sarah Cole runs the bakery.\n\nSarah Cole said sales had doubled. “We cannot bake fast enough,” she added.",
		[]want{{"sales had doubled", "indirect", "Sarah Cole", "said", "Sarah Cole"},
			{"“We cannot bake fast enough,”", "direct", "she", "added", "Sarah Cole"}}},
	{"pronoun resolves to a person who is not yet a speaker", "Tom Reyes walked the pier on Monday. He’s said it is safe.",
		[]want{{"it is safe", "indirect", "He’s", "said", "Tom Reyes"}}},
	{"name particles", "Mayor Bill de Blasio said the blast was deliberate. De Blasio added that the city was safe.",
		[]want{{"the blast was deliberate", "indirect", "Mayor Bill de Blasio", "said", "Bill de Blasio"},
			{"the city was safe", "indirect", "De Blasio", "added", "Bill de Blasio"}}},
	{"a capitalised title joins its holder", "Prime Minister Keir Starmer said the deal was done. The Prime Minister added that talks would go on.",
		[]want{{"the deal was done", "indirect", "Prime Minister Keir Starmer", "said", "Keir Starmer"},
			{"talks would go on", "indirect", "The Prime Minister", "added", "Keir Starmer"}}},
	{"subject with a preposition", "The Commission on Presidential Debates says the microphone was faulty.",
		[]want{{"the microphone was faulty", "indirect", "The Commission on Presidential Debates", "says", "Commission on Presidential Debates"}}},
	{"no subject after a preposition", "In a message posted Friday, Cruz said he would vote.",
		[]want{{"he would vote", "indirect", "Cruz", "said", "Cruz"}}},
	{"Markdown headline with a speaker", "## Anna Berg: Harbour Will Reopen in May\n\nThe work starts soon.",
		[]want{{"Harbour Will Reopen in May", "indirect", "Anna Berg", ":", "Anna Berg"}}},
	{"title-case headline opened by the name", "Mayor Says Pier Will Reopen in May\n\nWork starts soon.",
		[]want{{"Pier Will Reopen in May", "indirect", "Mayor", "Says", "Mayor"}}},
	{"as X said", "The road will stay closed until Friday, as police have said.",
		[]want{{"The road will stay closed until Friday", "indirect", "police", "said", "police"}}},
	{"multi-paragraph quote", "Tom Reyes said:\n\n“The first part is done.\n\n“The second part starts now.”",
		[]want{{"“The first part is done.", "direct", "Tom Reyes", "said", "Tom Reyes"},
			{"“The second part starts now.”", "direct", "Tom Reyes", "said", "Tom Reyes"}}},
	{"continuation paragraph", "“We will appeal,” said Jane Smith, a lawyer for the family.\n\n“This is not over.”",
		[]want{{"“We will appeal,”", "direct", "Jane Smith, a lawyer for the family", "said", "Jane Smith"},
			{"“This is not over.”", "direct", "Jane Smith, a lawyer for the family", "said", "Jane Smith"}}},
	{"stray mark stays local", "The word \"pier appears here.\n\nThe council said the work would start in May.",
		[]want{{"the work would start in May", "indirect", "The council", "said", "The council"}}},
	{"empty marks quote nothing", "The form had \"\" and “ ” where names should be, but “Harbour Road” was filled in.",
		[]want{{"“Harbour Road”", "scare", "", "", ""}}},
	{"said that", "Police said that the road would stay closed until Friday.",
		[]want{{"the road would stay closed until Friday", "indirect", "Police", "said", "Police"}}},
	{"says, headline", "Mayor says pier will reopen by summer",
		[]want{{"pier will reopen by summer", "indirect", "Mayor", "says", "Mayor"}}},
	{"told Y that", "Okafor told reporters on Wednesday that the storm had only finished what neglect began.",
		[]want{{"the storm had only finished what neglect began", "indirect", "Okafor", "told", "Okafor"}}},
	{"warned", "The minister warned prices would rise again next year.",
		[]want{{"prices would rise again next year", "indirect", "The minister", "warned", "The minister"}}},
	{"according to, before", "According to the company, sales rose sharply in the third quarter.",
		[]want{{"sales rose sharply in the third quarter", "indirect", "the company", "According to", "the company"}}},
	{"according to, after", "Sales rose sharply in the third quarter, according to the company.",
		[]want{{"Sales rose sharply in the third quarter", "indirect", "the company", "according to", "the company"}}},
	{"attribution after the clause", "The talks will resume next week, a senior official said.",
		[]want{{"The talks will resume next week", "indirect", "a senior official", "said", "a senior official"}}},
	{"in a statement", "The company said in a statement that it would cut 200 jobs.",
		[]want{{"it would cut 200 jobs", "indirect", "The company", "said", "The company"}}},
	{"appositive", "Dmitry Volkov, a Kremlin spokesman, said the talks had failed.",
		[]want{{"the talks had failed", "indirect", "Dmitry Volkov, a Kremlin spokesman", "said", "Dmitry Volkov"}}},
	{"title before name", "Kremlin spokesman Dmitry Volkov said the talks had failed.",
		[]want{{"the talks had failed", "indirect", "Kremlin spokesman Dmitry Volkov", "said", "Dmitry Volkov"}}},
	{"honorific with period", `"It was a mistake," Dr. Jane Smith said.`,
		[]want{{`"It was a mistake,"`, "direct", "Dr. Jane Smith", "said", "Jane Smith"}}},
	{"party tag", `"This bill is dead," said Sen. Laura Banks (D-Ore.).`,
		[]want{{`"This bill is dead,"`, "direct", "Sen. Laura Banks (D-Ore.)", "said", "Laura Banks"}}},
	{"passive", "It was reported by the harbour authority that two boats sank.",
		[]want{{"two boats sank", "indirect", "the harbour authority", "reported", "the harbour authority"}}},
	{"mixed", "Okafor said the pier was “how this town earns its living.”",
		[]want{{"the pier was “how this town earns its living.”", "mixed", "Okafor", "said", "Okafor"}}},
	{"scare quote", "The so-called “backdoor” was never built.",
		[]want{{"“backdoor”", "scare", "", "", ""}}},
	{"title of a work", "She starred in “The Long Road Home” last year.",
		[]want{{"“The Long Road Home”", "scare", "", "", ""}}},
	{"dash byline", "“The pier is our lifeline.” ― Maria Costa\n",
		[]want{{"“The pier is our lifeline.”", "direct", "Maria Costa", "―", "Maria Costa"}}},
	{"insert reports both sides", "The harbour, Mr Hughes said, was never deep enough for the new ferries.",
		[]want{{"The harbour", "indirect", "Mr Hughes", "said", "Mr Hughes"},
			{"was never deep enough for the new ferries", "indirect", "Mr Hughes", "said", "Mr Hughes"}}},
	{"title-case headline cue", "Pier Repairs Will Take a Year, Harbour Master Says\n\nWork starts soon.",
		[]want{{"Pier Repairs Will Take a Year", "indirect", "Harbour Master", "Says", "Harbour Master"}}},
	{"transcript line", "KELLY: Will the pier reopen?\n\nOKAFOR: It will, by “early summer.”",
		[]want{{"Will the pier reopen?", "indirect", "KELLY", ":", "KELLY"},
			{"It will, by “early summer.”", "mixed", "OKAFOR", ":", "OKAFOR"}}},
	{"a kicker in capitals is no speaker", "BREAKING: The mayor said the bridge would close.",
		[]want{{"the bridge would close", "indirect", "The mayor", "said", "The mayor"}}},
	{"someone unnamed speaks", "“We will rebuild,” Mr Ode said. “It is over,” someone shouted.",
		[]want{{"“We will rebuild,”", "direct", "Mr Ode", "said", "Mr Ode"},
			{"“It is over,”", "direct", "someone", "shouted", "someone"}}},
	{"long appositive after a quote", `"Costs keep rising," Ana Ruiz, who chairs the harbour board and runs a boatyard in the town, said.`,
		[]want{{`"Costs keep rising,"`, "direct", "Ana Ruiz, who chairs the harbour board and runs a boatyard in the town", "said", "Ana Ruiz"}}},
	{"name after its description", "The island's MP, Dr. Sian Pritchard, told the BBC that she would appeal.",
		[]want{{"she would appeal", "indirect", "The island's MP, Dr. Sian Pritchard", "told", "Sian Pritchard"}}},
	{"speaker with a modifier after a quote", `"There is no deal," a senior official involved in the talks told reporters.`,
		[]want{{`"There is no deal,"`, "direct", "a senior official involved in the talks", "told", "a senior official involved in the talks"}}},
	{"cue that is also a noun", "The mayor seized on a New York Times report that the port had lost money.",
		nil},
	{"saying, quote", "The mayor defended the plan, saying, “It is the right thing to do.”",
		[]want{{"the plan", "indirect", "The mayor", "defended", "The mayor"},
			{"“It is the right thing to do.”", "direct", "The mayor", "saying", "The mayor"}}},
	{"noun before the attribution", "The port was closed in line with Western demands, Foreign Minister Ana Silva has claimed.",
		[]want{{"The port was closed in line with Western demands", "indirect", "Foreign Minister Ana Silva", "claimed", "Ana Silva"}}},
	{"adding that", "The mayor said the pier would open in June, adding that the cost had doubled.",
		[]want{{"the pier would open in June", "indirect", "The mayor", "said", "The mayor"},
			{"the cost had doubled", "indirect", "The mayor", "adding", "The mayor"}}},
	{"intention: wants to", "The harbour board wants to sell the old ferry before winter.",
		[]want{{"to sell the old ferry before winter", "indirect", "The harbour board", "wants", "The harbour board"}}},
	{"intention with an object: wants Y to", "Mayor Ruth Obi wants the council to vote on the budget in March.",
		[]want{{"the council to vote on the budget in March", "indirect", "Mayor Ruth Obi", "wants", "Ruth Obi"}}},
	{"intention: vowed to", "The union vowed to keep the strike going through December.",
		[]want{{"to keep the strike going through December", "indirect", "The union", "vowed", "The union"}}},
	{"intention: declined to", "A spokesman for the company declined to comment.",
		[]want{{"to comment", "indirect", "A spokesman for the company", "declined", "A spokesman for the company"}}},
	{"intention: hopes to", "Nadia Petrov hopes to open a second shop next spring.",
		[]want{{"to open a second shop next spring", "indirect", "Nadia Petrov", "hopes", "Nadia Petrov"}}},
	{"an intention verb without an infinitive is no cue", "The company offered a discount and cut its prices.", nil},
	{"an intention inside a report belongs to the report", "The mayor said she plans to run again in the autumn.",
		[]want{{"she plans to run again in the autumn", "indirect", "The mayor", "said", "The mayor"}}},
	{"a possessive noun is a noun attribution, not a verb", "The mayor's plans to widen the road were dropped.",
		[]want{{"to widen the road were dropped", "indirect", "The mayor's", "plans", "The mayor's"}}},
	{"seemed to: the subject and the infinitive, no source", "The old ferry seemed to drift toward the rocks.",
		[]want{{"The old ferry", "indirect", "", "seemed", ""}, {"to drift toward the rocks", "indirect", "", "seemed", ""}}},
	{"is expected to", "The harbour bill is widely expected to pass next week.",
		[]want{{"The harbour bill", "indirect", "", "is widely expected", ""},
			{"to pass next week", "indirect", "", "is widely expected", ""}}},
	{"it appears that", "It appears that the bridge will stay shut all winter.",
		[]want{{"the bridge will stay shut all winter", "indirect", "", "appears", ""}}},
	{"who is expected to", "Voters will meet Ana Costa, who is expected to win the seat.",
		[]want{{"who", "indirect", "", "is expected", ""}, {"to win the seat", "indirect", "", "is expected", ""}}},
	{"appeared before a noun is no stance", "The mayor appeared on the radio on Monday.", nil},
	{"noun: a possessive name and a that-clause", "Jonas Berg arrived late.\n\nBerg's claim that the pier was safe drew scorn.",
		[]want{{"that the pier was safe drew scorn", "indirect", "Berg's", "claim", "Berg"}}},
	{"noun: a possessive pronoun and an infinitive", "Her promise to cut fares by half won the vote.",
		[]want{{"to cut fares by half won the vote", "indirect", "Her", "promise", ""}}},
	{"noun inside another clause is no attribution", "The paper printed her promise to cut fares by half.", nil},
	{"noun of stance with its preposition", "His criticism of the ferry company was sharp.",
		[]want{{"of the ferry company was sharp", "indirect", "His", "criticism", ""}}},
	{"noun: 'view is that'", "The mayor's view is that the ferry must stay public.",
		[]want{{"that the ferry must stay public", "indirect", "The mayor's", "view", "The mayor's"}}},
	{"noun: 'decision not to'", "Her decision not to run surprised the party.",
		[]want{{"not to run surprised the party", "indirect", "Her", "decision", ""}}},
	{"noun without a clause is no cue", "His answer to critics was short, and the claim that it was rigged spread.", nil},
	{"a noun yields to a verb cue in its sentence", "Her refusal to answer angered the council, one member said.",
		[]want{{"Her refusal to answer angered the council", "indirect", "one member", "said", "one member"}}},
	{"raised speech verb: the subject speaks", "The mayor appeared to suggest that the pier would close.",
		[]want{{"the pier would close", "indirect", "The mayor", "appeared to suggest", "The mayor"}}},
	{"stance verb with an object", "The council endorsed Okafor last week.",
		[]want{{"Okafor last week", "indirect", "The council", "endorsed", "The council"}}},
	{"stance verb: voters support", "Three in four voters support a new ferry.",
		[]want{{"a new ferry", "indirect", "Three in four voters", "support", "Three in four voters"}}},
	{"support as a noun is no cue", "The plan has broad support in the town.", nil},
	{"according to a long source opening the sentence", "According to early results of a survey conducted by the university for the council, most residents want the ferry back.",
		[]want{{"most residents want the ferry back", "indirect", "early results of a survey conducted by the university for the council", "According to", "early results of a survey conducted by the university for the council"}}},
	{"according to without a comma, ending the sentence", "Most residents want the ferry back according to the survey.",
		[]want{{"Most residents want the ferry back", "indirect", "the survey", "according to", "the survey"}}},
	{"asked whether, no subject", "Asked whether the pier would reopen, the mayor shrugged.",
		[]want{{"whether the pier would reopen", "indirect", "", "Asked", ""}}},
	{"urged Y to: a pronoun addressee is no content", "The council urged them to boil their water.",
		[]want{{"to boil their water", "indirect", "The council", "urged", "The council"}}},
	{"urged Y to: a named addressee is the infinitive's subject", "The council urged residents to boil their water.",
		[]want{{"residents to boil their water", "indirect", "The council", "urged", "The council"}}},
	{"see Y as", "Most residents see the ferry as a lifeline.",
		[]want{{"the ferry as a lifeline", "indirect", "Most residents", "see", "Most residents"}}},
	{"see without as is no cue", "Residents saw the ferry leave at noon.", nil},
	{"referring to", "“It was a disgrace,” Okafor said, referring to the closure of the pier.",
		[]want{{"“It was a disgrace,”", "direct", "Okafor", "said", "Okafor"},
			{"the closure of the pier", "indirect", "Okafor", "referring to", "Okafor"}}},
	{"who without a comma", "Those who say the ferry is safe have not sailed on it.",
		[]want{{"the ferry is safe have not sailed on it", "indirect", "who", "say", ""}}},
	{"which he said, closing the clause", "The pier will cost more than planned, which the mayor also said.",
		[]want{{"which", "indirect", "the mayor", "said", "the mayor"}}},
	{"In a poll, …", "In a poll released Monday, most residents backed the ferry plan.",
		[]want{{"most residents backed the ferry plan", "indirect", "a poll released Monday", "In", "a poll released Monday"}}},
	{"In her view, …", "Anna Costa runs the port.\n\nIn her view, the ferry should stay public.",
		[]want{{"the ferry should stay public", "indirect", "her", "In", "Anna Costa"}}},
	{"In a place, … is no source", "In the harbour, two boats sank overnight.", nil},
	{"a quantifier as subject of belief", "After the storm, many believe the pier cannot be saved.",
		[]want{{"the pier cannot be saved", "indirect", "many", "believe", "many"}}},
	{"belief with a bare noun subject and its verb", "Harbour officials think repairs are overdue.",
		[]want{{"repairs are overdue", "indirect", "Harbour officials", "think", "Harbour officials"}}},
	{"belief with a bare noun and no verb is no clause", "The engineers found repairs in the old logs.", nil},
	{"records as a source", "The pier cost twice its budget, council records show.",
		[]want{{"The pier cost twice its budget", "indirect", "council records", "show", "council records"}}},
	{"reportedly: the subject and the verb phrase, no source", "The ferry company has reportedly sold two boats.",
		[]want{{"The ferry company", "indirect", "", "reportedly", ""}, {"sold two boats", "indirect", "", "reportedly", ""}}},
	{"a wh-clause after an adjunct", "The harbour master explained to reporters why the pier had closed.",
		[]want{{"why the pier had closed", "indirect", "The harbour master", "explained", "The harbour master"}}},
	{"claimed to", "Two residents claimed to have seen the boat sink.",
		[]want{{"to have seen the boat sink", "indirect", "Two residents", "claimed", "Two residents"}}},
	{"a plural group noun as subject", "The candidates opposed a new tax on fuel.",
		[]want{{"a new tax on fuel", "indirect", "The candidates", "opposed", "The candidates"}}},
	{"talked about", "The mayor talked about the cost of the new pier.",
		[]want{{"the cost of the new pier", "indirect", "The mayor", "talked about", "The mayor"}}},
	{"was talking about: progressive, not passive", "Okafor was talking about the ferry strike.",
		[]want{{"the ferry strike", "indirect", "Okafor", "talking about", "Okafor"}}},
	{"warned of", "The union warned of delays on every crossing.",
		[]want{{"delays on every crossing", "indirect", "The union", "warned of", "The union"}}},
	{"talked to is no cue", "The mayor talked to the crew for an hour.", nil},
	{"a clause right after a day", "The mayor said Tuesday his actions were lawful.",
		[]want{{"his actions were lawful", "indirect", "The mayor", "said", "The mayor"}}},
	{"a proportion with an unknown noun and a modifier", "Three in four shop owners on the route say trade has fallen.",
		[]want{{"trade has fallen", "indirect", "Three in four shop owners on the route", "say", "Three in four shop owners on the route"}}},
	{"a fragment after a verb not in the lists is a mixed quote", "Mayor Anna Berg saved her warmest words for the “brave crews” of the night ferry.",
		[]want{{"her warmest words for the “brave crews”", "mixed", "Mayor Anna Berg", "saved", "Anna Berg"}}},
	{"a fragment in a sentence whose subject is no person stays a scare quote", "The storm reserved its worst for the “new” pier.",
		[]want{{"“new”", "scare", "", "", ""}}},
	{"a quote introduced by a dash after a person's sentence", "The port is busy. Mayor Okafor also signed the plan — “I think it is fair to everyone who lives here.”",
		[]want{{"“I think it is fair to everyone who lives here.”", "direct", "Mayor Okafor", "—", "Okafor"}}},
	{"a split quote resumes after an inverted speaker with a relative clause", `"The danger," said Mara Lindqvist, a skipper who runs the night crossing, "is that we lose the ferry."`,
		[]want{{`"The danger,"`, "direct", "Mara Lindqvist", "said", "Mara Lindqvist"}, {`"is that we lose the ferry."`, "direct", "Mara Lindqvist", "said", "Mara Lindqvist"}}},
	{"is widely seen as, no agent", "The harbour master is widely seen as the favourite.",
		[]want{{"The harbour master", "indirect", "", "is widely seen", ""}, {"as the favourite", "indirect", "", "is widely seen", ""}}},
	{"is said to", "The old ferry is said to need a new engine.",
		[]want{{"The old ferry", "indirect", "", "is said", ""}, {"to need a new engine", "indirect", "", "is said", ""}}},
	{"seen by an agent is no stance", "The ferry was seen by two fishermen near the rocks.", nil},
	{"a headline's 'expected to' names no source", "Council expected to approve tram line\n\nThe vote is on Thursday.", nil},
	{"a proportion as subject", "Six in 10 say the ferry should keep running.",
		[]want{{"the ferry should keep running", "indirect", "Six in 10", "say", "Six in 10"}}},
	{"a proportion before the phrase", "About four in 10 voters say that the bridge matters most.",
		[]want{{"the bridge matters most", "indirect", "About four in 10 voters", "say", "About four in 10 voters"}}},
	{"a document with a participle", "A poll released Monday shows the mayor with a narrow lead.",
		[]want{{"the mayor with a narrow lead", "indirect", "A poll released Monday", "shows", "A poll released Monday"}}},
	{"a document with a participle and an agent", "Exit polls conducted by the university found that turnout fell.",
		[]want{{"turnout fell", "indirect", "Exit polls conducted by the university", "found", "Exit polls conducted by the university"}}},
	{"progressive speech verb", "The harbour master is stressing that the pier will reopen in May.",
		[]want{{"the pier will reopen in May", "indirect", "The harbour master", "stressing", ""}}},
	{"progressive verb with an object", "Councillor Ruth Mbeki is defending her vote on the ferry budget.",
		[]want{{"her vote on the ferry budget", "indirect", "Councillor Ruth Mbeki", "defending", "Ruth Mbeki"}}},
	{"progressive after a perfect", "The union has been questioning the figures for a month.",
		[]want{{"the figures for a month", "indirect", "The union", "questioning", ""}}},
	{"progressive after a contracted pronoun", "Ruth Mbeki spoke first. She’s promoting a plan for night buses.",
		[]want{{"a plan for night buses", "indirect", "She’s", "promoting", "Ruth Mbeki"}}},
	{"-ing cue after a comma", "The union rejected the offer, questioning the figures the company had published.",
		[]want{{"the offer", "indirect", "The union", "rejected", ""},
			{"the figures the company had published", "indirect", "The union", "questioning", ""}}},
	{"subject with prepositional phrases", "Engineers at the port and on the river say the dredging must wait.",
		[]want{{"the dredging must wait", "indirect", "Engineers at the port and on the river", "say", ""}}},
	{"subject familiar with", "A person familiar with the talks said the ferry deal was close.",
		[]want{{"the ferry deal was close", "indirect", "A person familiar with the talks", "said", ""}}},
	{"subject after an opening adjunct", "After the vote, two members of the harbour board said they would resign.",
		[]want{{"they would resign", "indirect", "two members of the harbour board", "said", ""}}},
	{"subject: a proportion with its qualifier", "At least half of the drivers in each depot say they want the new rota.",
		[]want{{"they want the new rota", "indirect", "half of the drivers in each depot", "say", ""}}},
	{"appositive with commas of its own", "Dana Ruiz, a nurse from Hull, Quebec, said the clinic had run out of beds.",
		[]want{{"the clinic had run out of beds", "indirect", "Dana Ruiz, a nurse from Hull, Quebec", "said", "Dana Ruiz"}}},
	{"appositive with a clause of its own", "Lee Chen, an engineer who has studied the bridge for years, said the cables were sound.",
		[]want{{"the cables were sound", "indirect", "Lee Chen, an engineer who has studied the bridge for years", "said", "Lee Chen"}}},
	{"records show an object", "Public records show little evidence that the ferry company paid its fees.",
		[]want{{"little evidence that the ferry company paid its fees", "indirect", "Public records", "show", ""}}},
	{"polls show a clause without that", "Polls show riders trust the new timetable.",
		[]want{{"riders trust the new timetable", "indirect", "Polls", "show", ""}}},
	{"an inquiry finds", "The inquiry found that the harbour office rarely kept its logs.",
		[]want{{"the harbour office rarely kept its logs", "indirect", "The inquiry", "found", ""}}},
	{"a video shows", "The video shows two men untying the boat.",
		[]want{{"two men untying the boat", "indirect", "The video", "shows", ""}}},
	{"subject ending in a relative clause", "Residents who live near the pier say that the noise is worse at night.",
		[]want{{"the noise is worse at night", "indirect", "Residents", "say", ""}}},
	{"insert before a quote joined by and", "Most of the crew were new, she said, and “none of us knew the route.”",
		[]want{{"Most of the crew were new", "indirect", "she", "said", ""}, {"“none of us knew the route.”", "direct", "she", "said", ""}}},
	{"insert with an adjunct", "The tunnel, the engineer said on Monday, would open in May.",
		[]want{{"The tunnel", "indirect", "the engineer", "said", ""}, {"would open in May", "indirect", "the engineer", "said", ""}}},
	{"words after a quote's cue are its circumstances", "“We won the vote and the pier stays open,” she told cheering supporters on the quay.",
		[]want{{"“We won the vote and the pier stays open,”", "direct", "she", "told", ""}}},
	{"manner after a quote's cue is no content", "“I dumped the plan but kept the boat,” he said with a grin.",
		[]want{{"“I dumped the plan but kept the boat,”", "direct", "he", "said", ""}}},
	{"a title before the cue leaves the clause after", "On the radio show “Harbour Hour,” Mayor Ruth Mbeki said the pier would reopen.",
		[]want{{"“Harbour Hour,”", "scare", "", "", ""}, {"the pier would reopen", "indirect", "Mayor Ruth Mbeki", "said", "Ruth Mbeki"}}},
	{"a quoted line heading a section is a title", "“We will rebuild,” said Mayor Ruth Mbeki.\n\n‘A Town Without a Ferry.’\n\nThe ferry stopped in May.",
		[]want{{"“We will rebuild,”", "direct", "Mayor Ruth Mbeki", "said", "Ruth Mbeki"}, {"‘A Town Without a Ferry.’", "scare", "", "", ""}}},
	{"the time of speaking is no content", "The mayor said while she toured the quay.", nil},
	{"according to a long source at the end", "Ferry traffic fell by half last year, according to the most recent data available from the port authority.",
		[]want{{"Ferry traffic fell by half last year", "indirect", "the most recent data available from the port authority", "according to", ""}}},
	{"according to, inserted", "One Sunday in late 2001, according to a biography by Ann Lee, the mayor called six directors.",
		[]want{{"One Sunday in late 2001", "indirect", "a biography by Ann Lee", "according to", ""},
			{"the mayor called six directors", "indirect", "a biography by Ann Lee", "according to", ""}}},
	{"an adjunct with a place name before that", "The mayor says at a stop in Hull, Quebec, that the ferry will return.",
		[]want{{"the ferry will return", "indirect", "The mayor", "says", ""}}},
	{"a video of something shows", "Video of the crossing shows the captain at the wheel.",
		[]want{{"the captain at the wheel", "indirect", "Video of the crossing", "shows", ""}}},
	{"a slide shows", "Another slide shows that eight in 10 visitors arrive by ferry.",
		[]want{{"eight in 10 visitors arrive by ferry", "indirect", "Another slide", "shows", ""}}},
	{"a verb of stance", "The harbour board welcomed the ruling on the ferry licence.",
		[]want{{"the ruling on the ferry licence", "indirect", "The harbour board", "welcomed", ""}}},
	{"a verb of setting out", "Councillor Ruth Mbeki outlined her plan for night buses on Monday.",
		[]want{{"her plan for night buses on Monday", "indirect", "Councillor Ruth Mbeki", "outlined", "Ruth Mbeki"}}},
	{"a verb that is also a noun needs a subject that reads as one", "The details of the plan were never published.", nil},
	{"an unknown noun after a quote speaks", "The harbour was quiet. “We are open,” the clerk said.",
		[]want{{"“We are open,”", "direct", "the clerk", "said", ""}}},
	{"an unknown noun with a modifier after a quote", "“We are open,” a retired welder said on Monday.",
		[]want{{"“We are open,”", "direct", "a retired welder", "said", ""}}},
	{"an unknown noun before a quote", "In the box, a clerk had typed “none known.”",
		[]want{{"“none known.”", "direct", "a clerk", "typed", ""}}},
	{"a chant with a long subject, then another act", "Residents marching through the streets chanted “Open the pier!” and kept going.",
		[]want{{"“Open the pier!”", "direct", "Residents marching through the streets", "chanted", ""}}},
	{"a chant after a comma", "The crowd walked to the quay, chanting “Save our ferry!”",
		[]want{{"“Save our ferry!”", "direct", "The crowd", "chanting", ""}}},
	{"a claim with its that clause inside another clause", "The paper checked Councillor Ruth Mbeki's claim that the ferry had lost money every year.",
		[]want{{"that the ferry had lost money every year", "indirect", "Councillor Ruth Mbeki's", "claim", "Ruth Mbeki"}}},
	{"a decision inside another clause stays the writer's", "Work stopped after the council's decision to close the pier.", nil},
	{"a participle with its agent is no cue", "Candidates backed by the shipping lobby lost their seats.", nil},
	{"a quoted sentence that runs on unquoted", "“Only the mayor,” she said, would think of closing the pier in summer.",
		[]want{{"“Only the mayor,”", "direct", "she", "said", ""}, {"would think of closing the pier in summer", "indirect", "she", "said", ""}}},
	{"the whole start of the sentence as subject", "Other former harbour pilots with long service on the river but no part in the inquiry said the pilot had done nothing wrong.",
		[]want{{"the pilot had done nothing wrong", "indirect", "Other former harbour pilots with long service on the river but no part in the inquiry", "said", ""}}},
	{"a fraction as subject", "Nearly two-thirds of the island's ferry users said the timetable should change.",
		[]want{{"the timetable should change", "indirect", "Nearly two-thirds of the island's ferry users", "said", ""}}},
	{"a subject that names no one", "The old lighthouse keeper's cottage on the point said nothing about the past.", nil},
	{"a described subject of a coordinated cue", "The crane operators stopped work at noon and said they would not return before Monday.",
		[]want{{"they would not return before Monday", "indirect", "The crane operators", "said", ""}}},
	{"asked with an adjunct before the question", "Asked at a briefing on Monday whether the pier would reopen, the mayor said she hoped so.",
		[]want{{"whether the pier would reopen", "indirect", "", "Asked", ""}, {"she hoped so", "indirect", "the mayor", "said", ""}}},
	{"an appositive after an opening adjunct", "In a statement, one of the family's lawyers, Justin Reyes, said the crossing was safe.",
		[]want{{"the crossing was safe", "indirect", "one of the family's lawyers, Justin Reyes", "said", "Justin Reyes"}}},
	{"a dash appositive", "Jason Sims — a teacher from Mount Pleasant — says the pier is safe.",
		[]want{{"the pier is safe", "indirect", "Jason Sims — a teacher from Mount Pleasant", "says", "Jason Sims"}}},
	{"a typed dash appositive", "Ann Kall -- co-editor of a book on ferry history -- said the ferry would return.",
		[]want{{"the ferry would return", "indirect", "Ann Kall -- co-editor of a book on ferry history", "said", "Ann Kall"}}},
	{"a number of a group", "Two of the crew said the engine had failed twice.",
		[]want{{"the engine had failed twice", "indirect", "Two of the crew", "said", ""}}},
	{"a clause of the writer's after an insert", "The fight is an insult to every worker, union leaders said on Friday, as they gathered at the gates.",
		[]want{{"The fight is an insult to every worker", "indirect", "union leaders", "said", ""}}},
	{"a place after a verb of stance is no object", "Okafor was at 25 percent support in the latest Gazette poll.", nil},
	{"a city as speaker", "The city of Halifax is demanding that the port stop using its crest in ads.",
		[]want{{"the port stop using its crest in ads", "indirect", "The city of Halifax", "demanding", ""}}},
	{"a bare plural of people who do something", "Should the company fail, environmentalists worry that the cleanup could fall to taxpayers.",
		[]want{{"the cleanup could fall to taxpayers", "indirect", "environmentalists", "worry", ""}}},
	{"records with a qualifier show", "Leaked documents from the 1995 filing show he took a large loss.",
		[]want{{"he took a large loss", "indirect", "Leaked documents from the 1995 filing", "show", ""}}},
	{"a longer title before the cue", "On Tuesday’s episode of “The Harbour Morning Radio Show,” the mayor said the pier would reopen.",
		[]want{{"“The Harbour Morning Radio Show,”", "scare", "", "", ""}, {"the pier would reopen", "indirect", "the mayor", "said", ""}}},
	{"exhort like urge", "The harbour master exhorted the crew to “keep the lights burning.”",
		[]want{{"the crew to “keep the lights burning.”", "mixed", "The harbour master", "exhorted", ""}}},
	{"made it clear", "The mayor made it clear that the pier would stay open.",
		[]want{{"the pier would stay open", "indirect", "The mayor", "made it clear", ""}}},
	{"made something else is no cue", "The storm made the pier unsafe.", nil},
	{"a joint poll opens the sentence", "According to a Gazette/Ipsos poll, the two candidates are in a dead heat.",
		[]want{{"the two candidates are in a dead heat", "indirect", "a Gazette/Ipsos poll", "According to", ""}}},
	{"a joint poll closes the sentence", "The two candidates are in a dead heat, according to a Gazette/Ipsos poll.",
		[]want{{"The two candidates are in a dead heat", "indirect", "a Gazette/Ipsos poll", "according to", ""}}},
	{"a name after an adjunct with no comma", "In a Gazette interview Okafor declared “The pier is finished.”",
		[]want{{"“The pier is finished.”", "direct", "Okafor", "declared", "Okafor"}}},
	{"an appositive of place", "Johnnie Wilson, of Springfield, Va., said he had fought for the pier.",
		[]want{{"he had fought for the pier", "indirect", "Johnnie Wilson, of Springfield, Va.", "said", "Johnnie Wilson"}}},
	{"said when: the time of speaking", "That was what Okafor said when she resigned from the board in 2014.", nil},
	{"said on a day as: the time of speaking", "“We will not give in,” Mayor Okafor said Friday as she entered the talks.",
		[]want{{"“We will not give in,”", "direct", "Mayor Okafor", "said", "Okafor"}}},
	{"inverted speaker with a modifier the lexicon does not know", "“We will not sell,” said retired welder Tom Reyes.",
		[]want{{"“We will not sell,”", "direct", "retired welder Tom Reyes", "said", "Tom Reyes"}}},
	{"inverted speaker with an adverb after", "“We will not sell,” said the old man quietly.",
		[]want{{"“We will not sell,”", "direct", "the old man", "said", ""}}},
	{"inverted speaker with a qualifier", "“We will appeal,” said a spokeswoman for the council.",
		[]want{{"“We will appeal,”", "direct", "a spokeswoman for the council", "said", ""}}},
	{"a time after an inverted speaker is no qualifier", "“We will appeal,” said Mei Tanaka at noon on Monday.",
		[]want{{"“We will appeal,”", "direct", "Mei Tanaka", "said", "Mei Tanaka"}}},
	{"a relative clause after an inverted speaker reports nothing", "“We will appeal,” said one resident, who asked not to be named.",
		[]want{{"“We will appeal,”", "direct", "one resident", "said", ""}}},
	{"an insert with an inverted speaker and a qualifier", "The dispute, said a lawyer for the family, would go to court.",
		[]want{{"The dispute", "indirect", "a lawyer for the family", "said", ""}, {"would go to court", "indirect", "a lawyer for the family", "said", ""}}},
	{"said in a statement, it", "The company said in a statement it was cooperating with the harbour police.",
		[]want{{"it was cooperating with the harbour police", "indirect", "The company", "said", ""}}},
	{"said in a statement, a described subject", "The company said in a statement the plant would close in March.",
		[]want{{"the plant would close in March", "indirect", "The company", "said", ""}}},
	{"a described subject with a relative clause", "The couple, who asked not to be named, said they had lost their home.",
		[]want{{"they had lost their home", "indirect", "The couple, who asked not to be named", "said", ""}}},
	{"quoted as saying", "The minister was quoted as saying the ferry deal was dead.",
		[]want{{"the ferry deal was dead", "indirect", "The minister", "quoted as saying", ""}}},
	{"sources close to someone", "Sources close to the mayor said she would not run again.",
		[]want{{"she would not run again", "indirect", "Sources close to the mayor", "said", ""}}},
	{"what the speaker did, in the writer's words", "The ministry said two ferries had been sold, without giving details.",
		[]want{{"two ferries had been sold", "indirect", "The ministry", "said", ""}}},
	{"a dash and a name with a description to the end of the line", "“We will rebuild it” – Okafor, speaking at the quay on Monday.",
		[]want{{"“We will rebuild it”", "direct", "Okafor", "–", "Okafor"}}},
	{"a clause before the cue is no subject", "The people who built the pier in the storm said nothing.", nil},
	{"a participle is no cue", "Residents backing the plan gathered outside the town hall on Monday.", nil},
	{"a gerund is no cue", "After questioning the driver, officers closed the road.", nil},
	{"the writer's subject, then the speaker's predicate in quotes", "The pier “has never been safer,” Okafor said.",
		[]want{{"The pier “has never been safer,”", "mixed", "Okafor", "said", "Okafor"}}},
	{"an adjunct, then a quote that goes on the sentence", "On the quay at dawn, “nobody came to help,” said Tom Reyes.",
		[]want{{"On the quay at dawn, “nobody came to help,”", "mixed", "Tom Reyes", "said", "Tom Reyes"}}},
	{"a heading line is not the subject of the quote after it", "Harbour News\n“we rebuild,” she said.",
		[]want{{"“we rebuild,”", "direct", "she", "said", ""}}},
	{"a title-case quote right after the verb, with more after it, is the title of a work",
		"Ruiz wrote ‘The Long Road Home’ in 1990.",
		[]want{{"‘The Long Road Home’", "scare", "", "", ""}}},
	{"a title with a number is a title", "Helen Okafor sailed on “Harbour 24” last summer.",
		[]want{{"“Harbour 24”", "scare", "", "", ""}}},
	{"a title-case quote that ends its sentence is still speech", "Ruiz said “No Comment Today.”",
		[]want{{"“No Comment Today.”", "direct", "Ruiz", "said", "Ruiz"}}},
	{"a report nested in a mixed quote shares its quotation marks, so it is no quotation of its own",
		"Ruiz said Okafor told him the pier was “far too narrow” for ferries.",
		[]want{{"Okafor told him the pier was “far too narrow” for ferries", "mixed", "Ruiz", "said", "Ruiz"},
			{"the pier was “far too narrow” for ferries", "indirect", "Okafor", "told", "Okafor"}}},
	{"a quote nested in a direct quote is the outer speaker's words", "“He shouted ‘get off the pier’ at us,” said Tom Reyes.",
		[]want{{"“He shouted ‘get off the pier’ at us,”", "direct", "Tom Reyes", "said", "Tom Reyes"}}},
	{"a quote nested in a mixed quote is the outer speaker's words", "Ruiz said the crew heard “someone shout ‘fire’ twice.”",
		[]want{{"the crew heard “someone shout ‘fire’ twice.”", "mixed", "Ruiz", "said", "Ruiz"}}},
	{"a possessive owner before a named show is no listener's name", `Ruiz told Harbour Radio's "Morning Tide" that the pier would reopen.`,
		[]want{{`"Morning Tide"`, "scare", "", "", ""}, {"the pier would reopen", "indirect", "Ruiz", "told", "Ruiz"}}},
	{"a quote and a noun phrase joined by 'and' make the subject of a clause", `Ruiz said "budget cuts" and the sale of two ferries would pay for it.`,
		[]want{{`"budget cuts" and the sale of two ferries would pay for it`, "mixed", "Ruiz", "said", "Ruiz"}}},
	{"a quote and then another act", "The crowd chanted “Open the pier!” and kept going.",
		[]want{{"“Open the pier!”", "direct", "The crowd", "chanted", "The crowd"}}},
	{"a title inside a reported clause makes no mixed quote", "Okafor said the ferries had sailed during a “Harbour Town Festival” run by the council.",
		[]want{{"the ferries had sailed during a “Harbour Town Festival” run by the council", "indirect", "Okafor", "said", "Okafor"},
			{"“Harbour Town Festival”", "scare", "", "", ""}}},
	{"a progressive telling, with its listener", "Helen Okafor is telling the harbour crews that the fleet is “far too small” this year.",
		[]want{{"the fleet is “far too small” this year", "mixed", "Helen Okafor", "telling", "Helen Okafor"}}},
	{"a progressive promising takes its object, up to the writer's clause after the quote",
		"Okafor is promising lower fares and “boats, boats, boats,” but she has also warned of cuts.",
		[]want{{"lower fares and “boats, boats, boats,”", "mixed", "Okafor", "promising", "Okafor"}}},
	{"a ruling reports a finding", "The court ruled that the harbour fee was “unlawful.”",
		[]want{{"the harbour fee was “unlawful.”", "mixed", "The court", "ruled", "The court"}}},
	{"a promising candidate is no cue", "She is a promising candidate for the harbour board.", nil},
	{"a number before a modifier before the name", "“The rules do not hold. They are wrong,” said 9/11 widow Terry Strada.",
		[]want{{"“The rules do not hold. They are wrong,”", "direct", "9/11 widow Terry Strada", "said", "Terry Strada"}}},
	{"an -ing cue's subject after an opening adverb, and before the main verb",
		"Meanwhile, the union attacked Okafor, saying she “has offended every crew on the quay.”",
		[]want{{"she “has offended every crew on the quay.”", "mixed", "the union", "saying", ""}}},
	{"an -ing cue's subject after an opening adjunct", "In a June speech, Okafor turned on the board, saying, “They are careless.”",
		[]want{{"“They are careless.”", "direct", "Okafor", "saying", "Okafor"}}},
	{"a sentence that opens with 'After saying …,' has its subject after the clause",
		"After saying her right foot was “so swollen I could barely walk,” Okafor was taken to hospital.",
		[]want{{"her right foot was “so swollen I could barely walk,”", "mixed", "Okafor", "saying", "Okafor"}}},
	{"'After saying' with no clause reports nothing", "After saying goodbye, she left.", nil},
	{"a participle 'saying that' after a noun reports the clause for the sentence's subject",
		"Okafor posted a series of messages early Friday saying that the council had hired “a crew of amateurs.”",
		[]want{{"a series of messages early Friday", "indirect", "Okafor", "posted", "Okafor"},
			{"the council had hired “a crew of amateurs.”", "mixed", "Okafor", "saying", "Okafor"}}},
	{"'despite admitting that' reports a clause, for the sentence's subject",
		"Councillor Tom Reyes voted for the plan despite admitting that he had concerns about “the cost of the pier.”",
		[]want{{"he had concerns about “the cost of the pier.”", "mixed", "Councillor Tom Reyes", "admitting", "Tom Reyes"}}},
	{"'Despite admitting that …,' reports a clause that ends before the sentence's own subject and cue",
		"Despite admitting that he had concerns about “the cost of the pier,” Reyes said the vote would go ahead.",
		[]want{{"he had concerns about “the cost of the pier,”", "mixed", "Reyes", "admitting", "Reyes"},
			{"the vote would go ahead", "indirect", "Reyes", "said", "Reyes"}}},
	{"a speaker with two appositives after the quote",
		"“It is an invasion of the harbour,” Tom Reyes, the chief engineer of Dover, one of the towns suing the board, said on Monday.",
		[]want{{"“It is an invasion of the harbour,”", "direct", "Tom Reyes, the chief engineer of Dover, one of the towns suing the board", "said", "Tom Reyes"}}},
	{"the words come after the manner of saying them", "Reyes joked, again using a thick southern accent, “Come on up, brother!”",
		[]want{{"“Come on up, brother!”", "direct", "Reyes", "joked", "Reyes"}}},
	{"an -ing cue after a title that ends in a comma inside its marks",
		"“It is fine,” Ruiz said on Harbour Radio's “Morning Tide,” adding, “Okafor's problem is that she is an insider.”",
		[]want{{"“It is fine,”", "direct", "Ruiz", "said", "Ruiz"}, {"“Morning Tide,”", "scare", "", "", ""},
			{"“Okafor's problem is that she is an insider.”", "direct", "Ruiz", "adding", "Ruiz"}}},
	{"interjected", "Ruiz interjected, “Ladies and gentlemen, the mayor.”",
		[]want{{"“Ladies and gentlemen, the mayor.”", "direct", "Ruiz", "interjected", "Ruiz"}}},
	{"one of a group stands alone as the speaker", "Yet another said, “Reyes is in a five-way fight.”",
		[]want{{"“Reyes is in a five-way fight.”", "direct", "another", "said", ""}}},
	{"a name that someone called someone is their words, not a title", "Ruiz said Reyes had called the mayor “Lady Tide” and “Queen Quay” at the meeting.",
		[]want{{"Reyes had called the mayor “Lady Tide” and “Queen Quay” at the meeting", "mixed", "Ruiz", "said", "Ruiz"}}},
	{"a name given with 'as' is the speaker's words", "Okafor praised the skipper as “The Pride Of Dover” for the rescue.",
		[]want{{"the skipper as “The Pride Of Dover” for the rescue", "mixed", "Okafor", "praised", "Okafor"}}},
	{"a quote nested in the same style is the outer speaker's words",
		"“As a young woman, I’d rather live in what he calls “hell” than in a town he runs,” Ruiz said.",
		[]want{{"“As a young woman, I’d rather live in what he calls “hell” than in a town he runs,”", "direct", "Ruiz", "said", "Ruiz"}}},
	{"two quotes nested in the same style", "“We said “no” and “never”,” she said.",
		[]want{{"“We said “no” and “never”,”", "direct", "she", "said", ""}}},
	{"a stray opening mark is not an outer quote", "He said “yes. Then “no” and “maybe” twice.",
		[]want{{"“no”", "scare", "", "", ""}, {"“maybe”", "scare", "", "", ""}}},
	{"a quote after a colon stays direct", "Okafor had one answer: “We rebuild,” she said.",
		[]want{{"“We rebuild,”", "direct", "she", "said", ""}}},
	{"a quote after a comma that opens with a capital stays direct", "After the long storm, “It was the worst in years,” she said.",
		[]want{{"“It was the worst in years,”", "direct", "she", "said", ""}}},
	{"a split quote resumes after the attribution's circumstances",
		"“It was a hard winter,” Okafor said during a visit to Dover, Del., “but the pier held.”",
		[]want{{"“It was a hard winter,”", "direct", "Okafor", "said", "Okafor"}, {"“but the pier held.”", "direct", "Okafor", "said", "Okafor"}}},
	{"a split quote resumes after a named listener and a day",
		"“We lost two boats,” Okafor told Harbour Radio on Monday, “and nearly a third.”",
		[]want{{"“We lost two boats,”", "direct", "Okafor", "told", "Okafor"}, {"“and nearly a third.”", "direct", "Okafor", "told", "Okafor"}}},
	{"a reported clause does not end inside its quotation at 'and' and a cue",
		"Ruiz said the crews expect “to keep clearing the road and repairing what we can.”",
		[]want{{"the crews expect “to keep clearing the road and repairing what we can.”", "mixed", "Ruiz", "said", "Ruiz"}}},
	{"a reported clause does not end inside its quotation at 'he said'",
		"The mayor said voters are tired of hearing “he said this, he posted that.”",
		[]want{{"voters are tired of hearing “he said this, he posted that.”", "mixed", "The mayor", "said", ""}}},
	{"'put it' before a colon and a quote", "Dana Okafor put it bluntly: “We are out of money.”",
		[]want{{"“We are out of money.”", "direct", "Dana Okafor", "put it", "Dana Okafor"}}},
	{"'as X put it' before a quote", "As one fisherman put it, “Nobody asked us.”",
		[]want{{"“Nobody asked us.”", "direct", "one fisherman", "put it", ""}}},
	{"'as X put it' before a long appositive and a quote",
		"As Ruth Adler, a lawyer for the families of the crew, recently put it, “The company knew.”",
		[]want{{"“The company knew.”", "direct", "Ruth Adler, a lawyer for the families of the crew", "put it", "Ruth Adler"}}},
	{"'as X put it' with circumstances, before a clause with a quote",
		"As Lee put it in a letter to the council, the plan “will not survive the winter.”",
		[]want{{"the plan “will not survive the winter.”", "mixed", "Lee", "put it", "Lee"}}},
	{"'put it' before a clause without 'as' reports nothing", "Mr Haddad put it on the table, and the crew read “the list” aloud.",
		[]want{{"“the list”", "scare", "", "", ""}}},
	{"'put it' that is no cue", "She put it in the boat before the storm.", nil},
	{"'went on to say' is one cue, with its subject before 'went'", "Okafor went on to say that the pier would reopen in May.",
		[]want{{"the pier would reopen in May", "indirect", "Okafor", "went on to say", "Okafor"}}},
	{"'has gone on to argue' after an auxiliary", "Since then the council has gone on to argue the loan was never needed.",
		[]want{{"the loan was never needed", "indirect", "the council", "gone on to argue", ""}}},
	{"', going on to say' after an inserted attribution is a cue of its own",
		"The pier is unsafe, Okafor said, going on to say that repairs would take a year.",
		[]want{{"The pier is unsafe", "indirect", "Okafor", "said", "Okafor"},
			{"repairs would take a year", "indirect", "Okafor", "going on to say", "Okafor"}}},
	{"', going on to say' ends the reported clause before it",
		"Okafor said the pier is unsafe, going on to say that repairs would take a year.",
		[]want{{"the pier is unsafe", "indirect", "Okafor", "said", "Okafor"},
			{"repairs would take a year", "indirect", "Okafor", "going on to say", "Okafor"}}},
	{"'went on to' and a verb that is no speech is no cue", "Okafor went on to win the seat in May.", nil},
	{"a pronoun refers to a person named as a subject, with a first name the lexicon lacks",
		"Ana Ruiz spoke first. “We waited too long,” she said.",
		[]want{{"“We waited too long,”", "direct", "she", "said", "Ana Ruiz"}}},
	{"a pronoun refers to a subject named in the paragraph before",
		"Tendai Moyo has run the ferry for years.\n\n“We waited too long,” he said.",
		[]want{{"“We waited too long,”", "direct", "he", "said", "Tendai Moyo"}}},
	{"a clause after 'that' and a comma opens after the comma",
		"Okafor said that, because the pier was closed, the boats had to wait.",
		[]want{{"because the pier was closed, the boats had to wait", "indirect", "Okafor", "said", "Okafor"}}},
	{"'as X put it' after a quote attributes the quote, not the words after it",
		"The ferry would run “at a loss, for good,” as Okafor put it on Monday in Hull, Quebec, where the council met.",
		[]want{{"“at a loss, for good,”", "direct", "Okafor", "put it", "Okafor"}}},
	{"'put it' after an appositive that holds a quoted title takes the subject, no inverted pronoun",
		"Ann Lee, the author of “The Long Pier,” put it best, “The sea keeps what it takes.”",
		[]want{{"“The Long Pier,”", "scare", "", "", ""},
			{"“The sea keeps what it takes.”", "direct", "Ann Lee, the author of “The Long Pier,”", "put it", "Ann Lee"}}},
	{"a headline quotes in single marks: the words are the subject's",
		"Harbour Mayor Vows ‘No More Delays’ on Ferry\n\nThe council met on Monday.",
		[]want{{"‘No More Delays’", "direct", "Harbour Mayor", "Vows", "Harbour Mayor"}}},
	{"a headline's single marks after 'to' quote too, and a colon is the cue",
		"Ferry Workers: Strike Is Our Only Way To ‘Be Heard Again.’\n\nThe union met on Monday.",
		[]want{{"Strike Is Our Only Way To ‘Be Heard Again.’", "mixed", "Ferry Workers", ":", "Ferry Workers"}}},
	{"a headline's single marks after a preposition or a possessive name something",
		"Ferry Returns Before ‘Gala Week’ as Town’s ‘Summer Fair’ Opens\n\nThe boats sail on Monday.",
		[]want{{"‘Gala Week’", "scare", "", "", ""}, {"‘Summer Fair’", "scare", "", "", ""}}},
	{"single marks in a sentence of body text stay scare quotes",
		"The boats sail on Monday.\n\nThe so-called ‘gala week’ starts soon.",
		[]want{{"‘gala week’", "scare", "", "", ""}}},
	{"a headline's capitals do not make a quote in a reported clause a title",
		"Ferry Workers: Pay Is Fair, ‘Every Single Penny’ of It\n\nThe union met on Monday.",
		[]want{{"Pay Is Fair, ‘Every Single Penny’ of It", "mixed", "Ferry Workers", ":", "Ferry Workers"}}},
	{"a headline's single marks after its verb quote the subject",
		"Okafor Says ‘The Ferry Stays’ No Matter the Cost\n\nThe council met on Monday.",
		[]want{{"‘The Ferry Stays’", "direct", "Okafor", "Says", "Okafor"}}},
	{"'the phrase' before a quote: the subject's words",
		"The boats sail on Monday. Ann Lee has often used the phrase “harbour first” in her campaign.",
		[]want{{"“harbour first”", "direct", "Ann Lee", "used", "Ann Lee"}}},
	{"'the phrase' with no subject at the sentence start stays a scare quote",
		"The boats sail on Monday. Using the phrase “harbour first” is risky.",
		[]want{{"“harbour first”", "scare", "", "", ""}}},
	{"a rating verb governs a fragment after its object: a mixed quote",
		"The boats sail on Monday. The Harbour Trust rated half of the claims as “false” in May.",
		[]want{{"half of the claims as “false”", "mixed", "The Harbour Trust", "rated", "Harbour Trust"}}},
	{"a participle 'called' before a title-case quote names a thing, not the subject's words",
		"The boats sail on Monday. A local paper called “The Quay” ran the story.",
		[]want{{"“The Quay”", "scare", "", "", ""}}},
	{"a passive naming verb has no speaker",
		"The boats sail on Monday. The claim was rated “false” by May.",
		[]want{{"“false”", "scare", "", "", ""}}},
	{"a nested quote that ends the paragraph of a multi-paragraph quote stays whole",
		"Ann Lee was there.\n\n\"Ann Lee walked onto the stage, chanting “Go team! Go team!”\n\n\"Kevin was asleep.\n\n“That is right,” she said.",
		[]want{{"\"Ann Lee walked onto the stage, chanting “Go team! Go team!”", "direct", "she", "said", "Ann Lee"},
			{"\"Kevin was asleep.", "direct", "she", "said", "Ann Lee"}, {"“That is right,”", "direct", "she", "said", "Ann Lee"}}},
	{"a transcript's turns inside quotation marks are direct quotes without their labels",
		"The interview went as follows:\n\n\"HOST: Will the ferry run on Sunday?\n\n\"OKAFOR: It will, and on Monday too.\n\n\"(CROSSTALK.)\n\n\"HOST: Thank you.\"",
		[]want{{"Will the ferry run on Sunday?", "direct", "HOST", ":", "HOST"},
			{"It will, and on Monday too.", "direct", "OKAFOR", ":", "OKAFOR"},
			{"\"(CROSSTALK.)", "scare", "", "", ""},
			{"Thank you.", "direct", "HOST", ":", "HOST"}}},
	{"a transcript's turns without quotation marks stay reports",
		"HOST: Will the ferry run on Sunday?\n\nOKAFOR: It will, and on Monday too.",
		[]want{{"Will the ferry run on Sunday?", "indirect", "HOST", ":", "HOST"},
			{"It will, and on Monday too.", "indirect", "OKAFOR", ":", "OKAFOR"}}},
	{"words after a parenthesis are speech",
		"“(Laughs) We will win,” said Ann Lee.",
		[]want{{"“(Laughs) We will win,”", "direct", "Ann Lee", "said", "Ann Lee"}}},
	{"'yelled' and 'screamed' are cues of speech",
		"“Hull,” Ann Lee screamed. Then Tom Reyes yelled “Not again!”",
		[]want{{"“Hull,”", "direct", "Ann Lee", "screamed", "Ann Lee"},
			{"“Not again!”", "direct", "Tom Reyes", "yelled", "Tom Reyes"}}},
	{"a short quote that exclaims or asks is words cried, not a scare quote",
		"The boats sail on Monday. Her fans were shown holding signs, “Go home, Ann!” and “Why not?”",
		[]want{{"“Go home, Ann!”", "direct", "", "", ""}, {"“Why not?”", "direct", "", "", ""}}},
	{"a title that exclaims stays a title",
		"The boats sail on Monday. She starred in the film “Oh Hull No!” last year.",
		[]want{{"“Oh Hull No!”", "scare", "", "", ""}}},
	{"an honorific after a cue and a comma is no inverted speaker alone",
		"Ann Lee, a senior adviser, said Mr. Reyes's remarks were a mess.",
		[]want{{"Mr. Reyes's remarks were a mess", "indirect", "Ann Lee, a senior adviser", "said", "Ann Lee"}}},
	{"a transcript's label in capitals joins the person named before it",
		"Mayor Helen Okafor said the ferry would stay.\n\n\"OKAFOR: We will keep the ferry.\"",
		[]want{{"the ferry would stay", "indirect", "Mayor Helen Okafor", "said", "Helen Okafor"},
			{"We will keep the ferry.", "direct", "OKAFOR", ":", "Helen Okafor"}}},
	{"a verb that takes its object 'as' a quote gives the quote to its subject",
		"The boats sail on Monday. Ann Lee painted the new fares as “a tax on islanders” at the meeting.",
		[]want{{"the new fares as “a tax on islanders”", "mixed", "Ann Lee", "painted", "Ann Lee"}}},
	{"a plural noun before 'as' is no verb: the verb is the one before it",
		"The boats sail on Monday. The Harbour Trust counted 30 of the claims as “false” in May.",
		[]want{{"30 of the claims as “false”", "mixed", "The Harbour Trust", "counted", "Harbour Trust"}}},
	{"a headline's name does not run on into its capitalised verb",
		"Ann Lee Vows ‘No More Delays’ on Ferry\n\nThe council met on Monday.",
		[]want{{"‘No More Delays’", "direct", "Ann Lee", "Vows", "Ann Lee"}}},
}

func TestFind(t *testing.T) { runCases(t, cases) }

// runCases runs Find on each case and compares its quotes with the expected ones.
func runCases(t *testing.T, cases []struct {
	name string
	text string
	want []want
}) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs, ents := Find(c.text)
			checkInvariants(t, c.text, qs, ents)
			if len(qs) != len(c.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(qs), len(c.want), show(c.text, qs, ents))
			}
			for i, w := range c.want {
				q := qs[i]
				speaker := ""
				if q.Speaker >= 0 {
					speaker = ents[q.Speaker].Name
				}
				got := want{c.text[q.Start:q.End], q.Kind, c.text[q.Source.Start:q.Source.End],
					c.text[q.Cue.Start:q.Cue.End], speaker}
				if w.speaker == "" && w.source != "" {
					got.speaker = "" // the test does not pin the entity
				}
				if got != w {
					t.Errorf("quote %d:\n got %q\nwant %q", i, got, w)
				}
			}
		})
	}
}

// TestPronounWithoutAntecedent checks that a pronoun with no person before it stays without a
// speaker: capitalised words before a preposition name a place, not a subject.
func TestPronounWithoutAntecedent(t *testing.T) {
	text := "Boston Harbor in winter is quiet. “We waited too long,” she said."
	qs, ents := Find(text)
	checkInvariants(t, text, qs, ents)
	if len(qs) != 1 || qs[0].Speaker != -1 || text[qs[0].Source.Start:qs[0].Source.End] != "she" {
		t.Errorf("want one quote by an unresolved “she”:\n%s", show(text, qs, ents))
	}
}

// TestEntities checks grouping: the surname and the title join the full name, and two people
// who share a surname stay apart.
func TestEntities(t *testing.T) {
	text := "Russian Foreign Minister Sergey Lavrov said the talks had failed. Lavrov added that " +
		"Moscow would wait. The minister stressed that the door was open.\n\n" +
		"Anna Lind said the vote was fair. Erik Lind, her brother, said it was not. Anna Lind told " +
		"reporters that she would appeal."
	qs, ents := Find(text)
	checkInvariants(t, text, qs, ents)
	names := map[string]int{}
	for _, q := range qs {
		if q.Speaker < 0 {
			t.Fatalf("unattributed quote %q", text[q.Start:q.End])
		}
		names[ents[q.Speaker].Name]++
	}
	for name, n := range map[string]int{"Sergey Lavrov": 3, "Anna Lind": 2, "Erik Lind": 1} {
		if names[name] != n {
			t.Errorf("%s has %d quotes, want %d\n%s", name, names[name], n, show(text, qs, ents))
		}
	}
	for _, e := range ents {
		if e.Name == "Sergey Lavrov" {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, text[m.Start:m.End])
			}
			if got := strings.Join(ms, "|"); got != "Sergey Lavrov|Lavrov|The minister" {
				t.Errorf("Lavrov's mentions are %q", got)
			}
		}
	}
}

// TestCompany checks that "the company" joins the company named before it, and that "the
// ministry" does not join the police.
func TestCompany(t *testing.T) {
	text := "Harbour Holdings Ltd said profits fell. The company said it would cut jobs. Police said " +
		"the road was closed. The ministry said it was sorry."
	qs, ents := Find(text)
	checkInvariants(t, text, qs, ents)
	var got []string
	for _, q := range qs {
		got = append(got, ents[q.Speaker].Name)
	}
	want := "Harbour Holdings Ltd|Harbour Holdings Ltd|Police|The ministry"
	if strings.Join(got, "|") != want {
		t.Errorf("speakers %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestUnbalanced checks that a stray opening mark does not swallow the article.
func TestUnbalanced(t *testing.T) {
	text := "He called it “a disaster and left.\n\n" + strings.Repeat("“It works,” said Ann Lee. ", 3)
	qs, ents := Find(text)
	checkInvariants(t, text, qs, ents)
	n := 0
	for _, q := range qs {
		if q.Kind == "direct" && text[q.Start:q.End] == "“It works,”" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("found %d of the 3 quotes after a stray mark:\n%s", n, show(text, qs, ents))
	}
}

func show(text string, qs []Quote, ents []Entity) string {
	var b strings.Builder
	for _, q := range qs {
		sp := ""
		if q.Speaker >= 0 {
			sp = ents[q.Speaker].Name
		}
		b.WriteString(q.Kind + " " + text[q.Start:q.End] + " | " + text[q.Source.Start:q.Source.End] +
			" | " + text[q.Cue.Start:q.Cue.End] + " | " + sp + "\n")
	}
	return b.String()
}

// checkInvariants fails the test when a result breaks the contract of Find.
func checkInvariants(t testing.TB, text string, qs []Quote, ents []Entity) {
	t.Helper()
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	boundary[len(text)] = true
	in := func(what string, s Span, zeroOK bool) {
		if zeroOK && s == (Span{}) {
			return
		}
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s %v outside the text of %d bytes", what, s, len(text))
		}
		if !boundary[s.Start] || !boundary[s.End] {
			t.Fatalf("%s %v is not on rune boundaries", what, s)
		}
	}
	for i, q := range qs {
		in("quote", q.Span, false)
		if q.IsZero() {
			t.Fatalf("empty quote %v", q.Span)
		}
		in("source", q.Source, true)
		in("cue", q.Cue, true)
		if i > 0 && qs[i-1].Start > q.Start {
			t.Fatalf("quotes out of order at %d", i)
		}
		if q.Speaker < -1 || q.Speaker >= len(ents) {
			t.Fatalf("quote %d has speaker %d of %d", i, q.Speaker, len(ents))
		}
		switch q.Kind {
		case "direct", "indirect", "mixed", "scare":
		default:
			t.Fatalf("quote %d has kind %q", i, q.Kind)
		}
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			in("mention", m, false)
		}
	}
}

// TestLexicon checks what classOf relies on: every word is in lower case and fits in maxWord.
func TestLexicon(t *testing.T) {
	for w := range lex {
		if len(w) > maxWord || strings.ToLower(w) != w {
			t.Errorf("lexicon word %q is too long or not in lower case", w)
		}
	}
}

// TestLinearTime runs Find on long texts without a sentence end, built from patterns that once
// made it quadratic, and fails if any takes more than a second.
func TestLinearTime(t *testing.T) {
	for _, s := range []string{"Mr. A, a b, said, ", "Smith, who says x, said y and ", "A, B, C, D said ",
		"he said the cat sat, ", "“a, ” he said “b ", "’s ‘x ", "\" ", "according to the x, "} {
		text := strings.Repeat(s, 200000/len(s))
		start := time.Now()
		qs, ents := Find(text)
		if d := time.Since(start); d > time.Second {
			t.Errorf("%q repeated: %v", s, d)
		}
		checkInvariants(t, text, qs, ents)
	}
}
