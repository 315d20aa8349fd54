package nquads

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// ErrIncomplete is the cause of a ParseError for a line that holds a quad
// without subject, predicate or object.
var ErrIncomplete = errors.New("incomplete quad")

// A ParseError is a line of N-Quads input that is not one complete quad.
type ParseError struct {
	Name string // the input, as the caller named it ("backup.nq")
	Line int    // 1-based
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// maxLine is the longest line Read accepts.
const maxLine = 64 << 20

// Read parses N-Quads from r (an input called name), calling fn for each
// quad, and returns the number of quads passed to fn; it stops at the
// first error of fn and returns it. Blank lines and comments are skipped;
// a line that is not one complete quad, or longer than 64 MiB, is a
// *ParseError. It is the reader of what Writer writes: every quad a
// Writer wrote reads back the same. A cancelled ctx stops it with ctx's
// error.
func Read(ctx context.Context, r io.Reader, name string, fn func(quad.Quad) error) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), maxLine)
	n, line := 0, 0
	for sc.Scan() {
		line++
		if line%10000 == 0 {
			if err := ctx.Err(); err != nil {
				return n, err
			}
		}
		text := sc.Text()
		if trimmed := strings.TrimLeft(text, " \t\r"); trimmed == "" || trimmed[0] == '#' {
			continue
		}
		q, err := nquads.ParseRaw(text)
		if err != nil {
			return n, &ParseError{Name: name, Line: line, Err: err}
		}
		if !q.IsValid() {
			return n, &ParseError{Name: name, Line: line, Err: ErrIncomplete}
		}
		if err := fn(q); err != nil {
			return n, err
		}
		n++
	}
	if err := sc.Err(); err != nil {
		return n, &ParseError{Name: name, Line: line + 1, Err: err}
	}
	return n, nil
}
