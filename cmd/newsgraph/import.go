package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/config"
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
			for i, name := range args {
				if name == "-" {
					tmp, err := spool(e.stdin)
					if err != nil {
						return err
					}
					defer os.Remove(tmp)
					args[i] = tmp
				}
			}
			total := 0
			for _, name := range args {
				n, err := eachNQuad(ctx, name, func(quad.Quad) error { return nil })
				if err != nil {
					return err
				}
				total += n
			}
			st, err := openStore(ctx, c, false)
			if err != nil {
				return err
			}
			defer closeStore(st, &err)
			for _, name := range args {
				if err := importFile(ctx, st, name, c.Extract.BatchQuads); err != nil {
					return err
				}
			}
			fmt.Fprintf(e.stderr, "imported: files=%d quads=%d\n", len(args), total)
			return nil
		},
	}
	config.Flags(cmd.Flags(), "store", "extract")
	return cmd
}

func importFile(ctx context.Context, st *graph.Store, name string, batch int) error {
	var buf []quad.Quad
	_, err := eachNQuad(ctx, name, func(q quad.Quad) error {
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
		return err
	}
	return st.Add(ctx, buf)
}

// spool copies standard input to a temporary file, which import reads
// twice: once to check it, once to load it.
func spool(stdin io.Reader) (string, error) {
	if stdin == nil {
		return "", errors.New("import -: no standard input")
	}
	f, err := os.CreateTemp("", "newsgraph-import-*.nq")
	if err != nil {
		return "", fmt.Errorf("import -: %w", err)
	}
	if _, err := io.Copy(f, stdin); err != nil {
		f.Close()
		os.Remove(f.Name())
		return "", fmt.Errorf("import -: %w", err)
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("import -: %w", err)
	}
	return f.Name(), nil
}

// eachNQuad parses the N-Quads file name, calling fn for
// each quad, and returns the number of quads. Parse errors name the file
// and line.
func eachNQuad(ctx context.Context, name string, fn func(quad.Quad) error) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n, line := 0, 0
	for sc.Scan() {
		line++
		if line%10000 == 0 {
			if err := ctx.Err(); err != nil {
				return n, err
			}
		}
		text := sc.Bytes()
		if len(trimSpace(text)) == 0 || trimSpace(text)[0] == '#' {
			continue
		}
		q, err := nquads.ParseRaw(string(text))
		if err != nil {
			return n, fmt.Errorf("import %s:%d: %v", name, line, err)
		}
		if !q.IsValid() {
			return n, fmt.Errorf("import %s:%d: incomplete quad", name, line)
		}
		if err := fn(q); err != nil {
			return n, err
		}
		n++
	}
	if err := sc.Err(); err != nil {
		return n, fmt.Errorf("import %s: %w", name, err)
	}
	return n, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}
