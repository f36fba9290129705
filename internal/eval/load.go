package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Format names a gold format.
type Format string

// The gold formats Read understands.
const (
	JSONL  Format = "jsonl"  // the shared JSON Lines format
	Brat   Format = "brat"   // a brat standoff directory of quote attributions
	TimeML Format = "timeml" // a .tml file or a directory of them
)

// Detect tells the format of a gold path: a directory is brat when it holds .ann files (directly
// or in attributions/) and TimeML when it holds .tml files; a file is TimeML when its name ends in
// .tml or .xml or it starts with '<', and JSON Lines otherwise.
func Detect(path string) (Format, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if fi.IsDir() {
		for _, pat := range []string{"*.ann", filepath.Join("attributions", "*.ann")} {
			if m, _ := filepath.Glob(filepath.Join(path, pat)); len(m) > 0 {
				return Brat, nil
			}
		}
		if m, _ := filepath.Glob(filepath.Join(path, "*.tml")); len(m) > 0 {
			return TimeML, nil
		}
		return "", fmt.Errorf("%s: a directory with neither brat (.txt and .ann) nor TimeML (.tml) files", path)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".tml", ".xml":
		return TimeML, nil
	case ".jsonl", ".json", ".ndjson":
		return JSONL, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	for {
		c, _, err := br.ReadRune()
		if err != nil {
			return JSONL, nil
		}
		switch c {
		case ' ', '\t', '\r', '\n', '\ufeff':
			continue
		case '<':
			return TimeML, nil
		}
		return JSONL, nil
	}
}

// Read reads the gold at path, in whichever format it is, into c. For brat it returns what it
// read of each document's annotators.
func Read(path string, brat BratOptions, c *Corpus) (Format, []BratDoc, error) {
	f, err := Detect(path)
	if err != nil {
		return "", nil, err
	}
	switch f {
	case Brat:
		docs, err := ReadBrat(path, brat, c)
		return f, docs, err
	case TimeML:
		return f, nil, ReadTimeML(path, c)
	}
	return f, nil, ReadJSONLFile(path, c)
}
