// Command train trains the coreference model of package coref on the
// coreference chains of GUM (../shared/ud/en_gum-cc-*.conllu), on
// documents analysed by the embedded NLP core (gold tokens; predicted
// tags, parses and entity mentions), and prints dev scores after each
// epoch.
//
//	go run ./extract/nlp/coref/internal/train -ud ../shared/ud -o /tmp/coref.bin.gz
//	go run ./extract/nlp/coref/internal/train -ud ../shared/ud -final -test -o extract/nlp/coref/model/coref.bin.gz
//
// With -final it trains on train and dev (dev scores then mean nothing);
// -test also prints test scores (for reporting only); -load FILE only
// evaluates a saved model.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

func main() {
	def := coref.DefaultTrainOptions()
	var (
		ud      = flag.String("ud", "../shared/ud", "directory of the GUM-CC CoNLL-U files")
		out     = flag.String("o", "", "write the model here")
		load    = flag.String("load", "", "evaluate this saved model instead of training")
		final   = flag.Bool("final", false, "train on train+dev")
		test    = flag.Bool("test", false, "also score test")
		noparse = flag.Bool("noparse", false, "evaluate without parses (as for sentences analyze.AnalyzeSome skips)")
		errs    = flag.String("errors", "", "write the dev (with -cv: held-out) errors of the resolution measure to this file")
		cv      = flag.Int("cv", 0, "cross-validate on train with this many folds (by document) instead")
		nerFile = flag.String("ner", "", "analyse dev with this NER model instead of the embedded one (one not trained on dev)")
		nerFold = flag.String("nerfolds", "", "analyse train document d with the NER model PREFIX.(d mod 5).bin.gz (trained without d's fold: ner/internal/train -fold0 5 -fold F)")
		opt     = def
	)
	flag.IntVar(&opt.Epochs, "epochs", def.Epochs, "training epochs")
	flag.Uint64Var(&opt.Seed, "seed", def.Seed, "seed of the document order and the parse dropout")
	flag.IntVar(&opt.Runs, "runs", def.Runs, "models trained with successive seeds and averaged")
	flag.IntVar(&opt.Bits, "bits", def.Bits, "log2 of the weight table size")
	flag.IntVar(&opt.PronWindow, "pronwin", def.PronWindow, "sentences back for pronoun candidates")
	flag.IntVar(&opt.DescWindow, "descwin", def.DescWindow, "sentences back for description candidates")
	flag.IntVar(&opt.NameWindow, "namewin", def.NameWindow, "sentences back for unlinked names (-1: none)")
	flag.IntVar(&opt.MaxCands, "maxcands", def.MaxCands, "most candidates")
	flag.BoolVar(&opt.DescRule, "descrule", def.DescRule, "link plain descriptions to the nearest name of their class by rule")
	flag.BoolVar(&opt.Filter, "filter", def.Filter, "score only plausible candidates")
	flag.BoolVar(&opt.Speakers, "speakers", def.Speakers, "also resolve first- and second-person pronouns")
	cn := flag.Float64("costnew", float64(def.CostNew), "cost of a missed antecedent")
	ca := flag.Float64("costana", float64(def.CostAnaphoric), "cost of a spurious antecedent")
	cnd := flag.Float64("costnewdesc", float64(def.CostNewDescription), "cost of a missed antecedent of a description (0: -costnew)")
	cw := flag.Float64("costwrong", float64(def.CostWrong), "cost of a wrong antecedent")
	flag.Float64Var(&opt.ParseDropout, "parsedrop", def.ParseDropout, "share of training sentences without a parse")
	flag.Float64Var(&opt.NERDropout, "nerdrop", def.NERDropout, "share of the recognizer's mentions hidden in training")
	flag.BoolVar(&opt.FollowGold, "followgold", def.FollowGold, "build training chains from the gold antecedents")
	flag.IntVar(&opt.MinLex, "minlex", def.MinLex, "least mentions for a lemma of the noun-class lexicon")
	flag.Parse()
	opt.CostNew, opt.CostAnaphoric, opt.CostWrong = float32(*cn), float32(*ca), float32(*cw)
	opt.CostNewDescription = float32(*cnd)
	if err := run(*ud, *out, *load, *errs, *nerFile, *nerFold, *cv, *final, *test, *noparse, opt); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func examples(a *analyze.Analyzer, path string, noparse bool) ([]coref.Example, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, err
	}
	docs, err := coref.GoldDocs(sents)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	exs := coref.Analyse(docs, a.AnalyzeTokens)
	if noparse {
		for _, ex := range exs {
			unparse(ex.Doc)
		}
	}
	return exs, nil
}

func unparse(doc *nlp.Document) {
	for _, s := range doc.Sentences {
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].Rel = -1, ""
		}
	}
}

