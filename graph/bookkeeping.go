package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"
	"slices"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// A build's bookkeeping lives beside the graph, not in it, so that exports
// and queries see the user's data only: the content hash of each document
// (newsgraph.ContentHash) in its own Bolt bucket, and the documents of an
// interrupted update in Cayley's meta bucket. A Memory store keeps the
// hashes in a map. Document texts are kept the same way (texts.go).

// hashBucket maps each document IRI to its content hash. Cayley reads only
// its own buckets.
var hashBucket = []byte("newsgraph.hashes")

// keyPending, in Cayley's meta bucket, lists as JSON the documents whose
// update removed their old quads and may not have written their new ones:
// set before the removal, cleared after the addition. Cayley reads only
// its own keys of the bucket.
var keyPending = []byte("newsgraph.pending")

// legacyContentHash is the predicate under which stores written before
// the hash bucket kept content hashes, as quads of the graph.
const legacyContentHash = quad.IRI(newsgraph.VocabNS + "contentHash")

// setHashes removes the content hash of every document of updates, or,
// with write, stores the new hash of those that have quads and the new
// record of those that carry one; in the same
// transaction it adds the documents add to the list of pending documents
// and removes the documents done from it (documents that have a hash
// again are dropped from the list too).
func (s *Store) setHashes(updates []newsgraph.DocQuads, write bool, add, done []newsgraph.IRI) error {
	if s.db == nil {
		s.mem.Lock()
		defer s.mem.Unlock()
		for _, u := range updates {
			delete(s.mem.hashes, u.Doc)
			if write && u.Quads != nil {
				s.mem.hashes[u.Doc] = u.Hash
			}
			if write && u.Record != nil {
				s.mem.records[u.Doc] = *u.Record
			}
		}
		s.setMemTexts(updates, write)
		return nil
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		hb, err := tx.CreateBucketIfNotExists(hashBucket)
		if err != nil {
			return err
		}
		for _, u := range updates {
			if write && u.Quads != nil {
				err = hb.Put([]byte(u.Doc), []byte(u.Hash))
			} else {
				err = hb.Delete([]byte(u.Doc))
			}
			if err != nil {
				return err
			}
		}
		if err := putTexts(tx, updates, write); err != nil {
			return err
		}
		if write {
			if err := putRecords(tx, updates); err != nil {
				return err
			}
		}
		if len(add) == 0 && len(done) == 0 {
			return nil
		}
		return updatePending(tx, hb, add, done)
	})
	if err != nil {
		return fmt.Errorf("write content hashes: %w", err)
	}
	return nil
}

// updatePending adds the documents add to the list of pending documents
// and removes the documents done from it; documents the store holds again
// (with a content hash in hb) are dropped from the list.
func updatePending(tx *bolt.Tx, hb *bolt.Bucket, add, done []newsgraph.IRI) error {
	meta := tx.Bucket(metaBucket)
	if meta == nil {
		return corrupt("no %s bucket", metaBucket)
	}
	list, err := readPending(meta)
	if err != nil {
		return err
	}
	var keep []newsgraph.IRI
	for _, d := range list {
		if slices.Contains(done, d) || slices.Contains(add, d) || hb.Get([]byte(d)) != nil {
			continue
		}
		keep = append(keep, d)
	}
	keep = append(keep, add...)
	if len(keep) == 0 {
		return meta.Delete(keyPending)
	}
	data, err := json.Marshal(keep)
	if err != nil {
		return err
	}
	return meta.Put(keyPending, data)
}

func readPending(meta *bolt.Bucket) ([]newsgraph.IRI, error) {
	data := meta.Get(keyPending)
	if data == nil {
		return nil, nil
	}
	var list []newsgraph.IRI
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, corrupt("meta/%s: %w", keyPending, err)
	}
	return list, nil
}

// Pending returns the documents that an update removed and did not write
// again, because the process died between the update's two transactions or
// the second failed (a full disk): they are missing from the store until a
// build writes them. A store without such documents returns none.
func (s *Store) Pending(ctx context.Context) (missing []newsgraph.IRI, err error) {
	if s.db == nil {
		return nil, nil
	}
	defer s.guard(&err, debug.SetPanicOnFault(true))
	err = s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		if meta == nil {
			return nil
		}
		list, err := readPending(meta)
		if err != nil {
			return err
		}
		hb := tx.Bucket(hashBucket)
		for _, d := range list {
			if hb == nil || hb.Get([]byte(d)) == nil {
				missing = append(missing, d)
			}
		}
		return nil
	})
	return missing, err
}

// migrateHashes moves the content hashes of a store written before the
// hash bucket out of the graph: into the bucket, then their quads
// removed. A process killed in between leaves them in both places, and the
// next open finishes the move.
func (s *Store) migrateHashes(ctx context.Context) error {
	var old []quad.Quad
	err := s.Find(ctx, quad.Predicate, []quad.Value{legacyContentHash}, func(q quad.Quad) error {
		old = append(old, q)
		return nil
	})
	if err != nil || len(old) == 0 {
		return err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		hb, err := tx.CreateBucketIfNotExists(hashBucket)
		if err != nil {
			return err
		}
		for _, q := range old {
			if iri, ok := q.Subject.(quad.IRI); ok {
				if err := hb.Put([]byte(iri), []byte(newsgraph.Lexical(q.Object))); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("move content hashes out of the graph: %w", err)
	}
	deltas := make([]cgraph.Delta, len(old))
	for i, q := range old {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
	}
	return s.apply(deltas)
}
