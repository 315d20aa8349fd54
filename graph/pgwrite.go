package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/newsgraph/newsgraph"
)

// Writing a SQL store. Each Update is one transaction: the documents' rows
// of newsgraph_docs are locked (so that two builders given the same
// document take turns), their old quads are deleted, the values of the new
// quads are upserted into nodes with their reference counts, the new quads
// are copied into quads with COPY, the counts of values that lost quads
// are lowered and values no quad refers to any more are deleted, and the
// documents' hashes, records and texts are written. A process that dies
// leaves every document either as it was or fully updated.
//
// The values and quads of documents new to the store are written exactly
// as Cayley's writer writes them (the same rows, in the same order, so the
// same horizons; TestSQLBulkMatchesCayley), only in a few statements per
// batch instead of two per value and quad.

// hashKey is a quad's four value hashes (zero for no label).
type hashKey [4]cgraph.ValueHash

// sqlNode is one distinct value of a batch.
type sqlNode struct {
	hash cgraph.ValueHash
	val  quad.Value
	refs int // quad directions of the batch that refer to it
}

// sqlBatch is the new quads of one update, as hashes, and their values.
type sqlBatch struct {
	quads []hashKey
	nodes map[cgraph.ValueHash]*sqlNode
}

// newSQLBatch hashes qs, dropping duplicates.
func newSQLBatch(qs []quad.Quad) *sqlBatch {
	b := &sqlBatch{nodes: make(map[cgraph.ValueHash]*sqlNode, len(qs))}
	seen := make(map[hashKey]struct{}, len(qs))
	byVal := make(map[quad.Value]cgraph.ValueHash, len(qs))
	for _, q := range qs {
		var k hashKey
		for i, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			h, ok := byVal[v]
			if !ok {
				h = cgraph.HashOf(v)
				byVal[v] = h
			}
			k[i] = h
		}
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		b.quads = append(b.quads, k)
		for i, d := range quad.Directions {
			if !k[i].Valid() {
				continue
			}
			nd := b.nodes[k[i]]
			if nd == nil {
				nd = &sqlNode{hash: k[i], val: q.Get(d)}
				b.nodes[k[i]] = nd
			}
			nd.refs++
		}
	}
	return b
}

// sortedNodes returns the batch's values by hash: writers that upsert
// values in one order cannot deadlock each other.
func (b *sqlBatch) sortedNodes() []*sqlNode {
	out := make([]*sqlNode, 0, len(b.nodes))
	for _, nd := range b.nodes {
		out = append(out, nd)
	}
	slices.SortFunc(out, func(x, y *sqlNode) int { return bytes.Compare(x.hash[:], y.hash[:]) })
	return out
}

// hashArg is a value hash as a SQL argument (NULL for none).
func hashArg(h cgraph.ValueHash) []byte {
	if !h.Valid() {
		return nil
	}
	return h[:]
}

// nodeColumns holds the columns of values to upsert, one slice per column.
type nodeColumns struct {
	hash                    [][]byte
	refs                    []int32
	value                   [][]byte
	str, datatype, language []*string
	iri, bnode, vbool       []*bool
	vint                    []*int64
	vfloat                  []*float64
	vtime                   []*time.Time
}

// add appends the columns of v (as Cayley writes them: csql.NodeValues)
// with the reference count refs.
func (c *nodeColumns) add(h cgraph.ValueHash, v quad.Value, refs int) error {
	typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, v)
	if err != nil {
		return fmt.Errorf("encode %v: %w", v, err)
	}
	c.hash = append(c.hash, h[:])
	c.refs = append(c.refs, int32(refs))
	var (
		value        []byte
		str, dt, lng *string
		iri, bn, vb  *bool
		vi           *int64
		vf           *float64
		vt           *time.Time
	)
	for i, col := range typ.Columns() {
		x := vals[i+1]
		switch col {
		case "value":
			value, _ = x.([]byte)
		case "value_string", "datatype", "language":
			s, ok := x.(string)
			if !ok {
				return fmt.Errorf("encode %v: column %s holds %T", v, col, x)
			}
			switch col {
			case "value_string":
				str = &s
			case "datatype":
				dt = &s
			default:
				lng = &s
			}
		case "iri", "bnode", "value_bool":
			b, ok := x.(bool)
			if !ok {
				return fmt.Errorf("encode %v: column %s holds %T", v, col, x)
			}
			switch col {
			case "iri":
				iri = &b
			case "bnode":
				bn = &b
			default:
				vb = &b
			}
		case "value_int":
			n, ok := x.(int64)
			if !ok {
				return fmt.Errorf("encode %v: column %s holds %T", v, col, x)
			}
			vi = &n
		case "value_float":
			f, ok := x.(float64)
			if !ok {
				return fmt.Errorf("encode %v: column %s holds %T", v, col, x)
			}
			vf = &f
		case "value_time":
			t, ok := x.(time.Time)
			if !ok {
				return fmt.Errorf("encode %v: column %s holds %T", v, col, x)
			}
			vt = &t
		default:
			return fmt.Errorf("encode %v: unknown column %s", v, col)
		}
	}
	c.value = append(c.value, value)
	c.str, c.datatype, c.language = append(c.str, str), append(c.datatype, dt), append(c.language, lng)
	c.iri, c.bnode, c.vbool = append(c.iri, iri), append(c.bnode, bn), append(c.vbool, vb)
	c.vint, c.vfloat, c.vtime = append(c.vint, vi), append(c.vfloat, vf), append(c.vtime, vt)
	return nil
}

