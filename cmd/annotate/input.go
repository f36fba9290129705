package main

import (
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// openInput opens FILE, or stdin when path is "" or "-", and returns it with a name for messages.
func openInput(path string, stdin io.Reader) (r io.Reader, name string, closeFn func(), err error) {
	if path == "" || path == "-" {
		return stdin, "stdin", func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "", nil, err
	}
	return f, path, func() { f.Close() }, nil
}

// readAll reads all of r, refusing more than maxInput bytes.
func readAll(r io.Reader, name string) ([]byte, error) {
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > maxInput {
			return nil, fmt.Errorf("%s: %d bytes is more than the limit of %s; split it, or use --jsonl with one article a line", name, fi.Size(), size(maxInput))
		}
	}
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if int64(len(b)) > maxInput {
		return nil, fmt.Errorf("%s: more than the limit of %s; split it, or use --jsonl with one article a line", name, size(maxInput))
	}
	return b, nil
}

func size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// invalidUTF8 returns the byte offset of the first byte of b that is not part of a valid UTF-8
// sequence, and how many such bytes there are; the offset is -1 when b is valid.
func invalidUTF8(b []byte) (first, count int) {
	first = -1
	if utf8.Valid(b) {
		return first, 0
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			count++
		}
		i += n
	}
	return first, count
}
