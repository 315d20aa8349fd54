package graphml_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/graphml"
)

func ExampleNewWriter() {
	label := quad.IRI(ng.ProvNS + "doc:rules/v1:0-30")
	a, b := quad.IRI(ng.EntityNS+"antony-blinken"), quad.IRI(ng.EntityNS+"benjamin-netanyahu")
	var sb strings.Builder
	w := graphml.NewWriter(&sb, exporters.Options{})
	w.WriteQuads([]quad.Quad{
		{Subject: a, Predicate: ng.SchemaName, Object: quad.String("Antony Blinken"), Label: label},
		{Subject: b, Predicate: ng.SchemaName, Object: quad.String("Benjamin Netanyahu"), Label: label},
		{Subject: a, Predicate: ng.PredicateIRI(ng.Met), Object: b, Label: label},
	})
	if err := w.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	// Print the graph without the key declarations.
	for _, line := range strings.Split(sb.String(), "\n") {
		l := strings.TrimSpace(line)
		if strings.HasPrefix(l, "<node") || strings.HasPrefix(l, "<edge") || strings.HasPrefix(l, `<data key="v_label"`) ||
			strings.HasPrefix(l, `<data key="e_label"`) || strings.HasPrefix(l, `<data key="e_weight"`) {
			fmt.Println(l)
		}
	}
	// Output:
	// <node id="n0">
	// <data key="v_label">Antony Blinken</data>
	// <node id="n1">
	// <data key="v_label">Benjamin Netanyahu</data>
	// <edge id="e0" source="n0" target="n1">
	// <data key="e_label">met</data>
	// <data key="e_weight">1</data>
}
