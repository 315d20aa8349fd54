package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/graph"
)

// loadConfig reads the configuration for cmd, whose flags were declared by
// config.Flags.
func loadConfig(cmd *cobra.Command, e env) (config.Config, error) {
	c, err := config.Load(cmd.Flags(), e.environ)
	if err != nil {
		return c, &usageError{err}
	}
	return c, nil
}

// openStore opens the configured store.
func openStore(ctx context.Context, c config.Config, readOnly bool) (*graph.Store, error) {
	return graph.Open(ctx, graph.Options{Backend: c.Store.Backend, Path: c.Store.Path, ReadOnly: readOnly})
}

// closeStore closes the store, keeping the first error.
func closeStore(s *graph.Store, err *error) {
	if cerr := s.Close(); cerr != nil && *err == nil {
		*err = fmt.Errorf("close store: %w", cerr)
	}
}
