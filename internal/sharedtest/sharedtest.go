// Package sharedtest finds ../shared, the read-only material (corpora,
// treebanks, scorers) that sits beside a checkout of the repository, for
// tests and benchmarks.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the repository root: the nearest directory above the
// working directory that holds go.mod.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Dir returns the path of ../shared/elem... beside the repository root.
// When it does not exist the test is skipped, or fails when the
// environment variable CI is "true", where the material must be present.
func Dir(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Root(tb), "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is required when CI=true: %v", p, err)
		}
		tb.Skipf("%s not found beside the repository; skipping (%v)", p, err)
	}
	return p
}
