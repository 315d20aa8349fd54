package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/graph"
)

func checkCmd(e env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Verify that the store is intact",
		Long: `Check reads the whole store and verifies it: the page structure of the
Bolt file (every page in range, of a valid type, used once, the file not
cut short), then every entry of the graph (each decodes, each quad refers
to values the store holds, the quad count and the indexes agree), then
every document's record (it decodes and matches its digest) and text. A
PostgreSQL or CockroachDB store is checked for its tables and indexes,
values that decode to what their hashes say, quads whose values exist,
reference counts that match the quads, and records that decode.

A sound store prints one line and exits with status 0. A damaged store
prints what is damaged and exits with status 1: restore it from a backup
made with 'newsgraph export -o backup.nq' (import it into a new store with
'newsgraph import --store new.db backup.nq'), or build it again from the
articles. A store whose last update was interrupted between its two
transactions (a full disk, a killed process) is intact but lacks the
documents being replaced: check names them and exits with status 1; a
build of their articles writes them again.`,
		Example: `  newsgraph check --store news.db`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd, e)
			if err != nil {
				return err
			}
			switch c.Store.Backend {
			case graph.Postgres, graph.Cockroach:
				r, err := graph.CheckStore(cmd.Context(), storeOptions(c, true))
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "store %s is intact: %d values, %d quads\n", storeName(c), r.Nodes, r.Quads)
				return nil
			case graph.Bolt:
			default:
				return usagef("check verifies a Bolt or SQL store, not a %s one", c.Store.Backend)
			}
			r, err := graph.Check(cmd.Context(), c.Store.Path)
			if err != nil {
				return err
			}
			if len(r.Missing) > 0 {
				return fmt.Errorf("store %s is intact, but %s", c.Store.Path, pendingNote(r.Missing))
			}
			fmt.Fprintf(e.stdout, "store %s is intact: %d bytes, %d pages in use, %d buckets, %d values, %d quads\n",
				c.Store.Path, r.Bytes, r.Pages, r.Buckets, r.Nodes, r.Quads)
			return nil
		},
	}
	config.Flags(cmd.Flags(), "store")
	return cmd
}
