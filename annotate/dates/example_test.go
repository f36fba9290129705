package dates_test

import (
	"fmt"
	"time"

	"github.com/article-annotator/annotator/annotate/dates"
)

func ExampleFind() {
	text := "The ferry resumed on Monday after three weeks of repairs, the operator said last week."
	ref := time.Date(2024, 9, 4, 0, 0, 0, 0, time.UTC)
	for _, e := range dates.Find(text, ref) {
		fmt.Printf("%q %s %s\n", text[e.Start:e.End], e.Type, e.Value)
	}
	// Output:
	// "Monday" DATE 2024-09-02
	// "three weeks" DURATION P3W
	// "last week" DATE 2024-W35
}

func ExampleFind_noReference() {
	text := "The board meets on Monday and votes in August."
	for _, e := range dates.Find(text, time.Time{}) {
		fmt.Printf("%q %s\n", text[e.Start:e.End], e.Value)
	}
	// Output:
	// "Monday" XXXX-WXX-1
	// "August" XXXX-08
}

func ExampleDescribe() {
	fmt.Println(dates.Describe("2024-09-02", ""))
	fmt.Println(dates.Describe("2024-W35", ""))
	fmt.Println(dates.Describe("P3W", "APPROX"))
	fmt.Println(dates.Describe("2024-09-02TEV", ""))
	// Output:
	// Monday 2 September 2024
	// the week of 26 August 2024
	// about three weeks
	// the evening of Monday 2 September 2024
}

func ExampleDetectReference() {
	text := "Harbour reopens\nPublished 3 September 2024\n\nThe harbour reopened on Monday."
	ref, start, end, ok := dates.DetectReference(text)
	fmt.Println(ref.Format(time.DateOnly), text[start:end], ok)
	// Output:
	// 2024-09-03 3 September 2024 true
}
