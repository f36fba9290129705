package dates

import "testing"

// narrativeCases are histories whose months and days name no year: they take the year the narrative
// stands in, which is the last year it named, across paragraphs, but not a year it names beside the
// narrative: one counted back from it ("the previous year"), one in parentheses ("(repealed in
// 1795)"), or one after "since". A day or month before a dated one in a range takes that one's
// year. News (the last case) keeps its reference date. The sentences are written for these tests.
var narrativeCases = []findCase{
	{"a year counted back does not move the narrative", "The war began in 1939 and spread in 1940 and 1941. The offensive opened in early January 1942 and held the ground won the previous year. In February it stalled.", ref,
		[]want{{"1939", "DATE", "1939", ""}, {"1940", "DATE", "1940", ""}, {"1941", "DATE", "1941", ""}, {"early January 1942", "DATE", "1942-01", "START"},
			{"the previous year", "DATE", "1941", ""}, {"February", "DATE", "1942-02", ""}}},
	{"a year in parentheses does not move the narrative", "The revolt spread in 1791 and 1792. The siege began on 3 May 1793. A decree (repealed in 1795) fixed prices. On 17 August the city fell.", ref,
		[]want{{"1791", "DATE", "1791", ""}, {"1792", "DATE", "1792", ""}, {"3 May 1793", "DATE", "1793-05-03", ""}, {"1795", "DATE", "1795", ""}, {"17 August", "DATE", "1793-08-17", ""}}},
	{"a year after since does not move the narrative", "The revolt spread in 1791 and 1792, the worst since 1750. On 17 August the city fell.", ref,
		[]want{{"1791", "DATE", "1791", ""}, {"1792", "DATE", "1792", ""}, {"1750", "DATE", "1750", ""}, {"17 August", "DATE", "1792-08-17", ""}}},
	{"a year BC after since does not move the narrative", "The revolt began in 499 BC and the city burned in 498 BC. The king invaded in 492 BC, the worst war since 510 BC. The following year he sent a fleet.", ref,
		[]want{{"499 BC", "DATE", "BC0499", ""}, {"498 BC", "DATE", "BC0498", ""}, {"492 BC", "DATE", "BC0492", ""}, {"510 BC", "DATE", "BC0510", ""}, {"The following year", "DATE", "BC0491", ""}}},
	{"a new paragraph keeps the narrative's year", "The second campaign opened in 1916, and 1917 was worse; by 1918 the army was spent.\n\nIn March the last offensive began.", ref,
		[]want{{"1916", "DATE", "1916", ""}, {"1917", "DATE", "1917", ""}, {"1918", "DATE", "1918", ""}, {"March", "DATE", "1918-03", ""}}},
	{"a day before a dated one in a range", "The battle for the ridge (26 June - 4 August 1952) was costly.", ref,
		[]want{{"26 June", "DATE", "1952-06-26", ""}, {"4 August 1952", "DATE", "1952-08-04", ""}}},
	{"a range across the new year", "The line held from 20 December to 5 January 1945.", ref,
		[]want{{"20 December", "DATE", "1944-12-20", ""}, {"5 January 1945", "DATE", "1945-01-05", ""}}},
	{"a short range of years before a comma", "Throughout 1915-17, the armies bled.", ref,
		[]want{{"1915", "DATE", "1915", ""}, {"17", "DATE", "1917", ""}}},
	{"news keeps its reference date", "Sales rose in March (a record since 1998). In May they fell.", ref,
		[]want{{"March", "DATE", "2024-03", ""}, {"1998", "DATE", "1998", ""}, {"May", "DATE", "2024-05", ""}}},
}

func TestNarrative(t *testing.T) { checkFind(t, narrativeCases) }
