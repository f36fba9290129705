package dates

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// ref is a Wednesday in ISO week 36 of 2024.
var ref = time.Date(2024, 9, 4, 0, 0, 0, 0, time.UTC)

type want struct{ text, typ, value, mod string }

// The sentences are written for these tests. Each case names the rule it checks.
// findCase is one sentence with the expressions Find must give for it.
type findCase struct {
	rule string
	in   string
	ref  time.Time
	want []want
}

var findCases = []findCase{
	// calendar dates
	{"full date, day first", "The bridge opened on 2 September 2024.", ref, []want{{"2 September 2024", "DATE", "2024-09-02", ""}}},
	{"full date, month first", "The bridge opened on Sept. 2, 2024, after a delay.", ref, []want{{"Sept. 2, 2024", "DATE", "2024-09-02", ""}}},
	{"ISO date", "Filed 2024-09-02 by the clerk.", ref, []want{{"2024-09-02", "DATE", "2024-09-02", ""}}},
	{"month and year", "Work began in March 2023.", ref, []want{{"March 2023", "DATE", "2023-03", ""}}},
	{"bare year without its preposition", "The mill closed in 2014.", ref, []want{{"2014", "DATE", "2014", ""}}},
	{"a range is two expressions", "Between 2010 and 2014 the town grew.", ref, []want{{"2010", "DATE", "2010", ""}, {"2014", "DATE", "2014", ""}}},
	{"decade", "The band formed in the 1990s.", ref, []want{{"the 1990s", "DATE", "199", ""}}},
	{"century", "The chapel dates from the 19th century.", ref, []want{{"the 19th century", "DATE", "18", ""}}},
	{"quarter", "Profits rose in the third quarter of 2023.", ref, []want{{"the third quarter of 2023", "DATE", "2023-Q3", ""}}},
	{"half", "Sales slowed in the first half of 2022.", ref, []want{{"the first half of 2022", "DATE", "2022-H1", ""}}},
	{"season", "The pool opened in the summer of 2019.", ref, []want{{"the summer of 2019", "DATE", "2019-SU", ""}}},
	{"weekday with date", "The vote took place on Monday, Sept. 2.", ref, []want{{"Monday, Sept. 2", "DATE", "2024-09-02", ""}}},

	// resolution by tense
	{"weekday, past tense", "The talks ended on Monday.", ref, []want{{"Monday", "DATE", "2024-09-02", ""}}},
	{"weekday, future tense", "The minister will visit the port on Tuesday.", ref, []want{{"Tuesday", "DATE", "2024-09-10", ""}}},
	{"weekday, no tense cue: the reference week", "Ministers meet on Friday in Brussels.", ref, []want{{"Friday", "DATE", "2024-09-06", ""}}},
	{"month, past tense", "The river flooded in June.", ref, []want{{"June", "DATE", "2024-06", ""}}},
	{"month, future tense", "The new line will open in August.", ref, []want{{"August", "DATE", "2025-08", ""}}},
	{"month, no tense cue: the reference year", "Harvest is in October.", ref, []want{{"October", "DATE", "2024-10", ""}}},
	{"a reporting verb dates the report, not the event", "The firm said on Tuesday that, after a long review of costs, the plant closes in November.", ref,
		[]want{{"Tuesday", "DATE", "2024-09-03", ""}, {"November", "DATE", "2024-11", ""}}},
	{"a participle after 'be' takes the auxiliary's tense", "Tours will be offered from August.", ref, []want{{"August", "DATE", "2025-08", ""}}},
	{"a deadline is ahead", "The board was told to decide by November.", ref, []want{{"November", "DATE", "2024-11", ""}}},
	{"a fronted expression dates the report after it", "Over the weekend, unions warned of strikes.", ref, []want{{"the weekend", "DATE", "2024-W35-WE", ""}}},
	{"month and day without a year: the nearest", "Rents rise on Jan. 3 for most tenants.", ref, []want{{"Jan. 3", "DATE", "2025-01-03", ""}}},

	// relative to the reference date
	{"last week is a week", "The shop was closed last week.", ref, []want{{"last week", "DATE", "2024-W35", ""}}},
	{"this year", "Prices rose this year.", ref, []want{{"this year", "DATE", "2024", ""}}},
	{"next month", "The vote is due next month.", ref, []want{{"next month", "DATE", "2024-10", ""}}},
	{"a year ago is a date", "She resigned a year ago.", ref, []want{{"a year ago", "DATE", "2023", ""}}},
	{"three days ago", "The ship docked three days ago.", ref, []want{{"three days ago", "DATE", "2024-09-01", ""}}},
	{"yesterday", "He arrived yesterday.", ref, []want{{"yesterday", "DATE", "2024-09-03", ""}}},
	{"today", "The museum reopens today.", ref, []want{{"today", "DATE", "2024-09-04", ""}}},
	{"tonight", "The concert is tonight.", ref, []want{{"tonight", "TIME", "2024-09-04TNI", ""}}},
	{"earlier this month", "Sales fell earlier this month.", ref, []want{{"earlier this month", "DATE", "2024-09", ""}}},
	{"the weekend, past tense", "Rain fell over the weekend.", ref, []want{{"the weekend", "DATE", "2024-W35-WE", ""}}},
	{"late last July", "The dam broke in late last July.", ref, []want{{"late last July", "DATE", "2024-07", "END"}}},
	{"pinned by an earlier date", "The pact was signed on March 3, 2021, and ratified the next day.", ref,
		[]want{{"March 3, 2021", "DATE", "2021-03-03", ""}, {"the next day", "DATE", "2021-03-04", ""}}},
	{"part of a named day", "The fire started on Monday morning.", ref, []want{{"Monday morning", "TIME", "2024-09-02TMO", ""}}},
	{"clock time with a day", "The strike began at 3 p.m. Tuesday.", ref, []want{{"3 p.m. Tuesday", "TIME", "2024-09-03T15:00", ""}}},

	{"a range of weekdays runs forward", "The festival will run from Friday to Sunday.", ref, []want{{"Friday", "DATE", "2024-09-06", ""}, {"Sunday", "DATE", "2024-09-08", ""}}},
	{"a past range ends before the reference date", "The strike lasted from Monday until Thursday.", ref, []want{{"Monday", "DATE", "2024-08-26", ""}, {"Thursday", "DATE", "2024-08-29", ""}}},

	// present, past, future
	{"now", "The law is now in force.", ref, []want{{"now", "DATE", "PRESENT_REF", ""}}},
	{"recently", "The town was recently flooded.", ref, []want{{"recently", "DATE", "PAST_REF", ""}}},
	{"the past", "In the past, trains ran here.", ref, []want{{"the past", "DATE", "PAST_REF", ""}}},
	{"the future", "Nobody knows what the future holds.", ref, []want{{"the future", "DATE", "FUTURE_REF", ""}}},
	{"today in the generic sense", "In today's world few people write letters.", ref, []want{{"today", "DATE", "PRESENT_REF", ""}}},
	{"today the day", "Today's meeting was cancelled.", ref, []want{{"Today", "DATE", "2024-09-04", ""}}},

	// durations and modifiers
	{"days", "The festival lasted three days.", ref, []want{{"three days", "DURATION", "P3D", ""}}},
	{"hours", "The pumps ran for 5 hours.", ref, []want{{"5 hours", "DURATION", "PT5H", ""}}},
	{"adjectival duration", "It was a two-week strike.", ref, []want{{"two-week", "DURATION", "P2W", ""}}},
	{"a decade", "The project took a decade.", ref, []want{{"a decade", "DURATION", "P1DE", ""}}},
	{"unspecified years", "The feud lasted years.", ref, []want{{"years", "DURATION", "PXY", ""}}},
	{"the past two years", "Prices have doubled over the past two years.", ref, []want{{"the past two years", "DURATION", "P2Y", ""}}},
	{"approximately", "He waited about three weeks.", ref, []want{{"about three weeks", "DURATION", "P3W", "APPROX"}}},
	{"more than", "The case dragged on for more than two years.", ref, []want{{"more than two years", "DURATION", "P2Y", "MORE_THAN"}}},
	{"less than", "The repair took less than a week.", ref, []want{{"less than a week", "DURATION", "P1W", "LESS_THAN"}}},
	{"at least", "Guests must stay at least 30 days.", ref, []want{{"at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE"}}},
	{"up to", "Detention can last up to 90 days.", ref, []want{{"up to 90 days", "DURATION", "P90D", "EQUAL_OR_LESS"}}},
	{"early, mid", "Rates fell in early 2023 and rose by mid-2024.", ref, []want{{"early 2023", "DATE", "2023", "START"}, {"mid-2024", "DATE", "2024", "MID"}}},

	// sets
	{"weekly", "The newsletter appears weekly.", ref, []want{{"weekly", "SET", "P1W", ""}}},
	{"per annum", "The bond pays 5% per annum.", ref, []want{{"per annum", "SET", "P1Y", ""}}},
	{"half code", "Results for H1 2024 were weak.", ref, []want{{"H1 2024", "DATE", "2024-H1", ""}}},
	{"the end of the decade", "Emissions must fall by the end of the decade.", ref, []want{{"the end of the decade", "DATE", "202", "END"}}},
	{"every day at 9", "The bell rings every day at 9.", ref, []want{{"every day at 9", "SET", "XXXX-XX-XXT09:00", ""}}},
	{"every Monday", "The club meets every Monday.", ref, []want{{"every Monday", "SET", "XXXX-WXX-1", ""}}},
	{"weekday nights", "The club meets on Monday nights.", ref, []want{{"Monday nights", "SET", "XXXX-WXX-1TNI", ""}}},
	{"plural weekends", "She works weekends.", ref, []want{{"weekends", "SET", "XXXX-WXX-WE", ""}}},

	// more calendar forms
	{"quarter code", "Revenue in Q3 2024 beat forecasts.", ref, []want{{"Q3 2024", "DATE", "2024-Q3", ""}}},
	{"British clock", "The ferry leaves at 10.30am.", ref, []want{{"10.30am", "TIME", "2024-09-04T10:30", ""}}},
	{"midnight is T24:00", "Polls closed at midnight.", ref, []want{{"midnight", "TIME", "2024-09-04T24:00", ""}}},
	{"abbreviated month after the day", "The deadline is 3 Sept for most firms.", ref, []want{{"3 Sept", "DATE", "2024-09-03", ""}}},
	{"decade without apostrophe", "Tastes changed in the 90s.", ref, []want{{"the 90s", "DATE", "199", ""}}},
	{"decade with a curly apostrophe", "Tastes changed in the ’90s, and again in the ’20s.", ref, []want{{"the ’90s", "DATE", "199", ""}, {"the ’20s", "DATE", "202", ""}}},
	{"years before Christ", "The city was founded in 753 BC.", ref, []want{{"753 BC", "DATE", "BC0753", ""}}},
	{"year with an apostrophe", "The bank failed in ’08, and again in '09.", ref, []want{{"’08", "DATE", "2008", ""}, {"'09", "DATE", "2009", ""}}},
	{"year with an apostrophe before a noun", "After the ’08 crash, rents fell.", ref, []want{{"’08", "DATE", "2008", ""}}},
	{"year with an apostrophe, last century", "She left with the class of ’92.", ref, []want{{"’92", "DATE", "1992", ""}}},
	{"year with an apostrophe, a few years ahead", "The line should open by ’31.", ref, []want{{"’31", "DATE", "2031", ""}}},
	{"a number in single quotation marks is no year", "He wore the number ‘08’ all season.", ref, nil},
	{"a time in minutes and seconds is no year", "She ran it in 4'08\" flat.", ref, nil},
	{"a pair of apostrophes for a quotation mark is no year", "He told ''60 Minutes'' he would stay.", ref, nil},
	{"year with an apostrophe in a history", "The assembly met in 1790. Its rivals sat in the Club of '89.", ref,
		[]want{{"1790", "DATE", "1790", ""}, {"'89", "DATE", "1789", ""}}},
	{"a year range is two years", "He led the club from 1861-1863.", ref, []want{{"1861", "DATE", "1861", ""}, {"1863", "DATE", "1863", ""}}},
	{"second day of a pair", "The summit is on April 24 and 25.", ref, []want{{"April 24", "DATE", "2024-04-24", ""}, {"25", "DATE", "2024-04-25", ""}}},
	{"holiday in three words", "Shops shut on New Year's Day 2025.", ref, []want{{"New Year's Day 2025", "DATE", "2025-01-01", ""}}},
	{"mid-month", "Prices peak in mid-March.", ref, []want{{"mid-March", "DATE", "2024-03", "MID"}}},
	{"part of the day with a position", "Trading was thin in the late afternoon.", ref, []want{{"late afternoon", "TIME", "2024-09-04TAF", "END"}}},
	{"the near term", "Rates may stay high in the near term.", ref, []want{{"the near term", "DATE", "FUTURE_REF", ""}}},
	{"current before a noun", "Under current rules the fee is waived.", ref, []want{{"current", "DATE", "PRESENT_REF", ""}}},
	{"the quarter ended a date", "Sales rose in the quarter ended June 30.", ref, []want{{"the quarter", "DATE", "2024-Q2", ""}, {"June 30", "DATE", "2024-06-30", ""}}},
	{"a year earlier after a quarter", "Profit rose in the second quarter from a year earlier.", ref,
		[]want{{"the second quarter", "DATE", "2024-Q2", ""}, {"a year earlier", "DATE", "2023-Q2", ""}}},
	{"the year-ago quarter", "Profit rose in the second quarter, against a loss in the year-ago quarter.", ref,
		[]want{{"the second quarter", "DATE", "2024-Q2", ""}, {"the year-ago quarter", "DATE", "2023-Q2", ""}}},
	{"the following month, from the last month named", "The mine closed in March 2019. The following month the town protested.", ref,
		[]want{{"March 2019", "DATE", "2019-03", ""}, {"The following month", "DATE", "2019-04", ""}}},
	{"a history keeps its year", "The war began in 1914. In August the armies met in Belgium. By 1916 the front had stalled; it broke in 1918.", ref,
		[]want{{"1914", "DATE", "1914", ""}, {"August", "DATE", "1914-08", ""}, {"1916", "DATE", "1916", ""}, {"1918", "DATE", "1918", ""}}},
	{"possessive weekday looks back", "Shares rose from Friday's close.", ref, []want{{"Friday", "DATE", "2024-08-30", ""}}},
	{"a future seen from the past", "The ship was due back in late July.", ref, []want{{"late July", "DATE", "2024-07", "END"}}},
	{"set to: future", "Talks are set to resume Monday.", ref, []want{{"Monday", "DATE", "2024-09-09", ""}}},
	{"a set with a time", "The market opens every Saturday at 8.", ref, []want{{"every Saturday at 8", "SET", "XXXX-WXX-6T08:00", ""}}},
	{"a rate is a set", "Water is rationed to four hours a day.", ref, []want{{"four hours", "DURATION", "PT4H", ""}, {"a day", "SET", "P1D", ""}}},

	{"half an hour", "The trip takes half an hour.", ref, []want{{"half an hour", "DURATION", "PT30M", ""}}},
	{"ISO date and time", "Logged at 2024-09-02T15:00 by the system.", ref, []want{{"2024-09-02T15:00", "TIME", "2024-09-02T15:00", ""}}},
	{"a century in hundreds", "Settlers arrived in the 1800s.", ref, []want{{"the 1800s", "DATE", "18", ""}}},
	{"a day of this month", "They will meet again on the 15th.", ref, []want{{"the 15th", "DATE", "2024-09-15", ""}}},
	{"last Christmas", "Sales slumped last Christmas.", ref, []want{{"last Christmas", "DATE", "2023-12-25", ""}}},
	{"this past weekend", "We hiked this past weekend.", ref, []want{{"this past weekend", "DATE", "2024-W35-WE", ""}}},

	{"fiscal quarter", "Sales in the fiscal first quarter rose.", ref, []want{{"the fiscal first quarter", "DATE", "2024-Q1", ""}}},
	{"a range of counts", "Parts ship within two to three weeks.", ref, []want{{"two to three weeks", "DURATION", "P2W", ""}}},
	{"a hundred years", "The bridge stood for almost a hundred years.", ref, []want{{"almost a hundred years", "DURATION", "P100Y", "LESS_THAN"}}},
	{"trading days", "The index fell for five trading days.", ref, []want{{"five trading days", "DURATION", "P5D", ""}}},
	{"a part of a named day", "Shares slipped in mid-afternoon yesterday.", ref, []want{{"mid-afternoon yesterday", "TIME", "2024-09-03TAF", ""}}},

	// no reference date: underspecified values
	{"no reference: weekday", "The board meets on Monday.", time.Time{}, []want{{"Monday", "DATE", "XXXX-WXX-1", ""}}},
	{"no reference: month", "The fair opens in August.", time.Time{}, []want{{"August", "DATE", "XXXX-08", ""}}},
	{"no reference: last week", "It rained last week.", time.Time{}, []want{{"last week", "DATE", "XXXX-WXX", ""}}},

	// not times
	{"an age is not a duration", "A 6-year-old boy was found.", ref, nil},
	{"may the verb", "Officials said it may take longer.", ref, nil},
	{"a number is not a year", "The firm has 1,200 staff.", ref, nil},
	{"a count is not a year", "He scored 2000 points.", ref, nil},
	{"a fraction is not a duration", "The country imports three-quarters of its grain.", ref, nil},
	{"a match's half is not a year's", "He scored in the second half.", ref, nil},
	{"a year before a plural noun after 'the'", "The 2014 elections were close.", ref, []want{{"2014", "DATE", "2014", ""}}},
	{"half of the year", "Sales rose in the first half of the year.", ref, []want{{"the first half of the year", "DATE", "2024-H1", ""}}},

	// tense cues that are not tenses
	{"'next to' is a place, not a future", "Two cars burned next to the town hall on Monday.", ref, []want{{"Monday", "DATE", "2024-09-02", ""}}},
	{"'next to' after a past verb", "Windows shattered in the shops next to the station Tuesday.", ref, []want{{"Tuesday", "DATE", "2024-09-03", ""}}},
	// a month with no tense cue: the nearer one when the reference year's is over half a year off
	{"month, no tense, far ahead: last year's", "Her flats, worth a fortune in November, fetch half that.", time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC), []want{{"November", "DATE", "2023-11", ""}}},
	{"month, no tense, far back: next year's", "Interest is payable in February to holders of record.", time.Date(2024, 10, 20, 0, 0, 0, 0, time.UTC), []want{{"February", "DATE", "2025-02", ""}}},
	{"month, no tense, near: the reference year's", "The fair opens in August.", ref, []want{{"August", "DATE", "2024-08", ""}}},
	// the latest quarter is the last completed one, not a forecast one named before it
	{"latest quarter after a forecast quarter", "The storm will mean a fourth-quarter charge. In the latest quarter, the insurer lost $5 million.",
		time.Date(2024, 10, 30, 0, 0, 0, 0, time.UTC), []want{{"fourth-quarter", "DATE", "2024-Q4", ""}, {"the latest quarter", "DATE", "2024-Q3", ""}}},
	{"latest quarter after a completed quarter", "Third-quarter profit rose. In the latest quarter, sales grew.",
		time.Date(2024, 10, 30, 0, 0, 0, 0, time.UTC), []want{{"Third-quarter", "DATE", "2024-Q3", ""}, {"the latest quarter", "DATE", "2024-Q3", ""}}},
	// a quarter a year back leans on the quarter reported, not on one forecast after it
	{"year-ago period after a forecast quarter", "The mill earned $9 million in the third quarter. Losses may last through the second quarter of 2025. In the year-ago period, it earned $12 million.",
		time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"the third quarter", "DATE", "2024-Q3", ""}, {"the second quarter of 2025", "DATE", "2025-Q2", ""}, {"the year-ago period", "DATE", "2023-Q3", ""}}},
	{"the corresponding period last year", "Net was $4 million in the third quarter, up from $3 million in the corresponding period last year.",
		time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"the third quarter", "DATE", "2024-Q3", ""}, {"the corresponding period last year", "DATE", "2023-Q3", ""}}},
	{"the quarter a year ago", "Revenue grew in the second quarter. For the quarter a year ago, the chain lost money.",
		time.Date(2024, 7, 25, 0, 0, 0, 0, time.UTC), []want{{"the second quarter", "DATE", "2024-Q2", ""}, {"the quarter a year ago", "DATE", "2023-Q2", ""}}},
	{"last year's quarter", "Exports slowed in the third quarter; sales abroad for last year's quarter were higher.",
		time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"the third quarter", "DATE", "2024-Q3", ""}, {"last year's quarter", "DATE", "2023-Q3", ""}}},

	// "Now," opening a sentence is a discourse marker; "now" in the clause is the present
	{"Now, as a discourse marker", "Now, the question is who pays.", ref, nil},
	{"Now for, as a discourse marker", "Now for the weather.", ref, nil},
	{"now in the clause", "The ferry now runs late.", ref, []want{{"now", "DATE", "PRESENT_REF", ""}}},
	{"now, after its verb", "The shop is shut now, the owner said.", ref, []want{{"now", "DATE", "PRESENT_REF", ""}}},
	// "later" after a count dates from another day, not from the future
	{"days later: no future", "Two days later, by the bell on Friday, the harbour fund had lost 3%.", ref, []want{{"Two days later", "DATE", "2024-09-06", ""}, {"Friday", "DATE", "2024-08-30", ""}}},
	// a deadline in the past perfect lies in the past
	{"by, past perfect", "Most members had filed their reports by Tuesday.", ref, []want{{"Tuesday", "DATE", "2024-09-03", ""}}},
	{"until, past perfect", "Until Monday, the police had not named a suspect.", ref, []want{{"Monday", "DATE", "2024-09-02", ""}}},
	{"by, a deadline ahead", "The reports must be filed by Friday.", ref, []want{{"Friday", "DATE", "2024-09-06", ""}}},

	// the clause a date is in, not the report around it, sets its tense
	{"announced plans to: the announcement's date", "In September, the group announced plans to sell its port.", time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"September", "DATE", "2024-09", ""}}},
	{"reported clause: no tense of the report", "The bank, which has 40 branches, announced an agreement to buy the lender in January.", time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"January", "DATE", "2025-01", ""}}},
	{"a passive is no report", "Volume was estimated at 1.2 billion shares, up from 900 million shares Thursday.", ref, []want{{"Thursday", "DATE", "2024-08-29", ""}}},
	{"a participle after an article is an adjective", "The bonus will be handed out on a still undisclosed date in February.", time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"February", "DATE", "2025-02", ""}}},
	{"effective: the date a change takes effect", "The board created a new post, effective Feb. 1.", time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"Feb. 1", "DATE", "2025-02-01", ""}}},
	{"until mid-month: a deadline", "The regulator gave the bidder until mid-November to reply.", time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"mid-November", "DATE", "2024-11", "MID"}}},
	{"a when-clause has its own tense", "The owner had not signed, and may lose the house when the case is heard in May.", time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), []want{{"May", "DATE", "2024-05", ""}}},

	{"until a clock time and a day: a deadline", "The agency gave the family until 9 a.m. Tuesday to sign.", time.Date(2024, 9, 9, 0, 0, 0, 0, time.UTC), []want{{"9 a.m. Tuesday", "TIME", "2024-09-10T09:00", ""}}},
	{"until a clock time with a zone and a day", "The offer was extended until 5 p.m. EST Friday.", time.Date(2024, 9, 9, 0, 0, 0, 0, time.UTC), []want{{"5 p.m. EST Friday", "TIME", "2024-09-13T17:00", ""}}},

	// a history: a year looked forward to does not move the narrative; coordinated months share a year
	{"a forward-looking year leaves the narrative's year", "The war began in 1959. On 10 March 1961 the army attacked the fort. If it fell, the road would be open for a campaign in 1962. The garrison gave up on 12 March.",
		time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), []want{{"1959", "DATE", "1959", ""}, {"10 March 1961", "DATE", "1961-03-10", ""}, {"1962", "DATE", "1962", ""}, {"12 March", "DATE", "1961-03-12", ""}}},
	{"a month coordinated with a dated one", "In April and June 1912, the rebels struck the capital.", ref, []want{{"April", "DATE", "1912-04", ""}, {"June 1912", "DATE", "1912-06", ""}}},
	{"a month opening a range into the next year", "The siege lasted from November to February 1871.", ref, []want{{"November", "DATE", "1870-11", ""}, {"February 1871", "DATE", "1871-02", ""}}},

	{"the first two quarters of a year: its first half", "Weak demand may last through the first two quarters of 2025.", ref, []want{{"the first two quarters of 2025", "DATE", "2025-H1", ""}}},
	{"the last two quarters of a year: its second half", "Output recovered in the last two quarters of 2023.", ref, []want{{"the last two quarters of 2023", "DATE", "2023-H2", ""}}},

	{"were planning: plans that still stand", "Fans planned a rally on Saturday and were planning to march to the stadium on Monday.", time.Date(2024, 9, 6, 0, 0, 0, 0, time.UTC), []want{{"Saturday", "DATE", "2024-09-07", ""}, {"Monday", "DATE", "2024-09-09", ""}}},
	{"was due: a future seen from the past", "The report was due in July.", ref, []want{{"July", "DATE", "2024-07", ""}}},

	{"a season coordinated with a dated one", "Both armies spent the spring and early summer of 1916 digging in.", ref, []want{{"the spring", "DATE", "1916-SP", ""}, {"early summer of 1916", "DATE", "1916-SU", "START"}}},
	{"a season before a later one of a dated year", "The siege held through the fall and spring of 1781.", ref, []want{{"the fall", "DATE", "1780-FA", ""}, {"spring of 1781", "DATE", "1781-SP", ""}}},
	{"a history's holiday is the narrative's", "The war began in 1775, spread in 1776 and 1777, and by 1778 the army was hungry. On Christmas night the rebels crossed the river.",
		time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), []want{{"1775", "DATE", "1775", ""}, {"1776", "DATE", "1776", ""}, {"1777", "DATE", "1777", ""}, {"1778", "DATE", "1778", ""}, {"Christmas night", "TIME", "1778-12-25TNI", ""}}},

	{"a year earlier as the base of a comparison", "The plant opened in 2021. Costs rose, compared with a year earlier.", ref, []want{{"2021", "DATE", "2021", ""}, {"a year earlier", "DATE", "2023", ""}}},
	{"a year earlier after an amount", "The mill opened in 2021. Net rose to $5 million from $4 million a year earlier.", ref, []want{{"2021", "DATE", "2021", ""}, {"a year earlier", "DATE", "2023", ""}}},
	{"a year earlier in a narrative", "She left Lyon in 2021, having moved from Paris a year earlier.", ref, []want{{"2021", "DATE", "2021", ""}, {"a year earlier", "DATE", "2020", ""}}},

	{"days later in a history with only a year named", "The war began in 1914, widened in 1915 and 1916, and ended in 1918. In 1915 the Serbs held the north; three days later the south fell.",
		time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), []want{{"1914", "DATE", "1914", ""}, {"1915", "DATE", "1915", ""}, {"1916", "DATE", "1916", ""}, {"1918", "DATE", "1918", ""}, {"1915", "DATE", "1915", ""}, {"three days later", "DATE", "1915-XX-XX", ""}}},

	// what a past verb looks ahead to is not past; an adjective has no tense
	{"agreed to: the agreed act lies ahead", "The council agreed to sell the depot in February.", time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"February", "DATE", "2025-02", ""}}},
	{"decided to: ahead, even with a report after it", "The league has decided to admit two clubs in early March, an official said.", time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC), []want{{"early March", "DATE", "2024-03", "START"}}},
	{"through a month: a deadline", "Lenders extended credit lines through January.", time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"January", "DATE", "2025-01", ""}}},
	{"a planned trip is no future", "On Friday, when the mayor cut short her holiday for the hastily planned visit, the port reopened.", time.Date(2024, 9, 9, 0, 0, 0, 0, time.UTC), []want{{"Friday", "DATE", "2024-09-06", ""}}},
	{"slated: a future", "The next vote is slated for October.", time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), []want{{"October", "DATE", "2025-10", ""}}},
	{"one day after a modal is the future", "Rail may one day reach the valley.", ref, []want{{"one day", "DATE", "FUTURE_REF", ""}}},

	{"through a season spans it", "We have waited through the summer for news.", time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"the summer", "DATE", "2024-SU", ""}}},

	// seasons: the nearer one without a tense; counted from the last date named
	{"a season, no tense, far back: next year's", "This spring the orchard flowers early.", time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC), []want{{"This spring", "DATE", "2025-SP", ""}}},
	{"a season, no tense, far ahead: last year's", "The summer is the busiest season for the ferry.", time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC), []want{{"The summer", "DATE", "2024-SU", ""}}},
	{"autumn, no tense, from February", "The autumn is when the harbour is quiet.", time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC), []want{{"The autumn", "DATE", "2023-FA", ""}}},
	{"a spring without a tense, more than half a year off", "Prices for spring lambs are high.", time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC), nil},
	{"the following spring, that summer, the previous winter", "The dam broke in November 1976. The following spring it was rebuilt, and that summer it flooded. The previous winter had been dry.", ref,
		[]want{{"November 1976", "DATE", "1976-11", ""}, {"The following spring", "DATE", "1977-SP", ""}, {"that summer", "DATE", "1977-SU", ""}, {"The previous winter", "DATE", "1976-WI", ""}}},
	{"the following spring after a year", "The mill opened in 1931; the following spring it burned.", ref, []want{{"1931", "DATE", "1931", ""}, {"the following spring", "DATE", "1932-SP", ""}}},
	{"no reference: the following spring", "We fixed it the following spring.", time.Time{}, []want{{"the following spring", "DATE", "XXXX-SP", ""}}},

	// a day counted from a named day; a period the text is in
	{"the day before a named day", "The day before last Tuesday's hearing, the lawyers met.", ref, []want{{"The day before last Tuesday", "DATE", "2024-09-02", ""}}},
	{"the day after a holiday", "Shops reopen the day after Christmas.", ref, []want{{"the day after Christmas", "DATE", "2024-12-26", ""}}},
	{"that same day", "The council met on 2 May 2023 and the plan was approved that same day.", ref, []want{{"2 May 2023", "DATE", "2023-05-02", ""}, {"that same day", "DATE", "2023-05-02", ""}}},
	{"earlier in the year", "Sales were held back earlier in the year by floods.", ref, []want{{"earlier in the year", "DATE", "2024", ""}}},
	{"later in the day", "The minister flew to Paris on Monday and spoke there later in the day.", ref, []want{{"Monday", "DATE", "2024-09-02", ""}, {"later in the day", "DATE", "2024-09-02", ""}}},
	{"Easter week, past tense", "Pilgrims filled the town as Easter week began.", time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC), []want{{"Easter week", "DATE", "2024-W13", ""}}},

	{"a participle after 'get' has no tense", "The plant is going to start getting hit hard in the spring.", time.Date(2024, 2, 6, 0, 0, 0, 0, time.UTC), []want{{"the spring", "DATE", "2024-SP", ""}}},
	{"the early hours of a day are one expression", "The ship ran aground in the early hours of Thursday morning.", ref, []want{{"the early hours of Thursday morning", "TIME", "2024-08-29TMO", "START"}}},
	{"a count of things a week is a rate", "The airline flies four flights a week to the island.", ref, []want{{"a week", "SET", "P1W", ""}}},

	{"a few days later: the duration, 'later' relates it", "The mill closed on 3 May 2021. A few days later the workers left.", ref, []want{{"3 May 2021", "DATE", "2021-05-03", ""}, {"A few days", "DURATION", "PXD", ""}}},
	{"days later: a day of the anchor's year", "The mill closed on 3 May 2021. Days later the workers left.", ref, []want{{"3 May 2021", "DATE", "2021-05-03", ""}, {"Days later", "DATE", "2021-XX-XX", ""}}},
	{"years later: ahead, year unknown", "The pact was signed in 1848; years later it was forgotten.", ref, []want{{"1848", "DATE", "1848", ""}, {"years later", "DATE", "FUTURE_REF", ""}}},
	{"the latest fiscal year: the last one completed", "Sales rose 5% in the latest fiscal year.", ref, []want{{"the latest fiscal year", "DATE", "2023", ""}}},
	{"a year after post-", "The post-1989 borders held.", ref, []want{{"1989", "DATE", "1989", ""}}},
	{"a unit joined to -long", "After a day-long meeting, the decades-long feud ended.", ref, []want{{"day-long", "DURATION", "P1D", ""}, {"decades-long", "DURATION", "PXDE", ""}}},
	{"at a later date", "The firm will sell shares at a later date.", ref, []want{{"a later date", "DATE", "FUTURE_REF", ""}}},
	{"over the years", "Over the years the village shrank.", ref, []want{{"the years", "DURATION", "PXY", ""}}},
	{"the months that followed", "In the months that followed, prices fell.", ref, []want{{"the months", "DURATION", "PXM", ""}}},
	{"in the morning: that part of the day the text is at", "Trading opened on Friday. Buyers were active in the morning.", ref, []want{{"Friday", "DATE", "2024-08-30", ""}, {"the morning", "TIME", "2024-08-30TMO", ""}}},

	{"a passing quarter is not the one reported", "Net rose 9% in the third quarter from a year ago. After a flat second quarter, sales recovered. In the year-earlier period, the firm lost money.",
		time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"the third quarter", "DATE", "2024-Q3", ""}, {"a year ago", "DATE", "2023-Q3", ""}, {"second quarter", "DATE", "2024-Q2", ""}, {"the year-earlier period", "DATE", "2023-Q3", ""}}},
	{"a quarter that modifies a noun is the report's", "The mill posted a third-quarter loss. A year earlier it earned $2 million.",
		time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), []want{{"third-quarter", "DATE", "2024-Q3", ""}, {"A year earlier", "DATE", "2023-Q3", ""}}},
	{"the last half of a decade: its end", "Sales followed the trend of the last half of the '80s.", ref, []want{{"the last half of the '80s", "DATE", "198", "END"}}},

	{"current before a count", "Fares rose from the current four crossings a week.", ref, []want{{"current", "DATE", "PRESENT_REF", ""}, {"a week", "SET", "P1W", ""}}},
	{"is the nth day of: the day the text is at", "Today is the eighth day of the strike.", ref, []want{{"Today", "DATE", "2024-09-04", ""}, {"the eighth day", "DATE", "2024-09-04", ""}}},

	{"a sentence that ends inside quotation marks", "``Farms are going to start to feel it in the spring.'' Exports fell.", time.Date(2024, 2, 6, 0, 0, 0, 0, time.UTC), []want{{"the spring", "DATE", "2024-SP", ""}}},
	{"a sentence that ends inside curly quotation marks", "“Farms are going to start to feel it in the spring.” Exports fell.", time.Date(2024, 2, 6, 0, 0, 0, 0, time.UTC), []want{{"the spring", "DATE", "2024-SP", ""}}},

	{"the week after next", "The sale ends the week after next.", ref, []want{{"the week after next", "DATE", "2024-W38", ""}}},
	{"the year before last", "Prices peaked the year before last.", ref, []want{{"the year before last", "DATE", "2022", ""}}},
	{"two Fridays ago", "She visited two Fridays ago.", ref, []want{{"two Fridays ago", "DATE", "2024-08-23", ""}}},

	{"the first day of a range takes the second's month", "The talks ran from 9 to 11 September.", ref, []want{{"9", "DATE", "2024-09-09", ""}, {"11 September", "DATE", "2024-09-11", ""}}},
	{"the first day of a hyphenated range takes the second's year", "The fair ran 3-5 June 2023.", ref, []want{{"3", "DATE", "2023-06-03", ""}, {"5 June 2023", "DATE", "2023-06-05", ""}}},
	{"a count before a range is no day", "He scored 9 to 11 points on 3 May.", ref, []want{{"3 May", "DATE", "2024-05-03", ""}}},

	{"coordinated centuries", "Castles were built in the 18th and 19th centuries.", ref, []want{{"the 18th", "DATE", "17", ""}, {"19th centuries", "DATE", "18", ""}}},
	{"a year written short after a season", "They met in the summer of '69.", ref, []want{{"the summer of '69", "DATE", "1969-SU", ""}}},
	{"the fiscal year and its number", "The fiscal year 2024 ended in June.", ref, []want{{"The fiscal year 2024", "DATE", "2024", ""}, {"June", "DATE", "2024-06", ""}}},

	// names that hold temporal words
	{"high noon is no clock time", "For the town, high noon comes today.", ref, []want{{"today", "DATE", "2024-09-04", ""}}},
	{"a programme's title", `The minister said on the programme "This Week" that taxes would rise.`, ref, nil},

	// daily, weekly, hourly recur even before a noun
	{"daily before a noun", "The strain shows in his daily life.", ref, []want{{"daily", "SET", "P1D", ""}}},
	{"daily naming a newspaper", "The party daily Tribuna printed the letter.", ref, []want{{"daily", "SET", "P1D", ""}}},
	{"weekly before a noun", "The mayor spoke in her weekly radio address.", ref, []want{{"weekly", "SET", "P1W", ""}}},
	{"average daily volume is a measure", "The average daily volume was 90 million shares.", ref, nil},
	{"a quarterly dividend is not a set", "The bank raised its quarterly dividend.", ref, nil},
}

