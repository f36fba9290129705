package edit

import (
	"slices"
	"testing"
)

func TestParseRef(t *testing.T) {
	cases := []struct {
		in   string
		want Ref
		err  bool
	}{
		{"q3", Ref{ID: "q3"}, false},
		{"d12", Ref{ID: "d12"}, false},
		{"s1", Ref{ID: "s1"}, false},
		{"s1.m2", Ref{ID: "s1", Mention: 2}, false},
		{"T7", Ref{ID: "T7"}, false}, // an imported id
		{"s1.m0", Ref{}, true},
		{"s1.m", Ref{}, true},
		{"s1.mx", Ref{}, true},
		{".m2", Ref{}, true},
		{"", Ref{}, true},
		{"q 3", Ref{}, true},
	}
	for _, c := range cases {
		got, err := ParseRef(c.in)
		if (err != nil) != c.err || got != c.want {
			t.Errorf("ParseRef(%q) = %+v, %v; want %+v, error %v", c.in, got, err, c.want, c.err)
		}
		if err == nil && got.String() != c.in {
			t.Errorf("ParseRef(%q).String() = %q", c.in, got.String())
		}
	}
}

func TestOccurrences(t *testing.T) {
	text := []rune("Obi, Obituary and Obi’s aide 🚀Obi met Obi\u0301 and Tomás Obi.")
	var got []string
	for _, o := range occurrences(text, []string{"Obi", "Tomás Obi", "Obi", " "}) {
		got = append(got, string(text[o[0]:o[1]]))
	}
	want := []string{"Obi", "Obi", "Obi", "Tomás Obi", "Obi"}
	if !slices.Equal(got, want) {
		t.Errorf("occurrences = %q, want %q", got, want)
	}
}
