package dates

import (
	"testing"
	"time"
)

// phrasingCases are date phrasings that the three scored corpora (TBAQ: American wire news of the
// 1990s; WikiWars: histories; tweets) hold few of or none: British and Commonwealth date order,
// numeric dates read by the article's own order, decades and their parts, fiscal years and quarter
// codes, relative phrases of British news, clock times with zones, and the shorthand of social
// media. Each sentence is written for this test, and each value is the one the TimeML
// guidelines give, resolved against ref (Wednesday 4 September 2024, ISO week 36).
var phrasingCases = []findCase{
	// British and Commonwealth order
	{"weekday before a day-first date", "The inquiry opened on Tuesday 3 September 2024.", ref, []want{{"Tuesday 3 September 2024", "DATE", "2024-09-03", ""}}},
	{"weekday before a day-first date, no year", "The final was played on Saturday 31 August.", ref, []want{{"Saturday 31 August", "DATE", "2024-08-31", ""}}},
	{"ordinal day before the month", "The report, dated 3rd September 2024, was leaked.", ref, []want{{"3rd September 2024", "DATE", "2024-09-03", ""}}},
	{"the nth of a month", "Parliament returns on the 9th of September.", ref, []want{{"the 9th of September", "DATE", "2024-09-09", ""}}},
	{"the first of a month", "The new rules apply from the 1st of October.", ref, []want{{"the 1st of October", "DATE", "2024-10-01", ""}}},
	{"abbreviated weekday and month", "Polling day is Mon 2 Sep in the north.", ref, []want{{"Mon 2 Sep", "DATE", "2024-09-02", ""}}},
	{"day-first date opening a sentence", "From 1 October, fees rise by a tenth.", ref, []want{{"1 October", "DATE", "2024-10-01", ""}}},
	{"Commonwealth abbreviated month first", "Nominations close on Sept. 13 in every ward.", ref, []want{{"Sept. 13", "DATE", "2024-09-13", ""}}},
	{"a day-first range in one month", "The show runs from 12-15 Sept in the city hall.", ref, []want{{"12", "DATE", "2024-09-12", ""}, {"15 Sept", "DATE", "2024-09-15", ""}}},
	{"a day of this month", "The contract was signed on the 3rd.", ref, []want{{"the 3rd", "DATE", "2024-09-03", ""}}},

	// numeric dates, read in the order the article writes its dates
	{"numeric date in a day-first article", "LONDON, 4 September 2024 – The letter was dated 03/09/2024.", ref,
		[]want{{"4 September 2024", "DATE", "2024-09-04", ""}, {"03/09/2024", "DATE", "2024-09-03", ""}}},
	{"numeric date in a month-first article", "WASHINGTON, Sept. 4, 2024 – The letter was dated 09/03/2024.", ref,
		[]want{{"Sept. 4, 2024", "DATE", "2024-09-04", ""}, {"09/03/2024", "DATE", "2024-09-03", ""}}},
	{"numeric date after a day-first date in the prose", "The council met on 2 September. Its minutes, dated 03/09/2024, were published.", ref,
		[]want{{"2 September", "DATE", "2024-09-02", ""}, {"03/09/2024", "DATE", "2024-09-03", ""}}},
	{"numeric date that can only be day-first", "The form was stamped 13/09/2024.", ref, []want{{"13/09/2024", "DATE", "2024-09-13", ""}}},
	{"dotted numeric date is day-first", "The notice is dated 03.09.2024 in the register.", ref, []want{{"03.09.2024", "DATE", "2024-09-03", ""}}},
	{"numeric date with a two-digit year", "LONDON, 4 September 2024 – Forms dated 03/09/24 were lost.", ref,
		[]want{{"4 September 2024", "DATE", "2024-09-04", ""}, {"03/09/24", "DATE", "2024-09-03", ""}}},
	{"a two-digit year of the last century", "The deed is dated 12/25/98.", ref, []want{{"12/25/98", "DATE", "1998-12-25", ""}}},
	{"a fraction is no date", "He won 3/4 of the vote and 1/2/3 of the rest.", ref, nil},
	{"numeric date with no hint: month first", "The letter was dated 03/09/2024.", ref, []want{{"03/09/2024", "DATE", "2024-03-09", ""}}},

	// decades and centuries
	{"a decade of this century", "Housing prices doubled in the 2010s.", ref, []want{{"the 2010s", "DATE", "201", ""}}},
	{"the Noughties", "The band was famous in the Noughties.", ref, []want{{"the Noughties", "DATE", "200", ""}}},
	{"the early part of a decade", "The plant closed in the early 1990s.", ref, []want{{"the early 1990s", "DATE", "199", "START"}}},
	{"mid-decade", "The club was founded in the mid-1990s.", ref, []want{{"the mid-1990s", "DATE", "199", "MID"}}},
	{"the late part of a short decade", "Grunge faded in the late '90s.", ref, []want{{"the late '90s", "DATE", "199", "END"}}},
	{"this century", "It is the worst drought of the 21st century.", ref, []want{{"the 21st century", "DATE", "20", ""}}},
	{"the turn of the century", "The mill was busiest at the turn of the century.", ref, []want{{"the turn of the century", "DATE", "2000", "APPROX"}}},

	// relative phrases
	{"early next year", "The bridge should reopen early next year.", ref, []want{{"early next year", "DATE", "2025", "START"}}},
	{"late last year", "The firm was sold late last year.", ref, []want{{"late last year", "DATE", "2023", "END"}}},
	{"the end of next month", "A decision is due by the end of next month.", ref, []want{{"the end of next month", "DATE", "2024-10", "END"}}},
	{"the second half of next year", "Rates may fall in the second half of next year.", ref, []want{{"the second half of next year", "DATE", "2025-H2", ""}}},
	{"a month of last year", "The pier collapsed in September last year.", ref, []want{{"September last year", "DATE", "2023-09", ""}}},
	{"a month of next year", "The works will finish in March next year.", ref, []want{{"March next year", "DATE", "2025-03", ""}}},
	// "this time" stays out: the annotated tweets mark "last year" alone, a year (2 of 2), and
	// WikiWars marks "this time" apart
	{"this time last year: last year", "This time last year the reservoir was full.", ref, []want{{"last year", "DATE", "2023", ""}}},
	{"this time next year: next year", "The stadium will be open this time next year.", ref, []want{{"next year", "DATE", "2025", ""}}},
	{"a fortnight ago: a week, as 'two weeks ago' is", "The ferry ran aground a fortnight ago.", ref, []want{{"a fortnight ago", "DATE", "2024-W34", ""}}},
	{"the past fortnight", "Rain has fallen for the past fortnight.", ref, []want{{"the past fortnight", "DURATION", "P2W", ""}}},
	{"a decade ago", "The square was rebuilt a decade ago.", ref, []want{{"a decade ago", "DATE", "2014", ""}}},
	{"the past two weeks", "Fuel prices have risen over the past two weeks.", ref, []want{{"the past two weeks", "DURATION", "P2W", ""}}},
	{"the last twelve months", "Crime fell over the last 12 months.", ref, []want{{"the last 12 months", "DURATION", "P12M", ""}}},
	{"the next few days", "Talks will resume in the next few days.", ref, []want{{"the next few days", "DURATION", "PXD", ""}}},
	{"the coming weeks", "More storms are expected in the coming weeks.", ref, []want{{"the coming weeks", "DURATION", "PXW", ""}}},
	{"recent years", "Tourism has grown in recent years.", ref, []want{{"recent years", "DURATION", "PXY", ""}}},
	{"a count of days before an event", "The mayor resigned two days after the election.", ref, []want{{"two days", "DURATION", "P2D", ""}}},
	{"a count of weeks before an event", "Posters went up three weeks before the vote.", ref, []want{{"three weeks", "DURATION", "P3W", ""}}},
	{"a couple of weeks", "The repairs will take a couple of weeks.", ref, []want{{"a couple of weeks", "DURATION", "P2W", ""}}},
	{"nearly a decade", "The case has dragged on for nearly a decade.", ref, []want{{"nearly a decade", "DURATION", "P1DE", "LESS_THAN"}}},
	{"the start of the year", "Prices have risen since the start of the year.", ref, []want{{"the start of the year", "DATE", "2024", "START"}}},
	{"on a weekday, past", "The minister resigned on Tuesday.", ref, []want{{"Tuesday", "DATE", "2024-09-03", ""}}},
	{"last month", "Exports fell sharply last month.", ref, []want{{"last month", "DATE", "2024-08", ""}}},
	{"last with a weekday", "The ship left port last Tuesday.", ref, []want{{"last Tuesday", "DATE", "2024-09-03", ""}}},
	{"mid-month, ahead", "The vote is expected in mid-September.", ref, []want{{"mid-September", "DATE", "2024-09", "MID"}}},
	{"the day before yesterday", "The road was closed the day before yesterday.", ref, []want{{"the day before yesterday", "DATE", "2024-09-02", ""}}},
	{"the day after tomorrow", "The pool reopens the day after tomorrow.", ref, []want{{"the day after tomorrow", "DATE", "2024-09-06", ""}}},
	{"last night", "Thieves broke in last night.", ref, []want{{"last night", "TIME", "2024-09-03TNI", ""}}},
	{"earlier today", "The station was evacuated earlier today.", ref, []want{{"earlier today", "DATE", "2024-09-04", ""}}},
	{"this afternoon", "The results will be announced this afternoon.", ref, []want{{"this afternoon", "TIME", "2024-09-04TAF", ""}}},
	{"a weekday night, past", "Fans celebrated on Sunday night.", ref, []want{{"Sunday night", "TIME", "2024-09-01TNI", ""}}},
	{"a weekday evening, ahead", "The minister will speak on Thursday evening.", ref, []want{{"Thursday evening", "TIME", "2024-09-05TEV", ""}}},
	{"twice a week", "The market opens twice a week.", ref, []want{{"twice a week", "SET", "P1W", ""}}},

	// quarters, halves and fiscal years
	{"quarter code with a year", "Deliveries start in Q3 2025.", ref, []want{{"Q3 2025", "DATE", "2025-Q3", ""}}},
	{"quarter code alone, past", "Sales fell in Q1.", ref, []want{{"Q1", "DATE", "2024-Q1", ""}}},
	{"half code with a year", "The mine reopens in H2 2025.", ref, []want{{"H2 2025", "DATE", "2025-H2", ""}}},
	{"fiscal and a year", "Revenue rose 4% in fiscal 2024.", ref, []want{{"fiscal 2024", "DATE", "2024", ""}}},
	{"FY and a year", "The airline expects a profit in FY2025.", ref, []want{{"FY2025", "DATE", "2025", ""}}},
	{"a quarter of a fiscal year", "Revenue rose in Q3 FY25.", ref, []want{{"Q3 FY25", "DATE", "2025-Q3", ""}}},
	{"the quarter of fiscal and a year", "Sales grew in the third quarter of fiscal 2025.", ref, []want{{"the third quarter of fiscal 2025", "DATE", "2025-Q3", ""}}},
	{"an analysts' quarter code", "Profit fell in 3Q24 and rose in 4Q 2024.", ref, []want{{"3Q24", "DATE", "2024-Q3", ""}, {"4Q 2024", "DATE", "2024-Q4", ""}}},
	{"an analysts' half code", "Margins widened in 1H 2024.", ref, []want{{"1H 2024", "DATE", "2024-H1", ""}}},
	{"a quarter code with a short year", "Results for Q4'23 were weak.", ref, []want{{"Q4'23", "DATE", "2023-Q4", ""}}},
	{"fiscal year and a year", "Spending was cut in fiscal year 2023.", ref, []want{{"fiscal year 2023", "DATE", "2023", ""}}},

	// clock times with zones
	{"pm with a British zone", "Polls close at 10pm BST.", ref, []want{{"10pm BST", "TIME", "2024-09-04T22:00", ""}}},
	{"24-hour clock with GMT", "The launch is at 14:30 GMT.", ref, []want{{"14:30 GMT", "TIME", "2024-09-04T14:30", ""}}},
	{"wire-style four digits and a zone", "Trading resumes at 0900 GMT.", ref, []want{{"0900 GMT", "TIME", "2024-09-04T09:00", ""}}},
	{"a.m. with ET", "The hearing starts at 9:15 a.m. ET.", ref, []want{{"9:15 a.m. ET", "TIME", "2024-09-04T09:15", ""}}},
	{"pm with an Australian zone", "The count begins at 3pm AEST.", ref, []want{{"3pm AEST", "TIME", "2024-09-04T15:00", ""}}},

	// social media
	{"2nite", "c u at the game 2nite", ref, []want{{"2nite", "TIME", "2024-09-04TNI", ""}}},
	{"tonite", "big show tonite!!", ref, []want{{"tonite", "TIME", "2024-09-04TNI", ""}}},
	{"tmrw", "party at mine tmrw", ref, []want{{"tmrw", "DATE", "2024-09-05", ""}}},
	{"2moro", "exam 2moro, wish me luck", ref, []want{{"2moro", "DATE", "2024-09-05", ""}}},
	{"2day", "so tired 2day", ref, []want{{"2day", "DATE", "2024-09-04", ""}}},
	{"yday", "saw the match yday, what a goal", ref, []want{{"yday", "DATE", "2024-09-03", ""}}},
	{"this wknd", "camping this wknd with the kids", ref, []want{{"this wknd", "DATE", "2024-W36-WE", ""}}},
	{"nxt week", "new album out nxt week", ref, []want{{"nxt week", "DATE", "2024-W37", ""}}},

	// history narratives
	{"a day counted in a history", "In 1815 the army marched north. On 18 June it met the enemy; two days later the city fell.", ref,
		[]want{{"1815", "DATE", "1815", ""}, {"18 June", "DATE", "1815-06-18", ""}, {"two days later", "DATE", "1815-06-20", ""}}},
	{"a month of a year before the common era", "The battle was fought in June 479 BC.", ref, []want{{"June 479 BC", "DATE", "BC0479-06", ""}}},
	{"a day of a year before the common era", "The fleet sailed on 17 September 480 B.C. at dawn.", ref, []want{{"17 September 480 B.C.", "DATE", "BC0480-09-17", ""}}},
	{"a day with no year keeps a narrative before the common era", "The fleet sailed in 480 BC. That same day the army left, and in September it reached the coast.", time.Time{},
		[]want{{"480 BC", "DATE", "BC0480", ""}, {"That same day", "DATE", "XXXX-XX-XX", ""}, {"September", "DATE", "BC0480-09", ""}}},
	{"that afternoon: a part of the day last named", "The siege ended on 14 July 1789. The prison fell that afternoon.", ref,
		[]want{{"14 July 1789", "DATE", "1789-07-14", ""}, {"that afternoon", "TIME", "1789-07-14TAF", ""}}},
	{"that afternoon opening the text", "That afternoon the prison fell.", ref, []want{{"That afternoon", "TIME", "2024-09-04TAF", ""}}}, // found by FuzzFind
	{"that morning in a clause is no time", "He said that morning traffic was light.", ref, nil},
	{"at night, in the news of the day", "The pumps ran at night to clear the tunnel.", ref, []want{{"night", "TIME", "2024-09-04TNI", ""}}},
	{"at month's end: the month the text is at", "Stores cut prices at first. At month's end the shelves were empty.", ref,
		[]want{{"month's end", "DATE", "2024-09", "END"}}},
	{"by week's end", "A deal is expected by week's end.", ref, []want{{"week's end", "DATE", "2024-W36", "END"}}},
	{"the morning of a dated day", "The landings began on the morning of 6 June 1944.", ref, []want{{"the morning of 6 June 1944", "TIME", "1944-06-06TMO", ""}}},
	{"that autumn after a year", "The treaty was signed in 1648. That autumn the armies went home.", ref, []want{{"1648", "DATE", "1648", ""}, {"That autumn", "DATE", "1648-FA", ""}}},

	// the rules above, from the other side: what they must not take, and their other forms
	{"a weekday abbreviation alone stays out", "The sun rose at six.", ref, nil},
	{"an abbreviated weekday and month first", "Doors open Tue Sept. 3 at the hall.", ref, []want{{"Tue Sept. 3", "DATE", "2024-09-03", ""}}},
	{"a numeric date after month-first dates", "The council met on September 2. Its report, dated 03/09/2024, was late.", ref,
		[]want{{"September 2", "DATE", "2024-09-02", ""}, {"03/09/2024", "DATE", "2024-03-09", ""}}},
	{"a numeric date after an unambiguous day-first one", "Forms dated 13/08/2024 and 03/09/2024 were lost.", ref,
		[]want{{"13/08/2024", "DATE", "2024-08-13", ""}, {"03/09/2024", "DATE", "2024-09-03", ""}}},
	{"a version number is no date", "Install release 10.4.2024.3 of the tool.", ref, nil},
	{"meeting minutes are no duration", "Its minutes were published.", ref, nil},
	{"FY and two digits", "Margins improved in FY25.", ref, []want{{"FY25", "DATE", "2025", ""}}},
	{"the turn of a named century", "Steam arrived at the turn of the 20th century.", ref, []want{{"the turn of the 20th century", "DATE", "1900", "APPROX"}}},
	{"the turn of the century in a history", "The war began in 1897 and ended in 1898; by 1899 the mills were busy again. At the turn of the century the town grew.", ref,
		[]want{{"1897", "DATE", "1897", ""}, {"1898", "DATE", "1898", ""}, {"1899", "DATE", "1899", ""}, {"the turn of the century", "DATE", "1900", "APPROX"}}},
	{"24-hour clock with a full stop and a zone", "The statement came at 14.05 BST.", ref, []want{{"14.05 BST", "TIME", "2024-09-04T14:05", ""}}},
	{"four digits and hours", "The patrol left at 1430 hours.", ref, []want{{"1430 hours", "TIME", "2024-09-04T14:30", ""}}},
	{"a zone time in parentheses restates the local time", "The quake began at 10:35 a.m. (0735 GMT) on Friday.", ref, []want{{"10:35 a.m.", "TIME", "2024-09-04T10:35", ""}, {"Friday", "DATE", "2024-08-30", ""}}},
	{"a four-digit year before a zone-like word", "In 1998 CAT scans were rare.", ref, []want{{"1998", "DATE", "1998", ""}}},
	{"a clock's colon ends no clause: the tense reaches the day", "The quake began at 10:35 a.m. on Friday.", ref, []want{{"10:35 a.m. on Friday", "TIME", "2024-08-30T10:35", ""}}},
	{"have of possession marks no past", "Come in for your Christmas shopping: we have three brands to choose from.", ref, []want{{"Christmas", "DATE", "2024-12-25", ""}}},
	{"have of a perfect marks the past", "The shop has not opened since Christmas.", ref, []want{{"Christmas", "DATE", "2023-12-25", ""}}},
	{"a weekday abbreviated without its full stop after on", "My exams will be on Mon and tues, sadly.", ref, []want{{"Mon", "DATE", "2024-09-09", ""}, {"tues", "DATE", "2024-09-10", ""}}},
	{"a short weekday in a list after another expression", "exams 2moro and fri", ref, []want{{"2moro", "DATE", "2024-09-05", ""}, {"fri", "DATE", "2024-09-06", ""}}},
	{"a weekday listed after a day ahead lies ahead", "got exams tmrw and fri, then freedom", ref, []want{{"tmrw", "DATE", "2024-09-05", ""}, {"fri", "DATE", "2024-09-06", ""}}},
	{"a weekday listed after a day past lies behind", "The roads were shut yesterday and Monday.", ref, []want{{"yesterday", "DATE", "2024-09-03", ""}, {"Monday", "DATE", "2024-09-02", ""}}},
	{"this long weekend", "We are away this long weekend.", ref, []want{{"weekend", "DATE", "2024-W36-WE", ""}}},
	{"a long weekend past", "The office reopened after a long weekend.", ref, []want{{"weekend", "DATE", "2024-W35-WE", ""}}},
	{"early in a year", "The plan was replaced early in 1914.", ref, []want{{"early in 1914", "DATE", "1914", "START"}}},
	{"late in the year", "Sales slowed late in the year.", ref, []want{{"late in the year", "DATE", "2024", "END"}}},
	{"early in the morning is no year", "He woke early in the morning.", ref, []want{{"the morning", "TIME", "2024-09-04TMO", ""}}},
	{"a count of years previously", "The statue came down five years previously, in 2019.", ref, []want{{"five years previously", "DATE", "2019", ""}, {"2019", "DATE", "2019", ""}}},
	{"the last week of a month", "During the last week of August 1918 the line broke.", ref, []want{{"the last week of August 1918", "DATE", "1918-W35", ""}}},
	{"the first week of a month", "Rain fell in the first week of May 2023.", ref, []want{{"the first week of May 2023", "DATE", "2023-W18", ""}}},
	{"the previous month by name", "The town fell in March 1918, and the salient seized the previous April was given up.", ref,
		[]want{{"March 1918", "DATE", "1918-03", ""}, {"the previous April", "DATE", "1917-04", ""}}},
	{"the following month by name", "The dam broke in May 1920; the following March it was rebuilt.", ref,
		[]want{{"May 1920", "DATE", "1920-05", ""}, {"the following March", "DATE", "1921-03", ""}}},
	{"the day and month with an article", "Austria sent a note on the 14 September.", ref, []want{{"the 14 September", "DATE", "2024-09-14", ""}}},
	{"a day and month before a noun leaves the article", "By the 15 September attack date, the force was ready.", ref, []want{{"15 September", "DATE", "2024-09-15", ""}}},
	{"right now", "Right now the roads are closed.", ref, []want{{"Right now", "DATE", "PRESENT_REF", ""}}},
	{"a clock time with hrs", "The brigade deployed by 05:30hrs.", ref, []want{{"05:30hrs", "TIME", "2024-09-04T05:30", ""}}},
	{"a text that ends in a tens word", "He was eighty", ref, nil}, // it crashed the scan for "twenty-five" (found by FuzzFind)
	{"sat and sun in lower case are words", "The cat sat in the sun on the mat.", ref, nil},
	{"the end of the decade in an aside", "In 1815 the first bridge was built. A stone bridge replaced it at the end of the decade.", ref,
		[]want{{"1815", "DATE", "1815", ""}, {"the end of the decade", "DATE", "181", "END"}}},
	{"a year BC in a news story: its night is no day of the story", "The museum reopened on 2 September. The ford was in use by 60 BC, when a legion crossed it at night.", ref,
		[]want{{"2 September", "DATE", "2024-09-02", ""}, {"60 BC", "DATE", "BC0060", ""}, {"night", "TIME", "XXXX-XX-XXTNI", ""}}},
	{"a year BC in a news story does not hold its months", "The temple dates from 480 BC. Its roof was mended in the spring, and in June it reopened to visitors after a long wait.", ref,
		[]want{{"480 BC", "DATE", "BC0480", ""}, {"the spring", "DATE", "2024-SP", ""}, {"June", "DATE", "2024-06", ""}}},
	{"2 and letters that are no word", "Meet at 2pm on the 2nd floor.", ref, []want{{"2pm", "TIME", "2024-09-04T14:00", ""}}},
	{"a year told in the past holds the months after it", "The war began in 1861. In April the first shots were fired at the fort, and by July both armies were in the field.", ref,
		[]want{{"1861", "DATE", "1861", ""}, {"April", "DATE", "1861-04", ""}, {"July", "DATE", "1861-07", ""}}},
	{"a season and a month after a year told in the past", "The general took command in 1862. That summer he drove the enemy back, and in September he fought at the creek.", ref,
		[]want{{"1862", "DATE", "1862", ""}, {"That summer", "DATE", "1862-SU", ""}, {"September", "DATE", "1862-09", ""}}},
	{"a day after a year with by", "By 1863 the city was under siege. On 4 July it surrendered.", ref, []want{{"1863", "DATE", "1863", ""}, {"4 July", "DATE", "1863-07-04", ""}}},
	{"days after a year with of", "The strike of 1926 lasted nine days. It began on 3 May and ended on 12 May.", ref,
		[]want{{"1926", "DATE", "1926", ""}, {"nine days", "DURATION", "P9D", ""}, {"3 May", "DATE", "1926-05-03", ""}, {"12 May", "DATE", "1926-05-12", ""}}},
	{"a year in a future clause holds nothing", "A museum of 1861 will open. In April the doors open.", ref, []want{{"1861", "DATE", "1861", ""}, {"April", "DATE", "2024-04", ""}}},
	{"a year not at the start of its sentence sets no scene", "The bridge, built in 1815, was repaired. In June it closed again.", ref,
		[]want{{"1815", "DATE", "1815", ""}, {"June", "DATE", "2024-06", ""}}},
}

