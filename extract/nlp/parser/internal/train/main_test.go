package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/parser"
)

// readDev reads EWT dev from ../shared/ud above the module root.
func readDev(t *testing.T) []conllu.Sentence {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", "ud", "en_ewt-ud-dev.conllu")
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing: %v", err)
		}
		t.Skipf("shared data missing (%v); skipping", err)
	}
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
