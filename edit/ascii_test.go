package edit

import (
	"encoding/json"
	"reflect"
	"testing"
)

// TestASCIIJSON: every character that is not ASCII becomes its escape, and the JSON reads the
// same.
func TestASCIIJSON(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"text":"plain"}`, `{"text":"plain"}`},
		{`{"text":"Tomás"}`, `{"text":"Tom\u00e1s"}`},
		{`"“reckless”"`, `"\u201creckless\u201d"`},
		{`"🚀 launch"`, `"\ud83d\ude80 launch"`},
		{`"👩🏽‍⚕️"`, `"\ud83d\udc69\ud83c\udffd\u200d\u2695\ufe0f"`},
		{`"\u2028 kept" `, `"\u2028 kept" `}, // an escape encoding/json wrote stays as it is
		{``, ``},
	}
	for _, c := range cases {
		got := string(asciiJSON([]byte(c.in)))
		if got != c.want {
			t.Errorf("asciiJSON(%s) = %s, want %s", c.in, got, c.want)
		}
		var a, b any
		if c.in != "" && (json.Unmarshal([]byte(c.in), &a) != nil || json.Unmarshal([]byte(got), &b) != nil || !reflect.DeepEqual(a, b)) {
			t.Errorf("asciiJSON(%s) reads as %v, the input as %v", c.in, b, a)
		}
	}
}
