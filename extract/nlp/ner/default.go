package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// defaultModel is the trained model: sequence model and span typer
// trained on GUM-CC train+dev, UNER English EWT train+dev, Re-DocRED dev
// and test and Wikigold, with the POS tags of four jackknifed taggers
// (10 epochs and 3 for the typer, chosen on the dev sets), and EWT train
// for the lexicon; built by the NER line of scripts/train.sh (see
// README.md).
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
