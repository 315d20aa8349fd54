package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/graph"
)

func queryCmd(e env) *cobra.Command {
	var (
		file string
		full bool
	)
	cmd := &cobra.Command{
		Use:   "query [GIZMO]",
		Short: "Run a Gizmo query over the graph and print JSON results",
		Long: `Query runs a Gizmo query (Cayley's JavaScript query language, ES5: no arrow
functions) and prints its results as a JSON array on stdout.

IRIs may be written with prefixes inside angle brackets: <ng:met> for
newsgraph's predicates, <entity:antony-blinken> for entities, <schema:name>,
<prov:wasDerivedFrom>, <rdf:type>, <doc:…>, <quote:…>.

The query comes from the argument, from --file, or from stdin when the
argument is "-". Results print IRIs with the same prefixes unless
--full-iris is given.`,
		Example: `  newsgraph query 'g.V("<entity:antony-blinken>").Out("<ng:met>").Out("<schema:name>").All()'
  newsgraph query --file who-met-whom.js`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			c, err := loadConfig(cmd, e)
			if err != nil {
				return err
			}
			q, err := queryText(args, file, e.stdin)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := openStore(ctx, c, true)
			if err != nil {
				return err
			}
			defer closeStore(st, &err)
			res, err := st.Query(ctx, q, graph.QueryOptions{Limit: c.Query.Limit, Timeout: c.Query.Timeout, MaxMemory: c.Query.MaxMemory})
			if err != nil {
				return err
			}
			var out any = res
			if !full {
				out = graph.CompactIRIs(out)
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		},
	}
	config.Flags(cmd.Flags(), "store", "query")
	cmd.Flags().StringVarP(&file, "file", "f", "", "read the query from this file")
	cmd.Flags().BoolVar(&full, "full-iris", false, "print full IRIs instead of prefixed ones (<entity:…>, <ng:…>)")
	return cmd
}

// maxQueryBytes bounds a query read from a file or standard input; a
// longer one is refused whole, never cut.
const maxQueryBytes = 16 << 20

// readQuery reads a whole query from r, which from names.
func readQuery(r io.Reader, from string) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxQueryBytes+1))
	if err != nil {
		return "", fmt.Errorf("read query from %s: %w", from, err)
	}
	if len(b) > maxQueryBytes {
		return "", fmt.Errorf("read query from %s: more than %d bytes", from, maxQueryBytes)
	}
	return string(b), nil
}

func queryText(args []string, file string, stdin io.Reader) (string, error) {
	switch {
	case file != "" && len(args) > 0:
		return "", usagef("give the query as an argument or with --file, not both")
	case file != "":
		f, err := os.Open(file)
		if err != nil {
			return "", fmt.Errorf("read query: %w", err)
		}
		defer f.Close() // read only
		return readQuery(f, file)
	case len(args) == 1 && args[0] == "-":
		if stdin == nil {
			return "", usagef("query -: no standard input")
		}
		return readQuery(stdin, "standard input")
	case len(args) == 1 && args[0] != "":
		return args[0], nil
	}
	return "", usagef("no query given: newsgraph query 'g.V().Limit(5).All()'")
}
