// Command analyze breaks down the recognizer's errors on a GUM split:
// span-only scores, type confusions and boundary errors.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "directory of the UD treebanks")
	split := flag.String("split", "dev", "GUM split")
	load := flag.String("load", "", "model file (default: embedded)")
	list := flag.Bool("list", false, "list errors")
	fold := flag.Int("fold0", 0, "analyse fold 0 of this many folds of train (by document) with gold tags")
	flag.Parse()
	sents, err := conllu.ReadFile(filepath.Join(*ud, "en_gum-cc-"+*split+".conllu"))
	if err != nil {
		log.Fatal(err)
	}
	if *fold > 1 {
		doc := -1
		var fs []conllu.Sentence
		for _, s := range sents {
			if _, ok := s.Comment("newdoc id"); ok {
				doc++
			}
			if doc%*fold == 0 {
				fs = append(fs, s)
			}
		}
		sents = fs
	}
	var m *ner.Model
	if *load != "" {
		f, err := os.Open(*load)
		if err != nil {
			log.Fatal(err)
		}
		m, err = ner.Load(f)
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
	} else if m, err = ner.Default(); err != nil {
		log.Fatal(err)
	}
	tg, err := tagger.Default()
	if err != nil {
		log.Fatal(err)
	}
	conf := map[[2]string]int{}
	var spanTP, nPred, nGold, typed int
	var bound int
	allW, allU, allX := make([][]string, len(sents)), make([][]string, len(sents)), make([][]string, len(sents))
	for k, s := range sents {
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
		}
		u, x := make([]string, len(words)), make([]string, len(words))
		if *fold > 1 {
			for i, w := range s.Words {
				u[i], x[i] = w.UPOS, w.XPOS
			}
		} else {
			tg.Tag(words, u, x)
		}
		allW[k], allU[k], allX[k] = words, u, x
	}
	// Documents start at "newdoc id" comments.
	allPred := make([][]nlp.Mention, len(sents))
	for st := 0; st < len(sents); {
		en := st + 1
		for en < len(sents) {
			if _, ok := sents[en].Comment("newdoc id"); ok {
				break
			}
			en++
		}
		copy(allPred[st:en], m.RecognizeDocument(allW[st:en], allU[st:en], allX[st:en]))
		st = en
	}
	for k, s := range sents {
		words := allW[k]
		var pred []nlp.Mention
		for _, p := range allPred[k] {
			if p.Type == "PERSON" || p.Type == "ORG" || p.Type == "PLACE" {
				pred = append(pred, p)
			}
		}
		gold := ner.GoldNames(s)
		nPred += len(pred)
		nGold += len(gold)
		usedP := make([]bool, len(pred))
		for _, g := range gold {
			found := false
			for j, p := range pred {
				if p.Start == g.Start && p.End == g.End {
					usedP[j] = true
					found = true
					spanTP++
					conf[[2]string{g.Type, p.Type}]++
					if g.Type == p.Type {
						typed++
					} else if *list {
						fmt.Printf("TYPE  gold %s pred %s: %s   || %s\n", g.Type, p.Type, strings.Join(words[g.Start:g.End], " "), strings.Join(words, " "))
					}
				}
			}
			if !found {
				over := ""
				for j, p := range pred {
					if p.Start < g.End && g.Start < p.End {
						over = fmt.Sprintf("%s[%s]", p.Type, strings.Join(words[p.Start:p.End], " "))
						usedP[j] = true
						bound++
					}
				}
				conf[[2]string{g.Type, "-"}]++
				if *list {
					kind := "MISS"
					if over != "" {
						kind = "BOUND"
					}
					fmt.Printf("%s gold %s[%s] pred %s   || %s\n", kind, g.Type, strings.Join(words[g.Start:g.End], " "), over, strings.Join(words, " "))
				}
			}
		}
		for j, p := range pred {
			if !usedP[j] {
				conf[[2]string{"-", p.Type}]++
				if *list {
					fmt.Printf("FP    pred %s[%s]   || %s\n", p.Type, strings.Join(words[p.Start:p.End], " "), strings.Join(words, " "))
				}
			}
		}
	}
	f1 := func(tp int) float64 { return 2 * float64(tp) / float64(nPred+nGold) }
	fmt.Printf("gold %d pred %d; span-only TP %d F1 %.4f; typed TP %d F1 %.4f; boundary overlaps %d\n", nGold, nPred, spanTP, f1(spanTP), typed, f1(typed), bound)
	ts := []string{"PERSON", "ORG", "PLACE", "-"}
	fmt.Printf("%8s", "gold\\pred")
	for _, t := range ts {
		fmt.Printf("%8s", t)
	}
	fmt.Println()
	for _, g := range ts {
		fmt.Printf("%8s", g)
		for _, p := range ts {
			fmt.Printf("%8d", conf[[2]string{g, p}])
		}
		fmt.Println()
	}
}
