package rules_test

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/rules"
)

func ExampleExtractor_Extract() {
	doc := newsgraph.Doc{ID: "example", Text: "Kenyan President William Otieno met Prime Minister Erik Holm in Oslo on Monday.\n" +
		"\"We agreed on the trade proposal,\" Otieno said."}
	x, err := rules.New().Extract(context.Background(), doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	name := map[string]string{}
	for _, e := range x.Entities {
		name[e.Key] = e.Name
		fmt.Printf("%s %s %q roles=%q\n", e.Key, e.Type, e.Name, e.Roles)
	}
	for _, f := range x.Facts {
		fmt.Printf("%s -%s-> %s\n", name[f.Subject], f.Predicate, name[f.Object])
	}
	// Output:
	// e1 Place "Kenya" roles=[]
	// e2 Person "William Otieno" roles=["President"]
	// e3 Person "Erik Holm" roles=["Prime Minister"]
	// e4 Place "Oslo" roles=[]
	// q1 Quotation "We agreed on the trade proposal" roles=[]
	// William Otieno -met-> Erik Holm
	// William Otieno -said-> We agreed on the trade proposal
	// William Otieno -nationality-> Kenya
}
