package newsgraph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// A Resolver gives the entities of one document their graph-wide IRIs, so
// that the same real entity gets the same IRI in every document. Resolve is
// called for one document at a time, in input order; it need not be safe
// for concurrent use.
type Resolver interface {
	// Resolve returns one IRI per entity of ents, in order.
	Resolve(ctx context.Context, doc Doc, ents []Entity) ([]IRI, error)
}

// docHash returns the short hash of a document ID used in labels.
func docHash(id string) string {
	h := sha256.Sum256([]byte(id))
	return hex.EncodeToString(h[:8])
}

// Label returns the provenance label of the evidence span sp of doc, as
// found by the extractor step: a deterministic IRI
// "urn:newsgraph:prov:<hash of doc ID>:<step>:<start>-<end>". The same
// span read by the same extractor version always gets the same label.
func Label(doc Doc, step string, sp Span) IRI {
	return IRI(ProvNS + docHash(doc.ID) + ":" + step + ":" + sp.String())
}

// DocLabel returns the label of statements supported by doc as a whole
// (entity names, types, mention counts, document metadata).
func DocLabel(doc Doc, step string) IRI {
	return Label(doc, step, Span{0, len(doc.Text)})
}

// QuoteIRI returns the IRI of the quotation at span sp of doc.
func QuoteIRI(doc Doc, sp Span) IRI {
	return IRI(QuoteNS + docHash(doc.ID) + "-" + sp.String())
}

// ContentHash fingerprints what a build stores for doc when read by the
// extractor step: its text, metadata and the step's version. Stores keep it
// beside the graph, not in it (see DocQuads.Hash): an unchanged
// fingerprint means the document need not be extracted again.
func ContentHash(doc Doc, step string) string {
	h := sha256.New()
	for _, s := range []string{step, doc.ID, doc.Title, doc.URL, formatDate(doc), doc.Text} {
		fmt.Fprintf(h, "%d:%s", len(s), s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func formatDate(doc Doc) string {
	if doc.Published.IsZero() {
		return ""
	}
	t := doc.Published.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02T15:04:05Z")
}

func intLit(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: IRI(XSDNS + "integer")}
}

func floatLit(f float64) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.FormatFloat(f, 'g', 4, 64)), Type: IRI(XSDNS + "double")}
}

