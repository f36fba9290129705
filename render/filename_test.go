package render

import "testing"

func TestFileName(t *testing.T) {
	for text, want := range map[string]string{
		"# Harbour town votes to rebuild its storm-wrecked pier\n\nBody": "harbour-town-votes-to-rebuild-its-storm-wrecked-pier.json",
		"\n\n  > Zoe\u0308's café: 50% off!\r\nmore":                     "zoe-s-café-50-off.json",
		"东京の市場":                     "东京の市場.json",
		"***\n":                     "article.json",
		"":                          "article.json",
		"<script>alert(1)</script>": "script-alert-1-script.json",
		"../../etc/passwd":          "etc-passwd.json",
	} {
		if got := FileName(text); got != want {
			t.Errorf("FileName(%q) = %q, want %q", text, got, want)
		}
	}
}
