// Package dot writes the newsgraph property graph in Graphviz DOT, for
// drawing with dot, neato or sfdp.
//
// The output is one non-strict digraph. Nodes are entities and quotations
// (ids "n0", "n1", … in order of IRI; the IRI is the "iri" attribute),
// labelled with their canonical name and filled and shaped by type;
// quotations are notes whose long text is truncated to the MaxLabel option's
// characters. Edges are facts: one edge per (subject, predicate, object),
// labelled with the predicate, with penwidth growing with the weight (the
// number of evidence sentences). The quad labels are never dropped: each
// edge's prov="…" attribute lists its evidence labels joined by " | ", and
// its documents="…" attribute the document IDs. Negated facts are drawn
// red and dashed, facts with a modality dotted.
//
// Strings are always quoted; quotes and backslashes are escaped, newlines
// become \n in labels and spaces elsewhere, control characters are dropped
// and invalid UTF-8 becomes U+FFFD, so every output parses. For large
// graphs use Options.Filter.Top to keep a drawable number of nodes.
package dot

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/internal/wutil"
	"github.com/newsgraph/newsgraph/exporters/model"
)

func init() {
	exporters.Register(exporters.Format{
		Name:        "dot",
		Ext:         []string{".dot", ".gv"},
		Description: "Graphviz DOT digraph for drawing (use --top to keep it readable)",
		Options:     []exporters.Option{MaxLabel},
		NewWriter:   func(w io.Writer, opt exporters.Options) quad.WriteCloser { return NewWriter(w, opt) },
	})
}

// DefaultMaxLabel is the default of MaxLabel.
const DefaultMaxLabel = 60

// MaxLabel is the longest node label, in characters, before it is
// truncated with "…"; 0 keeps labels whole.
var MaxLabel = exporters.Option{Name: "max-label", Usage: "truncate node labels to N characters (0: never)", Default: DefaultMaxLabel}

// A Writer writes DOT. Quads are buffered until Close, which writes the
// graph and the closing brace; it does not close the underlying writer. The
// first error is sticky.
type Writer struct {
	c   *wutil.Collector
	opt exporters.Options
}

var _ quad.WriteCloser = (*Writer)(nil)

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer, opt exporters.Options) *Writer {
	return &Writer{c: wutil.NewCollector(w), opt: opt}
}

// WriteQuad adds one quad.
func (w *Writer) WriteQuad(q quad.Quad) error {
	return w.c.Add(q, w.header)
}

// WriteQuads adds quads; it returns quad.ErrInvalid for a quad without
// subject, predicate or object.
func (w *Writer) WriteQuads(qs []quad.Quad) (int, error) {
	return w.c.Write(qs, w.header)
}

// Close writes the graph.
func (w *Writer) Close() error {
	return w.c.Finish(w.header, func() error {
		if err := w.opt.Validate(MaxLabel); err != nil {
			return fmt.Errorf("write dot: %w", err)
		}
		g, err := w.c.B.Graph(w.opt.Filter)
		if err != nil {
			return fmt.Errorf("write dot: %w", err)
		}
		w.body(g)
		w.c.Out.WriteString("}\n")
		return nil
	})
}

func (w *Writer) header() {
	w.c.Out.WriteString(`digraph newsgraph {
  graph [charset="UTF-8", rankdir=LR, overlap=false, splines=true, fontname="Helvetica"];
  node [style=filled, fontname="Helvetica", fontsize=11, color="#555555"];
  edge [fontname="Helvetica", fontsize=9, color="#555555"];
`)
}

type style struct{ shape, fill string }

var styles = map[string]style{
	model.TypePerson:       {"ellipse", "#a6cee3"},
	model.TypeOrganization: {"box", "#b2df8a"},
	model.TypePlace:        {"house", "#fdbf6f"},
	model.TypeEvent:        {"diamond", "#fb9a99"},
	model.TypeQuote:        {"note", "#ffffb3"},
	model.TypeThing:        {"ellipse", "#dddddd"},
}

func (w *Writer) body(g *model.Graph) {
	out := w.c.Out
	maxLabel := w.opt.Int(MaxLabel)
	for i, n := range g.Nodes {
		st, ok := styles[n.Type]
		if !ok {
			st = styles[model.TypeThing]
		}
		label := wutil.Truncate(oneLine(n.Label), maxLabel)
		if n.Type == model.TypeQuote {
			label = wrap(label, 30)
		}
		fmt.Fprintf(out, "  n%d [label=%s, shape=%s, fillcolor=%s, type=%s, iri=%s",
			i, Quote(label, true), st.shape, Quote(st.fill, false), Quote(n.Type, false), Quote(n.IRI, false))
		if len(n.Documents) > 0 {
			fmt.Fprintf(out, ", documents=%s", Quote(wutil.JoinList(n.Documents), false))
		}
		out.WriteString("];\n")
	}
	for _, e := range g.Edges {
		pen := 1 + math.Log2(float64(e.Weight))
		if pen > 6 {
			pen = 6
		}
		fmt.Fprintf(out, "  n%d -> n%d [label=%s, weight=%d, penwidth=%s, prov=%s, documents=%s",
			e.From, e.To, Quote(e.Label, true), e.Weight, strconv.FormatFloat(pen, 'f', 2, 64),
			Quote(wutil.JoinList(e.Provenance), false), Quote(wutil.JoinList(e.Documents), false))
		if strings.HasPrefix(e.Label, "not_") {
			out.WriteString(`, color="#d7301f", fontcolor="#d7301f", style=dashed`)
		} else if len(e.Modality) > 0 {
			fmt.Fprintf(out, ", style=dotted, modality=%s", Quote(wutil.JoinList(e.Modality), false))
		}
		if e.Evidence != "" {
			fmt.Fprintf(out, ", tooltip=%s", Quote(wutil.Truncate(oneLine(e.Evidence), 200), true))
		}
		out.WriteString("];\n")
	}
}

// oneLine collapses runs of white space, newlines included, to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// wrap breaks s into lines of about width characters at spaces, joined by
// newlines.
func wrap(s string, width int) string {
	words := strings.Fields(s)
	var b strings.Builder
	n := 0
	for _, w := range words {
		l := utf8.RuneCountInString(w)
		if n > 0 && n+1+l > width {
			b.WriteByte('\n')
			n = 0
		} else if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += l
	}
	return b.String()
}

// Quote returns s as a DOT double-quoted string. Quotes and backslashes
// are escaped (so no escape sequence of Graphviz applies to the text) and
// control characters are dropped; newlines become the \n line break when
// label is set, and spaces otherwise. Invalid UTF-8 becomes U+FFFD.
func Quote(s string, label bool) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
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
			if label {
				b.WriteString(`\n`)
			} else {
				b.WriteByte(' ')
			}
		case r == '\t' || r == '\r':
			b.WriteByte(' ')
		case unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF:
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
