// Package model turns the quads newsgraph stores into a property graph:
// one node per entity or quotation and one edge per (subject, predicate,
// object) fact, with the facts' provenance aggregated onto the edge.
//
// It is what the property-graph exporters (GraphML, DOT, CSV, the JSON-LD
// article snippet) have in common. A Builder reads quads in any order, keeps
// them in a compact interned form, and Graph resolves them once every quad
// has been seen: labels to documents, names to a canonical label, type votes
// to one type, evidence labels to edge weights. The data model it reads is
// the one newsgraph.Quads writes, read through the root package's read side
// (newsgraph.Classify, ParseLabel, Lexical); quads that fit none of its
// shapes are ignored.
//
// Everything Graph returns is sorted; nothing depends on map order or on
// the order the quads arrive in.
package model

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/mapx"
)

// ErrNotFound is returned (wrapped) when a filter names an entity or a
// document the graph does not hold.
var ErrNotFound = errors.New("not found")

// ErrInvalidFilter is returned (wrapped) by Filter.Validate.
var ErrInvalidFilter = errors.New("invalid filter")

// Node types written by the exporters. They are the schema.org class names
// of newsgraph.EntityType, except that a Quotation is a "Quote".
const (
	TypePerson       = "Person"
	TypeOrganization = "Organization"
	TypePlace        = "Place"
	TypeEvent        = "Event"
	TypeThing        = "Thing"
	TypeQuote        = "Quote"
)

// A Node is one entity or quotation.
type Node struct {
	// IRI is the entity's IRI; it identifies the node.
	IRI string
	// Label is the canonical name: the schema:name given by the most
	// documents (ties: the longest, then the lexicographically smallest).
	// For a quotation it is the quoted text.
	Label string
	// Type is the node type by vote across documents (see the Type*
	// constants); Thing loses to any more specific type.
	Type string
	// Aliases are the entity's other names and alternate names, sorted,
	// without case-insensitive duplicates and without Label.
	Aliases []string
	// Roles are its roles and titles, sorted, without case-insensitive
	// duplicates.
	Roles []string
	// Mentions is the number of mentions summed over documents.
	Mentions int
	// Documents are the sorted IDs of the documents that mention it.
	Documents []string
}

// An Edge aggregates every quad stating one (subject, predicate, object)
// fact.
type Edge struct {
	// From and To index the edge's ends in Graph.Nodes.
	From, To int
	// Predicate is the predicate IRI.
	Predicate string
	// Label is the predicate's local name ("met", "not_accepted").
	Label string
	// Weight is the number of distinct evidence labels (sentences read by
	// an extractor) that state the fact; it is never 0.
	Weight int
	// Documents are the sorted IDs of the documents the evidence comes
	// from.
	Documents []string
	// Provenance are the sorted evidence labels.
	Provenance []string
	// Evidence is the text of one supporting sentence: the one that comes
	// first by (document ID, start offset, label).
	Evidence string
	// Confidence is the highest confidence any extractor gave the fact;
	// HasConfidence is false when none was scored.
	Confidence    float64
	HasConfidence bool
	// Raw are the distinct predicates as written ("held talks with"),
	// sorted.
	Raw []string
	// Modality lists the distinct modalities of the evidence, sorted, with
	// "asserted" for evidence that has none; it is empty when every piece
	// of evidence is asserted.
	Modality []string
}

// A Document is an article the graph describes.
type Document struct {
	IRI       string
	ID        string // schema:identifier, or derived from the IRI
	Headline  string
	Published string // lexical form of schema:datePublished
	URL       string
}

// A Graph is the property graph built from a set of quads.
type Graph struct {
	// Nodes are sorted by IRI; Edges by (source IRI, label, target IRI).
	Nodes []Node
	Edges []Edge

	b    *Builder
	keep *keepSets // nil when no filter is active
}

// Filter restricts a graph. The zero Filter keeps everything. The steps
// apply in field order: Documents, Since/Until, MinDocuments, Predicates,
// Types, Nodes, Entity/Hops, Top, DropIsolated.
type Filter struct {
	// Documents keeps only what these documents (IDs) say: evidence and
	// entity descriptions from other documents are ignored.
	Documents []string
	// Since and Until keep only what documents published in that range
	// of days say (dates written 2006-01-02, both ends included; either
	// may be empty), as Documents does; documents without a date are left
	// out when either is set.
	Since, Until string
	// MinDocuments drops edges whose evidence comes from fewer documents.
	MinDocuments int
	// Predicates keeps only edges with these labels ("met", "said").
	Predicates []string
	// Types keeps only nodes of these types (Person, Organization, Place,
	// Event, Thing, Quote; "Quotation" means Quote), compared
	// case-insensitively, and the edges between them.
	Types []string
	// Nodes keeps only the nodes with these IRIs and the edges between
	// them (the web explorer's "export what you see").
	Nodes []string
	// Entity keeps only the nodes within Hops edges (either direction) of
	// the node(s) whose label or alias equals Entity, case-insensitively.
	Entity string
	// Hops is the neighbourhood radius for Entity; 0 means 1.
	Hops int
	// Top keeps only the Top nodes with the highest degree (ties: summed
	// edge weight, mentions, label), for drawings that must stay readable.
	Top int
	// DropIsolated drops nodes left without edges.
	DropIsolated bool
}

