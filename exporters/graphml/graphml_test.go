package graphml_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/graphml"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
	"github.com/newsgraph/newsgraph/exporters/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// cases are the golden cases: every shared input with default options,
// plus option variants of the basic input.
func cases(t *testing.T) []struct {
	name, input string
	opt         exporters.Options
} {
	var out []struct {
		name, input string
		opt         exporters.Options
	}
	for _, in := range exptest.InputNames(t) {
		out = append(out, struct {
			name, input string
			opt         exporters.Options
		}{in, in, exporters.Options{}})
	}
	out = append(out, struct {
		name, input string
		opt         exporters.Options
	}{"basic-filtered-viz", "basic", exporters.Options{Filter: model.Filter{MinDocuments: 2}}.With(graphml.Viz, true)})
	return out
}

func write(t testing.TB, qs []quad.Quad, opt exporters.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := graphml.NewWriter(&buf, opt)
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := write(t, exptest.ReadInput(t, c.input), c.opt)
			exptest.Golden(t, *update, c.name+".golden", got)
			if err := exptest.ValidateGraphML(got); err != nil {
				t.Errorf("invalid GraphML: %v", err)
			}
		})
	}
}

// TestInputOrder checks that the output does not depend on quad order.
func TestInputOrder(t *testing.T) {
	qs := exptest.ReadInput(t, "basic")
	want := write(t, qs, exporters.Options{})
	rev := make([]quad.Quad, len(qs))
	for i, q := range qs {
		rev[len(qs)-1-i] = q
	}
	if got := write(t, rev, exporters.Options{}); !bytes.Equal(got, want) {
		t.Errorf("reversed input gives different output")
	}
}

// gmlDoc is what the tests read back with encoding/xml.
type gmlDoc struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []gmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string    `xml:"source,attr"`
			Target string    `xml:"target,attr"`
			Data   []gmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func parse(t testing.TB, b []byte) (gmlDoc, map[string]string) {
	t.Helper()
	var d gmlDoc
	if err := xml.Unmarshal(b, &d); err != nil {
		t.Fatalf("parse GraphML: %v", err)
	}
	names := make(map[string]string)
	for _, k := range d.Keys {
		names[k.ID] = k.For + "." + k.Name
	}
	return d, names
}

func attrs(data []gmlData, names map[string]string) map[string]string {
	m := make(map[string]string)
	for _, d := range data {
		n := names[d.Key]
		m[n[strings.Index(n, ".")+1:]] = d.Value
	}
	return m
}

