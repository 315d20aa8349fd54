package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/extract/resolve"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// buildMemoryLimit is build's soft Go heap limit unless GOMEMLIMIT is set.
const buildMemoryLimit = 640 << 20

func buildCmd(e env) *cobra.Command {
	var (
		force, quiet, jsonOut, dryRun bool
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
			if os.Getenv("GOMEMLIMIT") == "" {
				// A soft heap limit: past it the collector runs more often
				// instead of letting garbage double the heap. Measured on
				// 100 MB of articles: peak RSS 1.41 GB → 1.12 GB, no slower.
				debug.SetMemoryLimit(buildMemoryLimit)
			}
			ctx := cmd.Context()
			ex, err := newExtractor(c.Extract.Extractor)
			if err != nil {
				return err
			}
			// A dry run resolves against an empty store and writes nowhere.
			var st newsgraph.Store = discardStore{}
			var known []newsgraph.EntityRecord
			if !dryRun {
				// err is the command's: closeStore may replace it.
				var gst *graph.Store
				if gst, err = openStore(ctx, c, false); err != nil {
					return err
				}
				defer closeStore(gst, &err)
				if known, err = newsgraph.Entities(ctx, gst); err != nil {
					return fmt.Errorf("load entities from the store: %w", err)
				}
				var missing []newsgraph.IRI
				if missing, err = gst.Pending(ctx); err != nil {
					return err
				}
				if len(missing) > 0 {
					fmt.Fprintf(e.stderr, "newsgraph: %s; this build writes those among its input\n", pendingNote(missing))
				}
				st = gst
			}
			logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
			var mu sync.Mutex
			skipped := 0
			prog := newProgress(e, quiet || jsonOut, args)
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
							prog.clear()
							fmt.Fprintf(e.stderr, "newsgraph: skipped %s: %s\n", path, reason)
						}
					},
				}, func(d newsgraph.Doc, err error) error {
					prog.read(d.Source, len(d.Text))
					return fn(d, err)
				})
			}
			// A batch size set by the user bounds every transaction; by
			// default new documents go in larger ones (see newsgraph.Options).
			newBatch := 0
			if c.Extract.BatchQuads != newsgraph.DefaultBatchQuads {
				newBatch = c.Extract.BatchQuads
			}
			stats, err := newsgraph.Build(ctx, src, ex, resolve.New(known), st, newsgraph.Options{
				Workers:       c.Extract.Workers,
				BatchQuads:    c.Extract.BatchQuads,
				NewBatchQuads: newBatch,
				KeepGoing:     c.Extract.KeepGoing,
				OnFailure: func(err *newsgraph.DocError) {
					prog.clear()
					fmt.Fprintf(e.stderr, "newsgraph: %v\n", err)
				},
				Force:       force,
				Progress:    prog.update,
				Logger:      logger,
				NewResolver: newResolver,
			})
			prog.clear()
			if err != nil {
				return buildError(ctx, stats, err)
			}
			if jsonOut {
				if err := writeSummaryJSON(e.stdout, stats, skipped, c, dryRun); err != nil {
					return err
				}
			} else if !quiet {
				fmt.Fprintln(e.stderr, summaryLine(stats, skipped))
			}
			if stats.Failed > 0 {
				return &failedError{failed: stats.Failed, documents: stats.Documents}
			}
			return nil
		},
	}
	config.Flags(cmd.Flags(), "store", "extract")
	cmd.Flags().BoolVar(&force, "force", false, "extract every document again, even when unchanged")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print nothing but errors")
	cmd.Flags().BoolVar(&jsonOut, "json", false, "print a JSON summary on stdout")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "read and extract every document but write nothing (no store is opened)")
	return cmd
}

// newResolver returns a fresh entity resolver that knows the entities
// known.
func newResolver(known []newsgraph.EntityRecord) newsgraph.Resolver { return resolve.New(known) }

// buildError explains a build that stopped: what the store holds and how
// to finish.
func buildError(ctx context.Context, s newsgraph.Stats, err error) error {
	var ue *newsgraph.UpdateError
	switch {
	case errors.As(err, &ue):
		return fmt.Errorf("build stopped: %w.\nThe store is consistent: it holds what it held before this build, with the %d documents this build wrote, "+
			"but without these %d, which this build was replacing: %s.\nRun the same build again (after freeing disk space, if the disk is full) to write them",
			err, s.Stored, len(ue.Missing), iriList(ue.Missing))
	case ctx.Err() != nil:
		return fmt.Errorf("build interrupted after writing %d documents to the store (%d read, %d unchanged): what was written is consistent; run the same build again to continue: %w",
			s.Stored, s.Documents, s.Unchanged, err)
	}
	return err
}

// pendingNote says which documents an interrupted update left out.
func pendingNote(missing []newsgraph.IRI) string {
	return fmt.Sprintf("the store lacks %d documents whose update was interrupted (their old quads removed, the new ones not written): %s; a build of the articles they came from writes them again",
		len(missing), iriList(missing))
}

