// Command train trains the named-entity recognizer of package ner on GUM,
// Universal NER English EWT, Re-DocRED and Wikigold (with EWT for the
// capitalisation lexicon), prints dev and test scores and writes the
// model file that package ner embeds. The NER line of scripts/train.sh
// rebuilds the embedded model; see the package README for the flags.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
	"github.com/newsgraph/newsgraph/extract/nlp/ner/internal/corpora"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "directory of the UD treebanks")
	nerDir := flag.String("ner", "../shared/ner", "directory of the named-entity data sets")
	use := flag.String("corpora", "gum,ewt,docred,wikigold", "training corpora: gum, ewt (UNER EWT), docred (Re-DocRED dev+test), wikigold")
	out := flag.String("o", "", "write the model here")
	epochs := flag.Int("epochs", 16, "training epochs")
	bits := flag.Uint("bits", 17, "log2 of hashed feature rows")
	drop := flag.Float64("drop", 0.25, "word dropout")
	final := flag.Bool("final", false, "train on train+dev (fixed epochs, no selection)")
	typerEpochs := flag.Int("typer-epochs", 0, "span typer epochs (0 default 20, -1 none)")
	typerBits := flag.Uint("typer-bits", 0, "log2 of the typer's hashed rows (0 default)")
	typerDrop := flag.Float64("typer-drop", 0, "typer word dropout (0 default, -1 none)")
	withTest := flag.Bool("test", false, "also score the test splits")
	load := flag.String("load", "", "evaluate this model file instead of training (\"-\": the embedded model)")
	jack := flag.Int("jackknife", 0, "train on tags predicted by this many jackknifed taggers (each trained on the other folds of EWT train and GUM train, by document; 0 = gold tags)")
	tagEpochs := flag.Int("tagepochs", 6, "epochs of the jackknifed taggers")
	tagClusters := flag.String("tagclusters", "", "word clusters for the jackknifed taggers (the tagger's clusters.tsv.gz)")
	normalize := flag.Bool("normalize", true, "bring the names of the training corpora other than GUM to the span rule (ner.NormalizeNames)")
	jkFile := flag.String("jkfile", "", "with -jackknife, save the jackknifed tags here; without, load them from here (experiments)")
	fold0 := flag.Int("fold0", 0, "leave fold -fold of this many folds of GUM train (by document: document d is in fold d mod this) out of training: the fold recognizers of the coreference training")
	foldN := flag.Int("fold", 0, "the fold that -fold0 leaves out")
	beam := flag.Int("beam", 1, "beam width of the structured perceptron and its decoder (1: a greedy tagger)")
	runs := flag.Int("runs", 1, "training runs of the sequence model, with successive seeds, whose weights are averaged")
	noNames := flag.Bool("nonames", false, "train without the name lexicon")
	fixed := flag.Bool("fixed", false, "without -final: train the fixed numbers of epochs (no selection on dev), then score dev")
	heldout := flag.Bool("heldout", false, "also score Re-DocRED test (train with -corpora …,docred-dev to hold it out)")
	flag.Parse()
	d := corpora.Dirs{UD: *ud, NER: *nerDir}
	must := func(l []ner.Labeled, err error) []ner.Labeled {
		if err != nil {
			log.Fatal(err)
		}
		return l
	}
	must2 := func(l []ner.Labeled, _ []conllu.Sentence, err error) []ner.Labeled { return must(l, err) }
	gumDev, ewtDev := must2(d.GUM("dev")), must2(d.EWT("dev"))
	var tests []namedSet
	if *withTest {
		tests = []namedSet{
			{"GUM-CC test", must2(d.GUM("test"))},
			{"UNER EWT test", must2(d.EWT("test"))},
			{"UNER PUD test", must(d.IOB("uner_en_pud-test.iob2"))},
		}
	}
	devs := []namedSet{{"GUM-CC dev", gumDev}, {"UNER EWT dev", ewtDev}}
	if *heldout {
		dt := must(d.DocRED("redocred-test.json"))
		corpora.Normalize(dt)
		devs = append(devs, namedSet{"Re-DocRED test (held out)", dt})
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
	if *load != "" {
		var m *ner.Model
		if *load == "-" {
			m, err = ner.Default()
		} else {
			var f *os.File
			if f, err = os.Open(*load); err == nil {
				m, err = ner.Load(f)
				f.Close()
			}
		}
		if err != nil {
			log.Fatal(err)
		}
		evaluate(m, append(devs, tests...), tag)
		return
	}
	start := time.Now()
	// Training data: sentences whose gold tags the tagger was trained on
	// (GUM train, EWT train) get jackknifed tags; the others get the
	// embedded tagger's, as at run time.
	_, gumTB, err := d.GUM("train")
	if err != nil {
		log.Fatal(err)
	}
	_, ewtTB, err := d.EWT("train")
	if err != nil {
		log.Fatal(err)
	}
	var train []ner.Labeled
	add := func(name string, ls []ner.Labeled) {
		if *normalize {
			n := corpora.Normalize(ls)
			fmt.Fprintf(os.Stderr, "%s: %d names changed by the span rule\n", name, n)
		}
		train = append(train, ls...)
	}
	for _, c := range strings.Split(*use, ",") {
		switch c {
		case "gum":
			gumTrain := must2(d.GUM("train"))
			if *fold0 > 1 {
				doc := -1
				var rest []ner.Labeled
				for _, l := range gumTrain {
					if l.NewDoc {
						doc++
					}
					if doc%*fold0 != *foldN {
						rest = append(rest, l)
					}
				}
				gumTrain = rest
			}
			train = append(train, gumTrain...)
			if *final {
				train = append(train, gumDev...)
			}
		case "ewt":
			add("UNER EWT train", must2(d.EWT("train")))
			if *final {
				add("UNER EWT dev", ewtDev)
			}
		case "docred":
			add("Re-DocRED dev", must(d.DocRED("redocred-dev.json")))
			add("Re-DocRED test", must(d.DocRED("redocred-test.json")))
		case "docred-dev":
			add("Re-DocRED dev", must(d.DocRED("redocred-dev.json")))
		case "wikigold":
			add("Wikigold", must(d.IOB("wikigold.conll")))
		default:
			log.Fatalf("unknown corpus %q", c)
		}
	}
	var known map[string]tags
	switch {
	case *jack > 1:
		topt := tagger.TrainOptions{Epochs: *tagEpochs}
		if *tagClusters != "" {
			c, err := readClusters(*tagClusters)
			if err != nil {
				log.Fatal(err)
			}
			topt.Clusters = c
		}
		known = jackknifeTags(append(append([]conllu.Sentence{}, gumTB...), ewtTB...), *jack, topt, *jkFile)
	case *jkFile != "":
		known = loadTags(*jkFile)
	}
	ntok := 0
	for i := range train {
		l := &train[i]
		ntok += len(l.Words)
		if t, ok := known[strings.Join(l.Words, "\x00")]; ok {
			l.UPOS, l.XPOS = t.upos, t.xpos
		} else if l.UPOS == nil || known != nil {
			l.UPOS, l.XPOS = tag(l.Words)
		}
	}
	for _, set := range devs {
		for i := range set.sents {
			set.sents[i].UPOS, set.sents[i].XPOS = tag(set.sents[i].Words)
		}
	}
	fmt.Fprintf(os.Stderr, "training on %d sentences, %d words (%s)\n", len(train), ntok, *use)
	var dev []ner.Labeled
	if !*final && !*fixed {
		dev = append(append(dev, gumDev...), ewtDev...)
	}
	opts := ner.TrainOptions{
		Epochs: *epochs, Bits: *bits, Unlabeled: ewtTB, WordDropout: *drop,
		TyperEpochs: *typerEpochs, TyperBits: *typerBits, TyperDropout: *typerDrop,
		NoNames: *noNames, Runs: *runs, Beam: *beam,
		Log: func(s string) { fmt.Fprintln(os.Stderr, s) },
	}
	m, err := ner.Train(train, dev, opts)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "trained in %v\n", time.Since(start).Round(time.Second))
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("model size %d bytes\n", buf.Len())
	if !*final {
		evaluate(m, devs, nil)
	}
	evaluate(m, tests, tag)
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

