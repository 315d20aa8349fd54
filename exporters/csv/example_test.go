package csv_test

import (
	"fmt"
	"os"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/csv"
)

func ExampleNewWriter() {
	label := quad.IRI(ng.ProvNS + "doc:rules/v1:0-30")
	a, b := quad.IRI(ng.EntityNS+"antony-blinken"), quad.IRI(ng.EntityNS+"egypt")
	// A command would write to g.nodes.csv and g.edges.csv, as named by
	// exporters.Format.PartPaths("g.csv").
	w := csv.NewWriter(os.Stdout, os.Stdout, exporters.Options{})
	w.WriteQuads([]quad.Quad{
		{Subject: a, Predicate: ng.SchemaName, Object: quad.String("Antony Blinken"), Label: label},
		{Subject: b, Predicate: ng.SchemaName, Object: quad.String("Egypt"), Label: label},
		{Subject: a, Predicate: ng.PredicateIRI(ng.Visits), Object: b, Label: label},
	})
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Id,Label,Type,Aliases,Roles,Mentions,Documents
	// Source,Target,Type,Label,Weight,Documents,Evidence,Confidence,Provenance,Raw,Modality,Predicate
	// https://w3id.org/newsgraph/entity/antony-blinken,Antony Blinken,Thing,,,0,
	// https://w3id.org/newsgraph/entity/egypt,Egypt,Thing,,,0,
	// https://w3id.org/newsgraph/entity/antony-blinken,https://w3id.org/newsgraph/entity/egypt,Directed,visits,1,,,,urn:newsgraph:prov:doc:rules/v1:0-30,,,https://w3id.org/newsgraph/vocab#visits
}
