package newsgraph_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

func TestParseLabel(t *testing.T) {
	doc := newsgraph.Doc{ID: "world/2024/talks", Text: "Alice met Bob. Bob thanked Alice."}
	tests := []struct {
		name string
		in   quad.Value
		want newsgraph.LabelParts
		ok   bool
	}{
		{"evidence", newsgraph.Label(doc, "parse/v1", newsgraph.Span{Start: 15, End: 33}), newsgraph.LabelParts{Step: "parse/v1", Span: newsgraph.Span{Start: 15, End: 33}}, true},
		{"whole document", newsgraph.DocLabel(doc, "rules/v2"), newsgraph.LabelParts{Step: "rules/v2", Span: newsgraph.Span{Start: 0, End: 33}}, true},
		{"provenance graph", newsgraph.ProvenanceGraph, newsgraph.LabelParts{}, false},
		{"no span", quad.IRI(newsgraph.ProvNS + "abc:parse/v1:x"), newsgraph.LabelParts{}, false},
		{"span backwards", quad.IRI(newsgraph.ProvNS + "abc:parse/v1:9-3"), newsgraph.LabelParts{}, false},
		{"no hash", quad.IRI(newsgraph.ProvNS + ":parse/v1:1-3"), newsgraph.LabelParts{}, false},
		{"literal", quad.String(newsgraph.ProvNS + "abc:parse/v1:1-3"), newsgraph.LabelParts{}, false},
		{"nil", nil, newsgraph.LabelParts{}, false},
	}
	hash := ""
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := newsgraph.ParseLabel(tt.in)
			if ok != tt.ok || got.Step != tt.want.Step || got.Span != tt.want.Span || ok != (got.DocHash != "") {
				t.Errorf("ParseLabel(%v): got %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
			if ok && hash != "" && got.DocHash != hash {
				t.Errorf("ParseLabel(%v): document hash %q, want %q as for the other labels of the document", tt.in, got.DocHash, hash)
			}
			hash = got.DocHash
		})
	}
}

// TestClassify checks the kind of every quad Quads writes, and of shapes
// it does not write.
func TestClassify(t *testing.T) {
	doc := newsgraph.Doc{ID: "d1", Title: "Talks", URL: "https://example.org/talks", Text: "Alice met Bob. \"We agree,\" Bob said."}
	ex := &newsgraph.Extraction{
		Entities: []newsgraph.Entity{
			{Key: "a", Name: "Alice", Type: newsgraph.Person, Roles: []string{"envoy"}, Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 5}}}},
			{Key: "b", Name: "Bob", Aliases: []string{"Robert"}, Type: newsgraph.Person, Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 10, End: 13}}}},
			{Key: "q", Name: "We agree,", Type: newsgraph.Quote, Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 16, End: 25}}}},
		},
		Facts: []newsgraph.Fact{
			{Subject: "a", Predicate: newsgraph.Met, Object: "b", Raw: "met", Evidence: newsgraph.Span{Start: 0, End: 14}, Span: newsgraph.Span{Start: 0, End: 13}, Confidence: 0.5, Modality: newsgraph.Reported},
			{Subject: "b", Predicate: newsgraph.Said, Object: "q", Evidence: newsgraph.Span{Start: 15, End: 36}, Negated: true},
		},
	}
	iris := []newsgraph.IRI{newsgraph.EntityNS + "alice", newsgraph.EntityNS + "bob", newsgraph.QuoteIRI(doc, newsgraph.Span{Start: 16, End: 25})}
	qs, err := newsgraph.Quads(doc, "t/v1", ex, iris)
	if err != nil {
		t.Fatal(err)
	}
	count := map[newsgraph.Kind]int{}
	for _, q := range qs {
		count[newsgraph.Classify(q)]++
		if pt := newsgraph.Decode(q); pt.Kind != newsgraph.Classify(q) || pt.Field == newsgraph.FieldOther {
			t.Errorf("Decode(%v): got %+v, want a field of the data model", q, pt)
		}
	}
	// 5 document quads (type, identifier, headline, URL; mentions are
	// their own kind), 2 mentions (quotes are not mentioned), 3 types, 3
	// names, 1 alias, 1 role, 3 mention counts, 1 quote span; 2 facts;
	// statements: type, subject, predicate, object and evidence, with raw,
	// confidence, modality and span for the first; labels: 5 each for 3
	// labels, 2 with their text.
	want := map[newsgraph.Kind]int{
		newsgraph.KindDocument: 4, newsgraph.KindMention: 2, newsgraph.KindEntity: 12, newsgraph.KindFact: 2,
		newsgraph.KindStatement: 14, newsgraph.KindLabel: 17,
	}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%v: got %d quads, want %d", k, count[k], n)
		}
	}
	if count[newsgraph.KindOther] != 0 {
		t.Errorf("got %d quads of Quads classified other", count[newsgraph.KindOther])
	}
	other := []quad.Quad{
		{Subject: quad.String("lit"), Predicate: newsgraph.SchemaName, Object: quad.String("x")},
		{Subject: quad.IRI("urn:a"), Predicate: quad.IRI("http://example.org/knows"), Object: quad.IRI("urn:b")},
		{Subject: quad.IRI("urn:a"), Predicate: newsgraph.PredicateIRI("contentHash"), Object: quad.String("abc")},
		{Subject: quad.IRI("urn:a"), Predicate: newsgraph.SchemaMentions, Object: quad.String("b")},
		{Subject: quad.IRI("urn:a"), Predicate: newsgraph.RDFType, Object: quad.String("Person")},
		{Subject: quad.IRI("urn:a"), Predicate: newsgraph.SchemaName, Object: quad.String("x"), Label: newsgraph.ProvenanceGraph},
	}
	for _, q := range other {
		if k := newsgraph.Classify(q); k != newsgraph.KindOther {
			t.Errorf("Classify(%v): got %v, want other", q, k)
		}
	}
}

