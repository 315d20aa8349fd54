package newsgraph

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/mapx"
)

// A DocumentRecord is what the graph says of one document.
type DocumentRecord struct {
	IRI       IRI
	ID        string // schema:identifier
	Title     string // schema:headline
	Published string // schema:datePublished, as written ("2024-06-10")
	URL       string
	// Mentions are the entities the document mentions (schema:mentions),
	// sorted.
	Mentions []IRI
}

// An EntityRecord is what the graph says of one entity or quotation,
// gathered over every document that describes it.
type EntityRecord struct {
	IRI IRI
	// Type is the type most documents give the entity; Thing loses to any
	// other type, and ties go to Person, Organization, Place, Event,
	// Quotation, then the name. It is "" when no document gives a type.
	Type EntityType
	// Name is the name most documents give it (ties: the longest, then
	// the first in sort order), or else the alternate name most documents
	// give; "" when it has neither. A quotation's name is its text.
	Name string
	// Names are its schema:name values, Aliases its schema:alternateName
	// values that are not also names, Roles its ng:role values; each
	// sorted, without duplicates.
	Names, Aliases, Roles []string
	// Mentions is the number of mentions summed over documents.
	Mentions int
	// Documents are the documents that describe or mention it, sorted.
	Documents []IRI
}

// AllNames returns the entity's names and aliases, sorted.
func (e EntityRecord) AllNames() []string {
	out := slices.Concat(e.Names, e.Aliases)
	slices.Sort(out)
	return slices.Compact(out)
}

// A FactRecord is one fact with its evidence: one fact quad and what the
// provenance graph says of its label and statement.
type FactRecord struct {
	// Subject and Object are the entities' IRIs (a blank node as
	// "_:name").
	Subject, Object IRI
	// Predicate and Negated are as in Fact.
	Predicate string
	Negated   bool
	// Label is the evidence label; Document the document it comes from
	// ("" when the graph does not say); Step the extractor step.
	Label    IRI
	Document IRI
	Step     string
	// Evidence is the evidence sentence's span and Text its text (empty
	// when the evidence is the whole document, whose text the graph does
	// not hold); Span the part that states the fact (zero when not
	// recorded).
	Evidence, Span Span
	Text           string
	// Raw, Confidence and Modality are as in Fact. When an extractor
	// stated the same fact twice in one sentence, the graph holds one fact
	// quad: Raw and Modality are the first of their values in sort order,
	// Confidence the highest.
	Raw        string
	Confidence float64
	Modality   Modality
}

// A View gathers quads into documents, entities and facts with their
// evidence: the read side of what Quads writes. Quads may come in any
// order, and what a View returns does not depend on it; quads outside the
// data model are ignored. A View is not safe for concurrent use.
type View struct {
	docs   map[string]*DocumentRecord
	ents   map[string]*entityAcc
	facts  map[factKey]bool
	stmts  map[string]*stmtAcc
	labels map[string]*labelAcc
	// hashDoc maps the document hash of labels (LabelParts.DocHash) to
	// the document whose description carries such a label, so that labels
	// find their document without the provenance graph.
	hashDoc map[string]string
}

type entityAcc struct {
	names, aliases, roles []string
	types                 map[EntityType]map[string]bool // type → documents (or labels) giving it
	mentions              int
	docs                  []string // label keys, resolved to documents on output
	quoteSpan             bool

	// nameLabels and aliasLabels hold the label of each of names and
	// aliases, for the votes of EntityRecord.Name.
	nameLabels, aliasLabels []string
}

type factKey struct{ s, p, o, l string }

type stmtAcc struct {
	fact             factKey
	raw, modality    []string
	conf             float64
	span             Span
	hasConf, hasSpan bool
}

type labelAcc struct {
	doc, step, text    string
	start, end         int
	hasStart, hasEnd   bool
	hasText, hasSource bool
}

// NewView returns an empty View.
func NewView() *View {
	return &View{docs: map[string]*DocumentRecord{}, ents: map[string]*entityAcc{}, facts: map[factKey]bool{},
		stmts: map[string]*stmtAcc{}, labels: map[string]*labelAcc{}, hashDoc: map[string]string{}}
}

// Add reads one quad.
func (v *View) Add(q quad.Quad) {
	pt := Decode(q)
	l, _ := NodeKey(q.Label)
	switch pt.Kind {
	case KindDocument, KindMention:
		v.addDocument(pt, l)
	case KindEntity:
		v.addEntity(pt, l)
	case KindFact:
		v.facts[factKey{pt.Subject, pt.Predicate, pt.Node, l}] = true
	case KindStatement:
		v.addStatement(mapx.Entry(v.stmts, pt.Subject), pt)
	case KindLabel:
		v.addLabel(mapx.Entry(v.labels, pt.Subject), pt)
	}
}

