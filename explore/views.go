package explore

import (
	"cmp"
	"net/http"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// The answers of the API. Entities and documents are named by their keys
// (see entityKey; a document's ID), which the pages put in their URLs.

// EntityRef names an entity in an answer.
type EntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// DocRef names a document in an answer.
type DocRef struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
}

// Edge is one (subject, predicate, object) fact, aggregated over its
// evidence.
type Edge struct {
	Subject   EntityRef `json:"subject"`
	Predicate string    `json:"predicate"` // as stored: "not_accepted" for a negated fact
	Negated   bool      `json:"negated"`
	Object    EntityRef `json:"object"`
	Weight    int       `json:"weight"`    // evidence sentences
	Documents int       `json:"documents"` // distinct documents of the evidence
	Modality  []string  `json:"modality,omitempty"`
	Raw       []string  `json:"raw,omitempty"`
}

// Page is the paging of a list: how many items there are in all, and
// whether the answer holds fewer.
type Page struct {
	Total     int  `json:"total"`
	Offset    int  `json:"offset"`
	Truncated bool `json:"truncated"`
}

func (ix *Index) entityRef(i int32) EntityRef {
	e := &ix.ents[i]
	return EntityRef{ID: e.key, Name: e.name, Type: e.typ}
}

func (ix *Index) docRef(i int32) DocRef {
	d := &ix.docs[i]
	return DocRef{ID: d.key, Title: d.rec.Title, Published: d.rec.Published, URL: d.rec.URL}
}

func (ix *Index) edgeJSON(i int32) Edge {
	e := &ix.edges[i]
	return Edge{Subject: ix.entityRef(e.s), Predicate: e.pred, Negated: e.negated, Object: ix.entityRef(e.o),
		Weight: len(e.facts), Documents: len(e.docs), Modality: e.modality, Raw: e.raw}
}

// page returns the items [offset, offset+limit) of n and the paging.
func page(n, offset, limit int) (lo, hi int, p Page) {
	lo = min(offset, n)
	hi = min(lo+limit, n)
	return lo, hi, Page{Total: n, Offset: offset, Truncated: hi < n}
}

// Overview is the answer of /api/v1/overview.
type Overview struct {
	Documents   int            `json:"documents"`
	Entities    int            `json:"entities"`
	Quotations  int            `json:"quotations"`
	Facts       int            `json:"facts"`     // evidence sentences
	Relations   int            `json:"relations"` // distinct (subject, predicate, object)
	Conflicts   int            `json:"conflicts"`
	Agreed      int            `json:"agreed"` // relations two or more documents report
	Quads       int            `json:"quads"`
	Predicates  []NamedCount   `json:"predicates"` // most used first
	Types       []NamedCount   `json:"types"`
	Dates       map[string]any `json:"dates"` // first and last publication day
	TopEntities []SearchHit    `json:"top_entities"`
}

// NamedCount is a name and how many things have it.
type NamedCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

func namedCounts(m map[string]int) []NamedCount {
	out := make([]NamedCount, 0, len(m))
	for k, n := range m {
		out = append(out, NamedCount{k, n})
	}
	slices.SortFunc(out, func(a, b NamedCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Name, b.Name))
	})
	return out
}

var overviewEndpoint = endpoint{answer: func(_ *Explorer, ix *Index, _ *params, _ http.ResponseWriter, _ *http.Request) (any, *apiError) {
	o := Overview{Documents: len(ix.docs), Facts: len(ix.facts), Relations: len(ix.edges), Conflicts: len(ix.conflicts),
		Agreed: len(ix.agreed), Quads: ix.quads, Predicates: namedCounts(ix.preds), Types: namedCounts(ix.types),
		Dates: map[string]any{"first": ix.first, "last": ix.last}}
	o.Quotations = ix.types[typeQuote]
	o.Entities = len(ix.ents) - o.Quotations
	// The entities most mentioned, to start from.
	var top []int32
	for i := range ix.ents {
		if ix.ents[i].typ != typeQuote {
			top = append(top, int32(i))
		}
	}
	order := func(a, b int32) int {
		x, y := &ix.ents[a], &ix.ents[b]
		return cmp.Or(cmp.Compare(y.rec.Mentions, x.rec.Mentions), cmp.Compare(len(y.docs), len(x.docs)), cmp.Compare(x.name, y.name))
	}
	top = topK(top, min(12, len(top)), order)
	slices.SortFunc(top, order)
	for _, i := range top {
		o.TopEntities = append(o.TopEntities, ix.searchHit(hit{ent: i, match: ix.ents[i].name}))
	}
	return o, nil
}}

