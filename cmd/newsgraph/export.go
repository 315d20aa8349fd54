package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/exporters"
	_ "github.com/newsgraph/newsgraph/exporters/all" // register every format
	"github.com/newsgraph/newsgraph/graph"
)

func exportCmd(e env) *cobra.Command {
	var (
		format, output string
		opt            exporters.Options
		types, preds   string
		docs           string
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph as GraphML, DOT, JSON-LD, CSV or N-Quads",
		Long: `Export writes the graph in the store to stdout or to -o FILE (written to a
temporary file and renamed when complete). The format comes from --format,
or from the extension of -o.

Formats:
` + formatList() + `
Filters apply to every format: --min-documents keeps facts reported by at
least N documents, --types and --predicates keep the listed node types and
relations, --documents keeps what the listed documents say, --since and
--until what documents published in that range of days say, --entity NAME
--hops K keeps the neighbourhood of one entity, --top N the N best-connected
nodes (for drawings).`,
		Example: `  newsgraph export -o graph.graphml
  newsgraph export --format dot --top 40 | dot -Tsvg > graph.svg
  newsgraph export --format jsonld --article 000 > snippet.html
  newsgraph export -o tables.csv      # tables.nodes.csv and tables.edges.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			c, err := loadConfig(cmd, e)
			if err != nil {
				return err
			}
			f, err := pickFormat(format, output)
			if err != nil {
				return err
			}
			opt.Filter.Types = splitList(types)
			opt.Filter.Predicates = splitList(preds)
			opt.Filter.Documents = splitList(docs)
			if opt.Set, err = formatOptions(cmd, f); err != nil {
				return err
			}
			if err := opt.Validate(f.Options...); err != nil {
				return &usageError{err}
			}
			if f.MultiFile() && (output == "" || output == "-") {
				return usagef("format %s writes %d files (%s): give -o FILE%s or -o DIRECTORY", f.Name, len(f.Parts), strings.Join(f.Parts, ", "), firstExt(f))
			}
			ctx := cmd.Context()
			st, err := openStore(ctx, c, true)
			if err != nil {
				return err
			}
			defer closeStore(st, &err)
			if output == "" || output == "-" {
				bw := bufio.NewWriterSize(e.stdout, 1<<16)
				if err := exportTo(cmd, st, f, []io.Writer{bw}, opt); err != nil {
					return err
				}
				return bw.Flush()
			}
			return exportFiles(cmd, st, f, f.PartPaths(output), opt)
		},
	}
	config.Flags(cmd.Flags(), "store")
	fl := cmd.Flags()
	fl.StringVarP(&format, "format", "F", "", "output format: "+strings.Join(exporters.Names(), ", ")+" (default: from the -o extension)")
	fl.StringVarP(&output, "output", "o", "", "output file (default: stdout)")
	fl.IntVar(&opt.Filter.MinDocuments, "min-documents", 0, "keep facts reported by at least N documents")
	fl.StringVar(&types, "types", "", "keep nodes of these types (comma-separated: Person,Organization,Place,Thing,Event,Quote)")
	fl.StringVar(&preds, "predicates", "", "keep relations with these labels (comma-separated: met,said,…)")
	fl.StringVar(&docs, "documents", "", "keep what these documents say (comma-separated document IDs)")
	fl.StringVar(&opt.Filter.Since, "since", "", "keep what documents published on or after this day say (2006-01-02)")
	fl.StringVar(&opt.Filter.Until, "until", "", "keep what documents published on or before this day say (2006-01-02)")
	fl.StringVar(&opt.Filter.Entity, "entity", "", "keep the neighbourhood of the entity with this name or alias")
	fl.IntVar(&opt.Filter.Hops, "hops", 0, "radius of the --entity neighbourhood (default 1)")
	fl.IntVar(&opt.Filter.Top, "top", 0, "keep the N best-connected nodes")
	fl.BoolVar(&opt.Filter.DropIsolated, "drop-isolated", false, "drop nodes without edges")
	for _, f := range exporters.Formats() {
		for _, o := range f.Options {
			usage := f.Name + ": " + o.Usage
			switch d := o.Default.(type) {
			case bool:
				fl.Bool(o.Name, d, usage)
			case int:
				fl.Int(o.Name, d, usage)
			case string:
				fl.String(o.Name, d, usage)
			}
		}
	}
	return cmd
}

// formatOptions returns the values of the format options given on the
// command line (the flags of every format's Options), refusing those of
// another format than f.
func formatOptions(cmd *cobra.Command, f exporters.Format) (map[string]any, error) {
	set := make(map[string]any)
	for _, other := range exporters.Formats() {
		for _, o := range other.Options {
			fl := cmd.Flags().Lookup(o.Name)
			if fl == nil || !fl.Changed {
				continue
			}
			if other.Name != f.Name {
				return nil, usagef("--%s works with --format %s, not %s", o.Name, other.Name, f.Name)
			}
			var v any
			var err error
			switch o.Default.(type) {
			case bool:
				v, err = cmd.Flags().GetBool(o.Name)
			case int:
				v, err = cmd.Flags().GetInt(o.Name)
			case string:
				v, err = cmd.Flags().GetString(o.Name)
			}
			if err != nil {
				return nil, &usageError{err}
			}
			set[o.Name] = v
		}
	}
	return set, nil
}

func formatList() string {
	var b strings.Builder
	for _, n := range exporters.Names() {
		f, _ := exporters.Lookup(n)
		fmt.Fprintf(&b, "  %-8s %s (%s)\n", n, f.Description, strings.Join(f.Ext, ", "))
	}
	return b.String()
}

func firstExt(f exporters.Format) string {
	if len(f.Ext) > 0 {
		return f.Ext[0]
	}
	return ""
}

func pickFormat(name, output string) (exporters.Format, error) {
	if name != "" {
		f, err := exporters.Lookup(name)
		if err != nil {
			return f, &usageError{err}
		}
		return f, nil
	}
	if output == "" || output == "-" {
		return exporters.Format{}, usagef("--format is required when writing to stdout (known: %s)", strings.Join(exporters.Names(), ", "))
	}
	f, err := exporters.ForPath(output)
	if err != nil {
		return f, &usageError{fmt.Errorf("%w; or give --format", err)}
	}
	return f, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// exportBatch is how many quads export hands to a writer at once.
const exportBatch = 1024

// exportTo streams every quad of the store into a writer of format f.
func exportTo(cmd *cobra.Command, st *graph.Store, f exporters.Format, ws []io.Writer, opt exporters.Options) error {
	w, err := f.Open(ws, opt)
	if err != nil {
		return err
	}
	// Quads go to the writer in slices of exportBatch.
	buf := make([]quad.Quad, 0, exportBatch)
	err = st.Each(cmd.Context(), func(q quad.Quad) error {
		if buf = append(buf, q); len(buf) < exportBatch {
			return nil
		}
		_, err := w.WriteQuads(buf)
		buf = buf[:0]
		return err
	})
	if err == nil {
		_, err = w.WriteQuads(buf)
	}
	if err != nil {
		w.Close()
		return fmt.Errorf("export %s: %w", f.Name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("export %s: %w", f.Name, err)
	}
	return nil
}

// outputTarget returns where the export to path writes: a regular file
// (or a new one) is written through a temporary file renamed over it, so
// the path itself; a symbolic link is followed, and its target written so;
// anything else (a device such as /dev/null, a named pipe) is written to
// directly, as a shell's redirection would, with direct set. Nothing but a
// regular file is ever replaced.
func outputTarget(path string) (target string, direct bool, err error) {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return path, false, nil
	case err != nil:
		return "", false, fmt.Errorf("write %s: %w", path, err)
	case fi.Mode()&os.ModeSymlink != 0:
		target, err = filepath.EvalSymlinks(path)
		if err != nil {
			return "", false, fmt.Errorf("write %s: a symbolic link whose target cannot be reached (%w): give the target's path", path, err)
		}
		if fi, err = os.Stat(target); err != nil {
			return "", false, fmt.Errorf("write %s: %w", path, err)
		}
	default:
		target = path
	}
	switch {
	case fi.IsDir():
		return "", false, fmt.Errorf("write %s: is a directory", path)
	case fi.Mode().IsRegular():
		return target, false, nil
	}
	return target, true, nil
}

// exportFiles writes the parts of format f to paths, each through a
// temporary file renamed only when the whole export succeeded (or straight
// to a device or a named pipe, see outputTarget).
func exportFiles(cmd *cobra.Command, st *graph.Store, f exporters.Format, paths []string, opt exporters.Options) (err error) {
	targets := make([]string, len(paths))
	direct := make([]bool, len(paths))
	for i, p := range paths {
		if targets[i], direct[i], err = outputTarget(p); err != nil {
			return err
		}
	}
	var tmps []*os.File
	defer func() {
		for _, t := range tmps {
			if t == nil {
				continue
			}
			t.Close()
			if err != nil {
				os.Remove(t.Name())
			}
		}
	}()
	var ws []io.Writer
	var bufs []*bufio.Writer
	var outs []*os.File // the files written directly
	defer func() {
		for _, o := range outs {
			o.Close()
		}
	}()
	for i, p := range targets {
		if direct[i] {
			o, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err != nil {
				return fmt.Errorf("write %s: %w", paths[i], err)
			}
			outs = append(outs, o)
			bw := bufio.NewWriterSize(o, 1<<16)
			bufs = append(bufs, bw)
			ws = append(ws, bw)
			tmps = append(tmps, nil)
			continue
		}
		if dir := filepath.Dir(p); dir != "." {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("write %s: %w", p, err)
			}
		}
		t, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".tmp-*")
		if err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
		tmps = append(tmps, t)
		bw := bufio.NewWriterSize(t, 1<<16)
		bufs = append(bufs, bw)
		ws = append(ws, bw)
	}
	if err := exportTo(cmd, st, f, ws, opt); err != nil {
		return err
	}
	for i, t := range tmps {
		if err := bufs[i].Flush(); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
		if t == nil {
			continue // written directly
		}
		if err := t.Sync(); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
		if err := t.Chmod(0o644); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
	}
	for _, o := range outs {
		if err := o.Close(); err != nil {
			return fmt.Errorf("write %s: %w", o.Name(), err)
		}
	}
	outs = nil
	for i, t := range tmps {
		if t == nil {
			continue
		}
		if err := t.Close(); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
	}
	for i, t := range tmps {
		if t == nil {
			continue
		}
		if err := os.Rename(t.Name(), targets[i]); err != nil {
			return fmt.Errorf("write %s: %w", paths[i], err)
		}
	}
	tmps = nil
	return nil
}