func TestLiterals(t *testing.T) {
	if n, ok := newsgraph.IntValue(quad.TypedString{Value: " 12 ", Type: newsgraph.XSDNS + "integer"}); !ok || n != 12 {
		t.Errorf("IntValue: got %d, %v", n, ok)
	}
	if _, ok := newsgraph.IntValue(quad.String("twelve")); ok {
		t.Error("IntValue(twelve): got ok")
	}
	if f, ok := newsgraph.FloatValue(quad.Float(0.25)); !ok || f != 0.25 {
		t.Errorf("FloatValue: got %v, %v", f, ok)
	}
	if _, ok := newsgraph.FloatValue(quad.String("NaN")); ok {
		t.Error("FloatValue(NaN): got ok")
	}
	for in, want := range map[string][2]any{"not_accepted": {"accepted", true}, "met": {"met", false}, "not_": {"not_", false}} {
		p, neg := newsgraph.FactPredicate(newsgraph.PredicateIRI(in))
		if p != want[0] || neg != want[1] {
			t.Errorf("FactPredicate(%s): got %q, %v", in, p, neg)
		}
	}
}

// sliceReader is a newsgraph.QuadReader over a slice of quads.
type sliceReader []quad.Quad

func (r sliceReader) Each(ctx context.Context, fn func(quad.Quad) error) error {
	for _, q := range r {
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

func (r sliceReader) Find(ctx context.Context, d quad.Direction, vals []quad.Value, fn func(quad.Quad) error) error {
	for _, v := range vals {
		for _, q := range r {
			if q.Get(d) == v {
				if err := fn(q); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// TestStoreReads builds two documents into a slice and reads them back
// through the store functions of the read side.
func TestStoreReads(t *testing.T) {
	st := newMemStore()
	docs := []newsgraph.Doc{
		{ID: "d1", Source: "d1.txt", Text: "Alice met Bob then Carol"},
		{ID: "d2", Source: "d2.txt", Text: "Alice met Bob again"},
	}
	if _, err := newsgraph.Build(context.Background(), sliceSource(docs), wordExtractor, slugResolver{}, st, newsgraph.Options{}); err != nil {
		t.Fatal(err)
	}
	var all sliceReader
	for _, qs := range st.docs {
		all = append(all, qs...)
	}
	ctx := context.Background()
	got, err := newsgraph.DocumentQuads(ctx, all, docs[0].IRI())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(st.docs[docs[0].IRI()]) {
		t.Errorf("DocumentQuads: got %d quads, want the %d written", len(got), len(st.docs[docs[0].IRI()]))
	}
	rec, v, ok, err := newsgraph.ReadDocument(ctx, all, docs[1].IRI())
	if err != nil || !ok || rec.ID != "d2" || len(v.Facts()) != 1 || v.Facts()[0].Text != "" {
		t.Errorf("ReadDocument: got %+v, %v, %v", rec, ok, err)
	}
	ents, err := newsgraph.Entities(ctx, all)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.AllNames()...)
		if e.Type != newsgraph.Person {
			t.Errorf("entity %s: type %q, want Person", e.IRI, e.Type)
		}
	}
	if want := []string{"Alice", "Bob", "Carol"}; !slices.Equal(names, want) {
		t.Errorf("Entities: got names %q, want %q", names, want)
	}
	c, err := newsgraph.Count(ctx, all)
	if want := (newsgraph.Counts{Documents: 2, Entities: 3, Facts: 3, Relations: 2}); err != nil || c != want {
		t.Errorf("Count: got %+v, %v; want %+v", c, err, want)
	}
	stop := errors.New("stop")
	if err := all.Each(ctx, func(quad.Quad) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("got %v", err)
	}
}

// TestEntityName checks the name the View gives an entity: the one most
// documents give, ties to the longest, then the first; alternate names
// only when no document gives a name.
func TestEntityName(t *testing.T) {
	iri := newsgraph.IRI(newsgraph.EntityNS + "vos")
	quads := func(id string, e newsgraph.Entity) []quad.Quad {
		doc := newsgraph.Doc{ID: id, Text: "Text of " + id + "."}
		e.Key, e.Type = "e", newsgraph.Person
		qs, err := newsgraph.Quads(doc, "test/v1", &newsgraph.Extraction{Entities: []newsgraph.Entity{e}}, []newsgraph.IRI{iri})
		if err != nil {
			t.Fatal(err)
		}
		return qs
	}
	tests := []struct {
		name string
		ents []newsgraph.Entity
		want string
	}{
		{"most documents", []newsgraph.Entity{{Name: "Peter Vos"}, {Name: "Pieter Vos"}, {Name: "Pieter Vos"}}, "Pieter Vos"},
		{"tie to the longest", []newsgraph.Entity{{Name: "Vos"}, {Name: "Pieter Vos"}}, "Pieter Vos"},
		{"tie to the first", []newsgraph.Entity{{Name: "Pieter Vos"}, {Name: "Peter Vosx"}, {Name: "Peter Vosa"}}, "Peter Vosa"},
		{"initials lose a tie", []newsgraph.Entity{{Name: "P. Vos"}, {Name: "Pieter Vos"}}, "Pieter Vos"},
		{"alternate names only", []newsgraph.Entity{{Name: " ", Aliases: []string{"the union leader"}}}, "the union leader"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := newsgraph.NewView()
			for i, e := range tt.ents {
				v.AddQuads(quads(fmt.Sprintf("d%d", i), e))
			}
			ents := v.Entities()
			if len(ents) != 1 || ents[0].Name != tt.want {
				t.Errorf("got %+v, want the name %q", ents, tt.want)
			}
		})
	}
}
