package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"slices"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // Cayley's PostgreSQL backend, the reference writer
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// pgDatabase creates an empty database on the server of the connection
// string admin and returns its connection string and a function that
// drops it.
func pgDatabase(ctx context.Context, admin string) (string, func(), error) {
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return "", nil, err
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	name := "newsgraph_bench_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", nil, err
	}
	u, err := url.Parse(admin)
	if err != nil {
		return "", nil, err
	}
	u.Path = "/" + name
	drop := func() {
		if c, err := pgx.Connect(context.Background(), admin); err == nil {
			c.Exec(context.Background(), "DROP DATABASE "+name+" WITH (FORCE)")
			c.Close(context.Background())
		}
	}
	return u.String(), drop, nil
}

// timeLoadSQL loads the copies into a new PostgreSQL database with the
// named writer and returns the seconds it took: "cayley-sql" is Cayley's
// own postgres backend (tables created by Cayley, the "single" writer,
// transactions of quad.DefaultBatch quads, as `cayley load` writes),
// "copy" is Store.Update as a build of new documents uses it (whole
// copies, at least 50,000 quads per transaction).
func timeLoadSQL(ctx context.Context, name, admin string, sets [][]quad.Quad) (float64, error) {
	dsn, drop, err := pgDatabase(ctx, admin)
	if err != nil {
		return 0, err
	}
	defer drop()
	switch name {
	case "cayley-sql":
		if err := csql.Init("postgres", dsn, nil); err != nil {
			return 0, err
		}
		qs, err := csql.New("postgres", dsn, nil)
		if err != nil {
			return 0, err
		}
		defer qs.Close()
		qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true})
		if err != nil {
			return 0, err
		}
		var all []quad.Quad
		for _, set := range sets {
			all = append(all, set...)
		}
		start := time.Now()
		for chunk := range slices.Chunk(all, quad.DefaultBatch) {
			if err := qw.AddQuadSet(chunk); err != nil {
				return 0, err
			}
		}
		return time.Since(start).Seconds(), nil
	case "copy":
		s, err := graph.Open(ctx, graph.Options{Backend: graph.Postgres, Path: dsn})
		if err != nil {
			return 0, err
		}
		defer s.Close()
		var batches [][]quad.Quad
		var b []quad.Quad
		for i, set := range sets {
			b = append(b, set...)
			if len(b) >= newsgraph.DefaultNewBatchQuads || i == len(sets)-1 {
				batches = append(batches, b)
				b = nil
			}
		}
		start := time.Now()
		for i, b := range batches {
			u := []newsgraph.DocQuads{{Doc: newsgraph.IRI(fmt.Sprintf("urn:bench:batch:%d", i)), Quads: b, Hash: "bench", New: true}}
			if _, err := s.Update(ctx, u); err != nil {
				return 0, err
			}
		}
		return time.Since(start).Seconds(), nil
	}
	return 0, fmt.Errorf("unknown writer %q (cayley-sql, copy)", name)
}