func TestFind(t *testing.T) { checkFind(t, findCases) }

// checkFind runs Find on each case and wants exactly its expressions, with the invariants.
func checkFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		got := Find(c.in, c.ref)
		var gw []want
		for _, e := range got {
			gw = append(gw, want{c.in[e.Start:e.End], e.Type, e.Value, e.Mod})
		}
		if len(gw) != len(c.want) {
			t.Errorf("%s: Find(%q) = %v, want %v", c.rule, c.in, gw, c.want)
			continue
		}
		for i := range gw {
			if gw[i] != c.want[i] {
				t.Errorf("%s: Find(%q)[%d] = %v, want %v", c.rule, c.in, i, gw[i], c.want[i])
			}
		}
		checkInvariants(t, c.in, got)
	}
}

var refCases = []struct {
	in         string
	ok         bool
	date, from string
}{
	{"Harbour reopens\nPublished 3 September 2024\n\nThe harbour reopened.", true, "2024-09-03", "3 September 2024"},
	{"Updated: 2024-09-03 10:00 UTC\nBody text.", true, "2024-09-03", "2024-09-03"},
	{"By Ana Ruiz, Sept. 3, 2024\n\nThe council met.", true, "2024-09-03", "Sept. 3, 2024"},
	{"Climate talks stall\nTue 3 Sep 2024 14.05 BST\n\nDelegates left early.", true, "2024-09-03", "Tue 3 Sep 2024"},
	{"WASHINGTON, Sept. 3, 2024 (Reuters) - The Senate voted.", true, "2024-09-03", "Sept. 3, 2024"},
	// the city's country or state may follow it, in wire style
	{"MOMBASA, Kenya, 4 Feb 2025 (Reuters) - The rains came early.", true, "2025-02-04", "4 Feb 2025"},
	{"SPRINGFIELD, Ill., Feb. 4, 2025 (AP) — The rains came early.", true, "2025-02-04", "Feb. 4, 2025"},
	{"PORT LOUIS, Mauritius, 4 February 2025 – The rains came early.", true, "2025-02-04", "4 February 2025"},
	// a sentence before the date is no dateline, whatever its capitals
	{"In Kenya, Mombasa, Feb. 4, 2025 (a Tuesday) was wet.", false, "", ""},
	// a date in running prose is what the story is about, not when it was written
	{"On March 3, 2021, the council voted to close the pier.", false, "", ""},
	// a dateline without a year is not enough: the year would be a guess
	{"WASHINGTON, March 3 (Reuters) - The Senate voted.", false, "", ""},
	{"No date anywhere in this text.", false, "", ""},
}

