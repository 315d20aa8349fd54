package graph

import (
	"context"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph"
)

var writeSeeds = flag.Bool("write-fuzz-seeds", false, "write the seed corpus of FuzzOpen to testdata/fuzz/FuzzOpen")

// TestWriteFuzzSeeds writes small real stores, whole, truncated and with
// flipped bytes, as the seed corpus of FuzzOpen (go test ./graph
// -run TestWriteFuzzSeeds -write-fuzz-seeds).
func TestWriteFuzzSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("-write-fuzz-seeds not given")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "g.db")
	s, err := Open(ctx, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	d1, q1 := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
	if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1.IRI(), Quads: q1, Hash: testHash(d1)}}); err != nil {
		t.Fatal(err)
	}
	e1, r1 := docQuads(t, "one", "Alice Smith met Dan Brown.", "Alice Smith", "Dan Brown")
	if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: e1.IRI(), Quads: r1, Hash: testHash(e1)}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ps := int(binary.LittleEndian.Uint32(b[16+8:]))
	used := int(binary.LittleEndian.Uint64(b[16+40:])) * ps
	whole := b[:used]
	seeds := map[string][]byte{"store": whole, "store-truncated": whole[:used/2]}
	for i, off := range []int{2*ps + 20, 3*ps + 100, used - 300} {
		c := append([]byte(nil), whole...)
		c[off] ^= 0x10
		seeds[fmt.Sprintf("store-flipped-%d", i)] = c
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzOpen")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range seeds {
		content := "go test fuzz v1\n[]byte(" + strconv.Quote(string(data)) + ")\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
