package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"

	"github.com/newsgraph/newsgraph"
)

// The bulk loader writes the quads of documents the store does not hold yet
// straight into the key-value layout of Cayley's kv store (v0.7.7, data
// version 2), in one Bolt transaction per batch:
//
//	meta/horizon, meta/size   last ID given out, number of live quads (int64, little-endian)
//	log/<id>                  proto.Primitive of each node and quad (id: 8 bytes, big-endian)
//	v<h0><h1>/<hash>          node ID (uvarint) by the SHA-1 of the value
//	n<h0><h1>/<hash>          number of quad directions referring to the node (uvarint)
//	<index dirs>/<ids>        quad IDs (uvarints) by the node IDs of the index's directions
//
// Cayley's own writer (ApplyDeltas) does the same work per quad through
// several layers of maps and a key-value abstraction that looks each nested
// bucket up again for every key; profiling a 640,000-quad load showed two
// thirds of its time there and in the garbage it leaves. Here every value is
// hashed once per batch, buckets are looked up once, keys are written in
// order, and quads of new documents are never looked up: each of them
// carries a document-specific provenance label, so none can be in the
// store already. When a quad's four values all exist already (which a
// new document's quads never do) the batch is handed to Cayley's writer
// instead, which checks for duplicates.
//
// The result is the store Cayley's writer would have written, key for key,
// except for the timestamps in the log (TestBulkMatchesCayley).

// errNotNew reports that a bulk batch holds a quad whose values all exist
// already, so it may be in the store; Update then falls back to Cayley.
var errNotNew = errors.New("bulk load: quad may exist already")

var (
	metaBucket   = []byte("meta")
	logBucket    = []byte("log")
	keyHorizon   = []byte("horizon")
	keySize      = []byte("size")
	keyIndexMeta = []byte("indexes")
)

// bulkNode is one distinct value of a batch.
type bulkNode struct {
	hash cgraph.ValueHash
	val  quad.Value
	refs uint64
	id   uint64
	new  bool
}

