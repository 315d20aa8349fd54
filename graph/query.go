package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/dop251/goja"
	"github.com/julienschmidt/httprouter"

	"github.com/newsgraph/newsgraph"
)

// Prefixes are the IRI prefixes a query may use in angle brackets:
// "<ng:met>" stands for "<https://w3id.org/newsgraph/vocab#met>" and
// "<entity:antony-blinken>" for the entity's full IRI.
var Prefixes = map[string]string{
	"ng":     newsgraph.VocabNS,
	"entity": newsgraph.EntityNS,
	"doc":    newsgraph.DocNS,
	"quote":  newsgraph.QuoteNS,
	"schema": newsgraph.SchemaNS,
	"prov":   newsgraph.PROVNS,
	"rdf":    newsgraph.RDFNS,
	"rdfs":   newsgraph.RDFSNS,
	"xsd":    newsgraph.XSDNS,
}

var prefixed = regexp.MustCompile(`<(ng|entity|doc|quote|schema|prov|rdf|rdfs|xsd):([^<>\s"'\\]*)>`)

// ExpandPrefixes rewrites every "<prefix:local>" in a query into the full
// IRI "<namespace+local>" (see Prefixes). Other text is left alone.
func ExpandPrefixes(q string) string {
	return prefixed.ReplaceAllStringFunc(q, func(m string) string {
		sub := prefixed.FindStringSubmatch(m)
		return "<" + Prefixes[sub[1]] + sub[2] + ">"
	})
}

// QueryOptions limit a query.
type QueryOptions struct {
	// Limit is the most results returned; 0 means 100.
	Limit int
	// Timeout ends the query, compilation included; 0 means 10 seconds.
	Timeout time.Duration
	// MaxMemory is the most heap, in bytes, that the query may add while
	// it runs (see ErrQueryMemory); 0 means DefaultQueryMemory.
	MaxMemory int64
	// JSONLD returns literals as JSON-LD values instead of strings.
	JSONLD bool
	// finished, when set, is called once the query's goroutine has
	// returned: at once for a query that ended, later for one stopped
	// inside Cayley's Go code, which no interrupt reaches. The HTTP
	// handler holds a query's turn until then, so that stopped queries
	// still running count against MaxQueries.
	finished func()
}

// DefaultQueryLimit, DefaultQueryTimeout and DefaultQueryMemory apply when
// QueryOptions leave them zero. 256 MiB holds millions of results; the
// 4 GB that one runaway query took before the budget existed is far
// beyond anything a real query needs.
const (
	DefaultQueryLimit   = 100
	DefaultQueryTimeout = 10 * time.Second
	DefaultQueryMemory  = 256 << 20
)

func (o QueryOptions) withDefaults() QueryOptions {
	if o.Limit <= 0 {
		o.Limit = DefaultQueryLimit
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultQueryTimeout
	}
	if o.MaxMemory <= 0 {
		o.MaxMemory = DefaultQueryMemory
	}
	return o
}

// A QueryError is a query that failed to compile or run.
type QueryError struct {
	Err error
}

