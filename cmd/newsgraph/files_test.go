package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestImportOnceReadable: an N-Quads backup given as a named pipe (as
// `import <(cat backup.nq)` gives it) is loaded whole; it used to be read
// to its end by the check, leaving nothing to load, and import reported
// success with an empty store.
func TestImportOnceReadable(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "g.db")
	mustRun(t, "build", "--store", src, "../../examples/articles")
	backup := mustRun(t, "export", "--store", src, "--format", "nquads")
	fifo := filepath.Join(dir, "backup.nq")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	go func() {
		// The writer's end: open blocks until import opens the pipe.
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString(backup)
		f.Close()
	}()
	db := filepath.Join(dir, "restored.db")
	_, errOut, err := runCmd(t, "", "import", "--store", db, fifo)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, errOut)
	}
	got := mustRun(t, "export", "--store", db, "--format", "nquads")
	if sortLines(got) != sortLines(backup) {
		t.Errorf("the restored store holds %d bytes of N-Quads, want the %d of the backup", len(got), len(backup))
	}
	if want := fmt.Sprintf("imported: files=1 quads=%d\n", strings.Count(backup, "\n")); errOut != want {
		t.Errorf("import said %q, want %q", errOut, want)
	}

	// Standard input works the same.
	db2 := filepath.Join(dir, "restored2.db")
	if _, errOut, err := runCmd(t, backup, "import", "--store", db2, "-"); err != nil {
		t.Fatalf("import -: %v\n%s", err, errOut)
	}
	if got := mustRun(t, "export", "--store", db2, "--format", "nquads"); sortLines(got) != sortLines(backup) {
		t.Errorf("import -: the restored store differs from the backup")
	}

	// A malformed line is reported with the name given, not the copy's.
	_, _, err = runCmd(t, "<a> <b> .\nnot a quad\n", "import", "--store", db2, "-")
	if err == nil || !strings.Contains(err.Error(), "import -:1") {
		t.Errorf("got %v, want an error naming - and its line", err)
	}
}

func sortLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// TestExportOutputKinds: export -o never replaces what is not a regular
// file: it writes through a symbolic link to its target, and straight into
// a device or a named pipe. It used to rename its temporary file over any
// of them (as root, -o /dev/full replaced the device node).
func TestExportOutputKinds(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "g.db")
	mustRun(t, "build", "--store", db, "../../examples/articles")
	want := mustRun(t, "export", "--store", db, "--format", "nquads")

	t.Run("symbolic link", func(t *testing.T) {
		target := filepath.Join(dir, "real.nq")
		os.WriteFile(target, []byte("old"), 0o644)
		link := filepath.Join(dir, "link.nq")
		if err := os.Symlink("real.nq", link); err != nil {
			t.Fatal(err)
		}
		mustRun(t, "export", "--store", db, "-o", link)
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced (%v)", err)
		}
		if got, _ := os.ReadFile(target); string(got) != want {
			t.Errorf("the link's target holds %d bytes, want the export's %d", len(got), len(want))
		}
	})
	t.Run("dangling link", func(t *testing.T) {
		link := filepath.Join(dir, "dangling.nq")
		os.Symlink("missing/none.nq", link)
		_, _, err := runCmd(t, "", "export", "--store", db, "-o", link)
		if err == nil || !strings.Contains(err.Error(), "symbolic link") {
			t.Errorf("got %v, want the dangling link refused", err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced (%v)", err)
		}
	})
	t.Run("named pipe", func(t *testing.T) {
		fifo := filepath.Join(dir, "pipe.nq")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		got := make(chan string)
		go func() {
			b, _ := os.ReadFile(fifo)
			got <- string(b)
		}()
		mustRun(t, "export", "--store", db, "-o", fifo)
		if g := <-got; g != want {
			t.Errorf("read %d bytes from the pipe, want %d", len(g), len(want))
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("the pipe was replaced (%v)", err)
		}
	})
	t.Run("device", func(t *testing.T) {
		// A null device of our own, so that nothing outside the test is
		// at risk.
		dev := filepath.Join(dir, "null.nq")
		if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Skipf("mknod (needs root): %v", err)
		}
		mustRun(t, "export", "--store", db, "-o", dev)
		if fi, err := os.Lstat(dev); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("the device was replaced (%v)", err)
		}
		full := filepath.Join(dir, "full.nq")
		if err := syscall.Mknod(full, syscall.S_IFCHR|0o666, 1<<8|7); err != nil {
			t.Skipf("mknod: %v", err)
		}
		if _, _, err := runCmd(t, "", "export", "--store", db, "-o", full); err == nil || !strings.Contains(err.Error(), "no space left") {
			t.Errorf("export to a full device: got %v, want the write error", err)
		}
		if fi, err := os.Lstat(full); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("the device was replaced (%v)", err)
		}
	})
}