// IsZero reports whether f keeps everything.
func (f Filter) IsZero() bool {
	return len(f.Documents) == 0 && f.Since == "" && f.Until == "" && f.MinDocuments <= 1 && len(f.Predicates) == 0 &&
		len(f.Types) == 0 && len(f.Nodes) == 0 && f.Entity == "" && f.Top == 0 && !f.DropIsolated
}

// Validate checks f for values out of range.
func (f Filter) Validate() error {
	switch {
	case f.MinDocuments < 0:
		return fmt.Errorf("filter min documents %d: %w: want >= 0", f.MinDocuments, ErrInvalidFilter)
	case f.Hops < 0:
		return fmt.Errorf("filter hops %d: %w: want >= 0", f.Hops, ErrInvalidFilter)
	case f.Top < 0:
		return fmt.Errorf("filter top %d: %w: want >= 0", f.Top, ErrInvalidFilter)
	case f.Hops > 0 && f.Entity == "":
		return fmt.Errorf("filter hops %d: %w: needs an entity", f.Hops, ErrInvalidFilter)
	}
	for _, t := range f.Types {
		if normType(t) == "" {
			return fmt.Errorf("filter type %q: %w: want one of Person, Organization, Place, Event, Thing, Quote", t, ErrInvalidFilter)
		}
	}
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if _, err := time.Parse(DateLayout, d.v); d.v != "" && err != nil {
			return fmt.Errorf("filter %s %q: %w: want a date written 2006-01-02", d.name, d.v, ErrInvalidFilter)
		}
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		return fmt.Errorf("filter since %s is after until %s: %w", f.Since, f.Until, ErrInvalidFilter)
	}
	return nil
}

// DateLayout is the layout of Filter.Since and Filter.Until.
const DateLayout = "2006-01-02"

// InDateRange reports whether a document published on published (the
// lexical form of schema:datePublished: a date, or a date and time) lies
// within [since, until], days compared; either end may be "" (open). A
// document without a date lies in no range that has an end.
func InDateRange(published, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	day := strings.TrimSpace(published)
	if len(day) < len(DateLayout) {
		return false
	}
	day = day[:len(DateLayout)]
	if _, err := time.Parse(DateLayout, day); err != nil {
		return false
	}
	return (since == "" || day >= since) && (until == "" || day <= until)
}

func normType(t string) string {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "person":
		return TypePerson
	case "organization", "organisation":
		return TypeOrganization
	case "place":
		return TypePlace
	case "event":
		return TypeEvent
	case "thing":
		return TypeThing
	case "quote", "quotation":
		return TypeQuote
	}
	return ""
}

// ---------------------------------------------------------------------------
// Builder

type id = uint32

const none id = 0 // id 0 is reserved for "absent"

type triple struct{ s, p, o id }

type labelInfo struct {
	doc        id
	start, end int
	hasStart   bool
	value      string
	evidence   bool // used by a fact quad
}

type docInfo struct {
	ident, headline, date, url string
}

type lit struct {
	v string
	l id // label
}

type entInfo struct {
	types, names, alts, roles []lit
	mentions                  []lit
	mentionedBy               []lit // v unused; l = label; doc in docs
	mentionDocs               []id
	quoteSpan                 bool
}

type stmt struct {
	t        triple
	l        id
	raw      string
	modality string
	conf     float64
	hasConf  bool
}

// A Builder collects quads for Graph. It implements quad.Writer so that it
// can be fed with quad.Copy. A Builder is not safe for concurrent use.
type Builder struct {
	ids    map[string]id
	strs   []string // id → string; strs[0] unused
	labels map[id]*labelInfo
	docs   map[id]*docInfo
	ents   map[id]*entInfo
	facts  map[triple][]id
	stmts  map[id]*stmt
	// hashDoc maps the document hash of a label (see newsgraph.Label) to
	// the document whose description quads carry such a label, so that
	// labels resolve to documents even without the provenance graph.
	hashDoc map[string]id
	n       int
}

