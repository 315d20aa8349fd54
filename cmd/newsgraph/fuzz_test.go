package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// FuzzReadNQuads reads arbitrary bytes as an N-Quads backup: every quad
// passed on is complete, the count is right, and an error names the input.
func FuzzReadNQuads(f *testing.F) {
	f.Add([]byte("<urn:a> <urn:b> \"c\" <urn:d> .\n# a comment\n\n<urn:a> <urn:b> <urn:c> .\n"))
	f.Add([]byte("<urn:a> <urn:b> .\n"))
	f.Add([]byte("_:x <urn:b> \"\\u00e9\"@en <urn:g> .\r\n   \t\n"))
	f.Add([]byte("<urn:a> <urn:b> \"1\"^^<http://www.w3.org/2001/XMLSchema#int> ."))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		got, err := readNQuads(context.Background(), bytes.NewReader(data), "f.nq", func(q quad.Quad) error {
			if !q.IsValid() {
				t.Fatalf("got incomplete quad %v", q)
			}
			n++
			return nil
		})
		if got != n {
			t.Fatalf("got count %d, want the %d quads passed on", got, n)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "import f.nq") {
			t.Fatalf("got error %q, want it to name the input", err)
		}
	})
}
