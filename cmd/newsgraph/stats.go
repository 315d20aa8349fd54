package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/config"
)

func statsCmd(e env) *cobra.Command {
	var jsonOut bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the documents, entities, facts and quads in the store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			c, err := loadConfig(cmd, e)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := openStore(ctx, c, true)
			if err != nil {
				return err
			}
			defer closeStore(st, &err)
			s, err := st.Stats(ctx)
			if err != nil {
				return err
			}
			missing, err := st.Pending(ctx)
			if err != nil {
				return err
			}
			if len(missing) > 0 {
				fmt.Fprintf(e.stderr, "newsgraph: %s\n", pendingNote(missing))
			}
			if jsonOut {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{
					"documents": s.Documents, "entities": s.Entities, "quotes": s.Quotes,
					"facts": s.Facts, "relations": s.Relations, "quads": s.Quads,
				})
			}
			fmt.Fprintf(e.stdout, "documents  %d\nentities   %d\nquotes     %d\nfacts      %d  (evidence sentences)\nrelations  %d  (distinct subject–predicate–object)\nquads      %d\n",
				s.Documents, s.Entities, s.Quotes, s.Facts, s.Relations, s.Quads)
			return nil
		},
	}
	config.Flags(cmd.Flags(), "store")
	cmd.Flags().BoolVar(&jsonOut, "json", false, "print JSON")
	return cmd
}
