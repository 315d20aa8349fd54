package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildBinary compiles newsgraph into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "newsgraph")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeCorpus writes n short articles about a few recurring people.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	people := []string{"Anna Berg", "Carl Holm", "Dina Falk", "Erik Lund", "Frida Moe", "Gustav Nyland"}
	for i := range n {
		a, b := people[i%len(people)], people[(i/len(people)+i+1)%len(people)]
		text := fmt.Sprintf("Talks %d\n\nMinister %s met union leader %s in Oslo on day %d. %s said the talks were useful. "+
			"The Harbour Workers Union rejected proposal number %d.\n", i, a, b, i, a, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// sortedExport returns the store's N-Quads, sorted.
func sortedExport(t *testing.T, bin, db string) string {
	t.Helper()
	out, err := exec.Command(bin, "export", "--store", db, "--format", "nquads").Output()
	if err != nil {
		t.Fatalf("export %s: %v", db, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// TestBuildInterrupted kills builds at several points, with SIGKILL and
// SIGINT: every store left behind must open, and running the same build
// again must complete with the quads of an uninterrupted build.
func TestBuildInterrupted(t *testing.T) {
	bin := buildBinary(t)
	corpus := writeCorpus(t, 800)
	// Small transactions, so that a signal lands between and inside them.
	env := append(os.Environ(), "NEWSGRAPH_EXTRACT_BATCH_QUADS=300", "NEWSGRAPH_EXTRACT_WORKERS=2")
	build := func(db string) *exec.Cmd {
		cmd := exec.Command(bin, "build", "--quiet", "--store", db, corpus)
		cmd.Env = env
		return cmd
	}
	ref := filepath.Join(t.TempDir(), "ref.db")
	start := time.Now()
	if out, err := build(ref).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted build: %v\n%s", err, out)
	}
	full := time.Since(start)
	want := sortedExport(t, bin, ref)

	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGINT} {
		for _, frac := range []float64{0.05, 0.4, 0.8} {
			t.Run(fmt.Sprintf("%v at %.0f%%", sig, frac*100), func(t *testing.T) {
				db := filepath.Join(t.TempDir(), "g.db")
				cmd := build(db)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				time.Sleep(time.Duration(frac * float64(full)))
				cmd.Process.Signal(sig)
				err := cmd.Wait()
				var ee *exec.ExitError
				switch {
				case err == nil:
					t.Logf("the build finished before the signal")
				case !errors.As(err, &ee):
					t.Fatal(err)
				case sig == syscall.SIGINT && ee.ExitCode() != 1:
					t.Errorf("SIGINT: got exit status %d, want 1\n%s", ee.ExitCode(), stderr.String())
				case sig == syscall.SIGINT && !strings.Contains(stderr.String(), "run the same build again to continue"):
					t.Errorf("SIGINT: got %q, want the interruption explained", stderr.String())
				}
				if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
					t.Logf("stopped before the store was created")
				} else {
					out, err := exec.Command(bin, "stats", "--store", db).CombinedOutput()
					if err != nil {
						t.Fatalf("the interrupted store does not open: %v\n%s", err, out)
					}
					t.Logf("interrupted store: %s", bytes.TrimSpace(out))
				}
				if out, err := build(db).CombinedOutput(); err != nil {
					t.Fatalf("re-run: %v\n%s", err, out)
				}
				if got := sortedExport(t, bin, db); got != want {
					t.Errorf("after an interrupted build and a re-run, the store differs from an uninterrupted build (%d vs %d bytes of N-Quads)", len(got), len(want))
				}
			})
		}
	}
}

func TestBuildDryRun(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	out := mustRun(t, "build", "--dry-run", "--json", "--store", db, "../../examples/articles")
	if !strings.Contains(out, `"dry_run": true`) || !strings.Contains(out, `"documents": 3`) {
		t.Errorf("got summary %s, want a dry run over 3 documents", out)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a dry run created the store (stat: %v)", err)
	}
}

func TestProgressFiles(t *testing.T) {
	dir := t.TempDir()
	for name, size := range map[string]int{"a.txt": 100, "b.csv": 1000} {
		if err := os.WriteFile(filepath.Join(dir, name), bytes.Repeat([]byte("x"), size), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := &progress{sizes: inputSizes([]string{dir})}
	steps := []struct {
		source string
		n      int
		want   int64
	}{
		{filepath.Join(dir, "a.txt"), 90, 90},
		{filepath.Join(dir, "b.csv") + ":2", 400, 500},
		{filepath.Join(dir, "b.csv") + ":3", 900, 1100},
	}
	for _, s := range steps {
		p.read(s.source, s.n)
		if got := p.done + min(p.in, p.sizes[p.file]); got != s.want {
			t.Errorf("after %s: got %d bytes done, want %d", s.source, got, s.want)
		}
	}
}