var _ quad.Writer = (*Builder)(nil)

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{
		ids:     make(map[string]id),
		strs:    []string{""},
		labels:  make(map[id]*labelInfo),
		docs:    make(map[id]*docInfo),
		ents:    make(map[id]*entInfo),
		facts:   make(map[triple][]id),
		stmts:   make(map[id]*stmt),
		hashDoc: make(map[string]id),
	}
}

// Len returns the number of quads written.
func (b *Builder) Len() int { return b.n }

func (b *Builder) intern(s string) id {
	if i, ok := b.ids[s]; ok {
		return i
	}
	i := id(len(b.strs))
	b.strs = append(b.strs, s)
	b.ids[s] = i
	return i
}

func (b *Builder) lookup(s string) id { return b.ids[s] }

// WriteQuad adds one quad.
func (b *Builder) WriteQuad(q quad.Quad) error {
	b.add(q)
	return nil
}

// WriteQuads adds quads; it never fails.
func (b *Builder) WriteQuads(qs []quad.Quad) (int, error) {
	for _, q := range qs {
		b.add(q)
	}
	return len(qs), nil
}

func (b *Builder) labelID(v quad.Value) id {
	k, ok := ng.NodeKey(v)
	if !ok {
		if v == nil {
			return none
		}
		k = v.String()
	}
	return b.intern(k)
}

func (b *Builder) label(l id) *labelInfo { return mapx.Entry(b.labels, l) }
func (b *Builder) doc(d id) *docInfo     { return mapx.Entry(b.docs, d) }
func (b *Builder) ent(e id) *entInfo     { return mapx.Entry(b.ents, e) }
func (b *Builder) stmt(s id) *stmt       { return mapx.Entry(b.stmts, s) }

func (b *Builder) add(q quad.Quad) {
	b.n++
	pt := ng.Decode(q)
	if pt.Kind == ng.KindOther {
		return
	}
	s := b.intern(pt.Subject)
	switch pt.Kind {
	case ng.KindStatement:
		b.addStatement(b.stmt(s), pt)
	case ng.KindLabel:
		b.addLabel(b.label(s), pt)
	case ng.KindDocument:
		b.noteLabelDoc(q.Label, s)
		di := b.doc(s)
		switch pt.Field {
		case ng.FieldDocID:
			di.ident = pt.Text
		case ng.FieldDocTitle:
			di.headline = pt.Text
		case ng.FieldDocPublished:
			di.date = pt.Text
		case ng.FieldDocURL:
			di.url = pt.Text
		}
	case ng.KindMention:
		b.noteLabelDoc(q.Label, s)
		b.doc(s)
		ei := b.ent(b.intern(pt.Node))
		ei.mentionedBy = append(ei.mentionedBy, lit{l: b.labelID(q.Label)})
		ei.mentionDocs = append(ei.mentionDocs, s)
	case ng.KindEntity:
		b.addEntity(b.ent(s), pt, b.labelID(q.Label))
	case ng.KindFact:
		t := triple{s, b.intern(pt.Predicate), b.intern(pt.Node)}
		l := b.labelID(q.Label)
		b.facts[t] = append(b.facts[t], l)
		b.label(l).evidence = true
	}
}

// node returns the id of the object of pt when it is a node, else none.
func (b *Builder) node(pt ng.Part) id {
	if pt.Node == "" {
		return none
	}
	return b.intern(pt.Node)
}

func (b *Builder) addStatement(st *stmt, pt ng.Part) {
	switch pt.Field {
	case ng.FieldStatementSubject:
		st.t.s = cmp.Or(b.node(pt), st.t.s)
	case ng.FieldStatementPredicate:
		st.t.p = cmp.Or(b.node(pt), st.t.p)
	case ng.FieldStatementObject:
		st.t.o = cmp.Or(b.node(pt), st.t.o)
	case ng.FieldStatementEvidence:
		st.l = cmp.Or(b.node(pt), st.l)
	case ng.FieldStatementRaw:
		st.raw = pt.Text
	case ng.FieldStatementModality:
		st.modality = pt.Text
	case ng.FieldStatementConfidence:
		if f, ok := ng.FloatValue(pt.Object); ok && (!st.hasConf || f > st.conf) {
			st.conf, st.hasConf = f, true
		}
	}
}

func (b *Builder) addLabel(li *labelInfo, pt ng.Part) {
	switch pt.Field {
	case ng.FieldLabelSource:
		li.doc = cmp.Or(b.node(pt), li.doc)
	case ng.FieldLabelText:
		li.value = pt.Text
	case ng.FieldLabelStart:
		if n, ok := ng.IntValue(pt.Object); ok {
			li.start, li.hasStart = n, true
		}
	case ng.FieldLabelEnd:
		if n, ok := ng.IntValue(pt.Object); ok {
			li.end = n
		}
	}
}

