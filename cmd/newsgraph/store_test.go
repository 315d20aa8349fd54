package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/boltdb/bolt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// storeCommands are the commands that open the store, each as the
// arguments after "--store PATH".
func storeCommands(t *testing.T) map[string][]string {
	nq := filepath.Join(t.TempDir(), "one.nq")
	if err := os.WriteFile(nq, []byte("<urn:a> <urn:b> \"c\" <urn:d> .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return map[string][]string{
		"stats":  {"stats"},
		"export": {"export", "--format", "nquads"},
		"query":  {"query", "g.V().Out().All()"},
		"build":  {"build", "../../examples/articles"},
		"import": {"import", nq},
		"check":  {"check"},
	}
}

// runStore runs a store command on db.
func runStore(t *testing.T, db string, args []string) (string, error) {
	t.Helper()
	full := append([]string{args[0], "--store", db}, args[1:]...)
	out, _, err := runCmd(t, "", full...)
	return out, err
}

// TestStoreNotRegularFile: a store path that is a named pipe is refused at
// once; it used to hang every reader.
func TestStoreNotRegularFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.db")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for name, args := range storeCommands(t) {
		t.Run(name, func(t *testing.T) {
			_, err := runStore(t, fifo, args)
			if !errors.Is(err, graph.ErrNotFile) || !strings.Contains(err.Error(), "pipe.db") || !strings.Contains(err.Error(), "named pipe") {
				t.Errorf("got %v, want graph.ErrNotFile naming the store and a named pipe", err)
			}
		})
	}
}

// realStore builds the example articles into a store and returns its path
// and the bytes of its pages in use (Bolt's high water mark).
func realStore(t *testing.T) (string, int64) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "g.db")
	mustRun(t, "build", "--store", db, "../../examples/articles")
	f, err := os.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var meta [64]byte
	if _, err := f.ReadAt(meta[:], 16); err != nil {
		t.Fatal(err)
	}
	pageSize := int64(binary.LittleEndian.Uint32(meta[8:]))
	pages := int64(binary.LittleEndian.Uint64(meta[40:]))
	return db, pages * pageSize
}

// damagedCopy writes a copy of src changed by damage to a new file.
func damagedCopy(t *testing.T, src string, damage func([]byte) []byte) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "damaged.db")
	if err := os.WriteFile(dst, damage(b), 0o600); err != nil {
		t.Fatal(err)
	}
	return dst
}

// wantDamaged checks that err is the one message for a damaged store.
func wantDamaged(t *testing.T, what string, db string, err error) {
	t.Helper()
	var de *graph.DamagedError
	switch {
	case !errors.As(err, &de) || !errors.Is(err, graph.ErrDamaged):
		t.Errorf("%s: got %v, want a *graph.DamagedError", what, err)
	case err.Error() != de.Error():
		t.Errorf("%s: got %q, want the damage message alone", what, err)
	case !strings.HasPrefix(err.Error(), "store "+db+" is damaged: ") || !strings.Contains(err.Error(), "restore it from a backup") || !strings.Contains(err.Error(), "newsgraph export -o backup.nq"):
		t.Errorf("%s: got %q, want it to say the store is damaged and how to restore it", what, err)
	}
}

// TestDamagedStoreTruncated cuts copies of a real store at several sizes
// below its pages in use: every command must say the store is damaged
// (before, most of them died of a Go panic or a memory fault).
func TestDamagedStoreTruncated(t *testing.T) {
	src, used := realStore(t)
	cmds := storeCommands(t)
	for _, size := range []int64{100, 4096, 8192, 12288, 16384, used / 2, used - 4096} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			for name, args := range cmds {
				db := damagedCopy(t, src, func(b []byte) []byte { return b[:size] })
				_, err := runStore(t, db, args)
				wantDamaged(t, name, db, err)
			}
		})
	}
	t.Run("empty file", func(t *testing.T) {
		for _, name := range []string{"stats", "export", "query", "check"} {
			db := damagedCopy(t, src, func([]byte) []byte { return nil })
			_, err := runStore(t, db, cmds[name])
			wantDamaged(t, name, db, err)
		}
	})
}

// TestDamagedStoreFlipped flips random bits in the pages in use of copies
// of a real store: no command may panic, each either works or says the
// store is damaged, and check finds whatever another command found.
func TestDamagedStoreFlipped(t *testing.T) {
	src, used := realStore(t)
	cmds := storeCommands(t)
	rnd := rand.New(rand.NewSource(14))
	found := 0
	const trials = 24
	for i := range trials {
		var offsets []int64
		for range 3 {
			offsets = append(offsets, rnd.Int63n(used))
		}
		bit := byte(1) << rnd.Intn(8)
		t.Run(fmt.Sprint(offsets), func(t *testing.T) {
			flip := func(b []byte) []byte {
				for _, o := range offsets {
					b[o] ^= bit
				}
				return b
			}
			any := false
			for _, name := range []string{"stats", "export", "query", "build", "import"} {
				db := damagedCopy(t, src, flip)
				if _, err := runStore(t, db, cmds[name]); err != nil {
					wantDamaged(t, name, db, err)
					any = true
				}
			}
			db := damagedCopy(t, src, flip)
			_, err := runStore(t, db, cmds["check"])
			if err != nil {
				wantDamaged(t, "check", db, err)
				found++
			} else if any {
				t.Errorf("check: found nothing where another command found damage")
			}
		})
		_ = i
	}
	t.Logf("check found damage in %d of %d copies with flipped bits", found, trials)
	if found == 0 {
		t.Errorf("no flipped copy was found damaged: the test damages nothing")
	}
}

