// Command train trains the named-entity recognizer of package ner on GUM
// (with EWT for the capitalisation lexicon), prints dev and test scores
// and writes the model file that package ner embeds.
//
//	go run ./extract/nlp/ner/internal/train -ud ../shared/ud -final -epochs 14 -typer-epochs 11 \
//	  -jackknife 4 -tagepochs 6 -tagclusters extract/nlp/tagger/model/clusters.tsv.gz \
//	  -o extract/nlp/ner/model/ner.bin.gz
//
// rebuilds the embedded model (see the package README for the other
// flags: cross-validation, fold models, saved jackknifed tags).
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
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
	fold0 := flag.Int("fold0", 0, "leave fold -fold of this many folds of train (by document) out of training, for internal/analyze -fold0")
	foldN := flag.Int("fold", 0, "the fold that -fold0 leaves out")
	jack := flag.Int("jackknife", 0, "train on tags predicted by this many jackknifed taggers (trained on EWT train and the other folds of the GUM documents; 0 = gold tags)")
	tagEpochs := flag.Int("tagepochs", 6, "epochs of the jackknifed taggers")
	tagClusters := flag.String("tagclusters", "", "word clusters for the jackknifed taggers (the tagger's clusters.tsv.gz)")
	jkFile := flag.String("jkfile", "", "with -jackknife, save the jackknifed tags here; without, load them from here (experiments)")
	cvLoad := flag.String("cvload", "", "evaluate the models PREFIX.F.bin.gz, F = 0…4, each on its fold of train (predicted and gold tags), and exit")
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
	if *fold0 > 1 {
		doc := -1
		var rest []conllu.Sentence
		for _, s := range train {
			if _, ok := s.Comment("newdoc id"); ok {
				doc++
			}
			if doc%*fold0 != *foldN {
				rest = append(rest, s)
			}
		}
		train = rest
	}
	start := time.Now()
	if *cvLoad != "" {
		var tf ner.TagFunc
		if *jkFile != "" {
			tf = loadTags(*jkFile)
		}
		cvEval(train, *cvLoad, tf)
		return
	}
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
	if *jack > 1 {
		topt := tagger.TrainOptions{Epochs: *tagEpochs}
		if *tagClusters != "" {
			c, err := readClusters(*tagClusters)
			if err != nil {
				log.Fatal(err)
			}
			topt.Clusters = c
		}
		tagFn = jackknifeTags(trainSet, ewt, *jack, topt, *jkFile)
	} else if *jkFile != "" {
		tagFn = loadTags(*jkFile)
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

// cvEval evaluates the models prefix.F.bin.gz on fold F of train (five
// folds by document), pooling the counts.
func cvEval(train []conllu.Sentence, prefix string, jk ner.TagFunc) {
	const k = 5
	doc := -1
	folds := make([][]conllu.Sentence, k)
	for _, s := range train {
		if _, ok := s.Comment("newdoc id"); ok {
			doc++
		}
		folds[doc%k] = append(folds[doc%k], s)
	}
	tg, err := tagger.Default()
	if err != nil {
		log.Fatal(err)
	}
	tag := func(words []string) ([]string, []string) {
		u, x := make([]string, len(words)), make([]string, len(words))
		tg.Tag(words, u, x)
		return u, x
	}
	tfs := []ner.TagFunc{tag, nil}
	if jk != nil {
		tfs = []ner.TagFunc{jk, nil}
	}
	for _, tf := range tfs {
		var tp, fp, fn int
		by := map[string][3]int{}
		for f := range folds {
			fh, err := os.Open(fmt.Sprintf("%s.%d.bin.gz", prefix, f))
			if err != nil {
				log.Fatal(err)
			}
			m, err := ner.Load(fh)
			fh.Close()
			if err != nil {
				log.Fatal(err)
			}
			sc := ner.Evaluate(m, folds[f], tf)
			tp, fp, fn = tp+sc.Overall.TP, fp+sc.Overall.FP, fn+sc.Overall.FN
			for t, p := range sc.ByType {
				b := by[t]
				by[t] = [3]int{b[0] + p.TP, b[1] + p.FP, b[2] + p.FN}
			}
		}
		f1 := func(tp, fp, fn int) float64 { return 2 * float64(tp) / float64(2*tp+fp+fn) }
		name := "predicted"
		if tf == nil {
			name = "gold"
		}
		fmt.Printf("cv %s tags: F1 %.4f (tp %d fp %d fn %d) PERSON %.4f ORG %.4f PLACE %.4f\n", name, f1(tp, fp, fn), tp, fp, fn,
			f1(by["PERSON"][0], by["PERSON"][1], by["PERSON"][2]), f1(by["ORG"][0], by["ORG"][1], by["ORG"][2]), f1(by["PLACE"][0], by["PLACE"][1], by["PLACE"][2]))
	}
}

// jackknifeTags returns a TagFunc that gives the sentences of train the
// tags of a tagger trained without their document (k taggers, each on
// EWT train and the GUM documents of the other folds; document d is in
// fold d%k), and other sentences the tags of the embedded tagger.
func jackknifeTags(train, ewt []conllu.Sentence, k int, opt tagger.TrainOptions, save string) ner.TagFunc {
	known := map[string]tags{}
	fold := make([]int, len(train))
	doc := -1
	for i := range train {
		if _, ok := train[i].Comment("newdoc id"); ok || doc < 0 {
			doc++
		}
		fold[i] = doc % k
	}
	for f := range k {
		start := time.Now()
		rest := append([]conllu.Sentence{}, ewt...)
		for i := range train {
			if fold[i] != f {
				rest = append(rest, train[i])
			}
		}
		tm, err := tagger.Train(rest, nil, opt)
		if err != nil {
			log.Fatal(err)
		}
		for i, s := range train {
			if fold[i] != f {
				continue
			}
			words := make([]string, len(s.Words))
			for j, w := range s.Words {
				words[j] = w.Form
			}
			t := tags{make([]string, len(words)), make([]string, len(words))}
			tm.Tag(words, t.upos, t.xpos)
			known[strings.Join(words, "\x00")] = t
		}
		log.Printf("jackknife fold %d/%d tagged (%s)", f+1, k, time.Since(start).Round(time.Second))
	}
	if save != "" {
		var b strings.Builder
		for k, t := range known {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", k, strings.Join(t.upos, "\x00"), strings.Join(t.xpos, "\x00"))
		}
		if err := os.WriteFile(save, []byte(b.String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	return tagsFunc(known)
}

type tags struct{ upos, xpos []string }

// loadTags reads tags saved by jackknifeTags.
func loadTags(name string) ner.TagFunc {
	data, err := os.ReadFile(name)
	if err != nil {
		log.Fatal(err)
	}
	known := map[string]tags{}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		known[f[0]] = tags{strings.Split(f[1], "\x00"), strings.Split(f[2], "\x00")}
	}
	return tagsFunc(known)
}

// tagsFunc gives known sentences their known tags and others the
// embedded tagger's.
func tagsFunc(known map[string]tags) ner.TagFunc {
	tg, err := tagger.Default()
	if err != nil {
		log.Fatal(err)
	}
	return func(words []string) ([]string, []string) {
		if t, ok := known[strings.Join(words, "\x00")]; ok {
			return append([]string{}, t.upos...), append([]string{}, t.xpos...)
		}
		u, x := make([]string, len(words)), make([]string, len(words))
		tg.Tag(words, u, x)
		return u, x
	}
}

// readClusters reads the tagger's gzipped word clusters.
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