// SearchHit is one entity found by /api/v1/search.
type SearchHit struct {
	EntityRef
	Match     string `json:"match,omitempty"` // the alias that matched, when not the name
	Documents int    `json:"documents"`
	Mentions  int    `json:"mentions"`
}

// SearchResult is the answer of /api/v1/search.
type SearchResult struct {
	Query   string      `json:"query"`
	Results []SearchHit `json:"results"`
	Page
}

func (ix *Index) searchHit(h hit) SearchHit {
	e := &ix.ents[h.ent]
	s := SearchHit{EntityRef: ix.entityRef(h.ent), Documents: len(e.docs), Mentions: e.rec.Mentions}
	if h.match != e.name {
		s.Match = h.match
	}
	return s
}

// entityTypes are the values of the type parameters.
var entityTypes = []string{"Person", "Organization", "Place", "Event", "Thing", "Quotation"}

// typeParam returns the entity type t names (case-insensitive; "Quote"
// is Quotation), or "" when none.
func typeParam(t string) string {
	if strings.EqualFold(t, "quote") {
		return typeQuote
	}
	for _, x := range entityTypes {
		if strings.EqualFold(t, x) {
			return x
		}
	}
	return ""
}

var searchEndpoint = endpoint{known: []string{"q", "type", "limit"}, answer: func(_ *Explorer, ix *Index, p *params, _ http.ResponseWriter, _ *http.Request) (any, *apiError) {
	q := p.str("q")
	if len(q) > maxQueryBytes {
		return nil, badParam("q", "%d bytes, at most %d", len(q), maxQueryBytes)
	}
	typ := ""
	if t := p.str("type"); t != "" {
		if typ = typeParam(t); typ == "" || typ == typeQuote {
			return nil, badParam("type", "%q is not a type (want one of Person, Organization, Place, Event, Thing)", t)
		}
	}
	limit, aerr := p.intIn("limit", 10, 1, 50)
	if aerr != nil {
		return nil, aerr
	}
	hits, total := ix.search(q, typ, limit)
	res := SearchResult{Query: q, Results: make([]SearchHit, 0, len(hits)), Page: Page{Total: total, Truncated: total > len(hits)}}
	for _, h := range hits {
		res.Results = append(res.Results, ix.searchHit(h))
	}
	return res, nil
}}

// EntityPage is the answer of /api/v1/entity.
type EntityPage struct {
	EntityRef
	IRI        string          `json:"iri"`
	Names      []string        `json:"names"`
	Aliases    []string        `json:"aliases"`
	Roles      []string        `json:"roles"`
	Mentions   int             `json:"mentions"`
	Documents  []DocRef        `json:"documents"`
	DocPage    Page            `json:"documents_page"`
	Relations  []RelationGroup `json:"relations"`
	RelPage    Page            `json:"relations_page"`
	Quotations []Quotation     `json:"quotations"`
	QuotePage  Page            `json:"quotations_page"`
	Conflicts  int             `json:"conflicts"` // conflicting reports about it
}

// RelationGroup is the edges of an entity with one predicate in one
// direction: "out" when the entity is the subject, "in" when it is the
// object.
type RelationGroup struct {
	Predicate string `json:"predicate"`
	Negated   bool   `json:"negated"`
	Direction string `json:"direction"`
	Edges     []Edge `json:"edges"`
	Documents int    `json:"documents"` // summed over the edges
}

// Quotation is a quotation of an entity: its text, where and when.
type Quotation struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Document *DocRef  `json:"document,omitempty"`
	Sentence Sentence `json:"sentence"`
}

// Lists of the entity page.
const (
	maxEntityDocs   = 200
	maxEntityQuotes = 200
)

