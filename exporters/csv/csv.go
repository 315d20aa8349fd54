// Package csv writes the newsgraph property graph as two CSV tables in the
// layout of Gephi's spreadsheet import (Data Laboratory → Import
// Spreadsheet): a node table and an edge table.
//
// One io.Writer holds one file, and mixing two tables in one stream would
// break every spreadsheet reader, so the format is multi-file: its Parts
// are "nodes" and "edges", NewMultiWriter takes one writer per part, and
// exporters.Format.PartPaths names the files for an output path
// ("g.csv" → "g.nodes.csv" and "g.edges.csv"; a path without the .csv
// extension is a directory: "out" → "out/nodes.csv" and "out/edges.csv").
// Writing CSV to standard output is therefore not possible.
//
// Node columns: Id (the entity IRI), Label, Type, Aliases, Roles,
// Mentions, Documents. Edge columns: Source, Target, Type (always
// Directed), Label (the predicate), Weight (number of evidence sentences),
// Documents, Evidence, Confidence, Provenance (the evidence labels: the quad
// labels are never dropped), Raw, Modality, Predicate (the predicate IRI).
// One edge per (subject, predicate, object): the same triple from two
// sources is one row of weight 2 with both labels under Provenance. List
// values are joined by " | ". Fields are quoted as RFC 4180 requires.
package csv

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/internal/wutil"
	"github.com/newsgraph/newsgraph/exporters/model"
)

// Parts are the files the format writes, in the order NewWriter takes
// them.
var Parts = []string{"nodes", "edges"}

func init() {
	exporters.Register(exporters.Format{
		Name:        "csv",
		Ext:         []string{".csv"},
		Description: "Gephi spreadsheet import: a nodes and an edges CSV file (needs -o)",
		Parts:       Parts,
		NewMultiWriter: func(ws []io.Writer, opt exporters.Options) quad.WriteCloser {
			return NewWriter(ws[0], ws[1], opt)
		},
	})
}

// NodeHeader and EdgeHeader are the tables' header rows.
var (
	NodeHeader = []string{"Id", "Label", "Type", "Aliases", "Roles", "Mentions", "Documents"}
	EdgeHeader = []string{"Source", "Target", "Type", "Label", "Weight", "Documents", "Evidence", "Confidence", "Provenance", "Raw", "Modality", "Predicate"}
)

// A Writer writes the two tables. Quads are buffered until Close, which
// writes the rows; the header rows are written on first use. Close does
// not close the underlying writers. The first error is sticky.
type Writer struct {
	nodeCSV, edgeCSV *csv.Writer
	b                *model.Builder
	opt              exporters.Options
	started, closed  bool
	err              error
}

var _ quad.WriteCloser = (*Writer)(nil)

// NewWriter returns a Writer of the node table to nodes and the edge table
// to edges.
func NewWriter(nodes, edges io.Writer, opt exporters.Options) *Writer {
	return &Writer{nodeCSV: csv.NewWriter(nodes), edgeCSV: csv.NewWriter(edges), b: model.NewBuilder(), opt: opt}
}

func (w *Writer) start() {
	if w.started {
		return
	}
	w.started = true
	w.write(w.nodeCSV, NodeHeader)
	w.write(w.edgeCSV, EdgeHeader)
	w.flush()
}

func (w *Writer) write(c *csv.Writer, rec []string) {
	if w.err != nil {
		return
	}
	for i, s := range rec {
		rec[i] = wutil.ValidUTF8(s)
	}
	w.err = c.Write(rec)
}

func (w *Writer) flush() {
	for _, c := range []*csv.Writer{w.nodeCSV, w.edgeCSV} {
		if w.err != nil {
			return
		}
		c.Flush()
		w.err = c.Error()
	}
}

// WriteQuad adds one quad.
func (w *Writer) WriteQuad(q quad.Quad) error {
	one := [1]quad.Quad{q}
	_, err := w.WriteQuads(one[:])
	return err
}

// WriteQuads adds quads; it returns quad.ErrInvalid for a quad without
// subject, predicate or object.
func (w *Writer) WriteQuads(qs []quad.Quad) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.closed {
		return 0, wutil.ErrClosed
	}
	w.start()
	if w.err != nil {
		return 0, w.err
	}
	for i, q := range qs {
		if !q.IsValid() {
			return i, quad.ErrInvalid
		}
		_ = w.b.WriteQuad(q)
	}
	return len(qs), nil
}

// Close writes the rows of both tables.
func (w *Writer) Close() error {
	if w.closed || w.err != nil {
		w.closed = true
		return w.err
	}
	w.closed = true
	w.start()
	if err := w.opt.Validate(); err != nil && w.err == nil {
		w.err = fmt.Errorf("write csv: %w", err)
	}
	if w.err != nil {
		return w.err
	}
	g, err := w.b.Graph(w.opt.Filter)
	if err != nil {
		w.err = fmt.Errorf("write csv: %w", err)
		return w.err
	}
	for _, n := range g.Nodes {
		w.write(w.nodeCSV, []string{n.IRI, n.Label, n.Type, wutil.JoinList(n.Aliases), wutil.JoinList(n.Roles),
			strconv.Itoa(n.Mentions), wutil.JoinList(n.Documents)})
	}
	for _, e := range g.Edges {
		conf := ""
		if e.HasConfidence {
			conf = strconv.FormatFloat(e.Confidence, 'g', -1, 64)
		}
		w.write(w.edgeCSV, []string{g.Nodes[e.From].IRI, g.Nodes[e.To].IRI, "Directed", e.Label, strconv.Itoa(e.Weight),
			wutil.JoinList(e.Documents), e.Evidence, conf, wutil.JoinList(e.Provenance), wutil.JoinList(e.Raw),
			wutil.JoinList(e.Modality), e.Predicate})
	}
	w.flush()
	return w.err
}
