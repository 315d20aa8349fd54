package ner_test

import (
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// The accuracy tests score the embedded model with predicted tags and
// the document pass, exact span and type, PERSON/ORG/PLACE (see
// README.md). Each fails below a floor just under the embedded model's
// score, so that a change that loses accuracy fails. The project's
// must-reach figures are higher and not met yet; each test logs the gap.
var accuracyTests = []struct {
	name string
	load func(t *testing.T) []ner.Labeled
	// floor fails the test; mustReach is the project's figure; score is
	// what the embedded model scores.
	floor, mustReach, score float64
}{
	{"GUM-CC test", gumTest, 0.75, 0.80, 0.755},
	{"UNER English EWT test", unerFile("uner_en_ewt-test.iob2"), 0.75, 0.80, 0.753},
	{"UNER English PUD test", unerFile("uner_en_pud-test.iob2"), 0.73, 0.78, 0.735},
}

func TestAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("accuracy test skipped in -short mode")
	}
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	tg, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	tag := func(words []string) ([]string, []string) {
		u, x := make([]string, len(words)), make([]string, len(words))
		tg.Tag(words, u, x)
		return u, x
	}
	for _, tc := range accuracyTests {
		t.Run(tc.name, func(t *testing.T) {
			sc := ner.EvaluateLabeled(m, tc.load(t), tag)
			t.Logf("%s, predicted tags:\n%s", tc.name, sc)
			if f := sc.Overall.F1; f < tc.floor {
				t.Errorf("got F1 %.4f, want at least %.2f (the embedded model scores %.3f)", f, tc.floor, tc.score)
			} else if f < tc.mustReach {
				t.Logf("F1 %.4f is %.3f under the must-reach figure %.2f", f, tc.mustReach-f, tc.mustReach)
			}
		})
	}
}

func gumTest(t *testing.T) []ner.Labeled {
	t.Helper()
	s, err := conllu.ReadFile(filepath.Join(sharedtest.Dir(t, "ud"), "en_gum-cc-test.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	return ner.FromGUM(s)
}

func unerFile(name string) func(t *testing.T) []ner.Labeled {
	return func(t *testing.T) []ner.Labeled {
		t.Helper()
		s, err := ner.ReadIOBFile(filepath.Join(sharedtest.Dir(t, "ner"), name))
		if err != nil {
			t.Fatal(err)
		}
		return ner.FromIOB(s)
	}
}
