package ner

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The word lists in data/ are gzip-compressed text, one entry a line,
// written by internal/gendata (see data/README.md for their sources and
// licences). Each is read on first use and shared read-only.
//
//go:generate go run ./internal/gendata -debian -o data
//go:embed data/*.gz
var dataFiles embed.FS

// dataLines calls f with each line of the embedded file data/name. The
// files are part of the binary, so a file that cannot be read is a
// programming error, and it panics.
func dataLines(name string, f func(line string)) {
	dataBytes(name, func(l []byte) { f(string(l)) })
}

// dataBytes is dataLines with each line as bytes, valid only during the
// call of f.
func dataBytes(name string, f func(line []byte)) {
	r, err := dataFiles.Open("data/" + name)
	if err != nil {
		panic(fmt.Sprintf("ner: embedded %s: %v", name, err))
	}
	defer r.Close()
	zr, err := gzip.NewReader(r)
	if err != nil {
		panic(fmt.Sprintf("ner: embedded %s: %v", name, err))
	}
	sc := bufio.NewScanner(bufio.NewReaderSize(zr, 1<<16))
	for sc.Scan() {
		if l := sc.Bytes(); len(l) > 0 {
			f(l)
		}
	}
	if err := sc.Err(); err != nil {
		panic(fmt.Sprintf("ner: embedded %s: %v", name, err))
	}
}

// An isoCountry is one ISO 3166-1 entry of data/countries.tsv.gz.
type isoCountry struct {
	Alpha2, Alpha3 string
	Name           string   // display name ("United States", "Russia")
	Aliases        []string // other names from iso-codes
}

// loadCountries returns the ISO 3166-1 entries, sorted by code.
var loadCountries = sync.OnceValue(func() []isoCountry {
	var out []isoCountry
	dataLines("countries.tsv.gz", func(l string) {
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			panic(fmt.Sprintf("ner: embedded countries.tsv.gz: bad line %q", l))
		}
		out = append(out, isoCountry{Alpha2: f[0], Alpha3: f[1], Name: f[2], Aliases: f[3:]})
	})
	return out
})

// loadPlaceNames returns the place names of data/places.txt.gz (ISO
// 3166-2 subdivisions, time-zone cities) and data/cities.txt.gz (world
// cities of SimpleMaps).
var loadPlaceNames = sync.OnceValue(func() []string {
	var out []string
	add := func(l string) { out = append(out, l) }
	dataLines("places.txt.gz", add)
	dataLines("cities.txt.gz", add)
	return out
})

// towns are the hash tables of the town names of data/towns.txt.gz
// (see townWords and isTownHash).
type towns struct {
	// hashes are the sorted hashes (hashString of the name as written,
	// words joined by single spaces) of the names.
	hashes []uint64
	// first are the sorted hashes of the names' first words, with the
	// low three bits replaced by the most words of a name the word
	// starts.
	first []uint64
}

var loadTowns = sync.OnceValue(buildTowns)

func buildTowns() *towns {
	t := &towns{hashes: make([]uint64, 0, 160000), first: make([]uint64, 0, 160000)}
	dataBytes("towns.txt.gz", func(l []byte) {
		// FNV-1a as hashString, of the first word and of the whole.
		h, words, first := uint64(fnvOffset), uint64(1), uint64(0)
		for _, c := range l {
			if c == ' ' {
				if words == 1 {
					first = h
				}
				words++
			}
			h ^= uint64(c)
			h *= fnvPrime
		}
		if words == 1 {
			first = h
		}
		t.hashes = append(t.hashes, h)
		t.first = append(t.first, first&^7|min(words, 7))
	})
	radixSort(t.hashes)
	t.hashes = slices.Compact(t.hashes)
	// Keep, of each first word, the entry with the most words (the
	// largest, as the count is in the low bits).
	radixSort(t.first)
	out := t.first[:0]
	for i, x := range t.first {
		if i+1 < len(t.first) && t.first[i+1]&^7 == x&^7 {
			continue
		}
		out = append(out, x)
	}
	t.first = out
	return t
}

// radixSort sorts v in increasing order, 16 bits a pass (four times as
// fast as slices.Sort on the 150,000 town hashes, which is most of their
// load time).
func radixSort(v []uint64) {
	tmp := make([]uint64, len(v))
	src, dst := v, tmp
	var count [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(count[:])
		for _, x := range src {
			count[x>>shift&0xFFFF]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, x := range src {
			k := x >> shift & 0xFFFF
			dst[count[k]] = x
			count[k]++
		}
		src, dst = dst, src
	}
	// After four passes the result is back in v.
}

// loadFirstNames returns the given-name set of data/firstnames.txt.gz,
// keyed by hashString of the name as written ("Isabel").
var loadFirstNames = sync.OnceValue(buildFirstNames)

func buildFirstNames() map[uint64]bool {
	set := make(map[uint64]bool, 1<<14)
	dataLines("firstnames.txt.gz", func(l string) { set[hashString(l)] = true })
	return set
}

// WordNet classes of data/wordnet.tsv.gz (bits; see internal/gendata).
const (
	wnPerson   = 1 << iota // an instance of a person ("Einstein")
	wnGroup                // an organization or other group ("NATO")
	wnPlace                // a place ("Paris", "Aconcagua")
	wnOther                // anything else (works, languages, substances…)
	wnPeople               // a class of people ("Democrat", "Parisian")
	wnEvent                // an event ("Watergate", "World War II")
	wnLanguage             // a language ("Farsi")
	wnInstance             // an instance (a particular person, place…), not a class
)

// wordNet holds the capitalised nouns of WordNet with their classes.
type wordNet struct {
	names map[string]uint8
	// most maps each first word of a name to the most words of a name
	// it starts.
	most map[string]uint8
}

var loadWordNet = sync.OnceValue(buildWordNet)

func buildWordNet() *wordNet {
	w := &wordNet{names: make(map[string]uint8, 40000), most: make(map[string]uint8, 30000)}
	dataLines("wordnet.tsv.gz", func(l string) {
		name, v, ok := strings.Cut(l, "\t")
		c, err := strconv.Atoi(v)
		if !ok || err != nil || c <= 0 || c > 255 {
			panic(fmt.Sprintf("ner: embedded wordnet.tsv.gz: bad line %q", l))
		}
		w.names[name] = uint8(c)
		first, _, _ := strings.Cut(name, " ")
		w.most[first] = max(w.most[first], uint8(min(strings.Count(name, " ")+1, 255)))
	})
	return w
}

// WordNetClass returns the WordNet class bits of a capitalised name as
// written ("Farsi", "World War II"), 0 when WordNet does not list it.
// WordNetPerson reports whether WordNet knows name as a particular
// person ("Charlemagne", "Mozart").
func WordNetPerson(name string) bool {
	c := wordNetClass(name)
	return c&wnInstance != 0 && c&wnPerson != 0
}

func wordNetClass(name string) uint8 {
	return loadWordNet().names[name]
}

// loadTables reads every embedded word list, so that the first
// recognition does not pay for them; Default calls it.
func loadTables() {
	var wg sync.WaitGroup
	for _, f := range []func(){
		func() { loadTowns() },
		func() { loadGazetteer(); loadFirstNames() },
		func() { loadWordNet() },
	} {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	wg.Wait()
}
