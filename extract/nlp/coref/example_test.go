package coref_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
)

// The extractor's question: which named mention does each pronoun and
// description refer to?
func ExampleModel_Resolve() {
	a, err := analyze.Default()
	if err != nil {
		panic(err)
	}
	m, err := coref.Default()
	if err != nil {
		panic(err)
	}
	doc := a.Analyze("Maria Lopez was named chief executive of Northwind Bank on Monday. " +
		"The bank said she would start in March. Lopez, 42, previously ran its lending business. " +
		"She told reporters that the company was in good shape.")
	r := m.Resolve(doc)
	for _, men := range r.Mentions {
		if men.Kind != coref.Pronoun && men.Kind != coref.Description && men.Kind != coref.Name {
			continue
		}
		ref, ok := r.Referent(men.Sentence, men.Head)
		if !ok {
			continue
		}
		fmt.Printf("%-12s %-12s → %s (%s)\n", men.Text(doc), men.Kind, ref.Text(doc), ref.Type)
	}
	// Output:
	// Maria Lopez  name         → Maria Lopez (PERSON)
	// Northwind Bank name         → Northwind Bank (ORG)
	// The bank     description  → Northwind Bank (ORG)
	// she          pronoun      → Maria Lopez (PERSON)
	// Lopez        name         → Maria Lopez (PERSON)
	// its          pronoun      → Northwind Bank (ORG)
	// She          pronoun      → Maria Lopez (PERSON)
	// the company  description  → Northwind Bank (ORG)
}
