// Package graph stores newsgraph's quads in Cayley and answers Gizmo queries
// over them, from Go and over HTTP. It is the only package that imports
// Cayley.
//
// A Store holds the quads of many documents. Every quad a document
// contributes is labelled with one of that document's provenance labels
// (see newsgraph.Quads), so Update can swap one document's quads for new
// ones: re-building an edited article leaves no duplicates and no
// leftovers. Documents new to the store are written by a bulk loader that
// writes Cayley's key-value layout directly (bulk.go), several times faster
// than Cayley's own writer; the build's lookups read that layout directly
// too (read.go).
package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/newsgraph/newsgraph"
)

// Backends (and Postgres and Cockroach, see postgres.go).
const (
	Bolt   = "bolt"   // a Bolt file on disk: the default
	Memory = "memory" // in memory; gone when the process ends
)

// Backends lists every backend.
var Backends = []string{Bolt, Memory, Postgres, Cockroach}

// Options configure a Store.
type Options struct {
	// Backend is Bolt, Memory, Postgres or Cockroach.
	Backend string
	// Path is the Bolt file (ignored for Memory), or the connection
	// string of a SQL store ("postgres://user@host/db"; its password is
	// never printed).
	Path string
	// PasswordFile, for a SQL store whose address and environment give no
	// password, is a file in PostgreSQL's .pgpass format to take it from.
	PasswordFile string
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

// ErrNotFile is returned by Open when the store path is not a regular
// file (a named pipe, a device, a socket): Bolt would wait on it forever.
var ErrNotFile = errors.New("not a regular file")

// A Store is a Cayley quad store with newsgraph's document operations. Its
// methods are safe for concurrent use; writes are serialised.
type Store struct {
	qs   cgraph.QuadStore
	db   *bolt.DB  // nil for Memory and SQL stores
	sql  *sqlStore // nil for Bolt and Memory stores
	opts Options
	// mem holds the content hashes of a Memory store (a Bolt store keeps
	// them in hashBucket).
	mem struct {
		sync.Mutex
		hashes  map[newsgraph.IRI]string
		texts   map[newsgraph.IRI]newsgraph.DocText
		records map[newsgraph.IRI]newsgraph.Record
	}
	settle sync.Mutex // held while the store is settled (LockSettle)
	// afterRemove, set by tests only, runs between an update's two
	// transactions; its error stands for a failure of the second.
	afterRemove func() error
}

// Open opens the store described by opts, creating an empty Bolt store when
// none exists (unless ReadOnly).
func Open(ctx context.Context, opts Options) (*Store, error) {
	switch opts.Backend {
	case Memory:
		s := &Store{qs: memstore.New(), opts: opts}
		s.mem.hashes = make(map[newsgraph.IRI]string)
		s.mem.texts = make(map[newsgraph.IRI]newsgraph.DocText)
		s.mem.records = make(map[newsgraph.IRI]newsgraph.Record)
		return s, nil
	case Bolt, "":
		opts.Backend = Bolt
	case Postgres, Cockroach:
		return openSQL(ctx, opts)
	default:
		return nil, fmt.Errorf("open store: unknown backend %q (known: %s)", opts.Backend, strings.Join(Backends, ", "))
	}
	if opts.Path == "" {
		return nil, fmt.Errorf("open store: no path given")
	}
	st, err := os.Stat(opts.Path)
	switch {
	case err == nil && st.IsDir():
		return nil, fmt.Errorf("open store %s: is a directory, not a store file", opts.Path)
	case err == nil && !st.Mode().IsRegular():
		return nil, fmt.Errorf("open store %s: %w (%s): a store is a Bolt file", opts.Path, ErrNotFile, fileKind(st.Mode()))
	case errors.Is(err, os.ErrNotExist) && opts.ReadOnly:
		return nil, fmt.Errorf("open store %s: %w (run `newsgraph build` first)", opts.Path, ErrNotFound)
	case errors.Is(err, os.ErrNotExist):
		if err := create(opts.Path); err != nil {
			return nil, fmt.Errorf("open store %s: create: %w", opts.Path, err)
		}
	case err != nil:
		return nil, fmt.Errorf("open store %s: %w", opts.Path, err)
	}
	timeout := opts.LockTimeout
	if timeout == 0 {
		timeout = time.Second
	}
	if err := precheck(opts.Path, opts.ReadOnly, timeout); err != nil {
		return nil, err
	}
	db, err := hbolt.Open(opts.Path, &bolt.Options{Timeout: timeout, ReadOnly: opts.ReadOnly, InitialMmapSize: mmapSize})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open store %s: %w", opts.Path, ErrLocked)
		}
		return nil, fmt.Errorf("open store %s: %w", opts.Path, err)
	}
	if !opts.ReadOnly {
		// Stores are created complete (see create); this initialises files
		// left half-initialised by older versions.
		err := ckv.Init(db, nil)
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
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
		// The file's pages passed the checks at open: what Cayley cannot
		// read is its own metadata, damaged inside a value ("cannot
		// decode indexes: invalid character …").
		return nil, damaged(opts.Path, fmt.Errorf("the graph's metadata: %w", err))
	}
	s := &Store{qs: qs, db: db.DB(), opts: opts}
	if !opts.ReadOnly {
		if err := s.migrateHashes(ctx); err != nil {
			s.Close()
			return nil, fmt.Errorf("open store %s: %w", opts.Path, err)
		}
	}
	return s, nil
}

