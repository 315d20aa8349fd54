// Package pgtest gives tests databases of their own on the PostgreSQL
// server that scripts/postgres.sh starts for the test suite (and on a
// CockroachDB cluster, when one is named).
//
// NEWSGRAPH_TEST_POSTGRES is the connection string of a role that may
// create databases (its password from PGPASSFILE, as the script sets it).
// When it is unset the tests that need it are skipped, except under
// CI=true, where they fail: CI starts the server. When it is set, a server
// that cannot be reached fails them. NEWSGRAPH_TEST_COCKROACH_URL does the
// same for CockroachDB, whose tests are skipped when it is unset.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the variables that point the tests at servers.
const (
	Env          = "NEWSGRAPH_TEST_POSTGRES"
	EnvCockroach = "NEWSGRAPH_TEST_COCKROACH_URL"
)

// Server returns the connection string of the test server, skipping the
// test when none is configured outside CI.
func Server(tb testing.TB) string {
	tb.Helper()
	addr := os.Getenv(Env)
	if addr == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is not set: under CI=true scripts/test.sh starts PostgreSQL (scripts/postgres.sh) and sets it", Env)
		}
		tb.Skipf("%s not set (scripts/test.sh starts a PostgreSQL server and sets it); skipping", Env)
	}
	return addr
}

// Database creates an empty database on the test server for the test,
// drops it when the test ends, and returns its connection string.
func Database(tb testing.TB) string {
	tb.Helper()
	return database(tb, Server(tb), false)
}

// Cockroach creates an empty database on the CockroachDB cluster of
// NEWSGRAPH_TEST_COCKROACH_URL, skipping the test when it is unset.
func Cockroach(tb testing.TB) string {
	tb.Helper()
	addr := os.Getenv(EnvCockroach)
	if addr == "" {
		tb.Skipf("%s not set (no CockroachDB cluster to test against); skipping", EnvCockroach)
	}
	return database(tb, addr, true)
}

func database(tb testing.TB, server string, cockroach bool) string {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		tb.Fatalf("connect to the test server (%s): %v", redact(server), err)
	}
	defer conn.Close(context.Background())
	var b [6]byte
	rand.Read(b[:])
	name := "newsgraph_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatalf("create database %s: %v", name, err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, server)
		if err != nil {
			tb.Errorf("drop database %s: %v", name, err)
			return
		}
		defer conn.Close(context.Background())
		drop := "DROP DATABASE " + name
		if !cockroach {
			drop += " WITH (FORCE)"
		} else {
			drop += " CASCADE"
		}
		// FORCE cannot end a server process of another role (autovacuum
		// working in the database): try again once it is done.
		for try := 0; ; try++ {
			_, err := conn.Exec(ctx, drop)
			if err == nil {
				return
			}
			if try == 20 {
				tb.Errorf("drop database %s: %v", name, err)
				return
			}
			time.Sleep(250 * time.Millisecond)
		}
	})
	return WithDatabase(tb, server, name)
}

// WithDatabase returns the connection string server with its database
// replaced by name.
func WithDatabase(tb testing.TB, server, name string) string {
	tb.Helper()
	if strings.Contains(server, "://") {
		u, err := url.Parse(server)
		if err != nil {
			tb.Fatalf("parse %s: %v", redact(server), err)
		}
		u.Path = "/" + name
		return u.String()
	}
	return server + " dbname=" + name
}

// redact drops a password from a URL, for messages.
func redact(addr string) string {
	if u, err := url.Parse(addr); err == nil && u.User != nil {
		u.User = url.User(u.User.Username())
		return u.String()
	}
	return "the server"
}
