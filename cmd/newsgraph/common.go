package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
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
	return graph.Open(ctx, storeOptions(c, readOnly))
}

// storeOptions returns the graph options of the configured store.
func storeOptions(c config.Config, readOnly bool) graph.Options {
	return graph.Options{Backend: c.Store.Backend, Path: c.Store.Path, PasswordFile: c.Store.PasswordFile, ReadOnly: readOnly}
}

// storeName names the configured store in messages: a SQL store's
// address without its password.
func storeName(c config.Config) string {
	if c.Store.Backend == graph.Postgres || c.Store.Backend == graph.Cockroach {
		return graph.RedactAddress(c.Store.Path)
	}
	return c.Store.Path
}

// badInput reports whether err is only failures to read or extract
// documents, which do not come from the store.
func badInput(err error) bool {
	var de *newsgraph.DocError
	var fe *failedError
	return errors.As(err, &fe) || errors.As(err, &de) && de.Step != "store"
}

// closeStore closes the store, keeping the first error. When the command
// failed with an error that may come from damage the checks at open do not
// see (undecodable data inside a value), the closed store is checked in
// full (graph.Check), and a damaged store's error replaces the command's,
// so that every command reports damage the same way.
func closeStore(s *graph.Store, err *error) {
	if cerr := s.Close(); cerr != nil && *err == nil {
		*err = fmt.Errorf("close store: %w", cerr)
	}
	if *err == nil || s.Path() == "" {
		return
	}
	var de *graph.DamagedError
	if errors.As(*err, &de) {
		*err = de // the one message for a damaged store, without context
		return
	}
	var ue *usageError
	for _, skip := range []error{graph.ErrDamaged, graph.ErrLocked, context.Canceled, context.DeadlineExceeded} {
		if errors.Is(*err, skip) {
			return
		}
	}
	if errors.As(*err, &ue) || badInput(*err) {
		return
	}
	if _, cerr := graph.Check(context.Background(), s.Path()); errors.Is(cerr, graph.ErrDamaged) {
		*err = cerr
	}
}
