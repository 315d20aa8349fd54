package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	chttp "github.com/cayleygraph/cayley/server/http"
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
	// Timeout ends the query; 0 means 10 seconds.
	Timeout time.Duration
}

// DefaultQueryLimit and DefaultQueryTimeout apply when QueryOptions leave
// them zero.
const (
	DefaultQueryLimit   = 100
	DefaultQueryTimeout = 10 * time.Second
)

func (o QueryOptions) withDefaults() QueryOptions {
	if o.Limit <= 0 {
		o.Limit = DefaultQueryLimit
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultQueryTimeout
	}
	return o
}

// A QueryError is a query that failed to compile or run.
type QueryError struct {
	Err error
}

func (e *QueryError) Error() string { return "query: " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// Query runs a Gizmo query (Cayley's JavaScript dialect, ES5) and returns its
// results as JSON-ready values: strings for IRIs ("<…>") and literals,
// numbers, and maps of tags for .All() over tagged paths. Prefixed IRIs are
// expanded first (see ExpandPrefixes). A query that runs past the timeout
// fails with an error wrapping context.DeadlineExceeded.
func (s *Store) Query(ctx context.Context, q string, opts QueryOptions) ([]any, error) {
	opts = opts.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	ses := gizmo.NewSession(s.qs)
	it, err := ses.Execute(ctx, ExpandPrefixes(q), query.Options{Collation: query.JSON, Limit: opts.Limit})
	if err != nil {
		return nil, &QueryError{err}
	}
	// Close stops the goroutine that runs the query; it must always run.
	defer it.Close()
	out := []any{}
	for it.Next(ctx) {
		out = append(out, it.Result())
		if len(out) >= opts.Limit {
			break
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, &QueryError{fmt.Errorf("stopped after %v: %w", opts.Timeout, err)}
	}
	if err := it.Err(); err != nil {
		return nil, &QueryError{err}
	}
	return out, nil
}

// HTTPOptions configure the HTTP API.
type HTTPOptions struct {
	QueryOptions
	// Writable enables Cayley's write and delete endpoints. Off by default:
	// the graph is built by `newsgraph build`, not over HTTP.
	Writable bool
}

// Handler returns Cayley's HTTP API v2 over the store: GET or POST
// /api/v2/query?lang=gizmo (the query in "qu" or the body), /api/v2/read and
// /api/v2/formats, with the query timeout and result limit of opts; and, only
// when opts.Writable, /api/v2/write and /api/v2/delete. Prefixed IRIs in
// queries are expanded as in Query.
func (s *Store) Handler(opts HTTPOptions) http.Handler {
	qo := opts.QueryOptions.withDefaults()
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
	mux.Handle("/api/v2/", expandQueries(router))
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

// expandQueries rewrites prefixed IRIs in the query of /api/v2/query
// requests, whether it comes in the "qu" parameter or the body.
func expandQueries(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v2/query" {
			if qu := r.URL.Query().Get("qu"); qu != "" {
				v := r.URL.Query()
				v.Set("qu", ExpandPrefixes(qu))
				r2 := r.Clone(r.Context())
				r2.URL = &url.URL{Path: r.URL.Path, RawQuery: v.Encode()}
				r2.RequestURI = ""
				r = r2
			}
			if r.Method == http.MethodPost && r.Body != nil {
				body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20+1))
				if err != nil {
					http.Error(w, `{"error":"read query"}`, http.StatusBadRequest)
					return
				}
				if len(body) > 1<<20 {
					http.Error(w, `{"error":"query is larger than 1 MiB"}`, http.StatusRequestEntityTooLarge)
					return
				}
				r.Body = io.NopCloser(bytes.NewReader([]byte(ExpandPrefixes(string(body)))))
			}
		}
		next.ServeHTTP(w, r)
	})
}

// IsTimeout reports whether err is a query that ran out of time.
func IsTimeout(err error) bool {
	return errors.Is(err, context.DeadlineExceeded) || strings.Contains(fmt.Sprint(err), "deadline exceeded")
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