func (b *Builder) addEntity(ei *entInfo, pt ng.Part, l id) {
	v := lit{v: pt.Text, l: l}
	switch pt.Field {
	case ng.FieldEntityType:
		ei.types = append(ei.types, v)
	case ng.FieldEntityName:
		ei.names = append(ei.names, v)
	case ng.FieldEntityAlias:
		ei.alts = append(ei.alts, v)
	case ng.FieldEntityRole:
		ei.roles = append(ei.roles, v)
	case ng.FieldEntityMentions:
		ei.mentions = append(ei.mentions, v)
	case ng.FieldEntitySpan:
		ei.quoteSpan = true
	}
}

func (b *Builder) noteLabelDoc(l quad.Value, doc id) {
	if lp, ok := ng.ParseLabel(l); ok {
		if _, ok := b.hashDoc[lp.DocHash]; !ok {
			b.hashDoc[lp.DocHash] = doc
		}
	}
}

// labelDoc returns the document of label l: from the provenance graph
// (prov:wasDerivedFrom), or else from the document hash in the label; none
// when unknown.
func (b *Builder) labelDoc(l id) id {
	if li := b.labels[l]; li != nil && li.doc != none {
		return li.doc
	}
	if lp, ok := ng.ParseLabel(quad.IRI(b.strs[l])); ok {
		return b.hashDoc[lp.DocHash]
	}
	return none
}

// ---------------------------------------------------------------------------
// Graph

// DocID returns the document ID of the document IRI: its schema:identifier
// when known, otherwise the IRI without DocNS (unescaped) or the IRI itself.
func (b *Builder) docID(d id) string {
	if di := b.docs[d]; di != nil && di.ident != "" {
		return di.ident
	}
	s := b.strs[d]
	if rest, ok := strings.CutPrefix(s, ng.DocNS); ok {
		if u, err := url.PathUnescape(rest); err == nil {
			return u
		}
		return rest
	}
	return s
}

// Documents returns the documents the quads describe, sorted by ID.
func (b *Builder) Documents() []Document {
	out := make([]Document, 0, len(b.docs))
	for d, di := range b.docs {
		out = append(out, Document{IRI: b.strs[d], ID: b.docID(d), Headline: di.headline, Published: di.date, URL: di.url})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ID != out[j].ID {
			return out[i].ID < out[j].ID
		}
		return out[i].IRI < out[j].IRI
	})
	return out
}

type keepSets struct {
	allowedDocs map[id]bool // nil: every document
	nodes       map[id]bool
	edges       map[triple]map[id]bool
	docs        map[id]bool
	labels      map[id]bool
}

// resolver holds what Graph computes once per call.
type resolver struct {
	b       *Builder
	allowed map[id]bool // nil = all docs
}

func (r *resolver) labelOK(l id) bool {
	if r.allowed == nil {
		return true
	}
	return r.allowed[r.b.labelDoc(l)]
}

// docOfLabel returns the document of label l, or none.
func (r *resolver) docOfLabel(l id) id {
	return r.b.labelDoc(l)
}

type edgeAcc struct {
	t      triple
	labels []id
	stmts  []*stmt
}

