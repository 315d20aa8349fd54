package main

import (
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
	"github.com/newsgraph/newsgraph/extract/nlp/parser"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

func evalCmd(e env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score the embedded NLP models on a treebank",
		Long: `Eval scores the embedded models on a CoNLL-U file that they were not
trained on, so that anyone can reproduce the accuracy table of the README.`,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "ud FILE.conllu",
		Short: "Part-of-speech and dependency accuracy (UPOS, XPOS, UAS, LAS)",
		Long: `Eval ud tags every sentence of FILE (gold tokenization) with the embedded
tagger and parses it with the embedded parser on the predicted tags, and
prints the accuracy of universal and Penn tags, lemmas, and the attachment
scores. LAS counts the universal part of the relation (nsubj:pass = nsubj),
as the CoNLL 2018 shared task does; "las_full" counts subtypes too.
Punctuation is scored. The last line reads
  ud: upos=… xpos=… uas=… las=… sentences=… tokens=…`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			sents, err := conllu.ReadFile(args[0])
			if err != nil {
				return err
			}
			tm, err := tagger.Default()
			if err != nil {
				return err
			}
			pm, err := parser.Default()
			if err != nil {
				return err
			}
			ts := tagger.Evaluate(tm, sents)
			ps := parser.Evaluate(pm, sents, tm.Tag)
			w := e.stdout
			fmt.Fprintf(w, "file       %s\n", args[0])
			fmt.Fprintf(w, "UPOS       %.2f\nXPOS       %.2f\nlemma      %.2f\n", ts.UPOS, ts.XPOS, ts.Lemma)
			fmt.Fprintf(w, "UAS        %.2f\nLAS        %.2f  (universal relations)\nLAS full   %.2f  (with subtypes)\n", ps.UAS, ps.LASBase, ps.LAS)
			fmt.Fprintf(w, "ud: upos=%.2f xpos=%.2f uas=%.2f las=%.2f sentences=%d tokens=%d\n",
				ts.UPOS, ts.XPOS, ps.UAS, ps.LASBase, len(sents), ts.Tokens)
			return nil
		},
	})
	var nerFormat string
	nerCmd := &cobra.Command{
		Use:   "ner FILE",
		Short: "Named-entity precision, recall and F1 on GUM or Universal NER annotation",
		Long: `Eval ner runs the embedded recognizer (on tags from the embedded tagger)
over every sentence of FILE, document by document, and scores person,
organization and place names by exact span and type.

With --format conllu (the default), FILE is a CoNLL-U file with GUM's
Entity annotation. Gold names follow one rule (see ner.GoldNames): in each
person, organization or place mention, the proper-noun chunk around the
mention's head — the PROPN head with its flat, compound and proper-noun
dependents — and mentions without a proper noun are skipped.

With --format iob2, FILE is a Universal NER file (or another IOB2/IO file
such as CoNLL's): its gold tokens, documents at "# newdoc id" comments,
PER, ORG and LOC compared with PERSON, ORG and PLACE, and other labels
(UNER's OTH) dropped.

The last line reads
  ner: p=… r=… f1=… mentions=…`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var gold []ner.Labeled
			switch nerFormat {
			case "conllu":
				sents, err := conllu.ReadFile(args[0])
				if err != nil {
					return err
				}
				gold = ner.FromGUM(sents)
			case "iob2":
				sents, err := ner.ReadIOBFile(args[0])
				if err != nil {
					return err
				}
				gold = ner.FromIOB(sents)
			default:
				return &usageError{fmt.Errorf("unknown --format %q (known: conllu, iob2)", nerFormat)}
			}
			tm, err := tagger.Default()
			if err != nil {
				return err
			}
			nm, err := ner.Default()
			if err != nil {
				return err
			}
			sc := ner.EvaluateLabeled(nm, gold, func(words []string) ([]string, []string) {
				upos, xpos := make([]string, len(words)), make([]string, len(words))
				tm.Tag(words, upos, xpos)
				return upos, xpos
			})
			w := e.stdout
			fmt.Fprintf(w, "file     %s\n%-8s %6s %6s %6s %6s\n", args[0], "type", "P", "R", "F1", "gold")
			var types []string
			for t := range sc.ByType {
				types = append(types, t)
			}
			sort.Strings(types)
			for _, t := range types {
				p := sc.ByType[t]
				fmt.Fprintf(w, "%-8s %6.3f %6.3f %6.3f %6d\n", t, p.Precision, p.Recall, p.F1, p.TP+p.FN)
			}
			o := sc.Overall
			fmt.Fprintf(w, "%-8s %6.3f %6.3f %6.3f %6d\n", "all", o.Precision, o.Recall, o.F1, o.TP+o.FN)
			fmt.Fprintf(w, "ner: p=%.3f r=%.3f f1=%.3f mentions=%d\n", o.Precision, o.Recall, o.F1, o.TP+o.FN)
			return nil
		},
	}
	nerCmd.Flags().StringVar(&nerFormat, "format", "conllu", "format of FILE: conllu (GUM Entity annotation) or iob2 (Universal NER)")
	cmd.AddCommand(nerCmd)
	cmd.AddCommand(evalCorefCmd(e))
	return cmd
}
