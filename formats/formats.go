// Package formats writes an annotated article in every export format and reads back the ones
// that can carry it: one code path for the page and for the CLI (annotate --format).
//
// The formats, by name (Formats lists them with their file extensions and MIME types):
//   - json: the article-annotations/v1 document, byte for byte what render.JSON writes.
//   - w3c: a W3C Web Annotation AnnotationPage in JSON-LD (see w3c.go for its shape): one
//     annotation per speaker mention, quote and date, each with a TextQuoteSelector and a
//     TextPositionSelector counted in Unicode code points, as the Web Annotation model requires,
//     and one "linking" annotation per quote with a speaker. The article's text, reference date,
//     id and speakers ride along in the page's "article" property, an extension of ours, so that
//     importing the page loses nothing.
//   - csv: one row per quote (RFC 4180, with a header row). It is for spreadsheets, not for
//     reading back.
//   - brat: brat's standoff .ann (see brat.go), with the text in a .txt beside it. Offsets are
//     code points, as brat counts the characters of the .txt.
//   - jsonl: compact v1 documents, one a line; ExportAll writes a whole library this way.
//
// Import reads .txt and .md (text to annotate), v1 .json and .jsonl, W3C pages (.jsonld, or
// .json recognised by their content), and ImportBrat reads a .txt and .ann pair. Every document
// read is checked with annotate.Document.Check; what fails is refused with an error that names the
// file and the problem (with the line and column for JSON, the line for .ann). Input must be valid
// UTF-8 and at most MaxSize bytes.
//
// The package does not annotate (the caller runs the engine on imported text), render HTML, or
// touch files or the DOM: bytes in, bytes out.
package formats

import (
	"fmt"
	"path"
	"strings"
)

// Format is one export format.
type Format struct {
	Name  string // as given to Export and to annotate --format
	Ext   string // the file extension, with its dot
	MIME  string // the media type of a download
	Title string // a short description for people
}

// Formats lists every export format, json first.
var Formats = []Format{
	{Name: "json", Ext: ".json", MIME: "application/json", Title: "JSON (article-annotations/v1)"},
	{Name: "w3c", Ext: ".jsonld", MIME: `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`, Title: "W3C Web Annotation (JSON-LD)"},
	{Name: "csv", Ext: ".csv", MIME: "text/csv", Title: "CSV, one row per quote"},
	{Name: "brat", Ext: ".ann", MIME: "text/plain", Title: "brat standoff (.ann, with the text as .txt)"},
	{Name: "jsonl", Ext: ".jsonl", MIME: "application/jsonl", Title: "JSON Lines, one document a line"},
}

// Lookup returns the format named name.
func Lookup(name string) (Format, bool) {
	for _, f := range Formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names returns the format names joined by sep, for messages and help.
func Names(sep string) string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return strings.Join(names, sep)
}

// FileName names a download in format f after the article's file name as render.FileName gives
// it ("harbour-town-votes.json"): its extension is replaced by the format's.
func FileName(jsonName string, f Format) string {
	return strings.TrimSuffix(jsonName, path.Ext(jsonName)) + f.Ext
}

// MaxSize is the largest file Import and ImportBrat read, in bytes. Callers that read files
// should call CheckSize with the file's size first, before reading it.
const MaxSize = 50 << 20

// CheckSize refuses a file of size bytes when it is larger than MaxSize.
func CheckSize(name string, size int64) error {
	if size > MaxSize {
		return fmt.Errorf("%s: the file is %.1f MB, more than the limit of %d MB", name, float64(size)/(1<<20), MaxSize>>20)
	}
	return nil
}