// Graph resolves the quads written so far into a property graph, applying
// f. It returns an error wrapping ErrNotFound when f names a document or
// entity that is absent, and one wrapping ErrInvalidFilter when f is
// invalid. The Builder may receive more quads afterwards.
func (b *Builder) Graph(f Filter) (*Graph, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	r := &resolver{b: b}
	if len(f.Documents) > 0 {
		want := make(map[string]bool, len(f.Documents))
		for _, d := range f.Documents {
			want[d] = true
		}
		r.allowed = make(map[id]bool)
		found := make(map[string]bool)
		for d := range b.docs {
			if idt := b.docID(d); want[idt] {
				r.allowed[d] = true
				found[idt] = true
			}
		}
		for _, d := range f.Documents {
			if !found[d] {
				return nil, fmt.Errorf("filter document %q: %w", d, ErrNotFound)
			}
		}
	}
	if f.Since != "" || f.Until != "" {
		dated := make(map[id]bool)
		for d, di := range b.docs {
			if (r.allowed == nil || r.allowed[d]) && InDateRange(di.date, f.Since, f.Until) {
				dated[d] = true
			}
		}
		r.allowed = dated
	}

	// Edges, before nodes: fact ends are nodes even without a description.
	accs := make([]*edgeAcc, 0, len(b.facts))
	for t, ls := range b.facts {
		var kept []id
		for _, l := range ls {
			if r.labelOK(l) {
				kept = append(kept, l)
			}
		}
		if len(kept) == 0 {
			continue
		}
		accs = append(accs, &edgeAcc{t: t, labels: dedupIDs(kept)})
	}
	byTriple := make(map[triple]*edgeAcc, len(accs))
	for _, a := range accs {
		byTriple[a.t] = a
	}
	for _, st := range b.stmts {
		if a := byTriple[st.t]; a != nil && containsID(a.labels, st.l) {
			a.stmts = append(a.stmts, st)
		}
	}

	// Nodes: described entities and fact ends, but not documents.
	nodeIDs := make(map[id]bool)
	for e, ei := range b.ents {
		if _, isDoc := b.docs[e]; isDoc {
			continue
		}
		if r.allowed != nil && !ei.anyLabel(r) {
			continue
		}
		nodeIDs[e] = true
	}
	for _, a := range accs {
		nodeIDs[a.t.s] = true
		nodeIDs[a.t.o] = true
	}
	ids := make([]id, 0, len(nodeIDs))
	for e := range nodeIDs {
		ids = append(ids, e)
	}
	sort.Slice(ids, func(i, j int) bool { return b.strs[ids[i]] < b.strs[ids[j]] })
	nodes := make([]Node, len(ids))
	index := make(map[id]int, len(ids))
	for i, e := range ids {
		nodes[i] = r.node(e)
		index[e] = i
	}

	edges := make([]Edge, 0, len(accs))
	triples := make([]triple, 0, len(accs))
	for _, a := range accs {
		e := r.edge(a)
		e.From, e.To = index[a.t.s], index[a.t.o]
		edges = append(edges, e)
		triples = append(triples, a.t)
	}
	order := make([]int, len(edges))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		x, y := &edges[order[i]], &edges[order[j]]
		if x.From != y.From {
			return x.From < y.From // nodes are sorted by IRI
		}
		if x.Label != y.Label {
			return x.Label < y.Label
		}
		if x.To != y.To {
			return x.To < y.To
		}
		return x.Predicate < y.Predicate
	})
	sorted := make([]Edge, len(edges))
	sortedT := make([]triple, len(edges))
	for i, k := range order {
		sorted[i], sortedT[i] = edges[k], triples[k]
	}
	g := &Graph{Nodes: nodes, Edges: sorted, b: b}
	if f.IsZero() {
		return g, nil
	}
	keptNodes, keptEdges, err := applyFilter(g, f)
	if err != nil {
		return nil, err
	}
	g.compact(keptNodes, keptEdges)

	// Sets for KeepQuad.
	ks := &keepSets{allowedDocs: r.allowed, nodes: make(map[id]bool), edges: make(map[triple]map[id]bool), docs: make(map[id]bool), labels: make(map[id]bool)}
	docByID := make(map[string][]id)
	for d := range b.docs {
		docByID[b.docID(d)] = append(docByID[b.docID(d)], d)
	}
	addDocs := func(ds []string) {
		for _, s := range ds {
			for _, d := range docByID[s] {
				if r.allowed == nil || r.allowed[d] {
					ks.docs[d] = true
				}
			}
		}
	}
	for i, keep := range keptNodes {
		if keep {
			ks.nodes[ids[i]] = true
		}
	}
	for _, n := range g.Nodes {
		addDocs(n.Documents)
	}
	for i, keep := range keptEdges {
		if !keep {
			continue
		}
		t := sortedT[i]
		ls := make(map[id]bool)
		for _, l := range byTriple[t].labels {
			ls[l] = true
			ks.labels[l] = true
		}
		ks.edges[t] = ls
		addDocs(sorted[i].Documents)
	}
	for l, li := range b.labels {
		if !li.evidence && ks.docs[b.labelDoc(l)] {
			ks.labels[l] = true
		}
	}
	g.keep = ks
	return g, nil
}

func (ei *entInfo) anyLabel(r *resolver) bool {
	for _, list := range [][]lit{ei.types, ei.names, ei.alts, ei.roles, ei.mentions, ei.mentionedBy} {
		for _, v := range list {
			if r.labelOK(v.l) {
				return true
			}
		}
	}
	return false
}

