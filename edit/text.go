package edit

import (
	"errors"

	"github.com/article-annotator/annotator/annotate"
)

// SetText replaces the article's text, as typed in the text area. The engine runs again on the new
// text, and every annotation a person made or confirmed whose words are still there, unchanged,
// is carried over to its new place, replacing machine spans of its kind that it overlaps.
type SetText struct{ Text string }

func (op SetText) apply(doc *annotate.Document) (string, error) {
	return "", errors.New("edit: SetText is not written yet")
}