// upsertNodes writes the values of c: new ones with their counts, and the
// counts of those the store holds raised by theirs (onConflict "add"), or
// left as they are ("keep").
func upsertNodes(ctx context.Context, tx pgx.Tx, c *nodeColumns, keep bool) error {
	if len(c.hash) == 0 {
		return nil
	}
	conflict := `DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
	if keep {
		conflict = `DO NOTHING`
	}
	_, err := tx.Exec(ctx, `INSERT INTO nodes (hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)
		SELECT * FROM unnest($1::bytea[], $2::int4[], $3::bytea[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::bool[], $9::int8[], $10::bool[], $11::float8[], $12::timestamptz[])
		ON CONFLICT (hash) `+conflict,
		c.hash, c.refs, c.value, c.str, c.datatype, c.language, c.iri, c.bnode, c.vint, c.vbool, c.vfloat, c.vtime)
	if err != nil {
		return fmt.Errorf("write %d values: %w", len(c.hash), err)
	}
	return nil
}

// afterCopy, when set (by tests only), runs in a writing transaction
// between the COPY of its quads and the upsert of their values.
var afterCopy func()

// errConflict reports a new quad that the store holds already: the
// update is then done again the careful way.
var errConflict = errors.New("a new quad is in the store already")

// copyQuads appends quads to the quads table: COPY in PostgreSQL, one
// multi-row INSERT in CockroachDB. A quad the store holds already fails
// it with errConflict.
func (s *sqlStore) copyQuads(ctx context.Context, tx pgx.Tx, quads []hashKey) error {
	if len(quads) == 0 {
		return nil
	}
	now := time.Now()
	var err error
	if s.flavor == Cockroach {
		cols := make([][][]byte, 4)
		for _, k := range quads {
			for i := range cols {
				cols[i] = append(cols[i], hashArg(k[i]))
			}
		}
		_, err = tx.Exec(ctx, `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
			SELECT s, p, o, l, $5::timestamp FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS t(s, p, o, l)`,
			cols[0], cols[1], cols[2], cols[3], now)
	} else {
		_, err = tx.CopyFrom(ctx, pgx.Identifier{"quads"}, []string{"subject_hash", "predicate_hash", "object_hash", "label_hash", "ts"},
			pgx.CopyFromSlice(len(quads), func(i int) ([]any, error) {
				k := &quads[i]
				return []any{hashArg(k[0]), hashArg(k[1]), hashArg(k[2]), hashArg(k[3]), now}, nil
			}))
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" {
		return errConflict
	}
	if err != nil {
		return fmt.Errorf("write %d quads: %w", len(quads), err)
	}
	return nil
}

// insertQuads adds the quads the store does not hold yet, and returns
// those it added.
func insertQuads(ctx context.Context, tx pgx.Tx, quads []hashKey) ([]hashKey, error) {
	if len(quads) == 0 {
		return nil, nil
	}
	cols := make([][][]byte, 4)
	for _, k := range quads {
		for i := range cols {
			cols[i] = append(cols[i], hashArg(k[i]))
		}
	}
	rows, err := tx.Query(ctx, `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, l, now() FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) WITH ORDINALITY AS t(s, p, o, l, n) ORDER BY n
		ON CONFLICT DO NOTHING
		RETURNING subject_hash, predicate_hash, object_hash, label_hash`, cols[0], cols[1], cols[2], cols[3])
	if err != nil {
		return nil, fmt.Errorf("write %d quads: %w", len(quads), err)
	}
	added, err := scanHashKeys(rows)
	if err != nil {
		return nil, fmt.Errorf("write %d quads: %w", len(quads), err)
	}
	return added, nil
}

// scanHashKeys reads rows of four hashes.
func scanHashKeys(rows pgx.Rows) ([]hashKey, error) {
	defer rows.Close()
	var out []hashKey
	var raw [4][]byte
	for rows.Next() {
		if err := rows.Scan(&raw[0], &raw[1], &raw[2], &raw[3]); err != nil {
			return nil, err
		}
		var k hashKey
		for i, b := range raw {
			if b == nil {
				continue
			}
			if len(b) != len(k[i]) {
				return nil, corrupt("a quad refers to a value hash of %d bytes", len(b))
			}
			copy(k[i][:], b)
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// deleteDocuments deletes the quads of docs (what newsgraph.DocumentQuads
// reads: the quads under each document's labels, and the labels' and
// statements' descriptions in the provenance graph) and returns them.
func deleteDocuments(ctx context.Context, tx pgx.Tx, docs []newsgraph.IRI) ([]hashKey, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	dh := make([][]byte, len(docs))
	for i, d := range docs {
		h := cgraph.HashOf(d)
		dh[i] = h[:]
	}
	derived, evidence := cgraph.HashOf(newsgraph.ProvWasDerivedFrom), cgraph.HashOf(newsgraph.NGEvidence)
	rows, err := tx.Query(ctx, `WITH labels AS (
			SELECT DISTINCT subject_hash AS h FROM quads WHERE predicate_hash = $2 AND object_hash = ANY($1::bytea[])
		), stmts AS (
			SELECT DISTINCT subject_hash AS h FROM quads WHERE predicate_hash = $3 AND object_hash IN (SELECT h FROM labels)
		), under AS (
			DELETE FROM quads WHERE label_hash IN (SELECT h FROM labels) AND label_hash IS NOT NULL AND label_hash <> `+provHash+`
			RETURNING subject_hash, predicate_hash, object_hash, label_hash
		), described AS (
			DELETE FROM quads WHERE label_hash = `+provHash+` AND subject_hash IN (SELECT h FROM labels UNION SELECT h FROM stmts)
			RETURNING subject_hash, predicate_hash, object_hash, label_hash
		)
		SELECT * FROM under UNION ALL SELECT * FROM described`, dh, derived[:], evidence[:])
	if err != nil {
		return nil, fmt.Errorf("delete the old quads of %d documents: %w", len(docs), err)
	}
	old, err := scanHashKeys(rows)
	if err != nil {
		return nil, fmt.Errorf("delete the old quads of %d documents: %w", len(docs), err)
	}
	return old, nil
}

// adjustRefs adds delta[h] to the count of each value h, then deletes the
// values no quad refers to any more.
func adjustRefs(ctx context.Context, tx pgx.Tx, delta map[cgraph.ValueHash]int) error {
	if len(delta) == 0 {
		return nil
	}
	hs := make([]cgraph.ValueHash, 0, len(delta))
	for h, d := range delta {
		if d != 0 {
			hs = append(hs, h)
		}
	}
	if len(hs) == 0 {
		return nil
	}
	slices.SortFunc(hs, func(a, b cgraph.ValueHash) int { return bytes.Compare(a[:], b[:]) })
	keys := make([][]byte, len(hs))
	ds := make([]int32, len(hs))
	for i, h := range hs {
		keys[i], ds[i] = h[:], int32(delta[h])
	}
	if _, err := tx.Exec(ctx, `UPDATE nodes SET refs = nodes.refs + d.n FROM unnest($1::bytea[], $2::int4[]) AS d(h, n) WHERE nodes.hash = d.h`, keys, ds); err != nil {
		return fmt.Errorf("update the counts of %d values: %w", len(keys), err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM nodes WHERE hash = ANY($1::bytea[]) AND refs <= 0`, keys); err != nil {
		return fmt.Errorf("delete unused values: %w", err)
	}
	return nil
}

