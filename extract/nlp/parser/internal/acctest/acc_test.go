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
// tagger and checks the project's must-reach figures: UAS 86 and LAS 83,
// LAS on the universal relation (nsubj:pass = nsubj) as in the CoNLL 2018
// evaluation and in "newsgraph eval ud".
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
	const minUAS, minLAS = 86.0, 83.0
	if sc.UAS < minUAS || sc.LASBase < minLAS {
		t.Errorf("got UAS %.2f LAS %.2f, want at least %.1f and %.1f", sc.UAS, sc.LASBase, minUAS, minLAS)
	}
}
