package main

import (
	"bytes"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/parser"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// readDev reads EWT dev from ../shared/ud above the module root.
func readDev(t *testing.T) []conllu.Sentence {
	t.Helper()
	path := sharedtest.Dir(t, "ud", "en_ewt-ud-dev.conllu")
	s, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTrainEnsembleDeterministic checks that training several perceptrons
// side by side (in goroutines) still gives a byte-identical model.
func TestTrainEnsembleDeterministic(t *testing.T) {
	sents := readDev(t)
	train, dev := sents[:400], sents[400:600]
	tests := []struct {
		name     string
		ensemble int
	}{
		{"single", 1},
		{"mixed three", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := parser.TrainOptions{Epochs: 2, MoveBits: 16, LabelBits: 12, Ensemble: tt.ensemble}
			var out [2]bytes.Buffer
			for i := range out {
				m, err := parser.Train(train, dev, opt)
				if err != nil {
					t.Fatal(err)
				}
				if err := m.Save(&out[i]); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
				t.Errorf("got models of %d and %d bytes that differ, want identical", out[0].Len(), out[1].Len())
			}
		})
	}
}
