package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph"
)

// Reading a SQL store. Quads are read in horizon order (the order they
// were written) through a cursor, a few thousand at a time, in one
// read-only snapshot; the values they refer to are looked up by hash in
// batches and kept for the rest of the read. Cayley's own iterators look
// every value up in a query of its own.

// readChunk is how many quads a cursor fetch returns.
const readChunk = 5000

// eachQuad calls fn for every quad the query (which selects the four
// hashes of quads, ordered) returns, with args.
func (s *sqlStore) eachQuad(ctx context.Context, query string, args []any, fn func(quad.Quad) error) error {
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DECLARE newsgraph_quads NO SCROLL CURSOR FOR `+query, args...); err != nil {
			return err
		}
		vals := make(map[cgraph.ValueHash]quad.Value)
		for {
			rows, err := tx.Query(ctx, fmt.Sprintf(`FETCH %d FROM newsgraph_quads`, readChunk))
			if err != nil {
				return err
			}
			keys, err := scanHashKeys(rows)
			if err != nil {
				return err
			}
			if len(keys) == 0 {
				return nil
			}
			if err := lookupValues(ctx, tx, keys, vals); err != nil {
				return err
			}
			for _, k := range keys {
				var q quad.Quad
				for i, d := range quad.Directions {
					if k[i].Valid() {
						q.Set(d, vals[k[i]])
					}
				}
				if err := fn(q); err != nil {
					return err
				}
			}
			if len(keys) < readChunk {
				return nil
			}
		}
	})
	return err
}

// lookupValues adds to vals the values of keys it lacks.
func lookupValues(ctx context.Context, tx pgx.Tx, keys []hashKey, vals map[cgraph.ValueHash]quad.Value) error {
	var missing [][]byte
	asked := make(map[cgraph.ValueHash]bool)
	for _, k := range keys {
		for _, h := range k {
			if h.Valid() && !asked[h] {
				if _, ok := vals[h]; !ok {
					asked[h] = true
					missing = append(missing, slices.Clone(h[:]))
				}
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, `SELECT hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time
		FROM nodes WHERE hash = ANY($1::bytea[])`, missing)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			hash, value             []byte
			str, datatype, language *string
			iri, bnode, vbool       *bool
			vint                    *int64
			vfloat                  *float64
			vtime                   *time.Time
		)
		if err := rows.Scan(&hash, &value, &str, &datatype, &language, &iri, &bnode, &vint, &vbool, &vfloat, &vtime); err != nil {
			return err
		}
		var h cgraph.ValueHash
		if len(hash) != len(h) {
			return corrupt("value hash of %d bytes", len(hash))
		}
		copy(h[:], hash)
		v, err := nodeValue(value, str, datatype, language, iri, bnode, vint, vbool, vfloat, vtime)
		if err != nil {
			return corrupt("value %x: %w", hash, err)
		}
		if got := cgraph.HashOf(v); got != h {
			return corrupt("value %x holds %v, whose hash is %x", hash, v, got[:])
		}
		vals[h] = v
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, m := range missing {
		if _, ok := vals[cgraph.ValueHash(m)]; !ok {
			return corrupt("a quad refers to value %x, which nodes does not hold", m)
		}
	}
	return nil
}

// nodeValue decodes the columns of a value as Cayley's SQL store writes
// them (csql.NodeValues).
func nodeValue(value []byte, str, datatype, language *string, iri, bnode *bool, vint *int64, vbool *bool, vfloat *float64, vtime *time.Time) (quad.Value, error) {
	switch {
	case str != nil:
		switch {
		case iri != nil && *iri:
			return quad.IRI(*str), nil
		case bnode != nil && *bnode:
			return quad.BNode(*str), nil
		}
		// Cayley writes NUL bytes of literals as the four characters \x00.
		text := quad.String(strings.ReplaceAll(*str, `\x00`, "\x00"))
		switch {
		case language != nil:
			return quad.LangString{Value: text, Lang: *language}, nil
		case datatype != nil:
			return quad.TypedString{Value: text, Type: quad.IRI(*datatype)}, nil
		}
		return text, nil
	case vint != nil:
		return quad.Int(*vint), nil
	case vbool != nil:
		return quad.Bool(*vbool), nil
	case vfloat != nil:
		return quad.Float(*vfloat), nil
	case vtime != nil:
		return quad.Time(*vtime), nil
	case value != nil:
		return pquads.UnmarshalValue(value)
	}
	return nil, errors.New("no column holds a value")
}

// each calls fn for every quad, in the order they were written.
func (s *sqlStore) each(ctx context.Context, fn func(quad.Quad) error) error {
	return s.fail("read quads", s.eachQuad(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads ORDER BY horizon`, nil, fn))
}