// TestContract checks the attributes graphscore reads, on the basic input:
// the same triple from three sentences in three documents is one edge.
func TestContract(t *testing.T) {
	d, names := parse(t, write(t, exptest.ReadInput(t, "basic"), exporters.Options{}))
	if d.Graph.EdgeDefault != "directed" {
		t.Errorf("got edgedefault %q, want directed", d.Graph.EdgeDefault)
	}
	wantKeys := map[string]string{
		"node.label": "string", "node.type": "string", "node.aliases": "string", "node.roles": "string",
		"node.mentions": "int", "node.documents": "string", "edge.label": "string", "edge.weight": "double",
		"edge.documents": "string", "edge.evidence": "string", "edge.confidence": "double", "edge.provenance": "string",
	}
	for _, k := range d.Keys {
		if want, ok := wantKeys[k.For+"."+k.Name]; ok {
			if k.Type != want {
				t.Errorf("key %s.%s: got attr.type %q, want %q", k.For, k.Name, k.Type, want)
			}
			delete(wantKeys, k.For+"."+k.Name)
		}
	}
	if len(wantKeys) > 0 {
		t.Errorf("keys missing: %v", wantKeys)
	}
	byID := make(map[string]map[string]string)
	for _, n := range d.Graph.Nodes {
		byID[n.ID] = attrs(n.Data, names)
	}
	blinken := byID["n0"]
	for id, a := range byID {
		if a["label"] == "Antony Blinken" {
			blinken = a
			_ = id
		}
	}
	if got, want := blinken["type"], "Person"; got != want {
		t.Errorf("Blinken type: got %q, want %q", got, want)
	}
	if got, want := blinken["aliases"], "Blinken"; got != want {
		t.Errorf("Blinken aliases: got %q, want %q", got, want)
	}
	if got, want := blinken["documents"], "000 | 001 | https://other.example.org/world/talks"; got != want {
		t.Errorf("Blinken documents: got %q, want %q", got, want)
	}
	var met []map[string]string
	for _, e := range d.Graph.Edges {
		a := attrs(e.Data, names)
		if a["label"] == "met" {
			met = append(met, a)
		}
	}
	if len(met) != 1 {
		t.Fatalf("got %d met edges, want 1 (one per triple)", len(met))
	}
	m := met[0]
	if m["weight"] != "4" {
		t.Errorf("met weight: got %s, want 4 (two sentences in 000, one in 001, one in the URL document)", m["weight"])
	}
	if got, want := m["documents"], "000 | 001 | https://other.example.org/world/talks"; got != want {
		t.Errorf("met documents: got %q, want %q", got, want)
	}
	if got := strings.Count(m["provenance"], ng.ProvNS); got != 4 {
		t.Errorf("met provenance: got %d labels, want 4: %q", got, m["provenance"])
	}
	if !strings.HasPrefix(m["evidence"], "US Secretary of State Antony Blinken met") {
		t.Errorf("met evidence: got %q, want the first sentence of 000", m["evidence"])
	}
	if m["confidence"] != "0.9" {
		t.Errorf("met confidence: got %q, want 0.9 (the highest)", m["confidence"])
	}
}

// TestEscaping checks that awkward text comes back intact through
// encoding/xml.
func TestEscaping(t *testing.T) {
	d, names := parse(t, write(t, exptest.ReadInput(t, "escaping"), exporters.Options{}))
	var labels []string
	for _, n := range d.Graph.Nodes {
		labels = append(labels, attrs(n.Data, names)["label"])
	}
	sort.Strings(labels)
	want := []string{"AT&T <Labs>", "Back\\slash\nand new line", "Sean \"The Boss\" O'Brien", "the 🚀 launch", "Zürich", "北京"}
	sort.Strings(want)
	if !reflect.DeepEqual(labels, want) {
		t.Errorf("got labels %q, want %q (the control character dropped)", labels, want)
	}
}

func TestWriteErrors(t *testing.T) {
	exptest.TestWriteErrors(t, func(w io.Writer) quad.WriteCloser { return graphml.NewWriter(w, exporters.Options{}) }, exptest.ReadInput(t, "basic"))
}

func TestFilterError(t *testing.T) {
	var buf bytes.Buffer
	w := graphml.NewWriter(&buf, exporters.Options{Filter: model.Filter{Entity: "Nobody"}})
	if _, err := w.WriteQuads(exptest.ReadInput(t, "basic")); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("got %v, want ErrNotFound", err)
	}
}

type summary struct {
	Directed bool              `json:"directed"`
	Nodes    int               `json:"nodes"`
	Edges    int               `json:"edges"`
	Labels   []string          `json:"labels"`
	EdgeList [][]any           `json:"edge_list"`
	Types    map[string]string `json:"types"`
}