// The store implements the read side and is where builds write.
var (
	_ newsgraph.QuadReader = (*Store)(nil)
	_ newsgraph.Store      = (*Store)(nil)
)

// fileKind names the type of a file that is not regular.
func fileKind(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.Type().String()
}

// Close closes the store.
func (s *Store) Close() error {
	err := s.qs.Close()
	if s.sql != nil {
		s.sql.pool.Close()
		stdlib.UnregisterConnConfig(s.sql.connName)
		return s.sql.fail("close", err)
	}
	return err
}

// Path returns the store's file, or "" for a memory or SQL store.
func (s *Store) Path() string {
	if s.opts.Backend != Bolt {
		return ""
	}
	return s.opts.Path
}

// Name names the store in messages: its file, its address without the
// password, or "memory".
func (s *Store) Name() string {
	switch {
	case s.sql != nil:
		return s.sql.name
	case s.opts.Backend == Memory:
		return "memory"
	}
	return s.opts.Path
}

// Size returns the number of quads in the store.
func (s *Store) Size(ctx context.Context) (_ int64, err error) {
	if s.sql != nil {
		return s.sql.size(ctx)
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, ckv.ErrNoBucket) {
		return 0, nil // nothing written yet
	}
	if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return st.Quads.Size, nil
}

// Add writes quads that are not yet in the store, in one transaction.
func (s *Store) Add(ctx context.Context, quads []quad.Quad) (err error) {
	defer s.guard(&err, debug.SetPanicOnFault(true))
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.opts.ReadOnly {
		return errors.New("add quads: store is read-only")
	}
	if s.sql != nil {
		return s.sql.add(ctx, quads)
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

// Update replaces the quads and content hash of each document in updates
// with its new ones (nil quads remove the document). Quads that are in
// both the old and new version are left alone. The old quads are removed
// in one transaction and the new ones added in a second (see the note in
// the code); the content hashes are removed before the first and written
// after the second, so that a document whose update did not complete has
// none and the next build writes it again. When every update is of a
// document new to the store (DocQuads.New), the quads and hashes are
// written by the bulk loader (see bulk.go) in one transaction, without
// looking for old quads.
func (s *Store) Update(ctx context.Context, updates []newsgraph.DocQuads) (_ newsgraph.Changes, err error) {
	defer s.guard(&err, debug.SetPanicOnFault(true))
	var res newsgraph.Changes
	if s.opts.ReadOnly {
		return res, errors.New("update store: store is read-only")
	}
	if s.sql != nil {
		return s.sql.update(ctx, updates)
	}
	if s.db != nil && allNew(updates) {
		n, err := s.addNew(ctx, updates)
		if !errors.Is(err, errNotNew) {
			return newsgraph.Changes{Added: n}, err
		}
	}
	var dels, adds []cgraph.Delta
	var replaced []newsgraph.IRI // documents whose old quads go and new ones come
	for _, u := range updates {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		old, err := newsgraph.DocumentQuads(ctx, s, u.Doc)
		if err != nil {
			return res, err
		}
		if len(old) > 0 && u.Quads != nil {
			replaced = append(replaced, u.Doc)
		}
		next := make(map[quad.Quad]struct{}, len(u.Quads))
		for _, q := range u.Quads {
			next[q] = struct{}{}
		}
		prev := make(map[quad.Quad]struct{}, len(old))
		for _, q := range old {
			prev[q] = struct{}{}
			if _, keep := next[q]; !keep {
				dels = append(dels, cgraph.Delta{Quad: q, Action: cgraph.Delete})
				res.Removed++
			}
		}
		for _, q := range u.Quads {
			if _, had := prev[q]; had {
				continue
			}
			prev[q] = struct{}{} // guards against duplicates within u.Quads
			adds = append(adds, cgraph.Delta{Quad: q, Action: cgraph.Add})
			res.Added++
		}
	}
	if err := ctx.Err(); err != nil {
		return newsgraph.Changes{}, err
	}
	// Removals and additions go in two transactions. Cayley's kv store
	// (v0.7.7) nets each value's reference count over a transaction, and a
	// value that loses more quads than it gains there (a predicate of an
	// edited article that now uses it less) is left out of the new quads,
	// which are then stored without it. Removing first keeps every update
	// consistent: if the process dies between the two, the changed
	// documents are absent, content hash included, and the next build
	// writes them again. The documents being replaced are recorded in the
	// store before the removal and cleared after the addition (see
	// Pending), so that a store left between the two says which documents
	// it lacks.
	var pending []newsgraph.IRI
	if len(dels) > 0 {
		pending = replaced
	}
	if err := s.setHashes(updates, false, pending, nil); err != nil {
		return newsgraph.Changes{}, err
	}
	if err := s.apply(dels); err != nil {
		return newsgraph.Changes{}, err
	}
	if s.afterRemove != nil {
		if err := s.afterRemove(); err != nil {
			return newsgraph.Changes{Removed: res.Removed}, &newsgraph.UpdateError{Missing: replaced, Err: err}
		}
	}
	if err := s.apply(adds); err != nil {
		return newsgraph.Changes{Removed: res.Removed}, &newsgraph.UpdateError{Missing: replaced, Err: err}
	}
	if err := s.setHashes(updates, true, nil, pending); err != nil {
		return res, err
	}
	return res, nil
}

// allNew reports whether every update is of a document new to the store.
func allNew(updates []newsgraph.DocQuads) bool {
	for _, u := range updates {
		if !u.New || u.Quads == nil {
			return false
		}
	}
	return len(updates) > 0
}

// DocumentHash returns the content hash stored for doc (see
// newsgraph.ContentHash), or "" when the store does not hold doc.
func (s *Store) DocumentHash(ctx context.Context, doc newsgraph.IRI) (_ string, err error) {
	defer s.guard(&err, debug.SetPanicOnFault(true))
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if s.sql != nil {
		return s.sql.documentHash(ctx, doc)
	}
	if s.db == nil {
		s.mem.Lock()
		defer s.mem.Unlock()
		return s.mem.hashes[doc], nil
	}
	var h string
	err = s.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(hashBucket); b != nil {
			h = string(b.Get([]byte(doc)))
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("read content hash of %s: %w", doc, err)
	}
	return h, nil
}

// eachQuad calls fn for every quad whose direction d is v, stopping at the
// first error.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(d, ref)
	defer it.Close()
	for it.Next(ctx) {
		if err := fn(s.qs.Quad(it.Result())); err != nil {
			return err
		}
	}
	return it.Err()
}

// Find calls fn for every quad whose direction d holds one of vals,
// stopping at the first error. Quads with given predicates are read from
// the key-value layout directly, in the order they were written, in one
// pass over the store (see read.go); other lookups go through Cayley's
// indexes, one value after the other.
func (s *Store) Find(ctx context.Context, d quad.Direction, vals []quad.Value, fn func(quad.Quad) error) (err error) {
	if s.sql != nil {
		return s.classify(s.sql.find(ctx, d, vals, fn))
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	if d == quad.Predicate && s.db != nil {
		err := s.db.View(func(tx *bolt.Tx) error {
			r, err := newReader(tx)
			if err != nil {
				return err
			}
			return r.withPredicates(ctx, vals, fn)
		})
		if !errors.Is(err, errLayout) {
			return err
		}
	}
	for _, v := range vals {
		if err := s.eachQuad(ctx, d, v, fn); err != nil {
			return err
		}
	}
	return nil
}

// Each calls fn for every quad in the store, in the order they were
// written, stopping at the first error.
func (s *Store) Each(ctx context.Context, fn func(quad.Quad) error) (err error) {
	if s.sql != nil {
		return s.classify(s.sql.each(ctx, fn))
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	if s.db != nil {
		err := s.db.View(func(tx *bolt.Tx) error {
			r, err := newReader(tx)
			if err != nil {
				return err
			}
			return r.each(ctx, fn)
		})
		if !errors.Is(err, errLayout) {
			return err
		}
	}
	return s.eachCayley(ctx, fn)
}

// eachCayley is Each through Cayley's iterators.
func (s *Store) eachCayley(ctx context.Context, fn func(quad.Quad) error) error {
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
	newsgraph.Counts
	Quads int64 // all quads
}

// Stats counts documents, entities, quotes, facts (see newsgraph.Count)
// and quads.
func (s *Store) Stats(ctx context.Context) (_ Stats, err error) {
	defer s.guard(&err, debug.SetPanicOnFault(true))
	n, err := s.Size(ctx)
	if err != nil {
		return Stats{}, err
	}
	c, err := newsgraph.Count(ctx, s)
	return Stats{Counts: c, Quads: n}, err
}

// create makes a new, empty store at path: initialised in a temporary file
// beside it, then linked into place, so that a process killed meanwhile
// leaves no half-initialised store (Cayley initialises a store in several
// transactions). When another process creates the store first, its store
// is kept.
func create(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	db, err := hbolt.Open(tmp, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return err
	}
	err = ckv.Init(db, nil)
	if err == nil {
		err = addLabelIndex(db.DB())
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Link(tmp, path); err != nil && !errors.Is(err, os.ErrExist) {
		return err
	}
	return nil
}

// labelIndex lists the quads of each label and subject. Cayley's default
// indexes start with the subject or the object, so without it the quads of
// one label (of one evidence sentence) are found by reading the whole
// store: replacing an edited article read the store once per sentence of
// the article. The subject keeps each list short: half of all quads share
// the provenance graph's label, and Cayley rewrites a list whole whenever
// it grows.
var labelIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label, quad.Subject}}

// addLabelIndex adds labelIndex to Cayley's index list of a new, empty
// store; Cayley maintains every listed index and uses the best one for
// each lookup. Stores created before keep Cayley's defaults.
func addLabelIndex(db *bolt.DB) error {
	indexes := append(slices.Clone(ckv.DefaultQuadIndexes), labelIndex)
	data, err := json.Marshal(indexes)
	if err != nil {
		return err
	}
	return db.Update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(labelIndex.KeyFor(&proto.Primitive{})[0]); err != nil {
			return err
		}
		return tx.Bucket(metaBucket).Put(keyIndexMeta, data)
	})
}

// mmapSize is the address space Bolt maps at open. Bolt re-maps the file
// whenever it outgrows the mapping, and a re-map in a write transaction
// detaches every page the transaction has touched (a third of a large
// load's commit time); mapping 1 GiB up front costs address space, not
// memory.
const mmapSize = 1 << 30