var entityEndpoint = endpoint{known: []string{"id", "limit"}, answer: func(_ *Explorer, ix *Index, p *params, _ http.ResponseWriter, _ *http.Request) (any, *apiError) {
	id, aerr := p.required("id")
	if aerr != nil {
		return nil, aerr
	}
	limit, aerr := p.intIn("limit", 500, 1, 5000)
	if aerr != nil {
		return nil, aerr
	}
	ei, ok := ix.entity(id)
	if !ok {
		return nil, notFound("no entity %q", id)
	}
	return ix.entityPage(ei, limit), nil
}}

func (ix *Index) entityPage(ei int32, limit int) EntityPage {
	e := &ix.ents[ei]
	pg := EntityPage{EntityRef: ix.entityRef(ei), IRI: string(e.rec.IRI), Names: orEmpty(e.rec.Names), Aliases: orEmpty(e.rec.Aliases),
		Roles: orEmpty(e.rec.Roles), Mentions: e.rec.Mentions}

	// Documents, the latest first.
	docs := slices.Clone(e.docs)
	slices.SortFunc(docs, func(a, b int32) int {
		return cmp.Or(strings.Compare(ix.docs[b].day, ix.docs[a].day), strings.Compare(ix.docs[a].key, ix.docs[b].key))
	})
	lo, hi, dp := page(len(docs), 0, maxEntityDocs)
	pg.DocPage = dp
	pg.Documents = make([]DocRef, 0, hi-lo)
	for _, d := range docs[lo:hi] {
		pg.Documents = append(pg.Documents, ix.docRef(d))
	}

	// Quotations: what it said.
	var quotes []int32
	type groupKey struct {
		pred string
		out  bool
	}
	groups := map[groupKey][]int32{}
	for _, x := range ix.out[ei] {
		ed := &ix.edges[x]
		if ix.ents[ed.o].typ == typeQuote && !ed.negated {
			quotes = append(quotes, x)
			continue
		}
		k := groupKey{ed.pred, true}
		groups[k] = append(groups[k], x)
	}
	for _, x := range ix.in[ei] {
		k := groupKey{ix.edges[x].pred, false}
		groups[k] = append(groups[k], x)
	}
	pg.Quotations, pg.QuotePage = ix.quotations(quotes)

	// Relations: groups with the most documents first, edges likewise,
	// at most limit edges in all.
	var keys []groupKey
	docsOf := map[groupKey]int{}
	total := 0
	for k, es := range groups {
		keys = append(keys, k)
		slices.SortFunc(es, ix.edgeOrder)
		for _, x := range es {
			docsOf[k] += len(ix.edges[x].docs)
		}
		total += len(es)
	}
	// Groups in the order of their best edges, then by their documents.
	slices.SortFunc(keys, func(a, b groupKey) int {
		return cmp.Or(ix.edgeOrder(groups[a][0], groups[b][0]), cmp.Compare(docsOf[b], docsOf[a]), strings.Compare(a.pred, b.pred), boolOrder(a.out, b.out))
	})
	pg.RelPage = Page{Total: total}
	pg.Relations = []RelationGroup{}
	n := 0
	for _, k := range keys {
		if n >= limit {
			pg.RelPage.Truncated = true
			break
		}
		es := groups[k]
		if n+len(es) > limit {
			es = es[:limit-n]
			pg.RelPage.Truncated = true
		}
		g := RelationGroup{Predicate: k.pred, Negated: ix.edges[es[0]].negated, Direction: "in", Documents: docsOf[k]}
		if k.out {
			g.Direction = "out"
		}
		for _, x := range es {
			g.Edges = append(g.Edges, ix.edgeJSON(x))
		}
		n += len(es)
		pg.Relations = append(pg.Relations, g)
	}
	for _, c := range ix.conflicts {
		if c.s == ei || c.o == ei {
			pg.Conflicts++
		}
	}
	return pg
}

