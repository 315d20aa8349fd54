package parser

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

//go:embed model/parser.bin.gz
var defaultModelData []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := Load(bytes.NewReader(defaultModelData))
	if err != nil {
		return nil, fmt.Errorf("load embedded parser model: %w", err)
	}
	return m, nil
})

// Default returns the embedded model, trained on UD English EWT train and
// GUM-CC train, once with gold tags and once with tags predicted by
// jackknifed taggers (see README.md). It is loaded once and shared; the model
// is safe for concurrent use.
func Default() (*Model, error) { return loadDefault() }