// phrasingCases2 is a second set, written after the rules above were in, in the forms an
// independent check names (news with "on Tuesday" and "last month", British "3 September 2024",
// Commonwealth "Sept. 3", history narratives, social media): the out-of-sample check of those
// rules.
var phrasingCases2 = []findCase{
	{"British weekday and date ahead", "The Prime Minister will visit Paris on Thursday 5 September.", ref, []want{{"Thursday 5 September", "DATE", "2024-09-05", ""}}},
	{"day-first date in a past clause", "The figures, published on 28 August, showed a fall.", ref, []want{{"28 August", "DATE", "2024-08-28", ""}}},
	{"the autumn ahead", "The inquiry will report in the autumn.", ref, []want{{"the autumn", "DATE", "2024-FA", ""}}},
	{"last with a possessive weekday", "Last Tuesday's vote was close.", ref, []want{{"Last Tuesday", "DATE", "2024-09-03", ""}}},
	{"a range of day-first dates", "The scheme runs from 1 October 2024 to 31 March 2025.", ref, []want{{"1 October 2024", "DATE", "2024-10-01", ""}, {"31 March 2025", "DATE", "2025-03-31", ""}}},
	{"at the weekend, British", "Protesters gathered in the square at the weekend.", ref, []want{{"the weekend", "DATE", "2024-W35-WE", ""}}},
	{"by a year", "Emissions must halve by 2030.", ref, []want{{"2030", "DATE", "2030", ""}}},
	{"the end of a year", "The rules take effect by the end of 2025.", ref, []want{{"the end of 2025", "DATE", "2025", "END"}}},
	{"for the first time since a year", "Inflation fell for the first time since 2016.", ref, []want{{"2016", "DATE", "2016", ""}}},
	{"within hours", "Police made an arrest within 24 hours.", ref, []want{{"24 hours", "DURATION", "PT24H", ""}}},
	{"this autumn", "The school opens this autumn.", ref, []want{{"this autumn", "DATE", "2024-FA", ""}}},
	{"next spring", "The bridge will close next spring.", ref, []want{{"next spring", "DATE", "2025-SP", ""}}},
	{"an adjectival count of years", "The club signed a three-year deal.", ref, []want{{"three-year", "DURATION", "P3Y", ""}}},
	{"Commonwealth date opening a sentence", "On Sept. 3, the council voted to close the pool.", ref, []want{{"Sept. 3", "DATE", "2024-09-03", ""}}},
	{"abbreviated month without a full stop", "The vote is on Sept 3 in the town hall.", ref, []want{{"Sept 3", "DATE", "2024-09-03", ""}}},
	{"ordinal before an abbreviated month", "Entries close on 3rd Sept at noon.", ref, []want{{"3rd Sept", "DATE", "2024-09-03", ""}, {"noon", "TIME", "2024-09-03T12:00", ""}}},
	{"month and ordinal day", "The fair ended on Aug 30th.", ref, []want{{"Aug 30th", "DATE", "2024-08-30", ""}}},
	{"a season of a year in a history", "In the spring of 1862, the army advanced.", ref, []want{{"the spring of 1862", "DATE", "1862-SP", ""}}},
	{"the night of a dated day", "On the night of 14 April 1912, the ship struck an iceberg.", ref, []want{{"the night of 14 April 1912", "TIME", "1912-04-14TNI", ""}}},
	{"within a week", "Within a week, the city had fallen.", ref, []want{{"a week", "DURATION", "P1W", ""}}},
	{"weeks later in a history", "The fort fell on 3 June 1863. Three weeks later the town surrendered.", ref, []want{{"3 June 1863", "DATE", "1863-06-03", ""}, {"Three weeks later", "DATE", "1863-W26", ""}}},
	{"the following morning", "The armies met on 1 July 1863 and fought again the following morning.", ref, []want{{"1 July 1863", "DATE", "1863-07-01", ""}, {"the following morning", "TIME", "1863-07-02TMO", ""}}},
	{"the next n years", "For the next four years, the rebels held the hills.", ref, []want{{"the next four years", "DURATION", "P4Y", ""}}},
	{"late in a year", "The offensive began in late 1941.", ref, []want{{"late 1941", "DATE", "1941", "END"}}},
	{"tmrw morning", "see u tmrw morning", ref, []want{{"tmrw morning", "TIME", "2024-09-05TMO", ""}}},
	{"last nite", "last nite was epic", ref, []want{{"last nite", "TIME", "2024-09-03TNI", ""}}},
	{"2moro nite", "party 2moro nite!!", ref, []want{{"2moro nite", "TIME", "2024-09-05TNI", ""}}},
	{"a weekday in lower case", "happy friday everyone", ref, []want{{"friday", "DATE", "2024-09-06", ""}}},
	{"this arvo", "footy this arvo with the boys", ref, []want{{"this arvo", "TIME", "2024-09-04TAF", ""}}},
	{"mins", "back in 5 mins", ref, []want{{"5 mins", "DURATION", "PT5M", ""}}},
	{"hrs", "waited 2 hrs for the bus", ref, []want{{"2 hrs", "DURATION", "PT2H", ""}}},
	{"on Tuesday in a news report", "The mayor said on Tuesday that the bridge would reopen next month.", ref, []want{{"Tuesday", "DATE", "2024-09-03", ""}, {"next month", "DATE", "2024-10", ""}}},
	{"last month in a news report", "Unemployment rose to 4.2% last month, figures showed.", ref, []want{{"last month", "DATE", "2024-08", ""}}},
}

