package sharedtest

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// An Article is one row of the Wikinews corpus.
type Article struct {
	URL, Text string
}

// Wikinews returns the articles of ../shared/corpus/wikinews/*.csv (files
// in name order, rows in file order, rows without text left out), skipping
// or failing as Dir does when the corpus is absent.
func Wikinews(tb testing.TB) []Article {
	tb.Helper()
	dir := Dir(tb, "corpus", "wikinews")
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no CSV files in %s: %v", dir, err)
	}
	var out []Article
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			tb.Fatalf("read %s: %v", name, err)
		}
		if len(rows) == 0 {
			continue
		}
		url, text := slices.Index(rows[0], "url"), slices.Index(rows[0], "text")
		if url < 0 || text < 0 {
			tb.Fatalf("%s: no url or text column", name)
		}
		for _, r := range rows[1:] {
			if strings.TrimSpace(r[text]) != "" {
				out = append(out, Article{URL: r[url], Text: r[text]})
			}
		}
	}
	return out
}

// WikinewsTexts returns the texts of Wikinews.
func WikinewsTexts(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, a := range Wikinews(tb) {
		out = append(out, a.Text)
	}
	return out
}
