package relclass_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/relclass"
)

func ExampleModel_Relations() {
	a, err := analyze.Default()
	if err != nil {
		panic(err)
	}
	m, err := relclass.Default()
	if err != nil {
		panic(err)
	}
	doc := a.Analyze("Tom Hardy was born in Hammersmith in 1977.")
	s := &doc.Sentences[0]
	// the extractor's typed names: tokens [0, 2) and [5, 6)
	ments := []relclass.Mention{{Start: 0, End: 2, Type: newsgraph.Person}, {Start: 5, End: 6, Type: newsgraph.Place}}
	for _, c := range m.Relations(s, ments, 0.5) {
		name := func(k int) string {
			return doc.Text[s.Tokens[ments[k].Start].Start:s.Tokens[ments[k].End-1].End]
		}
		fmt.Printf("%s –%s→ %s\n", name(c.Subj), c.Pred, name(c.Obj))
	}
	// Output:
	// Tom Hardy –born_in→ Hammersmith
}
