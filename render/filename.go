package render

import (
	"strings"
	"unicode"
)

// FileName names the JSON download after the article's first non-blank line, slugified: lower
// case letters and digits joined by "-", at most 60 of them, then ".json". Markdown markers at
// the start of the line ("# ", "> ", "* ") are dropped. An article with no letters or digits in
// its first line is "article.json".
func FileName(text string) string {
	line := ""
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			line = l
			break
		}
	}
	var b strings.Builder
	n, dash := 0, false
	for _, r := range line {
		if n >= 60 {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
			n++
			dash = false
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue // combining marks are dropped: a decomposed "Zoë" gives "zoe"
		}
		dash = true
	}
	if b.Len() == 0 {
		return "article.json"
	}
	return b.String() + ".json"
}
