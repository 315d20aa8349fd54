// Package graphml writes the newsgraph property graph as GraphML, for
// Gephi, yEd, networkx, igraph and the graphscore evaluator.
//
// The output is one directed graph (edgedefault="directed"). Nodes are
// entities and quotations; their ids are short and stable ("n0", "n1", …
// in order of IRI, since GraphML ids must be XML name tokens) and the IRI is
// the "iri" attribute. Edges are facts: one edge per (subject, predicate,
// object), however many quads state it. The same triple read from two
// sentences or two documents is one edge of weight 2 whose "provenance"
// attribute lists both labels; nothing of the quad label is dropped.
//
// Attributes, declared as <key> with attr.name and attr.type (list values
// are joined by " | "):
//
//	node  label (string)       canonical name; for a quotation its text
//	node  type (string)        Person, Organization, Place, Event, Thing or Quote
//	node  aliases (string)     other names
//	node  roles (string)       roles and titles
//	node  mentions (int)       mentions summed over documents
//	node  documents (string)   IDs of the documents that mention it
//	node  iri (string)         the entity IRI
//	edge  label (string)       predicate local name ("met", "not_accepted")
//	edge  weight (double)      number of evidence sentences, never 0
//	edge  documents (string)   IDs of the documents the evidence comes from
//	edge  evidence (string)    one supporting sentence
//	edge  confidence (double)  highest extractor confidence, when scored
//	edge  provenance (string)  the evidence labels (quad labels)
//	edge  raw (string)         the predicates as written
//	edge  modality (string)    planned, expected, … ("asserted" when mixed)
//	edge  predicate (string)   the predicate IRI
//
// With the Viz option, nodes also get r, g, b (int) and size (double)
// attributes, which Gephi's GraphML importer reads as colour and size. Text is escaped, invalid UTF-8 becomes U+FFFD and characters
// XML 1.0 forbids are dropped, so the output is well-formed for any input.
package graphml

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/internal/wutil"
	"github.com/newsgraph/newsgraph/exporters/model"
)

func init() {
	exporters.Register(exporters.Format{
		Name:        "graphml",
		Ext:         []string{".graphml"},
		Description: "GraphML property graph (Gephi, yEd, networkx, igraph)",
		Options:     []exporters.Option{Viz},
		NewWriter:   func(w io.Writer, opt exporters.Options) quad.WriteCloser { return NewWriter(w, opt) },
	})
}

// Viz adds Gephi's drawing hints: colour and size attributes r, g, b, size.
var Viz = exporters.Option{Name: "viz", Usage: "add Gephi colour and size hints", Default: false}

// A Writer writes GraphML. Quads are buffered until Close, which writes the
// graph and the footer; it does not close the underlying writer. The first
// error is sticky.
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

// Close writes the graph and the footer.
func (w *Writer) Close() error {
	return w.c.Finish(w.header, func() error {
		if err := w.opt.Validate(Viz); err != nil {
			return fmt.Errorf("write graphml: %w", err)
		}
		g, err := w.c.B.Graph(w.opt.Filter)
		if err != nil {
			return fmt.Errorf("write graphml: %w", err)
		}
		w.body(g)
		w.c.Out.WriteString("  </graph>\n</graphml>\n")
		return nil
	})
}

type key struct {
	id, domain, name, typ string
}

var nodeKeys = []key{
	{"v_label", "node", "label", "string"},
	{"v_type", "node", "type", "string"},
	{"v_aliases", "node", "aliases", "string"},
	{"v_roles", "node", "roles", "string"},
	{"v_mentions", "node", "mentions", "int"},
	{"v_documents", "node", "documents", "string"},
	{"v_iri", "node", "iri", "string"},
}

var vizKeys = []key{
	{"v_r", "node", "r", "int"},
	{"v_g", "node", "g", "int"},
	{"v_b", "node", "b", "int"},
	{"v_size", "node", "size", "double"},
}

var edgeKeys = []key{
	{"e_label", "edge", "label", "string"},
	{"e_weight", "edge", "weight", "double"},
	{"e_documents", "edge", "documents", "string"},
	{"e_evidence", "edge", "evidence", "string"},
	{"e_confidence", "edge", "confidence", "double"},
	{"e_provenance", "edge", "provenance", "string"},
	{"e_raw", "edge", "raw", "string"},
	{"e_modality", "edge", "modality", "string"},
	{"e_predicate", "edge", "predicate", "string"},
}

