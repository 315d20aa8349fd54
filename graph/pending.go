package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"
	"slices"

	"github.com/boltdb/bolt"

	"github.com/newsgraph/newsgraph"
)

// keyPending, in Cayley's meta bucket, lists as JSON the documents whose
// update removed their old quads and may not have written their new ones:
// set before the removal, cleared after the addition. Cayley reads only
// its own keys of the bucket.
var keyPending = []byte("newsgraph.pending")

// markPending adds the documents add to the list of pending documents and
// removes the documents done from it, in one transaction; documents the
// store holds again (with a content hash) are dropped from the list.
func (s *Store) markPending(add, done []newsgraph.IRI) error {
	if s.db == nil {
		return nil
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		if meta == nil {
			return corrupt("no %s bucket", metaBucket)
		}
		list, err := readPending(meta)
		if err != nil {
			return err
		}
		var keep []newsgraph.IRI
		r, rerr := newReader(tx)
		for _, d := range list {
			if slices.Contains(done, d) || slices.Contains(add, d) {
				continue
			}
			if rerr == nil {
				if qs, err := r.objects(d, newsgraph.NGContentHash); err == nil && len(qs) > 0 {
					continue // written again since
				}
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
	})
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
		if err != nil || len(list) == 0 {
			return err
		}
		r, err := newReader(tx)
		if err != nil {
			return fmt.Errorf("read pending documents: %w", err)
		}
		for _, d := range list {
			qs, err := r.objects(d, newsgraph.NGContentHash)
			if err != nil {
				return err
			}
			if len(qs) == 0 {
				missing = append(missing, d)
			}
		}
		return nil
	})
	return missing, err
}
