// Command analyze breaks down the recognizer's errors on a data set:
// span-only scores, type confusions and boundary errors.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
	"github.com/newsgraph/newsgraph/extract/nlp/ner/internal/corpora"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "directory of the UD treebanks")
	nerDir := flag.String("ner", "../shared/ner", "directory of the named-entity data sets")
	set := flag.String("set", "gum-dev", "data set: gum-dev, gum-test, ewt-dev, ewt-test, pud-test, docred-test, wikigold")
	load := flag.String("load", "", "model file (default: embedded)")
	list := flag.Bool("list", false, "list errors")
	flag.Parse()
	d := corpora.Dirs{UD: *ud, NER: *nerDir}
	var sents []ner.Labeled
	var err error
	switch *set {
	case "gum-dev", "gum-test":
		sents, _, err = d.GUM(strings.TrimPrefix(*set, "gum-"))
	case "ewt-dev", "ewt-test":
		sents, _, err = d.EWT(strings.TrimPrefix(*set, "ewt-"))
	case "pud-test":
		sents, err = d.IOB("uner_en_pud-test.iob2")
	case "docred-test":
		if sents, err = d.DocRED("redocred-test.json"); err == nil {
			corpora.Normalize(sents)
		}
	case "wikigold":
		if sents, err = d.IOB("wikigold.conll"); err == nil {
			corpora.Normalize(sents)
		}
	default:
		log.Fatalf("unknown set %q", *set)
	}
	if err != nil {
		log.Fatal(err)
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
	allPred := ner.PredictLabeled(m, sents, func(words []string) ([]string, []string) {
		u, x := make([]string, len(words)), make([]string, len(words))
		tg.Tag(words, u, x)
		return u, x
	})
	conf := map[[2]string]int{}
	var spanTP, nPred, nGold, typed int
	var bound int
	for k, s := range sents {
		words := s.Words
		var pred []nlp.Mention
		for _, p := range allPred[k] {
			if p.Type == "PERSON" || p.Type == "ORG" || p.Type == "PLACE" {
				pred = append(pred, p)
			}
		}
		gold := s.Names
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
