// Command train trains the parser on UD English EWT + GUM-CC, tunes on EWT
// dev, prints test scores with gold and predicted tags and writes the model.
//
//	go run ./extract/nlp/parser/internal/train -jackknife 4 -tagepochs 6 -mix -epochs 10 \
//		-beam 8 -ensemble 2 -setbeam 4/100 \
//		-mbits 21 -lbits 16 -clusters extract/nlp/tagger/model/clusters.tsv.gz \
//		-o extract/nlp/parser/model/parser.bin.gz
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/parser"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "directory of the UD treebanks")
	out := flag.String("o", "", "write the model here")
	load := flag.String("load", "", "evaluate this model instead of training")
	epochs := flag.Int("epochs", 0, "epochs (0 = default)")
	mbits := flag.Uint("mbits", 0, "log2 rows of the move table (0 = default)")
	lbits := flag.Uint("lbits", 0, "log2 rows of the label table (0 = default)")
	minWord := flag.Int("minword", 0, "minimum count of a word in the vocabulary (0 = default)")
	explore := flag.Float64("explore", 0, "exploration probability (0 = default)")
	jack := flag.Int("jackknife", 0, "train on tags predicted by this many jackknifed taggers (0 = gold tags)")
	mix := flag.Bool("mix", false, "with -jackknife, train on the gold-tagged data followed by the jackknifed copy")
	tagEpochs := flag.Int("tagepochs", 0, "epochs of the jackknifed taggers (0 = tagger default)")
	trainFile := flag.String("train", "", "train on this CoNLL-U file (e.g. a -dump) instead of EWT+GUM train")
	clusters := flag.String("clusters", "", "word clusters (gzipped TSV: word, coarse, medium, fine cluster id)")
	dump := flag.String("dump", "", "write the (jackknifed) training data to this CoNLL-U file")
	ensemble := flag.Int("ensemble", 0, "train this many perceptrons and mix their weights (0 = default, 1)")
	tagClusters := flag.Bool("tagclusters", false, "give the -clusters to the jackknifed taggers too, as the shipped tagger has them")
	beam := flag.Int("beam", 0, "train globally with a beam of this width (0 = greedy)")
	decode := flag.String("decode", "", "comma-separated beam widths (WIDTH or WIDTH/MARGIN) to evaluate EWT dev (predicted tags) with, with speed")
	beamSet := flag.String("setbeam", "", "WIDTH/MARGIN the written model parses with (default: as trained)")
	coarse := flag.Bool("coarse", false, "add features on coarse tags (proper nouns as common nouns)")
	flag.Parse()
	read := func(name string) []conllu.Sentence {
		s, err := conllu.ReadFile(filepath.Join(*ud, name))
		if err != nil {
			log.Fatal(err)
		}
		return s
	}
	var predicted parser.TagFunc
	if tg, err := tagger.Default(); err != nil {
		log.Printf("no predicted tags for dev and test: %v", err)
	} else {
		predicted = tg.Tag
	}
	var err error
	var m *parser.Model
	if *load != "" {
		f, err := os.Open(*load)
		if err != nil {
			log.Fatal(err)
		}
		if m, err = parser.Load(f); err != nil {
			log.Fatal(err)
		}
		f.Close()
	} else {
		var train []conllu.Sentence
		if *trainFile != "" {
			if train, err = conllu.ReadFile(*trainFile); err != nil {
				log.Fatal(err)
			}
		} else {
			train = append(read("en_ewt-ud-train.conllu"), read("en_gum-cc-train.conllu")...)
		}
		dev := read("en_ewt-ud-dev.conllu")
		if *jack > 1 {
			topt := tagger.TrainOptions{Epochs: *tagEpochs}
			if *tagClusters && *clusters != "" {
				c, err := readClusters(*clusters)
				if err != nil {
					log.Fatal(err)
				}
				topt.Clusters = c
			}
			jk := jackknife(train, *jack, topt)
			if *mix {
				train = append(train[:len(train):len(train)], jk...)
			} else {
				train = jk
			}
		}
		if (*jack > 1 || *trainFile != "") && predicted != nil {
			dev = retag(dev, predicted)
		}
		if *dump != "" {
			if err := writeCoNLLU(*dump, train); err != nil {
				log.Fatal(err)
			}
		}
		opt := parser.TrainOptions{
			Epochs: *epochs, MoveBits: *mbits, LabelBits: *lbits, Explore: *explore, MinWordCount: *minWord, Ensemble: *ensemble, Beam: *beam, CoarseTags: *coarse,
			Log: func(s string) { log.Print(s) },
		}
		if *clusters != "" {
			if opt.Clusters, err = readClusters(*clusters); err != nil {
				log.Fatal(err)
			}
		}
		start := time.Now()
		m, err = parser.Train(train, dev, opt)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("trained in %s", time.Since(start).Round(time.Second))
	}
	if *decode != "" {
		dev := read("en_ewt-ud-dev.conllu")
		if predicted != nil {
			dev = retag(dev, predicted)
		}
		for _, f := range strings.Split(*decode, ",") {
			k, mg := parseBeam(f)
			mk := m.WithBeamMargin(k, mg)
			start := time.Now()
			sc := parser.Evaluate(mk, dev, nil)
			el := time.Since(start)
			fmt.Printf("dev beam %s: UAS %.2f LAS %.2f LAS(base) %.2f, %.0f words/s\n", f, sc.UAS, sc.LAS, sc.LASBase, float64(sc.Words)/el.Seconds())
		}
	}
	for _, name := range []string{"en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "en_gum-cc-test.conllu"} {
		sents := read(name)
		for _, tag := range []struct {
			name string
			f    parser.TagFunc
		}{{"gold", nil}, {"predicted", predicted}} {
			if tag.name == "predicted" && predicted == nil {
				continue
			}
			sc := parser.Evaluate(m, sents, tag.f)
			fmt.Printf("%-22s %-9s tags: UAS %.2f LAS %.2f LAS(base) %.2f words %d\n", name, tag.name, sc.UAS, sc.LAS, sc.LASBase, sc.Words)
		}
	}
	if *out != "" {
		if *beamSet != "" {
			m = m.WithBeamMargin(parseBeam(*beamSet))
		}
		var buf bytes.Buffer
		if err := m.Save(&buf); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s (%d bytes)", *out, buf.Len())
	}
}

