package exporters_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	excsv "github.com/newsgraph/newsgraph/exporters/csv"
	"github.com/newsgraph/newsgraph/exporters/dot"
	"github.com/newsgraph/newsgraph/exporters/graphml"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
	"github.com/newsgraph/newsgraph/exporters/jsonld"
	"github.com/newsgraph/newsgraph/exporters/model"
	"github.com/newsgraph/newsgraph/exporters/nquads"
)

// sliceStore is a newsgraph.Store that keeps the quads Build writes.
type sliceStore struct{ quads []quad.Quad }

func (s *sliceStore) DocumentHash(context.Context, ng.IRI) (string, error) { return "", nil }

func (s *sliceStore) Update(_ context.Context, docs []ng.DocQuads) (ng.Changes, error) {
	var ch ng.Changes
	for _, d := range docs {
		s.quads = append(s.quads, d.Quads...)
		ch.Added += len(d.Quads)
	}
	return ch, nil
}

// fixtureResolver gives the fixtures' entities the IRIs Case.Quads gives
// them.
type fixtureResolver map[string]exptest.DocExtraction

func (r fixtureResolver) Resolve(_ context.Context, doc ng.Doc, ents []ng.Entity) ([]ng.IRI, error) {
	iris := make([]ng.IRI, len(ents))
	for i, e := range ents {
		switch local, ok := r[doc.ID].IRIs[e.Key]; {
		case ok:
			iris[i] = ng.IRI(ng.EntityNS + local)
		case e.Type == ng.Quote:
			iris[i] = ng.QuoteIRI(doc, e.Mentions[0].Span)
		default:
			iris[i] = ng.IRI(ng.EntityNS + ng.Slug(e.Name))
		}
	}
	return iris, nil
}

