package ner

import "slices"

// The town names of data/towns.txt.gz come from GeoNames (CC BY 4.0,
// see data/README.md); loadTowns keeps them as sorted hashes.

// townExtend extends the hash h of some words by a space and word w, so
// that hashString("New"), extended by "York", gives hashString("New York")
// (FNV-1a over the joined bytes): the hashes of towns.hashes.
func townExtend(h uint64, w string) uint64 {
	h ^= ' '
	h *= fnvPrime
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= fnvPrime
	}
	return h
}

// townWords returns the most words of a town name that starts with the
// word of hash h (hashString), 0 when none does.
func townWords(h uint64) int {
	k := h &^ 7
	first := loadTowns().first
	i, _ := slices.BinarySearch(first, k)
	if i < len(first) && first[i]&^7 == k {
		return int(first[i] & 7)
	}
	return 0
}

// isTownHash reports whether h is the hash of a town name.
func isTownHash(h uint64) bool {
	_, ok := slices.BinarySearch(loadTowns().hashes, h)
	return ok
}

// fillTowns sets the town field of info: the position of each word in
// the longest town name matched at it, 0 none, 1 a one-word name, 2
// first, 3 inside, 4 last word. Names start with a capitalised word. It
// reads the words' wordInfo from info (townMax, townOne).
func fillTowns(words []string, info []tokenInfo) {
	n := len(words)
	for i := 0; i < n; {
		matched := 0
		if most := int(info[i].townMax); most > 0 { // (0 unless capitalised)
			h := info[i].form
			for l := 1; l <= min(most, n-i); l++ {
				if l == 1 {
					if info[i].townOne { // isTownHash(h)
						matched = 1
					}
					continue
				}
				h = townExtend(h, words[i+l-1])
				if isTownHash(h) {
					matched = l
				}
			}
		}
		switch matched {
		case 0:
			i++
			continue
		case 1:
			info[i].town = 1
		default:
			for j := i; j < i+matched; j++ {
				info[j].town = 3
			}
			info[i].town = 2
			info[i+matched-1].town = 4
		}
		i += matched
	}
}