func (e *QueryError) Error() string { return "query: " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// stopWait bounds the wait for a stopped query's goroutine to return, so
// that its memory can be given back.
const stopWait = 2 * time.Second

// Query runs a Gizmo query (Cayley's JavaScript dialect, ES5) and returns its
// results as JSON-ready values: strings for IRIs ("<…>") and literals,
// numbers, and maps of tags for .All() over tagged paths. Prefixed IRIs are
// expanded first (see ExpandPrefixes).
//
// Untrusted text is safe to run: the text is checked before compilation
// (CheckQuery, a *QuerySourceError), compilation and execution share the
// timeout (an error wrapping context.DeadlineExceeded), the heap the query
// adds is bounded by opts.MaxMemory (an error wrapping ErrQueryMemory), the
// JavaScript call depth is bounded, and values passed to Gizmo's functions
// are copied without cycles, so results are acyclic and shallow.
func (s *Store) Query(ctx context.Context, q string, opts QueryOptions) ([]any, error) {
	opts = opts.withDefaults()
	if opts.finished == nil {
		opts.finished = func() {}
	}
	opts.finished = sync.OnceFunc(opts.finished)
	q = ExpandPrefixes(q)
	if err := CheckQuery(q); err != nil {
		opts.finished()
		return nil, &QueryError{err}
	}
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	stopped := queryMemory.watch(opts.MaxMemory, stop)
	out, err := s.runQuery(ctx, q, opts)
	if stopped() {
		// The query's goroutine has returned (runQuery waits for it):
		// give its heap back now rather than at the next collection.
		debug.FreeOSMemory()
		return nil, &QueryError{fmt.Errorf("stopped after using more than %d MiB: %w", opts.MaxMemory>>20, ErrQueryMemory)}
	}
	if errors.Is(err, errResultsTooLarge) {
		return nil, &QueryError{fmt.Errorf("%w (at most %d MiB)", errResultsTooLarge, opts.MaxMemory>>20)}
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, &QueryError{fmt.Errorf("stopped after %v: %w", opts.Timeout, context.DeadlineExceeded)}
	}
	if ctx.Err() != nil {
		return nil, &QueryError{fmt.Errorf("stopped: %w", ctx.Err())}
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return nil, &QueryError{fmt.Errorf("%w: more than %d", ErrQueryCallDepth, maxCallDepth)}
	}
	if err != nil {
		return nil, &QueryError{jsError(err)}
	}
	return out, nil
}

// jsError shortens a JavaScript exception to its message and the place in
// the query where it was thrown: goja's stack trace names Go functions of
// the guard, which mean nothing to the user.
func jsError(err error) error {
	var ex *goja.Exception
	if !errors.As(err, &ex) || ex.Value() == nil {
		return err
	}
	msg := ex.Value().String()
	for _, f := range ex.Stack() {
		if p := f.Position(); p.Line > 0 {
			return fmt.Errorf("%s (line %d, column %d)", msg, p.Line, p.Column)
		}
	}
	return errors.New(msg)
}

// errResultsTooLarge stops a query whose results would take more bytes
// than its memory budget: strings are shared inside the runtime, so that
// "g.Emit(a)" of an array holding one long string a hundred thousand
// times takes no heap until it is written out.
var errResultsTooLarge = errors.New("results are too large")

// runQuery compiles and runs q until ctx is done; when it stops early it
// waits (up to stopWait) for the query's goroutine to return. It calls
// opts.finished when the goroutine has returned, waiting aside for it if
// need be.
func (s *Store) runQuery(ctx context.Context, q string, opts QueryOptions) ([]any, error) {
	ses := gizmo.NewSession(s.qs)
	if err := guardSession(ses); err != nil {
		opts.finished()
		return nil, err
	}
	col := query.JSON
	if opts.JSONLD {
		col = query.JSONLD
	}
	// Execute compiles, which goja cannot interrupt: run it aside, so
	// that the caller gets its answer at the deadline. CheckQuery keeps
	// compilation to well under a second.
	type compiled struct {
		it  query.Iterator
		err error
	}
	cc := make(chan compiled, 1)
	// The script runs inside eval so that its final value reaches Cayley,
	// which exports it on a goroutine of its own where a panic cannot be
	// recovered, only through resultValue ("var o={get x(){throw 1}};o").
	src, jerr := json.Marshal(q)
	if jerr != nil {
		opts.finished()
		return nil, jerr
	}
	go func() {
		it, err := ses.Execute(ctx, resultFunc+"(eval("+string(src)+"))", query.Options{Collation: col, Limit: opts.Limit})
		cc <- compiled{it, err}
	}()
	var it query.Iterator
	select {
	case c := <-cc:
		if c.err != nil {
			opts.finished()
			return nil, c.err
		}
		it = c.it
	case <-ctx.Done():
		go func() {
			if c := <-cc; c.it != nil {
				c.it.Close()
				for c.it.Next(context.Background()) {
				}
			}
			opts.finished()
		}()
		return nil, ctx.Err()
	}
	out := []any{}
	size := 0
	var err error
	for it.Next(ctx) {
		r, n, ok := jsonValue(it.Result())
		if !ok {
			continue
		}
		if size += n; int64(size) > opts.MaxMemory {
			err = errResultsTooLarge
			break
		}
		out = append(out, r)
		if len(out) >= opts.Limit {
			break
		}
	}
	if err == nil {
		err = it.Err()
	}
	// Close interrupts the runtime; Next then returns once the query's
	// goroutine has (unless it is inside Cayley's Go code, where no
	// interrupt reaches: then wait for it aside).
	it.Close()
	wctx, cancel := context.WithTimeout(context.Background(), stopWait)
	defer cancel()
	for it.Next(wctx) {
	}
	if wctx.Err() == nil {
		opts.finished()
	} else {
		go func() {
			for it.Next(context.Background()) {
			}
			opts.finished()
		}()
	}
	return out, err
}

// jsonValue makes a query's result encodable as JSON the way JavaScript's
// JSON.stringify does: NaN and ±Infinity become null, and functions (and
// anything else JSON cannot hold) are left out of objects, become null in
// arrays, and make no result at the top. It returns about how many bytes
// the value takes written as JSON, and reports whether v is kept.
func jsonValue(v any) (any, int, bool) {
	switch x := v.(type) {
	case nil, bool, int64, int, int32, uint64:
		return v, 8, true
	case string:
		return v, len(x) + 2, true
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, 8, true
		}
		return v, 8, true
	case float32:
		return jsonValue(float64(x))
	case []any:
		out := make([]any, len(x))
		size := 2
		for i, e := range x {
			var n int
			out[i], n, _ = jsonValue(e) // (left out: null)
			size += n + 1
		}
		return out, size, true
	case map[string]any:
		out := make(map[string]any, len(x))
		size := 2
		for k, e := range x {
			if e, n, ok := jsonValue(e); ok {
				out[k] = e
				size += len(k) + 4 + n
			}
		}
		return out, size, true
	}
	if _, err := json.Marshal(v); err != nil {
		return nil, 8, false
	}
	return v, 8, true
}

