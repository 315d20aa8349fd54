package dot_test

import (
	"bytes"
	"flag"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/dot"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
	"github.com/newsgraph/newsgraph/exporters/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type goldenCase struct {
	name, input string
	opt         exporters.Options
}

func cases(t *testing.T) []goldenCase {
	var out []goldenCase
	for _, in := range exptest.InputNames(t) {
		out = append(out, goldenCase{in, in, exporters.Options{}})
	}
	return append(out,
		goldenCase{"basic-top3", "basic", exporters.Options{Filter: model.Filter{Top: 3}}},
		goldenCase{"basic-short", "basic", exporters.Options{Filter: model.Filter{Entity: "Blinken", Types: []string{"Person", "Quote"}}}.With(dot.MaxLabel, 12)},
	)
}

func newWriter(opt exporters.Options) func(io.Writer) quad.WriteCloser {
	return func(w io.Writer) quad.WriteCloser { return dot.NewWriter(w, opt) }
}

func TestGolden(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := exptest.Write(t, newWriter(c.opt), exptest.ReadInput(t, c.input))
			exptest.Golden(t, *update, c.name+".golden", got)
			if _, err := exptest.CheckDOT(got); err != nil {
				t.Errorf("malformed DOT: %v", err)
			}
		})
	}
}

// TestRender renders every golden file with Graphviz (Debian graphviz).
func TestRender(t *testing.T) {
	dotCmd := exptest.Tool(t, "dot", "graphviz")
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			svg := exptest.Run(t, nil, dotCmd, "-Tsvg", filepath.Join("testdata", c.name+".golden"))
			if !bytes.Contains(svg, []byte("<svg")) {
				t.Fatalf("dot -Tsvg gave no SVG:\n%s", svg)
			}
		})
	}
}

func TestEscaping(t *testing.T) {
	got := string(exptest.Write(t, newWriter(exporters.Options{}), exptest.ReadInput(t, "escaping")))
	for _, want := range []string{
		`label="Sean \"The Boss\" O'Brien"`,
		`label="Back\\slash and new line"`, // newline folded, control character dropped
		`label="AT&T <Labs>"`,
		`label="Zürich"`,
		`prov="urn:newsgraph:prov:`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %s", want)
		}
	}
}

func TestQuote(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		label bool
		want  string
	}{
		{"plain", "Blinken", true, `"Blinken"`},
		{"quote", `say "hi"`, true, `"say \"hi\""`},
		{"backslash", `a\b`, true, `"a\\b"`},
		{"trailing backslash", `a\`, false, `"a\\"`},
		{"escape sequence", `\N`, true, `"\\N"`},
		{"newline in label", "a\nb", true, `"a\nb"`},
		{"newline elsewhere", "a\nb", false, `"a b"`},
		{"control", "a\x00\x07b", true, `"ab"`},
		{"invalid utf-8", "a\xffb", true, "\"a\uFFFDb\""},
		{"non-ASCII", "北京 <&>", true, `"北京 <&>"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dot.Quote(tt.in, tt.label); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	exptest.TestWriteErrors(t, newWriter(exporters.Options{}), exptest.ReadInput(t, "basic"))
}

func FuzzWriter(f *testing.F) {
	for _, s := range exptest.FuzzSeeds {
		f.Add(s[0], s[1], s[2], s[3])
	}
	// Rendering takes a second per input: do it for the seeds only, not
	// while fuzzing (-fuzz set), where the lexical check runs alone.
	dotCmd, _ := exec.LookPath("dot")
	if fl := flag.Lookup("test.fuzz"); fl != nil && fl.Value.String() != "" {
		dotCmd = ""
	}
	f.Fuzz(func(t *testing.T, name, alias, quote, role string) {
		qs, ok := exptest.FuzzQuads(name, alias, quote, role)
		if !ok {
			t.Skip()
		}
		out := exptest.Write(t, newWriter(exporters.Options{}), qs)
		if _, err := exptest.CheckDOT(out); err != nil {
			t.Fatalf("malformed DOT: %v\n%s", err, out)
		}
		if dotCmd != "" {
			exptest.Run(t, out, dotCmd, "-Tsvg")
		}
	})
}
