package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/jackc/pgx/v5/pgconn"
)

// cayleyRunTx writes the value and quad changes of Cayley's SQL writer
// (graph/sql's ApplyDeltas, which newsgraph uses only behind `serve
// --writable`) for newsgraph's SQL flavors, in the layout Cayley's
// postgres backend writes: each value inserted with its count, or its
// count raised; each quad inserted, and a quad the store holds already
// skipped when opts.IgnoreDup, else an error.
func cayleyRunTx(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	for _, n := range nodes {
		if n.RefInc < 0 {
			return fmt.Errorf("sql writer: value %v: count lowered in an insert", n.Val)
		}
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		cols := typ.Columns()
		ph := make([]string, len(cols))
		for i := range ph {
			ph[i] = fmt.Sprintf("$%d", i+3)
		}
		args := append([]any{n.RefInc}, vals...)
		_, err = tx.Exec(`INSERT INTO nodes (refs, hash, `+strings.Join(cols, ", ")+`) VALUES ($1, $2, `+strings.Join(ph, ", ")+`)
			ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`, args...)
		if err != nil {
			return fmt.Errorf("sql writer: value %v: %w", n.Val, err)
		}
	}
	end := ""
	if opts.IgnoreDup {
		end = " ON CONFLICT DO NOTHING"
	}
	for _, q := range quads {
		if q.Del {
			return errors.New("sql writer: a deletion among the insertions")
		}
		var args []any
		for _, h := range q.Quad.Dirs() {
			args = append(args, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		_, err := tx.Exec(`INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ($1, $2, $3, $4, now())`+end, args...)
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "23505" {
			return &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
		}
		if err != nil {
			return fmt.Errorf("sql writer: %w", err)
		}
	}
	return nil
}

// cockroachRetry runs stmts in tx, again from a savepoint while
// CockroachDB reports a serialization conflict (SQLSTATE 40001), as
// CockroachDB's documentation describes for client-side retries.
func cockroachRetry(tx *sql.Tx, stmts func() error) error {
	if _, err := tx.Exec("SAVEPOINT cockroach_restart"); err != nil {
		return err
	}
	for try := 0; ; try++ {
		err := stmts()
		if err == nil {
			if _, err = tx.Exec("RELEASE SAVEPOINT cockroach_restart"); err == nil {
				return nil
			}
		}
		var pe *pgconn.PgError
		if try >= 10 || !errors.As(err, &pe) || pe.Code != "40001" {
			return err
		}
		if _, err := tx.Exec("ROLLBACK TO SAVEPOINT cockroach_restart"); err != nil {
			return err
		}
	}
}
