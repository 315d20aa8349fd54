package tagger_test

import (
	"fmt"
	"log"

	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

func ExampleModel_Tag() {
	m, err := tagger.Default()
	if err != nil {
		log.Fatal(err)
	}
	words := []string{"Blinken", "and", "Netanyahu", "met", "for", "two", "hours", "."}
	upos := make([]string, len(words))
	xpos := make([]string, len(words))
	m.Tag(words, upos, xpos)
	for i, w := range words {
		fmt.Printf("%s %s %s %s\n", w, upos[i], xpos[i], m.Lemma(w, upos[i], xpos[i]))
	}
	// Output:
	// Blinken PROPN NNP Blinken
	// and CCONJ CC and
	// Netanyahu PROPN NNP Netanyahu
	// met VERB VBD meet
	// for ADP IN for
	// two NUM CD two
	// hours NOUN NNS hour
	// . PUNCT . .
}
