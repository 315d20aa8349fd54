package dot_test

import (
	"fmt"
	"os"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/dot"
)

func ExampleNewWriter() {
	label := quad.IRI(ng.ProvNS + "doc:rules/v1:0-30")
	a, b := quad.IRI(ng.EntityNS+"antony-blinken"), quad.IRI(ng.EntityNS+"egypt")
	w := dot.NewWriter(os.Stdout, exporters.Options{})
	w.WriteQuads([]quad.Quad{
		{Subject: a, Predicate: ng.RDFType, Object: ng.SchemaType(ng.Person), Label: label},
		{Subject: a, Predicate: ng.SchemaName, Object: quad.String("Antony Blinken"), Label: label},
		{Subject: b, Predicate: ng.RDFType, Object: ng.SchemaType(ng.Place), Label: label},
		{Subject: b, Predicate: ng.SchemaName, Object: quad.String("Egypt"), Label: label},
		{Subject: a, Predicate: ng.PredicateIRI(ng.Visits), Object: b, Label: label},
	})
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph newsgraph {
	//   graph [charset="UTF-8", rankdir=LR, overlap=false, splines=true, fontname="Helvetica"];
	//   node [style=filled, fontname="Helvetica", fontsize=11, color="#555555"];
	//   edge [fontname="Helvetica", fontsize=9, color="#555555"];
	//   n0 [label="Antony Blinken", shape=ellipse, fillcolor="#a6cee3", type="Person", iri="https://w3id.org/newsgraph/entity/antony-blinken"];
	//   n1 [label="Egypt", shape=house, fillcolor="#fdbf6f", type="Place", iri="https://w3id.org/newsgraph/entity/egypt"];
	//   n0 -> n1 [label="visits", weight=1, penwidth=1.00, prov="urn:newsgraph:prov:doc:rules/v1:0-30", documents=""];
	// }
}
