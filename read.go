package newsgraph

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// The read side of the data model: what Quads writes (quads.go), read
// back. Every reader of the graph (the stores, the exporters' property
// graph, the benchmarks) classifies quads, parses labels and decodes
// literals here, so that the data model is written in one file and read in
// one file. view.go gathers quads into documents, entities and facts;
// store.go reads them from a store.

// LabelParts are the parts of a provenance label (see Label).
type LabelParts struct {
	// DocHash is the short hash of the document ID: labels with the same
	// DocHash come from the same document.
	DocHash string
	// Step is the extractor step that read the span ("parse/v1").
	Step string
	// Span is the evidence span in the document's text.
	Span Span
}

// ParseLabel returns the parts of the provenance label v, and false when v
// is not a label written by Label.
func ParseLabel(v quad.Value) (LabelParts, bool) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return LabelParts{}, false
	}
	rest, ok := strings.CutPrefix(string(iri), ProvNS)
	if !ok {
		return LabelParts{}, false
	}
	hash, rest, ok := strings.Cut(rest, ":")
	i := strings.LastIndexByte(rest, ':')
	if !ok || hash == "" || i < 0 {
		return LabelParts{}, false
	}
	sp, ok := ParseSpan(rest[i+1:])
	if !ok {
		return LabelParts{}, false
	}
	return LabelParts{DocHash: hash, Step: rest[:i], Span: sp}, true
}

// ParseSpan parses a span as Span.String writes it ("12-40").
func ParseSpan(s string) (Span, bool) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "-")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || start < 0 || end < start {
		return Span{}, false
	}
	return Span{start, end}, true
}

// A Kind is the role a quad plays in the data model.
type Kind uint8

// Kinds of quads, as Classify finds them.
const (
	// KindOther is a quad outside the data model (foreign data, or a
	// shape Quads never writes); readers ignore it.
	KindOther Kind = iota
	// KindDocument describes a document: its type, identifier, headline,
	// date or URL.
	KindDocument
	// KindMention is <document> schema:mentions <entity>.
	KindMention
	// KindEntity describes an entity or quotation: its type, name,
	// alternate name, role, mention count or span.
	KindEntity
	// KindFact is a fact: <subject> <predicate> <object>, labelled with
	// its evidence.
	KindFact
	// KindStatement describes a fact's statement node (in the provenance
	// graph): its triple, evidence label, raw predicate, confidence,
	// modality or span.
	KindStatement
	// KindLabel describes a provenance label (in the provenance graph):
	// its document, extractor, offsets and text.
	KindLabel
)

var kindNames = [...]string{"other", "document", "mention", "entity", "fact", "statement", "label"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// NodeKey returns the key of a node value: an IRI itself, a blank node as
// "_:name"; ok is false for literals and nil.
func NodeKey(v quad.Value) (key string, ok bool) {
	switch v := v.(type) {
	case quad.IRI:
		return string(v), true
	case quad.BNode:
		return "_:" + string(v), true
	}
	return "", false
}

// Classify returns the role q plays in the data model that Quads writes.
// A quad whose predicate is not an IRI or whose subject is not a node is
// KindOther; so is every shape Quads does not write.
func Classify(q quad.Quad) Kind {
	p, ok := q.Predicate.(quad.IRI)
	if !ok || q.Subject == nil || q.Object == nil {
		return KindOther
	}
	if _, ok := NodeKey(q.Subject); !ok {
		return KindOther
	}
	if lab, ok := q.Label.(quad.IRI); ok && lab == ProvenanceGraph {
		return classifyProvenance(p, q.Object)
	}
	_, objNode := NodeKey(q.Object)
	switch p {
	case SchemaIdentifier, SchemaHeadline, SchemaDatePublished, SchemaURL:
		return KindDocument
	case RDFType:
		switch _, iri := q.Object.(quad.IRI); {
		case q.Object == SchemaNewsArticle:
			return KindDocument
		case iri:
			return KindEntity
		}
		return KindOther
	case SchemaMentions:
		if objNode {
			return KindMention
		}
		return KindOther
	case SchemaName, SchemaAlternateName:
		return KindEntity
	}
	if !strings.HasPrefix(string(p), VocabNS) {
		return KindOther
	}
	switch {
	case objNode:
		return KindFact
	case p == NGRole || p == NGMentions || p == NGSpan:
		return KindEntity
	}
	return KindOther
}

// classifyProvenance classifies a quad of the provenance graph by its
// predicate p and object o.
func classifyProvenance(p quad.IRI, o quad.Value) Kind {
	switch p {
	case RDFSubject, RDFPredicate, RDFObject, NGEvidence, NGRaw, NGConfidence, NGModality, NGSpan:
		return KindStatement
	case ProvWasDerivedFrom, ProvWasGeneratedBy, ProvValue, NGStart, NGEnd:
		return KindLabel
	case RDFType:
		switch o {
		case RDFStatement:
			return KindStatement
		case ProvEntity:
			return KindLabel
		}
	}
	return KindOther
}

// FactPredicate returns the predicate of a fact quad's predicate IRI, as
// Fact.Predicate holds it ("met"), and whether it is negated ("not_met"
// gives "met", true). IRIs outside VocabNS give their whole text.
func FactPredicate(p quad.Value) (pred string, negated bool) {
	s, _ := NodeKey(p)
	s = strings.TrimPrefix(s, VocabNS)
	if rest, ok := strings.CutPrefix(s, "not_"); ok && rest != "" {
		return rest, true
	}
	return s, false
}

// Lexical returns the lexical form of a literal (the string without quotes,
// datatype or language), and the key of a node (see NodeKey).
func Lexical(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return "_:" + string(v)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Float:
		return strconv.FormatFloat(float64(v), 'g', -1, 64)
	case quad.Bool:
		return strconv.FormatBool(bool(v))
	case quad.Time:
		return time.Time(v).UTC().Format(time.RFC3339Nano)
	case quad.TypedStringer:
		return string(v.TypedString().Value)
	}
	return v.String()
}