func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// quotations returns the quotations of the "said" edges es, the latest
// first, at most maxEntityQuotes.
func (ix *Index) quotations(es []int32) ([]Quotation, Page) {
	type q struct {
		edge int32
		fact int32
	}
	var qs []q
	for _, x := range es {
		for _, f := range ix.edges[x].facts {
			qs = append(qs, q{x, f})
		}
	}
	day := func(f int32) string {
		if d := ix.factDoc[f]; d >= 0 {
			return ix.docs[d].day
		}
		return ""
	}
	slices.SortFunc(qs, func(a, b q) int {
		return cmp.Or(strings.Compare(day(b.fact), day(a.fact)), cmp.Compare(a.fact, b.fact))
	})
	lo, hi, pg := page(len(qs), 0, maxEntityQuotes)
	out := make([]Quotation, 0, hi-lo)
	for _, x := range qs[lo:hi] {
		o := ix.edges[x.edge].o
		qt := Quotation{ID: ix.ents[o].key, Text: ix.ents[o].name, Sentence: ix.sentence(x.fact)}
		if d := ix.factDoc[x.fact]; d >= 0 {
			r := ix.docRef(d)
			qt.Document = &r
		}
		out = append(out, qt)
	}
	return out, pg
}

// Sentence is an evidence sentence cut around the words that state the
// fact, so that pages can highlight them without counting bytes: Before +
// Words + After is the sentence. Start is the sentence's offset in its
// document (bytes), which anchors it on the document page.
type Sentence struct {
	Before string `json:"before"`
	Words  string `json:"words"`
	After  string `json:"after"`
	Start  int    `json:"start"`
}

// sentence returns the evidence of fact f, cut around its span.
func (ix *Index) sentence(f int32) Sentence {
	r := &ix.facts[f]
	s := Sentence{Before: r.Text, Start: r.Evidence.Start}
	// The span is in document offsets; the stored sentence is the text
	// of the evidence span trimmed of spaces, so the offsets hold when the
	// lengths agree.
	lo, hi := r.Span.Start-r.Evidence.Start, r.Span.End-r.Evidence.Start
	if r.Span != (newsgraph.Span{}) && len(r.Text) == r.Evidence.Len() && 0 <= lo && lo < hi && hi <= len(r.Text) &&
		utf8RuneStart(r.Text, lo) && utf8RuneStart(r.Text, hi) {
		s.Before, s.Words, s.After = r.Text[:lo], r.Text[lo:hi], r.Text[hi:]
	}
	return s
}

// utf8RuneStart reports whether offset i of s starts a character (or is
// its end).
func utf8RuneStart(s string, i int) bool {
	return i == len(s) || i < len(s) && (s[i]&0xC0 != 0x80)
}

// Evidence is the answer of /api/v1/evidence: the sentences that state one
// fact.
type Evidence struct {
	Edge
	Items []EvidenceItem `json:"items"`
	Page
}

// EvidenceItem is one sentence that states a fact.
type EvidenceItem struct {
	Document   *DocRef  `json:"document,omitempty"`
	Sentence   Sentence `json:"sentence"`
	Raw        string   `json:"raw,omitempty"`
	Modality   string   `json:"modality,omitempty"`
	Confidence float64  `json:"confidence,omitempty"`
	Extractor  string   `json:"extractor,omitempty"`
}

var evidenceEndpoint = endpoint{known: []string{"s", "p", "o", "offset", "limit"}, answer: func(_ *Explorer, ix *Index, p *params, _ http.ResponseWriter, _ *http.Request) (any, *apiError) {
	var keys [3]string
	for i, name := range []string{"s", "p", "o"} {
		v, aerr := p.required(name)
		if aerr != nil {
			return nil, aerr
		}
		keys[i] = v
	}
	offset, limit, aerr := p.page(20)
	if aerr != nil {
		return nil, aerr
	}
	s, ok := ix.entity(keys[0])
	if !ok {
		return nil, notFound("no entity %q", keys[0])
	}
	o, ok := ix.entity(keys[2])
	if !ok {
		return nil, notFound("no entity %q", keys[2])
	}
	x, ok := ix.edgeIdx[edgeKey{s, o, keys[1]}]
	if !ok {
		return nil, notFound("no fact %s %s %s", keys[0], keys[1], keys[2])
	}
	ed := &ix.edges[x]
	lo, hi, pg := page(len(ed.facts), offset, limit)
	ev := Evidence{Edge: ix.edgeJSON(x), Items: make([]EvidenceItem, 0, hi-lo), Page: pg}
	for _, f := range ed.facts[lo:hi] {
		r := &ix.facts[f]
		it := EvidenceItem{Sentence: ix.sentence(f), Raw: r.Raw, Modality: string(r.Modality), Confidence: r.Confidence, Extractor: r.Step}
		if d := ix.factDoc[f]; d >= 0 {
			ref := ix.docRef(d)
			it.Document = &ref
		}
		ev.Items = append(ev.Items, it)
	}
	return ev, nil
}}

