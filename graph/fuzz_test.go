package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// FuzzCheckFile checks arbitrary bytes as a store file: no panic, and a
// file the check passes has its pages in use within it. FuzzOpen's real
// stores are its seeds too.
func FuzzCheckFile(f *testing.F) {
	f.Add([]byte{})
	f.Add(make([]byte, 8192))
	seeds, _ := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzOpen", "*"))
	for _, name := range seeds {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		s := strings.TrimSuffix(strings.TrimPrefix(string(b), "go test fuzz v1\n[]byte("), ")\n")
		data, err := strconv.Unquote(s)
		if err != nil {
			f.Fatalf("%s: %v", name, err)
		}
		f.Add([]byte(data))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := checkFile(bytes.NewReader(data), int64(len(data)), true)
		if err == nil && int64(c.meta.pgid)*c.ps > int64(len(data)) {
			t.Fatalf("passed a file of %d bytes whose pages in use reach %d", len(data), int64(c.meta.pgid)*c.ps)
		}
	})
}

// FuzzOpen opens arbitrary bytes as a store and reads all of it: every
// failure must be an error (a damaged store: a *DamagedError), never a
// panic or a memory fault. The seeds in testdata/fuzz/FuzzOpen are small
// real stores, whole and damaged.
func FuzzOpen(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.db")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		s, err := Open(ctx, Options{Path: path, ReadOnly: true})
		if err != nil {
			return
		}
		defer s.Close()
		check := func(what string, err error) {
			var de *DamagedError
			if err != nil && !errors.As(err, &de) && !errors.Is(err, errLayout) {
				t.Logf("%s: %v", what, err) // an error, not a crash: allowed
			}
		}
		_, err = s.Stats(ctx)
		check("stats", err)
		check("each", s.Each(ctx, func(quad.Quad) error { return nil }))
		_, err = newsgraph.Entities(ctx, s)
		check("entities", err)
		_, err = s.Pending(ctx)
		check("pending", err)
		_, _, err = s.checkData(ctx)
		check("check", err)
	})
}

// FuzzRedactAddress redacts addresses that hold a password: the result
// never holds it.
func FuzzRedactAddress(f *testing.F) {
	f.Add("ann", "s3cret-pw", "db.example:5432", "news")
	f.Add("a b", "p@ss:w/rd?", "[::1]:5432", "x y")
	f.Fuzz(func(t *testing.T, user, password, host, db string) {
		if len(password) < 6 || strings.Contains(user+host+db, password) {
			return
		}
		needles := []string{password}
		for _, esc := range []string{url.QueryEscape(password), url.PathEscape(password)} {
			if len(esc) >= 6 {
				needles = append(needles, esc)
			}
		}
		holds := func(s string) bool {
			for _, n := range needles {
				if strings.Contains(s, n) {
					return true
				}
			}
			return false
		}
		u := url.URL{Scheme: "postgres", User: url.UserPassword(user, password), Host: host, Path: "/" + db}
		bare := u
		bare.User = url.User(user)
		kv := "host=" + host + " user=" + user + " password='" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(password) + "' dbname=x"
		for _, form := range [][2]string{{u.String(), bare.String()}, {kv, "host=" + host + " user=" + user + " dbname=x"}} {
			addr, without := form[0], form[1]
			if holds(without) {
				// The escaped host, user or database spells the
				// password by chance: nothing to tell apart.
				continue
			}
			if got := RedactAddress(addr); holds(got) {
				t.Fatalf("RedactAddress(%q) = %q holds the password", addr, got)
			}
		}
	})
}

// FuzzDecodeRecord decodes arbitrary bytes as a stored record: an error,
// never a panic.
func FuzzDecodeRecord(f *testing.F) {
	f.Add(encodeRecord(newsgraph.Record{Key: "k", Hash: "h", Sum: "s", Head: []byte{1, 2}, Body: []byte{3}}))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeRecord("doc", data, true)
		if err != nil {
			return
		}
		again, err := decodeRecord("doc", encodeRecord(r), true)
		if err != nil || fmt.Sprint(again) != fmt.Sprint(r) {
			t.Fatalf("record %+v encodes to one that decodes to %+v, %v", r, again, err)
		}
		recordField(data, 0)
		recordField(data, 1)
	})
}
