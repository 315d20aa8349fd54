package newsgraph

import (
	"cmp"
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
	// Hash is what the store returns from DocumentHash afterwards, kept
	// beside the graph, not as a quad, so that exports hold the user's
	// data only: the document's ContentHash, or for a RecordStore a hash
	// of its record and its entities' IRIs (see Settle).
	Hash string
	// Record, for a RecordStore, is the document's new record, written
	// with its quads; nil leaves the stored record as it is.
	Record *Record
	// New reports that the store held nothing of the document when the
	// build looked (no content hash), so its quads can be written without
	// comparing them with old ones.
	New bool
	// Text is the document's text with its mentions, which a store that
	// implements TextReader keeps beside the graph with the hash (nil
	// for none); other stores ignore it.
	Text *DocText
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
// quads and content hash with its new ones. Whatever happens to the
// process, each document must end up either fully updated or with no
// content hash (so that the next build writes it again): the graph store
// removes old quads in one transaction and adds new ones in the next, and
// when the second fails returns an *UpdateError naming the documents it
// left out.
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

// Options configure Build. The zero value of each field means its
// default.
type Options struct {
	// Workers is the number of documents extracted at once; 0 means
	// DefaultWorkers().
	Workers int
	// BatchQuads is how many quads of changed documents are gathered
	// before they are written in one transaction; 0 means
	// DefaultBatchQuads.
	BatchQuads int
	// NewBatchQuads is the same for documents new to the store, which the
	// store can write without comparing them with old quads; 0 means
	// DefaultNewBatchQuads, or BatchQuads when that is larger.
	NewBatchQuads int
	// KeepGoing records documents that fail and goes on with the rest;
	// otherwise the first failure stops the build.
	KeepGoing bool
	// OnFailure, with KeepGoing, is called once for each document that
	// fails, with its error, in input order, from one goroutine. When it
	// is nil, the failures are returned joined when the build ends
	// instead: either way each failure is reported once.
	OnFailure func(*DocError)
	// Force extracts documents again even when the store already holds
	// the same content read by the same extractor version.
	Force bool
	// NewResolver returns a fresh Resolver that knows the given entities.
	// With a RecordStore, Build ends by settling the store with it (see
	// Settle) and fails without it.
	NewResolver func(known []EntityRecord) Resolver
	// Progress, when set, is called after each document with the running
	// totals, from one goroutine.
	Progress func(Stats)
	// Logger receives a warning per document cut to the limits below; nil
	// discards.
	Logger *slog.Logger
	// ChunkBytes, MaxFacts and MaxEntities bound the memory one document
	// takes, whatever it holds: text longer than ChunkBytes is extracted
	// in pieces of at most that many bytes, cut at line (or sentence, or
	// word) ends, one piece in memory at a time; a document keeps at most
	// MaxFacts facts and MaxEntities entities, the first ones in the text,
	// and the extraction stops once it has them, with a warning naming the
	// document. 0 means the defaults below: a long news article is 100 KB
	// of text with a few hundred facts.
	ChunkBytes, MaxFacts, MaxEntities int
}

// Defaults of Options. Cayley's writer gets slower per quad in very large
// transactions: 5,000 to 20,000 quads per transaction measured fastest for
// changed documents; new documents go to the graph store's bulk loader,
// which was measured fastest with about 50,000.
const (
	DefaultBatchQuads    = 5_000
	DefaultNewBatchQuads = 50_000
	DefaultChunkBytes    = 1 << 20
	DefaultMaxFacts      = 10_000
	DefaultMaxEntities   = 10_000
)

// DefaultWorkers returns the default of Options.Workers: one per CPU the
// Go runtime may use.
func DefaultWorkers() int { return runtime.GOMAXPROCS(0) }

// withDefaults returns o with every zero field set to its default.
func (o Options) withDefaults() Options {
	o.Workers = cmp.Or(max(o.Workers, 0), DefaultWorkers())
	o.BatchQuads = cmp.Or(max(o.BatchQuads, 0), DefaultBatchQuads)
	o.NewBatchQuads = cmp.Or(max(o.NewBatchQuads, 0), max(DefaultNewBatchQuads, o.BatchQuads))
	o.ChunkBytes = cmp.Or(max(o.ChunkBytes, 0), DefaultChunkBytes)
	o.MaxFacts = cmp.Or(max(o.MaxFacts, 0), DefaultMaxFacts)
	o.MaxEntities = cmp.Or(max(o.MaxEntities, 0), DefaultMaxEntities)
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

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
	Settled   int           // documents the settle step resolved (RecordStore only)
	Rewritten int           // documents the settle step rewrote, because their IRIs changed
	Cut       int           // documents cut to Options.MaxFacts or MaxEntities
	Elapsed   time.Duration // time since the build started
}

// Build reads every document from src, extracts facts from each with ex
// (Workers at a time), gives entities their graph IRIs with res (in input
// order, so the result does not depend on scheduling), and writes each
// document's quads to st in batches, replacing what the store held for the
// document. Documents whose content and extractor version are unchanged
// are skipped. The quads written are the same whatever the number of
// workers.
//
// The build is a pipeline of five stages, each a function of its own: read
// (number the documents of src), extract (Workers goroutines), order
// (restore input order), resolve (entity IRIs and quads), write (batches,
// written by one goroutine while the next batch is gathered).
//
// A cancelled ctx stops the build between batches: every batch written is
// complete, so a later build continues where this one stopped. With
// KeepGoing, failed documents are counted and reported (see OnFailure).
//
// When st is a RecordStore, each document's record is written with its
// quads, a document is unchanged when its record is, and the build ends
// with Settle (with Options.NewResolver), so that the graph does not
// depend on the order of the input, nor on how it was split across
// builds and processes.
func Build(ctx context.Context, src Source, ex Extractor, res Resolver, st Store, opts Options) (Stats, error) {
	rs, records := st.(RecordStore)
	if records && opts.NewResolver == nil {
		return Stats{}, errors.New("build: a store that keeps records needs Options.NewResolver")
	}
	stats, failed, err := build(ctx, src, ex, res, st, opts)
	if err != nil || !records {
		return stats, cmp.Or(err, failed)
	}
	// Documents that failed are not in the store; the others are settled.
	ss, err := Settle(ctx, rs, opts.NewResolver, opts.withDefaults().BatchQuads)
	stats.Settled, stats.Rewritten = ss.Documents, ss.Rewritten
	stats.Added += ss.Added
	stats.Removed += ss.Removed
	stats.Elapsed += ss.Elapsed
	if opts.Progress != nil {
		opts.Progress(stats)
	}
	return stats, cmp.Or(err, failed)
}

// build runs the five stages. It returns the failures of single documents
// (when KeepGoing has no OnFailure) apart from the error that stopped it.
func build(ctx context.Context, src Source, ex Extractor, res Resolver, st Store, opts Options) (_ Stats, failed, _ error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	_, records := st.(RecordStore)
	p := &pipeline{ex: ex, res: res, records: records, opts: opts.withDefaults(), step: ex.Name(), start: time.Now(),
		sources: make(map[string]string), order: orderer{waiting: make(map[int]result)}}
	// inflight bounds the documents between the reader and the writer, so
	// memory stays flat however slow one document is.
	inflight := make(chan struct{}, p.opts.Workers*4)
	jobs := make(chan job, p.opts.Workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		readErr <- p.read(ctx, src, jobs, inflight)
	}()
	results := p.extractAll(ctx, st, jobs)
	w := newWriter(ctx, cancel, st, p.opts)
	err := p.consume(ctx, results, inflight, w)
	if err == nil {
		err = w.flush()
	}
	err = cmp.Or(w.close(), err, <-readErr, ctx.Err())
	p.stats.Added, p.stats.Removed, p.stats.Stored = w.totals()
	p.stats.Elapsed = time.Since(p.start)
	if err != nil {
		return p.stats, nil, err
	}
	return p.stats, errors.Join(p.failed...), nil
}

// A pipeline holds what the stages of one build share.
type pipeline struct {
	ex      Extractor
	res     Resolver
	records bool    // the store is a RecordStore
	opts    Options // with defaults
	step    string
	start   time.Time
	stats   Stats
	failed  []error // failures to return, when there is no OnFailure
	order   orderer
	sources map[string]string // where each document ID was read
}

// A job is a document read, numbered in input order.
type job struct {
	seq int
	doc Doc
	err error
}

// A result is a document extracted (or found unchanged, or failed).
type result struct {
	seq       int
	doc       Doc
	ex        *limitedExtraction
	hash      string // the document's ContentHash
	unchanged bool
	isNew     bool // the store holds nothing of doc
	err       error
}

// send sends v on ch unless ctx is done first.
func send[T any](ctx context.Context, ch chan<- T, v T) error {
	select {
	case ch <- v:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// read is the first stage: it numbers the documents of src in input order
// and sends them to jobs, taking a slot of inflight for each.
func (p *pipeline) read(ctx context.Context, src Source, jobs chan<- job, inflight chan<- struct{}) error {
	seq := 0
	return src(ctx, func(d Doc, err error) error {
		if err := send(ctx, inflight, struct{}{}); err != nil {
			return err
		}
		if err := send(ctx, jobs, job{seq, d, err}); err != nil {
			return err
		}
		seq++
		return nil
	})
}

// extractAll is the second stage: Workers goroutines extract the jobs and
// send the results, in whatever order they finish; the channel closes
// when every job is done.
func (p *pipeline) extractAll(ctx context.Context, st Store, jobs <-chan job) <-chan result {
	results := make(chan result, p.opts.Workers)
	var wg sync.WaitGroup
	for range p.opts.Workers {
		wg.Go(func() {
			for j := range jobs {
				r := result{seq: j.seq, doc: j.doc, err: j.err}
				if r.err == nil {
					r.ex, r.hash, r.unchanged, r.isNew, r.err = extractOne(ctx, p.ex, st, j.doc, p.step, p.opts)
				}
				if send(ctx, results, r) != nil {
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	return results
}

// An orderer is the third stage: it gives results back in input order.
type orderer struct {
	next    int
	waiting map[int]result
}

// add takes one result and returns those now due, in input order.
func (o *orderer) add(r result) []result {
	o.waiting[r.seq] = r
	var due []result
	for {
		r, ok := o.waiting[o.next]
		if !ok {
			return due
		}
		delete(o.waiting, o.next)
		o.next++
		due = append(due, r)
	}
}

// consume runs the last three stages over the results: order, resolve,
// write. After an error it drains results, so that the workers can exit.
func (p *pipeline) consume(ctx context.Context, results <-chan result, inflight <-chan struct{}, w *writer) error {
	var err error
	for r := range results {
		if err != nil {
			continue
		}
		for _, r := range p.order.add(r) {
			<-inflight
			if err = p.handle(ctx, r, w); err != nil {
				w.cancel()
				break
			}
		}
	}
	return err
}

// handle resolves and writes one document in input order, and counts it.
func (p *pipeline) handle(ctx context.Context, r result, w *writer) error {
	p.stats.Documents++
	p.stats.Bytes += int64(len(r.doc.Text))
	dq, err := p.resolve(ctx, r)
	switch {
	case err != nil:
		if !p.opts.KeepGoing || ctx.Err() != nil {
			return err
		}
		p.fail(err)
	case r.unchanged:
		p.stats.Unchanged++
	default:
		p.stats.Quads += len(dq.Quads)
		if err := w.add(dq); err != nil {
			return err
		}
	}
	if p.opts.Progress != nil {
		p.stats.Added, p.stats.Removed, p.stats.Stored = w.totals()
		p.stats.Elapsed = time.Since(p.start)
		p.opts.Progress(p.stats)
	}
	return nil
}

// fail reports one failed document.
func (p *pipeline) fail(err error) {
	p.stats.Failed++
	var de *DocError
	if p.opts.OnFailure != nil && errors.As(err, &de) {
		p.opts.OnFailure(de)
		return
	}
	p.failed = append(p.failed, err)
}

// resolve is the fourth stage: it refuses a document whose ID was read
// before, gives the entities of an extracted document their IRIs and
// returns its quads. Every error it returns is a *DocError.
func (p *pipeline) resolve(ctx context.Context, r result) (DocQuads, error) {
	err := r.err
	if err == nil {
		if first, dup := p.sources[r.doc.ID]; dup {
			err = &DocError{Source: r.doc.Source, Step: "read", Err: fmt.Errorf("document ID %q already read from %s", r.doc.ID, first)}
		} else {
			p.sources[r.doc.ID] = r.doc.Source
		}
	}
	if err == nil && !r.unchanged {
		if r.ex.cut != "" {
			p.stats.Cut++
			p.opts.Logger.Warn("document cut to the build's limits", "doc", r.doc.Source, "reason", r.ex.cut)
		}
		p.stats.Entities += len(r.ex.Entities)
		p.stats.Facts += len(r.ex.Facts)
		var qs []quad.Quad
		var iris []IRI
		qs, iris, err = resolveQuads(ctx, r.doc, p.step, r.ex, p.res)
		var text *DocText
		if err == nil {
			text = NewDocText(r.doc, &r.ex.Extraction, iris)
		}
		if err == nil && !p.records {
			return DocQuads{Doc: r.doc.IRI(), Quads: qs, Hash: r.hash, New: r.isNew, Text: text}, nil
		}
		if err == nil {
			var rec Record
			if rec, err = newRecord(r.doc, p.step, r.hash, r.ex); err == nil {
				return DocQuads{Doc: r.doc.IRI(), Quads: qs, Hash: graphHash(rec.Sum, iris), New: r.isNew, Record: &rec, Text: text}, nil
			}
			err = &DocError{Source: r.doc.Source, Step: "record", Err: err}
		}
	}
	var de *DocError
	if err != nil && !errors.As(err, &de) {
		err = &DocError{Source: r.doc.Source, Step: "extract", Err: err}
	}
	return DocQuads{}, err
}

// A writer is the fifth stage: it gathers documents into batches and
// writes each batch from a goroutine of its own while the next one is
// gathered, so that extraction and writing overlap; one batch waits at
// most. New documents and changed ones go in separate batches: the store
// writes new ones faster, in larger transactions.
type writer struct {
	ctx      context.Context
	cancel   context.CancelFunc // stops the build when a write fails
	st       Store
	limit    int // quads per batch of changed documents
	newLimit int // quads per batch of new documents
	batch    []DocQuads
	batchNew bool
	pending  int // quads in batch
	writes   chan []DocQuads
	done     chan struct{}

	mu      sync.Mutex // guards the fields below
	written Changes
	stored  int // documents of the batches written
	err     error
}

func newWriter(ctx context.Context, cancel context.CancelFunc, st Store, opts Options) *writer {
	w := &writer{ctx: ctx, cancel: cancel, st: st, limit: opts.BatchQuads, newLimit: opts.NewBatchQuads,
		writes: make(chan []DocQuads, 1), done: make(chan struct{})}
	go w.loop()
	return w
}

// loop writes the batches it receives until writes closes; after a
// failure it only drains them.
func (w *writer) loop() {
	defer close(w.done)
	for b := range w.writes {
		if w.error() != nil || w.ctx.Err() != nil {
			continue
		}
		ch, err := w.st.Update(w.ctx, b)
		w.mu.Lock()
		w.written.Added += ch.Added
		w.written.Removed += ch.Removed
		if err != nil {
			w.err = fmt.Errorf("write %d documents: %w", len(b), err)
			w.cancel()
		} else {
			w.stored += len(b)
		}
		w.mu.Unlock()
	}
}

func (w *writer) error() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// totals returns the quads added and removed and the documents stored so
// far.
func (w *writer) totals() (added, removed, stored int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.written.Added, w.written.Removed, w.stored
}

// add adds one document to the batch, writing the batch when it is full
// or when the document is new and the batch is not, or the reverse.
func (w *writer) add(d DocQuads) error {
	if len(w.batch) > 0 && w.batchNew != d.New {
		if err := w.flush(); err != nil {
			return err
		}
	}
	w.batchNew = d.New
	w.batch = append(w.batch, d)
	w.pending += len(d.Quads)
	limit := w.limit
	if w.batchNew {
		limit = w.newLimit
	}
	if w.pending >= limit {
		return w.flush()
	}
	return nil
}

// flush hands the batch to the writing goroutine.
func (w *writer) flush() error {
	if len(w.batch) == 0 {
		return nil
	}
	if err := cmp.Or(w.error(), w.ctx.Err()); err != nil {
		return err
	}
	if err := send(w.ctx, w.writes, w.batch); err != nil {
		return cmp.Or(w.error(), err)
	}
	w.batch, w.pending = nil, 0
	return nil
}

// close waits for the batches handed over to be written and returns the
// first write error.
func (w *writer) close() error {
	close(w.writes)
	<-w.done
	return w.error()
}

// extractOne extracts doc unless the store already holds the same content
// read by the same extractor version. It returns the document's
// ContentHash, and reports whether it was unchanged and whether the store
// holds nothing of doc.
func extractOne(ctx context.Context, ex Extractor, st Store, doc Doc, step string, opts Options) (x *limitedExtraction, hash string, unchanged, isNew bool, err error) {
	if err := ctx.Err(); err != nil {
		return nil, "", false, false, err
	}
	stored, err := st.DocumentHash(ctx, doc.IRI())
	if err != nil {
		return nil, "", false, false, &DocError{Source: doc.Source, Step: "store", Err: err}
	}
	// A RecordStore's document hash says what the graph holds; whether
	// the document was extracted as it is now, its record says.
	extracted := stored
	if rs, ok := st.(RecordStore); ok {
		if extracted, err = rs.RecordHash(ctx, doc.IRI()); err != nil {
			return nil, "", false, false, &DocError{Source: doc.Source, Step: "store", Err: err}
		}
	}
	hash = ContentHash(doc, step)
	if !opts.Force && extracted == hash {
		return nil, hash, true, false, nil
	}
	x, err = extractLimited(ctx, ex, doc, limits{chunk: opts.ChunkBytes, facts: opts.MaxFacts, entities: opts.MaxEntities})
	if err != nil {
		return nil, "", false, false, &DocError{Source: doc.Source, Step: step, Err: err}
	}
	return x, hash, false, stored == "", nil
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

// resolveQuads gives the entities of doc their IRIs with res and returns
// the document's quads and the IRIs.
func resolveQuads(ctx context.Context, doc Doc, step string, lx *limitedExtraction, res Resolver) ([]quad.Quad, []IRI, error) {
	ex := &lx.Extraction
	iris, err := res.Resolve(ctx, doc, ex.Entities)
	if err != nil {
		return nil, nil, &DocError{Source: doc.Source, Step: "resolve", Err: err}
	}
	qs, err := Quads(doc, step, ex, iris)
	if err != nil {
		return nil, nil, &DocError{Source: doc.Source, Step: "quads", Err: err}
	}
	return qs, iris, nil
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
