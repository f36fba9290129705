package dates

import (
	"strconv"
	"strings"
	"testing"
)

// TestPad checks pad's fast path for small numbers against strconv, with zeros put before the
// digits up to the width, for every number around the fast path and every width up to six.
func TestPad(t *testing.T) {
	for n := -20; n <= 10020; n++ {
		for width := 0; width <= 6; width++ {
			s := strconv.Itoa(n)
			want := "x" + strings.Repeat("0", max(0, width-len(s))) + s
			if got := string(pad([]byte("x"), n, width)); got != want {
				t.Fatalf("pad(%d, %d) = %q, want %q", n, width, got, want)
			}
		}
	}
	for _, c := range []struct {
		n, width int
		want     string
	}{{7, 2, "07"}, {2024, 4, "2024"}, {480, 4, "0480"}, {0, 2, "00"}, {12345, 4, "12345"}, {5, 0, "5"}} {
		if got := string(pad(nil, c.n, c.width)); got != c.want {
			t.Errorf("pad(%d, %d) = %q, want %q", c.n, c.width, got, c.want)
		}
	}
}
