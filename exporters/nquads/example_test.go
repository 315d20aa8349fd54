package nquads_test

import (
	"fmt"
	"os"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/nquads"
)

func ExampleNewWriter() {
	a, b := quad.IRI(ng.EntityNS+"antony-blinken"), quad.IRI(ng.EntityNS+"benjamin-netanyahu")
	w := nquads.NewWriter(os.Stdout, exporters.Options{})
	// The same triple from two sentences: two quads, two labels.
	w.WriteQuads([]quad.Quad{
		{Subject: a, Predicate: ng.PredicateIRI(ng.Met), Object: b, Label: quad.IRI(ng.ProvNS + "d:rules/v1:40-80")},
		{Subject: a, Predicate: ng.PredicateIRI(ng.Met), Object: b, Label: quad.IRI(ng.ProvNS + "d:rules/v1:0-39")},
	})
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <https://w3id.org/newsgraph/entity/antony-blinken> <https://w3id.org/newsgraph/vocab#met> <https://w3id.org/newsgraph/entity/benjamin-netanyahu> <urn:newsgraph:prov:d:rules/v1:0-39> .
	// <https://w3id.org/newsgraph/entity/antony-blinken> <https://w3id.org/newsgraph/vocab#met> <https://w3id.org/newsgraph/entity/benjamin-netanyahu> <urn:newsgraph:prov:d:rules/v1:40-80> .
}