func run(ud, out, load, errs, nerFile, nerFold string, cv int, final, test, noparse bool, opt coref.TrainOptions) error {
	a, err := analyze.Default()
	if err != nil {
		return err
	}
	t0 := time.Now()
	train, err := examples(a, filepath.Join(ud, "en_gum-cc-train.conllu"), false)
	if err != nil {
		return err
	}
	if nerFold != "" {
		if err := foldNER(a, train, nerFold); err != nil {
			return err
		}
	}
	var testEx []coref.Example
	if test {
		if testEx, err = examples(a, filepath.Join(ud, "en_gum-cc-test.conllu"), noparse); err != nil {
			return err
		}
	}
	devA := a
	if nerFile != "" {
		nm, err := loadNER(nerFile)
		if err != nil {
			return err
		}
		held := *a
		held.NER = nm
		devA = &held
	}
	dev, err := examples(devA, filepath.Join(ud, "en_gum-cc-dev.conllu"), noparse)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "analysed %d train, %d dev, %d test documents in %.1fs\n", len(train), len(dev), len(testEx), time.Since(t0).Seconds())
	if cv > 1 {
		return crossValidate(train, cv, opt, errs)
	}
	var m *coref.Model
	if load != "" {
		f, err := os.Open(load)
		if err != nil {
			return err
		}
		m, err = coref.Load(f)
		f.Close()
		if err != nil {
			return err
		}
	} else {
		data := train
		if final {
			data = append(append([]coref.Example(nil), train...), dev...)
		} else {
			opt.Epoch = func(ep int, m *coref.Model) {
				s := coref.Evaluate(m, dev)
				fmt.Printf("epoch %2d dev named %.4f (pron %.4f desc %.4f) link-prec %.4f muc %.4f b3 %.4f ceafe %.4f conll %.4f\n",
					ep, s.Named.Value(), s.NamedPronoun.Value(), s.NamedDescription.Value(), s.Linked.Value(), s.MUC.F1, s.B3.F1, s.CEAFe.F1, s.CoNLL)
			}
		}
		t1 := time.Now()
		m = coref.Train(data, opt)
		fmt.Fprintf(os.Stderr, "trained in %.1fs\n", time.Since(t1).Seconds())
	}
	fmt.Printf("== dev\n%s", coref.Evaluate(m, dev))
	if errs != "" {
		f, err := os.Create(errs)
		if err != nil {
			return err
		}
		coref.ListErrors(f, m, dev)
		if err := f.Close(); err != nil {
			return err
		}
	}
	if test {
		fmt.Printf("== test\n%s", coref.Evaluate(m, testEx))
	}
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		if err := m.Save(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// crossValidate trains k models, each on the training documents outside
// one fold (document i is in fold i mod k), and prints the pooled scores
// of the held-out folds.
func crossValidate(train []coref.Example, k int, opt coref.TrainOptions, errs string) error {
	var errFile *os.File
	if errs != "" {
		f, err := os.Create(errs)
		if err != nil {
			return err
		}
		errFile = f
	}
	var named, pron, desc, nameRef, linked, lp, ld [2]int
	genres := map[string][2]int{}
	var conll float64
	for f := 0; f < k; f++ {
		var in, out []coref.Example
		for i, ex := range train {
			if i%k == f {
				out = append(out, ex)
			} else {
				in = append(in, ex)
			}
		}
		fm := coref.Train(in, opt)
		s := coref.Evaluate(fm, out)
		if errFile != nil {
			coref.ListErrors(errFile, fm, out)
		}
		for _, ex := range out {
			g := ex.Gold.ID
			if parts := strings.Split(g, "_"); len(parts) > 1 {
				g = parts[1]
			}
			gs := coref.Evaluate(fm, []coref.Example{ex})
			acc := genres[g]
			acc[0] += gs.Named.Right
			acc[1] += gs.Named.Total
			genres[g] = acc
		}
		for _, p := range []struct {
			acc *[2]int
			a   coref.Accuracy
		}{{&named, s.Named}, {&pron, s.NamedPronoun}, {&desc, s.NamedDescription}, {&nameRef, s.NameRef}, {&linked, s.Linked}, {&lp, s.LinkedPronoun}, {&ld, s.LinkedDescription}} {
			p.acc[0] += p.a.Right
			p.acc[1] += p.a.Total
		}
		conll += s.CoNLL / float64(k)
	}
	r := func(a [2]int) float64 { return float64(a[0]) / float64(a[1]) }
	var gs []string
	for g, a := range genres {
		gs = append(gs, fmt.Sprintf("%s %.3f (%d)", g, r(a), a[1]))
	}
	sort.Strings(gs)
	fmt.Printf("cv%d by genre: %s\n", k, strings.Join(gs, ", "))
	fmt.Printf("cv%d named %.4f (pron %.4f desc %.4f) name %.4f link-prec %.4f (pron %.4f desc %.4f) conll %.4f (mean of folds)\n", k, r(named), r(pron), r(desc), r(nameRef), r(linked), r(lp), r(ld), conll)
	if errFile != nil {
		return errFile.Close()
	}
	return nil
}

func loadNER(path string) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Load(f)
}

// foldNER analyses train document d again with the recognizer
// prefix.(d mod 5).bin.gz, one that was trained without it, so that the
// model learns from names found as well as on new text.
func foldNER(a *analyze.Analyzer, train []coref.Example, prefix string) error {
	for f := 0; f < 5; f++ {
		nm, err := loadNER(fmt.Sprintf("%s.%d.bin.gz", prefix, f))
		if err != nil {
			return err
		}
		held := *a
		held.NER = nm
		for d := f; d < len(train); d += 5 {
			doc := train[d].Gold.Tokens()
			held.AnalyzeTokens(doc)
			train[d].Doc = doc
		}
	}
	return nil
}
