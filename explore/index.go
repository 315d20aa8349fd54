package explore

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters/model"
)

// An Index is the graph as the explorer reads it: the records of the read
// side (newsgraph.View: documents, entities, facts with their evidence)
// held in memory with what the pages look up: entities by name, edges by
// entity, facts by document, and the facts that sources agree and
// disagree on. It is read once from the store (Load) and never changes: a
// changed store gets a new Index. Its methods are safe for concurrent use.
type Index struct {
	ents    []entity
	entIdx  map[newsgraph.IRI]int32
	docs    []document
	docIdx  map[newsgraph.IRI]int32
	docByID map[string]int32
	facts   []newsgraph.FactRecord
	factDoc []int32 // the document of each fact, -1 when unknown
	edges   []edge
	edgeIdx map[edgeKey]int32
	out, in [][]int32 // edges by subject and by object
	names   []nameEntry

	conflicts []conflict
	agreed    []int32 // edges reported by two or more documents, most first

	preds       map[string]int // edges by stored predicate
	types       map[string]int // entities by type
	first, last string         // the earliest and latest publication day
	quads       int
}

// An entity is one entity or quotation of the index.
type entity struct {
	rec  newsgraph.EntityRecord
	key  string // its ID in URLs and the API (see entityKey)
	name string // the name shown
	typ  string // Person, Organization, Place, Event, Thing or Quotation
	docs []int32
}

// A document is one document of the index.
type document struct {
	rec   newsgraph.DocumentRecord
	key   string
	day   string  // the publication day (2006-01-02), "" when unknown
	facts []int32 // its facts, in text order
}

// An edge is one (subject, predicate, object) fact with every piece of
// evidence that states it.
type edge struct {
	s, o     int32
	pred     string // as stored, negation included: "not_accepted"
	base     string // without the negation
	negated  bool
	facts    []int32 // its evidence, by document and position
	docs     []int32 // the distinct documents of the evidence, sorted
	modality []string
	raw      []string
	conf     float64
}

type edgeKey struct {
	s, o int32
	pred string
}

// A conflict is a subject and object of which documents report
// contradicting facts (see newsgraph.Contradict).
type conflict struct {
	s, o  int32
	sides []int32 // the edges that contradict another, most documents first
	docs  int     // distinct documents over every side
}

// Entity types as the explorer shows them: an entity without a type is a
// Thing.
const (
	typeThing = string(newsgraph.Thing)
	typeQuote = string(newsgraph.Quote)
)

// entityKey returns the ID of an entity in URLs and the API: the part of
// its IRI after newsgraph.EntityNS ("pieter-vos"), or the whole IRI for
// other nodes (quotations, foreign IRIs, blank nodes). Slugs hold no ':',
// so the two never clash.
func entityKey(iri newsgraph.IRI) string {
	if rest, ok := strings.CutPrefix(string(iri), newsgraph.EntityNS); ok && rest != "" && !strings.Contains(rest, ":") {
		return rest
	}
	return string(iri)
}

// entityIRI is the inverse of entityKey.
func entityIRI(key string) newsgraph.IRI {
	if strings.Contains(key, ":") {
		return newsgraph.IRI(key)
	}
	return newsgraph.IRI(newsgraph.EntityNS + key)
}

