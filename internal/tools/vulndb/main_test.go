package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestBuild(t *testing.T) {
	src := t.TempDir()
	entries := map[string]string{
		"GO-2026-0002.json": `{"id":"GO-2026-0002","modified":"0001-01-01T00:00:00Z","aliases":["CVE-2026-2"],
			"affected":[{"package":{"name":"golang.org/x/net","ecosystem":"Go"}},{"package":{"name":"golang.org/x/net","ecosystem":"Go"}}]}`,
		"GO-2026-0001.json": `{"id":"GO-2026-0001","modified":"2026-01-02T03:04:05Z",
			"affected":[{"package":{"name":"stdlib","ecosystem":"Go"}},{"package":{"name":"golang.org/x/net","ecosystem":"Go"}}]}`,
		"README.md": "not an entry",
	}
	for name, data := range entries {
		if err := os.WriteFile(filepath.Join(src, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "db")
	snap := time.Date(2026, 11, 5, 23, 49, 57, 0, time.UTC)
	n, err := build(src, out, snap)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("got %d entries, want 2", n)
	}
	var mods []module
	readJSON(t, filepath.Join(out, "index", "modules.json"), &mods)
	if len(mods) != 2 || mods[0].Path != "golang.org/x/net" || mods[1].Path != "stdlib" {
		t.Fatalf("got modules %+v, want golang.org/x/net and stdlib", mods)
	}
	if v := mods[0].Vulns; len(v) != 2 || v[0].ID != "GO-2026-0001" || v[1].ID != "GO-2026-0002" || !v[1].Modified.Equal(snap) {
		t.Errorf("got golang.org/x/net vulns %+v, want both entries by ID, the second modified at the snapshot", v)
	}
	var vulns []vuln
	readJSON(t, filepath.Join(out, "index", "vulns.json"), &vulns)
	if len(vulns) != 2 || vulns[0].Aliases == nil || vulns[1].Aliases[0] != "CVE-2026-2" {
		t.Errorf("got vulns %+v", vulns)
	}
	var db struct{ Modified time.Time }
	readJSON(t, filepath.Join(out, "index", "db.json"), &db)
	if !db.Modified.Equal(snap) {
		t.Errorf("got db modified %v, want %v", db.Modified, snap)
	}
	var e entry
	readJSON(t, filepath.Join(out, "ID", "GO-2026-0002.json"), &e)
	if !e.Modified.Equal(snap) || len(e.Affected) != 2 {
		t.Errorf("got entry %+v", e)
	}
}

func TestBuildRejects(t *testing.T) {
	for name, data := range map[string]string{
		"GO-2026-0003.json": `{"id":"GO-2026-0004","affected":[{"package":{"name":"m","ecosystem":"Go"}}]}`,
		"GO-2026-0005.json": `{"id":"GO-2026-0005","affected":[{"package":{"name":"m","ecosystem":"npm"}}]}`,
		"GO-2026-0006.json": `{"id":"GO-2026-0006"`,
	} {
		t.Run(name, func(t *testing.T) {
			src := t.TempDir()
			if err := os.WriteFile(filepath.Join(src, name), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "db")
			if _, err := build(src, out, time.Now()); err == nil {
				t.Fatal("no error")
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("a failed build left %s", out)
			}
		})
	}
}

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}