// update replaces the quads, hashes, records and texts of the documents
// of updates, in one transaction.
func (s *sqlStore) update(ctx context.Context, updates []newsgraph.DocQuads) (newsgraph.Changes, error) {
	if len(updates) == 0 {
		return newsgraph.Changes{}, nil
	}
	var all []quad.Quad
	for _, u := range updates {
		all = append(all, u.Quads...)
	}
	batch := newSQLBatch(all)
	var ch newsgraph.Changes
	careful := false
	for {
		err := s.inTx(ctx, func(tx pgx.Tx) error {
			var err error
			ch, err = s.updateTx(ctx, tx, updates, batch, careful)
			return err
		})
		if errors.Is(err, errConflict) && !careful {
			careful = true
			continue
		}
		if err != nil {
			return newsgraph.Changes{}, s.fail("update", err)
		}
		return ch, nil
	}
}

// inTx runs fn in a transaction, again while the server asks to retry it:
// a serialization failure (CockroachDB's cue) or a deadlock that
// PostgreSQL broke by aborting this transaction (two builders replacing
// documents that share values can lock the values' rows in two
// statements each, in opposite orders).
func (s *sqlStore) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	for try := 0; ; try++ {
		err := pgx.BeginFunc(ctx, s.pool, fn)
		var pe *pgconn.PgError
		if try < 10 && errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01") {
			continue
		}
		return err
	}
}

