package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// dumpStore returns every key and value of a Bolt store, one line each,
// with the timestamps of log primitives cleared.
func dumpStore(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if bytes.Equal(name, logBucket) {
					var p proto.Primitive
					if err := p.Unmarshal(v); err != nil {
						return err
					}
					p.Timestamp = 0
					v, _ = p.Marshal()
				}
				out = append(out, fmt.Sprintf("%q %x %x", name, k, v))
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func newDocs(t *testing.T, n, from int) []newsgraph.DocQuads {
	t.Helper()
	var out []newsgraph.DocQuads
	for i := from; i < from+n; i++ {
		doc, qs := docQuads(t, fmt.Sprintf("d%03d", i), fmt.Sprintf("Alice %d met Bob %d in town.", i%3, i%5), fmt.Sprintf("Alice %d", i%3), fmt.Sprintf("Bob %d", i%5))
		out = append(out, newsgraph.DocQuads{Doc: doc.IRI(), Quads: qs, Hash: testHash(doc), New: true})
	}
	return out
}

// TestBulkMatchesCayley loads the same documents through the bulk loader
// and through Cayley's writer: the two stores must hold the same keys and
// values, and later updates and removals through Cayley must work on both
// alike.
func TestBulkMatchesCayley(t *testing.T) {
	ctx := context.Background()
	bulk, ref := openTemp(t, Bolt), openTemp(t, Bolt)
	batches := [][]newsgraph.DocQuads{newDocs(t, 10, 0), newDocs(t, 1, 10), newDocs(t, 25, 11)}
	for i, b := range batches {
		ch, err := bulk.Update(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		old := slices.Clone(b)
		for j := range old {
			old[j].New = false
		}
		want, err := ref.Update(ctx, old)
		if err != nil {
			t.Fatal(err)
		}
		if ch != want {
			t.Errorf("batch %d: got changes %+v, want %+v", i, ch, want)
		}
	}
	got, want := dumpStore(t, bulk), dumpStore(t, ref)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("bulk store differs from Cayley's:\n%s", diffLines(got, want))
	}
	// Replace one document, remove another, through Cayley's writer.
	doc, qs := docQuads(t, "d003", "Carol met Dan.", "Carol", "Dan")
	upd := []newsgraph.DocQuads{{Doc: doc.IRI(), Quads: qs, Hash: testHash(doc)}, {Doc: newsgraph.Doc{ID: "d004"}.IRI()}}
	for _, s := range []*Store{bulk, ref} {
		if _, err := s.Update(ctx, upd); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := dumpStore(t, bulk), dumpStore(t, ref); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("after an update, bulk store differs from Cayley's:\n%s", diffLines(got, want))
	}
	if got, want := allQuads(t, bulk), allQuads(t, ref); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got quads\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBulkFallsBack hands the bulk loader a document the store already
// holds: it must notice and leave the work to Cayley's writer.
func TestBulkFallsBack(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Bolt)
	docs := newDocs(t, 3, 0)
	if _, err := s.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	before := allQuads(t, s)
	ch, err := s.Update(ctx, docs[1:2])
	if err != nil {
		t.Fatal(err)
	}
	if ch.Added != 0 {
		t.Errorf("got %+v, want nothing added", ch)
	}
	if got := allQuads(t, s); strings.Join(got, "\n") != strings.Join(before, "\n") {
		t.Errorf("store changed by a repeated document")
	}
}

func TestBulkPersists(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "g.db")
	s, err := Open(ctx, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Update(ctx, newDocs(t, 5, 0)); err != nil {
		t.Fatal(err)
	}
	want := allQuads(t, s)
	s.Close()
	s, err = Open(ctx, Options{Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := allQuads(t, s); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %d quads after re-opening, want %d", len(got), len(want))
	}
	h, err := s.DocumentHash(ctx, newsgraph.Doc{ID: "d002"}.IRI())
	if err != nil || h == "" {
		t.Errorf("got hash %q, %v; want the stored hash", h, err)
	}
}

// diffLines lists lines only in got (+) or only in want (-).
func diffLines(got, want []string) string {
	in := func(l []string) map[string]bool {
		m := map[string]bool{}
		for _, s := range l {
			m[s] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var b strings.Builder
	for _, s := range got {
		if !w[s] {
			fmt.Fprintf(&b, "+ %s\n", s)
		}
	}
	for _, s := range want {
		if !g[s] {
			fmt.Fprintf(&b, "- %s\n", s)
		}
	}
	return b.String()
}

// TestFastReadsMatchCayley compares the direct readers of a Bolt store
// (Entities, DocumentHash) with Cayley's iterators over a memory store
// holding the same quads, after additions, a replacement and a removal.
func TestFastReadsMatchCayley(t *testing.T) {
	ctx := context.Background()
	bolt, mem := openTemp(t, Bolt), openTemp(t, Memory)
	doc, qs := docQuads(t, "d003", "Carol met Dan.", "Carol", "Dan")
	steps := [][]newsgraph.DocQuads{
		newDocs(t, 8, 0),
		{{Doc: doc.IRI(), Quads: qs, Hash: testHash(doc)}, {Doc: newsgraph.Doc{ID: "d004"}.IRI()}},
	}
	for i, step := range steps {
		for _, s := range []*Store{bolt, mem} {
			if _, err := s.Update(ctx, step); err != nil {
				t.Fatal(err)
			}
		}
		got, err := newsgraph.Entities(ctx, bolt)
		if err != nil {
			t.Fatal(err)
		}
		want, err := newsgraph.Entities(ctx, mem)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("step %d: got entities %v, want %v", i, got, want)
		}
		for d := range 10 {
			iri := newsgraph.Doc{ID: fmt.Sprintf("d%03d", d)}.IRI()
			got, err := bolt.DocumentHash(ctx, iri)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := mem.DocumentHash(ctx, iri)
			if got != want {
				t.Errorf("step %d: %s: got hash %q, want %q", i, iri, got, want)
			}
		}
	}
}

// TestUpdateNetRemoval replaces a document with a shorter version and
// removes another in one update, so that predicates lose more quads than
// they gain: every stored quad must keep all its values, as in a memory
// store.
func TestUpdateNetRemoval(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{Bolt, Postgres, Cockroach} {
		for _, bulk := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/bulk=%v", backend, bulk), func(t *testing.T) {
				testUpdateNetRemoval(ctx, t, openTemp(t, backend), bulk)
			})
		}
	}
}

