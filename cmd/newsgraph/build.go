package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/ingest"
)

func buildCmd(e env) *cobra.Command {
	var (
		force, quiet, jsonOut bool
	)
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Extract facts from articles into the graph store",
		Long: `Build reads articles from files and folders (recursively) and stores their
entities and facts in the graph store.

Formats: .txt and .md (the first line is the headline when it has no
sentence punctuation), .html/.htm (the main article text, with title, date
and URL from the page's metadata), .csv and .jsonl/.ndjson with url, date,
title and text columns (one article per row), and - for standard input.

Re-running build on the same input changes nothing; an edited article
replaces exactly that article's facts. Articles are identified by their
path relative to the folder given (or by URL for CSV/JSONL rows).`,
		Example: `  newsgraph build examples/articles
  newsgraph build --store news.db archive.csv today/*.html
  cat article.txt | newsgraph build -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			c, err := loadConfig(cmd, e)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := openStore(ctx, c, false)
			if err != nil {
				return err
			}
			defer closeStore(st, &err)

			ex, err := newExtractor(c.Extract.Extractor)
			if err != nil {
				return err
			}
			res, err := newResolver(ctx, st)
			if err != nil {
				return err
			}
			logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
			var mu sync.Mutex
			skipped := 0
			src := func(ctx context.Context, fn func(newsgraph.Doc, error) error) error {
				return ingest.Walk(ctx, args, ingest.Options{
					MaxBytes: c.Extract.MaxBytes,
					Stdin:    e.stdin,
					Logger:   logger,
					Skipped: func(path, reason string) {
						mu.Lock()
						skipped++
						mu.Unlock()
						if !quiet {
							fmt.Fprintf(e.stderr, "newsgraph: skipped %s: %s\n", path, reason)
						}
					},
				}, fn)
			}
			prog := newProgress(e, quiet || jsonOut)
			stats, err := newsgraph.Build(ctx, src, ex, res, st, newsgraph.Options{
				Workers:    c.Extract.Workers,
				BatchQuads: c.Extract.BatchQuads,
				KeepGoing:  c.Extract.KeepGoing,
				Force:      force,
				Progress:   prog.update,
				Logger:     logger,
			})
			prog.done()
			var failed []error
			if err != nil && c.Extract.KeepGoing && stats.Failed > 0 && !isFatal(err) {
				failed = unjoin(err)
				err = nil
			}
			if err != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("build interrupted after %d documents: what was written is consistent; run the same build again to continue: %w", stats.Documents, err)
				}
				return err
			}
			for _, f := range failed {
				fmt.Fprintf(e.stderr, "newsgraph: %v\n", f)
			}
			if jsonOut {
				if err := writeSummaryJSON(e.stdout, stats, skipped, c); err != nil {
					return err
				}
			} else if !quiet {
				fmt.Fprintln(e.stderr, summaryLine(stats, skipped))
			}
			if len(failed) > 0 {
				return fmt.Errorf("%d of %d documents failed (listed above); the others are stored", stats.Failed, stats.Documents)
			}
			return nil
		},
	}
	config.Flags(cmd.Flags(), "store", "extract")
	cmd.Flags().BoolVar(&force, "force", false, "extract every document again, even when unchanged")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print nothing but errors")
	cmd.Flags().BoolVar(&jsonOut, "json", false, "print a JSON summary on stdout")
	return cmd
}

// isFatal reports whether a build error is more than per-document failures.
func isFatal(err error) bool {
	for _, e := range unjoin(err) {
		var de *newsgraph.DocError
		if !errors.As(e, &de) {
			return true
		}
	}
	return false
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func summaryLine(s newsgraph.Stats, skipped int) string {
	mbps := 0.0
	if s.Elapsed > 0 {
		mbps = float64(s.Bytes) / 1e6 / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("built: documents=%d unchanged=%d failed=%d skipped=%d entities=%d facts=%d quads=%d added=%d removed=%d elapsed=%s (%.2f MB/s)",
		s.Documents, s.Unchanged, s.Failed, skipped, s.Entities, s.Facts, s.Quads, s.Added, s.Removed, s.Elapsed.Round(time.Millisecond), mbps)
}

func writeSummaryJSON(w io.Writer, s newsgraph.Stats, skipped int, c config.Config) error {
	out := map[string]any{
		"documents":     s.Documents,
		"unchanged":     s.Unchanged,
		"failed":        s.Failed,
		"skipped_files": skipped,
		"bytes":         s.Bytes,
		"entities":      s.Entities,
		"facts":         s.Facts,
		"quads":         s.Quads,
		"added":         s.Added,
		"removed":       s.Removed,
		"elapsed_s":     s.Elapsed.Seconds(),
		"store":         c.Store.Path,
		"extractor":     c.Extract.Extractor,
		"workers":       c.Extract.Workers,
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// progress prints running totals on stderr, at most once a second, when
// stderr is a terminal.
type progress struct {
	e     env
	off   bool
	last  time.Time
	shown bool
}

func newProgress(e env, quiet bool) *progress {
	return &progress{e: e, off: quiet || !e.isTerminal}
}

func (p *progress) update(s newsgraph.Stats) {
	if p.off || time.Since(p.last) < time.Second {
		return
	}
	p.last = time.Now()
	mbps := float64(s.Bytes) / 1e6 / max(s.Elapsed.Seconds(), 1e-9)
	fmt.Fprintf(p.e.stderr, "\r\033[Kdocuments %d (%d failed, %d unchanged)  %.1f MB  %.1f docs/s  %.2f MB/s",
		s.Documents, s.Failed, s.Unchanged, float64(s.Bytes)/1e6, float64(s.Documents)/max(s.Elapsed.Seconds(), 1e-9), mbps)
	p.shown = true
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.e.stderr, "\r\033[K")
	}
}
