// Package acctest measures the parser on EWT test with tags predicted by
// the tagger, as the pipeline runs it. It is a separate package so that
// the parser's own tests do not depend on the tagger.
package acctest

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/parser"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

func readUD(t *testing.T, name string) []conllu.Sentence {
	t.Helper()
	path := sharedtest.Dir(t, "ud", name)
	s, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestAccuracyPredictedTags parses EWT test with tags from the embedded
// tagger. The project's target is UAS 86 / LAS 83; the floors below guard
// the figures the current models reach (see ../../README.md), which are
// still short of it.
func TestAccuracyPredictedTags(t *testing.T) {
	test := readUD(t, "en_ewt-ud-test.conllu")
	tg, err := tagger.Default()
	if err != nil {
		t.Fatalf("tagger: %v", err)
	}
	m, err := parser.Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := parser.Evaluate(m, test, tg.Tag)
	t.Logf("EWT test, predicted tags: UAS %.2f LAS %.2f (base relations %.2f), %d words", sc.UAS, sc.LAS, sc.LASBase, sc.Words)
	const minUAS, minLAS = 85.0, 81.5
	if sc.UAS < minUAS || sc.LAS < minLAS {
		t.Errorf("got UAS %.2f LAS %.2f, want at least %.1f and %.1f", sc.UAS, sc.LAS, minUAS, minLAS)
	}
	if sc.UAS < 86 || sc.LAS < 83 {
		t.Logf("below the project target UAS 86 / LAS 83")
	}
}
