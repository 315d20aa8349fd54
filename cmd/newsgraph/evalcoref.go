package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
)

func evalCorefCmd(e env) *cobra.Command {
	var noParse bool
	cmd := &cobra.Command{
		Use:   "coref FILE.conllu",
		Short: "Coreference: pronouns and descriptions resolved, MUC, B³, CEAF-e",
		Long: `Eval coref analyses every document of FILE, a CoNLL-U file with GUM's
Entity annotation (documents start at "# newdoc id"), with the embedded
NLP core on the gold words (predicted tags, parses and entities), resolves
its coreference with the embedded model, and scores it against the gold
chains (see extract/nlp/coref/README.md for the definitions):

  named  over the gold pronouns and definite descriptions that are not
         the first mention of their chain and whose chain holds a named
         mention, the share whose predicted antecedent is in the same
         gold chain (no antecedent counts as wrong)
  muc, b3, ceafe, conll
         F1 of the link metrics over all mentions, singletons excluded,
         mentions matched by head word; conll is their mean

The last line reads
  coref: named=… muc=… b3=… ceafe=… conll=… mentions=…
where mentions is the number of pronouns and descriptions that named
scores.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			sents, err := conllu.ReadFile(args[0])
			if err != nil {
				return err
			}
			docs, err := coref.GoldDocs(sents)
			if err != nil {
				return fmt.Errorf("read %s: %w", args[0], err)
			}
			a, err := analyze.Default()
			if err != nil {
				return err
			}
			m, err := coref.Default()
			if err != nil {
				return err
			}
			exs := coref.Analyse(docs, func(doc *nlp.Document) {
				a.AnalyzeTokens(doc)
				if noParse {
					for _, s := range doc.Sentences {
						for i := range s.Tokens {
							s.Tokens[i].Head, s.Tokens[i].Rel = -1, ""
						}
					}
				}
			})
			sc := coref.Evaluate(m, exs)
			w := e.stdout
			fmt.Fprintf(w, "file           %s\n%s", args[0], sc)
			fmt.Fprintf(w, "coref: named=%.3f muc=%.3f b3=%.3f ceafe=%.3f conll=%.3f mentions=%d\n",
				sc.Named.Value(), sc.MUC.F1, sc.B3.F1, sc.CEAFe.F1, sc.CoNLL, sc.Named.Total)
			return nil
		},
	}
	cmd.Flags().BoolVar(&noParse, "no-parse", false, "score without dependency parses (as for the sentences the extractor leaves unparsed)")
	return cmd
}
