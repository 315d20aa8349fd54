// Command train trains the named-entity recognizer of package ner on GUM
// (with EWT for the capitalisation lexicon), prints dev and test scores
// and writes the model file that package ner embeds.
//
//	go run ./extract/nlp/ner/internal/train -ud ../shared/ud -o extract/nlp/ner/model/ner.bin.gz
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "directory of the UD treebanks")
	out := flag.String("o", "", "write the model here")
	epochs := flag.Int("epochs", 16, "training epochs")
	bits := flag.Uint("bits", 17, "log2 of hashed feature rows")
	drop := flag.Float64("drop", 0.25, "word dropout")
	runs := flag.Int("runs", 1, "training runs to average")
	final := flag.Bool("final", false, "train on train+dev (fixed epochs, no selection)")
	predTags := flag.Bool("predtags", false, "train on tags predicted by the tagger")
	typerEpochs := flag.Int("typer-epochs", 0, "span typer epochs (0 default 20, -1 none)")
	typerBits := flag.Uint("typer-bits", 0, "log2 of the typer's hashed rows (0 default)")
	typerDrop := flag.Float64("typer-drop", 0, "typer word dropout (0 default, -1 none)")
	cv := flag.Int("cv", 0, "cross-validate on GUM train with this many folds (by document, gold tags) and exit")
	cvFixed := flag.Bool("cv-fixed", false, "in -cv, train for the given epochs instead of choosing them on dev")
	withTest := flag.Bool("test", false, "also score the test split")
	load := flag.String("load", "", "evaluate this model instead of training")
	flag.Parse()
	read := func(name string) []conllu.Sentence {
		s, err := conllu.ReadFile(filepath.Join(*ud, name))
		if err != nil {
			log.Fatal(err)
		}
		return s
	}
	train, dev, test := read("en_gum-cc-train.conllu"), read("en_gum-cc-dev.conllu"), read("en_gum-cc-test.conllu")
	ewt := read("en_ewt-ud-train.conllu")
	start := time.Now()
	if *load != "" {
		f, err := os.Open(*load)
		if err != nil {
			log.Fatal(err)
		}
		m, err := ner.Load(f)
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
		if !*withTest {
			test = nil
		}
		evaluate(m, dev, test)
		return
	}
	opts := ner.TrainOptions{
		Runs: *runs, Epochs: *epochs, Bits: *bits, Unlabeled: ewt, WordDropout: *drop,
		TyperEpochs: *typerEpochs, TyperBits: *typerBits, TyperDropout: *typerDrop,
	}
	if *cv > 1 {
		if *cvFixed {
			dev = nil
		}
		crossValidate(train, dev, *cv, opts)
		return
	}
	var tagFn ner.TagFunc
	if *predTags {
		tg, err := tagger.Default()
		if err != nil {
			log.Fatal(err)
		}
		tagFn = func(words []string) ([]string, []string) {
			u, x := make([]string, len(words)), make([]string, len(words))
			tg.Tag(words, u, x)
			return u, x
		}
	}
	trainSet, devSet := train, dev
	if *final {
		trainSet, devSet = append(append([]conllu.Sentence{}, train...), dev...), nil
	}
	opts.Tag = tagFn
	opts.Log = func(s string) { fmt.Fprintln(os.Stderr, s) }
	m, err := ner.Train(trainSet, devSet, opts)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "trained in %v\n", time.Since(start).Round(time.Second))
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("model size %d bytes\n", buf.Len())
	if !*withTest {
		test = nil
	}
	evaluate(m, dev, test)
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

func evaluate(m *ner.Model, dev, test []conllu.Sentence) {
	tg, err := tagger.Default()
	if err != nil {
		log.Print(err)
	}
	tag := func(words []string) ([]string, []string) {
		u, x := make([]string, len(words)), make([]string, len(words))
		tg.Tag(words, u, x)
		return u, x
	}
	for _, set := range []struct {
		name  string
		sents []conllu.Sentence
	}{{"dev", dev}, {"test", test}} {
		if len(set.sents) == 0 {
			continue
		}
		sc := ner.Evaluate(m, set.sents, nil)
		fmt.Printf("%s (gold tags):\n%s", set.name, sc)
		if tg != nil {
			sc = ner.Evaluate(m, set.sents, tag)
			fmt.Printf("%s (predicted tags):\n%s", set.name, sc)
		}
	}
}

// crossValidate trains on all but one fold of train's documents (epochs
// chosen on dev) and scores the held-out fold with gold tags, pooling the
// counts over the folds.
func crossValidate(train, dev []conllu.Sentence, k int, opt ner.TrainOptions) {
	doc := -1
	folds := make([][]conllu.Sentence, k)
	for _, s := range train {
		if _, ok := s.Comment("newdoc id"); ok {
			doc++
		}
		folds[doc%k] = append(folds[doc%k], s)
	}
	var tp, fp, fn, spanTP int
	for i := range folds {
		var tr []conllu.Sentence
		for j, f := range folds {
			if j != i {
				tr = append(tr, f...)
			}
		}
		m, err := ner.Train(tr, dev, opt)
		if err != nil {
			log.Fatal(err)
		}
		sc := ner.Evaluate(m, folds[i], nil)
		spanTP += spanMatches(m, folds[i])
		fmt.Printf("fold %d: F1 %.4f\n", i, sc.Overall.F1)
		tp, fp, fn = tp+sc.Overall.TP, fp+sc.Overall.FP, fn+sc.Overall.FN
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	fmt.Printf("cv: P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d); span-only F1 %.4f\n", p, r, 2*p*r/(p+r), tp, fp, fn,
		2*float64(spanTP)/float64(2*tp+fp+fn))
}

// spanMatches counts the predicted PERSON, ORG and PLACE spans that match
// a gold name's span, whatever the types.
func spanMatches(m *ner.Model, sents []conllu.Sentence) int {
	n := 0
	for _, s := range sents {
		words, u, x := make([]string, len(s.Words)), make([]string, len(s.Words)), make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i], u[i], x[i] = w.Form, w.UPOS, w.XPOS
		}
		gold := map[[2]int]bool{}
		for _, g := range ner.GoldNames(s) {
			gold[[2]int{g.Start, g.End}] = true
		}
		for _, p := range m.Recognize(words, u, x) {
			if (p.Type == ner.Person || p.Type == ner.Org || p.Type == ner.Place) && gold[[2]int{p.Start, p.End}] {
				n++
			}
		}
	}
	return n
}
