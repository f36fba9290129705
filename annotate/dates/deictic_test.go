package dates

import (
	"strings"
	"testing"
	"time"
)

// The sentences are written for these tests. Each case names the rule it checks: "future" as a
// noun and as an adjective, verbs whose past looks like their present, a part of the day shared
// by coordinated weekdays, names that hold units, and how a history keeps its narrative's year.
var deicticCases = []findCase{
	{"future before a noun is left alone", "Insurers set aside reserves for future claims.", ref, nil},
	{"a possessor's future", "Nobody can say what the island's future holds.", ref, []want{{"future", "DATE", "FUTURE_REF", ""}}},
	{"their future", "The miners worry about their future.", ref, []want{{"future", "DATE", "FUTURE_REF", ""}}},
	{"futures are contracts", "Futures contracts fell sharply.", ref, nil},
	{"the Future Fund is a name", "The state put its savings in the Future Fund.", ref, nil},
	{"the future, a noun", "The future looks bright for the port.", ref, []want{{"The future", "DATE", "FUTURE_REF", ""}}},
	{"recent before a noun is left alone", "A recent survey found that most residents back the plan.", ref, nil},
	{"recent years is a stretch of time", "In recent years the harbour silted up.", ref, []want{{"recent years", "DURATION", "PXY", ""}}},
	{"recent with nothing after it", "The damage was recent.", ref, nil},

	// "set", "hit", "cut", "put": a past unless a modal, "to" or "do" comes before them
	{"a past participle set", "Shares ended near the record high set on Aug. 6.", time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC), []want{{"Aug. 6", "DATE", "2023-08-06", ""}}},
	{"set a day as a deadline", "The court ruled and set Friday as the deadline.", ref, []want{{"Friday", "DATE", "2024-08-30", ""}}},
	{"set for: ahead", "The vote is set for Friday.", ref, []want{{"Friday", "DATE", "2024-09-06", ""}}},
	{"will hit: ahead", "Forecasters say the storm will hit the coast on Monday.", ref, []want{{"Monday", "DATE", "2024-09-09", ""}}},
	{"hit, a past", "The storm hit the coast on Monday.", ref, []want{{"Monday", "DATE", "2024-09-02", ""}}},
	{"to cut: no tense of its own", "The bank plans to cut rates on Thursday.", ref, []want{{"Thursday", "DATE", "2024-09-05", ""}}},

	// a part of the day after coordinated weekdays belongs to both
	{"Monday and Tuesday nights", "Ferries leave on Monday and Tuesday nights.", ref,
		[]want{{"Monday", "SET", "XXXX-WXX-1TNI", ""}, {"Tuesday nights", "SET", "XXXX-WXX-2TNI", ""}}},

	// names and comparisons that hold units are no times
	{"quarter-to-quarter compares", "The quarter-to-quarter comparison was flattering.", ref, nil},
	{"a programme named by a count", `She told "48 Hours" that she had waited 48 hours.`, ref, []want{{"48 hours", "DURATION", "PT48H", ""}}},

	// a history: the end of a span told ahead of the narrative does not move it
	{"until a later date: a flash-forward", "The war began in 1950. In 1952 the army took the hills. The siege of the port, which lasted until its fall in February 1955, drained the army. By early August the army had reached the river.",
		time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), []want{{"1950", "DATE", "1950", ""}, {"1952", "DATE", "1952", ""}, {"February 1955", "DATE", "1955-02", ""}, {"early August", "DATE", "1952-08", "START"}}},
	{"a later date without until moves the narrative", "The war began in 1950. In 1952 the army took the hills. The siege ended in February 1955. By early August the army had reached the river.",
		time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), []want{{"1950", "DATE", "1950", ""}, {"1952", "DATE", "1952", ""}, {"February 1955", "DATE", "1955-02", ""}, {"early August", "DATE", "1955-08", "START"}}},

	{"a quoted 'two years ago' does not move a history", `The war began in 1950. In 1952 the army took the hills. In 1975 the city fell. "We signed the pact two years ago," the general said. On 27 April the last troops left.`,
		time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), []want{{"1950", "DATE", "1950", ""}, {"1952", "DATE", "1952", ""}, {"1975", "DATE", "1975", ""}, {"two years ago", "DATE", "2007", ""}, {"27 April", "DATE", "1975-04-27", ""}}},

	{"a day counted in a history with no day named is unknown", "The war began in 1950. In 1952 the army took the hills. In 1980 the city fell. Over the next day, aircraft attacked.",
		time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), []want{{"1950", "DATE", "1950", ""}, {"1952", "DATE", "1952", ""}, {"1980", "DATE", "1980", ""}, {"the next day", "DATE", "XXXX-XX-XX", ""}}},

	// a fronted "the next" in a past narrative counts from the last date named
	{"the next year, told in the past", "The plant closed in March 2019. The next year, it reopened.", ref,
		[]want{{"March 2019", "DATE", "2019-03", ""}, {"The next year", "DATE", "2020", ""}}},
	{"the next spring, told in the past", "The army wintered at the forge in 1777. The next spring, it marched north.", ref,
		[]want{{"1777", "DATE", "1777", ""}, {"The next spring", "DATE", "1778-SP", ""}}},
	{"the next year ahead is a stretch", "The plant closed in March 2019. The next year will be hard.", ref,
		[]want{{"March 2019", "DATE", "2019-03", ""}, {"The next year", "DURATION", "P1Y", ""}}},
	{"over the next year", "Sales will grow over the next year.", ref, []want{{"the next year", "DURATION", "P1Y", ""}}},

	// "the year" joined to what follows is part of another expression
	{"the year-earlier nine months", "Net for the year-earlier nine months fell.", ref, []want{{"the year-earlier nine months", "DURATION", "P9M", ""}}},
	{"for the year", "Net for the year fell.", ref, []want{{"the year", "DATE", "2024", ""}}},
}

