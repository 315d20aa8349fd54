package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/exporters/nquads"
	"github.com/newsgraph/newsgraph/graph"
)

func importCmd(e env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import FILE.nq...",
		Short: "Load N-Quads (from export --format nquads) into the store",
		Long: `Import reads N-Quads files, such as a backup made with
'newsgraph export --format nquads', and adds their quads to the store.
Every file is parsed completely before anything is written, so a malformed
file leaves the store as it was.`,
		Example: `  newsgraph export -o backup.nq && newsgraph import --store restored.db backup.nq`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			c, err := loadConfig(cmd, e)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			// Each file is read twice, to check it and to load it, so
			// standard input, pipes (<(…)) and devices, which can be read
			// only once, are first copied to a temporary file.
			names := slices.Clone(args)
			for i, name := range args {
				once, err := readOnce(name)
				if err != nil {
					return err
				}
				if !once {
					continue
				}
				in := e.stdin
				if name != "-" {
					f, err := os.Open(name)
					if err != nil {
						return fmt.Errorf("import: %w", err)
					}
					defer f.Close() // read only
					in = f
				}
				tmp, err := spool(in, name)
				if err != nil {
					return err
				}
				defer os.Remove(tmp)
				args[i] = tmp
			}
			counts := make([]int, len(args))
			total := 0
			for i, name := range args {
				n, err := eachNQuad(ctx, name, names[i], func(quad.Quad) error { return nil })
				if err != nil {
					return err
				}
				counts[i] = n
				total += n
			}
			st, err := openStore(ctx, c, false)
			if err != nil {
				return err
			}
			defer closeStore(st, &err)
			for i, name := range args {
				n, err := importFile(ctx, st, name, names[i], c.Extract.BatchQuads)
				if err != nil {
					return err
				}
				if n != counts[i] {
					return fmt.Errorf("import %s: the file changed while it was imported (%d quads checked, %d loaded): import it again", names[i], counts[i], n)
				}
			}
			fmt.Fprintf(e.stderr, "imported: files=%d quads=%d\n", len(args), total)
			return nil
		},
	}
	config.Flags(cmd.Flags(), "store", "extract.batch_quads")
	return cmd
}

// importFile loads the N-Quads file path (the input name) into st, batch
// quads per transaction, and returns the number of quads read.
func importFile(ctx context.Context, st *graph.Store, path, name string, batch int) (int, error) {
	var buf []quad.Quad
	n, err := eachNQuad(ctx, path, name, func(q quad.Quad) error {
		buf = append(buf, q)
		if len(buf) >= batch {
			if err := st.Add(ctx, buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	return n, st.Add(ctx, buf)
}

// readOnce reports whether the input name ("-" for standard input) can be
// read only once: it is not a regular file.
func readOnce(name string) (bool, error) {
	if name == "-" {
		return true, nil
	}
	fi, err := os.Stat(name)
	if err != nil {
		return false, fmt.Errorf("import: %w", err)
	}
	if fi.IsDir() {
		return false, fmt.Errorf("import %s: is a directory", name)
	}
	return !fi.Mode().IsRegular(), nil
}

// spool copies in, the input named name, to a temporary file, which
// import reads twice: once to check it, once to load it.
func spool(in io.Reader, name string) (string, error) {
	if in == nil {
		return "", fmt.Errorf("import %s: no standard input", name)
	}
	f, err := os.CreateTemp("", "newsgraph-import-*.nq")
	if err != nil {
		return "", fmt.Errorf("import %s: %w", name, err)
	}
	if _, err := io.Copy(f, in); err != nil {
		f.Close()
		os.Remove(f.Name())
		return "", fmt.Errorf("import %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("import %s: %w", name, err)
	}
	return f.Name(), nil
}

// eachNQuad parses the N-Quads file path, calling fn for each quad, and
// returns the number of quads. Errors name the input name (path, or the
// input it was copied from) and line.
func eachNQuad(ctx context.Context, path, name string, fn func(quad.Quad) error) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	defer f.Close() // read only
	n, err := nquads.Read(ctx, f, name, fn)
	var pe *nquads.ParseError
	if errors.As(err, &pe) {
		err = fmt.Errorf("import %w", err)
	}
	return n, err
}