// AddQuads reads quads.
func (v *View) AddQuads(qs []quad.Quad) {
	for _, q := range qs {
		v.Add(q)
	}
}

func (v *View) addDocument(pt Part, l string) {
	if lp, ok := ParseLabel(pt.Label); ok {
		if _, seen := v.hashDoc[lp.DocHash]; !seen {
			v.hashDoc[lp.DocHash] = pt.Subject
		}
	}
	d := mapx.Entry(v.docs, pt.Subject)
	d.IRI = IRI(pt.Subject)
	switch pt.Field {
	case FieldDocID:
		d.ID = pt.Text
	case FieldDocTitle:
		d.Title = pt.Text
	case FieldDocPublished:
		d.Published = pt.Text
	case FieldDocURL:
		d.URL = pt.Text
	case FieldDocMentions:
		d.Mentions = append(d.Mentions, IRI(pt.Node))
		e := mapx.Entry(v.ents, pt.Node)
		e.docs = append(e.docs, l)
	}
}

func (v *View) addEntity(pt Part, l string) {
	e := mapx.Entry(v.ents, pt.Subject)
	e.docs = append(e.docs, l)
	switch pt.Field {
	case FieldEntityType:
		t := EntityType(strings.TrimPrefix(pt.Text, SchemaNS))
		if e.types == nil {
			e.types = map[EntityType]map[string]bool{}
		}
		if e.types[t] == nil {
			e.types[t] = map[string]bool{}
		}
		e.types[t][l] = true
	case FieldEntityName:
		e.names = append(e.names, pt.Text)
		e.nameLabels = append(e.nameLabels, l)
	case FieldEntityAlias:
		e.aliases = append(e.aliases, pt.Text)
		e.aliasLabels = append(e.aliasLabels, l)
	case FieldEntityRole:
		e.roles = append(e.roles, pt.Text)
	case FieldEntityMentions:
		if n, ok := IntValue(pt.Object); ok && n > 0 {
			e.mentions += n
		}
	case FieldEntitySpan:
		e.quoteSpan = true
	}
}

func (v *View) addStatement(st *stmtAcc, pt Part) {
	switch pt.Field {
	case FieldStatementSubject:
		st.fact.s = pt.Node
	case FieldStatementPredicate:
		st.fact.p = pt.Node
	case FieldStatementObject:
		st.fact.o = pt.Node
	case FieldStatementEvidence:
		st.fact.l = pt.Node
	case FieldStatementRaw:
		st.raw = append(st.raw, pt.Text)
	case FieldStatementModality:
		st.modality = append(st.modality, pt.Text)
	case FieldStatementConfidence:
		if f, ok := FloatValue(pt.Object); ok && (!st.hasConf || f > st.conf) {
			st.conf, st.hasConf = f, true
		}
	case FieldStatementSpan:
		st.span, st.hasSpan = ParseSpan(pt.Text)
	}
}

func (v *View) addLabel(la *labelAcc, pt Part) {
	switch pt.Field {
	case FieldLabelSource:
		la.doc, la.hasSource = pt.Node, pt.Node != ""
	case FieldLabelGenerator:
		la.step = strings.TrimPrefix(pt.Node, ExtractorNS)
	case FieldLabelText:
		la.text, la.hasText = pt.Text, true
	case FieldLabelStart:
		la.start, la.hasStart = IntValue(pt.Object)
	case FieldLabelEnd:
		la.end, la.hasEnd = IntValue(pt.Object)
	}
}

// labelDocument returns the document of label l: from the provenance
// graph, else by the document hash in the label; "" when unknown.
func (v *View) labelDocument(l string) string {
	if la := v.labels[l]; la != nil && la.hasSource {
		return la.doc
	}
	if lp, ok := ParseLabel(IRI(l)); ok {
		return v.hashDoc[lp.DocHash]
	}
	return ""
}

// Documents returns the documents, sorted by IRI.
func (v *View) Documents() []DocumentRecord {
	out := make([]DocumentRecord, 0, len(v.docs))
	for _, d := range v.docs {
		r := *d
		r.Mentions = slices.Compact(slices.Sorted(slices.Values(d.Mentions)))
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b DocumentRecord) int { return cmp.Compare(a.IRI, b.IRI) })
	return out
}

// Entities returns the entities and quotations, sorted by IRI: every node
// the quads describe, mention or state a fact about, except documents.
func (v *View) Entities() []EntityRecord {
	for f := range v.facts {
		mapx.Entry(v.ents, f.s)
		mapx.Entry(v.ents, f.o)
	}
	out := make([]EntityRecord, 0, len(v.ents))
	for iri, e := range v.ents {
		if _, isDoc := v.docs[iri]; isDoc {
			continue
		}
		out = append(out, v.entity(iri, e))
	}
	slices.SortFunc(out, func(a, b EntityRecord) int { return cmp.Compare(a.IRI, b.IRI) })
	return out
}

