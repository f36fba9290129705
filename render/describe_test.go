package render

import "testing"

func TestDescribeDate(t *testing.T) {
	for _, c := range []struct{ value, mod, want string }{
		{"2024-09-02", "", "Monday 2 September 2024"},
		{"2024-09", "", "September 2024"},
		{"XXXX-08", "END", "late August"},
		{"2024", "", "2024"},
		{"2024-W36", "", "week 36 of 2024"},
		{"2024-SU", "", "summer 2024"},
		{"PRESENT_REF", "", "now"},
		{"PAST_REF", "", "the past"},
		{"P3Y", "", "3 years"},
		{"P1W", "APPROX", "about 1 week"},
		{"PT30M", "", "30 minutes"},
		{"PXD", "", "some days"},
		{"2024-09-02T14:30", "", "Monday 2 September 2024, 14:30"},
		{"2024-09-02TEV", "", "Monday 2 September 2024, evening"},
		{"XXXX-09-02", "", "2 September"},
		{"2024-02-30", "", "30 February 2024"},
		{"<b>", "", "<b>"},
		{"", "", ""},
	} {
		if got := DescribeDate(c.value, c.mod); got != c.want {
			t.Errorf("DescribeDate(%q, %q) = %q, want %q", c.value, c.mod, got, c.want)
		}
	}
}
