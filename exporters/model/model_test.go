package model_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
	"github.com/newsgraph/newsgraph/exporters/model"
)

func basic(t *testing.T) *model.Builder {
	return model.FromQuads(exptest.ReadInput(t, "basic"))
}

func node(t *testing.T, g *model.Graph, label string) model.Node {
	t.Helper()
	for _, n := range g.Nodes {
		if n.Label == label {
			return n
		}
	}
	t.Fatalf("no node %q", label)
	return model.Node{}
}

func TestNodes(t *testing.T) {
	g, err := basic(t).Graph(model.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		label string
		want  model.Node
	}{
		{"Antony Blinken", model.Node{IRI: ng.EntityNS + "antony-blinken", Label: "Antony Blinken", Type: "Person",
			Aliases: []string{"Blinken"}, Roles: []string{"US Secretary of State"}, Mentions: 7,
			Documents: []string{"000", "001", "https://other.example.org/world/talks"}}},
		// Typed Thing in 001 and Person elsewhere: Person wins; "netanyahu"
		// folds into "Netanyahu".
		{"Benjamin Netanyahu", model.Node{IRI: ng.EntityNS + "benjamin-netanyahu", Label: "Benjamin Netanyahu", Type: "Person",
			Aliases: []string{"Netanyahu"}, Roles: []string{"Israeli Prime Minister"}, Mentions: 5,
			Documents: []string{"000", "001", "https://other.example.org/world/talks"}}},
		{"We are working hard for a deal,", model.Node{IRI: ng.QuoteNS + "2ac9a6746aca543a-177-208", Label: "We are working hard for a deal,",
			Type: "Quote", Mentions: 1, Documents: []string{"000"}}},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			if got := node(t, g, tt.label); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestEdges(t *testing.T) {
	g, err := basic(t).Graph(model.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Edges) != 5 {
		t.Fatalf("got %d edges, want 5", len(g.Edges))
	}
	met := g.Edges[0]
	if met.Label != "met" || met.Weight != 4 || !met.HasConfidence || met.Confidence != 0.9 {
		t.Errorf("met: got label %s weight %d confidence %v, want met 4 0.9", met.Label, met.Weight, met.Confidence)
	}
	if got, want := met.Raw, []string{"held talks with", "met"}; !reflect.DeepEqual(got, want) {
		t.Errorf("met raw: got %q, want %q", got, want)
	}
	if got, want := met.Modality, []string{"asserted", "reported"}; !reflect.DeepEqual(got, want) {
		t.Errorf("met modality: got %q, want %q", got, want)
	}
	for i := 1; i < len(g.Edges); i++ {
		a, b := g.Edges[i-1], g.Edges[i]
		if a.From > b.From || (a.From == b.From && a.Label > b.Label) {
			t.Errorf("edges not sorted at %d", i)
		}
	}
}

// TestAggregation checks the rules on small hand-made inputs.
func TestAggregation(t *testing.T) {
	const e1, e2 = quad.IRI(ng.EntityNS + "a"), quad.IRI(ng.EntityNS + "b")
	doc := func(id string) quad.IRI { return quad.IRI(ng.DocNS + id) }
	lab := func(d, span string) quad.IRI { return quad.IRI(ng.ProvNS + d + ":x/v1:" + span) }
	prov := func(d, span, text string, start int) []quad.Quad {
		l := lab(d, span)
		out := []quad.Quad{
			{Subject: l, Predicate: ng.ProvWasDerivedFrom, Object: doc(d), Label: ng.ProvenanceGraph},
			{Subject: l, Predicate: ng.NGStart, Object: quad.Int(start), Label: ng.ProvenanceGraph},
			{Subject: doc(d), Predicate: ng.SchemaIdentifier, Object: quad.String(d), Label: lab(d, "all")},
		}
		if text != "" {
			out = append(out, quad.Quad{Subject: l, Predicate: ng.ProvValue, Object: quad.String(text), Label: ng.ProvenanceGraph})
		}
		return out
	}
	name := func(e quad.IRI, n, d string) quad.Quad {
		return quad.Quad{Subject: e, Predicate: ng.SchemaName, Object: quad.String(n), Label: lab(d, "all")}
	}
	typ := func(e quad.IRI, t ng.EntityType, d string) quad.Quad {
		return quad.Quad{Subject: e, Predicate: ng.RDFType, Object: ng.SchemaType(t), Label: lab(d, "all")}
	}
	met := func(d, span string) quad.Quad {
		return quad.Quad{Subject: e1, Predicate: ng.PredicateIRI("met"), Object: e2, Label: lab(d, span)}
	}
	var all []quad.Quad
	for _, d := range []string{"d1", "d2", "d3"} {
		all = append(all, prov(d, "all", "", 0)...)
	}
	tests := []struct {
		name  string
		quads []quad.Quad
		check func(t *testing.T, g *model.Graph)
	}{
		{"name tie goes to the longest", []quad.Quad{name(e1, "Bo", "d1"), name(e1, "Bobby", "d2")}, func(t *testing.T, g *model.Graph) {
			if n := g.Nodes[0]; n.Label != "Bobby" || !reflect.DeepEqual(n.Aliases, []string{"Bo"}) {
				t.Errorf("got %q %q, want Bobby [Bo]", n.Label, n.Aliases)
			}
		}},
		{"name tie of equal length goes to the smallest", []quad.Quad{name(e1, "Bz", "d1"), name(e1, "Ba", "d2")}, func(t *testing.T, g *model.Graph) {
			if n := g.Nodes[0]; n.Label != "Ba" {
				t.Errorf("got %q, want Ba", n.Label)
			}
		}},
		{"most documents wins", []quad.Quad{name(e1, "Bo", "d1"), name(e1, "Bo", "d2"), name(e1, "Bobby", "d3")}, func(t *testing.T, g *model.Graph) {
			if n := g.Nodes[0]; n.Label != "Bo" {
				t.Errorf("got %q, want Bo", n.Label)
			}
		}},
		{"Thing loses to a specific type", []quad.Quad{typ(e1, ng.Thing, "d1"), typ(e1, ng.Thing, "d2"), typ(e1, ng.Organization, "d3")}, func(t *testing.T, g *model.Graph) {
			if n := g.Nodes[0]; n.Type != "Organization" {
				t.Errorf("got %q, want Organization", n.Type)
			}
		}},
		{"type majority", []quad.Quad{typ(e1, ng.Place, "d1"), typ(e1, ng.Place, "d2"), typ(e1, ng.Organization, "d3")}, func(t *testing.T, g *model.Graph) {
			if n := g.Nodes[0]; n.Type != "Place" {
				t.Errorf("got %q, want Place", n.Type)
			}
		}},
		{"no name: local name of the IRI", []quad.Quad{met("d1", "0-5")}, func(t *testing.T, g *model.Graph) {
			if g.Nodes[0].Label != "a" || g.Nodes[0].Type != "Thing" {
				t.Errorf("got %q %q, want a Thing", g.Nodes[0].Label, g.Nodes[0].Type)
			}
		}},
		{"duplicate quads count once; evidence from the earliest", append(append(prov("d2", "9-20", "later sentence", 9), prov("d2", "0-5", "first sentence", 0)...),
			met("d2", "9-20"), met("d2", "9-20"), met("d2", "0-5")), func(t *testing.T, g *model.Graph) {
			e := g.Edges[0]
			if e.Weight != 2 || e.Evidence != "first sentence" || !reflect.DeepEqual(e.Documents, []string{"d2"}) {
				t.Errorf("got weight %d evidence %q documents %q, want 2, first sentence, [d2]", e.Weight, e.Evidence, e.Documents)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := model.FromQuads(append(append([]quad.Quad(nil), all...), tt.quads...)).Graph(model.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, g)
		})
	}
}

func TestFilter(t *testing.T) {
	labels := func(g *model.Graph) string {
		var s []string
		for _, n := range g.Nodes {
			s = append(s, n.Label)
		}
		return strings.Join(s, ", ")
	}
	edges := func(g *model.Graph) string {
		var s []string
		for _, e := range g.Edges {
			s = append(s, fmt.Sprintf("%s %s %s/%d", g.Nodes[e.From].Label, e.Label, g.Nodes[e.To].Label, e.Weight))
		}
		return strings.Join(s, ", ")
	}
	tests := []struct {
		name             string
		f                model.Filter
		nodes, edgesWant string
	}{
		{"min documents", model.Filter{MinDocuments: 2, DropIsolated: true}, "Antony Blinken, Benjamin Netanyahu", "Antony Blinken met Benjamin Netanyahu/4"},
		{"predicates", model.Filter{Predicates: []string{"thanked"}, DropIsolated: true}, "Antony Blinken, Benjamin Netanyahu", "Benjamin Netanyahu thanked Antony Blinken/1"},
		{"types", model.Filter{Types: []string{"place", "person"}},
			"Antony Blinken, Benjamin Netanyahu, Egypt, Jerusalem",
			"Antony Blinken met Benjamin Netanyahu/4, Antony Blinken visits Egypt/1, Benjamin Netanyahu thanked Antony Blinken/1"},
		{"documents", model.Filter{Documents: []string{"001"}}, "Antony Blinken, Benjamin Netanyahu",
			"Antony Blinken met Benjamin Netanyahu/1, Benjamin Netanyahu thanked Antony Blinken/1"},
		{"entity by alias, 1 hop", model.Filter{Entity: "hamas"}, "Hamas, the ceasefire proposal", "Hamas not_accepted the ceasefire proposal/1"},
		{"entity, 2 hops", model.Filter{Entity: "Egypt", Hops: 2},
			"Antony Blinken, Benjamin Netanyahu, Egypt, We are working hard for a deal,",
			"Antony Blinken met Benjamin Netanyahu/4, Antony Blinken said We are working hard for a deal,/1, Antony Blinken visits Egypt/1, Benjamin Netanyahu thanked Antony Blinken/1"},
		{"top", model.Filter{Top: 2}, "Antony Blinken, Benjamin Netanyahu", "Antony Blinken met Benjamin Netanyahu/4, Benjamin Netanyahu thanked Antony Blinken/1"},
		{"since (a date and time)", model.Filter{Since: "2024-06-11"}, "Antony Blinken, Benjamin Netanyahu",
			"Antony Blinken met Benjamin Netanyahu/1, Benjamin Netanyahu thanked Antony Blinken/1"},
		{"until", model.Filter{Until: "2024-06-11"}, "Antony Blinken, Benjamin Netanyahu, Egypt, Hamas, Jerusalem, the ceasefire proposal, We are working hard for a deal,",
			"Antony Blinken met Benjamin Netanyahu/2, Antony Blinken said We are working hard for a deal,/1, Antony Blinken visits Egypt/1, Hamas not_accepted the ceasefire proposal/1"},
		{"the day of a date and time", model.Filter{Since: "2024-06-12", Until: "2024-06-12"}, "Antony Blinken, Benjamin Netanyahu",
			"Antony Blinken met Benjamin Netanyahu/1, Benjamin Netanyahu thanked Antony Blinken/1"},
		{"range and documents", model.Filter{Documents: []string{"000"}, Since: "2024-06-11"}, "", ""},
		{"nodes", model.Filter{Nodes: []string{ng.EntityNS + "antony-blinken", ng.EntityNS + "egypt", ng.EntityNS + "hamas"}},
			"Antony Blinken, Egypt, Hamas", "Antony Blinken visits Egypt/1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := basic(t).Graph(tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := labels(g); got != tt.nodes {
				t.Errorf("nodes: got %s, want %s", got, tt.nodes)
			}
			if got := edges(g); got != tt.edgesWant {
				t.Errorf("edges: got %s, want %s", got, tt.edgesWant)
			}
		})
	}
}

func TestInDateRange(t *testing.T) {
	tests := []struct {
		published, since, until string
		want                    bool
	}{
		{"2024-06-10", "", "", true},
		{"", "", "", true},
		{"", "2024-01-01", "", false},
		{"2024-06-10", "2024-06-10", "2024-06-10", true},
		{"2024-06-10T23:59:59Z", "2024-06-10", "2024-06-10", true},
		{"2024-06-10", "2024-06-11", "", false},
		{"2024-06-10", "", "2024-06-09", false},
		{"June 2024", "2024-01-01", "", false},
		{"2024", "2024-01-01", "", false},
	}
	for _, tt := range tests {
		if got := model.InDateRange(tt.published, tt.since, tt.until); got != tt.want {
			t.Errorf("InDateRange(%q, %q, %q) = %v, want %v", tt.published, tt.since, tt.until, got, tt.want)
		}
	}
}

func TestFilterErrors(t *testing.T) {
	tests := []struct {
		name string
		f    model.Filter
		want error
	}{
		{"unknown entity", model.Filter{Entity: "Nobody"}, model.ErrNotFound},
		{"unknown document", model.Filter{Documents: []string{"999"}}, model.ErrNotFound},
		{"negative top", model.Filter{Top: -1}, model.ErrInvalidFilter},
		{"hops without entity", model.Filter{Hops: 2}, model.ErrInvalidFilter},
		{"bad type", model.Filter{Types: []string{"Planet"}}, model.ErrInvalidFilter},
		{"bad date", model.Filter{Since: "10 June 2024"}, model.ErrInvalidFilter},
		{"not a day", model.Filter{Until: "2024-02-30"}, model.ErrInvalidFilter},
		{"range backwards", model.Filter{Since: "2024-06-12", Until: "2024-06-10"}, model.ErrInvalidFilter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := basic(t).Graph(tt.f); !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
}

// TestKeepQuad checks that the quads kept for a filter describe exactly
// the filtered graph: rebuilding a graph from them gives the same graph.
func TestKeepQuad(t *testing.T) {
	qs := exptest.ReadInput(t, "basic")
	for _, f := range []model.Filter{{MinDocuments: 2}, {Entity: "Hamas"}, {Documents: []string{"001"}}, {Types: []string{"Person"}},
		{Since: "2024-06-11"}, {Nodes: []string{ng.EntityNS + "antony-blinken", ng.EntityNS + "egypt"}}} {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			g, err := model.FromQuads(qs).Graph(f)
			if err != nil {
				t.Fatal(err)
			}
			var kept []quad.Quad
			for _, q := range qs {
				if g.KeepQuad(q) {
					kept = append(kept, q)
				}
			}
			again, err := model.FromQuads(kept).Graph(model.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(again.Nodes, g.Nodes) {
				t.Errorf("nodes differ:\n got %+v\nwant %+v", again.Nodes, g.Nodes)
			}
			if !reflect.DeepEqual(again.Edges, g.Edges) {
				t.Errorf("edges differ:\n got %+v\nwant %+v", again.Edges, g.Edges)
			}
		})
	}
}

// TestWithoutProvenance checks that without the provenance graph labels
// still resolve to their documents (through the document hash in the
// label), so weights and documents stay right; only the evidence
// sentences, confidence and modality are lost.
func TestWithoutProvenance(t *testing.T) {
	var qs []quad.Quad
	for _, q := range exptest.ReadInput(t, "basic") {
		if q.Label != ng.ProvenanceGraph {
			qs = append(qs, q)
		}
	}
	g, err := model.FromQuads(qs).Graph(model.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	full, err := basic(t).Graph(model.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Edges) != len(full.Edges) {
		t.Fatalf("got %d edges, want %d", len(g.Edges), len(full.Edges))
	}
	for i, e := range g.Edges {
		w := full.Edges[i]
		if e.Weight != w.Weight || !reflect.DeepEqual(e.Documents, w.Documents) || !reflect.DeepEqual(e.Provenance, w.Provenance) {
			t.Errorf("edge %s: got weight %d documents %q, want %d %q", e.Label, e.Weight, e.Documents, w.Weight, w.Documents)
		}
	}
	if !reflect.DeepEqual(g.Nodes, full.Nodes) {
		t.Errorf("nodes differ without provenance:\n got %+v\nwant %+v", g.Nodes, full.Nodes)
	}
	if _, err := model.FromQuads(qs).Graph(model.Filter{Documents: []string{"001"}}); err != nil {
		t.Errorf("document filter without provenance: %v", err)
	}
}
