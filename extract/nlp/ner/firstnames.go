package ner

import (
	"strings"
	"sync"
)

// loadFirstNames returns the given-name set, built by buildFirstNames on
// first use and shared read-only.
var loadFirstNames = sync.OnceValue(buildFirstNames)

// buildFirstNames builds the set of the given names of firstNameList,
// keyed by hashString of the name as written ("Isabel").
func buildFirstNames() map[uint64]bool {
	names := strings.Fields(firstNameList)
	set := make(map[uint64]bool, len(names))
	for _, n := range names {
		set[hashString(n)] = true
	}
	return set
}