func (s *sqlStore) updateTx(ctx context.Context, tx pgx.Tx, updates []newsgraph.DocQuads, batch *sqlBatch, careful bool) (newsgraph.Changes, error) {
	docs := make([]string, len(updates))
	for i, u := range updates {
		docs[i] = string(u.Doc)
	}
	slices.Sort(docs)
	// The documents' rows, locked in order: two writers given the same
	// documents take turns instead of deadlocking.
	if _, err := tx.Exec(ctx, `INSERT INTO newsgraph_docs (doc) SELECT unnest($1::text[]) ON CONFLICT (doc) DO NOTHING`, docs); err != nil {
		return newsgraph.Changes{}, fmt.Errorf("lock the documents: %w", err)
	}
	rows, err := tx.Query(ctx, `SELECT doc FROM newsgraph_docs WHERE doc = ANY($1::text[]) AND graph_hash IS NOT NULL ORDER BY doc FOR UPDATE`, docs)
	if err != nil {
		return newsgraph.Changes{}, fmt.Errorf("lock the documents: %w", err)
	}
	held, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return newsgraph.Changes{}, fmt.Errorf("lock the documents: %w", err)
	}
	fresh := len(held) == 0
	for _, u := range updates {
		fresh = fresh && u.New && u.Quads != nil
	}
	var old []hashKey
	if !fresh || careful {
		iris := make([]newsgraph.IRI, len(updates))
		for i, u := range updates {
			iris[i] = u.Doc
		}
		if old, err = deleteDocuments(ctx, tx, iris); err != nil {
			return newsgraph.Changes{}, err
		}
	}
	delta := make(map[cgraph.ValueHash]int)
	for _, k := range old {
		for _, h := range k {
			if h.Valid() {
				delta[h]--
			}
		}
	}
	var cols nodeColumns
	added := batch.quads
	if !careful {
		// The quads with COPY, then the values with their final counts.
		// Upserting a value locks its row until the transaction ends, and
		// builders writing at once share many values (every predicate,
		// the provenance graph's label): written last, they are held for
		// the end of the transaction only instead of during the COPY, and
		// another builder's transaction waits that long at most. With no
		// foreign keys the order is invisible to other transactions.
		if err := s.copyQuads(ctx, tx, batch.quads); err != nil {
			return newsgraph.Changes{}, err
		}
		if afterCopy != nil {
			afterCopy()
		}
		for _, nd := range batch.sortedNodes() {
			if err := cols.add(nd.hash, nd.val, nd.refs+delta[nd.hash]); err != nil {
				return newsgraph.Changes{}, err
			}
			delete(delta, nd.hash)
		}
		if err := upsertNodes(ctx, tx, &cols, false); err != nil {
			return newsgraph.Changes{}, err
		}
	} else {
		// Values first with no count, then the quads the store does not
		// hold, then the counts of what was added.
		for _, nd := range batch.sortedNodes() {
			if err := cols.add(nd.hash, nd.val, 0); err != nil {
				return newsgraph.Changes{}, err
			}
		}
		if err := upsertNodes(ctx, tx, &cols, true); err != nil {
			return newsgraph.Changes{}, err
		}
		if added, err = insertQuads(ctx, tx, batch.quads); err != nil {
			return newsgraph.Changes{}, err
		}
		for _, k := range added {
			for _, h := range k {
				if h.Valid() {
					delta[h]++
				}
			}
		}
		for _, nd := range batch.nodes {
			if _, ok := delta[nd.hash]; !ok {
				delta[nd.hash] = 0 // written with no count: delete it unless used
			}
		}
	}
	if err := adjustRefs(ctx, tx, delta); err != nil {
		return newsgraph.Changes{}, err
	}
	if careful {
		// Values written with no count that no quad uses.
		var unused [][]byte
		for h, d := range delta {
			if d == 0 {
				unused = append(unused, h[:])
			}
		}
		if len(unused) > 0 {
			if _, err := tx.Exec(ctx, `DELETE FROM nodes WHERE hash = ANY($1::bytea[]) AND refs <= 0`, unused); err != nil {
				return newsgraph.Changes{}, fmt.Errorf("delete unused values: %w", err)
			}
		}
	}
	if err := writeDocRows(ctx, tx, updates); err != nil {
		return newsgraph.Changes{}, err
	}
	// Changes as the Bolt store counts them: quads in both the old and new
	// versions of a document count as neither added nor removed.
	oldSet := make(map[hashKey]int, len(old))
	for _, k := range old {
		oldSet[k]++
	}
	common := 0
	for _, k := range added {
		if oldSet[k] > 0 {
			oldSet[k]--
			common++
		}
	}
	return newsgraph.Changes{Added: len(added) - common, Removed: len(old) - common}, nil
}

