package newsgraph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/cayleygraph/quad"
)

// DocQuads is the complete set of quads one document contributes to the
// graph. A nil Quads removes the document.
type DocQuads struct {
	Doc   IRI
	Quads []quad.Quad
	// New reports that the store held nothing of the document when the
	// build looked (no content hash), so its quads can be written without
	// comparing them with old ones.
	New bool
}

// Changes counts the quads a store update added and removed.
type Changes struct {
	Added, Removed int
}

// An UpdateError reports a store update that failed after it had removed
// the old quads of some documents (Missing) but before it wrote their new
// ones: those documents are absent from the store, content hashes
// included, until a build writes them again. Every other document is as it
// was before the update.
type UpdateError struct {
	Missing []IRI
	Err     error
}

func (e *UpdateError) Error() string {
	return fmt.Sprintf("write the new quads of %d changed documents: %v (their old quads are removed: they are missing from the store until a build writes them again)", len(e.Missing), e.Err)
}

func (e *UpdateError) Unwrap() error { return e.Err }

// A Store is where Build writes. Update replaces each document's earlier
// quads with its new ones. Whatever happens to the process, each document
// must end up either fully updated or with no content hash (so that the
// next build writes it again): the graph store removes old quads in one
// transaction and adds new ones in the next, and when the second fails
// returns an *UpdateError naming the documents it left out.
type Store interface {
	// DocumentHash returns the ContentHash stored for doc, or "" when the
	// store does not hold it.
	DocumentHash(ctx context.Context, doc IRI) (string, error)
	Update(ctx context.Context, docs []DocQuads) (Changes, error)
}

// A Source yields documents in a deterministic order. It calls fn for each
// document, with a non-nil error for one that could not be read (a
// *DocError naming it), and stops when fn returns an error, returning that
// error.
type Source func(ctx context.Context, fn func(Doc, error) error) error

// Options configure Build.
type Options struct {
	// Workers is the number of documents extracted at once; 0 means one per
	// CPU.
	Workers int
	// BatchQuads is how many quads of changed documents are gathered
	// before they are written in one transaction; 0 means 5,000. Cayley's
	// writer gets slower per quad in very large transactions: about 5,000
	// to 20,000 quads per transaction measured fastest.
	BatchQuads int
	// NewBatchQuads is the same for documents new to the store, which the
	// store can write without comparing them with old quads; 0 means
	// 50,000 (or BatchQuads when that is larger).
	NewBatchQuads int
	// KeepGoing records documents that fail and goes on with the rest;
	// otherwise the first failure stops the build.
	KeepGoing bool
	// Force extracts documents again even when the store already holds
	// the same content read by the same extractor version.
	Force bool
	// Progress, when set, is called after each document with the running
	// totals, from one goroutine.
	Progress func(Stats)
	// Logger receives a record per failed document, and a warning per
	// document cut to the limits below; nil discards.
	Logger *slog.Logger
	// ChunkBytes, MaxFacts and MaxEntities bound the memory one document
	// takes, whatever it holds: text longer than ChunkBytes is extracted
	// in pieces of at most that many bytes, cut at line (or sentence, or
	// word) ends, one piece in memory at a time; a document keeps at most
	// MaxFacts facts and MaxEntities entities, the first ones in the text,
	// and the extraction stops once it has them, with a warning naming the
	// document. 0 means 1 MiB, 10,000 and 10,000: a long news article is
	// 100 KB of text with a few hundred facts.
	ChunkBytes, MaxFacts, MaxEntities int
}

// Defaults of Options' limits.
const (
	DefaultChunkBytes  = 1 << 20
	DefaultMaxFacts    = 10_000
	DefaultMaxEntities = 10_000
)

// Stats are the running totals of a build.
type Stats struct {
	Documents int           // documents read, including failed and unchanged ones
	Bytes     int64         // bytes of text read
	Unchanged int           // documents skipped because the store is up to date
	Failed    int           // documents that could not be read or extracted
	Entities  int           // entities found (per document, before resolution)
	Facts     int           // facts found
	Quads     int           // quads written (for changed documents)
	Added     int           // quads added to the store
	Removed   int           // quads removed from the store
	Stored    int           // changed documents written to the store (their batches committed)
	Cut       int           // documents cut to Options.MaxFacts or MaxEntities
	Elapsed   time.Duration // time since the build started
}

type job struct {
	seq int
	doc Doc
	err error
}