// iriList lists up to five IRIs, then how many more.
func iriList(iris []newsgraph.IRI) string {
	var parts []string
	for i, d := range iris {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("and %d more", len(iris)-5))
			break
		}
		parts = append(parts, string(d))
	}
	return strings.Join(parts, ", ")
}

// A failedError ends a build that kept going past failed documents, each
// reported as it failed.
type failedError struct {
	failed, documents int
}

func (e *failedError) Error() string {
	return fmt.Sprintf("%d of %d documents failed (listed above); the others are stored", e.failed, e.documents)
}

func summaryLine(s newsgraph.Stats, skipped int) string {
	mbps := 0.0
	if s.Elapsed > 0 {
		mbps = float64(s.Bytes) / 1e6 / s.Elapsed.Seconds()
	}
	cut := ""
	if s.Cut > 0 {
		cut = fmt.Sprintf(" cut=%d", s.Cut)
	}
	return fmt.Sprintf("built: documents=%d unchanged=%d failed=%d skipped=%d%s entities=%d facts=%d quads=%d added=%d removed=%d settled=%d rewritten=%d elapsed=%s (%.2f MB/s)",
		s.Documents, s.Unchanged, s.Failed, skipped, cut, s.Entities, s.Facts, s.Quads, s.Added, s.Removed, s.Settled, s.Rewritten, s.Elapsed.Round(time.Millisecond), mbps)
}

func writeSummaryJSON(w io.Writer, s newsgraph.Stats, skipped int, c config.Config, dryRun bool) error {
	out := map[string]any{
		"documents":     s.Documents,
		"unchanged":     s.Unchanged,
		"failed":        s.Failed,
		"cut":           s.Cut,
		"skipped_files": skipped,
		"bytes":         s.Bytes,
		"entities":      s.Entities,
		"facts":         s.Facts,
		"quads":         s.Quads,
		"added":         s.Added,
		"removed":       s.Removed,
		"settled":       s.Settled,
		"rewritten":     s.Rewritten,
		"elapsed_s":     s.Elapsed.Seconds(),
		"store":         storeName(c),
		"extractor":     c.Extract.Extractor,
		"workers":       c.Extract.Workers,
		"dry_run":       dryRun,
	}
	if dryRun {
		delete(out, "store")
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// discardStore is the store of a dry run: it holds nothing and writes
// nothing.
type discardStore struct{}

func (discardStore) DocumentHash(context.Context, newsgraph.IRI) (string, error) { return "", nil }

func (discardStore) Update(_ context.Context, docs []newsgraph.DocQuads) (newsgraph.Changes, error) {
	n := 0
	for _, d := range docs {
		n += len(d.Quads)
	}
	return newsgraph.Changes{Added: n}, nil
}

// progress draws a progress bar on stderr when it is a terminal: the input
// files' bytes read so far out of their total (so the ETA), documents,
// failures, MB of text and documents per second. read runs in the
// reader's goroutine and update in the build's, so mu guards the position.
type progress struct {
	bar   *progressbar.ProgressBar
	sizes map[string]int64 // size of each input file, by path; read-only

	mu   sync.Mutex
	file string // file being read
	done int64  // bytes of the files read before it
	in   int64  // bytes of text read from it so far
}

func newProgress(e env, quiet bool, paths []string) *progress {
	p := &progress{}
	if quiet || !e.isTerminal {
		return p
	}
	p.sizes = inputSizes(paths)
	total := int64(0)
	for _, n := range p.sizes {
		total += n
	}
	if total == 0 {
		total = -1 // standard input: a spinner
	}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(250*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionUseANSICodes(true),
		progressbar.OptionSetRenderBlankState(true),
	)
	return p
}

// inputSizes returns the size of every regular file under paths.
func inputSizes(paths []string) map[string]int64 {
	sizes := make(map[string]int64)
	for _, root := range paths {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() {
				if info, err := d.Info(); err == nil {
					sizes[path] = info.Size()
				}
			}
			return nil
		})
	}
	return sizes
}

// read notes that the reader has read n bytes of text from source (a path,
// with ":line" for a table row).
func (p *progress) read(source string, n int) {
	if p.sizes == nil {
		return
	}
	file := source
	if _, ok := p.sizes[file]; !ok {
		if i := strings.LastIndexByte(source, ':'); i > 0 {
			file = source[:i]
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if file != p.file {
		p.done += p.sizes[p.file]
		p.file, p.in = file, 0
	}
	p.in += int64(n)
}

// update redraws the bar with the build's running totals.
func (p *progress) update(s newsgraph.Stats) {
	if p.bar == nil {
		return
	}
	secs := max(s.Elapsed.Seconds(), 1e-9)
	p.bar.Describe(fmt.Sprintf("%d docs (%d failed, %d unchanged), %.1f MB, %.1f docs/s",
		s.Documents, s.Failed, s.Unchanged, float64(s.Bytes)/1e6, float64(s.Documents)/secs))
	p.mu.Lock()
	pos := p.done + min(p.in, p.sizes[p.file])
	p.mu.Unlock()
	p.bar.Set64(pos)
}

// clear removes the bar, so that other messages start on a clean line.
func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}