func TestDetectReference(t *testing.T) {
	for _, c := range refCases {
		d, s, e, ok := DetectReference(c.in)
		if ok != c.ok {
			t.Errorf("DetectReference(%q) ok = %v, want %v", c.in, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := d.Format(time.DateOnly); got != c.date || c.in[s:e] != c.from {
			t.Errorf("DetectReference(%q) = %s from %q, want %s from %q", c.in, got, c.in[s:e], c.date, c.from)
		}
	}
}

var describeCases = []struct{ value, mod, want string }{
	{"2024-09-02", "", "Monday 2 September 2024"},
	{"2024-W35", "", "the week of 26 August 2024"},
	{"2024-W35-WE", "", "the weekend of 31 August 2024"},
	{"P3W", "APPROX", "about three weeks"},
	{"2024-09", "", "September 2024"},
	{"2024-08", "END", "late August 2024"},
	{"PRESENT_REF", "", "the present"},
	{"PAST_REF", "", "the past"},
	{"2024-09-02TEV", "", "the evening of Monday 2 September 2024"},
	{"2024-09-02T15:00", "", "15:00 on Monday 2 September 2024"},
	{"2024", "", "2024"},
	{"199", "", "the 1990s"},
	{"19", "", "the 20th century"},
	{"2024-Q3", "", "the third quarter of 2024"},
	{"2024-H1", "", "the first half of 2024"},
	{"2024-SU", "", "summer 2024"},
	{"XXXX-08", "", "August"},
	{"XXXX-WXX-1", "", "a Monday"},
	{"PT5H", "", "five hours"},
	{"P2Y6M", "MORE_THAN", "more than two years and six months"},
	{"P1DE", "", "one decade"},
	{"PXY", "", "years"},
	{"P30D", "EQUAL_OR_MORE", "at least 30 days"},
	{"P99999999999999999999999Y", "", "99999999999999999999999 years"}, // a count too long for an int
	{"XXXX-XX-XXT09:00", "", "09:00"},
	{"XXXX-WXX-6T09:00", "", "09:00 on a Saturday"},
	{"BC0480", "", "480 BC"},
	{"BC04", "", "the 5th century BC"},
	{"BC048", "", "the 480s BC"},
	{"0043", "", "AD 43"},
	{"2000", "APPROX", "about 2000"},
	{"199", "START", "the early 1990s"},
	{"1792-WXX", "", "a week of 1792"},
	{"XXXX-WXX", "", "a week"},
	{"XXXX", "START", "the start of a year"},
	{"XXXX", "", "a year"},
	{"18", "END", "the late 19th century"},
	{"2024-W36", "END", "the end of the week of 2 September 2024"},
	{"2024-Q3", "START", "the start of the third quarter of 2024"},
	{"2023", "END", "late 2023"},
	{"nonsense", "", "nonsense"},
}

func TestDescribe(t *testing.T) {
	for _, c := range describeCases {
		if got := Describe(c.value, c.mod); got != c.want {
			t.Errorf("Describe(%q, %q) = %q, want %q", c.value, c.mod, got, c.want)
		}
	}
}

var validTypes = map[string]bool{"DATE": true, "TIME": true, "DURATION": true, "SET": true}

func checkInvariants(t *testing.T, text string, es []Expr) {
	t.Helper()
	last := 0
	for _, e := range es {
		if e.Start < last || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("bad span [%d,%d) after %d in %q", e.Start, e.End, last, text)
		}
		if !utf8.RuneStart(text[e.Start]) || e.End < len(text) && !utf8.RuneStart(text[e.End]) {
			t.Fatalf("span [%d,%d) not on rune boundaries in %q", e.Start, e.End, text)
		}
		if e.Value == "" || !validTypes[e.Type] {
			t.Fatalf("bad value or type %+v in %q", e, text)
		}
		last = e.End
	}
}

func FuzzFind(f *testing.F) {
	for _, cases := range [][]findCase{findCases, phrasingCases, phrasingCases2} {
		for _, c := range cases {
			f.Add(c.in, c.ref.IsZero())
		}
	}
	f.Add("’s 3 p.m. Jan. – 2024-W35 Ťuesday 1990s '80s", false)
	f.Add("2\u00e9nite 2nit 3Q 1H 03.09.20240 0900GMT Q4' FY 2 fri, 480 BC. In 1815 the turn of", false)
	f.Fuzz(func(t *testing.T, text string, noRef bool) {
		r := ref
		if noRef {
			r = time.Time{}
		}
		es := Find(text, r) // must not panic on any bytes
		DetectReference(text)
		if utf8.ValidString(text) { // package annotate hands Find valid UTF-8 only
			checkInvariants(t, text, es)
		}
	})
}

// A long account of the years before its reference date is a history even when those years lie
// within a decade of it: a month without a year follows the narrative, not the reference date.
func TestRecentHistory(t *testing.T) {
	var b strings.Builder
	for y := 2001; y <= 2007; y++ {
		for _, s := range []string{"The council met in %d. ", "Its budget for %d was cut. ", "The %d report was late. "} {
			b.WriteString(strings.Replace(s, "%d", string(rune('0'+y/1000))+string(rune('0'+y/100%10))+string(rune('0'+y/10%10))+string(rune('0'+y%10)), 1))
		}
	}
	b.WriteString("On 4 March 2006 the mayor resigned. In November, a new mayor was elected.")
	text := b.String()
	got := Find(text, time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC))
	last := got[len(got)-1]
	if s := text[last.Start:last.End]; s != "November" || last.Value != "2006-11" {
		t.Errorf("last expression = %q %s, want November 2006-11", s, last.Value)
	}
	// a news story naming its own year is no history
	news := "Sales rose in 2009, and in 2008. In November, the firm hired staff."
	got = Find(news, time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC))
	if last := got[len(got)-1]; last.Value != "2009-11" {
		t.Errorf("news: November = %s, want 2009-11", last.Value)
	}
}