// Load reads every quad of r into a new Index; read, when not nil, counts
// the quads as they are read (for progress reports).
func Load(ctx context.Context, r newsgraph.QuadReader, read *atomic.Int64) (*Index, error) {
	v := newsgraph.NewView()
	n := 0
	err := r.Each(ctx, func(q quad.Quad) error {
		v.Add(q)
		if n++; n%4096 == 0 {
			if read != nil {
				read.Store(int64(n))
			}
			return ctx.Err()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if read != nil {
		read.Store(int64(n))
	}
	ix := newIndex(v.Documents(), v.Entities(), v.Facts())
	ix.quads = n
	return ix, nil
}

// newIndex builds an Index from the records of a View.
func newIndex(docs []newsgraph.DocumentRecord, ents []newsgraph.EntityRecord, facts []newsgraph.FactRecord) *Index {
	ix := &Index{
		entIdx:  make(map[newsgraph.IRI]int32, len(ents)),
		docIdx:  make(map[newsgraph.IRI]int32, len(docs)),
		docByID: make(map[string]int32, len(docs)),
		edgeIdx: make(map[edgeKey]int32),
		preds:   make(map[string]int),
		types:   make(map[string]int),
	}
	ix.addDocuments(docs)
	ix.addEntities(ents)
	ix.addFacts(facts)
	ix.names = buildNames(ix.ents)
	ix.findConflicts()
	ix.findAgreement()
	return ix
}

func (ix *Index) addDocuments(docs []newsgraph.DocumentRecord) {
	ix.docs = make([]document, len(docs))
	for i, d := range docs {
		key := d.ID
		if _, dup := ix.docByID[key]; key == "" || dup {
			key = string(d.IRI)
		}
		day := publishedDay(d.Published)
		ix.docs[i] = document{rec: d, key: key, day: day}
		ix.docIdx[d.IRI] = int32(i)
		ix.docByID[key] = int32(i)
		if day != "" {
			if ix.first == "" || day < ix.first {
				ix.first = day
			}
			ix.last = max(ix.last, day)
		}
	}
}

func (ix *Index) addEntities(ents []newsgraph.EntityRecord) {
	ix.ents = make([]entity, len(ents))
	for i, e := range ents {
		typ := string(e.Type)
		if typ == "" {
			typ = typeThing
		}
		name := e.Name
		if name == "" {
			name = localName(e.IRI)
		}
		en := entity{rec: e, key: entityKey(e.IRI), name: name, typ: typ}
		for _, d := range e.Documents {
			if di, ok := ix.docIdx[d]; ok {
				en.docs = append(en.docs, di)
			}
		}
		ix.ents[i] = en
		ix.entIdx[e.IRI] = int32(i)
		ix.types[typ]++
	}
	ix.out = make([][]int32, len(ents))
	ix.in = make([][]int32, len(ents))
}

// publishedDay returns the day of a schema:datePublished value ("2024-06-10"
// of "2024-06-10T09:30:00Z"), or "" when it holds no date.
func publishedDay(published string) string {
	p := strings.TrimSpace(published)
	if len(p) < len(model.DateLayout) {
		return ""
	}
	if _, err := time.Parse(model.DateLayout, p[:len(model.DateLayout)]); err != nil {
		return ""
	}
	return p[:len(model.DateLayout)]
}

// localName returns the last part of an IRI, for nodes without a name.
func localName(iri newsgraph.IRI) string {
	s := strings.TrimRight(string(iri), "/#")
	if i := strings.LastIndexAny(s, "/#:"); i >= 0 && i+1 < len(s) {
		return s[i+1:]
	}
	return s
}

func (ix *Index) addFacts(facts []newsgraph.FactRecord) {
	ix.facts = facts
	ix.factDoc = make([]int32, len(facts))
	for i, f := range facts {
		d, ok := ix.docIdx[f.Document]
		if !ok {
			d = -1
		}
		ix.factDoc[i] = d
		s, ok1 := ix.entIdx[f.Subject]
		o, ok2 := ix.entIdx[f.Object]
		if !ok1 || !ok2 {
			continue // a fact about a document or another node outside the model
		}
		if d >= 0 {
			ix.docs[d].facts = append(ix.docs[d].facts, int32(i))
		}
		pred := f.Predicate
		if f.Negated {
			pred = "not_" + pred
		}
		k := edgeKey{s, o, pred}
		ei, ok := ix.edgeIdx[k]
		if !ok {
			ei = int32(len(ix.edges))
			ix.edgeIdx[k] = ei
			ix.edges = append(ix.edges, edge{s: s, o: o, pred: pred, base: f.Predicate, negated: f.Negated})
			ix.out[s] = append(ix.out[s], ei)
			ix.in[o] = append(ix.in[o], ei)
			ix.preds[pred]++
		}
		e := &ix.edges[ei]
		e.facts = append(e.facts, int32(i))
		if d >= 0 {
			e.docs = append(e.docs, d)
		}
		if f.Raw != "" {
			e.raw = append(e.raw, f.Raw)
		}
		if f.Modality != newsgraph.Asserted {
			e.modality = append(e.modality, string(f.Modality))
		}
		e.conf = max(e.conf, f.Confidence)
	}
	for i := range ix.edges {
		e := &ix.edges[i]
		e.docs = sortedSet(e.docs)
		e.raw = sortedSet(e.raw)
		e.modality = sortedSet(e.modality)
	}
}

func sortedSet[T cmp.Ordered](s []T) []T {
	slices.Sort(s)
	return slices.Compact(s)
}

// findConflicts finds the subjects and objects of which documents report
// contradicting facts: two edges between them whose predicates contradict
// (newsgraph.Contradict), stated by different documents.
func (ix *Index) findConflicts() {
	pairs := make(map[[2]int32][]int32)
	for i, e := range ix.edges {
		pairs[[2]int32{e.s, e.o}] = append(pairs[[2]int32{e.s, e.o}], int32(i))
	}
	for p, es := range pairs {
		if len(es) < 2 {
			continue
		}
		var sides []int32
		for _, a := range es {
			for _, b := range es {
				if a != b && newsgraph.Contradict(ix.edges[a].pred, ix.edges[b].pred) && differentDocs(ix.edges[a].docs, ix.edges[b].docs) {
					sides = append(sides, a)
					break
				}
			}
		}
		if len(sides) < 2 {
			continue
		}
		var docs []int32
		for _, s := range sides {
			docs = append(docs, ix.edges[s].docs...)
		}
		slices.SortFunc(sides, func(a, b int32) int { return ix.edgeOrder(a, b) })
		ix.conflicts = append(ix.conflicts, conflict{s: p[0], o: p[1], sides: sides, docs: len(sortedSet(docs))})
	}
	slices.SortFunc(ix.conflicts, func(a, b conflict) int {
		return cmp.Or(cmp.Compare(b.docs, a.docs), cmp.Compare(ix.ents[a.s].name, ix.ents[b.s].name),
			cmp.Compare(ix.ents[a.o].name, ix.ents[b.o].name), cmp.Compare(a.s, b.s), cmp.Compare(a.o, b.o))
	})
}

// differentDocs reports whether one document of a and another of b
// differ: the two reports come from different sources.
func differentDocs(a, b []int32) bool {
	return len(a) > 0 && len(b) > 0 && (len(a) > 1 || len(b) > 1 || a[0] != b[0])
}

// edgeOrder orders edges by documents, then evidence, most first, then by
// predicate and the names of their ends.
func (ix *Index) edgeOrder(a, b int32) int {
	x, y := &ix.edges[a], &ix.edges[b]
	return cmp.Or(cmp.Compare(len(y.docs), len(x.docs)), cmp.Compare(len(y.facts), len(x.facts)), cmp.Compare(x.pred, y.pred),
		cmp.Compare(ix.ents[x.s].name, ix.ents[y.s].name), cmp.Compare(ix.ents[x.o].name, ix.ents[y.o].name), cmp.Compare(a, b))
}

// findAgreement lists the edges that two or more documents report, most
// documents first.
func (ix *Index) findAgreement() {
	for i, e := range ix.edges {
		if len(e.docs) >= 2 {
			ix.agreed = append(ix.agreed, int32(i))
		}
	}
	slices.SortFunc(ix.agreed, ix.edgeOrder)
}

// entity returns the index of the entity with the given key.
func (ix *Index) entity(key string) (int32, bool) {
	i, ok := ix.entIdx[entityIRI(key)]
	return i, ok
}

// document returns the index of the document with the given key (its ID,
// or its IRI).
func (ix *Index) document(key string) (int32, bool) {
	if i, ok := ix.docByID[key]; ok {
		return i, true
	}
	i, ok := ix.docIdx[newsgraph.IRI(key)]
	return i, ok
}
