package coref_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// BenchmarkResolve resolves Wikinews articles analysed beforehand; bytes
// are the articles' text.
func BenchmarkResolve(b *testing.B) {
	texts := sharedtest.WikinewsTexts(b)
	if len(texts) > 60 {
		texts = texts[:60]
	}
	a, err := analyze.Default()
	if err != nil {
		b.Fatal(err)
	}
	m, err := coref.Default()
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*nlp.Document, len(texts))
	size := 0
	for i, t := range texts {
		docs[i] = a.Analyze(t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			m.Resolve(d)
		}
	}
}
