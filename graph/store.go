// Package graph stores newsgraph's quads in Cayley and answers Gizmo queries
// over them, from Go and over HTTP. It is the only package that imports
// Cayley.
//
// A Store holds the quads of many documents. Every quad a document
// contributes is labelled with one of that document's provenance labels
// (see newsgraph.Quads), so ReplaceDocument can swap one document's quads for
// new ones in a single transaction: re-building an edited article leaves no
// duplicates and no leftovers.
package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/newsgraph/newsgraph"
)

// Backends.
const (
	Bolt   = "bolt"   // a Bolt file on disk: the default
	Memory = "memory" // in memory; gone when the process ends
)

// Options configure a Store.
type Options struct {
	// Backend is Bolt or Memory.
	Backend string
	// Path is the Bolt file (ignored for Memory).
	Path string
	// ReadOnly opens an existing store for reading; several readers may
	// share a store, but a writer needs it alone.
	ReadOnly bool
	// LockTimeout is how long to wait for another process that holds the
	// store; 0 means one second.
	LockTimeout time.Duration
}

// ErrNotFound is returned by Open when a read-only store does not exist.
var ErrNotFound = errors.New("no store")

// ErrLocked is returned by Open when another process holds the store.
var ErrLocked = errors.New("store is in use by another process")

// A Store is a Cayley quad store with newsgraph's document operations. Its
// methods are safe for concurrent use; writes are serialised.
type Store struct {
	qs   cgraph.QuadStore
	opts Options
}

// Open opens the store described by opts, creating an empty Bolt store when
// none exists (unless ReadOnly).
func Open(ctx context.Context, opts Options) (*Store, error) {
	switch opts.Backend {
	case Memory:
		return &Store{qs: memstore.New(), opts: opts}, nil
	case Bolt, "":
		opts.Backend = Bolt
	default:
		return nil, fmt.Errorf("open store: unknown backend %q (known: bolt, memory)", opts.Backend)
	}
	if opts.Path == "" {
		return nil, fmt.Errorf("open store: no path given")
	}
	st, err := os.Stat(opts.Path)
	switch {
	case err == nil && st.IsDir():
		return nil, fmt.Errorf("open store %s: is a directory, not a store file", opts.Path)
	case errors.Is(err, os.ErrNotExist) && opts.ReadOnly:
		return nil, fmt.Errorf("open store %s: %w (run `newsgraph build` first)", opts.Path, ErrNotFound)
	case errors.Is(err, os.ErrNotExist):
		if dir := filepath.Dir(opts.Path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("open store %s: %w", opts.Path, err)
			}
		}
	case err != nil:
		return nil, fmt.Errorf("open store %s: %w", opts.Path, err)
	}
	timeout := opts.LockTimeout
	if timeout == 0 {
		timeout = time.Second
	}
	db, err := hbolt.Open(opts.Path, &bolt.Options{Timeout: timeout, ReadOnly: opts.ReadOnly})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open store %s: %w", opts.Path, ErrLocked)
		}
		return nil, fmt.Errorf("open store %s: %w", opts.Path, err)
	}
	if !opts.ReadOnly {
		// Bolt syncs every commit; the build writes large batches, so this
		// costs little and keeps the store consistent after a crash.
		if err := ckv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, fmt.Errorf("open store %s: initialise: %w", opts.Path, err)
		}
	}
	// Cayley's bloom filters cost about 600 MB at open (sized for 100
	// million nodes) whatever the store holds; without them the Bolt
	// indexes answer the same questions at a small cost in write speed.
	qs, err := ckv.New(db, cgraph.Options{ckv.OptNoBloom: true})
	if err != nil {
		db.Close()
		if errors.Is(err, cgraph.ErrNotInitialized) {
			return nil, fmt.Errorf("open store %s: not a newsgraph store", opts.Path)
		}
		return nil, fmt.Errorf("open store %s: %w", opts.Path, err)
	}
	return &Store{qs: qs, opts: opts}, nil
}

// Close closes the store.
func (s *Store) Close() error {
	return s.qs.Close()
}

// Path returns the store's file, or "" for a memory store.
func (s *Store) Path() string {
	if s.opts.Backend == Memory {
		return ""
	}
	return s.opts.Path
}