// find calls fn for every quad whose direction d holds one of vals.
func (s *sqlStore) find(ctx context.Context, d quad.Direction, vals []quad.Value, fn func(quad.Quad) error) error {
	if len(vals) == 0 {
		return nil
	}
	col := map[quad.Direction]string{quad.Subject: "subject_hash", quad.Predicate: "predicate_hash", quad.Object: "object_hash", quad.Label: "label_hash"}[d]
	if col == "" {
		return fmt.Errorf("find: unknown direction %v", d)
	}
	hs := make([][]byte, 0, len(vals))
	for _, v := range vals {
		if v == nil {
			continue
		}
		h := cgraph.HashOf(v)
		hs = append(hs, h[:])
	}
	cond := col + ` = ANY($1::bytea[])`
	if d == quad.Label {
		// The label index leaves out the provenance graph's label, which
		// half of all quads carry: those are read by a scan of their own.
		prov := cgraph.HashOf(newsgraph.ProvenanceGraph)
		others := slices.DeleteFunc(slices.Clone(hs), func(h []byte) bool { return string(h) == string(prov[:]) })
		if len(others) < len(hs) {
			err := s.eachQuad(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads WHERE label_hash = `+provHash+` ORDER BY horizon`, nil, fn)
			if err != nil || len(others) == 0 {
				return s.fail("read quads", err)
			}
		}
		hs = others
		cond = `label_hash = ANY($1::bytea[]) AND label_hash <> ` + provHash
	}
	return s.fail("read quads", s.eachQuad(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads WHERE `+cond+` ORDER BY horizon`, []any{hs}, fn))
}

// size returns the number of quads.
func (s *sqlStore) size(ctx context.Context) (int64, error) {
	var n int64
	err := s.pool.QueryRow(ctx, `SELECT count(*) FROM quads`).Scan(&n)
	return n, s.fail("count quads", err)
}

// documentHash returns the graph hash of doc, "" when it has none.
func (s *sqlStore) documentHash(ctx context.Context, doc newsgraph.IRI) (string, error) {
	var h *string
	err := s.pool.QueryRow(ctx, `SELECT graph_hash FROM newsgraph_docs WHERE doc = $1`, string(doc)).Scan(&h)
	if errors.Is(err, pgx.ErrNoRows) || err == nil && h == nil {
		return "", nil
	}
	if err != nil {
		return "", s.fail("read the hash of "+string(doc), err)
	}
	return *h, nil
}

// documentHashes returns the graph hash of every document that has one.
func (s *sqlStore) documentHashes(ctx context.Context) (map[newsgraph.IRI]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT doc, graph_hash FROM newsgraph_docs WHERE graph_hash IS NOT NULL`)
	if err != nil {
		return nil, s.fail("read document hashes", err)
	}
	defer rows.Close()
	out := make(map[newsgraph.IRI]string)
	for rows.Next() {
		var d, h string
		if err := rows.Scan(&d, &h); err != nil {
			return nil, s.fail("read document hashes", err)
		}
		out[newsgraph.IRI(d)] = h
	}
	return out, s.fail("read document hashes", rows.Err())
}

// documentText returns the text of doc; ok is false when the store holds
// none.
func (s *sqlStore) documentText(ctx context.Context, doc newsgraph.IRI) (_ newsgraph.DocText, ok bool, err error) {
	if s.noTexts {
		return newsgraph.DocText{}, false, nil
	}
	var data []byte
	err = s.pool.QueryRow(ctx, `SELECT `+textColumn+` FROM newsgraph_docs WHERE doc = $1`, string(doc)).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) || err == nil && data == nil {
		return newsgraph.DocText{}, false, nil
	}
	if err != nil {
		return newsgraph.DocText{}, false, s.fail("read the text of "+string(doc), err)
	}
	t, err := decodeText(textPlace(doc), data)
	if err != nil {
		return newsgraph.DocText{}, false, err
	}
	return t, true, nil
}

// textPlace names the text of doc in a SQL store's messages.
func textPlace(doc newsgraph.IRI) string {
	return "newsgraph_docs." + textColumn + " of " + string(doc)
}

// recordDocs returns the documents that have a record.
func (s *sqlStore) recordDocs(ctx context.Context) (map[newsgraph.IRI]bool, error) {
	rows, err := s.pool.Query(ctx, `SELECT doc FROM newsgraph_docs WHERE rec_hash IS NOT NULL`)
	if err != nil {
		return nil, s.fail("read records", err)
	}
	docs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, s.fail("read records", err)
	}
	out := make(map[newsgraph.IRI]bool, len(docs))
	for _, d := range docs {
		out[newsgraph.IRI(d)] = true
	}
	return out, nil
}

// recordHash returns the content hash of doc's record.
func (s *sqlStore) recordHash(ctx context.Context, doc newsgraph.IRI) (string, error) {
	var h *string
	err := s.pool.QueryRow(ctx, `SELECT rec_hash FROM newsgraph_docs WHERE doc = $1`, string(doc)).Scan(&h)
	if errors.Is(err, pgx.ErrNoRows) || err == nil && h == nil {
		return "", nil
	}
	if err != nil {
		return "", s.fail("read the record of "+string(doc), err)
	}
	return *h, nil
}

// records calls fn for every record in canonical order: the keys are
// sorted here (byte order, as in every backend), then the records read a
// few hundred at a time.
func (s *sqlStore) records(ctx context.Context, body bool, fn func(newsgraph.Record) error) error {
	rows, err := s.pool.Query(ctx, `SELECT doc, rec_key FROM newsgraph_docs WHERE rec_hash IS NOT NULL`)
	if err != nil {
		return s.fail("read records", err)
	}
	type entry struct{ doc, key string }
	var order []entry
	for rows.Next() {
		var e entry
		if err := rows.Scan(&e.doc, &e.key); err != nil {
			rows.Close()
			return s.fail("read records", err)
		}
		order = append(order, e)
	}
	if err := rows.Err(); err != nil {
		return s.fail("read records", err)
	}
	slices.SortFunc(order, func(a, b entry) int { return cmpRecord(a.key, newsgraph.IRI(a.doc), b.key, newsgraph.IRI(b.doc)) })
	for part := range slices.Chunk(order, 256) {
		docs := make([]newsgraph.IRI, len(part))
		for i, e := range part {
			docs[i] = newsgraph.IRI(e.doc)
		}
		got := make(map[newsgraph.IRI]newsgraph.Record, len(part))
		if err := s.readRecords(ctx, docs, body, func(r newsgraph.Record) error { got[r.Doc] = r; return nil }); err != nil {
			return err
		}
		for _, d := range docs {
			if r, ok := got[d]; ok {
				if err := fn(r); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// readRecords calls fn with the records of docs, with their bodies when
// body is true.
func (s *sqlStore) readRecords(ctx context.Context, docs []newsgraph.IRI, body bool, fn func(newsgraph.Record) error) error {
	ds := make([]string, len(docs))
	for i, d := range docs {
		ds[i] = string(d)
	}
	bodyCol := "NULL::bytea"
	if body {
		bodyCol = "rec_body"
	}
	rows, err := s.pool.Query(ctx, `SELECT doc, rec_key, rec_hash, rec_sum, rec_head, `+bodyCol+` FROM newsgraph_docs
		WHERE doc = ANY($1::text[]) AND rec_hash IS NOT NULL`, ds)
	if err != nil {
		return s.fail("read records", err)
	}
	var recs []newsgraph.Record
	for rows.Next() {
		var r newsgraph.Record
		var key, sum *string
		if err := rows.Scan(&r.Doc, &key, &r.Hash, &sum, &r.Head, &r.Body); err != nil {
			rows.Close()
			return s.fail("read records", err)
		}
		if key == nil || sum == nil || r.Head == nil || body && r.Body == nil {
			rows.Close()
			return damaged(s.name, fmt.Errorf("the record of %s is incomplete", r.Doc))
		}
		r.Key, r.Sum = *key, *sum
		recs = append(recs, r)
	}
	if err := rows.Err(); err != nil {
		return s.fail("read records", err)
	}
	for _, r := range recs {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// lockSettle takes the store's settle lock: PostgreSQL's advisory lock,
// held by a connection of its own (the server releases it when the
// connection goes, with the process); in CockroachDB, which has no
// advisory locks, a transaction that holds newsgraph_meta's format row.
func (s *sqlStore) lockSettle(ctx context.Context) (func(), error) {
	s.lockMu.Lock()
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		s.lockMu.Unlock()
		return nil, s.fail("lock the store", err)
	}
	release := func() {
		conn.Release()
		s.lockMu.Unlock()
	}
	if s.flavor == Cockroach {
		tx, err := conn.Begin(ctx)
		if err == nil {
			_, err = tx.Exec(ctx, `SELECT value FROM newsgraph_meta WHERE key = 'format' FOR UPDATE`)
		}
		if err != nil {
			if tx != nil {
				tx.Rollback(context.Background())
			}
			release()
			return nil, s.fail("lock the store", err)
		}
		return func() {
			tx.Rollback(context.Background())
			release()
		}, nil
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(settleLock)); err != nil {
		// A cancelled wait may leave the connection unusable.
		conn.Conn().Close(context.Background())
		release()
		return nil, s.fail("lock the store", err)
	}
	return func() {
		if _, err := conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(settleLock)); err != nil {
			conn.Conn().Close(context.Background()) // the server releases the lock with the session
		}
		release()
	}, nil
}
