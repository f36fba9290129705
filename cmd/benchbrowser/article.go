package main

import (
	"fmt"
	"strings"
)

// article generates a news-like text of at least size bytes: paragraphs of quotes (straight and
// curly, before and after their attribution), reported speech, "according to" and dates of every
// kind, with names, numbers and weekdays varied so that no paragraph is repeated exactly.
func article(size int) string {
	first := []string{"Laura", "Omar", "Grace", "Tomas", "Priya", "Daniel", "Mei", "Samuel", "Elena", "Kwame"}
	last := []string{"Chen", "Haddad", "Okafor", "Novak", "Raman", "Brooks", "Tanaka", "Mensah", "Petrova", "Silva"}
	roles := []string{"Finance Minister", "Mayor", "Chief Executive", "Police Commissioner", "Senator"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	paras := []string{
		"\"We will not accept this deal as it stands,\" said {role} {name} on {day}, adding that talks would resume next week.",
		"{surname} told reporters that the city had spent {n} million dollars on the harbour since {year}. “Nobody expected the costs to rise so fast,” {surname} said.",
		"According to the agency, exports fell {n} percent in the third quarter of {year}, the sharpest drop in five years.",
		"The report, published last month, found that rents had doubled over the past two years. {role} {name} said the figures were \"deeply worrying\" and promised a review by {month} {dd}.",
		"Speaking at a press conference on {dd} {month} {year}, {name} said: “This is the beginning, not the end. We have {n} days to get it right.”",
		"Residents said the road had been closed since {day} morning. \"My children cannot get to school,\" said one parent, who asked not to be named.",
		"{surname} added that the plan would be debated in parliament in early {month}, and that a vote was expected before the end of the year.",
		"Officials said the works, which began in {year}, would take another three years. Critics say the delays have cost the region at least {n} million dollars.",
	}
	var b strings.Builder
	b.Grow(size + 1024)
	b.WriteString("# Harbour plan faces fresh delays\n\nPublished 14 March 2026\n\n")
	for i := 0; b.Len() < size; i++ {
		if i%len(paras) == 0 {
			fmt.Fprintf(&b, "## Part %d\n\n", i/len(paras)+1)
		}
		k := i / len(paras)
		f, l := first[(i+k)%len(first)], last[(i*3+k)%len(last)]
		s := strings.NewReplacer(
			"{role}", roles[(i+k)%len(roles)],
			"{name}", f+" "+l,
			"{surname}", l,
			"{day}", days[(i+k)%len(days)],
			"{month}", months[(i+2*k)%len(months)],
			"{dd}", fmt.Sprint(1+(i*7+k)%28),
			"{year}", fmt.Sprint(1990+(i+k)%36),
			"{n}", fmt.Sprint(3+(i*13+k)%97),
		).Replace(paras[i%len(paras)])
		b.WriteString(s)
		b.WriteString("\n\n")
	}
	return b.String()
}
