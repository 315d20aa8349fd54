package main

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/parse"
)

// newExtractor returns the extractor configured by name.
func newExtractor(name string) (newsgraph.Extractor, error) {
	switch name {
	case "parse":
		an, err := analyze.Default()
		if err != nil {
			return nil, fmt.Errorf("load the NLP models: %w", err)
		}
		return parse.New(an)
	}
	return nil, usagef("unknown extractor %q (known: %s)", name, strings.Join(config.Extractors, ", "))
}
