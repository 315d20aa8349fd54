package ner_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

func ExampleModel_Annotate() {
	m, err := ner.Default()
	if err != nil {
		panic(err)
	}
	words := strings.Fields("Israeli officials told Reuters that Antony Blinken will visit Cairo on Oct. 7 .")
	upos := strings.Fields("ADJ NOUN VERB PROPN SCONJ PROPN PROPN AUX VERB PROPN ADP PROPN NUM PUNCT")
	xpos := strings.Fields("JJ NNS VBD NNP IN NNP NNP MD VB NNP IN NNP CD .")
	for _, a := range m.Annotate(words, upos, xpos) {
		line := fmt.Sprintf("%-6s %s", a.Type, strings.Join(words[a.Start:a.End], " "))
		if a.Country != "" {
			line += " (" + a.Country + ")"
		}
		fmt.Println(line)
	}
	// Output:
	// NORP   Israeli (Israel)
	// ORG    Reuters
	// PERSON Antony Blinken
	// PLACE  Cairo
	// DATE   Oct. 7
}

func ExampleCountry() {
	for _, w := range []string{"Israeli", "U.S.", "Britons", "Russian Federation"} {
		c, ok := ner.Country(w)
		fmt.Println(w, "→", c, ok)
	}
	// Output:
	// Israeli → Israel true
	// U.S. → United States true
	// Britons → United Kingdom true
	// Russian Federation → Russia true
}
