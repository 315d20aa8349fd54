package rules

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// wikinewsDocs returns the articles of ../shared/corpus/wikinews.
func wikinewsDocs(b *testing.B) []newsgraph.Doc {
	b.Helper()
	var docs []newsgraph.Doc
	for _, a := range sharedtest.Wikinews(b) {
		docs = append(docs, newsgraph.Doc{ID: a.URL, Text: a.Text})
	}
	return docs
}

func BenchmarkExtractWikinews(b *testing.B) {
	benchmarkWikinews(b, New())
}

// BenchmarkParsedWikinews measures the parse-based extractor, NLP core
// included, on one core.
func BenchmarkParsedWikinews(b *testing.B) {
	benchmarkWikinews(b, parsed(b))
}

func benchmarkWikinews(b *testing.B, ex newsgraph.Extractor) {
	docs := wikinewsDocs(b)
	b.ReportAllocs()
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := ex.Extract(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
