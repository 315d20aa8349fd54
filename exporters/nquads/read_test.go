package nquads_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
	"github.com/newsgraph/newsgraph/exporters/nquads"
)

func TestRead(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     int
		line     int // of the ParseError, 0 for none
	}{
		{"quads, blank lines and comments", "<urn:a> <urn:b> \"c\" <urn:d> .\n# note\n\n   \t\n<urn:a> <urn:b> <urn:c> .\n", 2, 0},
		{"no label, CRLF", "_:x <urn:b> \"\\u00e9\"@en .\r\n", 1, 0},
		{"incomplete", "<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n", 1, 2},
		{"not N-Quads", "<urn:a> <urn:b> <urn:c> .\n\nnonsense\n", 1, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n, err := nquads.Read(context.Background(), strings.NewReader(tt.in), "f.nq", func(quad.Quad) error { return nil })
			if n != tt.want {
				t.Errorf("got %d quads, want %d", n, tt.want)
			}
			var pe *nquads.ParseError
			switch {
			case tt.line == 0 && err != nil:
				t.Errorf("got error %v, want none", err)
			case tt.line > 0 && (!errors.As(err, &pe) || pe.Line != tt.line || pe.Name != "f.nq"):
				t.Errorf("got error %v, want a ParseError of f.nq line %d", err, tt.line)
			}
		})
	}
}

// TestReadBack: what the writer writes, Read reads back as the same quads.
func TestReadBack(t *testing.T) {
	qs := exptest.ReadInput(t, "escaping")
	out := exptest.Write(t, func(w io.Writer) quad.WriteCloser { return nquads.NewWriter(w, exporters.Options{}) }, qs)
	var got []quad.Quad
	if _, err := nquads.Read(context.Background(), bytes.NewReader(out), "out.nq", func(q quad.Quad) error {
		got = append(got, q)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if only1, only2 := exptest.DiffLines(exptest.Canonical(t, got), exptest.Canonical(t, qs)); len(only1)+len(only2) > 0 {
		t.Errorf("read back: only read %q, only written %q", only1, only2)
	}
}

// FuzzRead reads arbitrary bytes as N-Quads: every quad passed on is
// complete, the count is right, and a parse error names the input.
func FuzzRead(f *testing.F) {
	f.Add([]byte("<urn:a> <urn:b> \"c\" <urn:d> .\n# a comment\n\n<urn:a> <urn:b> <urn:c> .\n"))
	f.Add([]byte("<urn:a> <urn:b> .\n"))
	f.Add([]byte("_:x <urn:b> \"\\u00e9\"@en <urn:g> .\r\n   \t\n"))
	f.Add([]byte("<urn:a> <urn:b> \"1\"^^<http://www.w3.org/2001/XMLSchema#int> ."))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		got, err := nquads.Read(context.Background(), bytes.NewReader(data), "f.nq", func(q quad.Quad) error {
			if !q.IsValid() {
				t.Fatalf("got incomplete quad %v", q)
			}
			n++
			return nil
		})
		if got != n {
			t.Fatalf("got count %d, want the %d quads passed on", got, n)
		}
		var pe *nquads.ParseError
		if err != nil && (!errors.As(err, &pe) || pe.Name != "f.nq") {
			t.Fatalf("got error %q, want a ParseError naming the input", err)
		}
	})
}