// writeDocRows writes the graph hashes, records and texts of updates: a
// document's text is kept when it has quads and a text, and removed
// otherwise, as its hash is when it has no quads (putTexts does the same
// in a Bolt store).
func writeDocRows(ctx context.Context, tx pgx.Tx, updates []newsgraph.DocQuads) error {
	var docs []string
	var hashes []*string
	var texts [][]byte
	var rdocs, keys, rhashes, sums []string
	var heads, bodies [][]byte
	for _, u := range updates {
		docs = append(docs, string(u.Doc))
		if u.Quads != nil {
			h := u.Hash
			hashes = append(hashes, &h)
		} else {
			hashes = append(hashes, nil)
		}
		var text []byte
		if u.Quads != nil && u.Text != nil {
			var err error
			if text, err = encodeText(u.Text); err != nil {
				return fmt.Errorf("encode the text of %s: %w", u.Doc, err)
			}
		}
		texts = append(texts, text)
		if r := u.Record; r != nil {
			rdocs = append(rdocs, string(u.Doc))
			keys, rhashes, sums = append(keys, r.Key), append(rhashes, r.Hash), append(sums, r.Sum)
			heads, bodies = append(heads, r.Head), append(bodies, r.Body)
		}
	}
	_, err := tx.Exec(ctx, `UPDATE newsgraph_docs SET graph_hash = d.h, `+textColumn+` = d.t
		FROM unnest($1::text[], $2::text[], $3::bytea[]) AS d(doc, h, t) WHERE newsgraph_docs.doc = d.doc`, docs, hashes, texts)
	if err != nil {
		return fmt.Errorf("write document hashes and texts: %w", err)
	}
	if len(rdocs) == 0 {
		return nil
	}
	_, err = tx.Exec(ctx, `UPDATE newsgraph_docs SET rec_key = d.k, rec_hash = d.h, rec_sum = d.s, rec_head = d.hd, rec_body = d.b
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bytea[], $6::bytea[]) AS d(doc, k, h, s, hd, b)
		WHERE newsgraph_docs.doc = d.doc`, rdocs, keys, rhashes, sums, heads, bodies)
	if err != nil {
		return fmt.Errorf("write document records: %w", err)
	}
	return nil
}

// add writes the quads of qs that the store does not hold, in one
// transaction.
func (s *sqlStore) add(ctx context.Context, qs []quad.Quad) error {
	batch := newSQLBatch(qs)
	return s.fail(fmt.Sprintf("write %d quads", len(batch.quads)), s.inTx(ctx, func(tx pgx.Tx) error {
		var cols nodeColumns
		for _, nd := range batch.sortedNodes() {
			if err := cols.add(nd.hash, nd.val, 0); err != nil {
				return err
			}
		}
		if err := upsertNodes(ctx, tx, &cols, true); err != nil {
			return err
		}
		added, err := insertQuads(ctx, tx, batch.quads)
		if err != nil {
			return err
		}
		delta := make(map[cgraph.ValueHash]int)
		for h := range batch.nodes {
			delta[h] = 0
		}
		for _, k := range added {
			for _, h := range k {
				if h.Valid() {
					delta[h]++
				}
			}
		}
		if err := adjustRefs(ctx, tx, delta); err != nil {
			return err
		}
		var unused [][]byte
		for h, d := range delta {
			if d == 0 {
				unused = append(unused, h[:])
			}
		}
		if len(unused) > 0 {
			if _, err := tx.Exec(ctx, `DELETE FROM nodes WHERE hash = ANY($1::bytea[]) AND refs <= 0`, unused); err != nil {
				return fmt.Errorf("delete unused values: %w", err)
			}
		}
		return nil
	}))
}
