package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph"
)

// checkSQL verifies a SQL store: its layout (checked at open), every value
// (it decodes, and its hash is the hash of what it holds), every quad (its
// values exist), every value's reference count (the quad directions that
// refer to it), every document text (it decodes, its mentions lie in the
// text, and its document has a hash), and every record (it decodes and
// matches its digest).
func (s *Store) checkSQL(ctx context.Context) (CheckReport, error) {
	var r CheckReport
	q := s.sql
	err := pgx.BeginTxFunc(ctx, q.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM quads`).Scan(&r.Quads); err != nil {
			return err
		}
		var n int64
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM nodes`).Scan(&n); err != nil {
			return err
		}
		r.Nodes = int(n)
		var missing, wrong int64
		var example []byte
		err := tx.QueryRow(ctx, `SELECT count(*), (array_agg(h))[1] FROM (
				SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
				UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL
			) refs WHERE NOT EXISTS (SELECT 1 FROM nodes WHERE nodes.hash = refs.h)`).Scan(&missing, &example)
		if err != nil {
			return err
		}
		if missing > 0 {
			return corrupt("%d quad directions refer to values nodes does not hold (such as %x)", missing, example)
		}
		err = tx.QueryRow(ctx, `WITH counted AS (
				SELECT h, count(*) AS n FROM (
					SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
					UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL
				) refs GROUP BY h)
			SELECT count(*), (array_agg(nodes.hash))[1] FROM nodes LEFT JOIN counted ON counted.h = nodes.hash
			WHERE nodes.refs IS DISTINCT FROM coalesce(counted.n, 0)`).Scan(&wrong, &example)
		if err != nil {
			return err
		}
		if wrong > 0 {
			return corrupt("%d values have a reference count that differs from the quads that refer to them (such as %x)", wrong, example)
		}
		// Every value decodes to what its hash says.
		if _, err := tx.Exec(ctx, `DECLARE newsgraph_nodes NO SCROLL CURSOR FOR SELECT hash FROM nodes`); err != nil {
			return err
		}
		for {
			rows, err := tx.Query(ctx, fmt.Sprintf(`FETCH %d FROM newsgraph_nodes`, readChunk))
			if err != nil {
				return err
			}
			hs, err := pgx.CollectRows(rows, pgx.RowTo[[]byte])
			if err != nil {
				return err
			}
			if len(hs) == 0 {
				break
			}
			keys := make([]hashKey, len(hs))
			for i, h := range hs {
				if len(h) != len(keys[i][0]) {
					return corrupt("a value's hash has %d bytes", len(h))
				}
				copy(keys[i][0][:], h)
			}
			if err := lookupValues(ctx, tx, keys, make(map[cgraph.ValueHash]quad.Value)); err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if q.noTexts {
			return nil
		}
		return checkSQLTexts(ctx, tx)
	})
	if err != nil {
		return r, s.classify(q.fail("check", err))
	}
	if err := s.checkRecords(ctx); err != nil {
		var ce corruptError
		if errors.As(err, &ce) {
			return r, s.classify(err)
		}
		return r, err
	}
	return r, nil
}

// textChunk is how many texts a cursor fetch of checkSQLTexts returns: a
// text may be a megabyte or more.
const textChunk = 64

// checkSQLTexts decodes every document text of a SQL store in tx, and
// finds texts of documents the store does not hold (whose hash is gone:
// writeDocRows removes the text with it).
func checkSQLTexts(ctx context.Context, tx pgx.Tx) error {
	var orphans int64
	var example *string
	err := tx.QueryRow(ctx, `SELECT count(*), min(doc) FROM newsgraph_docs WHERE `+textColumn+` IS NOT NULL AND graph_hash IS NULL`).Scan(&orphans, &example)
	if err != nil {
		return err
	}
	if orphans > 0 {
		return corrupt("%d documents have a text but no hash (such as %s)", orphans, *example)
	}
	if _, err := tx.Exec(ctx, `DECLARE newsgraph_texts NO SCROLL CURSOR FOR SELECT doc, `+textColumn+` FROM newsgraph_docs WHERE `+textColumn+` IS NOT NULL`); err != nil {
		return err
	}
	for {
		rows, err := tx.Query(ctx, fmt.Sprintf(`FETCH %d FROM newsgraph_texts`, textChunk))
		if err != nil {
			return err
		}
		n := 0
		var doc string
		var data []byte
		_, err = pgx.ForEachRow(rows, []any{&doc, &data}, func() error {
			n++
			_, err := decodeText(textPlace(newsgraph.IRI(doc)), data)
			return err
		})
		if err != nil {
			return err
		}
		if n < textChunk {
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// CheckStore verifies the store opts describes, like Check for a Bolt
// file; a SQL store is checked by checkSQL. A damaged store gives a
// *DamagedError.
func CheckStore(ctx context.Context, opts Options) (CheckReport, error) {
	if opts.Backend != Postgres && opts.Backend != Cockroach {
		return Check(ctx, opts.Path)
	}
	opts.ReadOnly = true
	st, err := Open(ctx, opts)
	if err != nil {
		return CheckReport{}, err
	}
	defer st.Close()
	return st.checkSQL(ctx)
}