type namedSet struct {
	name  string
	sents []ner.Labeled
}

// evaluate prints the scores of m on each set with tags from tag (nil:
// the sets' own tags).
func evaluate(m *ner.Model, sets []namedSet, tag ner.TagFunc) {
	for _, set := range sets {
		sc := ner.EvaluateLabeled(m, set.sents, tag)
		fmt.Printf("%s (predicted tags): F1 %.4f\n%s", set.name, sc.Overall.F1, sc)
	}
}

// jackknifeTags returns the tags that k jackknifed taggers give the
// sentences of tb, by their words: the documents of tb are dealt into k
// folds (document d into fold d%k), and the tagger of fold f, trained on
// the other folds, tags fold f.
func jackknifeTags(tb []conllu.Sentence, k int, opt tagger.TrainOptions, save string) map[string]tags {
	known := map[string]tags{}
	fold := make([]int, len(tb))
	doc := -1
	for i := range tb {
		if _, ok := tb[i].Comment("newdoc id"); ok || doc < 0 {
			doc++
		}
		fold[i] = doc % k
	}
	for f := range k {
		start := time.Now()
		var rest []conllu.Sentence
		for i := range tb {
			if fold[i] != f {
				rest = append(rest, tb[i])
			}
		}
		tm, err := tagger.Train(rest, nil, opt)
		if err != nil {
			log.Fatal(err)
		}
		for i, s := range tb {
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
	return known
}

type tags struct{ upos, xpos []string }

// loadTags reads tags saved by jackknifeTags.
func loadTags(name string) map[string]tags {
	data, err := os.ReadFile(name)
	if err != nil {
		log.Fatal(err)
	}
	known := map[string]tags{}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		known[f[0]] = tags{strings.Split(f[1], "\x00"), strings.Split(f[2], "\x00")}
	}
	return known
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
