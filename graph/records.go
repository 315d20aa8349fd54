package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/boltdb/bolt"

	"github.com/newsgraph/newsgraph"
)

// The records of the store-level resolve step (newsgraph.Record), kept
// beside the graph like the document hashes: in a Bolt bucket of their
// own, or in a map for a Memory store. A Store is a
// newsgraph.RecordStore.

var _ newsgraph.RecordStore = (*Store)(nil)

// recordBucket maps each document IRI to its record, encoded by
// encodeRecord.
var recordBucket = []byte("newsgraph.records")

// encodeRecord writes r (without Doc, the bucket's key) as four
// length-prefixed fields, Key, Hash, Sum and Head, followed by Body.
func encodeRecord(r newsgraph.Record) []byte {
	n := len(r.Key) + len(r.Hash) + len(r.Sum) + len(r.Head) + len(r.Body) + 4*binary.MaxVarintLen64
	b := make([]byte, 0, n)
	for _, f := range [][]byte{[]byte(r.Key), []byte(r.Hash), []byte(r.Sum), r.Head} {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	return append(b, r.Body...)
}

// decodeRecord reads the record of doc from v, the Body too when body is
// true. The fields are copied: v may belong to a Bolt transaction.
func decodeRecord(doc newsgraph.IRI, v []byte, body bool) (newsgraph.Record, error) {
	r := newsgraph.Record{Doc: doc}
	var fields [4][]byte
	for i := range fields {
		n, m := binary.Uvarint(v)
		if m <= 0 || uint64(len(v)-m) < n {
			return r, corrupt("record of %s: bad field %d", doc, i)
		}
		fields[i], v = v[m:m+int(n)], v[m+int(n):]
	}
	r.Key, r.Hash, r.Sum = string(fields[0]), string(fields[1]), string(fields[2])
	r.Head = bytes.Clone(fields[3])
	if body {
		r.Body = bytes.Clone(v)
	}
	return r, nil
}

// recordField returns field i (0: Key, 1: Hash) of an encoded record
// without copying.
func recordField(v []byte, i int) ([]byte, bool) {
	for j := 0; ; j++ {
		n, m := binary.Uvarint(v)
		if m <= 0 || uint64(len(v)-m) < n {
			return nil, false
		}
		if j == i {
			return v[m : m+int(n)], true
		}
		v = v[m+int(n):]
	}
}

// putRecords writes the records of updates that carry one, in tx.
func putRecords(tx *bolt.Tx, updates []newsgraph.DocQuads) error {
	var rb *bolt.Bucket
	for _, u := range updates {
		if u.Record == nil {
			continue
		}
		if rb == nil {
			var err error
			if rb, err = tx.CreateBucketIfNotExists(recordBucket); err != nil {
				return err
			}
		}
		if err := rb.Put([]byte(u.Doc), encodeRecord(*u.Record)); err != nil {
			return err
		}
	}
	return nil
}

// RecordHash returns the content hash of doc's record, or "" when the
// store holds none.
func (s *Store) RecordHash(ctx context.Context, doc newsgraph.IRI) (_ string, err error) {
	defer s.guard(&err, debug.SetPanicOnFault(true))
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if s.sql != nil {
		return s.sql.recordHash(ctx, doc)
	}
	if s.db == nil {
		s.mem.Lock()
		defer s.mem.Unlock()
		return s.mem.records[doc].Hash, nil
	}
	var h string
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(recordBucket)
		if b == nil {
			return nil
		}
		v := b.Get([]byte(doc))
		if v == nil {
			return nil
		}
		f, ok := recordField(v, 1)
		if !ok {
			return corrupt("record of %s: bad field 1", doc)
		}
		h = string(f)
		return nil
	})
	return h, err
}

