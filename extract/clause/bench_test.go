package clause

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// wikinews analyses the articles of ../shared/corpus/wikinews (skipping
// when it is absent, failing when CI=true) and returns them with their
// total size in bytes.
func wikinews(tb testing.TB) ([]*nlp.Document, int) {
	tb.Helper()
	texts := sharedtest.WikinewsTexts(tb)
	a, err := analyzer()
	if err != nil {
		tb.Fatal(err)
	}
	var docs []*nlp.Document
	size := 0
	for _, t := range texts {
		docs = append(docs, a.Analyze(t))
		size += len(t)
	}
	return docs, size
}

// BenchmarkExtractWikinews measures Extract alone over the analysed
// Wikinews articles (the analysis is done once, before the timer starts).
func BenchmarkExtractWikinews(b *testing.B) {
	docs, size := wikinews(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			extract(b, d)
		}
	}
}

// TestWikinews runs Extract over every Wikinews article and checks every
// relation's indices and spans.
func TestWikinews(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the whole Wikinews corpus")
	}
	docs, _ := wikinews(t)
	n := 0
	for _, d := range docs {
		for _, r := range extract(t, d) {
			checkRelation(t, d, r)
			n++
		}
	}
	if n < len(docs) {
		t.Errorf("got %d relations from %d articles, want more", n, len(docs))
	}
}
