// Package benchtext generates the news-like articles that every benchmark measures: the Go
// benchmarks of each stage (`make bench`) and the in-browser comparison (`make bench-browser`) read
// the same text for the same size, so native and in-page numbers can be compared.
//
// The sentences were written for this project. They hold what the engine looks for, in the mix a
// news article has: direct quotes in straight, curly, single and guillemet marks, before and after
// their attribution and split around it; reported speech, "according to" and transcript lines;
// speakers named in full, by surname, by role and by pronoun; and dates of every kind (weekdays,
// day-month-year, months, years, quarters, durations, sets, relative expressions). Names, numbers
// and days vary from paragraph to paragraph so that nothing is trivially repeated, and the
// article opens with a headline and a dateline, as pasted articles often do.
//
// The package does not annotate or time anything; besides the text it only reads the CPU time a
// benchmark used (CPUSeconds, ReportCPU), since wall-clock numbers on a shared machine say more
// about the other processes than about ours.
package benchtext

import (
	"fmt"
	"strconv"
	"strings"
)

// ReferenceDate is the date the article's dateline gives ("Published 14 March 2026"); benchmarks
// pass it as the reference date so that they need not depend on detecting it.
const ReferenceDate = "2026-03-14"

// Sizes every benchmark uses, so that numbers from different stages describe the same texts.
const (
	KB = 1 << 10
	MB = 1 << 20
)

var (
	firstNames = []string{"Laura", "Omar", "Grace", "Tomas", "Priya", "Daniel", "Mei", "Samuel", "Elena", "Kwame", "Helen", "Ivan"}
	surnames   = []string{"Chen", "Haddad", "Okafor", "Novak", "Raman", "Brooks", "Tanaka", "Mensah", "Petrova", "Silva", "Marsh", "Núñez"}
	roles      = []string{"Finance Minister", "Mayor", "Chief Executive", "Police Commissioner", "Senator", "Councillor"}
	weekdays   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months     = []string{"January", "March", "May", "July", "September", "November"}
)

// paragraphs are the templates, filled in by Article. {name} is a full name, {surname} its
// surname, {role} a title; {day} a weekday, {month} a month, {dd} a day of the month, {year} a
// year, {n} a small number.
var paragraphs = []string{
	"\"We will not accept this deal as it stands,\" said {role} {name} on {day}, adding that talks would resume next week after {n} hours of debate.",
	"{surname} told reporters that the city had spent {n} million dollars on the harbour since {year}. “Nobody expected the costs to rise so fast,” {surname} said.",
	"According to the agency, exports fell {n} percent in the third quarter of {year}, the sharpest drop in five years.",
	"The report, published last month, found that rents had risen {n} percent over the past two years. {role} {name} said the figures were \"deeply worrying\" and promised a review by {month} {dd}.",
	"Speaking at a press conference on {dd} {month} {year}, {name} said: “This is the beginning, not the end. We have {n} days to get it right.”",
	"Residents of {surname} Street said the road had been closed since {day} morning, cutting off {n} families. \"My children cannot get to school,\" said one parent, who asked not to be named.",
	"{surname} added that the plan would be debated in parliament in early {month}, and that a vote was expected before the end of the year, with {n} members still undecided.",
	"Officials said the works, which began in {year}, would take another three years. Critics say the delays have cost the region at least {n} million dollars.",
	"“We owe it to the fishermen who waited all winter,” {name} said. “The pier is how this town earns its living.” She said the state had promised to cover {n} percent of the bill.",
	"Mr {surname} told the radio station he had ‘never seen anything like it’ in his {n} years at the port. The so-called “backdoor” deal was never signed, a senior official said.",
	"{role} {surname}, who voted against the plan, said the town could not afford another loan of {n} million dollars. Ferries run every day at 9, and the museum opens weekly on Sundays.",
	"The minister stressed that the door was open. « Nous verrons », said {name}, who stepped down three days ago after nearly {n} months in the post.",
	"{surname}: We have asked for the accounts since {month}. Nobody has answered our {n} letters.\nCHAIR: The committee will meet again on {month} {dd} at 10 a.m.",
	"Rain fell over the weekend, and the river peaked {n} centimetres above normal late on {day} night. Negotiators will resume talks on Sept. {dd} in Geneva, a spokesman said.",
}

// Article returns an article of at least size bytes (and at most a paragraph more), the same for
// the same size. Paragraphs cycle through the templates; every cycle opens a "## Part N" section,
// and each paragraph gets its own names, day, date and numbers.
func Article(size int) string {
	var b strings.Builder
	b.Grow(size + 1024)
	b.WriteString("# Harbour plan faces fresh delays\n\nPublished 14 March 2026\n\n")
	for i := 0; b.Len() < size; i++ {
		if i%len(paragraphs) == 0 {
			fmt.Fprintf(&b, "## Part %d\n\n", i/len(paragraphs)+1)
		}
		k := i / len(paragraphs)
		first, last := firstNames[(i+k)%len(firstNames)], surnames[(i*5+k)%len(surnames)]
		fill(&b, paragraphs[i%len(paragraphs)], map[string]string{
			"role":    roles[(i+k)%len(roles)],
			"name":    first + " " + last,
			"surname": last,
			"day":     weekdays[(i+k)%len(weekdays)],
			"month":   months[(i+2*k)%len(months)],
			"dd":      strconv.Itoa(1 + (i*7+k)%28),
			"year":    strconv.Itoa(1990 + (i+k)%36),
			"n":       strconv.Itoa(3 + (i*13+k)%97),
		})
		b.WriteString("\n\n")
	}
	return b.String()
}

// fill writes template to b with each {key} replaced by its value in vars.
func fill(b *strings.Builder, template string, vars map[string]string) {
	for {
		open := strings.IndexByte(template, '{')
		if open < 0 {
			b.WriteString(template)
			return
		}
		n := strings.IndexByte(template[open:], '}')
		b.WriteString(template[:open])
		b.WriteString(vars[template[open+1:open+n]])
		template = template[open+n+1:]
	}
}
