package exporters_test

import (
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	_ "github.com/newsgraph/newsgraph/exporters/all" // registers every format
)

func ExampleLookup() {
	_, err := exporters.Lookup("grphml")
	fmt.Println(err)
	// Output:
	// unknown export format "grphml" (known: csv, dot, graphml, jsonld, nquads)
}

func ExampleFormat_Open() {
	f, err := exporters.ForPath("graph.nq")
	if err != nil {
		fmt.Println(err)
		return
	}
	// A multi-file format (csv) takes one writer per f.PartPaths(path).
	w, err := f.Open([]io.Writer{os.Stdout}, exporters.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	w.WriteQuads([]quad.Quad{{Subject: quad.IRI(ng.EntityNS + "egypt"), Predicate: ng.SchemaName, Object: quad.String("Egypt"), Label: quad.IRI(ng.ProvNS + "d:rules/v1:0-9")}})
	if err := w.Close(); err != nil { // Close writes the output: check it
		fmt.Println(err)
	}
	fmt.Println(f.Name, exporters.Names())
	// Output:
	// <https://w3id.org/newsgraph/entity/egypt> <http://schema.org/name> "Egypt" <urn:newsgraph:prov:d:rules/v1:0-9> .
	// nquads [csv dot graphml jsonld nquads]
}
