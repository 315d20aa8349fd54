package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // Cayley's own PostgreSQL backend, the reference
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/nquads" // the format Cayley's write endpoint reads
	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// sqlRows returns the rows of query on the database at addr, one line
// each.
func sqlRows(t *testing.T, addr, query string) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		vals, err := rows.Values()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%v", vals))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// The layout of Cayley's tables, as the server describes it.
const (
	columnsQuery = `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name IN ('nodes', 'quads') ORDER BY table_name, ordinal_position`
	indexesQuery = `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('nodes', 'quads')
		AND indexname <> 'newsgraph_label_index' ORDER BY indexname`
	// Cayley's foreign keys are left out (see sqlStore.schema).
	constraintsQuery = `SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN ('nodes'::regclass, 'quads'::regclass)
		AND contype <> 'f' ORDER BY conname`
	nodesQuery = `SELECT hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time FROM nodes ORDER BY hash`
	quadsQuery = `SELECT horizon, subject_hash, predicate_hash, object_hash, label_hash FROM quads ORDER BY horizon`
)

// cayleyStore opens a new database initialised and written by Cayley's
// own PostgreSQL backend (lib/pq).
func cayleyStore(t *testing.T) (cgraph.QuadStore, string) {
	t.Helper()
	addr := pgtest.Database(t)
	if err := csql.Init("postgres", addr, nil); err != nil {
		t.Fatalf("Cayley's init: %v", err)
	}
	qs, err := csql.New("postgres", addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	return qs, addr
}

// TestSQLLayoutMatchesCayley compares the tables and indexes a new store
// has with those Cayley's postgres backend creates.
func TestSQLLayoutMatchesCayley(t *testing.T) {
	_, ref := cayleyStore(t)
	ours := pgtest.Database(t)
	s, err := Open(context.Background(), Options{Backend: Postgres, Path: ours})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, q := range []string{columnsQuery, indexesQuery, constraintsQuery} {
		got, want := sqlRows(t, ours, q), sqlRows(t, ref, q)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\n%s", q, diffLines(got, want))
		}
	}
	if fks := sqlRows(t, ref, `SELECT conname FROM pg_constraint WHERE contype = 'f'`); len(fks) != 4 {
		t.Errorf("Cayley's layout has foreign keys %v, want 4", fks)
	}
}