// TestCheckSound: check passes a sound store, also after an edit and a
// re-build (quads removed and added).
func TestCheckSound(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	db := filepath.Join(dir, "g.db")
	for _, text := range []string{
		"Minister Anna Berg met union leader Carl Holm in Oslo on Monday.\n",
		"Minister Anna Berg met Prime Minister Erik Dahl in Bergen on Friday.\n",
	} {
		if err := os.WriteFile(filepath.Join(in, "a.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		mustRun(t, "build", "--store", db, in, "../../examples/articles")
		out := mustRun(t, "check", "--store", db)
		if !strings.HasPrefix(out, "store "+db+" is intact: ") {
			t.Errorf("got %q, want the store intact", out)
		}
	}
}

// TestBuildErrorSaysWhatIsStored: a build that stops says what the store
// holds and how to finish, counting only documents written (an
// interrupted build said "after 208 documents" when none were stored).
func TestBuildErrorSaysWhatIsStored(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	err := buildError(cancelled, newsgraph.Stats{Documents: 208, Stored: 0}, context.Canceled)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "interrupted after writing 0 documents to the store (208 read, 0 unchanged)") ||
		!strings.Contains(err.Error(), "run the same build again to continue") {
		t.Errorf("interrupted: got %v", err)
	}
	missing := []newsgraph.IRI{"https://example.org/a", "https://example.org/b"}
	err = buildError(context.Background(), newsgraph.Stats{Documents: 300, Stored: 120},
		fmt.Errorf("write 24 documents: %w", &newsgraph.UpdateError{Missing: missing, Err: syscall.ENOSPC}))
	for _, want := range []string{"no space left on device", "with the 120 documents this build wrote", "but without these 2", "https://example.org/a, https://example.org/b", "Run the same build again"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("failed update: got %q, want it to say %q", err, want)
		}
	}
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("failed update: got %v, want it to wrap the cause", err)
	}
}

// TestDamagedStoreValues damages values that Bolt keeps intact as a file
// (a byte flipped inside a document's record, or a text that no longer
// decodes), written back through Bolt so that only the value is wrong:
// check finds it, and every other command works or says the store is
// damaged. A flipped record used to fail build with a bare decoding error
// that check did not find.
func TestDamagedStoreValues(t *testing.T) {
	src, _ := realStore(t)
	cmds := storeCommands(t)
	for _, c := range []struct {
		name, bucket, key string
		damage            func([]byte)
	}{
		{"record body", "newsgraph.records", "", func(v []byte) { v[len(v)*3/4] ^= 0x10 }},
		{"record head", "newsgraph.records", "", func(v []byte) { v[len(v)-1] ^= 0x01 }},
		{"text", "newsgraph.texts", "", func(v []byte) { v[0] = 'x' }},
		// Cayley's list of its indexes, in JSON: a flipped byte makes it
		// unreadable at open
		{"graph metadata", "meta", "indexes", func(v []byte) { v[len(v)/2] = 'u' }},
	} {
		t.Run(c.name, func(t *testing.T) {
			for name, args := range cmds {
				db := damagedCopy(t, src, func(b []byte) []byte { return b })
				damageValue(t, db, c.bucket, c.key, c.damage)
				_, err := runStore(t, db, args)
				if name == "check" && err == nil {
					t.Errorf("check: found nothing")
				}
				if err != nil {
					wantDamaged(t, name, db, err)
				}
			}
		})
	}
}

// damageValue changes the value of key (the first value when key is "")
// of a Bolt bucket of the store at db with damage, through Bolt.
func damageValue(t *testing.T, db, bucket, key string, damage func([]byte)) {
	t.Helper()
	bdb, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	err = bdb.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucket))
		if b == nil {
			return fmt.Errorf("no bucket %s", bucket)
		}
		k, v := b.Cursor().First()
		if key != "" {
			k, v = []byte(key), b.Get([]byte(key))
		}
		if k == nil || v == nil {
			return fmt.Errorf("bucket %s has no value %q", bucket, key)
		}
		v = bytes.Clone(v)
		damage(v)
		return b.Put(bytes.Clone(k), v)
	})
	if err != nil {
		t.Fatal(err)
	}
}
