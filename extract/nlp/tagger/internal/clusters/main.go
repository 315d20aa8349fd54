// Command clusters learns the word clusters the tagger uses, from the
// words of the UD English training sets and the raw text of the Wikinews
// articles in ../shared/corpus, and writes them (derived data only, no
// text) to a file:
//
//	go run ./extract/nlp/tagger/internal/clusters -shared ../shared -o extract/nlp/tagger/model/clusters.tsv.gz
package main

import (
	"compress/gzip"
	"encoding/csv"
	"flag"
	"log"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

func main() {
	shared := flag.String("shared", "../shared", "shared data directory")
	out := flag.String("o", "", "output file (.gz)")
	minCount := flag.Int("min", 2, "minimum word count")
	iters := flag.Int("iters", 12, "exchange iterations")
	flag.Parse()

	var sents [][]string
	for _, name := range []string{"en_ewt-ud-train.conllu", "en_gum-cc-train.conllu"} {
		ss, err := conllu.ReadFile(filepath.Join(*shared, "ud", name))
		if err != nil {
			log.Fatal(err)
		}
		for _, s := range ss {
			var ws []string
			for _, w := range s.Words {
				ws = append(ws, w.Form)
			}
			sents = append(sents, ws)
		}
	}
	n := len(sents)
	for _, name := range []string{"wikinews_2019.csv", "wikinews_2020.csv"} {
		f, err := os.Open(filepath.Join(*shared, "corpus", "wikinews", name))
		if err != nil {
			log.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
		for _, row := range rows[1:] {
			for _, text := range row[2:] { // title, text
				for _, line := range strings.Split(text, "\n") {
					sents = append(sents, splitSentences(tokenize(line))...)
				}
			}
		}
	}
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	log.Printf("%d sentences (%d from treebanks), %d words", len(sents), n, words)
	cl := tagger.LearnClusters(sents, *minCount, *iters, func(s string) { log.Print(s) })
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := cl.WriteTo(zw); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d words to %s", len(cl), *out)
}

// tokenize splits text roughly as UD English does: at spaces, with
// punctuation split off and the clitics n't, 's, 're, 've, 'll, 'd, 'm
// separated. It is only used to gather word statistics.
func tokenize(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		var tail []string
		for f != "" {
			r, n := utf8.DecodeRuneInString(f)
			if !isPunct(r) {
				break
			}
			out = append(out, f[:n])
			f = f[n:]
		}
		for f != "" {
			r, n := utf8.DecodeLastRuneInString(f)
			if !isPunct(r) || (r == '.' && isAbbrev(f)) {
				break
			}
			tail = append(tail, f[len(f)-n:])
			f = f[:len(f)-n]
		}
		if f != "" {
			lf := strings.ToLower(f)
			split := false
			for _, c := range []string{"n't", "'s", "’s", "'re", "'ve", "'ll", "'d", "'m"} {
				if strings.HasSuffix(lf, c) && len(f) > len(c) {
					out = append(out, f[:len(f)-len(c)], f[len(f)-len(c):])
					split = true
					break
				}
			}
			if !split {
				out = append(out, f)
			}
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// isAbbrev reports whether a word ending in "." keeps it ("U.S.", "Oct.").
func isAbbrev(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if strings.Contains(core, ".") {
		return true
	}
	switch strings.ToLower(core) {
	case "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "jr", "sr", "gov", "sen", "rep", "gen", "vs", "no":
		return true
	}
	return false
}

// splitSentences splits tokens after ".", "!" and "?".
func splitSentences(toks []string) [][]string {
	var out [][]string
	start := 0
	for i, t := range toks {
		if t == "." || t == "!" || t == "?" {
			out = append(out, toks[start:i+1])
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}
