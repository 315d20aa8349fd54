// Command dump prints the NLP core's analysis of text files, one token a
// line (index, word, UPOS, XPOS, head, relation) with the named-entity
// mentions of each sentence: a development aid for reading what the
// extractor sees.
//
//	go run ./extract/parse/internal/dump FILE...
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
)

func main() {
	an, err := analyze.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, "dump:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, path := range os.Args[1:] {
		b, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "dump:", err)
			os.Exit(1)
		}
		doc := an.Analyze(string(b))
		for si, s := range doc.Sentences {
			fmt.Fprintf(w, "# %d %q\n", si, doc.Text[s.Start:s.End])
			for _, m := range s.Mentions {
				fmt.Fprintf(w, "#  %s [%d,%d) %s\n", m.Type, m.Start, m.End, doc.Text[s.Tokens[m.Start].Start:s.Tokens[m.End-1].End])
			}
			for i, t := range s.Tokens {
				fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", i, t.Text, t.Lemma, t.UPOS, t.XPOS, t.Head, t.Rel)
			}
		}
	}
}
