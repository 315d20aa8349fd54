package graph

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// FuzzCheckFile checks arbitrary bytes as a store file: no panic, and a
// file the check passes has its pages in use within it. FuzzOpen's real
// stores are its seeds too.
func FuzzCheckFile(f *testing.F) {
	f.Add([]byte{})
	f.Add(make([]byte, 8192))
	seeds, _ := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzOpen", "*"))
	for _, name := range seeds {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		s := strings.TrimSuffix(strings.TrimPrefix(string(b), "go test fuzz v1\n[]byte("), ")\n")
		data, err := strconv.Unquote(s)
		if err != nil {
			f.Fatalf("%s: %v", name, err)
		}
		f.Add([]byte(data))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := checkFile(bytes.NewReader(data), int64(len(data)), true)
		if err == nil && int64(c.meta.pgid)*c.ps > int64(len(data)) {
			t.Fatalf("passed a file of %d bytes whose pages in use reach %d", len(data), int64(c.meta.pgid)*c.ps)
		}
	})
}

// FuzzOpen opens arbitrary bytes as a store and reads all of it: every
// failure must be an error (a damaged store: a *DamagedError), never a
// panic or a memory fault. The seeds in testdata/fuzz/FuzzOpen are small
// real stores, whole and damaged.
func FuzzOpen(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.db")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		s, err := Open(ctx, Options{Path: path, ReadOnly: true})
		if err != nil {
			return
		}
		defer s.Close()
		check := func(what string, err error) {
			var de *DamagedError
			if err != nil && !errors.As(err, &de) && !errors.Is(err, errLayout) {
				t.Logf("%s: %v", what, err) // an error, not a crash: allowed
			}
		}
		_, err = s.Stats(ctx)
		check("stats", err)
		check("each", s.Each(ctx, func(quad.Quad) error { return nil }))
		_, err = newsgraph.Entities(ctx, s)
		check("entities", err)
		_, err = s.Pending(ctx)
		check("pending", err)
		_, _, err = s.checkData(ctx)
		check("check", err)
	})
}