// EdgeList is the answer of /api/v1/facts.
type EdgeList struct {
	Items []Edge `json:"items"`
	Page
}

var factsEndpoint = endpoint{known: []string{"min_docs", "offset", "limit"}, lists: []string{"predicates"},
	answer: func(_ *Explorer, ix *Index, p *params, _ http.ResponseWriter, _ *http.Request) (any, *apiError) {
		minDocs, aerr := p.intIn("min_docs", 2, 2, 1<<20)
		if aerr != nil {
			return nil, aerr
		}
		preds, aerr := p.list("predicates", 100)
		if aerr != nil {
			return nil, aerr
		}
		offset, limit, aerr := p.page(50)
		if aerr != nil {
			return nil, aerr
		}
		var sel []int32
		for _, x := range ix.agreed {
			ed := &ix.edges[x]
			if len(ed.docs) >= minDocs && (len(preds) == 0 || slices.Contains(preds, ed.pred)) {
				sel = append(sel, x)
			}
		}
		lo, hi, pg := page(len(sel), offset, limit)
		out := EdgeList{Items: make([]Edge, 0, hi-lo), Page: pg}
		for _, x := range sel[lo:hi] {
			out.Items = append(out.Items, ix.edgeJSON(x))
		}
		return out, nil
	}}

// Conflict is a subject and object of which documents report facts that
// contradict each other; each side is one of the facts, with its
// documents.
type Conflict struct {
	Subject   EntityRef      `json:"subject"`
	Object    EntityRef      `json:"object"`
	Documents int            `json:"documents"`
	Sides     []ConflictSide `json:"sides"`
}

// ConflictSide is one of the contradicting facts of a Conflict.
type ConflictSide struct {
	Predicate string   `json:"predicate"`
	Negated   bool     `json:"negated"`
	Weight    int      `json:"weight"`
	Modality  []string `json:"modality,omitempty"`
	Documents []DocRef `json:"documents"`
}

// ConflictList is the answer of /api/v1/conflicts.
type ConflictList struct {
	Items []Conflict `json:"items"`
	Page
}

// maxSideDocs bounds the documents listed for one side of a conflict.
const maxSideDocs = 50

var conflictsEndpoint = endpoint{known: []string{"id", "offset", "limit"}, answer: func(_ *Explorer, ix *Index, p *params, _ http.ResponseWriter, _ *http.Request) (any, *apiError) {
	offset, limit, aerr := p.page(50)
	if aerr != nil {
		return nil, aerr
	}
	sel := ix.conflicts
	if id := p.str("id"); id != "" {
		ei, ok := ix.entity(id)
		if !ok {
			return nil, notFound("no entity %q", id)
		}
		sel = nil
		for _, c := range ix.conflicts {
			if c.s == ei || c.o == ei {
				sel = append(sel, c)
			}
		}
	}
	lo, hi, pg := page(len(sel), offset, limit)
	out := ConflictList{Items: make([]Conflict, 0, hi-lo), Page: pg}
	for _, c := range sel[lo:hi] {
		cj := Conflict{Subject: ix.entityRef(c.s), Object: ix.entityRef(c.o), Documents: c.docs}
		for _, x := range c.sides {
			ed := &ix.edges[x]
			side := ConflictSide{Predicate: ed.pred, Negated: ed.negated, Weight: len(ed.facts), Modality: ed.modality, Documents: []DocRef{}}
			for _, d := range ed.docs[:min(len(ed.docs), maxSideDocs)] {
				side.Documents = append(side.Documents, ix.docRef(d))
			}
			cj.Sides = append(cj.Sides, side)
		}
		out.Items = append(out.Items, cj)
	}
	return out, nil
}}
