package eval

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// TimeML, as TempEval-3 distributes it: one .tml file per article,
//
//	<TimeML>
//	<DOCID>…</DOCID>
//	<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">…</TIMEX3></DCT>
//	<TEXT>… <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> …</TEXT>
//	<MAKEINSTANCE …/> <TLINK …/>
//	</TimeML>
//
// The gold text is the character data inside TEXT with every tag removed and entities decoded
// (XML also turns CR LF into LF); each TIMEX3 inside TEXT is a gold date with its type and value.
// Empty (non-consuming) TIMEX3 elements have no extent in the text and are skipped. The creation
// time (the TIMEX3 with functionInDocument="CREATION_TIME", or the one inside DCT) gives the
// reference date. The document's id is the file name without ".tml".

// ReadTimeML reads a .tml file, or every .tml file in a directory (sorted by name), into c.
func ReadTimeML(path string, c *Corpus) error {
	files := []string{path}
	if isDir(path) {
		var err error
		if files, err = filepath.Glob(filepath.Join(path, "*.tml")); err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("%s: no .tml files", path)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		d, err := parseTimeML(b)
		if err != nil {
			return fmt.Errorf("%s: %v", f, err)
		}
		d.ID, _ = json.Marshal(name)
		d.Key, d.Name = "s:"+name, name
		c.Add(d)
	}
	return nil
}

// parseTimeML reads one TimeML document.
func parseTimeML(b []byte) (*Doc, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Entity = xml.HTMLEntity
	var text strings.Builder
	n := 0 // code points in text so far
	inText, inDCT, sawText := false, false, false
	type open struct {
		start      int
		typ, value string
	}
	var stack []open // open TIMEX3 elements inside TEXT
	d := &Doc{ScoreDates: true}
	dct := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText, sawText = true, true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				attr := func(k string) string {
					for _, a := range t.Attr {
						if a.Name.Local == k {
							return a.Value
						}
					}
					return ""
				}
				if (inDCT || attr("functionInDocument") == "CREATION_TIME") && dct == "" {
					dct = attr("value")
				}
				if inText {
					stack = append(stack, open{n, attr("type"), attr("value")})
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if inText && len(stack) > 0 {
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					if n > o.start {
						d.Dates = append(d.Dates, Date{Start: o.start, End: n, Type: o.typ, Value: o.value})
					}
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
				n += utf8.RuneCount(t)
			}
		}
	}
	if !sawText {
		return nil, fmt.Errorf("no TEXT element")
	}
	d.Text = text.String()
	r := d.Runes()
	for i := range d.Dates {
		d.Dates[i].Text = string(r[d.Dates[i].Start:d.Dates[i].End])
	}
	if len(dct) >= 10 {
		if _, err := time.Parse(time.DateOnly, dct[:10]); err == nil {
			d.ReferenceDate = dct[:10]
		}
	}
	return d, nil
}
