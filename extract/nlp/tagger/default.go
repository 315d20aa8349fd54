package tagger

import (
	_ "embed"
	"fmt"
	"sync"
)

//go:embed model/tagger.bin.gz
var defaultModel []byte

// Default returns the embedded model, trained on the UD English EWT and
// GUM training sets. It is loaded on first use and shared afterwards.
func Default() (*Model, error) { return loadDefault() }

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := loadBytes(defaultModel)
	if err != nil {
		return nil, fmt.Errorf("load embedded tagger model: %w", err)
	}
	return m, nil
})