func TestPhrasings2(t *testing.T) { checkFind(t, phrasingCases2) }

// phrasingCases3 is a third set, written after the second: histories, British and Commonwealth
// news and holidays, and more shorthand. 18 of its first 28 sentences were right as written; of
// the others, two wanted values the guidelines leave open ("The tax year ends on 5 April",
// "Two decades later" with no date before it) and are not kept, and "rn" (right now) is left
// unread, since "RN" is also the Royal Navy.
var phrasingCases3 = []findCase{
	{"a month and year and a count of months in a history", "The siege began in September 1854 and lasted eleven months.", ref, []want{{"September 1854", "DATE", "1854-09", ""}, {"eleven months", "DURATION", "P11M", ""}}},
	{"a season of a year after by", "By the spring of 1855 the allies had dug in.", ref, []want{{"the spring of 1855", "DATE", "1855-SP", ""}}},
	{"the morning of a day in an aside", "In 1855, the allies pressed on. On the morning of 8 September the French stormed the fort.", ref, []want{{"1855", "DATE", "1855", ""}, {"the morning of 8 September", "TIME", "1855-09-08TMO", ""}}},
	{"within years", "Within three years, the railway reached the coast.", ref, []want{{"three years", "DURATION", "P3Y", ""}}},
	{"the following decade", "The treaty was signed in 1856. In the following decade, trade doubled.", ref, []want{{"1856", "DATE", "1856", ""}, {"the following decade", "DATE", "186", ""}}},
	{"mid-century", "Steam power spread in the mid-19th century.", ref, []want{{"the mid-19th century", "DATE", "18", "MID"}}},
	{"the late part of a century", "The house was built in the late 18th century.", ref, []want{{"the late 18th century", "DATE", "17", "END"}}},
	{"AD before the year", "The Romans invaded in AD 43.", ref, []want{{"AD 43", "DATE", "0043", ""}}},
	{"a century BC", "The temple dates from the 5th century BC.", ref, []want{{"the 5th century BC", "DATE", "BC04", ""}}},
	{"a weekday in a past report, British", "The Bank of England cut rates on Thursday.", ref, []want{{"Thursday", "DATE", "2024-08-29", ""}}},
	{"a clock time on a day-first date", "Applications close at 5pm on 30 September.", ref, []want{{"5pm on 30 September", "TIME", "2024-09-30T17:00", ""}}},
	{"years in a list", "He was first elected in 2010 and re-elected in 2015 and 2019.", ref, []want{{"2010", "DATE", "2010", ""}, {"2015", "DATE", "2015", ""}, {"2019", "DATE", "2019", ""}}},
	{"Boxing Day", "Shops expect crowds on Boxing Day.", ref, []want{{"Boxing Day", "DATE", "2024-12-26", ""}}},
	{"Commonwealth weekday and date", "Parliament sits on Tues., Sept. 10.", ref, []want{{"Tues., Sept. 10", "DATE", "2024-09-10", ""}}},
	{"Commonwealth date without on", "The report was tabled Sept. 3, 2024.", ref, []want{{"Sept. 3, 2024", "DATE", "2024-09-03", ""}}},
	{"a short weekday and a part of the day", "cant wait for Fri nite", ref, []want{{"Fri nite", "TIME", "2024-09-06TNI", ""}}},
	{"mornin", "this mornin was rough", ref, []want{{"this mornin", "TIME", "2024-09-04TMO", ""}}},
	{"midnight on a weekday", "The strike will begin at midnight on Sunday.", ref, []want{{"midnight on Sunday", "TIME", "2024-09-08T24:00", ""}}},
	{"a season of a year range", "The winter of 1854-55 was cruel.", ref, []want{{"The winter of 1854", "DATE", "1854-WI", ""}, {"55", "DATE", "1855", ""}}},
	{"Canada Day ahead", "Flags will fly on Canada Day.", ref, []want{{"Canada Day", "DATE", "2025-07-01", ""}}},
	{"Anzac Day past", "Marches were held on Anzac Day.", ref, []want{{"Anzac Day", "DATE", "2024-04-25", ""}}},
	{"half past the hour", "The train leaves at half past ten.", ref, []want{{"half past ten", "TIME", "2024-09-04T10:30", ""}}},
	{"quarter to the hour", "The shop shuts at quarter to five.", ref, []want{{"quarter to five", "TIME", "2024-09-04T04:45", ""}}},
	{"minutes past the hour in the afternoon", "We met at ten past three in the afternoon.", ref, []want{{"ten past three in the afternoon", "TIME", "2024-09-04T15:10", ""}}},
	{"a quarter past the hour on a weekday", "The ferry left at a quarter past nine on Monday.", ref, []want{{"a quarter past nine on Monday", "TIME", "2024-09-02T09:15", ""}}},
	{"a range of counts is no clock", "It lasts five to six weeks, and he scored two to three goals.", ref, []want{{"five to six weeks", "DURATION", "P5W", ""}}},
	{"a day weeks past told in the future is next year's", "The rally will be held on 15th August.", ref, []want{{"15th August", "DATE", "2025-08-15", ""}}},
	{"a deadline a day past may be the story's own", "The agency had given the family until Sept. 3 to reply, and will decide soon.", ref, []want{{"Sept. 3", "DATE", "2024-09-03", ""}}},
	{"Indian quarter and fiscal codes", "Net profit rose 12% in Q1FY25, and revenue for H1FY24 fell.", ref, []want{{"Q1FY25", "DATE", "2025-Q1", ""}, {"H1FY24", "DATE", "2024-H1", ""}}},
	{"died marks the past", "He died on Sunday.", ref, []want{{"Sunday", "DATE", "2024-09-01", ""}}},
	{"fortnightly", "The council meets fortnightly.", ref, []want{{"fortnightly", "SET", "P2W", ""}}},
	{"Christmas Eve past", "Trading closed early on Christmas Eve.", ref, []want{{"Christmas Eve", "DATE", "2023-12-24", ""}}},
	{"the six months to a date", "The firm reported results for the six months to June 30.", ref, []want{{"the six months", "DURATION", "P6M", ""}, {"June 30", "DATE", "2024-06-30", ""}}},
	{"a day-first date ahead", "The election is on 4 July.", time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), []want{{"4 July", "DATE", "2024-07-04", ""}}},
}

