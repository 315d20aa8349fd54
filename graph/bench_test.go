package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// benchDocs makes n documents' quads, each like a short news article: 20
// entities and 15 facts.
func benchDocs(b *testing.B, n int) []newsgraph.DocQuads {
	b.Helper()
	var out []newsgraph.DocQuads
	for d := range n {
		text := fmt.Sprintf("Document %d. ", d)
		for range 40 {
			text += "Some sentence with words about people and places. "
		}
		doc := newsgraph.Doc{ID: fmt.Sprintf("bench/%06d", d), Source: "bench", Text: text}
		ex := &newsgraph.Extraction{}
		var iris []newsgraph.IRI
		for e := range 20 {
			name := fmt.Sprintf("Entity %d", (d*7+e*13)%5000)
			ex.Entities = append(ex.Entities, newsgraph.Entity{Key: fmt.Sprint(e), Name: name, Type: newsgraph.Person,
				Aliases: []string{name + " Jr"}, Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 5}}}})
			iris = append(iris, newsgraph.IRI(newsgraph.EntityNS+newsgraph.Slug(name)))
		}
		for f := range 15 {
			sp := newsgraph.Span{Start: f * 50, End: f*50 + 50}
			ex.Facts = append(ex.Facts, newsgraph.Fact{Subject: fmt.Sprint(f), Object: fmt.Sprint(f + 1), Predicate: newsgraph.Met, Raw: "met", Evidence: sp, Confidence: 0.8})
		}
		qs, err := newsgraph.Quads(doc, "bench/v1", ex, iris)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, newsgraph.DocQuads{Doc: doc.IRI(), Quads: qs, Hash: testHash(doc)})
	}
	return out
}

func countQuads(docs []newsgraph.DocQuads) int {
	n := 0
	for _, d := range docs {
		n += len(d.Quads)
	}
	return n
}

// BenchmarkUpdate measures loading fresh documents into a Bolt store in
// batches of 100 documents, as a build does.
func BenchmarkUpdate(b *testing.B) {
	docs := benchDocs(b, 500)
	nq := countQuads(docs)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(context.Background(), Options{Path: filepath.Join(b.TempDir(), "b.db")})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for j := 0; j < len(docs); j += 100 {
			if _, err := s.Update(context.Background(), docs[j:min(j+100, len(docs))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(nq)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
}
