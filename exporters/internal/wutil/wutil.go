// Package wutil holds what the exporters' writers share: the quad
// collector with a sticky error and the text helpers for list values.
package wutil

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/exporters/model"
)

// ListSep separates the items of list values ("aliases", "documents").
const ListSep = " | "

// JoinList joins items with ListSep. A "|" inside an item becomes "¦", so
// that splitting the result on "|" gives the items back.
func JoinList(items []string) string {
	if len(items) == 0 {
		return ""
	}
	clean := make([]string, len(items))
	for i, s := range items {
		clean[i] = strings.ReplaceAll(s, "|", "¦")
	}
	return strings.Join(clean, ListSep)
}

// ValidUTF8 replaces invalid UTF-8 sequences with U+FFFD.
func ValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// Truncate shortens s to at most n characters, ending it with "…" when it
// was cut. n <= 1 leaves s unchanged.
func Truncate(s string, n int) string {
	if n <= 1 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	cut := strings.TrimRight(string(r[:n-1]), " ")
	return cut + "…"
}

// A Collector is the input side of the property-graph writers: it checks
// and buffers quads in a model.Builder until Close. Its Err is sticky.
type Collector struct {
	// B receives the quads, unless NoModel is set (for writers that need
	// the quads only, not the property graph).
	B       *model.Builder
	NoModel bool
	Out     *bufio.Writer
	Err     error
	Started bool
	Closed  bool
}

// NewCollector returns a Collector writing to w through a buffer.
func NewCollector(w io.Writer) *Collector {
	return &Collector{B: model.NewBuilder(), Out: bufio.NewWriter(w)}
}

// Write adds quads; start is called once, before the first quad, to write
// the header. It returns the number of quads taken.
func (c *Collector) Write(qs []quad.Quad, start func()) (int, error) {
	if c.Err != nil {
		return 0, c.Err
	}
	if c.Closed {
		return 0, ErrClosed
	}
	if !c.Started {
		c.Started = true
		start()
		if c.Err = c.Out.Flush(); c.Err != nil {
			return 0, c.Err
		}
	}
	for i, q := range qs {
		if !q.IsValid() {
			return i, quad.ErrInvalid
		}
		if !c.NoModel {
			_ = c.B.WriteQuad(q)
		}
	}
	return len(qs), nil
}

// Add adds one quad, as Write does.
func (c *Collector) Add(q quad.Quad, start func()) error {
	if c.Err != nil {
		return c.Err
	}
	if c.Closed {
		return ErrClosed
	}
	if !c.Started {
		c.Started = true
		start()
		if c.Err = c.Out.Flush(); c.Err != nil {
			return c.Err
		}
	}
	if !q.IsValid() {
		return quad.ErrInvalid
	}
	if !c.NoModel {
		_ = c.B.WriteQuad(q)
	}
	return nil
}

// Finish writes the header if nothing was written yet, then calls body and
// flushes. It returns the sticky error; calling it again returns the same.
func (c *Collector) Finish(start func(), body func() error) error {
	if c.Closed || c.Err != nil {
		c.Closed = true
		return c.Err
	}
	c.Closed = true
	if !c.Started {
		c.Started = true
		start()
	}
	if err := body(); err != nil {
		c.Err = err
		return err
	}
	c.Err = c.Out.Flush()
	return c.Err
}

// ErrClosed is returned by writes after Close.
var ErrClosed = errors.New("write to a closed exporter")