func TestPhrasings3(t *testing.T) { checkFind(t, phrasingCases3) }

func TestPhrasings(t *testing.T) { checkFind(t, phrasingCases) }

// phrasingCases4 is a fourth set, written before any change for it, in forms the first three
// leave out: British "Friday week", "overnight", "the year to March", seasons and fiscal years
// across two years ("2023/24", "2023-24"), schedules told in the present ("talks resume
// Monday"), "the weekend just gone", "last Christmas", lists and ranges of days ("on 3 and 4
// September", "between 1 and 3 March", "September 3-5"), the day before a dated day, and the
// same in histories and posts. "in 10 days' time" is the count alone, as the annotated tweets
// mark "in 2 weeks time" and "in a week's time". Two values were mended after the first run, as
// the guidelines read them, not as the code gave them: "Tuesday week" said on a Wednesday is the
// Tuesday after next (the 17th, not the 10th), and "overnight" told in the past is the night
// before the text's day, as "last night" is (TBAQ marks it so).
var phrasingCases4 = []findCase{
	// news
	{"a weekday week ahead", "The hearing will resume on Friday week.", ref, []want{{"Friday week", "DATE", "2024-09-13", ""}}},
	{"another weekday week ahead", "Ministers meet again on Tuesday week.", ref, []want{{"Tuesday week", "DATE", "2024-09-17", ""}}},
	{"overnight in the news, past: the night before", "Police arrested two men overnight.", ref, []want{{"overnight", "TIME", "2024-09-03TNI", ""}}},
	{"overnight ahead: tonight", "Temperatures will fall sharply overnight.", ref, []want{{"overnight", "TIME", "2024-09-04TNI", ""}}},
	{"an overnight success is no night", "The band was an overnight success.", ref, nil},
	{"the year to a month", "Inflation was 3.1% in the year to March.", ref, []want{{"the year", "DURATION", "P1Y", ""}, {"March", "DATE", "2024-03", ""}}},
	{"the twelve months to a month", "Profits rose 8% in the 12 months to June.", ref, []want{{"the 12 months", "DURATION", "P12M", ""}, {"June", "DATE", "2024-06", ""}}},
	{"a sports season with a slash", "Attendance rose in the 2023/24 season.", ref, []want{{"2023", "DATE", "2023", ""}, {"24", "DATE", "2024", ""}}},
	{"a fiscal year with a hyphen", "The deficit for 2023-24 was larger than forecast.", ref, []want{{"2023", "DATE", "2023", ""}, {"24", "DATE", "2024", ""}}},
	{"a present-tense schedule, month and day", "The festival begins on July 22.", time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), []want{{"July 22", "DATE", "2024-07-22", ""}}},
	{"a present-tense schedule, day this month", "The festival begins on 22 September.", ref, []want{{"22 September", "DATE", "2024-09-22", ""}}},
	{"a present-tense schedule, weekday", "Talks resume Monday.", ref, []want{{"Monday", "DATE", "2024-09-09", ""}}},
	{"a present-tense schedule, weekday after on", "The trial opens on Tuesday in the capital.", ref, []want{{"Tuesday", "DATE", "2024-09-10", ""}}},
	{"the weekend just gone", "Crowds packed the beaches over the weekend just gone.", ref, []want{{"the weekend just gone", "DATE", "2024-W35-WE", ""}}},
	{"last Christmas", "Sales were weak last Christmas.", ref, []want{{"last Christmas", "DATE", "2023-12-25", ""}}},
	{"in the coming days", "A decision is expected in the coming days.", ref, []want{{"the coming days", "DURATION", "PXD", ""}}},
	{"earlier this month", "The plant closed earlier this month.", ref, []want{{"earlier this month", "DATE", "2024-09", ""}}},
	{"late last month", "Talks stalled late last month.", ref, []want{{"late last month", "DATE", "2024-08", "END"}}},
	{"within a fortnight", "The council must reply within a fortnight.", ref, []want{{"a fortnight", "DURATION", "P2W", ""}}},
	{"in days' time", "The results will be known in 10 days' time.", ref, []want{{"10 days", "DURATION", "P10D", ""}}},
	{"the next 48 hours", "Heavy rain is forecast for the next 48 hours.", ref, []want{{"the next 48 hours", "DURATION", "PT48H", ""}}},
	{"two days of a month", "Strikes were held on 3 and 4 September.", ref, []want{{"3", "DATE", "2024-09-03", ""}, {"4 September", "DATE", "2024-09-04", ""}}},
	{"between two days of a month", "Voting took place between 1 and 3 March.", ref, []want{{"1", "DATE", "2024-03-01", ""}, {"3 March", "DATE", "2024-03-03", ""}}},
	{"a month-first range of days", "The summit was held September 3-5.", ref, []want{{"September 3", "DATE", "2024-09-03", ""}, {"5", "DATE", "2024-09-05", ""}}},
	{"a present-tense rule in force from a day", "The new law takes effect on 1 October.", ref, []want{{"1 October", "DATE", "2024-10-01", ""}}},

	// histories
	{"the previous day after a dated day", "The liner sank on 7 May 1915; the previous day it had been warned.", ref,
		[]want{{"7 May 1915", "DATE", "1915-05-07", ""}, {"the previous day", "DATE", "1915-05-06", ""}}},
	{"the day before a dated day", "The treaty was signed on 28 June 1919. The delegates had arrived the day before.", ref,
		[]want{{"28 June 1919", "DATE", "1919-06-28", ""}, {"the day before", "DATE", "1919-06-27", ""}}},
	{"between two days of a month and year", "The armies clashed between 1 and 3 July 1863.", ref,
		[]want{{"1", "DATE", "1863-07-01", ""}, {"3 July 1863", "DATE", "1863-07-03", ""}}},
	{"two days of a month and year", "The regiment landed on 3 and 4 September 1915.", ref,
		[]want{{"3", "DATE", "1915-09-03", ""}, {"4 September 1915", "DATE", "1915-09-04", ""}}},
	{"a season across two years in a history", "The league was suspended for the 1915-16 season.", ref,
		[]want{{"1915", "DATE", "1915", ""}, {"16", "DATE", "1916", ""}}},

	// posts
	{"days time without the apostrophe", "back in 10 days time", ref, []want{{"10 days", "DURATION", "P10D", ""}}},
	{"the weekend just gone in a post", "the weekend just gone was mad", ref, []want{{"the weekend just gone", "DATE", "2024-W35-WE", ""}}},
	{"last xmas", "didnt see my family last xmas", ref, []want{{"last xmas", "DATE", "2023-12-25", ""}}},
	{"earlier this month in a post", "moved house earlier this month, so tired", ref, []want{{"earlier this month", "DATE", "2024-09", ""}}},
	{"a weekday week in lower case", "exams finish thursday week!!", ref, []want{{"thursday week", "DATE", "2024-09-12", ""}}},
	{"overnight in a post", "stayed up overnight to finish my essay", ref, []want{{"overnight", "TIME", "2024-09-03TNI", ""}}},
	{"the day before yesterday in a post", "been ill since the day before yesterday", ref, []want{{"the day before yesterday", "DATE", "2024-09-02", ""}}},
	{"the coming days in a post", "more news in the coming days!!", ref, []want{{"the coming days", "DURATION", "PXD", ""}}},
}

