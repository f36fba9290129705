package edit

import (
	"slices"
	"testing"
)

func TestPending(t *testing.T) {
	early := at(t, article, "early", 1)
	cases := []struct {
		name string
		ops  []Op
		want []string
	}{
		{"unattributed quotes first, then quotes, mentions and dates in text order", nil,
			[]string{"q3", "q1", "q2", "q4", "s1.m1", "s1.m2", "s2.m1", "d1", "d2"}},
		{"reviewed and human-made annotations drop out",
			[]Op{Accept{"q1"}, Reject{"d2"}, Link{"q3", "s2"}, Add{KindDate, early.Start, early.End}},
			[]string{"q2", "q4", "s1.m1", "s1.m2", "s2.m1", "d1"}},
		{"a quote whose speaker goes moves to the front", []Op{Delete{"s2"}, Accept{"s1"}},
			[]string{"q3", "q4", "q1", "q2", "d1", "d2"}},
		{"a merge renumbers the mentions it moves", []Op{Merge{"s2", "s1"}},
			[]string{"q3", "q1", "q2", "q4", "s2.m1", "s2.m2", "s2.m3", "d1", "d2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := New(fixture(t))
			for _, op := range c.ops {
				if _, err := s.Do(op); err != nil {
					t.Fatalf("%#v: %v", op, err)
				}
			}
			if got := s.Pending(); !slices.Equal(got, c.want) {
				t.Errorf("Pending = %q, want %q", got, c.want)
			}
			for _, ref := range s.Pending() {
				if _, err := locate(s.Doc(), ref); err != nil {
					t.Errorf("pending %s: %v", ref, err)
				}
			}
		})
	}
}
