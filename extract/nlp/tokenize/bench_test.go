package tokenize

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
)

// wikinewsText returns the text column of the Wikinews CSV files in
// ../shared/corpus/wikinews, skipping the benchmark when they are absent.
func wikinewsText(b testing.TB) []string {
	b.Helper()
	files, err := filepath.Glob(filepath.Join(sharedDir(b), "corpus", "wikinews", "*.csv"))
	if err != nil || len(files) == 0 {
		if os.Getenv("CI") == "true" {
			b.Fatalf("no wikinews CSV files: %v", err)
		}
		b.Skip("no wikinews CSV files")
	}
	var texts []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			b.Fatalf("read %s: %v", name, err)
		}
		col := -1
		for i, h := range rows[0] {
			if h == "text" {
				col = i
			}
		}
		if col < 0 {
			b.Fatalf("%s: no text column", name)
		}
		for _, r := range rows[1:] {
			texts = append(texts, r[col])
		}
	}
	return texts
}

func BenchmarkSentences(b *testing.B) {
	texts := wikinewsText(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			Sentences(t)
		}
	}
}