func TestPhrasings4(t *testing.T) { checkFind(t, phrasingCases4) }

// postCases are forms of posts that reading the tweets' errors showed are real English, in
// sentences written for this test: clock times without a colon ("430pm") and Christmas in lower
// case.
var postCases = []findCase{
	{"hours and minutes without a colon", "doors open at 430pm, see u there", ref, []want{{"430pm", "TIME", "2024-09-04T16:30", ""}}},
	{"a late time without a colon", "got home at 1130pm, so tired", ref, []want{{"1130pm", "TIME", "2024-09-04T23:30", ""}}},
	{"a radio band is no time", "He hosts the 1130 AM radio show.", ref, nil},
	{"xmas in lower case", "flying home for xmas", ref, []want{{"xmas", "DATE", "2024-12-25", ""}}},
	{"christmas in lower case", "merry christmas everyone", ref, []want{{"christmas", "DATE", "2024-12-25", ""}}},
	{"new year in lower case stays a phrase", "my new year resolution is to run", ref, nil},
}

func TestPosts(t *testing.T) { checkFind(t, postCases) }

// scheduleCases were written while the golden article dates-schedule was read: a schedule's
// verb before a weekday outweighs a past verb after it, and "overnight" told in the past after a
// day ahead is the night before the text's day.
var scheduleCases = []findCase{
	{"a schedule before a past clause", "Union leaders meet again on Monday, after talks broke down at the weekend.", ref,
		[]want{{"Monday", "DATE", "2024-09-09", ""}, {"the weekend", "DATE", "2024-W35-WE", ""}}},
	{"overnight after a day ahead", "Talks resume on Monday. Two men were arrested overnight.", ref,
		[]want{{"Monday", "DATE", "2024-09-09", ""}, {"overnight", "TIME", "2024-09-03TNI", ""}}},
	{"a track meet is no schedule of a weekday past", "The athletics meet was held on Saturday.", ref, []want{{"Saturday", "DATE", "2024-08-31", ""}}},
}