// Size returns the number of quads in the store.
func (s *Store) Size(ctx context.Context) (int64, error) {
	st, err := s.qs.Stats(ctx, false)
	if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return st.Quads.Size, nil
}

// Add writes quads that are not yet in the store, in one transaction.
func (s *Store) Add(ctx context.Context, quads []quad.Quad) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.opts.ReadOnly {
		return errors.New("add quads: store is read-only")
	}
	deltas := make([]cgraph.Delta, 0, len(quads))
	seen := make(map[quad.Quad]struct{}, len(quads))
	for _, q := range quads {
		if _, ok := seen[q]; ok {
			continue
		}
		seen[q] = struct{}{}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	return s.apply(deltas)
}

func (s *Store) apply(deltas []cgraph.Delta) error {
	if len(deltas) == 0 {
		return nil
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return fmt.Errorf("write %d changes: %w", len(deltas), err)
	}
	return nil
}

// Update replaces the quads of each document in updates with its new
// quads (nil quads remove the document), all in one transaction: the store holds either every update or
// none. Quads that are in both the old and new version are left alone.
func (s *Store) Update(ctx context.Context, updates []newsgraph.DocQuads) (newsgraph.Changes, error) {
	var res newsgraph.Changes
	if s.opts.ReadOnly {
		return res, errors.New("update store: store is read-only")
	}
	var deltas []cgraph.Delta
	for _, u := range updates {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		old, err := s.DocumentQuads(ctx, u.Doc)
		if err != nil {
			return res, err
		}
		next := make(map[quad.Quad]struct{}, len(u.Quads))
		for _, q := range u.Quads {
			next[q] = struct{}{}
		}
		prev := make(map[quad.Quad]struct{}, len(old))
		for _, q := range old {
			prev[q] = struct{}{}
			if _, keep := next[q]; !keep {
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
				res.Removed++
			}
		}
		for _, q := range u.Quads {
			if _, had := prev[q]; had {
				continue
			}
			prev[q] = struct{}{} // guards against duplicates within u.Quads
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			res.Added++
		}
	}
	if err := ctx.Err(); err != nil {
		return newsgraph.Changes{}, err
	}
	if err := s.apply(deltas); err != nil {
		return newsgraph.Changes{}, err
	}
	return res, nil
}

