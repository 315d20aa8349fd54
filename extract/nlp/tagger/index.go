package tagger

import "slices"

// keyIndex finds the position of a 64-bit key in a sorted key slice
// through an open-addressing table built at load time: no per-entry
// allocation, and lookups that cost one or two cache misses.
type keyIndex struct {
	keys  []uint64 // sorted
	table []int32  // position+1 of the key in keys; 0 marks an empty slot
	mask  uint64
}

func newKeyIndex(keys []uint64) keyIndex {
	size := 1
	for size < 2*len(keys)+2 {
		size <<= 1
	}
	x := keyIndex{keys: keys, table: make([]int32, size), mask: uint64(size - 1)}
	for i, k := range keys {
		j := mix(k) & x.mask
		for x.table[j] != 0 {
			j = (j + 1) & x.mask
		}
		x.table[j] = int32(i + 1)
	}
	return x
}

// find returns the position of k in the keys, or -1.
func (x *keyIndex) find(k uint64) int {
	if len(x.keys) == 0 {
		return -1
	}
	j := mix(k) & x.mask
	for {
		p := x.table[j]
		if p == 0 {
			return -1
		}
		if x.keys[p-1] == k {
			return int(p - 1)
		}
		j = (j + 1) & x.mask
	}
}

// strTable maps 64-bit keys to strings, all kept in one blob.
type strTable struct {
	ix   keyIndex
	off  []uint32 // string i is blob[off[i]:off[i+1]]
	blob string
}

func newStrTable(m map[uint64]string) strTable {
	keys := sortedKeys(m)
	var b []byte
	off := make([]uint32, 0, len(keys)+1)
	for _, k := range keys {
		off = append(off, uint32(len(b)))
		b = append(b, m[k]...)
	}
	off = append(off, uint32(len(b)))
	return strTable{ix: newKeyIndex(keys), off: off, blob: string(b)}
}

func (t *strTable) get(k uint64) (string, bool) {
	i := t.ix.find(k)
	if i < 0 {
		return "", false
	}
	return t.blob[t.off[i]:t.off[i+1]], true
}

func sortedKeys[V any](m map[uint64]V) []uint64 {
	ks := make([]uint64, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
