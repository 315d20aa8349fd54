package resolve_test

import (
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/resolve"
	"github.com/newsgraph/newsgraph/extract/rules"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// sharedDir returns ../shared next to the module root, skipping the test
// when it is absent (failing when CI=true).
func sharedDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(filepath.Dir(sharedtest.Dir(t, "corpus", "seeds")))
}

// graphNode and graphEdge aggregate what the GraphML contract of
// shared/eval/README.md needs.
type graphNode struct {
	labels         map[string]int
	types          map[newsgraph.EntityType]int
	aliases, roles map[string]bool
	docs           map[string]bool
}

type graphEdge struct {
	s, p, o newsgraph.IRI
}

// buildGraph runs the extractor and the resolver over the seed articles.
func buildGraph(t *testing.T, shared string) (map[newsgraph.IRI]*graphNode, map[graphEdge]map[string]bool) {
	t.Helper()
	ctx := context.Background()
	ex := rules.New()
	res := resolve.New(nil)
	nodes := map[newsgraph.IRI]*graphNode{}
	edges := map[graphEdge]map[string]bool{}
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "seeds", "*.txt"))
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		d := newsgraph.Doc{ID: id, Source: f, Text: string(b)}
		x, err := ex.Extract(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		iris, err := res.Resolve(ctx, d, x.Entities)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := newsgraph.Quads(d, ex.Name(), x, iris); err != nil {
			t.Fatalf("quads: %v", err)
		}
		byKey := map[string]newsgraph.IRI{}
		for i, e := range x.Entities {
			byKey[e.Key] = iris[i]
			n := nodes[iris[i]]
			if n == nil {
				n = &graphNode{labels: map[string]int{}, types: map[newsgraph.EntityType]int{}, aliases: map[string]bool{}, roles: map[string]bool{}, docs: map[string]bool{}}
				nodes[iris[i]] = n
			}
			n.labels[e.Name]++
			n.types[e.Type]++
			n.aliases[e.Name] = true
			for _, a := range e.Aliases {
				n.aliases[a] = true
			}
			for _, r := range e.Roles {
				n.roles[r] = true
			}
			n.docs[id] = true
		}
		for _, f := range x.Facts {
			p := f.Predicate
			if f.Negated {
				p = "not_" + p
			}
			k := graphEdge{byKey[f.Subject], newsgraph.IRI(p), byKey[f.Object]}
			if edges[k] == nil {
				edges[k] = map[string]bool{}
			}
			edges[k][id] = true
		}
	}
	return nodes, edges
}

func keys[K comparable](m map[K]bool, less func(a, b K) bool) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// writeGraphML writes a minimal GraphML file for graphscore.
func writeGraphML(path string, nodes map[newsgraph.IRI]*graphNode, edges map[graphEdge]map[string]bool) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="k1" for="node" attr.name="label" attr.type="string"/>
<key id="k2" for="node" attr.name="type" attr.type="string"/>
<key id="k3" for="node" attr.name="aliases" attr.type="string"/>
<key id="k4" for="node" attr.name="roles" attr.type="string"/>
<key id="k5" for="node" attr.name="documents" attr.type="string"/>
<key id="e1" for="edge" attr.name="label" attr.type="string"/>
<key id="e3" for="edge" attr.name="documents" attr.type="string"/>
<graph edgedefault="directed">
`)
	lessS := func(a, b string) bool { return a < b }
	var iris []string
	for iri := range nodes {
		iris = append(iris, string(iri))
	}
	sort.Strings(iris)
	for _, iri := range iris {
		n := nodes[newsgraph.IRI(iri)]
		label, best := "", 0
		for l, c := range n.labels {
			if c > best || c == best && l < label {
				label, best = l, c
			}
		}
		typ, tb := newsgraph.Thing, 0
		for ty, c := range n.types {
			if ty != newsgraph.Thing && (c > tb || c == tb && ty < typ) {
				typ, tb = ty, c
			}
		}
		// the GraphML exporter names the quotation class "Quote", which
		// graphscore leaves out of its containment rule
		typName := string(typ)
		if typ == newsgraph.Quote {
			typName = "Quote"
		}
		fmt.Fprintf(&b, "<node id=\"%s\"><data key=\"k1\">%s</data><data key=\"k2\">%s</data><data key=\"k3\">%s</data><data key=\"k4\">%s</data><data key=\"k5\">%s</data></node>\n",
			esc(iri), esc(label), typName, esc(strings.Join(keys(n.aliases, lessS), " | ")), esc(strings.Join(keys(n.roles, lessS), " | ")), esc(strings.Join(keys(n.docs, lessS), " | ")))
	}
	var ek []graphEdge
	for e := range edges {
		ek = append(ek, e)
	}
	sort.Slice(ek, func(i, j int) bool { return fmt.Sprint(ek[i]) < fmt.Sprint(ek[j]) })
	for _, e := range ek {
		fmt.Fprintf(&b, "<edge source=\"%s\" target=\"%s\"><data key=\"e1\">%s</data><data key=\"e3\">%s</data></edge>\n",
			esc(string(e.s)), esc(string(e.o)), esc(string(e.p)), strings.Join(keys(edges[e], lessS), " | "))
	}
	b.WriteString("</graph>\n</graphml>\n")
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// TestSeedsGraphscore builds a graph of the seed articles and scores it
// with shared/eval/graphscore when python3 is available. It fails only
// when the pipeline fails; the figures are logged (go test -v).
func TestSeedsGraphscore(t *testing.T) {
	shared := sharedDir(t)
	nodes, edges := buildGraph(t, shared)
	if len(nodes) == 0 || len(edges) == 0 {
		t.Fatalf("got %d nodes and %d edges, want some", len(nodes), len(edges))
	}
	out := filepath.Join(t.TempDir(), "seeds.graphml")
	if p := os.Getenv("SEEDS_GRAPHML"); p != "" {
		out = p
	}
	if err := writeGraphML(out, nodes, edges); err != nil {
		t.Fatal(err)
	}
	score := filepath.Join(shared, "eval", "graphscore")
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found; graph written but not scored")
	}
	args := []string{score, filepath.Join(shared, "eval", "seeds-gold.json"), out}
	if os.Getenv("SEEDS_VERBOSE") != "" {
		args = append(args, "--verbose")
	}
	cmd := exec.Command("python3", args...)
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("graphscore: %v\n%s", err, b)
	}
	t.Logf("graphscore:\n%s", b)
}