func TestDeictic(t *testing.T) { checkFind(t, deicticCases) }

// "The quarter-to-quarter comparison" names no period, but it keeps an earnings report on the
// quarter it reports, so that "a year ago" long after the quarter was named is still that
// quarter a year back.
func TestQuarterComparison(t *testing.T) {
	text := "Profit rose in the third quarter. " + strings.Repeat("The mill bought new machines for its plant. ", 20) +
		"The quarter-to-quarter comparison was flattering. Sales were $5 million a year ago."
	got := Find(text, time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC))
	if len(got) != 2 {
		t.Fatalf("Find = %v, want the third quarter and a year ago", got)
	}
	if e := got[1]; text[e.Start:e.End] != "a year ago" || e.Value != "2023-Q3" {
		t.Errorf("last expression = %q %s, want \"a year ago\" 2023-Q3", text[e.Start:e.End], e.Value)
	}
}

// A history before the common era: months, days and seasons without a year are the narrative's
// year BC, and years counted from it are counted back from that year.
func TestBeforeCommonEra(t *testing.T) {
	text := "Darius died in 486 BC. Xerxes marched in 481 BC. In 480 BC the army crossed. The fleet arrived in mid-August, and on 17 September the ships sailed. " +
		"Over the winter the army rested. Fourteen years later, the war resumed. The following year, peace came. In 1914, war began. In August the armies met."
	got := Find(text, time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC))
	exp := []want{{"486 BC", "DATE", "BC0486", ""}, {"481 BC", "DATE", "BC0481", ""}, {"480 BC", "DATE", "BC0480", ""},
		{"mid-August", "DATE", "BC0480-08", "MID"}, {"17 September", "DATE", "BC0480-09-17", ""}, {"the winter", "DATE", "BC0480-WI", ""},
		{"Fourteen years later", "DATE", "BC0466", ""}, {"The following year", "DATE", "BC0465", ""},
		{"1914", "DATE", "1914", ""}, {"August", "DATE", "1914-08", ""}}
	if len(got) != len(exp) {
		t.Fatalf("Find = %v, want %d expressions", got, len(exp))
	}
	for i, e := range got {
		if g := (want{text[e.Start:e.End], e.Type, e.Value, e.Mod}); g != exp[i] {
			t.Errorf("Find[%d] = %v, want %v", i, g, exp[i])
		}
	}
	for _, c := range []struct{ value, words, start string }{
		{"BC0480-08", "August 480 BC", "-0479-08-01"},
		{"BC0480-09-17TNI", "the night of 17 September 480 BC", "-0479-09-17"},
		{"BC0480-WI", "winter 480 BC", "-0479-12-01"},
	} {
		if d := Describe(c.value, ""); d != c.words {
			t.Errorf("Describe(%q) = %q, want %q", c.value, d, c.words)
		}
		if s, _, ok := Interval(c.value); !ok || s.Format(time.DateOnly) != c.start {
			t.Errorf("Interval(%q) starts %v (%v), want %s", c.value, s.Format(time.DateOnly), ok, c.start)
		}
	}
}
