package graph

import (
	"os"
	"syscall"

	"github.com/boltdb/bolt"
)

// releasePages drops the pages of db's memory map from the process's
// resident set: they stay in the kernel's page cache and come back on the
// next access. Bolt reads the store through a shared, read-only map, so a
// long build would otherwise count most of the store file in its peak RSS
// (80% of it in a 10 MB build) although the kernel may reclaim those pages
// at any time.
func releasePages(db *bolt.DB) {
	info, err := os.Stat(db.Path())
	if err != nil || info.Size() == 0 {
		return
	}
	data := db.Info().Data
	if data == 0 {
		return
	}
	// Advice only: an error leaves the pages where they were.
	syscall.Syscall(syscall.SYS_MADVISE, data, uintptr(info.Size()), syscall.MADV_DONTNEED)
}