func TestSchedules(t *testing.T) { checkFind(t, scheduleCases) }

// phrasingCases5 comes from a probe written after the fixes of the fourth set, in the forms of
// other countries' news and markets: 20 sentences, 11 right as written. Fixed since: "the Fourth
// of July", "a week on Friday", "a week today", "Good Friday", "Easter Monday", "end-2024",
// "early-2023" and "the Labor Day weekend" (the weekend nearest the holiday). Left: "Bank Holiday
// Monday" (read as the Monday), not kept here, nor two whose values the guidelines leave open.
// The set keeps the other 17 and adds seven written while fixing ("the fifth of November", "a week
// tomorrow", "Easter weekend", "the Thanksgiving weekend" and three guards).
var phrasingCases5 = []findCase{
	{"the Fourth of July", "Fireworks were set off on the Fourth of July.", ref, []want{{"the Fourth of July", "DATE", "2024-07-04", ""}}},
	{"the weekend before a Monday holiday", "Traffic was heavy over the Labor Day weekend.", ref, []want{{"the Labor Day weekend", "DATE", "2024-W35-WE", ""}}},
	{"the weekend of Easter", "We went away for Easter weekend.", ref, []want{{"Easter weekend", "DATE", "2024-W13-WE", ""}}},
	{"the weekend after a Thursday holiday", "The Thanksgiving weekend sales will be huge.", ref, []want{{"The Thanksgiving weekend", "DATE", "2024-W48-WE", ""}}},
	{"a holiday before another noun", "The Labor Day parade was cancelled.", ref, []want{{"Labor Day", "DATE", "2024-09-02", ""}}},
	{"an ordinal word of a month", "The bonfire is on the fifth of November.", ref, []want{{"the fifth of November", "DATE", "2024-11-05", ""}}},
	{"late on a weekday", "The fire broke out late Tuesday.", ref, []want{{"late Tuesday", "DATE", "2024-09-03", "END"}}},
	{"the early hours of a weekday", "Police were called in the early hours of Sunday.", ref, []want{{"the early hours of Sunday", "DATE", "2024-09-01", "START"}}},
	{"a week on a weekday", "The hearing resumes a week on Friday.", ref, []want{{"a week on Friday", "DATE", "2024-09-13", ""}}},
	{"a week today", "The results are due a week today.", ref, []want{{"a week today", "DATE", "2024-09-11", ""}}},
	{"a week tomorrow", "back a week tomorrow", ref, []want{{"a week tomorrow", "DATE", "2024-09-12", ""}}},
	{"a week and a weekday apart", "He came a week on and left on Friday.", ref, []want{{"a week", "DURATION", "P1W", ""}, {"Friday", "DATE", "2024-08-30", ""}}},
	{"Good Friday past", "Crowds gathered on Good Friday 2019.", ref, []want{{"Good Friday 2019", "DATE", "2019-04-19", ""}}},
	{"a good Friday is a Friday", "It was a good Friday for the markets.", ref, []want{{"Friday", "DATE", "2024-08-30", ""}}},
	{"Easter Monday past", "Crowds gathered on Easter Monday.", ref, []want{{"Easter Monday", "DATE", "2024-04-01", ""}}},
	{"a fortnight's time", "We will decide in a fortnight's time.", ref, []want{{"a fortnight", "DURATION", "P2W", ""}}},
	{"from a weekday to a weekday", "The strike runs from Monday to Wednesday.", ref, []want{{"Monday", "DATE", "2024-09-02", ""}, {"Wednesday", "DATE", "2024-09-04", ""}}},
	{"an Indian fiscal year", "Revenue rose in FY2023-24.", ref, []want{{"FY2023", "DATE", "2023", ""}, {"24", "DATE", "2024", ""}}},
	{"a budget year across two years", "The budget for 2024-25 was cut.", ref, []want{{"2024", "DATE", "2024", ""}, {"25", "DATE", "2025", ""}}},
	{"a quarter of a year with of", "Growth slowed in Q2 of 2024.", ref, []want{{"Q2 of 2024", "DATE", "2024-Q2", ""}}},
	{"end- and a year", "Prices should fall by end-2024.", ref, []want{{"end-2024", "DATE", "2024", "END"}}},
	{"mid- and a year", "Rates will peak in mid-2025.", ref, []want{{"mid-2025", "DATE", "2025", "MID"}}},
	{"early- and a year", "The plant closed in early-2023.", ref, []want{{"early-2023", "DATE", "2023", "START"}}},
	{"a present-tense schedule, weekday, no on", "The summit opens Thursday in Geneva.", ref, []want{{"Thursday", "DATE", "2024-09-05", ""}}},
}

