package newsgraph

import (
	"context"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
)

// A QuadReader is a store as the read side reads it. Every store backend
// implements it (and Store, to be written by Build), so that the functions
// below, the exporters and the HTTP API work on any backend.
type QuadReader interface {
	// Each calls fn for every quad of the store, in an order that is the
	// same for the same store, and stops at the first error fn returns,
	// returning it.
	Each(ctx context.Context, fn func(quad.Quad) error) error
	// Find calls fn for every quad whose direction d holds one of vals,
	// and stops at the first error fn returns, returning it. Values the
	// store does not hold match nothing.
	Find(ctx context.Context, d quad.Direction, vals []quad.Value, fn func(quad.Quad) error) error
}

// subjectsOf returns the subjects of the quads (?, p, o) of r.
func subjectsOf(ctx context.Context, r QuadReader, p IRI, o quad.Value) ([]quad.Value, error) {
	var out []quad.Value
	err := r.Find(ctx, quad.Object, []quad.Value{o}, func(q quad.Quad) error {
		if q.Predicate == p {
			out = append(out, q.Subject)
		}
		return nil
	})
	return out, err
}

// DocumentQuads returns every quad the document doc contributed to r: the
// quads under its provenance labels, and the descriptions of those labels
// and of its fact statements in the provenance graph.
func DocumentQuads(ctx context.Context, r QuadReader, doc IRI) ([]quad.Quad, error) {
	var out []quad.Quad
	keep := func(q quad.Quad) error { out = append(out, q); return nil }
	keepProv := func(q quad.Quad) error {
		if q.Label == ProvenanceGraph {
			out = append(out, q)
		}
		return nil
	}
	labels, err := subjectsOf(ctx, r, ProvWasDerivedFrom, doc)
	if err != nil {
		return nil, err
	}
	for _, l := range labels {
		if err := r.Find(ctx, quad.Label, []quad.Value{l}, keep); err != nil {
			return nil, err
		}
		stmts, err := subjectsOf(ctx, r, NGEvidence, l)
		if err != nil {
			return nil, err
		}
		if err := r.Find(ctx, quad.Subject, append(stmts, l), keepProv); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ReadDocument returns what r holds of the document doc: its record, and a
// View of every quad it contributed (the entities as it describes them,
// its facts with their evidence). ok is false when r does not hold doc.
func ReadDocument(ctx context.Context, r QuadReader, doc IRI) (rec DocumentRecord, v *View, ok bool, err error) {
	qs, err := DocumentQuads(ctx, r, doc)
	if err != nil {
		return rec, nil, false, err
	}
	v = NewView()
	v.AddQuads(qs)
	for _, d := range v.Documents() {
		if d.IRI == doc {
			return d, v, true, nil
		}
	}
	return rec, v, false, nil
}

// Entities returns every entity r holds (quotations left out) with its
// type and names, sorted by IRI: what a Resolver needs to know of the
// store. Only the quads of types, names and alternate names are read.
func Entities(ctx context.Context, r QuadReader) ([]EntityRecord, error) {
	v := NewView()
	preds := []quad.Value{RDFType, SchemaName, SchemaAlternateName}
	err := r.Find(ctx, quad.Predicate, preds, func(q quad.Quad) error {
		if iri, ok := q.Subject.(quad.IRI); ok && strings.HasPrefix(string(iri), EntityNS) {
			v.Add(q)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := v.Entities()
	return slices.DeleteFunc(out, func(e EntityRecord) bool { return !strings.HasPrefix(string(e.IRI), EntityNS) }), nil
}

// Counts are what a graph holds, by the data model.
type Counts struct {
	Documents int // nodes typed schema:NewsArticle
	Entities  int // nodes typed by another class than NewsArticle and Quotation
	Quotes    int // nodes typed Quotation
	Facts     int // fact quads (one per evidence sentence)
	Relations int // distinct (subject, predicate, object) facts
}

// Count counts the documents, entities, quotations and facts of r.
func Count(ctx context.Context, r QuadReader) (Counts, error) {
	var c Counts
	typed := make(map[quad.Value]quad.Value)
	rel := make(map[[3]quad.Value]struct{})
	err := r.Each(ctx, func(q quad.Quad) error {
		switch Classify(q) {
		case KindDocument, KindEntity:
			if q.Predicate == RDFType {
				typed[q.Subject] = q.Object
			}
		case KindFact:
			c.Facts++
			rel[[3]quad.Value{q.Subject, q.Predicate, q.Object}] = struct{}{}
		}
		return nil
	})
	for _, t := range typed {
		switch t {
		case SchemaNewsArticle:
			c.Documents++
		case SchemaType(Quote):
			c.Quotes++
		default:
			c.Entities++
		}
	}
	c.Relations = len(rel)
	return c, err
}