// addNew writes the quads and content hashes of updates, documents the
// store does not hold, in one transaction, and returns how many quads it
// added.
func (s *Store) addNew(ctx context.Context, updates []newsgraph.DocQuads) (int, error) {
	n := 0
	for _, u := range updates {
		n += len(u.Quads)
	}
	if n == 0 {
		return 0, nil
	}

	// Every distinct value once, with the number of quad directions that
	// refer to it; refs[k][d] is the node of direction d of the k-th
	// distinct quad. Values are compared as Go values first, so that each
	// is hashed once; two values that differ in Go but hash alike (an IRI
	// and its Raw form) still become one node, as in Cayley.
	byVal := make(map[quad.Value]*bulkNode, n)
	byHash := make(map[cgraph.ValueHash]*bulkNode, n)
	seen := make(map[[4]*bulkNode]struct{}, n)
	refs := make([][4]*bulkNode, 0, n)
	var nodes []*bulkNode
	for _, u := range updates {
		for _, q := range u.Quads {
			var r [4]*bulkNode
			for d, dir := range quad.Directions {
				v := q.Get(dir)
				if v == nil {
					continue
				}
				nd := byVal[v]
				if nd == nil {
					h := cgraph.HashOf(v)
					if nd = byHash[h]; nd == nil {
						nd = &bulkNode{hash: h, val: v}
						byHash[h] = nd
						nodes = append(nodes, nd)
					}
					byVal[v] = nd
				}
				r[d] = nd
			}
			if _, dup := seen[r]; dup {
				continue
			}
			seen[r] = struct{}{}
			refs = append(refs, r)
			for _, nd := range r {
				if nd != nil {
					nd.refs++
				}
			}
		}
	}
	byVal, byHash, seen = nil, nil, nil
	slices.SortFunc(nodes, func(a, b *bulkNode) int { return bytes.Compare(a.hash[:], b.hash[:]) })
	if err := ctx.Err(); err != nil {
		return 0, err
	}

	err := s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		log := tx.Bucket(logBucket)
		if meta == nil || log == nil {
			return errors.New("not a Cayley kv store")
		}
		var indexes []ckv.QuadIndex
		if err := json.Unmarshal(meta.Get(keyIndexMeta), &indexes); err != nil || len(indexes) == 0 {
			return fmt.Errorf("read index list: %w", errors.Join(err, errNotNew))
		}
		horizon := metaInt(meta, keyHorizon)
		size := metaInt(meta, keySize)
		// The log and the indexes mostly grow at their ends (IDs only
		// increase), so full pages waste nothing.
		log.FillPercent = 0.95
		w := bulkWriter{tx: tx, buckets: make(map[[3]byte]*bolt.Bucket)}

		// Resolve the values the store holds; the rest are new.
		nNew := uint64(0)
		for _, nd := range nodes {
			b := w.valBucket('v', nd.hash)
			var v []byte
			if b != nil {
				v = b.Get(nd.hash[:])
			}
			if id, _ := binary.Uvarint(v); id != 0 {
				nd.id = id
				continue
			}
			nd.new = true
			nNew++
		}
		for _, r := range refs {
			old := true
			for _, nd := range r {
				if nd != nil && nd.new {
					old = false
					break
				}
			}
			if old {
				return errNotNew
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}

		// Reference counts first: a new store holds no value buckets yet,
		// and Bolt keeps the top-level buckets of a transaction in one
		// sorted in-memory node, so creating the "n…" buckets after the
		// "v…" ones would shift every "v…" bucket for each insertion
		// (half the load time of a first batch).
		for _, nd := range nodes {
			refs := nd.refs
			if b := w.valBucket('n', nd.hash); b != nil && !nd.new {
				old, _ := binary.Uvarint(b.Get(nd.hash[:]))
				refs += old
			}
			if err := w.put('n', nd.hash, w.uvarint(refs)); err != nil {
				return err
			}
		}

		// New nodes get IDs in hash order, then quads in input order, as
		// Cayley's writer gives them.
		now := time.Now().UnixNano()
		next := uint64(horizon)
		for _, nd := range nodes {
			if !nd.new {
				continue
			}
			next++
			nd.id = next
			val, err := pquads.MarshalValue(nd.val)
			if err != nil {
				return fmt.Errorf("encode %v: %w", nd.val, err)
			}
			p := proto.Primitive{ID: nd.id, Value: val, Timestamp: now}
			if err := w.log(log, &p); err != nil {
				return err
			}
			if err := w.put('v', nd.hash, w.uvarint(nd.id)); err != nil {
				return err
			}
		}
		first := next + 1
		links := make([]proto.Primitive, len(refs))
		for k, r := range refs {
			next++
			p := &links[k]
			p.ID, p.Timestamp = next, now
			for d, dir := range quad.Directions {
				if r[d] != nil {
					p.SetDirection(dir, r[d].id)
				}
			}
			if err := w.log(log, p); err != nil {
				return err
			}
			if k%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
		}
		for _, ind := range indexes {
			if err := w.index(ind, links, first, uint64(horizon)); err != nil {
				return err
			}
		}
		if err := putMetaInt(meta, keyHorizon, int64(next)); err != nil {
			return err
		}
		if err := putMetaInt(meta, keySize, size+int64(len(refs))); err != nil {
			return err
		}
		// The content hashes and texts, in the same transaction as the
		// quads.
		hb, err := tx.CreateBucketIfNotExists(hashBucket)
		if err != nil {
			return err
		}
		for _, u := range updates {
			if err := hb.Put([]byte(u.Doc), []byte(u.Hash)); err != nil {
				return err
			}
		}
		if err := putTexts(tx, updates, true); err != nil {
			return err
		}
		return putRecords(tx, updates)
	})
	if err != nil {
		if errors.Is(err, errNotNew) {
			return 0, errNotNew
		}
		return 0, fmt.Errorf("write %d quads: %w", len(refs), err)
	}
	releasePages(s.db)
	return len(refs), nil
}

