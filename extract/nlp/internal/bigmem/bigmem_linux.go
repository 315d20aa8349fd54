// Package bigmem allocates the large, read-mostly weight tables of the NLP
// models. Look-ups into them are random, so with 4 KiB pages nearly every
// one also misses the TLB; on Linux the tables are mapped on huge-page
// boundaries and advised to use transparent huge pages.
package bigmem

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on amd64 and arm64.
const hugePage = 2 << 20

// Table returns a zeroed slice of n elements for a weight table. Tables of
// several megabytes are mapped outside the Go heap, and unmapped by a
// cleanup attached to owner, so the slice must not outlive owner. T must
// not contain pointers.
func Table[T, O any](owner *O, n int) []T {
	size := n * int(unsafe.Sizeof(*new(T)))
	if size < 2*hugePage {
		return make([]T, n)
	}
	mem, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]T, n)
	}
	off := 0
	if r := uintptr(unsafe.Pointer(&mem[0])) % hugePage; r != 0 {
		off = int(hugePage - r)
	}
	_ = syscall.Madvise(mem[off:off+size], 14) // MADV_HUGEPAGE; advice only
	runtime.AddCleanup(owner, func(b []byte) { _ = syscall.Munmap(b) }, mem)
	return unsafe.Slice((*T)(unsafe.Pointer(&mem[off])), n)
}
