package ner

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestDataFiles checks the embedded word lists against data/SHA256SUMS,
// so that a list changes only by regenerating it (internal/gendata, see
// data/README.md) and recording its new sum, and that each can be read.
func TestDataFiles(t *testing.T) {
	sums, err := os.ReadFile("data/SHA256SUMS")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(string(sums)))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			t.Fatalf("SHA256SUMS: bad line %q", sc.Text())
		}
		want[f[1]] = f[0]
	}
	names, err := fs.Glob(dataFiles, "data/*.gz")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(want) {
		t.Errorf("got %d data files, SHA256SUMS lists %d", len(names), len(want))
	}
	for _, name := range names {
		data, err := fs.ReadFile(dataFiles, name)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		base := strings.TrimPrefix(name, "data/")
		if got := hex.EncodeToString(sum[:]); got != want[base] {
			t.Errorf("%s: SHA-256 %s, SHA256SUMS has %q", name, got, want[base])
		}
		lines := 0
		dataLines(base, func(string) { lines++ })
		if lines == 0 {
			t.Errorf("%s: no lines", name)
		}
	}
}

// TestTables checks a few entries of each list as the recognizer reads
// them.
func TestTables(t *testing.T) {
	if !isTownHash(hashString("San Francisco")) || townWords(hashString("San")) < 2 {
		t.Error("town table lacks San Francisco")
	}
	if !loadFirstNames()[hashString("Isabel")] {
		t.Error("given names lack Isabel")
	}
	if c := wordNetClass("Farsi"); c&wnLanguage == 0 {
		t.Errorf("WordNet class of Farsi %b lacks the language bit", c)
	}
	if c := wordNetClass("Einstein"); c&wnPerson == 0 || c&wnInstance == 0 {
		t.Errorf("WordNet class of Einstein %b is not a person instance", c)
	}
	if !loadGazetteer().isPlace([]string{"Tel", "Aviv"}) {
		t.Error("places lack Tel Aviv")
	}
	if c, ok := Country("Côte d'Ivoire"); !ok || c == "" {
		t.Error("countries lack Côte d'Ivoire")
	}
}

func TestRadixSort(t *testing.T) {
	v := []uint64{1 << 63, 5, 0, 1<<40 | 3, 5, 1 << 20, 1<<63 - 1, 7}
	want := slices.Clone(v)
	slices.Sort(want)
	radixSort(v)
	if !slices.Equal(v, want) {
		t.Errorf("got %x, want %x", v, want)
	}
}