// DocumentQuads returns every quad the document doc contributed: the
// quads under its provenance labels, and the descriptions of those labels
// and of its fact statements in the provenance graph.
func (s *Store) DocumentQuads(ctx context.Context, doc newsgraph.IRI) ([]quad.Quad, error) {
	var out []quad.Quad
	labels, err := s.subjectsOf(ctx, newsgraph.ProvWasDerivedFrom, doc)
	if err != nil {
		return nil, err
	}
	for _, l := range labels {
		if err := s.eachQuad(ctx, quad.Label, l, func(q quad.Quad) { out = append(out, q) }); err != nil {
			return nil, err
		}
		stmts, err := s.subjectsOf(ctx, newsgraph.NGEvidence, l)
		if err != nil {
			return nil, err
		}
		for _, subj := range append(stmts, l) {
			if err := s.eachQuad(ctx, quad.Subject, subj, func(q quad.Quad) {
				if q.Label == newsgraph.ProvenanceGraph {
					out = append(out, q)
				}
			}); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// DocumentHash returns the content hash stored for doc (see
// newsgraph.ContentHash), or "" when the store does not hold doc.
func (s *Store) DocumentHash(ctx context.Context, doc newsgraph.IRI) (string, error) {
	var h string
	err := s.eachQuad(ctx, quad.Subject, doc, func(q quad.Quad) {
		if q.Predicate == newsgraph.NGContentHash {
			if v, ok := q.Object.(quad.String); ok {
				h = string(v)
			}
		}
	})
	return h, err
}

// subjectsOf returns the subjects of quads (?, p, o).
func (s *Store) subjectsOf(ctx context.Context, p quad.IRI, o quad.Value) ([]quad.Value, error) {
	var out []quad.Value
	err := s.eachQuad(ctx, quad.Object, o, func(q quad.Quad) {
		if q.Predicate == p {
			out = append(out, q.Subject)
		}
	})
	return out, err
}

// eachQuad calls fn for every quad whose direction d is v.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(d, ref)
	defer it.Close()
	for it.Next(ctx) {
		fn(s.qs.Quad(it.Result()))
	}
	return it.Err()
}

// Each calls fn for every quad in the store, stopping at the first error.
func (s *Store) Each(ctx context.Context, fn func(quad.Quad) error) error {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		if err := fn(s.qs.Quad(it.Result())); err != nil {
			return err
		}
	}
	return it.Err()
}

// Stats counts what the store holds.
type Stats struct {
	Documents int   // schema:NewsArticle nodes
	Entities  int   // nodes typed by a schema.org class other than NewsArticle and Quotation
	Quotes    int   // Quotation nodes
	Facts     int   // fact quads (one per evidence sentence)
	Relations int   // distinct (subject, predicate, object) facts
	Quads     int64 // all quads
}

// Stats counts documents, entities, quotes, facts and quads.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	n, err := s.Size(ctx)
	if err != nil {
		return Stats{}, err
	}
	st := Stats{Quads: n}
	typed := make(map[quad.Value]quad.Value)
	rel := make(map[[3]string]struct{})
	err = s.Each(ctx, func(q quad.Quad) error {
		switch {
		case q.Predicate == newsgraph.RDFType && q.Label != newsgraph.ProvenanceGraph:
			typed[q.Subject] = q.Object
		case isFactPredicate(q.Predicate):
			st.Facts++
			rel[[3]string{q.Subject.String(), q.Predicate.String(), q.Object.String()}] = struct{}{}
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	for _, t := range typed {
		switch t {
		case newsgraph.SchemaNewsArticle:
			st.Documents++
		case newsgraph.SchemaType(newsgraph.Quote):
			st.Quotes++
		default:
			st.Entities++
		}
	}
	st.Relations = len(rel)
	return st, nil
}

// isFactPredicate reports whether p is a relation between entities rather
// than a description (name, type, role, …).
func isFactPredicate(p quad.Value) bool {
	iri, ok := p.(quad.IRI)
	if !ok {
		return false
	}
	switch iri {
	case newsgraph.NGRole, newsgraph.NGMentions, newsgraph.NGStart, newsgraph.NGEnd,
		newsgraph.NGEvidence, newsgraph.NGRaw, newsgraph.NGConfidence, newsgraph.NGModality,
		newsgraph.NGContentHash, newsgraph.NGSpan:
		return false
	}
	return len(iri) > len(newsgraph.VocabNS) && string(iri[:len(newsgraph.VocabNS)]) == newsgraph.VocabNS
}

// An EntityRecord is what the store knows of one entity: its IRI, type and
// every name documents gave it. Builds use it to resolve new documents'
// entities against the store.
type EntityRecord struct {
	IRI   newsgraph.IRI
	Type  newsgraph.EntityType
	Names []string
}

// Entities returns every entity in the store with its type and names,
// sorted by IRI. Quotations are left out.
func (s *Store) Entities(ctx context.Context) ([]EntityRecord, error) {
	recs := make(map[quad.IRI]*EntityRecord)
	get := func(v quad.Value) *EntityRecord {
		iri, ok := v.(quad.IRI)
		if !ok || len(iri) < len(newsgraph.EntityNS) || string(iri[:len(newsgraph.EntityNS)]) != newsgraph.EntityNS {
			return nil
		}
		r := recs[iri]
		if r == nil {
			r = &EntityRecord{IRI: iri}
			recs[iri] = r
		}
		return r
	}
	for _, p := range []quad.IRI{newsgraph.RDFType, newsgraph.SchemaName, newsgraph.SchemaAlternateName} {
		err := s.eachQuad(ctx, quad.Predicate, p, func(q quad.Quad) {
			r := get(q.Subject)
			if r == nil {
				return
			}
			switch q.Predicate {
			case newsgraph.RDFType:
				if t, ok := q.Object.(quad.IRI); ok && len(t) > len(newsgraph.SchemaNS) {
					r.Type = newsgraph.EntityType(t[len(newsgraph.SchemaNS):])
				}
			default:
				if n, ok := q.Object.(quad.String); ok {
					r.Names = appendUnique(r.Names, string(n))
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	out := make([]EntityRecord, 0, len(recs))
	for _, r := range recs {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	for i := range out {
		sort.Strings(out[i].Names)
	}
	return out, nil
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
