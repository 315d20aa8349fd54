// Package nquads writes quads as N-Quads: the whole store, nothing
// aggregated. Every quad keeps its label as the fourth term, so the same
// triple stated by two sentences appears as two lines, one per label.
//
// The output is sorted and free of duplicate lines, so that two exports of
// the same store are byte-identical; with the Stream option (and no filter)
// quads are written as they arrive instead. Values are written as quad's
// N-Quads writer writes them, except that control characters in literals
// and characters N-Quads forbids in IRIs are written as \u escapes, and
// invalid UTF-8 becomes U+FFFD; github.com/cayleygraph/quad/nquads reads
// the output back to the same quads.
package nquads

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/internal/wutil"
	"github.com/newsgraph/newsgraph/exporters/model"
)

func init() {
	exporters.Register(exporters.Format{
		Name:        "nquads",
		Ext:         []string{".nq"},
		Description: "N-Quads: every quad with its provenance label, sorted",
		Options:     []exporters.Option{Stream},
		NewWriter:   func(w io.Writer, opt exporters.Options) quad.WriteCloser { return NewWriter(w, opt) },
	})
}

// Stream writes quads as they arrive, in input order, instead of buffering
// and sorting them, so that a store of any size exports in little memory.
// It has no effect when a filter is set.
var Stream = exporters.Option{Name: "stream", Usage: "write quads in store order as they are read, unsorted (no filter)", Default: false}

// A Writer writes N-Quads. Unless it streams, it buffers the lines until
// Close, which sorts and writes them; Close does not close the underlying
// writer. The first error is sticky.
type Writer struct {
	out    *bufio.Writer
	opt    exporters.Options
	stream bool
	lines  []string
	quads  []quad.Quad // kept only when filtering
	b      *model.Builder
	err    error
	closed bool
}

var _ quad.WriteCloser = (*Writer)(nil)

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer, opt exporters.Options) *Writer {
	nw := &Writer{out: bufio.NewWriter(w), opt: opt}
	if !opt.Filter.IsZero() {
		nw.b = model.NewBuilder()
	} else {
		nw.stream = opt.Bool(Stream)
	}
	return nw
}

// WriteQuad writes one quad.
func (w *Writer) WriteQuad(q quad.Quad) error {
	one := [1]quad.Quad{q}
	_, err := w.WriteQuads(one[:])
	return err
}

// WriteQuads writes quads; it returns quad.ErrInvalid for a quad without
// subject, predicate or object.
func (w *Writer) WriteQuads(qs []quad.Quad) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.closed {
		return 0, wutil.ErrClosed
	}
	for i, q := range qs {
		if !q.IsValid() {
			return i, quad.ErrInvalid
		}
		switch {
		case w.b != nil:
			w.quads = append(w.quads, q)
			_ = w.b.WriteQuad(q)
		case w.stream:
			if _, err := w.out.WriteString(Line(q)); err != nil {
				w.err = err
				return i, err
			}
		default:
			w.lines = append(w.lines, Line(q))
		}
	}
	return len(qs), nil
}

// Close writes the buffered quads, sorted.
func (w *Writer) Close() error {
	if w.closed || w.err != nil {
		w.closed = true
		return w.err
	}
	w.closed = true
	if w.b != nil {
		g, err := w.b.Graph(w.opt.Filter)
		if err != nil {
			w.err = fmt.Errorf("write nquads: %w", err)
			return w.err
		}
		for _, q := range w.quads {
			if g.KeepQuad(q) {
				w.lines = append(w.lines, Line(q))
			}
		}
		w.quads = nil
	}
	slices.Sort(w.lines)
	for i, l := range w.lines {
		if i > 0 && l == w.lines[i-1] {
			continue
		}
		w.out.WriteString(l)
	}
	w.lines = nil
	w.err = w.out.Flush()
	return w.err
}

// Line returns q as one N-Quads line, with its newline.
func Line(q quad.Quad) string {
	var b strings.Builder
	b.Grow(256)
	writeTerm(&b, q.Subject)
	b.WriteByte(' ')
	writeTerm(&b, q.Predicate)
	b.WriteByte(' ')
	writeTerm(&b, q.Object)
	if q.Label != nil {
		b.WriteByte(' ')
		writeTerm(&b, q.Label)
	}
	b.WriteString(" .\n")
	return b.String()
}

// Term returns v in N-Quads syntax.
func Term(v quad.Value) string {
	var b strings.Builder
	writeTerm(&b, v)
	return b.String()
}

func writeTerm(b *strings.Builder, v quad.Value) {
	switch v := v.(type) {
	case quad.IRI:
		writeIRI(b, string(v))
	case quad.BNode:
		b.WriteString("_:")
		b.WriteString(string(v))
	case quad.String:
		writeString(b, string(v))
	case quad.LangString:
		writeString(b, string(v.Value))
		b.WriteByte('@')
		b.WriteString(v.Lang)
	case quad.TypedString:
		writeString(b, string(v.Value))
		b.WriteString("^^")
		writeIRI(b, string(v.Type.Full()))
	case quad.TypedStringer:
		writeTerm(b, v.TypedString())
	default:
		b.WriteString(v.String())
	}
}

// iriEscape marks the ASCII bytes written as \u escapes in IRIs;
// strEscape those escaped in literals.
var iriEscape, strEscape [128]bool

func init() {
	for c := 0; c <= 0x20; c++ {
		iriEscape[c] = true
	}
	for _, c := range "<>\"{}|^`\\" {
		iriEscape[c] = true
	}
	for c := 0; c < 0x20; c++ {
		strEscape[c] = true
	}
	strEscape['"'], strEscape['\\'], strEscape[0x7F] = true, true, true
}

// plain reports whether s is valid UTF-8 without bytes marked in esc.
func plain(s string, esc *[128]bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return utf8.ValidString(s[i:]) && plainASCII(s[i:], esc)
		}
		if esc[c] {
			return false
		}
	}
	return true
}

func plainASCII(s string, esc *[128]bool) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x80 && esc[c] {
			return false
		}
	}
	return true
}

func writeIRI(b *strings.Builder, s string) {
	b.WriteByte('<')
	if plain(s, &iriEscape) {
		b.WriteString(s)
		b.WriteByte('>')
		return
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r):
			fmt.Fprintf(b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('>')
}

func writeString(b *strings.Builder, s string) {
	b.WriteByte('"')
	if plain(s, &strEscape) {
		b.WriteString(s)
		b.WriteByte('"')
		return
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7F:
			fmt.Fprintf(b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}