// buildFixtures builds a graph of every fixture document with
// newsgraph.Build and returns its quads.
func buildFixtures(t *testing.T) ([]quad.Quad, []exptest.DocExtraction) {
	t.Helper()
	byID := fixtureResolver{}
	var all []exptest.DocExtraction
	for _, c := range exptest.Cases() {
		for _, d := range c.Docs {
			byID[d.Doc.ID] = d
			all = append(all, d)
		}
	}
	src := func(ctx context.Context, fn func(ng.Doc, error) error) error {
		for _, d := range all {
			if err := fn(d.Doc, nil); err != nil {
				return err
			}
		}
		return nil
	}
	ex := ng.ExtractorFunc{Step: exptest.Step, Fn: func(_ context.Context, doc ng.Doc) (*ng.Extraction, error) {
		return byID[doc.ID].Ex, nil
	}}
	st := &sliceStore{}
	if _, err := ng.Build(context.Background(), src, ex, byID, st, ng.Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	return st.quads, all
}

// view reads quads through the read side.
func view(qs []quad.Quad) *ng.View {
	v := ng.NewView()
	v.AddQuads(qs)
	return v
}

// edgeKey names an edge of the property graph: subject IRI, label
// (predicate, "not_" for negated ones), object IRI.
type edgeKey struct{ s, label, o string }

// readSideEdges groups the read side's facts into edges, with their
// sorted evidence labels.
func readSideEdges(v *ng.View) map[edgeKey][]string {
	out := map[edgeKey][]string{}
	for _, f := range v.Facts() {
		label := f.Predicate
		if f.Negated {
			label = "not_" + label
		}
		k := edgeKey{string(f.Subject), label, string(f.Object)}
		out[k] = append(out[k], string(f.Label))
	}
	for k := range out {
		slices.Sort(out[k])
	}
	return out
}

// TestReadSide builds a graph, reads it back through the read side and
// compares: with what the extractor found (the round trip), and with what
// each exporter makes of it (the model, and the output of every format
// read back).
func TestReadSide(t *testing.T) {
	qs, docs := buildFixtures(t)
	v := view(qs)

	t.Run("round trip", func(t *testing.T) { roundTrip(t, v, docs) })

	edges := readSideEdges(v)
	g, err := model.FromQuads(qs).Graph(model.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("model", func(t *testing.T) { compareModel(t, v, g, edges) })
	t.Run("nquads", func(t *testing.T) {
		out := write(t, nquads.NewWriter, qs)
		var back []quad.Quad
		if _, err := nquads.Read(context.Background(), bytes.NewReader(out), "export.nq", func(q quad.Quad) error {
			back = append(back, q)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		sameView(t, v, view(back))
	})
	t.Run("jsonld", func(t *testing.T) {
		sameView(t, v, view(exptest.ToRDF(t, write(t, jsonld.NewWriter, qs))))
	})
	t.Run("graphml", func(t *testing.T) {
		sameEdges(t, "graphml", graphmlEdges(t, write(t, graphml.NewWriter, qs)), edges)
	})
	t.Run("dot", func(t *testing.T) {
		sameEdges(t, "dot", dotEdges(t, write(t, dot.NewWriter, qs), g), edges)
	})
	t.Run("csv", func(t *testing.T) {
		var nodes, edgeTable bytes.Buffer
		w := excsv.NewWriter(&nodes, &edgeTable, exporters.Options{})
		if _, err := w.WriteQuads(qs); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		sameEdges(t, "csv", csvEdges(t, edgeTable.Bytes()), edges)
	})
}

// write writes qs with a writer of one format.
func write[W quad.WriteCloser](t *testing.T, newWriter func(io.Writer, exporters.Options) W, qs []quad.Quad) []byte {
	t.Helper()
	return exptest.Write(t, func(w io.Writer) quad.WriteCloser { return newWriter(w, exporters.Options{}) }, qs)
}

// roundTrip checks that the read side gives back what the extractor found:
// every document, entity and fact, with its evidence.
func roundTrip(t *testing.T, v *ng.View, docs []exptest.DocExtraction) {
	res := fixtureResolver{}
	for _, d := range docs {
		res[d.Doc.ID] = d
	}
	var want []ng.FactRecord
	for _, d := range docs {
		iris, _ := res.Resolve(context.Background(), d.Doc, d.Ex.Entities)
		iri := map[string]ng.IRI{}
		for i, e := range d.Ex.Entities {
			iri[e.Key] = iris[i]
		}
		for _, f := range d.Ex.Facts {
			text := strings.TrimSpace(d.Doc.Text[f.Evidence.Start:f.Evidence.End])
			if f.Evidence == (ng.Span{Start: 0, End: len(d.Doc.Text)}) {
				text = "" // the graph does not repeat a whole document's text
			}
			want = append(want, ng.FactRecord{
				Subject: iri[f.Subject], Object: iri[f.Object], Predicate: f.Predicate, Negated: f.Negated,
				Label: ng.Label(d.Doc, exptest.Step, f.Evidence), Document: d.Doc.IRI(), Step: exptest.Step,
				Evidence: f.Evidence, Span: f.Span, Text: text,
				Raw: f.Raw, Confidence: f.Confidence, Modality: f.Modality,
			})
		}
		rec, ok := findDoc(v, d.Doc.IRI())
		if !ok || rec.ID != d.Doc.ID || rec.Title != d.Doc.Title || rec.URL != d.Doc.URL {
			t.Errorf("document %s: got %+v", d.Doc.ID, rec)
		}
	}
	got := v.Facts()
	key := func(f ng.FactRecord) string { return fmt.Sprintf("%+v", f) }
	gk, wk := make([]string, len(got)), make([]string, len(want))
	for i := range got {
		gk[i] = key(got[i])
	}
	for i := range want {
		wk[i] = key(want[i])
	}
	slices.Sort(gk)
	slices.Sort(wk)
	if a, b := exptest.DiffLines(gk, wk); len(a)+len(b) > 0 {
		t.Errorf("facts: only read back %q, only extracted %q", a, b)
	}
	ents := map[ng.IRI]ng.EntityRecord{}
	for _, e := range v.Entities() {
		ents[e.IRI] = e
	}
	for _, d := range docs {
		iris, _ := res.Resolve(context.Background(), d.Doc, d.Ex.Entities)
		for i, e := range d.Ex.Entities {
			r := ents[iris[i]]
			if !slices.Contains(r.Names, e.Name) || !slices.Contains(r.Documents, d.Doc.IRI()) {
				t.Errorf("entity %s of %s: got %+v, want it named %q, from the document", e.Key, d.Doc.ID, r, e.Name)
			}
			for _, role := range e.Roles {
				if !slices.Contains(r.Roles, role) {
					t.Errorf("entity %s of %s: got roles %q, want %q among them", e.Key, d.Doc.ID, r.Roles, role)
				}
			}
		}
	}
}

func findDoc(v *ng.View, iri ng.IRI) (ng.DocumentRecord, bool) {
	for _, d := range v.Documents() {
		if d.IRI == iri {
			return d, true
		}
	}
	return ng.DocumentRecord{}, false
}

// compareModel checks the property graph the exporters share against the
// read side: the same edges with the same evidence, and nodes named,
// typed and counted as the read side has them.
func compareModel(t *testing.T, v *ng.View, g *model.Graph, want map[edgeKey][]string) {
	got := map[edgeKey][]string{}
	for _, e := range g.Edges {
		got[edgeKey{g.Nodes[e.From].IRI, e.Label, g.Nodes[e.To].IRI}] = e.Provenance
		if e.Weight != len(e.Provenance) {
			t.Errorf("edge %s: weight %d for %d labels", e.Label, e.Weight, len(e.Provenance))
		}
	}
	sameEdges(t, "model", got, want)
	ents := map[string]ng.EntityRecord{}
	for _, e := range v.Entities() {
		ents[string(e.IRI)] = e
	}
	if len(ents) != len(g.Nodes) {
		t.Errorf("got %d nodes, the read side has %d entities", len(g.Nodes), len(ents))
	}
	for _, n := range g.Nodes {
		e, ok := ents[n.IRI]
		typ := string(e.Type)
		if e.Type == ng.Quote {
			typ = model.TypeQuote
		}
		switch {
		case !ok:
			t.Errorf("node %s: not an entity of the read side", n.IRI)
		case !slices.Contains(e.AllNames(), n.Label) && len(e.AllNames()) > 0:
			t.Errorf("node %s: label %q is none of the names %q", n.IRI, n.Label, e.AllNames())
		case e.Name != "" && n.Label != e.Name:
			t.Errorf("node %s: label %q, the read side names it %q", n.IRI, n.Label, e.Name)
		case typ != n.Type:
			t.Errorf("node %s: type %s, the read side says %s", n.IRI, n.Type, e.Type)
		case n.Mentions != e.Mentions:
			t.Errorf("node %s: %d mentions, the read side says %d", n.IRI, n.Mentions, e.Mentions)
		}
	}
}

func sameView(t *testing.T, want, got *ng.View) {
	t.Helper()
	if !reflect.DeepEqual(got.Facts(), want.Facts()) {
		t.Errorf("facts read back differ:\n got %+v\nwant %+v", got.Facts(), want.Facts())
	}
	if !reflect.DeepEqual(got.Entities(), want.Entities()) {
		t.Errorf("entities read back differ:\n got %+v\nwant %+v", got.Entities(), want.Entities())
	}
	if !reflect.DeepEqual(got.Documents(), want.Documents()) {
		t.Errorf("documents read back differ:\n got %+v\nwant %+v", got.Documents(), want.Documents())
	}
}

func sameEdges(t *testing.T, who string, got, want map[edgeKey][]string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: edges differ from the read side's facts:\n got %v\nwant %v", who, got, want)
	}
}

// splitList splits a list value the exporters joined with " | ".
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, " | ")
}

// graphmlEdges reads the edges of a GraphML export: ends by node IRI,
// label and provenance.
func graphmlEdges(t *testing.T, b []byte) map[edgeKey][]string {
	var doc struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	iri := map[string]string{}
	for _, n := range doc.Nodes {
		for _, d := range n.Data {
			if d.Key == "v_iri" {
				iri[n.ID] = d.Value
			}
		}
	}
	out := map[edgeKey][]string{}
	for _, e := range doc.Edges {
		var label, prov string
		for _, d := range e.Data {
			switch d.Key {
			case "e_label":
				label = d.Value
			case "e_provenance":
				prov = d.Value
			}
		}
		out[edgeKey{iri[e.Source], label, iri[e.Target]}] = splitList(prov)
	}
	return out
}

var dotEdge = regexp.MustCompile(`(?m)^  n(\d+) -> n(\d+) \[label="([^"]*)".* prov="([^"]*)"`)

// dotEdges reads the edges of a DOT export; node ids are indexes into the
// model's nodes, which the DOT writer numbers in the same order.
func dotEdges(t *testing.T, b []byte, g *model.Graph) map[edgeKey][]string {
	out := map[edgeKey][]string{}
	for _, m := range dotEdge.FindAllStringSubmatch(string(b), -1) {
		from, _ := strconv.Atoi(m[1])
		to, _ := strconv.Atoi(m[2])
		out[edgeKey{g.Nodes[from].IRI, m[3], g.Nodes[to].IRI}] = splitList(m[4])
	}
	if len(out) != len(g.Edges) {
		t.Errorf("dot: read %d edges, the graph has %d", len(out), len(g.Edges))
	}
	return out
}

// csvEdges reads the edge table of a CSV export.
func csvEdges(t *testing.T, b []byte) map[edgeKey][]string {
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	out := map[edgeKey][]string{}
	for _, r := range rows[1:] {
		out[edgeKey{r[col["Source"]], r[col["Label"]], r[col["Target"]]}] = splitList(r[col["Provenance"]])
	}
	return out
}