// TestSQLBulkMatchesCayley loads the same documents through Update and
// through Cayley's writer (graph/sql's ApplyDeltas with Cayley's postgres
// backend): the two databases must hold the same rows of nodes and quads
// (horizons included; the timestamps differ), and stay alike through a
// replacement and a removal.
func TestSQLBulkMatchesCayley(t *testing.T) {
	ctx := context.Background()
	ref, refAddr := cayleyStore(t)
	ourAddr := pgtest.Database(t)
	s, err := Open(ctx, Options{Backend: Postgres, Path: ourAddr})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cayley := func(b []newsgraph.DocQuads, del []quad.Quad) {
		t.Helper()
		var deltas []cgraph.Delta
		for _, q := range del {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		for _, d := range b {
			for _, q := range d.Quads {
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			}
		}
		if err := ref.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
			t.Fatal(err)
		}
	}
	compare := func(step string, horizons bool) {
		t.Helper()
		qq := quadsQuery
		if !horizons {
			qq = `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads ORDER BY 1, 2, 3, 4`
		}
		for _, q := range []string{nodesQuery, qq} {
			got, want := sqlRows(t, ourAddr, q), sqlRows(t, refAddr, q)
			if len(want) == 0 {
				t.Fatalf("%s: Cayley's store is empty", step)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("%s: %s differs from Cayley's:\n%s", step, q, diffLines(got, want))
			}
		}
	}
	for i, b := range [][]newsgraph.DocQuads{newDocs(t, 10, 0), newDocs(t, 1, 10), newDocs(t, 25, 11)} {
		if _, err := s.Update(ctx, b); err != nil {
			t.Fatal(err)
		}
		cayley(b, nil)
		compare(fmt.Sprintf("batch %d", i), true)
	}
	// Replace one document and remove another: Cayley's writer is given
	// the old quads to delete.
	doc, qs := docQuads(t, "d003", "Carol met Dan.", "Carol", "Dan")
	d4 := newsgraph.Doc{ID: "d004"}.IRI()
	var old []quad.Quad
	for _, d := range []newsgraph.IRI{doc.IRI(), d4} {
		q, err := newsgraph.DocumentQuads(ctx, s, d)
		if err != nil {
			t.Fatal(err)
		}
		old = append(old, q...)
	}
	upd := []newsgraph.DocQuads{{Doc: doc.IRI(), Quads: qs, Hash: testHash(doc)}, {Doc: d4}}
	ch, err := s.Update(ctx, upd)
	if err != nil {
		t.Fatal(err)
	}
	cayley(upd, old)
	// Quads kept by both versions are written again: horizons differ.
	compare("after an update", false)
	if ch.Removed == 0 || ch.Added == 0 {
		t.Errorf("got changes %+v", ch)
	}
	if _, err := s.checkSQL(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
}

// TestSQLConcurrentWriters writes overlapping documents from several
// goroutines, each with its own connection pool as separate processes
// would: the store must end up as one writer would leave it, with counts
// that match.
func TestSQLConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	addr := pgtest.Database(t)
	docs := newDocs(t, 40, 0)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		s, err := Open(ctx, Options{Backend: Postgres, Path: addr})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		wg.Go(func() {
			// Each writer writes half the documents, overlapping the
			// next one's, in batches of 5.
			mine := slices.Clone(docs[w*10 : min(len(docs), w*10+20)])
			for b := range slices.Chunk(mine, 5) {
				if _, err := s.Update(ctx, b); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	s := openTemp(t, Postgres)
	if _, err := s.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	got, err := Open(ctx, Options{Backend: Postgres, Path: addr, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	if g, w := allQuads(t, got), allQuads(t, s); strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("concurrent writers differ from one:\n%s", diffLines(g, w))
	}
	if _, err := got.checkSQL(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
}

// TestSQLWritersDoNotWait checks that a writer copying its quads holds no
// lock another writer needs: a second builder's update of other documents
// with the same values (every predicate, the provenance label, shared
// entities) completes while the first is paused in the middle of its
// transaction. Upserting the values first locked their rows for the whole
// transaction, and builders took turns.
func TestSQLWritersDoNotWait(t *testing.T) {
	ctx := context.Background()
	addr := pgtest.Database(t)
	open := func() *Store {
		s, err := Open(ctx, Options{Backend: Postgres, Path: addr})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	a, b := open(), open()
	docs := newDocs(t, 4, 0)
	paused, resume := make(chan struct{}), make(chan struct{})
	var first atomic.Bool
	afterCopy = func() {
		if first.CompareAndSwap(false, true) {
			close(paused)
			<-resume
		}
	}
	defer func() { afterCopy = nil }()
	done := make(chan error, 1)
	go func() {
		_, err := a.Update(ctx, docs[:2])
		done <- err
	}()
	<-paused
	second := make(chan error, 1)
	go func() {
		_, err := b.Update(ctx, docs[2:])
		second <- err
	}()
	var err2 error
	select {
	case err2 = <-second:
	case <-time.After(10 * time.Second):
		t.Error("a writer waited for another writer's transaction to end")
		close(resume)
		err2 = <-second
		resume = nil
	}
	if resume != nil {
		close(resume)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err2 != nil {
		t.Fatal(err2)
	}
	want := openTemp(t, Postgres)
	if _, err := want.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if g, w := allQuads(t, a), allQuads(t, want); strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("two writers differ from one:\n%s", diffLines(g, w))
	}
	if _, err := a.checkSQL(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
}

// withUser returns addr with the user and password of its URL replaced.
func withUser(t *testing.T, addr, user, password string) string {
	t.Helper()
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatal(err)
	}
	if password == "" {
		u.User = url.User(user)
	} else {
		u.User = url.UserPassword(user, password)
	}
	return u.String()
}

// TestSQLOpenErrors opens what is not a store, or not reachable: each
// gives a clear error, no message holds the password, and nothing is
// changed.
func TestSQLOpenErrors(t *testing.T) {
	ctx := context.Background()
	const secret = "Sesame-Open-42"
	server := pgtest.Server(t)
	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	// A port nothing listens on.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	foreign := pgtest.Database(t)
	conn, err := pgx.Connect(ctx, foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `CREATE TABLE invoices (id int PRIMARY KEY, total numeric); INSERT INTO invoices VALUES (1, 9.5)`); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	cayleyOnly := pgtest.Database(t)
	if err := csql.Init("postgres", cayleyOnly, nil); err != nil {
		t.Fatal(err)
	}
	empty := pgtest.Database(t)
	pwFile := filepath.Join(t.TempDir(), "pgpass")
	if err := os.WriteFile(pwFile, []byte("*:*:*:*:"+secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		opts     Options
		want     error
		contains string
	}{
		{"not an address", Options{Backend: Postgres, Path: "news.db"}, ErrAddress, "postgres://"},
		{"bad URL", Options{Backend: Postgres, Path: "postgres://newsgraph:" + secret + "@[::1/x"}, ErrAddress, ""},
		{"bad port", Options{Backend: Postgres, Path: "postgres://newsgraph:" + secret + "@localhost:99999999/db"}, ErrAddress, ""},
		{"bad setting", Options{Backend: Postgres, Path: "host=localhost password=" + secret + " sslmode=sometimes"}, ErrAddress, ""},
		{"unreachable", Options{Backend: Postgres, Path: "postgres://newsgraph:" + secret + "@" + closed + "/db?sslmode=disable&connect_timeout=5"}, ErrConnect, "refused"},
		{"wrong password", Options{Backend: Postgres, Path: withUser(t, server, u.User.Username(), secret)}, ErrConnect, "refused the login"},
		{"wrong password from file", Options{Backend: Postgres, Path: withUser(t, server, u.User.Username(), ""), PasswordFile: pwFile}, ErrConnect, "refused the login"},
		{"no such database", Options{Backend: Postgres, Path: pgtest.WithDatabase(t, server, "newsgraph_no_such_db")}, ErrConnect, "no such database"},
		{"foreign tables", Options{Backend: Postgres, Path: foreign}, ErrNotStore, "invoices"},
		{"Cayley's own graph", Options{Backend: Postgres, Path: cayleyOnly}, ErrNotStore, "Cayley"},
		{"empty, read-only", Options{Backend: Postgres, Path: empty, ReadOnly: true}, ErrNotFound, "newsgraph build"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "wrong password from file" {
				// PGPASSFILE would be read first otherwise.
				t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
			}
			s, err := Open(ctx, tt.opts)
			if err == nil {
				s.Close()
				t.Fatal("got no error")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("got %q, want it to say %q", err, tt.contains)
			}
			if strings.Contains(err.Error(), secret) || strings.Contains(fmt.Sprintf("%+v", err), secret) {
				t.Errorf("the message holds the password: %v", err)
			}
		})
	}
	// Nothing was changed: the foreign table is alone, the empty database
	// still empty.
	if got := sqlRows(t, foreign, `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`); strings.Join(got, ",") != "[invoices]" {
		t.Errorf("foreign database now holds %v", got)
	}
	if got := sqlRows(t, empty, `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`); len(got) != 0 {
		t.Errorf("read-only open created %v", got)
	}
}

// TestSQLDamaged opens stores whose layout was changed: each is reported
// damaged, naming what is wrong, and checkSQL finds damaged data.
func TestSQLDamaged(t *testing.T) {
	ctx := context.Background()
	damage := []struct {
		name, sql, says string
	}{
		{"column dropped", `ALTER TABLE quads DROP COLUMN label_hash CASCADE`, "no column label_hash"},
		{"column retyped", `ALTER TABLE nodes ALTER COLUMN refs TYPE text`, "nodes.refs is text"},
		{"table dropped", `DROP TABLE newsgraph_docs`, "newsgraph_docs is missing"},
		{"text column retyped", `ALTER TABLE newsgraph_docs ALTER COLUMN doc_text TYPE text`, "newsgraph_docs.doc_text is text"},
		{"text column dropped", `ALTER TABLE newsgraph_docs DROP COLUMN doc_text`, "no column doc_text"},
		{"index dropped", `DROP INDEX ops_index`, "ops_index"},
		{"format gone", `DELETE FROM newsgraph_meta`, "no format"},
		{"foreign format", `UPDATE newsgraph_meta SET value = 'something' WHERE key = 'format'`, "format"},
	}
	for _, d := range damage {
		t.Run(d.name, func(t *testing.T) {
			addr := pgtest.Database(t)
			s, err := Open(ctx, Options{Backend: Postgres, Path: addr})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Update(ctx, newDocs(t, 3, 0)); err != nil {
				t.Fatal(err)
			}
			s.Close()
			if _, err := s.sql.pool.Exec(ctx, "SELECT 1"); err == nil {
				t.Fatal("pool still open")
			}
			conn, err := pgx.Connect(ctx, addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(ctx)
			if _, err := conn.Exec(ctx, d.sql); err != nil {
				t.Fatal(err)
			}
			for _, ro := range []bool{true, false} {
				_, err := Open(ctx, Options{Backend: Postgres, Path: addr, ReadOnly: ro})
				if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), d.says) {
					t.Errorf("read-only %v: got %v, want a damaged store (%q)", ro, err, d.says)
				}
			}
		})
	}
	newer := pgtest.Database(t)
	s, err := Open(ctx, Options{Backend: Postgres, Path: newer})
	if err != nil {
		t.Fatal(err)
	}
	s.sql.pool.Exec(ctx, `UPDATE newsgraph_meta SET value = 'newsgraph-sql/99' WHERE key = 'format'`)
	s.Close()
	if _, err := Open(ctx, Options{Backend: Postgres, Path: newer}); err == nil || !strings.Contains(err.Error(), "newer newsgraph") {
		t.Errorf("newer format: got %v", err)
	}

	data := []struct {
		name, sql, says string
	}{
		{"count", `UPDATE nodes SET refs = refs + 1 WHERE hash = (SELECT min(hash::text)::bytea FROM nodes)`, "reference count"},
		{"value", `UPDATE nodes SET value_string = 'tampered' WHERE value_string LIKE 'Alice%'`, "whose hash is"},
		{"record", `UPDATE newsgraph_docs SET rec_head = '\x01ffff'::bytea`, "record"},
		{"text", `UPDATE newsgraph_docs SET doc_text = '\x7b'::bytea WHERE doc = (SELECT min(doc) FROM newsgraph_docs)`, "newsgraph_docs.doc_text of " + string(newsgraph.DocIRI("d000"))},
		{"text without a document", `UPDATE newsgraph_docs SET graph_hash = NULL WHERE doc = (SELECT min(doc) FROM newsgraph_docs)`, "a text but no hash"},
	}
	for _, d := range data {
		t.Run(d.name, func(t *testing.T) {
			addr := pgtest.Database(t)
			s, err := Open(ctx, Options{Backend: Postgres, Path: addr})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			docs := newDocs(t, 3, 0)
			for i := range docs {
				rec := newsgraph.Record{Doc: docs[i].Doc, Key: "k", Hash: "h", Sum: "s", Head: []byte{1}, Body: []byte{1}}
				docs[i].Record = &rec
				docs[i].Text = &newsgraph.DocText{Text: "Alice met Bob."}
			}
			if _, err := s.Update(ctx, docs); err != nil {
				t.Fatal(err)
			}
			if d.name != "record" {
				// Sound records, so that only the damage done is found.
				if _, err := s.sql.pool.Exec(ctx, `UPDATE newsgraph_docs SET rec_hash = NULL`); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.sql.pool.Exec(ctx, d.sql); err != nil {
				t.Fatal(err)
			}
			_, err = s.checkSQL(ctx)
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), d.says) {
				t.Errorf("got %v, want a damaged store (%q)", err, d.says)
			}
		})
	}
}

// TestSQLFormatWithoutTexts opens a store of the format written before
// document texts were kept (newsgraph-sql/1: newsgraph_docs has no
// doc_text). Opened read-only it is read as it is, without texts, and left
// unchanged; the first writer adds the column (two writers opening it at
// once both succeed), after which texts are written and read, and the
// documents written before have none until they are written again.
func TestSQLFormatWithoutTexts(t *testing.T) {
	ctx := context.Background()
	addr := pgtest.Database(t)
	s, err := Open(ctx, Options{Backend: Postgres, Path: addr})
	if err != nil {
		t.Fatal(err)
	}
	docs := newDocs(t, 3, 0)
	if _, err := s.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	for _, st := range []string{`ALTER TABLE newsgraph_docs DROP COLUMN doc_text`, `UPDATE newsgraph_meta SET value = 'newsgraph-sql/1' WHERE key = 'format'`} {
		if _, err := s.sql.pool.Exec(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	layout := func() string {
		cols := sqlRows(t, addr, `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'newsgraph_docs' ORDER BY column_name`)
		return strings.Join(cols, " ") + "; " + strings.Join(sqlRows(t, addr, `SELECT value FROM newsgraph_meta WHERE key = 'format'`), " ")
	}
	before := layout()
	if strings.Contains(before, "doc_text") || !strings.Contains(before, "newsgraph-sql/1") {
		t.Fatalf("not the old layout: %s", before)
	}

	ro, err := Open(ctx, Options{Backend: Postgres, Path: addr, ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only: %v", err)
	}
	if h, err := ro.DocumentHash(ctx, docs[0].Doc); err != nil || h != docs[0].Hash {
		t.Errorf("read-only: hash %q, %v; want %q", h, err, docs[0].Hash)
	}
	if _, ok, err := ro.DocumentText(ctx, docs[0].Doc); ok || err != nil {
		t.Errorf("read-only: text ok %v, %v; want none", ok, err)
	}
	if r, err := ro.checkSQL(ctx); err != nil || r.Quads == 0 {
		t.Errorf("read-only: check %+v, %v", r, err)
	}
	if _, err := ro.Update(ctx, docs[:1]); err == nil {
		t.Error("read-only: an update was accepted")
	}
	ro.Close()
	if got := layout(); got != before {
		t.Fatalf("a read-only open changed the store: %s, was %s", got, before)
	}

	var stores [2]*Store
	var errs [2]error
	var wg sync.WaitGroup
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = Open(ctx, Options{Backend: Postgres, Path: addr}) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	if got := layout(); !strings.Contains(got, "[doc_text]") || !strings.Contains(got, "[newsgraph-sql/2]") {
		t.Fatalf("after a writer's open: %s", got)
	}
	w, r := stores[0], stores[1]
	if _, ok, err := w.DocumentText(ctx, docs[0].Doc); ok || err != nil {
		t.Errorf("a document written before: text ok %v, %v; want none", ok, err)
	}
	text := &newsgraph.DocText{Text: "Alice 0 met Bob 0 in town.", Mentions: []newsgraph.MentionRef{
		{Span: newsgraph.Span{Start: 0, End: 7}, Entity: newsgraph.IRI(newsgraph.EntityNS + "alice-0")}}}
	if _, err := w.Update(ctx, []newsgraph.DocQuads{{Doc: docs[0].Doc, Quads: docs[0].Quads, Hash: docs[0].Hash, Text: text}}); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := r.DocumentText(ctx, docs[0].Doc); !ok || err != nil || !reflect.DeepEqual(got, *text) {
		t.Errorf("written again: got %+v, %v, %v; want %+v", got, ok, err, *text)
	}
	if _, err := r.checkSQL(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
}

// TestRedactAddress drops passwords from every form of address.
func TestRedactAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"postgres://ann:secret@db.example:5432/news?sslmode=require", "postgres://ann@db.example:5432/news?sslmode=require"},
		{"postgresql://ann@db/news?password=secret&sslmode=disable", "postgresql://ann@db/news?sslmode=disable"},
		{"host=db user=ann password=secret dbname=news", "host=db user=ann dbname=news"},
		{"host=db password='se cret' dbname=news", "host=db dbname=news"},
		{"postgres://ann:sec@ret@[::1/x", "postgres://…@[::1/x"},
		{"ann:secret@db/news", "…@db/news"},
		{"news.db", "news.db"},
	} {
		if got := RedactAddress(tt.in); got != tt.want || strings.Contains(got, "secret") {
			t.Errorf("RedactAddress(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSQLWritableHTTP writes and deletes quads through Cayley's HTTP API
// (serve --writable), which goes through Cayley's writer and newsgraph's
// SQL flavor: the store keeps its counts right.
func TestSQLWritableHTTP(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Postgres)
	if _, err := s.Update(ctx, newDocs(t, 2, 0)); err != nil {
		t.Fatal(err)
	}
	n0, _ := s.Size(ctx)
	srv := httptest.NewServer(s.Handler(HTTPOptions{Writable: true}))
	defer srv.Close()
	for _, step := range []struct {
		path string
		want int64
	}{{"/api/v2/write", n0 + 2}, {"/api/v2/delete", n0 + 1}} {
		body := "<urn:x:a> <urn:x:knows> <urn:x:b> .\n<urn:x:a> <urn:x:name> \"A\" .\n"
		if step.path == "/api/v2/delete" {
			body = "<urn:x:a> <urn:x:name> \"A\" .\n"
		}
		resp, err := http.Post(srv.URL+step.path, "application/n-quads", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", step.path, resp.StatusCode, b)
		}
		if n, _ := s.Size(ctx); n != step.want {
			t.Errorf("%s: %d quads, want %d", step.path, n, step.want)
		}
		if _, err := s.checkSQL(ctx); err != nil {
			t.Errorf("%s: check: %v", step.path, err)
		}
	}
}
