package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/boltdb/bolt"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad/pquads"

	"github.com/newsgraph/newsgraph"
)

// errTimeout is lockShared's error when a writer holds the store.
var errTimeout = errors.New("timeout")

// precheck checks the store file at path before Bolt opens it (see
// verify.go), holding a reader's lock meanwhile so that no writer changes
// it under the check. An empty file is left for a writer to initialise.
func precheck(path string, readOnly bool, timeout time.Duration) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open store %s: %w", path, err)
	}
	defer f.Close() // also releases the lock
	if err := lockShared(f, timeout); err != nil {
		if errors.Is(err, errTimeout) {
			return fmt.Errorf("open store %s: %w", path, ErrLocked)
		}
		return fmt.Errorf("open store %s: lock: %w", path, err)
	}
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open store %s: %w", path, err)
	}
	if fi.Size() == 0 && !readOnly {
		return nil
	}
	if _, err := checkFile(f, fi.Size(), true); err != nil {
		return damaged(path, err)
	}
	return nil
}

// guard, deferred by every method that reads a Bolt store with
// guard(&err, debug.SetPanicOnFault(true)), turns a panic or a memory
// fault while reading into a DamagedError: Bolt and Cayley trust what they
// read, and a store damaged in a way the checks at open do not see (a
// flipped byte inside a value) must not take the process down. A store
// in memory is not guarded.
func (s *Store) guard(err *error, fault bool) {
	debug.SetPanicOnFault(fault)
	if p := recover(); p != nil {
		if s.db == nil {
			panic(p)
		}
		*err = damaged(s.opts.Path, fmt.Errorf("reading it failed: %v", p))
		return
	}
	*err = s.classify(*err)
}

// A corruptError is data in the store that cannot be decoded.
type corruptError struct{ err error }

func (e corruptError) Error() string { return e.err.Error() }
func (e corruptError) Unwrap() error { return e.err }

// corrupt returns a corruptError.
func corrupt(format string, args ...any) error {
	return corruptError{fmt.Errorf(format, args...)}
}

// classify returns err as a DamagedError when it reports corrupt data.
func (s *Store) classify(err error) error {
	var ce corruptError
	if (s.db != nil || s.sql != nil) && errors.As(err, &ce) {
		return damaged(s.Name(), err)
	}
	return err
}

// CheckReport is what Check found in a sound store.
type CheckReport struct {
	Bytes   int64 // size of the file
	Pages   int   // pages in use
	Buckets int   // Bolt buckets
	Nodes   int   // distinct values
	Quads   int64 // live quads
	// Missing are the documents an interrupted update left out (see
	// Store.Pending).
	Missing []newsgraph.IRI
}

// Check verifies the store file at path: the page structure of the Bolt
// file (see checkFile), then every entry of Cayley's layout: each log
// entry decodes, each live quad refers to values in the log, the quad
// count matches, and the index and value buckets decode and refer to
// entries that exist. A damaged store gives a *DamagedError (errors.Is
// ErrDamaged) naming the first damage found. Check opens the store for
// reading, so it waits for a writer like any reader.
func Check(ctx context.Context, path string) (CheckReport, error) {
	var r CheckReport
	st, err := Open(ctx, Options{Path: path, ReadOnly: true})
	if err != nil {
		return r, err
	}
	defer st.Close()
	f, err := os.Open(path)
	if err != nil {
		return r, fmt.Errorf("check store %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return r, fmt.Errorf("check store %s: %w", path, err)
	}
	c, err := checkFile(f, fi.Size(), true)
	if err != nil {
		return r, damaged(path, err)
	}
	r = CheckReport{Bytes: fi.Size(), Pages: int(c.meta.pgid), Buckets: c.buckets}
	if r.Nodes, r.Quads, err = st.checkData(ctx); err != nil {
		return r, err
	}
	if err := st.checkExtras(ctx); err != nil {
		return r, err
	}
	r.Missing, err = st.Pending(ctx)
	return r, err
}

// checkRecords decodes every record of the store (newsgraph.Record.Check:
// both parts decode and match their digest); an undecodable one is a
// corruptError.
func (s *Store) checkRecords(ctx context.Context) error {
	return s.Records(ctx, true, func(rec newsgraph.Record) error {
		if err := rec.Check(); err != nil {
			return corrupt("%w", err)
		}
		return nil
	})
}

// checkExtras decodes what a Bolt store keeps beside Cayley's layout:
// every record (checkRecords) and every document text.
func (s *Store) checkExtras(ctx context.Context) (err error) {
	if s.db == nil {
		return nil
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	if err := s.checkRecords(ctx); err != nil {
		return err
	}
	return s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(textBucket)
		if b == nil {
			return nil
		}
		n := 0
		return b.ForEach(func(k, v []byte) error {
			if n++; n%1024 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			_, err := decodeText(string(textBucket)+"/"+string(k), v)
			return err
		})
	})
}

