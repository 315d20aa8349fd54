package graph

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
)

// BenchmarkLoad loads the same fresh documents (about 640,000 quads) into a
// new Bolt store with Cayley's default writer (what `cayley load` does:
// batches of quad.DefaultBatch through the "single" writer) and with
// Store.Update, side by side.
func BenchmarkLoad(b *testing.B) {
	docs := benchDocs(b, 2000)
	nq := countQuads(docs)
	ctx := context.Background()
	open := func(b *testing.B) *Store {
		s, err := Open(ctx, Options{Path: filepath.Join(b.TempDir(), "b.db")})
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	// Cayley's loader writes transactions of quad.DefaultBatch quads.
	var all []quad.Quad
	for _, d := range docs {
		all = append(all, d.Quads...)
	}
	b.Run("cayley", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			s := open(b)
			b.StartTimer()
			qw, err := cgraph.NewQuadWriter("single", s.qs, cgraph.Options{"ignore_duplicate": true})
			if err != nil {
				b.Fatal(err)
			}
			for chunk := range slices.Chunk(all, quad.DefaultBatch) {
				if err := qw.AddQuadSet(chunk); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			s.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(nq)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
	})
	for _, c := range []struct {
		name  string
		batch int
		new   bool
	}{
		{"update", 5_000, false},
		{"bulk", 5_000, true},
		{"bulk-50k", 50_000, true},
	} {
		b.Run(c.name, func(b *testing.B) {
			docs := slices.Clone(docs)
			for i := range docs {
				docs[i].New = c.new
			}
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				s := open(b)
				b.StartTimer()
				n, j0 := 0, 0
				for j, d := range docs {
					n += len(d.Quads)
					if n >= c.batch || j == len(docs)-1 {
						if _, err := s.Update(ctx, docs[j0:j+1]); err != nil {
							b.Fatal(err)
						}
						n, j0 = 0, j+1
					}
				}
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(nq)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

// BenchmarkQuery runs a two-hop Gizmo query from one entity of a store of
// 500 documents.
func BenchmarkQuery(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, Options{Path: filepath.Join(b.TempDir(), "q.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := benchDocs(b, 500)
	for i := range docs {
		docs[i].New = true
	}
	if _, err := s.Update(ctx, docs); err != nil {
		b.Fatal(err)
	}
	q := `g.V("<entity:entity-13>").Out().Out().All()`
	b.ReportAllocs()
	for b.Loop() {
		res, err := s.Query(ctx, q, QueryOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res) == 0 {
			b.Fatal("no results")
		}
	}
}
