package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/openie"
)

func openieCmd(e env) *cobra.Command {
	return &cobra.Command{
		Use:   "openie",
		Short: "Extract open relation tuples from sentences (CaRB tabbed format)",
		Long: `Openie reads one sentence per line on stdin and writes one line per
extraction on stdout in the CaRB "tabbed" format:

  sentence <TAB> confidence <TAB> relation <TAB> arg1 <TAB> arg2 ...

Each sentence is parsed by the embedded NLP core; every verb or copular
predicate with a subject gives a tuple.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			a, err := analyze.Default()
			if err != nil {
				return err
			}
			sc := bufio.NewScanner(e.stdin)
			sc.Buffer(make([]byte, 1<<20), 1<<24)
			w := bufio.NewWriter(e.stdout)
			line := 0
			for sc.Scan() {
				line++
				if err := cmd.Context().Err(); err != nil {
					return err
				}
				text := strings.TrimSpace(sc.Text())
				if text == "" {
					continue
				}
				doc := a.Analyze(text)
				for si := range doc.Sentences {
					for _, t := range openie.Extract(text, &doc.Sentences[si]) {
						fmt.Fprintf(w, "%s\t%.3f\t%s\t%s\n", text, t.Confidence, clean(t.Rel), strings.Join(cleanAll(t.Args), "\t"))
					}
				}
			}
			if err := sc.Err(); err != nil {
				return fmt.Errorf("read stdin line %d: %w", line+1, err)
			}
			return w.Flush()
		},
	}
}

// clean keeps a field on one line and free of tabs.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = clean(s)
	}
	return out
}