func dedupIDs(s []id) []id {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func containsID(s []id, v id) bool {
	i := sort.Search(len(s), func(i int) bool { return s[i] >= v })
	return i < len(s) && s[i] == v
}

// unitOf returns the unit a vote counts in: the label's document, or the
// label itself when its document is unknown.
func (r *resolver) unitOf(l id) id {
	if d := r.docOfLabel(l); d != none {
		return d
	}
	return l
}

func (r *resolver) node(e id) Node {
	b := r.b
	n := Node{IRI: b.strs[e]}
	ei := b.ents[e]
	if ei == nil {
		ei = &entInfo{}
	}
	docs := make(map[id]bool)
	noteDoc := func(l id) {
		if d := r.docOfLabel(l); d != none {
			docs[d] = true
		}
	}

	// Names: count distinct documents per name.
	votes := func(list []lit) map[string]map[id]bool {
		m := make(map[string]map[id]bool)
		for _, v := range list {
			if !r.labelOK(v.l) {
				continue
			}
			noteDoc(v.l)
			if m[v.v] == nil {
				m[v.v] = make(map[id]bool)
			}
			m[v.v][r.unitOf(v.l)] = true
		}
		return m
	}
	names := votes(ei.names)
	alts := votes(ei.alts)
	n.Label = bestName(names)
	if n.Label == "" {
		n.Label = bestName(alts)
	}
	if n.Label == "" {
		n.Label = localName(n.IRI)
	}

	types := votes(ei.types)
	n.Type = bestType(types)
	if ei.quoteSpan && n.Type == TypeThing {
		n.Type = TypeQuote
	}

	var aliases []string
	for s := range names {
		aliases = append(aliases, s)
	}
	for s := range alts {
		aliases = append(aliases, s)
	}
	n.Aliases = foldSet(aliases, n.Label)

	var roles []string
	for _, v := range ei.roles {
		if r.labelOK(v.l) {
			noteDoc(v.l)
			roles = append(roles, v.v)
		}
	}
	n.Roles = foldSet(roles, "")

	for _, v := range ei.mentions {
		if r.labelOK(v.l) {
			noteDoc(v.l)
			if k, err := strconv.Atoi(strings.TrimSpace(v.v)); err == nil && k > 0 {
				n.Mentions += k
			}
		}
	}
	for i, v := range ei.mentionedBy {
		if r.labelOK(v.l) {
			d := ei.mentionDocs[i]
			if r.allowed == nil || r.allowed[d] {
				docs[d] = true
			}
		}
	}
	n.Documents = r.docIDs(docs)
	return n
}

func (r *resolver) docIDs(docs map[id]bool) []string {
	out := make([]string, 0, len(docs))
	seen := make(map[string]bool, len(docs))
	for d := range docs {
		s := r.b.docID(d)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// bestName returns the name with the most votes; ties go to the longest,
// then the lexicographically smallest.
func bestName(votes map[string]map[id]bool) string {
	best, bestN := "", 0
	for s, us := range votes {
		if strings.TrimSpace(s) == "" {
			continue
		}
		n := len(us)
		switch {
		case n > bestN:
		case n < bestN:
			continue
		case utf8.RuneCountInString(s) > utf8.RuneCountInString(best):
		case utf8.RuneCountInString(s) < utf8.RuneCountInString(best):
			continue
		case s < best:
		default:
			continue
		}
		best, bestN = s, n
	}
	return best
}

// typeRank orders node types for tie-breaking; Thing comes last.
var typeRank = map[string]int{TypePerson: 0, TypeOrganization: 1, TypePlace: 2, TypeEvent: 3, TypeQuote: 4}

// bestType returns the type with the most document votes. Any specific
// type beats Thing; ties go by typeRank, then name.
func bestType(votes map[string]map[id]bool) string {
	best, bestN := "", 0
	for iri, us := range votes {
		t := typeName(iri)
		if t == TypeThing || t == "" {
			continue
		}
		n := len(us)
		if n > bestN || (n == bestN && rankLess(t, best)) {
			best, bestN = t, n
		}
	}
	if best == "" {
		return TypeThing
	}
	return best
}

func rankLess(a, b string) bool {
	ra, oka := typeRank[a]
	rb, okb := typeRank[b]
	switch {
	case oka && okb:
		return ra < rb
	case oka != okb:
		return oka
	}
	return a < b
}

// typeName maps a type IRI to a node type.
func typeName(iri string) string {
	if t := normType(localName(iri)); t != "" {
		return t
	}
	return localName(iri)
}

// localName returns the part of an IRI after its last '#', '/' or ':'.
func localName(iri string) string {
	s := strings.TrimRight(iri, "/#")
	if i := strings.LastIndexAny(s, "#/:"); i >= 0 && i+1 < len(s) {
		s = s[i+1:]
	}
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// LocalName returns the local name of a predicate IRI: the part after
// VocabNS, or after its last '#', '/' or ':'.
func LocalName(iri string) string {
	if rest, ok := strings.CutPrefix(iri, ng.VocabNS); ok && rest != "" {
		return rest
	}
	return localName(iri)
}

// foldSet sorts ss, drops empty strings, case-insensitive duplicates and
// strings equal to except (case-insensitively). Of each group of
// duplicates the first in sort order is kept.
func foldSet(ss []string, except string) []string {
	sort.Slice(ss, func(i, j int) bool {
		li, lj := strings.ToLower(ss[i]), strings.ToLower(ss[j])
		if li != lj {
			return li < lj
		}
		return ss[i] < ss[j]
	})
	seen := map[string]bool{strings.ToLower(strings.TrimSpace(except)): except != ""}
	var out []string
	for _, s := range ss {
		k := strings.ToLower(strings.TrimSpace(s))
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

func (r *resolver) edge(a *edgeAcc) Edge {
	b := r.b
	e := Edge{Predicate: b.strs[a.t.p]}
	e.Label = LocalName(e.Predicate)
	e.Weight = len(a.labels)
	docs := make(map[id]bool)
	type cand struct {
		doc   string
		start int
		label string
		value string
	}
	var best *cand
	for _, l := range a.labels {
		e.Provenance = append(e.Provenance, b.strs[l])
		c := cand{doc: "\uffff", start: math.MaxInt, label: b.strs[l]}
		if d := b.labelDoc(l); d != none {
			docs[d] = true
			c.doc = b.docID(d)
		}
		if li := b.labels[l]; li != nil && li.hasStart {
			c.start = li.start
		} else if lp, ok := ng.ParseLabel(quad.IRI(b.strs[l])); ok {
			c.start = lp.Span.Start
		}
		if li := b.labels[l]; li != nil {
			c.value = li.value
		}
		if best == nil || c.doc < best.doc || (c.doc == best.doc && (c.start < best.start || (c.start == best.start && c.label < best.label))) {
			cc := c
			best = &cc
		}
	}
	sort.Strings(e.Provenance)
	e.Documents = r.docIDs(docs)
	if best != nil {
		e.Evidence = best.value
	}
	var raws, mods []string
	asserted := false
	for _, st := range a.stmts {
		if st.hasConf && (!e.HasConfidence || st.conf > e.Confidence) {
			e.Confidence, e.HasConfidence = st.conf, true
		}
		if st.raw != "" {
			raws = append(raws, st.raw)
		}
		if st.modality != "" {
			mods = append(mods, st.modality)
		} else {
			asserted = true
		}
	}
	e.Raw = uniqSorted(raws)
	if len(mods) > 0 {
		if asserted {
			mods = append(mods, "asserted")
		}
		e.Modality = uniqSorted(mods)
	}
	return e
}

func uniqSorted(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	sort.Strings(ss)
	out := ss[:1]
	for _, s := range ss[1:] {
		if s != out[len(out)-1] {
			out = append(out, s)
		}
	}
	return out
}

// applyFilter returns which nodes and edges survive f.
func applyFilter(g *Graph, f Filter) (keepN, keepE []bool, err error) {
	keepN = make([]bool, len(g.Nodes))
	keepE = make([]bool, len(g.Edges))
	for i := range keepN {
		keepN[i] = true
	}
	preds := make(map[string]bool)
	for _, p := range f.Predicates {
		preds[strings.ToLower(strings.TrimSpace(p))] = true
	}
	types := make(map[string]bool)
	for _, t := range f.Types {
		types[normType(t)] = true
	}
	if len(types) > 0 {
		for i, n := range g.Nodes {
			keepN[i] = types[n.Type]
		}
	}
	if len(f.Nodes) > 0 {
		nodes := make(map[string]bool, len(f.Nodes))
		for _, n := range f.Nodes {
			nodes[n] = true
		}
		for i, n := range g.Nodes {
			keepN[i] = keepN[i] && nodes[n.IRI]
		}
	}
	for i, e := range g.Edges {
		keepE[i] = keepN[e.From] && keepN[e.To] &&
			len(e.Documents) >= f.MinDocuments &&
			(len(preds) == 0 || preds[strings.ToLower(e.Label)])
	}

	if f.Entity != "" {
		want := strings.ToLower(strings.TrimSpace(f.Entity))
		var seeds []int
		for i, n := range g.Nodes {
			if !keepN[i] {
				continue
			}
			match := strings.ToLower(n.Label) == want
			for _, a := range n.Aliases {
				match = match || strings.ToLower(a) == want
			}
			if match {
				seeds = append(seeds, i)
			}
		}
		if len(seeds) == 0 {
			return nil, nil, fmt.Errorf("filter entity %q: %w", f.Entity, ErrNotFound)
		}
		hops := f.Hops
		if hops == 0 {
			hops = 1
		}
		adj := make([][]int, len(g.Nodes))
		for i, e := range g.Edges {
			if keepE[i] {
				adj[e.From] = append(adj[e.From], e.To)
				adj[e.To] = append(adj[e.To], e.From)
			}
		}
		dist := make([]int, len(g.Nodes))
		for i := range dist {
			dist[i] = -1
		}
		queue := seeds
		for _, s := range seeds {
			dist[s] = 0
		}
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			if dist[v] == hops {
				continue
			}
			for _, w := range adj[v] {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					queue = append(queue, w)
				}
			}
		}
		for i := range keepN {
			keepN[i] = keepN[i] && dist[i] >= 0
		}
		for i, e := range g.Edges {
			keepE[i] = keepE[i] && keepN[e.From] && keepN[e.To]
		}
	}

	if f.Top > 0 {
		deg := make([]int, len(g.Nodes))
		wsum := make([]int, len(g.Nodes))
		for i, e := range g.Edges {
			if keepE[i] {
				deg[e.From]++
				deg[e.To]++
				wsum[e.From] += e.Weight
				wsum[e.To] += e.Weight
			}
		}
		var cand []int
		for i := range g.Nodes {
			if keepN[i] {
				cand = append(cand, i)
			}
		}
		sort.SliceStable(cand, func(a, b int) bool {
			x, y := cand[a], cand[b]
			if deg[x] != deg[y] {
				return deg[x] > deg[y]
			}
			if wsum[x] != wsum[y] {
				return wsum[x] > wsum[y]
			}
			if g.Nodes[x].Mentions != g.Nodes[y].Mentions {
				return g.Nodes[x].Mentions > g.Nodes[y].Mentions
			}
			return g.Nodes[x].Label < g.Nodes[y].Label
		})
		if len(cand) > f.Top {
			for _, i := range cand[f.Top:] {
				keepN[i] = false
			}
		}
		for i, e := range g.Edges {
			keepE[i] = keepE[i] && keepN[e.From] && keepN[e.To]
		}
	}

	if f.DropIsolated {
		has := make([]bool, len(g.Nodes))
		for i, e := range g.Edges {
			if keepE[i] {
				has[e.From], has[e.To] = true, true
			}
		}
		for i := range keepN {
			keepN[i] = keepN[i] && has[i]
		}
	}
	return keepN, keepE, nil
}

// compact drops the nodes and edges not kept and renumbers edge ends.
func (g *Graph) compact(keepN, keepE []bool) {
	newIndex := make([]int, len(g.Nodes))
	nodes := g.Nodes[:0:0]
	for i, n := range g.Nodes {
		newIndex[i] = -1
		if keepN[i] {
			newIndex[i] = len(nodes)
			nodes = append(nodes, n)
		}
	}
	edges := g.Edges[:0:0]
	for i, e := range g.Edges {
		if keepE[i] {
			e.From, e.To = newIndex[e.From], newIndex[e.To]
			edges = append(edges, e)
		}
	}
	g.Nodes, g.Edges = nodes, edges
}

// Filtered reports whether a filter restricted g, so that KeepQuad may
// return false.
func (g *Graph) Filtered() bool { return g.keep != nil }

// KeepQuad reports whether q belongs to the filtered graph: a fact whose
// edge and evidence survived, a description of a kept entity or document,
// or the provenance of a kept label or fact. Without a filter it always
// returns true.
func (g *Graph) KeepQuad(q quad.Quad) bool {
	ks := g.keep
	if ks == nil {
		return true
	}
	b := g.b
	k := ng.Classify(q)
	if k == ng.KindOther {
		return false
	}
	sk, _ := ng.NodeKey(q.Subject)
	s := b.lookup(sk)
	lab := func() id {
		lk, ok := ng.NodeKey(q.Label)
		if !ok {
			if q.Label == nil {
				return none
			}
			lk = q.Label.String()
		}
		return b.lookup(lk)
	}
	labelAllowed := func(l id) bool {
		if ks.allowedDocs == nil {
			return true
		}
		return ks.allowedDocs[b.labelDoc(l)]
	}
	switch k {
	case ng.KindStatement:
		st := b.stmts[s]
		return st != nil && ks.edges[st.t][st.l]
	case ng.KindLabel:
		return ks.labels[s]
	case ng.KindDocument:
		return ks.docs[s] && labelAllowed(lab())
	case ng.KindMention:
		obj, _ := ng.NodeKey(q.Object)
		return ks.docs[s] && ks.nodes[b.lookup(obj)] && labelAllowed(lab())
	case ng.KindEntity:
		return ks.nodes[s] && labelAllowed(lab())
	case ng.KindFact:
		obj, _ := ng.NodeKey(q.Object)
		t := triple{s, b.lookup(string(q.Predicate.(quad.IRI))), b.lookup(obj)}
		return ks.edges[t][lab()]
	}
	return false
}

// Documents returns the documents described by the quads the graph was
// built from, sorted by ID.
func (g *Graph) Documents() []Document { return g.b.Documents() }

// FromQuads returns a Builder holding qs.
func FromQuads(qs []quad.Quad) *Builder {
	b := NewBuilder()
	_, _ = b.WriteQuads(qs)
	return b
}
