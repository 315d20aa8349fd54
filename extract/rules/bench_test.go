package rules

import (
	"context"
	"encoding/csv"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// wikinewsDocs reads ../shared/corpus/wikinews/wikinews_2019.csv above the
// module root, skipping the benchmark when it is absent (failing when
// CI=true).
func wikinewsDocs(b *testing.B) []newsgraph.Doc {
	b.Helper()
	path := sharedtest.Dir(b, "corpus", "wikinews", "wikinews_2019.csv")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	var docs []newsgraph.Doc
	for _, r := range rows[1:] {
		if len(r) >= 4 {
			docs = append(docs, newsgraph.Doc{ID: r[0], Text: r[3]})
		}
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