// IntValue returns the integer a literal holds ("12", xsd:integer), and
// false when it holds none.
func IntValue(v quad.Value) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(Lexical(v)))
	return n, err == nil
}

// FloatValue returns the number a literal holds ("0.85", xsd:double), and
// false when it holds none (NaN included).
func FloatValue(v quad.Value) (float64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(Lexical(v)), 64)
	return f, err == nil && !math.IsNaN(f)
}

// A Field is what one quad of the data model says of its subject.
type Field uint8

// Fields, by the kind of quad that carries them.
const (
	FieldOther Field = iota

	FieldDocType      // KindDocument: rdf:type schema:NewsArticle
	FieldDocID        // schema:identifier
	FieldDocTitle     // schema:headline
	FieldDocPublished // schema:datePublished
	FieldDocURL       // schema:url
	FieldDocMentions  // KindMention: schema:mentions, the entity in Part.Node

	FieldEntityType     // KindEntity: rdf:type, the class in Part.Node
	FieldEntityName     // schema:name
	FieldEntityAlias    // schema:alternateName
	FieldEntityRole     // ng:role
	FieldEntityMentions // ng:mentions, a count
	FieldEntitySpan     // ng:span of a quotation

	FieldFactTriple // KindFact: the predicate in Part.Predicate, the object in Part.Node

	FieldStatementType       // KindStatement: rdf:type rdf:Statement
	FieldStatementSubject    // rdf:subject
	FieldStatementPredicate  // rdf:predicate
	FieldStatementObject     // rdf:object
	FieldStatementEvidence   // ng:evidence, the label in Part.Node
	FieldStatementRaw        // ng:raw
	FieldStatementConfidence // ng:confidence
	FieldStatementModality   // ng:modality
	FieldStatementSpan       // ng:span

	FieldLabelType      // KindLabel: rdf:type prov:Entity
	FieldLabelSource    // prov:wasDerivedFrom, the document in Part.Node
	FieldLabelGenerator // prov:wasGeneratedBy, the extractor in Part.Node
	FieldLabelText      // prov:value
	FieldLabelStart     // ng:start
	FieldLabelEnd       // ng:end
)

// fields maps the predicates of each kind of quad to their field.
var fields = map[Kind]map[quad.IRI]Field{
	KindDocument: {RDFType: FieldDocType, SchemaIdentifier: FieldDocID, SchemaHeadline: FieldDocTitle, SchemaDatePublished: FieldDocPublished, SchemaURL: FieldDocURL},
	KindMention:  {SchemaMentions: FieldDocMentions},
	KindEntity: {RDFType: FieldEntityType, SchemaName: FieldEntityName, SchemaAlternateName: FieldEntityAlias, NGRole: FieldEntityRole,
		NGMentions: FieldEntityMentions, NGSpan: FieldEntitySpan},
	KindStatement: {RDFType: FieldStatementType, RDFSubject: FieldStatementSubject, RDFPredicate: FieldStatementPredicate, RDFObject: FieldStatementObject,
		NGEvidence: FieldStatementEvidence, NGRaw: FieldStatementRaw, NGConfidence: FieldStatementConfidence, NGModality: FieldStatementModality, NGSpan: FieldStatementSpan},
	KindLabel: {RDFType: FieldLabelType, ProvWasDerivedFrom: FieldLabelSource, ProvWasGeneratedBy: FieldLabelGenerator, ProvValue: FieldLabelText,
		NGStart: FieldLabelStart, NGEnd: FieldLabelEnd},
}

// A Part is one quad of the data model, decoded: what it says (Field) of
// its subject. Readers switch on Field, never on predicate IRIs.
type Part struct {
	Kind  Kind
	Field Field
	// Subject is the subject's NodeKey; Predicate the predicate IRI.
	Subject, Predicate string
	// Node is the object's NodeKey when the object is a node, else "".
	Node string
	// Text is the object's Lexical form.
	Text   string
	Object quad.Value
	Label  quad.Value
}

// Decode classifies q and says what it means. A quad outside the data
// model gives a Part of KindOther and FieldOther.
func Decode(q quad.Quad) Part {
	k := Classify(q)
	if k == KindOther {
		return Part{}
	}
	p := q.Predicate.(quad.IRI)
	pt := Part{Kind: k, Field: fields[k][p], Predicate: string(p), Text: Lexical(q.Object), Object: q.Object, Label: q.Label}
	pt.Subject, _ = NodeKey(q.Subject)
	pt.Node, _ = NodeKey(q.Object)
	if k == KindFact {
		pt.Field = FieldFactTriple
	}
	return pt
}
