// Command vulndb builds a Go vulnerability database directory that
// govulncheck reads with -db file://DIR, from the OSV entries of the
// golang.org/x/vulndb module (its data/osv folder), for machines that
// cannot reach the online database.
//
// The directory has the layout of the database's v1 API:
//
//	index/db.json       {"modified": time of the newest entry}
//	index/modules.json  [{"path": module, "vulns": [{"id", "modified"}]}], by path and ID
//	index/vulns.json    [{"id", "modified", "aliases"}], by ID
//	ID/<id>.json        each OSV entry
//
// The entries in x/vulndb's repository carry a zero "modified" time (the
// online database fills it in from the repository's history); vulndb sets
// every zero time to -modified, the time of the snapshot, so that the
// output depends only on the snapshot. The optional "fixed" version of
// modules.json is left out: govulncheck then reads every entry of a
// module it finds and matches the entry's version ranges itself.
//
// Usage:
//
//	vulndb -osv $(go env GOMODCACHE)/golang.org/x/vulndb@VERSION/data/osv -modified 2026-11-05T23:49:57Z -o DIR
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func main() {
	src := flag.String("osv", "", "folder of OSV entries (`DIR`, the data/osv folder of golang.org/x/vulndb)")
	out := flag.String("o", "", "database folder to write (`DIR`; replaced when it exists)")
	mod := flag.String("modified", "", "RFC 3339 time given to entries whose modified time is zero (the snapshot's commit time)")
	flag.Parse()
	if *src == "" || *out == "" || *mod == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: vulndb -osv DIR -modified TIME -o DIR")
		os.Exit(2)
	}
	t, err := time.Parse(time.RFC3339, *mod)
	if err != nil {
		fmt.Fprintf(os.Stderr, "vulndb: -modified: %v\n", err)
		os.Exit(2)
	}
	n, err := build(*src, *out, t.UTC())
	if err != nil {
		fmt.Fprintf(os.Stderr, "vulndb: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "vulndb: %d entries from %s in %s\n", n, *src, *out)
}

// entry is the part of an OSV entry that the indexes need.
type entry struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
	Aliases  []string  `json:"aliases"`
	Affected []struct {
		Package struct {
			Name      string `json:"name"`
			Ecosystem string `json:"ecosystem"`
		} `json:"package"`
	} `json:"affected"`
}

type moduleVuln struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
}

type module struct {
	Path  string       `json:"path"`
	Vulns []moduleVuln `json:"vulns"`
}

type vuln struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
	Aliases  []string  `json:"aliases"`
}

// build writes the database of the entries in src to out, through a
// temporary folder beside it, and returns the number of entries.
func build(src, out string, modified time.Time) (int, error) {
	names, err := filepath.Glob(filepath.Join(src, "*.json"))
	if err != nil {
		return 0, err
	}
	if len(names) == 0 {
		return 0, fmt.Errorf("no OSV entries (*.json) in %s", src)
	}
	sort.Strings(names)
	if err := os.MkdirAll(filepath.Dir(filepath.Clean(out)), 0o755); err != nil {
		return 0, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(filepath.Clean(out)), "."+filepath.Base(out)+".new-*")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	for _, d := range []string{"ID", "index"} {
		if err := os.Mkdir(filepath.Join(tmp, d), 0o755); err != nil {
			return 0, err
		}
	}
	modules := make(map[string]*module)
	var vulns []vuln
	var newest time.Time
	for _, name := range names {
		e, data, err := readEntry(name, modified)
		if err != nil {
			return 0, err
		}
		if err := os.WriteFile(filepath.Join(tmp, "ID", e.ID+".json"), data, 0o644); err != nil {
			return 0, err
		}
		if e.Modified.After(newest) {
			newest = e.Modified
		}
		vulns = append(vulns, vuln{ID: e.ID, Modified: e.Modified, Aliases: nonNil(e.Aliases)})
		seen := make(map[string]bool)
		for _, a := range e.Affected {
			p := a.Package.Name
			if seen[p] {
				continue
			}
			seen[p] = true
			m := modules[p]
			if m == nil {
				m = &module{Path: p}
				modules[p] = m
			}
			m.Vulns = append(m.Vulns, moduleVuln{ID: e.ID, Modified: e.Modified})
		}
	}
	mods := make([]*module, 0, len(modules))
	for _, m := range modules {
		sort.Slice(m.Vulns, func(i, j int) bool { return m.Vulns[i].ID < m.Vulns[j].ID })
		mods = append(mods, m)
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].Path < mods[j].Path })
	sort.Slice(vulns, func(i, j int) bool { return vulns[i].ID < vulns[j].ID })
	for name, v := range map[string]any{
		"db.json":      map[string]time.Time{"modified": newest},
		"modules.json": mods,
		"vulns.json":   vulns,
	} {
		data, err := json.Marshal(v)
		if err != nil {
			return 0, err
		}
		if err := os.WriteFile(filepath.Join(tmp, "index", name), data, 0o644); err != nil {
			return 0, err
		}
	}
	if err := os.RemoveAll(out); err != nil {
		return 0, err
	}
	if err := os.Rename(tmp, out); err != nil {
		return 0, err
	}
	return len(names), nil
}

// readEntry reads and checks the OSV entry in the file name, gives it the
// time modified when its own is zero, and returns it with its JSON.
func readEntry(name string, modified time.Time) (entry, []byte, error) {
	var e entry
	data, err := os.ReadFile(name)
	if err != nil {
		return e, nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return e, nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := json.Unmarshal(data, &e); err != nil {
		return e, nil, fmt.Errorf("%s: %w", name, err)
	}
	switch {
	case e.ID == "":
		return e, nil, fmt.Errorf("%s: no id", name)
	case filepath.Base(name) != e.ID+".json":
		return e, nil, fmt.Errorf("%s: file name does not match id %q", name, e.ID)
	case len(e.Affected) == 0:
		return e, nil, fmt.Errorf("%s: no affected packages", name)
	}
	for _, a := range e.Affected {
		if a.Package.Name == "" || !strings.EqualFold(a.Package.Ecosystem, "Go") {
			return e, nil, fmt.Errorf("%s: affected package %q of ecosystem %q, want a Go module", name, a.Package.Name, a.Package.Ecosystem)
		}
	}
	if !e.Modified.IsZero() {
		return e, data, nil
	}
	e.Modified = modified
	m, err := json.Marshal(modified)
	if err != nil {
		return e, nil, err
	}
	raw["modified"] = m
	if data, err = json.Marshal(raw); err != nil {
		return e, nil, fmt.Errorf("%s: %w", name, err)
	}
	return e, data, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
