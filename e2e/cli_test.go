//go:build e2e

package e2e

import (
	"bytes"
	"os/exec"
	"testing"
)

// cli runs the CLI on text with the reference date (none when "") and returns what it prints.
func cli(t *testing.T, text, ref string) []byte {
	t.Helper()
	args := []string{}
	if ref != "" {
		args = append(args, "--ref-date", ref)
	}
	cmd := exec.Command(cliPath, args...)
	cmd.Stdin = bytes.NewBufferString(text)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("annotate %v: %v\n%s", args, err, stderr.String())
	}
	return out
}