func (w *Writer) header() {
	out := w.c.Out
	out.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	out.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	keys := append([]key(nil), nodeKeys...)
	if w.opt.Bool(Viz) {
		keys = append(keys, vizKeys...)
	}
	keys = append(keys, edgeKeys...)
	for _, k := range keys {
		fmt.Fprintf(out, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.domain, k.name, k.typ)
	}
	out.WriteString(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
}

// vizColor gives Gephi colours by type.
var vizColor = map[string][3]int{
	model.TypePerson:       {166, 206, 227},
	model.TypeOrganization: {178, 223, 138},
	model.TypePlace:        {253, 191, 111},
	model.TypeEvent:        {251, 154, 153},
	model.TypeQuote:        {255, 255, 179},
	model.TypeThing:        {221, 221, 221},
}

func (w *Writer) body(g *model.Graph) {
	out := w.c.Out
	viz := w.opt.Bool(Viz)
	for i, n := range g.Nodes {
		fmt.Fprintf(out, "    <node id=\"n%d\">\n", i)
		data(out, "v_label", n.Label)
		data(out, "v_type", n.Type)
		data(out, "v_aliases", wutil.JoinList(n.Aliases))
		data(out, "v_roles", wutil.JoinList(n.Roles))
		data(out, "v_mentions", strconv.Itoa(n.Mentions))
		data(out, "v_documents", wutil.JoinList(n.Documents))
		data(out, "v_iri", n.IRI)
		if viz {
			c, ok := vizColor[n.Type]
			if !ok {
				c = vizColor[model.TypeThing]
			}
			data(out, "v_r", strconv.Itoa(c[0]))
			data(out, "v_g", strconv.Itoa(c[1]))
			data(out, "v_b", strconv.Itoa(c[2]))
			data(out, "v_size", formatFloat(10+4*math.Log1p(float64(n.Mentions))))
		}
		out.WriteString("    </node>\n")
	}
	for i, e := range g.Edges {
		fmt.Fprintf(out, "    <edge id=\"e%d\" source=\"n%d\" target=\"n%d\">\n", i, e.From, e.To)
		data(out, "e_label", e.Label)
		data(out, "e_weight", strconv.Itoa(e.Weight))
		data(out, "e_documents", wutil.JoinList(e.Documents))
		data(out, "e_evidence", e.Evidence)
		if e.HasConfidence {
			data(out, "e_confidence", formatFloat(e.Confidence))
		}
		data(out, "e_provenance", wutil.JoinList(e.Provenance))
		data(out, "e_raw", wutil.JoinList(e.Raw))
		data(out, "e_modality", wutil.JoinList(e.Modality))
		data(out, "e_predicate", e.Predicate)
		out.WriteString("    </edge>\n")
	}
}

func formatFloat(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "0"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// data writes one <data> element; empty values are left out.
func data(out *bufio.Writer, key, value string) {
	if value == "" {
		return
	}
	out.WriteString("      <data key=\"")
	out.WriteString(key)
	out.WriteString("\">")
	escapeText(out, value)
	out.WriteString("</data>\n")
}

// escapeText writes s as XML character data: markup characters escaped,
// carriage returns kept as references (parsers would turn a literal one
// into a newline), characters XML 1.0 forbids dropped and invalid UTF-8
// replaced by U+FFFD.
func escapeText(out *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var rep string
		switch {
		case r == utf8.RuneError && size == 1:
			rep = "\uFFFD"
		case r == '&':
			rep = "&amp;"
		case r == '<':
			rep = "&lt;"
		case r == '>':
			rep = "&gt;"
		case r == '\r':
			rep = "&#xD;"
		case !xmlChar(r):
			rep = ""
		default:
			i += size
			continue
		}
		out.WriteString(s[last:i])
		out.WriteString(rep)
		i += size
		last = i
	}
	out.WriteString(s[last:])
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		(r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) ||
		(r >= 0x10000 && r <= 0x10FFFF)
}