// Quads turns what extractor step found in doc into quads, given the IRI of
// each entity (iris[i] for ex.Entities[i]). Every quad carries a provenance
// label (see Label); the labels themselves and one statement node per fact
// (raw predicate, confidence, modality, span) are described in
// ProvenanceGraph with PROV-O terms. The result is deterministic and free of
// duplicates.
func Quads(doc Doc, step string, ex *Extraction, iris []IRI) ([]quad.Quad, error) {
	if len(iris) != len(ex.Entities) {
		return nil, fmt.Errorf("quads for %s: %d IRIs for %d entities", doc.Source, len(iris), len(ex.Entities))
	}
	var out []quad.Quad
	seen := make(map[quad.Quad]struct{})
	add := func(s quad.Value, p IRI, o quad.Value, l quad.Value) {
		q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: l}
		if _, ok := seen[q]; ok {
			return
		}
		seen[q] = struct{}{}
		out = append(out, q)
	}
	docIRI := doc.IRI()
	whole := Span{0, len(doc.Text)}
	labels := []Span{whole}
	labelSeen := map[Span]bool{whole: true}
	useLabel := func(sp Span) IRI {
		if !labelSeen[sp] {
			labelSeen[sp] = true
			labels = append(labels, sp)
		}
		return Label(doc, step, sp)
	}
	ld := DocLabel(doc, step)

	add(docIRI, RDFType, SchemaNewsArticle, ld)
	add(docIRI, SchemaIdentifier, quad.String(doc.ID), ld)
	if doc.Title != "" {
		add(docIRI, SchemaHeadline, quad.String(doc.Title), ld)
	}
	if d := formatDate(doc); d != "" {
		typ := "dateTime"
		if len(d) == 10 {
			typ = "date"
		}
		add(docIRI, SchemaDatePublished, quad.TypedString{Value: quad.String(d), Type: IRI(XSDNS + typ)}, ld)
	}
	if doc.URL != "" {
		add(docIRI, SchemaURL, IRI(doc.URL), ld)
	}

	byKey := make(map[string]IRI, len(ex.Entities))
	for i, e := range ex.Entities {
		if _, dup := byKey[e.Key]; dup {
			return nil, fmt.Errorf("quads for %s: duplicate entity key %q", doc.Source, e.Key)
		}
		byKey[e.Key] = iris[i]
		iri := iris[i]
		for _, m := range e.Mentions {
			if m.Span.Start < 0 || m.Span.End > len(doc.Text) || m.Span.Start > m.Span.End {
				return nil, fmt.Errorf("quads for %s: mention %s of %q outside the text", doc.Source, m.Span, e.Name)
			}
		}
		if e.Type != Quote {
			add(docIRI, SchemaMentions, iri, ld)
		}
		add(iri, RDFType, SchemaType(e.Type), ld)
		add(iri, SchemaName, quad.String(e.Name), ld)
		for _, a := range e.Aliases {
			if a != e.Name {
				add(iri, SchemaAlternateName, quad.String(a), ld)
			}
		}
		for _, r := range e.Roles {
			add(iri, NGRole, quad.String(r), ld)
		}
		if e.Type == Quote && len(e.Mentions) > 0 {
			m := e.Mentions[0]
			add(iri, NGSpan, quad.String(m.Span.String()), ld)
		}
		add(iri, NGMentions, intLit(max(1, len(e.Mentions))), ld)
	}

	for _, f := range ex.Facts {
		s, ok1 := byKey[f.Subject]
		o, ok2 := byKey[f.Object]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("quads for %s: fact %s(%s, %s) refers to an unknown entity", doc.Source, f.Predicate, f.Subject, f.Object)
		}
		if f.Evidence.Start < 0 || f.Evidence.End > len(doc.Text) || f.Evidence.Start >= f.Evidence.End {
			return nil, fmt.Errorf("quads for %s: evidence %s of %s fact outside the text", doc.Source, f.Evidence, f.Predicate)
		}
		pred := f.Predicate
		if pred == "" {
			return nil, fmt.Errorf("quads for %s: fact with empty predicate", doc.Source)
		}
		if f.Negated {
			pred = "not_" + pred
		}
		p := PredicateIRI(pred)
		l := useLabel(f.Evidence)
		add(s, p, o, l)

		st := statementIRI(s, p, o, l)
		add(st, RDFType, RDFStatement, ProvenanceGraph)
		add(st, RDFSubject, s, ProvenanceGraph)
		add(st, RDFPredicate, p, ProvenanceGraph)
		add(st, RDFObject, o, ProvenanceGraph)
		add(st, NGEvidence, l, ProvenanceGraph)
		if f.Raw != "" {
			add(st, NGRaw, quad.String(f.Raw), ProvenanceGraph)
		}
		if f.Confidence > 0 {
			add(st, NGConfidence, floatLit(f.Confidence), ProvenanceGraph)
		}
		if f.Modality != Asserted {
			add(st, NGModality, quad.String(string(f.Modality)), ProvenanceGraph)
		}
		if f.Span != (Span{}) {
			add(st, NGSpan, quad.String(f.Span.String()), ProvenanceGraph)
		}
	}

	gen := IRI(ExtractorNS + step)
	for _, sp := range labels {
		l := Label(doc, step, sp)
		add(l, RDFType, ProvEntity, ProvenanceGraph)
		add(l, ProvWasDerivedFrom, docIRI, ProvenanceGraph)
		add(l, ProvWasGeneratedBy, gen, ProvenanceGraph)
		add(l, NGStart, intLit(sp.Start), ProvenanceGraph)
		add(l, NGEnd, intLit(sp.End), ProvenanceGraph)
		if sp != whole {
			add(l, ProvValue, quad.String(strings.TrimSpace(doc.Text[sp.Start:sp.End])), ProvenanceGraph)
		}
	}
	return out, nil
}

// statementIRI returns the deterministic IRI of the statement node that
// describes the fact quad (s, p, o, l).
func statementIRI(s, p, o, l quad.Value) IRI {
	h := sha256.New()
	for _, v := range []quad.Value{s, p, o, l} {
		fmt.Fprintf(h, "%s\x00", v.String())
	}
	return IRI(FactNS + hex.EncodeToString(h.Sum(nil)[:12]))
}
