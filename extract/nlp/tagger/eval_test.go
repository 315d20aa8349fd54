package tagger

import (
	"bytes"
	"testing"
)

// TestAccuracy checks the embedded model on the EWT and GUM test sets.
func TestAccuracy(t *testing.T) {
	m := mustDefault(t)
	tests := []struct {
		file              string
		minUPOS, minLemma float64
	}{
		{"en_ewt-ud-test.conllu", 95.5, 96.5},
		{"en_gum-cc-test.conllu", 95.5, 97.0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			sc := Evaluate(m, readUD(t, tt.file))
			t.Logf("%s: %d words, UPOS %.2f XPOS %.2f lemma %.2f", tt.file, sc.Tokens, sc.UPOS, sc.XPOS, sc.Lemma)
			if sc.UPOS < tt.minUPOS {
				t.Errorf("UPOS accuracy: got %.2f, want ≥ %.2f", sc.UPOS, tt.minUPOS)
			}
			if sc.Lemma < tt.minLemma {
				t.Errorf("lemma accuracy: got %.2f, want ≥ %.2f", sc.Lemma, tt.minLemma)
			}
		})
	}
}

// TestTrainDeterministic trains twice on a small sample (an ensemble of
// two, with clusters, to cover every path) and compares the saved models
// byte for byte.
func TestTrainDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	train := readUD(t, "en_ewt-ud-train.conllu")[:600]
	dev := readUD(t, "en_ewt-ud-dev.conllu")[:200]
	var saved [2][]byte
	for i := range saved {
		m, err := Train(train, dev, TrainOptions{Epochs: 2, Ensemble: 2, Clusters: Clusters{"the": {1, 2, 3}, "talks": {4, 5, 6}}})
		if err != nil {
			t.Fatalf("Train: %v", err)
		}
		var buf bytes.Buffer
		if err := m.Save(&buf); err != nil {
			t.Fatalf("Save: %v", err)
		}
		saved[i] = buf.Bytes()
	}
	if !bytes.Equal(saved[0], saved[1]) {
		t.Errorf("two trainings on the same data: got models of %d and %d bytes that differ", len(saved[0]), len(saved[1]))
	}
}

func TestTrainNoData(t *testing.T) {
	if _, err := Train(nil, nil, TrainOptions{}); err == nil {
		t.Error("Train(nil): got nil error, want one")
	}
}
