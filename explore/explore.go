// Package explore is newsgraph's web explorer: the pages a browser shows
// at `newsgraph serve` (search, entities, documents, the graph, where
// sources agree and disagree, a Gizmo console) and the JSON API under
// /api/v1/ they read.
//
// The API reads an Index, the records of the root package's read side
// (newsgraph.View) held in memory, loaded from a newsgraph.QuadReader when
// the server starts and again when the store changes (Invalidate).
// Documents' texts come from the store when it keeps them
// (newsgraph.TextReader). Exports go through the exporters' registry with
// the same filters as `newsgraph export`. The pages are plain JavaScript
// modules and the vendored Cytoscape.js, embedded in the binary: the
// explorer needs no network. Gizmo queries go to Cayley's /api/v2/query,
// which package graph serves beside this one.
//
// Every request is bounded: parameters are checked (400 naming the
// parameter), lists have limits, at most Options.MaxRequests requests are
// answered at once (503 with Retry-After beyond), a handler that panics
// answers 500 and the server goes on.
package explore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph"
)

// Options configure an Explorer.
type Options struct {
	// MaxRequests is the most API requests answered at once; more wait
	// up to a second, then get 503. 0 means DefaultMaxRequests.
	MaxRequests int
	// Logger receives load failures and handler panics; nil discards.
	Logger *slog.Logger
}

// DefaultMaxRequests is Options.MaxRequests when zero.
const DefaultMaxRequests = 64

// An Explorer serves the explorer's pages and API over one store.
type Explorer struct {
	r       newsgraph.QuadReader
	texts   newsgraph.TextReader // nil when the store keeps no texts
	opts    Options
	turns   chan struct{} // one token per API request being answered
	exports chan struct{} // one token per export being written
	read    atomic.Int64  // quads read by the load under way

	mu      sync.Mutex
	ctx     context.Context
	idx     *Index
	err     error // the last load's error, while there is no index
	loading bool
	again   bool // the store changed during the load under way
	wg      sync.WaitGroup
}

// New returns an Explorer over r, which it reads when Start is called.
// When r also implements newsgraph.TextReader, document pages show the
// whole text.
func New(r newsgraph.QuadReader, opts Options) *Explorer {
	if opts.MaxRequests <= 0 {
		opts.MaxRequests = DefaultMaxRequests
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	e := &Explorer{r: r, opts: opts, turns: make(chan struct{}, opts.MaxRequests), exports: make(chan struct{}, 1)}
	e.texts, _ = r.(newsgraph.TextReader)
	return e
}

// Start loads the index in the background; until it is loaded the API
// answers 503. Loads stop when ctx is done. Call Wait before closing the
// store.
func (e *Explorer) Start(ctx context.Context) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.ctx = ctx
	e.startLoad()
}

// Load loads the index and waits for it; it is Start for callers that
// want the index before they serve.
func (e *Explorer) Load(ctx context.Context) error {
	ix, err := Load(ctx, e.r, &e.read)
	if err != nil {
		return fmt.Errorf("read the graph: %w", err)
	}
	e.mu.Lock()
	e.idx, e.err = ix, nil
	e.mu.Unlock()
	return nil
}

// Invalidate reads the store again, in the background: the store has
// changed. Requests go on with the index read before until the new one is
// loaded. It does nothing before Start.
func (e *Explorer) Invalidate() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.ctx == nil {
		return // not started
	}
	if e.loading {
		e.again = true
		return
	}
	e.startLoad()
}

// Wait waits for the loads under way to stop (after the context given to
// Start is done, or they end).
func (e *Explorer) Wait() { e.wg.Wait() }

// startLoad starts a load; e.mu must be held.
func (e *Explorer) startLoad() {
	e.loading, e.again = true, false
	e.read.Store(0)
	ctx := e.ctx
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		ix, err := Load(ctx, e.r, &e.read)
		e.mu.Lock()
		defer e.mu.Unlock()
		switch {
		case err == nil:
			e.idx, e.err = ix, nil
		case ctx.Err() != nil:
		default:
			e.opts.Logger.Error("explorer: read the graph", "err", err)
			if e.idx == nil {
				e.err = err
			}
		}
		if e.again && ctx.Err() == nil {
			e.startLoad()
			return
		}
		e.loading = false
	}()
}

// index returns the current index, or the error to answer while there is
// none.
func (e *Explorer) index() (*Index, *apiError) {
	e.mu.Lock()
	defer e.mu.Unlock()
	switch {
	case e.idx != nil:
		return e.idx, nil
	case e.err != nil:
		return nil, &apiError{code: http.StatusInternalServerError, msg: "read the graph: " + e.err.Error()}
	}
	return nil, &apiError{code: http.StatusServiceUnavailable, retry: 1,
		msg: fmt.Sprintf("the graph is being read (%d quads so far): try again in a moment", e.read.Load())}
}

// errPanic is what a handler that panicked answers.
var errPanic = errors.New("internal error")
