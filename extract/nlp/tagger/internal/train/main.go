// Command train trains the tagger on UD English EWT + GUM and reports its
// accuracy on the dev and test sets.
//
//	go run ./extract/nlp/tagger/internal/train -ud ../shared/ud -o extract/nlp/tagger/model/tagger.bin.gz
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "directory of the UD treebanks")
	out := flag.String("o", "", "write the model here")
	epochs := flag.Int("epochs", 0, "training epochs (0: default)")
	clusters := flag.String("clusters", "", "word clusters file (word<TAB>bits per line)")
	dictMin := flag.Int("dictmin", 0, "tag dictionary minimum count")
	ambMin := flag.Int("ambmin", 0, "ambiguity class minimum count")
	dictShare := flag.Float64("dictshare", 0, "tag dictionary minimum share")
	ensemble := flag.Int("ensemble", 0, "ensemble size")
	ambFolds := flag.Int("ambfolds", 0, "ambiguity class folds")
	prune := flag.Float64("prune", 0, "prune weights below this")
	conf := flag.Int("conf", 0, "print this many top UPOS confusions on EWT dev")
	evalOnly := flag.String("eval", "", "only evaluate this model file")
	flag.Parse()

	read := func(name string) []conllu.Sentence {
		s, err := conllu.ReadFile(filepath.Join(*ud, name))
		if err != nil {
			log.Fatal(err)
		}
		return s
	}
	train := append(read("en_ewt-ud-train.conllu"), read("en_gum-cc-train.conllu")...)
	dev := append(read("en_ewt-ud-dev.conllu"), read("en_gum-cc-dev.conllu")...)
	opt := tagger.TrainOptions{Epochs: *epochs, DictMinCount: *dictMin, AmbMinCount: *ambMin, DictMinShare: *dictShare, AmbFolds: *ambFolds, Ensemble: *ensemble, Prune: *prune, Log: func(s string) { log.Print(s) }}
	if *clusters != "" {
		c, err := readClusters(*clusters)
		if err != nil {
			log.Fatal(err)
		}
		opt.Clusters = c
	}
	var m *tagger.Model
	if *evalOnly != "" {
		f, err := os.Open(*evalOnly)
		if err != nil {
			log.Fatal(err)
		}
		m, err = tagger.Load(f)
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
	} else {
		start := time.Now()
		var err error
		m, err = tagger.Train(train, dev, opt)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("trained in %v", time.Since(start).Round(time.Millisecond))
	}
	for _, name := range []string{"en_ewt-ud-dev.conllu", "en_gum-cc-dev.conllu", "en_ewt-ud-test.conllu", "en_gum-cc-test.conllu"} {
		sc := tagger.Evaluate(m, read(name))
		fmt.Printf("%-24s tokens %6d UPOS %.2f XPOS %.2f both %.2f lemma %.2f (gold tags %.2f) unknown %d (UPOS %.2f)\n",
			name, sc.Tokens, sc.UPOS, sc.XPOS, sc.Both, sc.Lemma, sc.LemmaGoldTags, sc.UnknownTokens, sc.UnknownUPOS)
	}
	if *conf > 0 {
		confusions(m, read("en_ewt-ud-dev.conllu"), *conf)
	}
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			log.Fatal(err)
		}
		if err := m.Save(f); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
		fi, _ := os.Stat(*out)
		log.Printf("wrote %s (%d bytes)", *out, fi.Size())
	}
}

func readClusters(name string) (tagger.Clusters, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return tagger.ReadClusters(zr)
}

// confusions prints the most frequent UPOS errors of m on sents.
func confusions(m *tagger.Model, sents []conllu.Sentence, n int) {
	type pair struct{ gold, pred string }
	count := map[pair]int{}
	unk := map[pair]int{}
	for _, s := range sents {
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
		}
		up := make([]string, len(words))
		xp := make([]string, len(words))
		m.Tag(words, up, xp)
		for i, w := range s.Words {
			if up[i] != w.UPOS {
				count[pair{w.UPOS, up[i]}]++
				if !m.Known(w.Form) {
					unk[pair{w.UPOS, up[i]}]++
				}
			}
		}
	}
	var ps []pair
	for p := range count {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(a, b int) bool { return count[ps[a]] > count[ps[b]] })
	for i, p := range ps {
		if i == n {
			break
		}
		fmt.Printf("  %-6s → %-6s %4d (unknown %d)\n", p.gold, p.pred, count[p], unk[p])
	}
}