func sortedSet(ss []string) []string {
	return slices.Compact(slices.Sorted(slices.Values(ss)))
}

func (v *View) entity(iri string, e *entityAcc) EntityRecord {
	r := EntityRecord{IRI: IRI(iri), Names: sortedSet(e.names), Roles: sortedSet(e.roles), Mentions: e.mentions}
	for _, a := range sortedSet(e.aliases) {
		if _, isName := slices.BinarySearch(r.Names, a); !isName {
			r.Aliases = append(r.Aliases, a)
		}
	}
	var docs []IRI
	for _, l := range e.docs {
		if d := v.labelDocument(l); d != "" {
			docs = append(docs, IRI(d))
		}
	}
	r.Documents = slices.Compact(slices.Sorted(slices.Values(docs)))
	r.Name = cmp.Or(v.bestName(e.names, e.nameLabels), v.bestName(e.aliases, e.aliasLabels))
	best, bestN := EntityType(""), 0
	for t, labels := range e.types {
		units := map[string]bool{}
		for l := range labels {
			units[cmp.Or(v.labelDocument(l), l)] = true
		}
		if n := len(units); best == "" || typeBeats(t, n, best, bestN) {
			best, bestN = t, n
		}
	}
	if best == Thing && e.quoteSpan {
		best = Quote
	}
	r.Type = best
	return r
}

// bestName returns the name of names given by the most documents (the
// document of labels[i] gives names[i]); ties go to the longest name, then
// the first in sort order.
func (v *View) bestName(names, labels []string) string {
	votes := map[string]map[string]bool{}
	for i, n := range names {
		if strings.TrimSpace(n) == "" {
			continue
		}
		if votes[n] == nil {
			votes[n] = map[string]bool{}
		}
		votes[n][cmp.Or(v.labelDocument(labels[i]), labels[i])] = true
	}
	best, bestN := "", 0
	for n, docs := range votes {
		k := len(docs)
		if k > bestN || k == bestN && (utf8.RuneCountInString(n) > utf8.RuneCountInString(best) ||
			utf8.RuneCountInString(n) == utf8.RuneCountInString(best) && n < best) {
			best, bestN = n, k
		}
	}
	return best
}

// typeRank orders entity types for ties; Thing is not ranked (it loses).
var typeRank = map[EntityType]int{Person: 1, Organization: 2, Place: 3, Event: 4, Quote: 5}

// typeBeats reports whether type a with n votes beats type b with m.
func typeBeats(a EntityType, n int, b EntityType, m int) bool {
	if (a == Thing) != (b == Thing) {
		return b == Thing
	}
	if n != m {
		return n > m
	}
	ra, rb := typeRank[a], typeRank[b]
	if ra == 0 {
		ra = len(typeRank) + 1
	}
	if rb == 0 {
		rb = len(typeRank) + 1
	}
	if ra != rb {
		return ra < rb
	}
	return a < b
}

// Facts returns every fact with its evidence, sorted by document,
// evidence start, subject, predicate, object and label.
func (v *View) Facts() []FactRecord {
	stmts := make(map[factKey]*stmtAcc, len(v.stmts))
	for _, st := range v.stmts {
		stmts[st.fact] = st
	}
	out := make([]FactRecord, 0, len(v.facts))
	for f := range v.facts {
		r := FactRecord{Subject: IRI(f.s), Object: IRI(f.o), Label: IRI(f.l), Document: IRI(v.labelDocument(f.l))}
		r.Predicate, r.Negated = FactPredicate(IRI(f.p))
		if lp, ok := ParseLabel(IRI(f.l)); ok {
			r.Step, r.Evidence = lp.Step, lp.Span
		}
		if la := v.labels[f.l]; la != nil {
			if la.step != "" {
				r.Step = la.step
			}
			if la.hasStart && la.hasEnd {
				r.Evidence = Span{la.start, la.end}
			}
			r.Text = la.text
		}
		if st := stmts[f]; st != nil {
			if len(st.raw) > 0 {
				r.Raw = slices.Min(st.raw)
			}
			if len(st.modality) > 0 {
				r.Modality = Modality(slices.Min(st.modality))
			}
			r.Confidence = st.conf
			if st.hasSpan {
				r.Span = st.span
			}
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b FactRecord) int {
		return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Evidence.Start, b.Evidence.Start),
			cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Predicate, b.Predicate), cmp.Compare(a.Object, b.Object),
			cmp.Compare(a.Label, b.Label))
	})
	return out
}
