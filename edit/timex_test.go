package edit

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/article-annotator/annotator/annotate"
)

func TestCheckTimex(t *testing.T) {
	cases := []struct {
		typ, value, mod string
		ok              bool
	}{
		{"DATE", "2024-09-04", "", true},
		{"DATE", "2024-09", "START", true},
		{"DATE", "2024", "", true},
		{"DATE", "199", "", true},
		{"DATE", "19", "", true},
		{"DATE", "XXXX-03-14", "", true},
		{"DATE", "XXXX-XX-XX", "", true},
		{"DATE", "2024-W35", "", true},
		{"DATE", "2024-W35-WE", "", true},
		{"DATE", "XXXX-WXX-3", "", true},
		{"DATE", "2025-Q1", "END", true},
		{"DATE", "BC0480-08", "", true},
		{"DATE", "BC04", "", true},
		{"DATE", "BC", "", false},
		{"DATE", "2025-H2", "", true},
		{"DATE", "2024-SU", "MID", true},
		{"DATE", "PRESENT_REF", "", true},
		{"DATE", "2024-13-01", "", false},
		{"DATE", "2024-02-32", "", false},
		{"DATE", "2024-W54", "", false},
		{"DATE", "2024-Q5", "", false},
		{"DATE", "24-09-04", "", false},
		{"DATE", "2024-09-04-01", "", false},
		{"DATE", "next week", "", false},
		{"DATE", "", "", false},
		{"DATE", "2024-09-04T10:00", "", false},
		{"TIME", "2024-09-04T07:00", "", true},
		{"TIME", "2024-09-04T07:00:30", "", true},
		{"TIME", "XXXX-WXX-6T09:00", "", true},
		{"TIME", "2024-11-06TNI", "", true},
		{"TIME", "T14:30", "", true},
		{"TIME", "2024-09-04T25:00", "", false},
		{"TIME", "2024-09-04T07:60", "", false},
		{"TIME", "2024-09-04", "", false},
		{"DURATION", "P3M", "APPROX", true},
		{"DURATION", "PT2H", "", true},
		{"DURATION", "PT1H30M", "", true},
		{"DURATION", "P1DE", "", true},
		{"DURATION", "P2.5Y", "MORE_THAN", true},
		{"DURATION", "PXY", "", true},
		{"DURATION", "P1Y2M3DT4H5M6S", "", true},
		{"DURATION", "P", "", false},
		{"DURATION", "PT", "", false},
		{"DURATION", "P3", "", false},
		{"DURATION", "P3Z", "", false},
		{"DURATION", "3 months", "", false},
		{"SET", "P1W", "", true},
		{"SET", "XXXX-WXX-2", "", true},
		{"SET", "TEV", "", true},
		{"SET", "every day", "", false},
		{"WEEK", "2024-W10", "", false},
		{"DATE", "2024-03-04", "SOON", false},
	}
	for _, c := range cases {
		if err := checkTimex(c.typ, c.value, c.mod); (err == nil) != c.ok {
			t.Errorf("checkTimex(%q, %q, %q) = %v, want ok %v", c.typ, c.value, c.mod, err, c.ok)
		}
	}
}

// TestEngineValuesPass: every value the dates engine wrote in the golden files is one SetDate
// accepts, so a person can always put back what the machine said.
func TestEngineValuesPass(t *testing.T) {
	files, _ := filepath.Glob("../annotate/testdata/golden/*.json")
	if len(files) == 0 {
		t.Fatal("no golden files found")
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc annotate.Document
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, d := range doc.Dates {
			n++
			if err := checkTimex(d.Type, d.Value, d.Mod); err != nil {
				t.Errorf("%s %s %q: %v", f, d.ID, d.Text, err)
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d dates in the golden files", n)
	}
}