type result struct {
	seq       int
	doc       Doc
	ex        *limitedExtraction
	unchanged bool
	isNew     bool // the store holds nothing of doc
	err       error
}

// Build reads every document from src, extracts facts from each with ex
// (Workers at a time), gives entities their graph IRIs with res (in input
// order, so the result does not depend on scheduling), and writes each
// document's quads to st in batches, replacing what the store held for the
// document. Documents whose content and extractor version are unchanged
// are skipped. The quads written are the same whatever the number of
// workers.
//
// A cancelled ctx stops the build between batches: every batch written is
// complete, so a later build continues where this one stopped. With
// KeepGoing, failed documents are counted and their errors returned joined
// after the build completes.
func Build(ctx context.Context, src Source, ex Extractor, res Resolver, st Store, opts Options) (Stats, error) {
	start := time.Now()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchQuads := opts.BatchQuads
	if batchQuads <= 0 {
		batchQuads = 5_000
	}
	newBatchQuads := opts.NewBatchQuads
	if newBatchQuads <= 0 {
		newBatchQuads = max(50_000, batchQuads)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	lim := limits{chunk: opts.ChunkBytes, facts: opts.MaxFacts, entities: opts.MaxEntities}
	if lim.chunk <= 0 {
		lim.chunk = DefaultChunkBytes
	}
	if lim.facts <= 0 {
		lim.facts = DefaultMaxFacts
	}
	if lim.entities <= 0 {
		lim.entities = DefaultMaxEntities
	}
	step := ex.Name()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// inflight bounds the documents between the reader and the writer, so
	// memory stays flat however slow one document is.
	inflight := make(chan struct{}, workers*4)
	jobs := make(chan job, workers)
	results := make(chan result, workers)
	var srcErr error
	go func() {
		defer close(jobs)
		seq := 0
		srcErr = src(ctx, func(d Doc, err error) error {
			select {
			case inflight <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq, d, err}:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
			return nil
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := result{seq: j.seq, doc: j.doc, err: j.err}
				if r.err == nil {
					r.ex, r.unchanged, r.isNew, r.err = extractOne(ctx, ex, st, j.doc, step, opts.Force, lim)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// The writer goroutine writes batches while the next one is gathered,
	// so extraction and writing overlap; one batch waits at most.
	var (
		wmu     sync.Mutex
		written Changes
		stored  int // documents of the batches written
		werr    error
	)
	writes := make(chan []DocQuads, 1)
	wdone := make(chan struct{})
	go func() {
		defer close(wdone)
		for b := range writes {
			wmu.Lock()
			failed := werr != nil
			wmu.Unlock()
			if failed || ctx.Err() != nil {
				continue
			}
			ch, err := st.Update(ctx, b)
			wmu.Lock()
			if err != nil {
				werr = fmt.Errorf("write %d documents: %w", len(b), err)
				cancel()
			}
			written.Added += ch.Added
			written.Removed += ch.Removed
			if err == nil {
				stored += len(b)
			}
			wmu.Unlock()
		}
	}()
	writeErr := func() error {
		wmu.Lock()
		defer wmu.Unlock()
		return werr
	}

	var (
		stats    Stats
		batch    []DocQuads
		batchNew bool
		pending  int
		failed   []error
		next     int
		waiting  = make(map[int]result)
		// sources remembers where each document ID was read, so that two
		// inputs with the same ID cannot overwrite each other unnoticed.
		sources = make(map[string]string)
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := writeErr(); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		select {
		case writes <- batch:
		case <-ctx.Done():
			if err := writeErr(); err != nil {
				return err
			}
			return ctx.Err()
		}
		batch, pending = nil, 0
		return nil
	}
	handle := func(r result) error {
		stats.Documents++
		stats.Bytes += int64(len(r.doc.Text))
		var qs []quad.Quad
		err := r.err
		if err == nil {
			if first, dup := sources[r.doc.ID]; dup {
				err = &DocError{Source: r.doc.Source, Step: "read", Err: fmt.Errorf("document ID %q already read from %s", r.doc.ID, first)}
			} else {
				sources[r.doc.ID] = r.doc.Source
			}
		}
		if err == nil && !r.unchanged && r.ex.cut != "" {
			stats.Cut++
			log.Warn("document cut to the build's limits", "doc", r.doc.Source, "reason", r.ex.cut)
		}
		if err == nil && !r.unchanged {
			stats.Entities += len(r.ex.Entities)
			stats.Facts += len(r.ex.Facts)
			qs, err = resolveQuads(ctx, r.doc, step, r.ex, res)
		}
		switch {
		case err != nil:
			var de *DocError
			if !errors.As(err, &de) {
				err = &DocError{Source: r.doc.Source, Step: "extract", Err: err}
			}
			if !opts.KeepGoing || ctx.Err() != nil {
				return err
			}
			stats.Failed++
			failed = append(failed, err)
			log.Warn("skipped document", "doc", r.doc.Source, "err", err)
		case r.unchanged:
			stats.Unchanged++
		default:
			// New documents and changed ones go in separate batches: the
			// store writes new ones faster, in larger transactions.
			if len(batch) > 0 && batchNew != r.isNew {
				if err := flush(); err != nil {
					return err
				}
			}
			batchNew = r.isNew
			batch = append(batch, DocQuads{Doc: r.doc.IRI(), Quads: qs, New: r.isNew})
			pending += len(qs)
			stats.Quads += len(qs)
			limit := batchQuads
			if batchNew {
				limit = newBatchQuads
			}
			if pending >= limit {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		stats.Elapsed = time.Since(start)
		if opts.Progress != nil {
			wmu.Lock()
			stats.Added, stats.Removed, stats.Stored = written.Added, written.Removed, stored
			wmu.Unlock()
			opts.Progress(stats)
		}
		return nil
	}

	var runErr error
	for r := range results {
		if runErr != nil {
			continue // drain so the workers can exit
		}
		waiting[r.seq] = r
		for {
			r, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			<-inflight
			if err := handle(r); err != nil {
				runErr = err
				cancel()
				break
			}
		}
	}
	if runErr == nil {
		runErr = flush()
	}
	close(writes)
	<-wdone
	stats.Added, stats.Removed, stats.Stored = written.Added, written.Removed, stored
	if werr != nil {
		runErr = werr
	}
	if runErr == nil && srcErr != nil {
		runErr = srcErr
	}
	if runErr == nil {
		runErr = ctx.Err()
	}
	stats.Elapsed = time.Since(start)
	if runErr != nil {
		return stats, runErr
	}
	return stats, errors.Join(failed...)
}

// extractOne extracts doc unless the store already holds the same content
// read by the same extractor version. It also reports whether the store
// holds nothing of doc.
func extractOne(ctx context.Context, ex Extractor, st Store, doc Doc, step string, force bool, lim limits) (x *limitedExtraction, unchanged, isNew bool, err error) {
	if err := ctx.Err(); err != nil {
		return nil, false, false, err
	}
	h, err := st.DocumentHash(ctx, doc.IRI())
	if err != nil {
		return nil, false, false, &DocError{Source: doc.Source, Step: "store", Err: err}
	}
	if !force && h != "" && h == ContentHash(doc, step) {
		return nil, true, false, nil
	}
	x, err = extractLimited(ctx, ex, doc, lim)
	if err != nil {
		return nil, false, false, &DocError{Source: doc.Source, Step: step, Err: err}
	}
	return x, false, h == "", nil
}

// safeExtract runs the extractor, turning a panic into an error so that one
// bad document cannot take the build down.
func safeExtract(ctx context.Context, ex Extractor, doc Doc) (x *Extraction, err error) {
	defer func() {
		if p := recover(); p != nil {
			buf := make([]byte, 4096)
			buf = buf[:runtime.Stack(buf, false)]
			err = fmt.Errorf("extractor panicked: %v\n%s", p, buf)
		}
	}()
	return ex.Extract(ctx, doc)
}

func resolveQuads(ctx context.Context, doc Doc, step string, lx *limitedExtraction, res Resolver) ([]quad.Quad, error) {
	ex := &lx.Extraction
	iris, err := res.Resolve(ctx, doc, ex.Entities)
	if err != nil {
		return nil, &DocError{Source: doc.Source, Step: "resolve", Err: err}
	}
	qs, err := Quads(doc, step, ex, iris)
	if err != nil {
		return nil, &DocError{Source: doc.Source, Step: "quads", Err: err}
	}
	return qs, nil
}

// ExtractorFunc adapts a function to the Extractor interface; it is also
// the test double for extractors.
type ExtractorFunc struct {
	Step string
	Fn   func(ctx context.Context, doc Doc) (*Extraction, error)
}

// Name returns f.Step.
func (f ExtractorFunc) Name() string { return f.Step }

// Extract calls f.Fn.
func (f ExtractorFunc) Extract(ctx context.Context, doc Doc) (*Extraction, error) {
	return f.Fn(ctx, doc)
}
