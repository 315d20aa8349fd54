package graph

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// TestFailedUpdateSaysWhatIsMissing: when the second transaction of an
// update fails (a full disk), Update names the documents it left out, the
// store remembers them across a reopen (Pending), and a later update of
// those documents completes them.
func TestFailedUpdateSaysWhatIsMissing(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/g.db"
	s, err := Open(ctx, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	d1, q1 := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
	d2, q2 := docQuads(t, "two", "Carol White met Bob Jones.", "Carol White", "Bob Jones")
	d3, q3 := docQuads(t, "three", "Erin Grey met Bob Jones.", "Erin Grey", "Bob Jones")
	if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1.IRI(), Quads: q1, Hash: testHash(d1)}, {Doc: d2.IRI(), Quads: q2, Hash: testHash(d2)}, {Doc: d3.IRI(), Quads: q3, Hash: testHash(d3)}}); err != nil {
		t.Fatal(err)
	}
	e1, r1 := docQuads(t, "one", "Alice Smith met Dan Brown today.", "Alice Smith", "Dan Brown")
	e2, r2 := docQuads(t, "two", "Carol White met Dan Brown today.", "Carol White", "Dan Brown")
	edits := []newsgraph.DocQuads{{Doc: e1.IRI(), Quads: r1, Hash: testHash(e1)}, {Doc: e2.IRI(), Quads: r2, Hash: testHash(e2)}}
	s.afterRemove = func() error { return syscall.ENOSPC }
	_, err = s.Update(ctx, edits)
	var ue *newsgraph.UpdateError
	if !errors.As(err, &ue) || !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("got %v, want a *newsgraph.UpdateError wrapping ENOSPC", err)
	}
	want := []newsgraph.IRI{d1.IRI(), d2.IRI()}
	if !slices.Equal(ue.Missing, want) {
		t.Errorf("got missing %v, want %v", ue.Missing, want)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(ctx, Options{Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.Pending(ctx); err != nil || !slices.Equal(got, want) {
		t.Errorf("after reopening: got pending %v, %v; want %v", got, err, want)
	}
	for _, d := range want {
		if h, _ := s.DocumentHash(ctx, d); h != "" {
			t.Errorf("%s: still has a content hash, so a build would skip it", d)
		}
	}
	if h, _ := s.DocumentHash(ctx, d3.IRI()); h == "" {
		t.Errorf("%s, not in the failed update, lost its content hash", d3.IRI())
	}
	r, err := Check(ctx, path)
	if err != nil || !slices.Equal(r.Missing, want) {
		t.Errorf("check: got %v, missing %v; want the store intact, missing %v", err, r.Missing, want)
	}
	s.Close()

	// The next build writes them: one of them in this batch, the other
	// in the next.
	s, err = Open(ctx, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, d := range edits {
		if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d.Doc, Quads: d.Quads, Hash: d.Hash, New: true}}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Pending(ctx)
		if err != nil || !slices.Equal(got, want[i+1:]) {
			t.Errorf("after writing %s: got pending %v, %v; want %v", d.Doc, got, err, want[i+1:])
		}
	}
	n := 0
	s.Each(ctx, func(quad.Quad) error { n++; return nil })
	if want := len(r1) + len(r2) + len(q3); n != want {
		t.Errorf("got %d quads, want %d", n, want)
	}
}

// TestKilledUpdatePending: a process killed between the two transactions
// leaves the documents being replaced listed as pending.
func TestKilledUpdatePending(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/g.db"
	s, err := Open(ctx, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	d1, q1 := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
	if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1.IRI(), Quads: q1, Hash: testHash(d1)}}); err != nil {
		t.Fatal(err)
	}
	e1, r1 := docQuads(t, "one", "Alice Smith met Dan Brown today.", "Alice Smith", "Dan Brown")
	// The process "dies" after the first transaction: the second never
	// runs and the store is closed as the kernel would close it.
	s.afterRemove = func() error { s.Close(); return errors.New("killed") }
	s.Update(ctx, []newsgraph.DocQuads{{Doc: e1.IRI(), Quads: r1, Hash: testHash(e1)}})
	s, err = Open(ctx, Options{Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.Pending(ctx); err != nil || !slices.Equal(got, []newsgraph.IRI{d1.IRI()}) {
		t.Errorf("got pending %v, %v; want %s", got, err, d1.IRI())
	}
}

// TestMigrateHashes: a store written before the hash bucket kept content
// hashes as quads; opening it for writing moves them out of the graph.
func TestMigrateHashes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	d1, q1 := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
	legacy := quad.Quad{Subject: d1.IRI(), Predicate: legacyContentHash, Object: quad.String("abc123"), Label: newsgraph.DocLabel(d1, "test/v1")}
	if err := s.Add(ctx, append(q1, legacy)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, Options{Path: path, ReadOnly: true}); err != nil {
		t.Fatal(err)
	}
	if h, _ := s.DocumentHash(ctx, d1.IRI()); h != "" {
		t.Errorf("read-only open: got hash %q, want none moved yet", h)
	}
	s.Close()
	if s, err = Open(ctx, Options{Path: path}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if h, err := s.DocumentHash(ctx, d1.IRI()); err != nil || h != "abc123" {
		t.Errorf("got hash %q, %v; want the one moved out of the graph", h, err)
	}
	got := allQuads(t, s)
	if len(got) != len(q1) || slices.ContainsFunc(got, func(q string) bool { return strings.Contains(q, "contentHash") }) {
		t.Errorf("got %d quads, want the document's %d without the hash", len(got), len(q1))
	}
}
