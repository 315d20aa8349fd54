// Command train trains the relation classifier of package relclass on
// Re-DocRED (../shared/ner/redocred-{dev,test}.json), whose documents are
// analysed by the embedded NLP core on their own words, and prints the
// precision, recall and F1 of each predicate on the held-out documents
// (every fifth, see relclass.Split) at several thresholds.
//
//	go run ./extract/relclass/internal/train -ner ../shared/ner -o extract/relclass/model/relclass.bin.gz
//
// -load FILE only evaluates a saved model.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/relclass"
)

func main() {
	def := relclass.DefaultTrainOptions()
	defEx := relclass.DefaultExampleOptions()
	var (
		dir      = flag.String("ner", "../shared/ner", "directory of the Re-DocRED files")
		out      = flag.String("o", "", "write the model here")
		load     = flag.String("load", "", "evaluate this saved model instead of training")
		noev     = flag.Bool("noevidence", defEx.NoEvidence, "relations without evidence sentences are positive in every sentence naming both entities")
		demonyms = flag.Bool("demonyms", defEx.Demonyms, "keep adjectives typed LOC (\"German\") as mentions")
		extra    = flag.String("map", "", "more Wikidata properties: P749=member_of,P276=located_in,P355=~member_of (~: inverse; /LOC+ORG: only for subjects of these Re-DocRED types)")
		drop     = flag.String("drop", "", "Wikidata properties to leave out of the mapping: P17,P150")
		maxPath  = flag.Int("maxpath", defEx.MaxPath, "positive pairs further apart in the parse are left out (0: none)")
		opt      = def
	)
	flag.IntVar(&opt.Epochs, "epochs", def.Epochs, "training epochs")
	flag.IntVar(&opt.Runs, "runs", def.Runs, "models trained with successive seeds and averaged")
	flag.IntVar(&opt.Bits, "bits", def.Bits, "log2 of the number of feature slots")
	flag.Uint64Var(&opt.Seed, "seed", def.Seed, "seed of the example order")
	flag.Float64Var(&opt.Rate, "rate", def.Rate, "AdaGrad learning rate")
	flag.Float64Var(&opt.L2, "l2", def.L2, "L2 penalty")
	flag.IntVar(&opt.MinCount, "mincount", def.MinCount, "least training pairs of a feature slot")
	flag.Parse()
	eo := defEx
	eo.NoEvidence, eo.Demonyms, eo.MaxPath = *noev, *demonyms, *maxPath
	if err := editMapping(eo.Mapping, *extra, *drop); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(2)
	}
	if err := run(*dir, *out, *load, eo, opt); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func editMapping(mp map[string]relclass.Mapping, extra, drop string) error {
	for _, kv := range strings.Split(extra, ",") {
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("-map %q: want PROPERTY=predicate", kv)
		}
		inv := strings.HasPrefix(v, "~")
		v, subj, _ := strings.Cut(strings.TrimPrefix(v, "~"), "/")
		mp[k] = relclass.Mapping{Pred: v, Inverse: inv, Subj: strings.ReplaceAll(subj, "+", " ")}
	}
	for _, k := range strings.Split(drop, ",") {
		delete(mp, k)
	}
	return nil
}

func run(dir, out, load string, eo relclass.ExampleOptions, opt relclass.TrainOptions) error {
	a, err := analyze.Default()
	if err != nil {
		return err
	}
	t0 := time.Now()
	var docs []relclass.ReDoc
	for _, f := range relclass.ReDocFiles {
		d, err := relclass.ReadReDocRED(filepath.Join(dir, f))
		if err != nil {
			return err
		}
		docs = append(docs, d...)
	}
	trainDocs, heldDocs := relclass.Split(docs)
	train := relclass.ReDocExamples(trainDocs, a.AnalyzeTokens, eo)
	held := relclass.ReDocExamples(heldDocs, a.AnalyzeTokens, eo)
	fmt.Fprintf(os.Stderr, "analysed %d + %d documents (%d + %d sentences with pairs) in %v\n",
		len(trainDocs), len(heldDocs), len(train), len(held), time.Since(t0).Round(time.Second))
	counts(train, "train")
	counts(held, "held-out")
	var m *relclass.Model
	if load != "" {
		f, err := os.Open(load)
		if err != nil {
			return err
		}
		defer f.Close()
		if m, err = relclass.Load(f); err != nil {
			return err
		}
	} else {
		opt.Epoch = func(ep int, m *relclass.Model) {
			s := relclass.Evaluate(m, held, 0.5)[""]
			fmt.Fprintf(os.Stderr, "epoch %d: held-out P=%.3f R=%.3f F1=%.3f (%v)\n", ep, s.Precision(), s.Recall(), s.F1(), time.Since(t0).Round(time.Second))
		}
		m = relclass.Train(train, opt)
	}
	fmt.Println("held-out documents, pairs labelled as in training:")
	report(m, held)
	if eo.MaxPath > 0 {
		all := eo
		all.MaxPath = 0
		fmt.Println("held-out documents, every pair (far pairs too):")
		report(m, relclass.ReDocExamples(heldDocs, a.AnalyzeTokens, all))
	}
	if out != "" && load == "" {
		if err := save(m, out); err != nil {
			return err
		}
	}
	return nil
}

func counts(exs []relclass.Example, name string) {
	n := map[string]int{}
	pairs := 0
	for _, ex := range exs {
		pairs += len(ex.Mentions) * (len(ex.Mentions) - 1)
		seen := map[relclass.Candidate]bool{}
		for _, g := range ex.Gold {
			if !seen[g] {
				seen[g] = true
				n[g.Pred]++
			}
		}
	}
	var b strings.Builder
	for _, p := range relclass.Predicates {
		fmt.Fprintf(&b, " %s=%d", p, n[p])
	}
	fmt.Fprintf(os.Stderr, "%s: %d ordered pairs; gold%s\n", name, pairs, b.String())
}

func report(m *relclass.Model, held []relclass.Example) {
	ths := []float64{0.3, 0.5, 0.7, 0.9}
	res := make([]map[string]relclass.Score, len(ths))
	for i, th := range ths {
		res[i] = relclass.Evaluate(m, held, th)
	}
	fmt.Printf("%-12s %5s", "held-out", "gold")
	for _, th := range ths {
		fmt.Printf("  %-17s", fmt.Sprintf("P/R/F1 @%.1f", th))
	}
	fmt.Println()
	for _, p := range append(append([]string{}, relclass.Predicates...), "") {
		name := p
		if p == "" {
			name = "all"
		}
		s0 := res[0][p]
		fmt.Printf("%-12s %5d", name, s0.TP+s0.FN)
		for i := range ths {
			s := res[i][p]
			fmt.Printf("  %.2f/%.2f/%.2f   ", s.Precision(), s.Recall(), s.F1())
		}
		fmt.Println()
	}
}

func save(m *relclass.Model, path string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
