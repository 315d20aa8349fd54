//go:build !linux

// Package bigmem allocates the large, read-mostly weight tables of the NLP
// models (on Linux, on transparent huge pages).
package bigmem

// Table returns a zeroed slice of n elements for a weight table.
func Table[T, O any](owner *O, n int) []T { return make([]T, n) }