// parseBeam parses WIDTH or WIDTH/MARGIN.
func parseBeam(f string) (k, margin int) {
	ks, ms, _ := strings.Cut(f, "/")
	k, err := strconv.Atoi(ks)
	if err == nil && ms != "" {
		margin, err = strconv.Atoi(ms)
	}
	if err != nil {
		log.Fatalf("bad beam %q: %v", f, err)
	}
	return k, margin
}

// jackknife returns a copy of train whose tags were predicted by k taggers,
// each trained on the other k-1 folds (sentence i is in fold i%k).
func jackknife(train []conllu.Sentence, k int, opt tagger.TrainOptions) []conllu.Sentence {
	out := make([]conllu.Sentence, len(train))
	for f := 0; f < k; f++ {
		var rest []conllu.Sentence
		for i := range train {
			if i%k != f {
				rest = append(rest, train[i])
			}
		}
		start := time.Now()
		tm, err := tagger.Train(rest, nil, opt)
		if err != nil {
			log.Fatal(err)
		}
		var fold []conllu.Sentence
		for i := range train {
			if i%k == f {
				fold = append(fold, train[i])
			}
		}
		tagged := retag(fold, tm.Tag)
		for j, i := 0, f; i < len(train); i, j = i+k, j+1 {
			out[i] = tagged[j]
		}
		log.Printf("jackknife fold %d/%d tagged (%s)", f+1, k, time.Since(start).Round(time.Second))
	}
	return out
}

// readClusters reads a gzipped TSV of word and three cluster ids.
func readClusters(name string) (map[string][3]uint16, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	out := map[string][3]uint16{}
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 4", name, line, len(cols))
		}
		var c [3]uint16
		for i := range c {
			v, err := strconv.ParseUint(cols[i+1], 10, 16)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, line, err)
			}
			c[i] = uint16(v)
		}
		out[cols[0]] = c
	}
	return out, sc.Err()
}

// writeCoNLLU writes the word lines of sents (no comments or multiword
// tokens) to the named file.
func writeCoNLLU(name string, sents []conllu.Sentence) error {
	var b bytes.Buffer
	for _, s := range sents {
		for _, w := range s.Words {
			fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t_\n", w.ID, w.Form, w.Lemma, w.UPOS, w.XPOS, w.Head, w.Deprel)
		}
		b.WriteByte('\n')
	}
	return os.WriteFile(name, b.Bytes(), 0o644)
}

// retag returns copies of sents with tags predicted by tag.
func retag(sents []conllu.Sentence, tag parser.TagFunc) []conllu.Sentence {
	out := make([]conllu.Sentence, len(sents))
	var right, all int
	for i, s := range sents {
		words := make([]string, len(s.Words))
		upos := make([]string, len(s.Words))
		xpos := make([]string, len(s.Words))
		for j, w := range s.Words {
			words[j] = w.Form
		}
		tag(words, upos, xpos)
		ws := append([]conllu.Word(nil), s.Words...)
		for j := range ws {
			all++
			if ws[j].UPOS == upos[j] {
				right++
			}
			ws[j].UPOS, ws[j].XPOS = upos[j], xpos[j]
		}
		out[i] = conllu.Sentence{Comments: s.Comments, Words: ws, Multi: s.Multi}
	}
	log.Printf("retagged %d sentences: UPOS %.2f%%", len(sents), 100*float64(right)/float64(all))
	return out
}
