package relclass_test

import (
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/relclass"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// TestHeldOutAccuracy scores the embedded model on the held-out fifth of
// Re-DocRED (relclass.Split), labelled as in training, at a threshold of
// 0.5. The floors sit a few points under the figures of README.md. It is
// skipped in -short mode or without ../shared (and fails without it when
// CI=true).
func TestHeldOutAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 200 Re-DocRED documents")
	}
	dir := sharedtest.Dir(t, "ner")
	var docs []relclass.ReDoc
	for _, f := range relclass.ReDocFiles {
		d, err := relclass.ReadReDocRED(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d...)
	}
	_, held := relclass.Split(docs)
	if len(held) != 200 {
		t.Fatalf("got %d held-out documents, want 200", len(held))
	}
	exs := relclass.ReDocExamples(held, analyzer(t).AnalyzeTokens, relclass.DefaultExampleOptions())
	res := relclass.Evaluate(model(t), exs, 0.5)
	for _, p := range append([]string{""}, relclass.Predicates...) {
		s := res[p]
		t.Logf("%-12s P=%.3f R=%.3f F1=%.3f (gold %d)", p, s.Precision(), s.Recall(), s.F1(), s.TP+s.FN)
	}
	floors := map[string]float64{"": 0.55, newsgraph.LocatedIn: 0.60, newsgraph.BornIn: 0.60, newsgraph.MemberOf: 0.30}
	for p, floor := range floors {
		if f1 := res[p].F1(); f1 < floor {
			t.Errorf("%q: F1 %.3f, want ≥ %.2f", p, f1, floor)
		}
	}
	if p := res[""].Precision(); p < 0.70 {
		t.Errorf("precision %.3f, want ≥ 0.70", p)
	}
}
