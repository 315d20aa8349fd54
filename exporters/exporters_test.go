package exporters_test

import (
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/exporters"
	_ "github.com/newsgraph/newsgraph/exporters/all"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.nq from the fixtures in internal/exptest")

// TestInputs checks that testdata/<case>.nq holds what newsgraph.Quads
// writes for the fixtures, so the golden inputs follow the data model.
func TestInputs(t *testing.T) {
	for _, c := range exptest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			qs, err := c.Quads()
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, q := range qs {
				lines = append(lines, q.NQuad())
			}
			sort.Strings(lines)
			got := strings.Join(lines, "\n")
			if len(lines) > 0 {
				got += "\n"
			}
			path := filepath.Join("testdata", c.Name+".nq")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%s is out of date with the fixtures (run go test ./exporters -update)", path)
			}
			back := exptest.ReadInput(t, c.Name)
			if g, w := exptest.Canonical(t, back), exptest.Canonical(t, qs); strings.Join(g, "\n") != strings.Join(w, "\n") {
				a, b := exptest.DiffLines(g, w)
				t.Errorf("quads read back from %s differ from the fixture's: only read %q, only fixture %q", path, a, b)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name    string
		format  string
		wantErr string
	}{
		{name: "graphml", format: "graphml"},
		{name: "csv", format: "csv"},
		{name: "typo", format: "grphml", wantErr: `unknown export format "grphml" (known: csv, dot, graphml, jsonld, nquads)`},
		{name: "empty", format: "", wantErr: `unknown export format "" (known: csv, dot, graphml, jsonld, nquads)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := exporters.Lookup(tt.format)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("got error %v, want %q", err, tt.wantErr)
				}
				if !errors.Is(err, exporters.ErrUnknownFormat) {
					t.Errorf("got error %v, want one wrapping ErrUnknownFormat", err)
				}
				return
			}
			if err != nil || f.Name != tt.format {
				t.Fatalf("got %q, %v, want format %q", f.Name, err, tt.format)
			}
		})
	}
}

func TestNames(t *testing.T) {
	got := strings.Join(exporters.Names(), ",")
	if want := "csv,dot,graphml,jsonld,nquads"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestForPath(t *testing.T) {
	tests := []struct {
		path, want string
	}{
		{"out.graphml", "graphml"},
		{"OUT.GRAPHML", "graphml"},
		{"dir/g.dot", "dot"},
		{"g.gv", "dot"},
		{"g.jsonld", "jsonld"},
		{"g.nq", "nquads"},
		{"g.csv", "csv"},
		{"g.txt", ""},
		{"g", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			f, err := exporters.ForPath(tt.path)
			if tt.want == "" {
				if !errors.Is(err, exporters.ErrUnknownFormat) {
					t.Fatalf("got %q, %v, want ErrUnknownFormat", f.Name, err)
				}
				return
			}
			if err != nil || f.Name != tt.want {
				t.Fatalf("got %q, %v, want %q", f.Name, err, tt.want)
			}
		})
	}
}

func TestPartPaths(t *testing.T) {
	csv, err := exporters.Lookup("csv")
	if err != nil {
		t.Fatal(err)
	}
	gml, _ := exporters.Lookup("graphml")
	tests := []struct {
		name string
		f    exporters.Format
		path string
		want []string
	}{
		{"single", gml, "out/g.graphml", []string{"out/g.graphml"}},
		{"csv base", csv, "out/g.csv", []string{"out/g.nodes.csv", "out/g.edges.csv"}},
		{"csv dir", csv, "out", []string{"out/nodes.csv", "out/edges.csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.f.PartPaths(tt.path)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOpen(t *testing.T) {
	csv, _ := exporters.Lookup("csv")
	if _, err := csv.Open([]io.Writer{io.Discard}, exporters.Options{}); !errors.Is(err, exporters.ErrMultiFile) {
		t.Errorf("csv with one file: got %v, want ErrMultiFile", err)
	}
	w, err := csv.Open([]io.Writer{io.Discard, io.Discard}, exporters.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestRegisterPanics(t *testing.T) {
	nw := func(io.Writer, exporters.Options) quad.WriteCloser { return nquads.NewWriter(io.Discard) }
	tests := []struct {
		name string
		f    exporters.Format
	}{
		{"duplicate name", exporters.Format{Name: "graphml", NewWriter: nw}},
		{"duplicate ext", exporters.Format{Name: "x-test-ext", Ext: []string{".graphml"}, NewWriter: nw}},
		{"no writer", exporters.Format{Name: "x-test-none"}},
		{"no name", exporters.Format{NewWriter: nw}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("Register did not panic")
				}
			}()
			exporters.Register(tt.f)
		})
	}
}

// TestWriteQuad checks, for every format, that writing quads one at a time
// gives the same output as writing them in one batch.
func TestWriteQuad(t *testing.T) {
	qs := exptest.ReadInput(t, "basic")
	for _, f := range exporters.Formats() {
		t.Run(f.Name, func(t *testing.T) {
			run := func(one bool) string {
				bufs := make([]*strings.Builder, max(1, len(f.Parts)))
				ws := make([]io.Writer, len(bufs))
				for i := range bufs {
					bufs[i] = &strings.Builder{}
					ws[i] = bufs[i]
				}
				w, err := f.Open(ws, exporters.Options{})
				if err != nil {
					t.Fatal(err)
				}
				if one {
					for _, q := range qs {
						//lint:ignore SA1019 quad.Writer still requires WriteQuad, which this test checks.
						if err := w.WriteQuad(q); err != nil {
							t.Fatal(err)
						}
					}
				} else if _, err := w.WriteQuads(qs); err != nil {
					t.Fatal(err)
				}
				if err := w.Close(); err != nil {
					t.Fatal(err)
				}
				var out []string
				for _, b := range bufs {
					out = append(out, b.String())
				}
				return strings.Join(out, "\x00")
			}
			if a, b := run(true), run(false); a != b || a == "" {
				t.Errorf("WriteQuad and WriteQuads give different output (%d and %d bytes)", len(a), len(b))
			}
		})
	}
}

// TestInvalidQuad checks that every format rejects a quad without object.
func TestInvalidQuad(t *testing.T) {
	for _, f := range exporters.Formats() {
		t.Run(f.Name, func(t *testing.T) {
			ws := make([]io.Writer, max(1, len(f.Parts)))
			for i := range ws {
				ws[i] = io.Discard
			}
			w, err := f.Open(ws, exporters.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.WriteQuads([]quad.Quad{{Subject: quad.IRI("s"), Predicate: quad.IRI("p")}}); !errors.Is(err, quad.ErrInvalid) {
				t.Errorf("got %v, want quad.ErrInvalid", err)
			}
		})
	}
}
