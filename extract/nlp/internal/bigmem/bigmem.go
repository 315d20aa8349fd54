package bigmem

import "unsafe"

// Move returns a copy of s in a Table owned by owner, or s itself when it
// is too small to gain from huge pages.
func Move[T, O any](owner *O, s []T) []T {
	if len(s)*int(unsafe.Sizeof(*new(T))) < 4<<20 {
		return s
	}
	t := Table[T](owner, len(s))
	copy(t, s)
	return t
}
