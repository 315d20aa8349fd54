package clause_test

import (
	"context"
	"fmt"
	"log"

	"github.com/newsgraph/newsgraph/extract/clause"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
)

func Example() {
	a, err := analyze.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := a.Analyze("The envoy held talks with the king on Monday. The rebels refused to accept the offer.")
	rels, err := clause.Extract(context.Background(), doc)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range rels {
		toks := doc.Sentences[r.Sent].Tokens
		subj := doc.Text[toks[r.Subj.Start].Start:toks[r.Subj.End-1].End]
		obj := doc.Text[toks[r.Obj.Start].Start:toks[r.Obj.End-1].End]
		fmt.Printf("%s(%s, %s) raw=%q negated=%v\n", r.Pred, subj, obj, r.Raw, r.Negated)
	}
	// Output:
	// met(The envoy, the king) raw="held talks with" negated=false
	// accepted(The rebels, the offer) raw="refused to accept" negated=true
}
