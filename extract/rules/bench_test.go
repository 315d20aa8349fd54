package rules

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// wikinewsDocs reads ../shared/corpus/wikinews/wikinews_2019.csv above the
// module root, skipping the benchmark when it is absent (failing when
// CI=true).
func wikinewsDocs(b *testing.B) []newsgraph.Doc {
	b.Helper()
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", "corpus", "wikinews", "wikinews_2019.csv")
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			b.Fatalf("wikinews corpus missing: %v", err)
		}
		b.Skipf("wikinews corpus not found at %s; skipping", path)
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
	docs := wikinewsDocs(b)
	ex := New()
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