// checkData decodes every entry of the store's layout and checks the
// references between them; it returns the number of values and of live
// quads.
func (s *Store) checkData(ctx context.Context) (nodes int, quads int64, err error) {
	if s.db == nil {
		return 0, 0, nil
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	err = s.db.View(func(tx *bolt.Tx) error {
		meta, log := tx.Bucket(metaBucket), tx.Bucket(logBucket)
		if meta == nil || log == nil {
			return corrupt("no %s or %s bucket", metaBucket, logBucket)
		}
		var horizon, size uint64
		for _, k := range []struct {
			key []byte
			val *uint64
		}{{keyHorizon, &horizon}, {keySize, &size}} {
			v := meta.Get(k.key)
			if len(v) != 8 {
				return corrupt("meta/%s: %d bytes, want 8", k.key, len(v))
			}
			*k.val = binary.LittleEndian.Uint64(v)
		}
		var indexes []ckv.QuadIndex
		if err := json.Unmarshal(meta.Get(keyIndexMeta), &indexes); err != nil {
			return corrupt("meta/%s: %w", keyIndexMeta, err)
		}
		if horizon > 1<<40 {
			return corrupt("meta/horizon: %d", horizon)
		}
		// Which IDs are values and which quads, one bit each.
		isNode, isQuad := newBits(horizon+1), newBits(horizon+1)
		var p proto.Primitive
		var live int64
		n := 0
		// Values first, then the quads that refer to them.
		for pass := range 2 {
			c := log.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if n++; n%65536 == 0 && ctx.Err() != nil {
					return ctx.Err()
				}
				if len(k) != 8 {
					return corrupt("log key %x: %d bytes, want 8", k, len(k))
				}
				id := binary.BigEndian.Uint64(k)
				p.Reset()
				if err := p.Unmarshal(v); err != nil {
					return corrupt("log entry %d: %w", id, err)
				}
				if p.ID != id || id == 0 || id > horizon {
					return corrupt("log entry %d: ID %d, horizon %d", id, p.ID, horizon)
				}
				switch {
				case pass == 0 && p.IsNode():
					if _, err := pquads.UnmarshalValue(p.Value); err != nil {
						return corrupt("log entry %d: value: %w", id, err)
					}
					isNode.set(id)
					nodes++
				case pass == 1 && !p.IsNode():
					isQuad.set(id)
					if p.Deleted {
						continue
					}
					live++
					for _, ref := range []uint64{p.Subject, p.Predicate, p.Object, p.Label} {
						if ref != 0 && (ref > horizon || !isNode.has(ref)) {
							return corrupt("log entry %d: quad refers to value %d, which the log does not hold", id, ref)
						}
					}
					if p.Subject == 0 || p.Predicate == 0 || p.Object == 0 {
						return corrupt("log entry %d: quad without subject, predicate or object", id)
					}
				}
			}
		}
		if uint64(live) != size {
			return corrupt("meta/size says %d quads, the log holds %d", size, live)
		}
		quads = live
		for _, ind := range indexes {
			name := ind.KeyFor(&proto.Primitive{})[0]
			b := tx.Bucket(name)
			if b == nil {
				return corrupt("index %s: no bucket", name)
			}
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if n++; n%65536 == 0 && ctx.Err() != nil {
					return ctx.Err()
				}
				if len(k) != 8*len(ind.Dirs) {
					return corrupt("index %s: key %x of %d bytes, want %d", name, k, len(k), 8*len(ind.Dirs))
				}
				for list := v; len(list) > 0; {
					id, m := binary.Uvarint(list)
					if m <= 0 {
						return corrupt("index %s: key %x: bad list", name, k)
					}
					list = list[m:]
					if id > horizon || !isQuad.has(id) {
						return corrupt("index %s: key %x lists quad %d, which the log does not hold", name, k, id)
					}
				}
			}
		}
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if len(name) != 3 || (name[0] != 'v' && name[0] != 'n') {
				return nil
			}
			return b.ForEach(func(k, v []byte) error {
				if n++; n%65536 == 0 && ctx.Err() != nil {
					return ctx.Err()
				}
				x, m := binary.Uvarint(v)
				if m <= 0 || m != len(v) {
					return corrupt("value bucket %s: key %x: bad number", name, k)
				}
				if name[0] == 'v' && (x == 0 || x > horizon) {
					return corrupt("value bucket %s: key %x: value %d outside the log", name, k, x)
				}
				return nil
			})
		})
	})
	return nodes, quads, err
}

// bits is a set of small integers.
type bits []uint64

func newBits(n uint64) bits      { return make(bits, (n+63)/64) }
func (b bits) set(i uint64)      { b[i/64] |= 1 << (i % 64) }
func (b bits) has(i uint64) bool { return b[i/64]&(1<<(i%64)) != 0 }