// index appends the IDs of links (the first with ID first, in order) to
// the lists of index ind: keys in order, each list written once. A key
// that holds a node ID above horizon (a node new in this batch) cannot be
// in the index yet, so it is not looked up.
func (w *bulkWriter) index(ind ckv.QuadIndex, links []proto.Primitive, first, horizon uint64) error {
	name := ind.KeyFor(&proto.Primitive{})[0]
	b, err := w.tx.CreateBucketIfNotExists(name)
	if err != nil {
		return fmt.Errorf("index %s: %w", name, err)
	}
	b.FillPercent = 0.95
	// Keys as node IDs (big-endian on disk, so numeric order is key
	// order); ties by position keep the IDs of one key increasing.
	type entry struct {
		ids [4]uint64
		pos int32
	}
	entries := make([]entry, len(links))
	for i := range links {
		e := &entries[i]
		e.pos = int32(i)
		for j, d := range ind.Dirs {
			e.ids[j] = links[i].GetDirection(d)
		}
	}
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(slices.Compare(a.ids[:], b.ids[:]), cmp.Compare(a.pos, b.pos))
	})
	k := make([]byte, 8*len(ind.Dirs)) // reused: Bolt's Put copies keys (not values)
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].ids == entries[i].ids {
			j++
		}
		fresh := false
		for d := range ind.Dirs {
			id := entries[i].ids[d]
			binary.BigEndian.PutUint64(k[8*d:], id)
			fresh = fresh || id > horizon
		}
		var old []byte
		if !fresh {
			old = b.Get(k)
		}
		buf := make([]byte, len(old), len(old)+(j-i)*binary.MaxVarintLen64)
		copy(buf, old)
		for _, e := range entries[i:j] {
			buf = binary.AppendUvarint(buf, first+uint64(e.pos))
		}
		if err := b.Put(k, buf); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// bulkWriter caches the value buckets of one transaction and hands out
// buffers that stay untouched until the commit, as Bolt requires.
type bulkWriter struct {
	tx      *bolt.Tx
	buckets map[[3]byte]*bolt.Bucket
	arena   []byte
}

// valBucket returns the bucket of prefix kind ('v' or 'n') for hash h,
// or nil when it does not exist. Missing buckets are remembered too (as
// nil) until put creates them: a new store has none of its 131,072.
func (w *bulkWriter) valBucket(kind byte, h cgraph.ValueHash) *bolt.Bucket {
	name := [3]byte{kind, h[0], h[1]}
	if b, ok := w.buckets[name]; ok {
		return b
	}
	b := w.tx.Bucket(name[:])
	w.buckets[name] = b
	return b
}

// put writes key and val to the bucket of prefix kind for hash h, creating
// the bucket when needed.
func (w *bulkWriter) put(kind byte, h cgraph.ValueHash, val []byte) error {
	b := w.valBucket(kind, h)
	if b == nil {
		name := []byte{kind, h[0], h[1]}
		var err error
		if b, err = w.tx.CreateBucket(name); err != nil {
			return fmt.Errorf("create bucket %q: %w", name, err)
		}
		w.buckets[[3]byte(name)] = b
	}
	return b.Put(h[:], val)
}

// alloc returns n bytes of its own.
func (w *bulkWriter) alloc(n int) []byte {
	if len(w.arena) < n {
		w.arena = make([]byte, max(n, 1<<20))
	}
	b := w.arena[:n:n]
	w.arena = w.arena[n:]
	return b
}

func (w *bulkWriter) uvarint(x uint64) []byte {
	var buf [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(buf[:], x)
	b := w.alloc(n)
	copy(b, buf[:n])
	return b
}

// log writes p under its ID in the log bucket.
func (w *bulkWriter) log(b *bolt.Bucket, p *proto.Primitive) error {
	v := w.alloc(p.ProtoSize())
	if _, err := p.MarshalTo(v); err != nil {
		return fmt.Errorf("encode primitive %d: %w", p.ID, err)
	}
	k := w.alloc(8)
	binary.BigEndian.PutUint64(k, p.ID)
	return b.Put(k, v)
}

func metaInt(b *bolt.Bucket, key []byte) int64 {
	v := b.Get(key)
	if len(v) != 8 {
		return 0
	}
	return int64(binary.LittleEndian.Uint64(v))
}

func putMetaInt(b *bolt.Bucket, key []byte, n int64) error {
	v := make([]byte, 8)
	binary.LittleEndian.PutUint64(v, uint64(n))
	return b.Put(key, v)
}