func TestPhrasings5(t *testing.T) { checkFind(t, phrasingCases5) }

// feb20 is a Tuesday, the date of the sixth set's news.
var feb20 = time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC)

// phrasingCases6 is a sixth set, 36 sentences written before any change for it (17 right as
// written), in the shapes pasted news showed wrong: the verb that governs a date is the nearest
// one in its clause, before it as well as after it; irregular pasts ("went", "froze"); "from",
// "before" and "until" with a month or a season in a present or future clause point ahead;
// schedules told in the present with months and seasons; "the new year"; "Bank Holiday Monday".
// Nine more were written while fixing: a pasted caption's line, British bank holidays named by
// month or season, an attribution with its day, a present verb nearer than a past one.
var phrasingCases6 = []findCase{
	// the nearest verb governs, not a past one in a clause after the date
	{"present verb before, past clause after", "Tenants face a rent rise of about 4% from April, after landlords warned of costs.", feb20, []want{{"April", "DATE", "2024-04", ""}}},
	{"present verb before, past clause after, from", "Drivers face higher tolls from March, after the operator raised its charges.", feb20, []want{{"March", "DATE", "2024-03", ""}}},
	{"a schedule before, past clause after", "The new timetable starts in May, after rail firms agreed the changes.", feb20, []want{{"May", "DATE", "2024-05", ""}}},
	{"a present budget before a past warning", "The council sets its budget in March, after officials warned of a shortfall.", feb20, []want{{"March", "DATE", "2024-03", ""}}},
	{"present before, reporting verb after", "The tax cut takes effect in April, the Treasury confirmed.", feb20, []want{{"April", "DATE", "2024-04", ""}}},
	{"a present fall, reporting verb after", "Energy prices fall in July, the regulator announced.", feb20, []want{{"July", "DATE", "2024-07", ""}}},
	{"future before, reporting verb after", "Inflation will ease from spring, the bank said.", feb20, []want{{"spring", "DATE", "2024-SP", ""}}},
	// irregular pasts before a month, a future after the next
	{"went, then will", "Fares went up in January and will rise again in July.", feb20, []want{{"January", "DATE", "2024-01", ""}, {"July", "DATE", "2024-07", ""}}},
	{"rose, then will", "Prices rose in January and will rise again in June.", feb20, []want{{"January", "DATE", "2024-01", ""}, {"June", "DATE", "2024-06", ""}}},
	{"grew, then will", "Rents grew in November and will grow again in April.", feb20, []want{{"November", "DATE", "2023-11", ""}, {"April", "DATE", "2024-04", ""}}},
	{"took, then will", "The firm took on staff in October and will hire more in May.", feb20, []want{{"October", "DATE", "2023-10", ""}, {"May", "DATE", "2024-05", ""}}},
	{"wrote, then will", "The band wrote the album in October and will tour in May.", feb20, []want{{"October", "DATE", "2023-10", ""}, {"May", "DATE", "2024-05", ""}}},
	{"a regular past, then will", "Members voted in November and will vote again in May.", feb20, []want{{"November", "DATE", "2023-11", ""}, {"May", "DATE", "2024-05", ""}}},
	{"froze, a month ahead of the date", "The river froze in March.", feb20, []want{{"March", "DATE", "2023-03", ""}}},
	{"began, a month ahead of the date", "The show began in October.", feb20, []want{{"October", "DATE", "2023-10", ""}}},
	{"spoke, a month past", "The mayor spoke in December.", feb20, []want{{"December", "DATE", "2023-12", ""}}},
	// from, before, until with a month or a season in a present or future clause
	{"until a month, present", "The bridge stays closed until April.", feb20, []want{{"April", "DATE", "2024-04", ""}}},
	{"before a season, present", "There is little hope of rain before summer.", feb20, []want{{"summer", "DATE", "2024-SU", ""}}},
	{"before winter, a weekday told in the past before it", "The forecast, published on Monday, offers little chance of rain before winter.", time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC),
		[]want{{"Monday", "DATE", "2024-03-11", ""}, {"winter", "DATE", "2024-WI", ""}}},
	{"from a month, present", "Water bills go up from April.", feb20, []want{{"April", "DATE", "2024-04", ""}}},
	{"until the summer, future", "The road will stay shut until the summer.", feb20, []want{{"the summer", "DATE", "2024-SU", ""}}},
	{"before autumn, passive present", "No decision is expected before autumn.", feb20, []want{{"autumn", "DATE", "2024-FA", ""}}},
	{"from a month, a far one", "Ticket sales open from June.", feb20, []want{{"June", "DATE", "2024-06", ""}}},
	{"until a past month, past", "The bridge stayed closed until January.", feb20, []want{{"January", "DATE", "2024-01", ""}}},
	// schedules told in the present with months and seasons
	{"reports in the autumn", "The inquiry reports in the autumn.", feb20, []want{{"the autumn", "DATE", "2024-FA", ""}}},
	{"publishes in the summer", "The committee publishes its findings in the summer.", feb20, []want{{"the summer", "DATE", "2024-SU", ""}}},
	{"returns in a month", "The festival returns in August.", feb20, []want{{"August", "DATE", "2024-08", ""}}},
	{"opens in a month", "The new line opens in December.", feb20, []want{{"December", "DATE", "2024-12", ""}}},
	{"breaks in a month", "Parliament breaks for recess in July.", feb20, []want{{"July", "DATE", "2024-07", ""}}},
	{"concludes in the spring", "The review concludes in the spring.", feb20, []want{{"the spring", "DATE", "2024-SP", ""}}},
	// the new year
	{"the new year ahead", "Ministers will decide in the new year.", feb20, []want{{"the new year", "DATE", "2025", ""}}},
	{"by the new year", "Builders hope to finish by the new year.", feb20, []want{{"the new year", "DATE", "2025", ""}}},
	{"the new year just past", "The shop reopened in the new year.", feb20, []want{{"the new year", "DATE", "2024", ""}}},
	{"a new year resolution stays a phrase", "Her new year resolution failed.", feb20, nil},
	// a pasted article's lines: a caption with no stop ends its sentence before a capital
	{"a caption line before the story", "Rents have grown faster than wages\nTenants face a rise from April, the survey found.", feb20, []want{{"April", "DATE", "2024-04", ""}}},
	{"a line wrapped mid-sentence keeps its clause", "Tenants who moved\nin March faced a rise.", feb20, []want{{"March", "DATE", "2023-03", ""}}},
	// Bank Holiday Monday
	{"Bank Holiday Monday past", "Crowds packed the beaches on Bank Holiday Monday.", time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC), []want{{"Bank Holiday Monday", "DATE", "2024-05-27", ""}}},
	{"a month's bank holiday ahead", "Crowds are expected over the August bank holiday.", feb20, []want{{"the August bank holiday", "DATE", "2024-08-26", ""}}},
	{"a season's bank holiday Monday past", "The park was full on the spring bank holiday Monday.", feb20, []want{{"the spring bank holiday Monday", "DATE", "2023-05-29", ""}}},
	{"the late May bank holiday", "Traffic is expected to be heavy over the late May bank holiday.", feb20, []want{{"the late May bank holiday", "DATE", "2024-05-27", ""}}},
	{"the May bank holiday in capitals", "Shops close for the May Bank Holiday.", feb20, []want{{"the May Bank Holiday", "DATE", "2024-05-06", ""}}},
	{"an attribution with its day", "Rail fares rise in March, the government confirmed on Monday.", feb20, []want{{"March", "DATE", "2024-03", ""}, {"Monday", "DATE", "2024-02-19", ""}}},
	{"the nearest verb, present, outweighs a past one farther off", "The board, which met on Monday, publishes its plan in the autumn.", feb20,
		[]want{{"Monday", "DATE", "2024-02-19", ""}, {"the autumn", "DATE", "2024-FA", ""}}},
	{"a fronted date dates the report", "In March, officials confirmed.", feb20, []want{{"March", "DATE", "2023-03", ""}}},
	{"bank holiday Monday ahead", "Trains will not run on bank holiday Monday.", time.Date(2024, 8, 21, 0, 0, 0, 0, time.UTC), []want{{"bank holiday Monday", "DATE", "2024-08-26", ""}}},
}

func TestPhrasings6(t *testing.T) { checkFind(t, phrasingCases6) }
