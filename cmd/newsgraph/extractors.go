package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/parse"
	"github.com/newsgraph/newsgraph/extract/resolve"
	"github.com/newsgraph/newsgraph/graph"
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

// newResolver returns a resolver that knows the entities already in st, so
// that documents added later join the existing nodes.
func newResolver(ctx context.Context, st *graph.Store) (newsgraph.Resolver, error) {
	recs, err := st.Entities(ctx)
	if err != nil {
		return nil, fmt.Errorf("load entities from the store: %w", err)
	}
	known := make([]resolve.Known, len(recs))
	for i, r := range recs {
		known[i] = resolve.Known{IRI: r.IRI, Type: r.Type, Names: r.Names}
	}
	return resolve.New(known), nil
}