// HTTPOptions configure the HTTP API.
type HTTPOptions struct {
	QueryOptions
	// Writable enables Cayley's write and delete endpoints. Off by default:
	// the graph is built by `newsgraph build`, not over HTTP.
	Writable bool
	// MaxQueries is the most queries run at once; more wait for a turn
	// (up to half their timeout) and then fail with 503. 0 means
	// DefaultMaxQueries.
	MaxQueries int
}

// DefaultMaxQueries is HTTPOptions.MaxQueries when zero: with the default
// memory budget, queries hold at most 1 GiB together.
const DefaultMaxQueries = 4

// Handler returns Cayley's HTTP API v2 over the store: GET or POST
// /api/v2/query?lang=gizmo (the query in "qu" or the body), /api/v2/read and
// /api/v2/formats, with the limits of opts; and, only when opts.Writable,
// /api/v2/write and /api/v2/delete. Queries run through Query, with its
// checks and limits, at most opts.MaxQueries at once. Prefixed IRIs in
// queries are expanded as in Query.
func (s *Store) Handler(opts HTTPOptions) http.Handler {
	qo := opts.QueryOptions.withDefaults()
	if opts.MaxQueries <= 0 {
		opts.MaxQueries = DefaultMaxQueries
	}
	h := &cgraph.Handle{QuadStore: s.qs}
	if opts.Writable {
		w, err := cgraph.NewQuadWriter("single", s.qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
		if err == nil {
			h.QuadWriter = w
		}
	}
	api := chttp.NewAPIv2(h)
	api.SetReadOnly(!opts.Writable)
	api.SetQueryTimeout(qo.Timeout)
	api.SetQueryLimit(qo.Limit)
	// NewAPIv2 registers its routes before SetReadOnly can take effect, so
	// register them again on a router of our own: read-only then really
	// drops the write endpoints.
	router := httprouter.New()
	api.RegisterOn(router)
	mux := http.NewServeMux()
	mux.Handle("/api/v2/query", &queryHandler{s: s, opts: qo, turns: make(chan struct{}, opts.MaxQueries)})
	mux.Handle("/api/v2/", router)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "newsgraph: Cayley HTTP API v2\n\nGET /api/v2/query?lang=gizmo&qu=g.V().Limit(5).All()\nPOST /api/v2/query?lang=gizmo with the query as the body\n")
	})
	return mux
}

