package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// defaultModel is the trained model: sequence model and span typer
// trained on GUM-CC train+dev with the POS tags of four jackknifed
// taggers (14 epochs, chosen by cross-validation on train, and 11 for the
// typer, chosen on dev), and EWT train for the lexicon; built by
// `go run ./extract/nlp/ner/internal/train -final -epochs 14 -typer-epochs 11 -jackknife 4 -tagepochs 6 -tagclusters extract/nlp/tagger/model/clusters.tsv.gz -o extract/nlp/ner/model/ner.bin.gz`.
//
//go:embed model/ner.bin.gz
var defaultModel []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	tables := make(chan struct{})
	go func() { loadTables(); close(tables) }()
	m, err := Load(bytes.NewReader(defaultModel))
	<-tables
	if err != nil {
		return nil, fmt.Errorf("load embedded ner model: %w", err)
	}
	return m, nil
})

// Default returns the embedded model, loaded on first use and shared. It
// also reads the embedded word lists (data/), which the model's features
// use.
func Default() (*Model, error) { return loadDefault() }
