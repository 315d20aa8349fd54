package csv_test

import (
	"bytes"
	stdcsv "encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/csv"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
	"github.com/newsgraph/newsgraph/exporters/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func write(t testing.TB, qs []quad.Quad, opt exporters.Options) (nodes, edges []byte) {
	t.Helper()
	var n, e bytes.Buffer
	w := csv.NewWriter(&n, &e, opt)
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return n.Bytes(), e.Bytes()
}

func TestGolden(t *testing.T) {
	type goldenCase struct {
		name, input string
		opt         exporters.Options
	}
	var cases []goldenCase
	for _, in := range exptest.InputNames(t) {
		cases = append(cases, goldenCase{in, in, exporters.Options{}})
	}
	cases = append(cases, goldenCase{"basic-said", "basic", exporters.Options{Filter: model.Filter{Predicates: []string{"said"}, DropIsolated: true}}})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, e := write(t, exptest.ReadInput(t, c.input), c.opt)
			exptest.Golden(t, *update, c.name+".nodes.golden", n)
			exptest.Golden(t, *update, c.name+".edges.golden", e)
		})
	}
}

// TestTables reads both tables back with encoding/csv: the header rows
// Gephi expects, one row per node and per (subject, predicate, object),
// and awkward text intact.
func TestTables(t *testing.T) {
	for _, in := range exptest.InputNames(t) {
		t.Run(in, func(t *testing.T) {
			qs := exptest.ReadInput(t, in)
			g, err := model.FromQuads(qs).Graph(model.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			n, e := write(t, qs, exporters.Options{})
			nodes, err := stdcsv.NewReader(bytes.NewReader(n)).ReadAll()
			if err != nil {
				t.Fatalf("read nodes: %v", err)
			}
			edges, err := stdcsv.NewReader(bytes.NewReader(e)).ReadAll()
			if err != nil {
				t.Fatalf("read edges: %v", err)
			}
			if got, want := strings.Join(nodes[0], ","), strings.Join(csv.NodeHeader, ","); got != want {
				t.Errorf("node header: got %s, want %s", got, want)
			}
			if got, want := strings.Join(edges[0], ","), strings.Join(csv.EdgeHeader, ","); got != want {
				t.Errorf("edge header: got %s, want %s", got, want)
			}
			if len(nodes)-1 != len(g.Nodes) || len(edges)-1 != len(g.Edges) {
				t.Fatalf("got %d node rows, %d edge rows, want %d, %d", len(nodes)-1, len(edges)-1, len(g.Nodes), len(g.Edges))
			}
			for i, row := range nodes[1:] {
				if row[0] != g.Nodes[i].IRI || row[1] != g.Nodes[i].Label {
					t.Errorf("node row %d: got %q, %q, want %q, %q", i, row[0], row[1], g.Nodes[i].IRI, g.Nodes[i].Label)
				}
			}
			for i, row := range edges[1:] {
				want := g.Edges[i]
				if row[0] != g.Nodes[want.From].IRI || row[1] != g.Nodes[want.To].IRI || row[2] != "Directed" || row[3] != want.Label || row[4] != fmt.Sprint(want.Weight) {
					t.Errorf("edge row %d: got %q", i, row[:5])
				}
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	qs := exptest.ReadInput(t, "basic")
	boom := errors.New("boom")
	n, e := write(t, qs, exporters.Options{})
	for _, part := range []string{"nodes", "edges"} {
		full := len(n)
		if part == "edges" {
			full = len(e)
		}
		for _, k := range []int{0, 10, full / 2, full - 1} {
			t.Run(fmt.Sprint(part, k), func(t *testing.T) {
				fw := &exptest.FailWriter{N: k, Err: boom}
				var nw, ew io.Writer = fw, io.Discard
				if part == "edges" {
					nw, ew = io.Discard, fw
				}
				w := csv.NewWriter(nw, ew, exporters.Options{})
				_, err := w.WriteQuads(qs)
				if err == nil {
					err = w.Close()
				}
				if !errors.Is(err, boom) {
					t.Fatalf("got %v, want %v", err, boom)
				}
				if err := w.Close(); !errors.Is(err, boom) {
					t.Errorf("second Close: got %v, want %v", err, boom)
				}
				if fw.Writes != 0 {
					t.Errorf("got %d writes after the failure, want 0", fw.Writes)
				}
			})
		}
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
		n, e := write(t, qs, exporters.Options{})
		nodes, err := stdcsv.NewReader(bytes.NewReader(n)).ReadAll()
		if err != nil || len(nodes) != 4 {
			t.Fatalf("nodes: got %d rows, %v, want 4\n%s", len(nodes), err, n)
		}
		edges, err := stdcsv.NewReader(bytes.NewReader(e)).ReadAll()
		if err != nil || len(edges) != 3 {
			t.Fatalf("edges: got %d rows, %v, want 3\n%s", len(edges), err, e)
		}
	})
}