func testUpdateNetRemoval(ctx context.Context, t *testing.T, b *Store, bulk bool) {
	mem := openTemp(t, Memory)
	docs := newDocs(t, 8, 0)
	for i := range docs {
		docs[i].New = bulk
	}
	doc, qs := docQuads(t, "d003", "Carol met Dan.", "Carol", "Dan")
	for _, step := range [][]newsgraph.DocQuads{docs, {{Doc: doc.IRI(), Quads: qs[:len(qs)-3], Hash: testHash(doc)}, {Doc: newsgraph.Doc{ID: "d004"}.IRI()}}} {
		for _, s := range []*Store{b, mem} {
			if _, err := s.Update(ctx, step); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, want := allQuads(t, b), allQuads(t, mem)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s store differs from memory store:\n%s", b.opts.Backend, diffLines(got, want))
	}
	if b.sql != nil {
		if _, err := b.checkSQL(ctx); err != nil {
			t.Errorf("check: %v", err)
		}
	}
}

// TestLabelIndex checks that a new store lists the quads of each label, so
// that replacing a document does not read the whole store.
func TestLabelIndex(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Bolt)
	docs := newDocs(t, 2, 0)
	if _, err := s.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range dumpStore(t, s) {
		if strings.HasPrefix(l, `"cs" `) {
			n++
		}
	}
	if n == 0 {
		t.Fatalf("got no entries in the label index")
	}
	got, err := newsgraph.DocumentQuads(ctx, s, docs[1].Doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(docs[1].Quads) {
		t.Errorf("got %d quads of %s, want %d", len(got), docs[1].Doc, len(docs[1].Quads))
	}
}

// TestEachMatchesCayley compares Each, which reads the log directly, with
// Cayley's iterator over all quads, after a replacement and a removal.
func TestEachMatchesCayley(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Bolt)
	doc, qs := docQuads(t, "d003", "Carol met Dan.", "Carol", "Dan")
	for _, step := range [][]newsgraph.DocQuads{newDocs(t, 6, 0), {{Doc: doc.IRI(), Quads: qs, Hash: testHash(doc)}, {Doc: newsgraph.Doc{ID: "d004"}.IRI()}}} {
		if _, err := s.Update(ctx, step); err != nil {
			t.Fatal(err)
		}
	}
	var got, want []string
	if err := s.Each(ctx, func(q quad.Quad) error { got = append(got, q.String()); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.eachCayley(ctx, func(q quad.Quad) error { want = append(want, q.String()); return nil }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Each(ctx, func(quad.Quad) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("got %v after %d quads, want the callback's error after one", err, n)
	}
}

// TestNewStore checks that a new store is empty, complete and alone in its
// folder (no temporary file left from its creation).
func TestNewStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, Options{Path: filepath.Join(dir, "g.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.Size(ctx); n != 0 || err != nil {
		t.Errorf("got size %d, %v; want 0", n, err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Quads != 0 {
		t.Errorf("got stats %+v, %v; want an empty store", st, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("got %d files in the store's folder, want 1", len(entries))
	}
}
