package jsonld_test

import (
	"fmt"
	"os"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/jsonld"
)

func ExampleNewWriter() {
	label := quad.IRI(ng.ProvNS + "d:rules/v1:0-30")
	a, b := quad.IRI(ng.EntityNS+"antony-blinken"), quad.IRI(ng.EntityNS+"egypt")
	w := jsonld.NewWriter(os.Stdout, exporters.Options{})
	w.WriteQuads([]quad.Quad{
		{Subject: a, Predicate: ng.RDFType, Object: ng.SchemaType(ng.Person), Label: label},
		{Subject: a, Predicate: ng.SchemaName, Object: quad.String("Antony Blinken"), Label: label},
		{Subject: a, Predicate: ng.PredicateIRI(ng.Visits), Object: b, Label: label},
	})
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "@context": {
	//     "ng": "https://w3id.org/newsgraph/vocab#",
	//     "prov": "http://www.w3.org/ns/prov#",
	//     "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
	//     "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
	//     "schema": "http://schema.org/",
	//     "xsd": "http://www.w3.org/2001/XMLSchema#"
	//   },
	//   "@graph": [
	//     {"@id": "urn:newsgraph:prov:d:rules/v1:0-30", "@graph": [
	//       {"@id": "https://w3id.org/newsgraph/entity/antony-blinken", "@type": "schema:Person", "ng:visits": {"@id": "https://w3id.org/newsgraph/entity/egypt"}, "schema:name": "Antony Blinken"}
	//     ]}
	//   ]
	// }
}

func ExampleNewWriter_article() {
	doc := quad.IRI(ng.DocNS + "000")
	label := quad.IRI(ng.ProvNS + "d:rules/v1:0-30")
	a := quad.IRI(ng.EntityNS + "antony-blinken")
	w := jsonld.NewWriter(os.Stdout, exporters.Options{}.With(jsonld.Article, "000"))
	w.WriteQuads([]quad.Quad{
		{Subject: doc, Predicate: ng.RDFType, Object: ng.SchemaNewsArticle, Label: label},
		{Subject: doc, Predicate: ng.SchemaIdentifier, Object: quad.String("000"), Label: label},
		{Subject: doc, Predicate: ng.SchemaHeadline, Object: quad.String("Blinken in Cairo"), Label: label},
		{Subject: doc, Predicate: ng.SchemaMentions, Object: a, Label: label},
		{Subject: a, Predicate: ng.RDFType, Object: ng.SchemaType(ng.Person), Label: label},
		{Subject: a, Predicate: ng.SchemaName, Object: quad.String("Antony Blinken"), Label: label},
		{Subject: label, Predicate: ng.ProvWasDerivedFrom, Object: doc, Label: ng.ProvenanceGraph},
	})
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <script type="application/ld+json">
	// {
	//   "@context": "https://schema.org",
	//   "@type": "NewsArticle",
	//   "@id": "https://w3id.org/newsgraph/doc/000",
	//   "identifier": "000",
	//   "headline": "Blinken in Cairo",
	//   "about": [
	//     {
	//       "@type": "Person",
	//       "@id": "https://w3id.org/newsgraph/entity/antony-blinken",
	//       "name": "Antony Blinken"
	//     }
	//   ]
	// }
	// </script>
}
