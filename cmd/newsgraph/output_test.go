package main

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// failWriter fails every write, as /dev/full does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestStdoutWriteError: a command whose standard output cannot be written
// fails (stats > /dev/full exited 0).
func TestStdoutWriteError(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	mustRun(t, "build", "--store", db, "../../examples/articles")
	for _, args := range [][]string{
		{"stats", "--store", db},
		{"stats", "--json", "--store", db},
		{"export", "--format", "nquads", "--store", db},
		{"query", "--store", db, "g.V().Limit(3).All()"},
		{"check", "--store", db},
		{"build", "--json", "--store", db, "../../examples/articles"},
		{"help"},
	} {
		t.Run(strings.Join(args[:1], " "), func(t *testing.T) {
			err := run(context.Background(), args, env{stdin: strings.NewReader(""), stdout: failWriter{}, stderr: io.Discard})
			if !errors.Is(err, syscall.ENOSPC) {
				t.Errorf("got %v, want the write error (ENOSPC)", err)
			}
		})
	}
}

// TestQueryStdin: `query -` reads all of standard input, or fails when it
// is longer than a query may be; it used to cut it at 1 MiB and run the
// rest.
func TestQueryStdin(t *testing.T) {
	long := strings.Repeat("\n", 3<<20) + "g.V().All()"
	got, err := queryText([]string{"-"}, "", strings.NewReader(long))
	if err != nil || got != long {
		t.Errorf("got %d bytes, %v; want all %d bytes", len(got), err, len(long))
	}
	db := filepath.Join(t.TempDir(), "g.db")
	mustRun(t, "build", "--store", db, "../../examples/articles")
	tooLong := strings.Repeat(" ", maxQueryBytes) + "g.V().All()"
	out, _, err := runCmd(t, tooLong, "query", "--store", db, "-")
	if err == nil || !strings.Contains(err.Error(), "read query from standard input: more than 16777216 bytes") || out != "" {
		t.Errorf("got %q, %v; want the query refused whole", out, err)
	}
}
