package tokenize

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// wikinewsText returns the texts of ../shared/corpus/wikinews.
func wikinewsText(b testing.TB) []string { return sharedtest.WikinewsTexts(b) }

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
