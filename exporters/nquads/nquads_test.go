package nquads_test

import (
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
	"github.com/newsgraph/newsgraph/exporters/model"
	"github.com/newsgraph/newsgraph/exporters/nquads"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func newWriter(opt exporters.Options) func(io.Writer) quad.WriteCloser {
	return func(w io.Writer) quad.WriteCloser { return nquads.NewWriter(w, opt) }
}

type goldenCase struct {
	name, input string
	opt         exporters.Options
}

func cases(t *testing.T) []goldenCase {
	var out []goldenCase
	for _, in := range exptest.InputNames(t) {
		out = append(out, goldenCase{in, in, exporters.Options{}})
	}
	return append(out, goldenCase{"basic-min2docs", "basic", exporters.Options{Filter: model.Filter{MinDocuments: 2, Types: []string{"Person"}}}})
}

func TestGolden(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			exptest.Golden(t, *update, c.name+".golden", exptest.Write(t, newWriter(c.opt), exptest.ReadInput(t, c.input)))
		})
	}
}

// TestRoundTrip reads the output back with quad's N-Quads reader: it must
// give the input quads, labels included, sorted or streamed.
func TestRoundTrip(t *testing.T) {
	for _, in := range exptest.InputNames(t) {
		for _, stream := range []bool{false, true} {
			name := in
			if stream {
				name += "-stream"
			}
			t.Run(name, func(t *testing.T) {
				qs := exptest.ReadInput(t, in)
				out := exptest.Write(t, newWriter(exporters.Options{}.With(nquads.Stream, stream)), qs)
				back, err := exptest.ParseNQuads(out)
				if err != nil {
					t.Fatalf("read back: %v", err)
				}
				got, want := exptest.Canonical(t, back), exptest.Canonical(t, qs)
				if a, b := exptest.DiffLines(got, want); len(a)+len(b) > 0 {
					t.Errorf("round trip: only in output %q, only in input %q", a, b)
				}
			})
		}
	}
}

// TestFilter checks that a filtered dump holds exactly the quads of what
// the filter keeps: the met edge (two documents) between the two people,
// with its four labels, statements and the people's descriptions.
func TestFilter(t *testing.T) {
	out := string(exptest.Write(t, newWriter(exporters.Options{Filter: model.Filter{MinDocuments: 2, Types: []string{"Person"}}}), exptest.ReadInput(t, "basic")))
	if got := strings.Count(out, "<"+ng.VocabNS+"met> <"); got != 4+4 {
		t.Errorf("got %d met quads (facts and statements), want 8", got)
	}
	for _, absent := range []string{"egypt", "hamas", "#thanked", "#said"} {
		if strings.Contains(out, absent) {
			t.Errorf("filtered output still mentions %s", absent)
		}
	}
	if !strings.Contains(out, "Antony Blinken") || !strings.Contains(out, "prov#value") {
		t.Errorf("filtered output lacks the entity names or the evidence sentences")
	}
}

func TestLine(t *testing.T) {
	tests := []struct {
		name string
		q    quad.Quad
		want string
	}{
		{"literal", quad.Quad{Subject: quad.IRI("s"), Predicate: quad.IRI("p"), Object: quad.String("a \"b\" \\ c\nd\x01"), Label: quad.IRI("l")},
			"<s> <p> \"a \\\"b\\\" \\\\ c\\nd\\u0001\" <l> .\n"},
		{"no label", quad.Quad{Subject: quad.IRI("s"), Predicate: quad.IRI("p"), Object: quad.IRI("o")}, "<s> <p> <o> .\n"},
		{"iri escape", quad.Quad{Subject: quad.IRI("a b>c"), Predicate: quad.IRI("p"), Object: quad.BNode("x")}, "<a\\u0020b\\u003Ec> <p> _:x .\n"},
		{"typed", quad.Quad{Subject: quad.IRI("s"), Predicate: quad.IRI("p"), Object: quad.Int(3)}, "<s> <p> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"},
		{"lang", quad.Quad{Subject: quad.IRI("s"), Predicate: quad.IRI("p"), Object: quad.LangString{Value: "Zürich", Lang: "de"}}, "<s> <p> \"Zürich\"@de .\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nquads.Line(tt.q); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	qs := exptest.ReadInput(t, "basic")
	t.Run("sorted", func(t *testing.T) { exptest.TestWriteErrors(t, newWriter(exporters.Options{}), qs) })
	t.Run("stream", func(t *testing.T) {
		exptest.TestWriteErrors(t, newWriter(exporters.Options{}.With(nquads.Stream, true)), qs)
	})
}

func FuzzRoundtrip(f *testing.F) {
	for _, s := range exptest.FuzzSeeds {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, name, alias, quote, role string) {
		qs, ok := exptest.FuzzQuads(name, alias, quote, role)
		if !ok {
			t.Skip()
		}
		out := exptest.Write(t, newWriter(exporters.Options{}), qs)
		back, err := exptest.ParseNQuads(out)
		if err != nil {
			t.Fatalf("read back: %v\n%s", err, out)
		}
		// Invalid UTF-8 becomes U+FFFD on the way out; compare after the
		// same replacement.
		for i, q := range qs {
			if s, ok := q.Object.(quad.String); ok {
				qs[i].Object = quad.String(perByte(string(s)))
			}
		}
		got, want := exptest.Canonical(t, back), exptest.Canonical(t, qs)
		if a, b := exptest.DiffLines(got, want); len(a)+len(b) > 0 {
			t.Errorf("round trip: only in output %q, only in input %q", a, b)
		}
	})
}

// perByte replaces each byte of invalid UTF-8 with U+FFFD.
func perByte(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