// queryHandler answers /api/v2/query as Cayley's API v2 does ({"result":
// […]} or {"error": "…"}), through Store.Query.
type queryHandler struct {
	s     *Store
	opts  QueryOptions
	turns chan struct{} // one token per query running
}

func (h *queryHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		w.Header().Set("Allow", "GET, POST")
		jsonError(w, http.StatusMethodNotAllowed, "use GET or POST")
		return
	}
	switch lang := r.URL.Query().Get("lang"); lang {
	case "gizmo":
	case "":
		jsonError(w, http.StatusBadRequest, "query language not specified")
		return
	default:
		jsonError(w, http.StatusBadRequest, "unknown query language "+strconv.Quote(lang)+" (known: gizmo)")
		return
	}
	q := r.URL.Query().Get("qu")
	if r.Method == http.MethodPost {
		body, err := io.ReadAll(io.LimitReader(r.Body, MaxQueryBytes+1))
		if err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				jsonError(w, http.StatusRequestEntityTooLarge, err.Error())
				return
			}
			jsonError(w, http.StatusBadRequest, "read query: "+err.Error())
			return
		}
		if len(body) > MaxQueryBytes {
			jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("query is larger than %d bytes", MaxQueryBytes))
			return
		}
		q = string(body)
	}
	if q == "" {
		jsonError(w, http.StatusBadRequest, "query is empty")
		return
	}
	opts := h.opts
	opts.JSONLD = strings.HasPrefix(r.Header.Get("Accept"), "application/ld+json")
	// Wait for a turn at most half as long as a query may run.
	wait := time.NewTimer(opts.Timeout / 2)
	defer wait.Stop()
	select {
	case h.turns <- struct{}{}:
		// the turn is given back when the query's goroutine returns
		opts.finished = func() { <-h.turns }
	case <-wait.C:
		w.Header().Set("Retry-After", "1")
		jsonError(w, http.StatusServiceUnavailable, fmt.Sprintf("too many queries at once (at most %d): try again later", cap(h.turns)))
		return
	case <-r.Context().Done():
		return
	}
	res, err := h.s.Query(r.Context(), q, opts)
	if err != nil {
		code := http.StatusBadRequest
		if errors.Is(err, ErrQueryMemory) {
			code = http.StatusServiceUnavailable
			w.Header().Set("Retry-After", "1")
		} else if errors.Is(err, ErrQueryTooLarge) {
			code = http.StatusRequestEntityTooLarge
		}
		jsonError(w, code, err.Error())
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]any{"result": res}); err != nil {
		jsonError(w, http.StatusInternalServerError, "encode results: "+err.Error())
		return
	}
	if opts.JSONLD {
		w.Header().Set("Content-Type", "application/ld+json")
	} else {
		w.Header().Set("Content-Type", "application/json")
	}
	w.Write(buf.Bytes())
}

// jsonError writes {"error": msg} with the status code.
func jsonError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	b, _ := json.Marshal(map[string]string{"error": msg})
	w.Write(append(b, '\n'))
}

// prefixOrder lists Prefixes longest namespace first, so that the most
// specific prefix wins when compacting.
var prefixOrder = func() []string {
	var ps []string
	for p := range Prefixes {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool {
		if len(Prefixes[ps[i]]) != len(Prefixes[ps[j]]) {
			return len(Prefixes[ps[i]]) > len(Prefixes[ps[j]])
		}
		return ps[i] < ps[j]
	})
	return ps
}()

// CompactIRIs rewrites every IRI string "<namespace+local>" in a query
// result (strings, and maps and slices of them) into "<prefix:local>", the
// inverse of ExpandPrefixes.
func CompactIRIs(v any) any {
	switch x := v.(type) {
	case string:
		if len(x) < 2 || x[0] != '<' || x[len(x)-1] != '>' {
			return x
		}
		iri := x[1 : len(x)-1]
		for _, p := range prefixOrder {
			if ns := Prefixes[p]; strings.HasPrefix(iri, ns) && len(iri) > len(ns) {
				return "<" + p + ":" + iri[len(ns):] + ">"
			}
		}
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = CompactIRIs(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = CompactIRIs(e)
		}
		return out
	}
	return v
}