// Records calls fn for every record in canonical order (by Key, then
// document), with its Body when body is true.
func (s *Store) Records(ctx context.Context, body bool, fn func(newsgraph.Record) error) (err error) {
	if s.sql != nil {
		return s.sql.records(ctx, body, fn)
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	if s.db == nil {
		s.mem.Lock()
		recs := make([]newsgraph.Record, 0, len(s.mem.records))
		for _, r := range s.mem.records {
			if !body {
				r.Body = nil
			}
			recs = append(recs, r)
		}
		s.mem.Unlock()
		slices.SortFunc(recs, func(a, b newsgraph.Record) int {
			return cmpRecord(a.Key, a.Doc, b.Key, b.Doc)
		})
		for _, r := range recs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
	// The keys first, sorted; then each record, read in a transaction of
	// its own so that fn may take its time.
	type entry struct {
		key string
		doc newsgraph.IRI
	}
	var order []entry
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(recordBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			key, ok := recordField(v, 0)
			if !ok {
				return corrupt("record of %s: bad field 0", k)
			}
			order = append(order, entry{string(key), newsgraph.IRI(k)})
			return nil
		})
	})
	if err != nil {
		return err
	}
	slices.SortFunc(order, func(a, b entry) int { return cmpRecord(a.key, a.doc, b.key, b.doc) })
	for part := range slices.Chunk(order, 256) {
		if err := ctx.Err(); err != nil {
			return err
		}
		var recs []newsgraph.Record
		err := s.db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(recordBucket)
			for _, e := range part {
				var v []byte
				if b != nil {
					v = b.Get([]byte(e.doc))
				}
				if v == nil {
					continue // replaced meanwhile by nothing: gone
				}
				r, err := decodeRecord(e.doc, v, body)
				if err != nil {
					return err
				}
				recs = append(recs, r)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, r := range recs {
			if err := fn(r); err != nil {
				return err
			}
		}
	}
	return nil
}

func cmpRecord(ka string, da newsgraph.IRI, kb string, db newsgraph.IRI) int {
	if c := strings.Compare(ka, kb); c != 0 {
		return c
	}
	return strings.Compare(string(da), string(db))
}

// RecordBodies calls fn with the whole record of each of docs that the
// store holds.
func (s *Store) RecordBodies(ctx context.Context, docs []newsgraph.IRI, fn func(newsgraph.Record) error) (err error) {
	if s.sql != nil {
		return s.sql.readRecords(ctx, docs, true, fn)
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	var recs []newsgraph.Record
	if s.db == nil {
		s.mem.Lock()
		for _, d := range docs {
			if r, ok := s.mem.records[d]; ok {
				recs = append(recs, r)
			}
		}
		s.mem.Unlock()
	} else {
		err = s.db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(recordBucket)
			if b == nil {
				return nil
			}
			for _, d := range docs {
				v := b.Get([]byte(d))
				if v == nil {
					continue
				}
				r, err := decodeRecord(d, v, true)
				if err != nil {
					return err
				}
				recs = append(recs, r)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// RecordDocs returns the documents that have a record.
func (s *Store) RecordDocs(ctx context.Context) (_ map[newsgraph.IRI]bool, err error) {
	if s.sql != nil {
		return s.sql.recordDocs(ctx)
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	out := make(map[newsgraph.IRI]bool)
	if s.db == nil {
		s.mem.Lock()
		defer s.mem.Unlock()
		for d := range s.mem.records {
			out[d] = true
		}
		return out, nil
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(recordBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			out[newsgraph.IRI(k)] = true
			return nil
		})
	})
	return out, err
}

// DocumentHashes returns the hash of every document the store holds (see
// DocumentHash).
func (s *Store) DocumentHashes(ctx context.Context) (_ map[newsgraph.IRI]string, err error) {
	if s.sql != nil {
		return s.sql.documentHashes(ctx)
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	out := make(map[newsgraph.IRI]string)
	if s.db == nil {
		s.mem.Lock()
		defer s.mem.Unlock()
		for d, h := range s.mem.hashes {
			out[d] = h
		}
		return out, nil
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(hashBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			out[newsgraph.IRI(k)] = string(v)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read content hashes: %w", err)
	}
	return out, nil
}

// LockSettle lets one goroutine at a time settle the store: a Bolt store
// has one writing process, which holds the file; a SQL store is locked in
// the database, for every process that writes it.
func (s *Store) LockSettle(ctx context.Context) (func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if s.sql != nil {
		return s.sql.lockSettle(ctx)
	}
	s.settle.Lock()
	return s.settle.Unlock, nil
}