// TestConsumers loads every golden file with networkx and python-igraph
// (Debian python3-networkx, python3-igraph, run by /usr/bin/python3) and
// checks the node and edge counts, labels, types and weights they read.
func TestConsumers(t *testing.T) {
	t.Parallel()
	cs := cases(t)
	var args []string
	for _, c := range cs {
		args = append(args, filepath.Join("testdata", c.name+".golden"))
	}
	var got map[string]map[string]summary
	exptest.RunScript(t, &got, "graphml_check.py", args...)
	for _, c := range cs {
		t.Run(c.name, func(t *testing.T) {
			g, err := model.FromQuads(exptest.ReadInput(t, c.input)).Graph(c.opt.Filter)
			if err != nil {
				t.Fatal(err)
			}
			want := summary{Directed: true, Nodes: len(g.Nodes), Edges: len(g.Edges), Labels: []string{}, EdgeList: [][]any{}, Types: map[string]string{}}
			for _, n := range g.Nodes {
				l := xmlText(n.Label)
				want.Labels = append(want.Labels, l)
				want.Types[l] = n.Type
			}
			sort.Strings(want.Labels)
			for _, e := range g.Edges {
				want.EdgeList = append(want.EdgeList, []any{xmlText(g.Nodes[e.From].Label), xmlText(g.Nodes[e.To].Label), e.Label, float64(e.Weight)})
			}
			sortEdges(want.EdgeList)
			wantJSON, _ := json.Marshal(want)
			for _, lib := range []string{"networkx", "igraph"} {
				s := got[filepath.Join("testdata", c.name+".golden")][lib]
				sortEdges(s.EdgeList)
				gotJSON, _ := json.Marshal(s)
				if !bytes.Equal(gotJSON, wantJSON) {
					t.Errorf("%s read:\n got %s\nwant %s", lib, gotJSON, wantJSON)
				}
			}
		})
	}
}

func sortEdges(l [][]any) {
	sort.Slice(l, func(i, j int) bool { return fmt.Sprint(l[i]) < fmt.Sprint(l[j]) })
}

// xmlText drops the characters XML cannot hold, as the writer does.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
			return -1
		}
		return r
	}, s)
}

// TestGraphscore scores the basic golden file with the project's evaluator
// against a gold written for the basic fixture: every entity and fact must
// be found.
func TestGraphscore(t *testing.T) {
	t.Parallel()
	script := filepath.Join(exptest.RepoRoot(t), "..", "shared", "eval", "graphscore")
	if _, err := os.Stat(script); err != nil {
		exptest.Missing(t, "../shared/eval/graphscore")
	}
	py := exptest.Python(t)
	out := exptest.Run(t, nil, py, script, filepath.Join("testdata", "basic-gold.json"), filepath.Join("testdata", "basic.golden"), "--json")
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatalf("read graphscore output: %v\n%s", err, out)
	}
	res := make(map[string]map[string]any)
	for _, part := range []string{"entities", "facts", "roles", "precision_proxy"} {
		var m map[string]any
		if err := json.Unmarshal(raw[part], &m); err != nil {
			t.Fatalf("read graphscore %s: %v", part, err)
		}
		res[part] = m
	}
	for _, k := range []struct{ part, figure string }{
		{"entities", "recall"}, {"entities", "type_accuracy"}, {"facts", "recall"}, {"roles", "recall"}, {"precision_proxy", "precision"},
	} {
		if v := res[k.part][k.figure]; v != 1.0 {
			t.Errorf("graphscore %s %s: got %v, want 1", k.part, k.figure, v)
		}
	}
	if n := res["entities"]["fragmented_count"]; n != 0.0 {
		t.Errorf("graphscore fragmented: got %v, want 0", n)
	}
}

func FuzzWriter(f *testing.F) {
	for _, s := range exptest.FuzzSeeds {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, name, alias, quote, role string) {
		qs, ok := exptest.FuzzQuads(name, alias, quote, role)
		if !ok {
			t.Skip()
		}
		out := write(t, qs, exporters.Options{}.With(graphml.Viz, true))
		if err := exptest.ValidateGraphML(out); err != nil {
			t.Fatalf("invalid GraphML: %v\n%s", err, out)
		}
		d, _ := parse(t, out)
		if len(d.Graph.Nodes) != 3 || len(d.Graph.Edges) != 2 {
			t.Fatalf("got %d nodes, %d edges, want 3, 2", len(d.Graph.Nodes), len(d.Graph.Edges))
		}
	})
}
