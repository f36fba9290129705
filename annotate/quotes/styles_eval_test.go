package quotes_test

import (
	"testing"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/internal/eval"
)

// TestStylesGold scores the engine, as `annotate eval` does, on testdata/styles.jsonl: 33 short
// articles written for the project in house styles that PolNeAR lacks (British council, court,
// Commons and tabloid reports, wire copy with datelines, a press release, press-conference and
// Q:/A: transcripts, Canadian, Indian, Irish, Scottish and Australian copy, a sports report, a
// science story, a live blog, a US poll story, a British flood report, Australian business
// results, a local story with groups for speakers, a health story with agencies and "experts
// say", a crime report with "police said" and unnamed witnesses, a US earnings story, a study of
// bees, a keynote with a blog post, an election night, a profile in the present tense with
// quotes over several paragraphs, a foreign-affairs story with translated quotes in « » and „ “
// and officials named by role), annotated by hand. The floors sit a little below what the
// engine scores now (all F1@0.3 0.947, speaker 0.986; on the first 21, 0.876 and 0.969 before
// the house-style work, 0.936 after it; on the next 3, 0.679 before the recall work, 0.986 after
// it; on the next 3, 0.971 before the work on noun-phrase subjects and lists, 0.986 after it),
// so that a change that loses a house style fails here. The last 6 were scored before any
// change made for them (all F1@0.3 0.929, speaker 0.962: an honest out-of-sample number; 0.936
// and 0.988 after the work they guided, the first 27 unchanged); the others guided the work, so
// they are no independent test of it.
func TestStylesGold(t *testing.T) {
	var gold eval.Corpus
	if err := eval.ReadJSONLFile("testdata/styles.jsonl", &gold); err != nil {
		t.Fatal(err)
	}
	pred := map[string]*eval.Pred{}
	for _, d := range gold.Docs {
		pred[d.Key] = eval.FromDocument(annotate.Annotate(d.Text, annotate.Options{}))
	}
	all, _ := eval.ScoreQuotes(&gold, pred, false)
	direct, _ := eval.ScoreQuotes(&gold, pred, true)
	t.Logf("all: F1@0.3 %.3f, F1@0.8 %.3f, speaker %.3f; direct: F1@0.3 %.3f", all.F1[0], all.F1[1], all.SpeakerAcc, direct.F1[0])
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"all F1@0.3", all.F1[0], 0.92},
		{"all F1@0.8", all.F1[1], 0.92},
		{"speaker accuracy", all.SpeakerAcc, 0.96},
		{"direct F1@0.3", direct.F1[0], 0.98},
	} {
		if c.got < c.want {
			t.Errorf("%s = %.3f, want at least %.2f", c.name, c.got, c.want)
		}
	}
}
