package newsgraph

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// IRI is an absolute IRI, as stored in the graph.
type IRI = quad.IRI

// Namespaces. Everything newsgraph stores is written with absolute IRIs, so
// that JSON-LD and N-Quads consumers read the same graph the store holds.
const (
	// Base is the root of newsgraph's own IRIs.
	Base = "https://w3id.org/newsgraph/"
	// EntityNS holds entity IRIs: EntityNS + "antony-blinken".
	EntityNS = Base + "entity/"
	// QuoteNS holds quotation IRIs.
	QuoteNS = Base + "quote/"
	// DocNS holds the IRIs of documents that have no URL.
	DocNS = Base + "doc/"
	// VocabNS holds canonical predicates and newsgraph's own properties.
	VocabNS = Base + "vocab#"
	// ExtractorNS holds the IRIs of extractor versions.
	ExtractorNS = Base + "extractor/"
	// ProvNS is the prefix of provenance labels.
	ProvNS = "urn:newsgraph:prov:"
	// FactNS is the prefix of statement nodes describing single facts.
	FactNS = "urn:newsgraph:fact:"

	SchemaNS = "http://schema.org/"
	RDFNS    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFSNS   = "http://www.w3.org/2000/01/rdf-schema#"
	XSDNS    = "http://www.w3.org/2001/XMLSchema#"
	PROVNS   = "http://www.w3.org/ns/prov#"
)

// ProvenanceGraph is the label of the quads that describe provenance labels
// and fact statements.
const ProvenanceGraph = IRI("urn:newsgraph:graph:provenance")

// Properties and classes used by the data model.
const (
	RDFType      = IRI(RDFNS + "type")
	RDFStatement = IRI(RDFNS + "Statement")
	RDFSubject   = IRI(RDFNS + "subject")
	RDFPredicate = IRI(RDFNS + "predicate")
	RDFObject    = IRI(RDFNS + "object")
	RDFSLabel    = IRI(RDFSNS + "label")

	SchemaName          = IRI(SchemaNS + "name")
	SchemaAlternateName = IRI(SchemaNS + "alternateName")
	SchemaHeadline      = IRI(SchemaNS + "headline")
	SchemaDatePublished = IRI(SchemaNS + "datePublished")
	SchemaURL           = IRI(SchemaNS + "url")
	SchemaMentions      = IRI(SchemaNS + "mentions")
	SchemaText          = IRI(SchemaNS + "text")
	SchemaNewsArticle   = IRI(SchemaNS + "NewsArticle")
	SchemaIdentifier    = IRI(SchemaNS + "identifier")

	ProvEntity         = IRI(PROVNS + "Entity")
	ProvWasDerivedFrom = IRI(PROVNS + "wasDerivedFrom")
	ProvWasGeneratedBy = IRI(PROVNS + "wasGeneratedBy")
	ProvValue          = IRI(PROVNS + "value")

	// NGRole is a role or title of an entity ("Secretary of State").
	NGRole = IRI(VocabNS + "role")
	// NGMentions is the number of times a document mentions an entity.
	NGMentions = IRI(VocabNS + "mentions")
	// NGStart and NGEnd are the byte offsets of a label's span.
	NGStart = IRI(VocabNS + "start")
	NGEnd   = IRI(VocabNS + "end")
	// NGEvidence links a fact statement to its provenance label.
	NGEvidence = IRI(VocabNS + "evidence")
	// NGRaw is a fact's predicate as written.
	NGRaw = IRI(VocabNS + "raw")
	// NGConfidence is a fact's confidence.
	NGConfidence = IRI(VocabNS + "confidence")
	// NGModality is how firmly a fact is asserted (planned, expected, …).
	NGModality = IRI(VocabNS + "modality")
	// NGSpan is the span of a quotation in its document, or of a fact
	// within its evidence sentence.
	NGSpan = IRI(VocabNS + "span")
)

// Canonical predicates: the relations the extractors map verbs onto. A fact
// whose verb matches none keeps its raw predicate instead.
const (
	Met        = "met"
	Accepted   = "accepted"
	Rejected   = "rejected"
	Opposed    = "opposed"
	Condemned  = "condemned"
	Said       = "said"
	Told       = "told"
	Visits     = "visits"
	Thanked    = "thanked"
	Accused    = "accused"
	Threatened = "threatened"
	Ordered    = "ordered"
	Attacked   = "attacked"
	Killed     = "killed"
	Released   = "released"
	Proposed   = "proposed"
	Supported  = "supported"
	Signed     = "signed"
	Acquired   = "acquired"
	Won        = "won"
	Defeated   = "defeated"
	MemberOf   = "member_of" // members, officials, staff and experts of an organization
	Leads      = "leads"
	LocatedIn  = "located_in"
	// The news vocabulary: arrests, charges, sentences, lawsuits,
	// investigations, bans, appointments, resignations, foundings, births
	// and deaths (directions in the README's data model).
	Arrested     = "arrested"     // authority → person
	Charged      = "charged"      // authority → person
	Sentenced    = "sentenced"    // court → person
	Sued         = "sued"         // plaintiff → defendant
	Investigated = "investigated" // investigator → investigated
	Banned       = "banned"       // authority → banned
	Appointed    = "appointed"    // appointer → appointee
	Resigned     = "resigned"     // person → organization or jurisdiction of the post
	Founded      = "founded"      // founder → organization
	BornIn       = "born_in"      // person → place
	DiedIn       = "died_in"      // person → place
	// Nationality links a person or organization to its country.
	Nationality = "nationality"
)

// Predicates lists the canonical predicates, for documentation and for
// checking a lexicon.
var Predicates = []string{
	Met, Accepted, Rejected, Opposed, Condemned, Said, Told, Visits,
	Thanked, Accused, Threatened, Ordered, Attacked, Killed, Released,
	Proposed, Supported, Signed, Acquired, Won, Defeated, MemberOf, Leads,
	LocatedIn, Arrested, Charged, Sentenced, Sued, Investigated, Banned,
	Appointed, Resigned, Founded, BornIn, DiedIn, Nationality,
}

// PredicateIRI returns the IRI of predicate p (VocabNS + p).
func PredicateIRI(p string) IRI { return IRI(VocabNS + p) }

// SchemaType returns the schema.org class IRI of t.
func SchemaType(t EntityType) IRI { return IRI(SchemaNS + string(t)) }

// DocIRI returns the IRI of the document with the given ID: the ID itself
// when it is an absolute http(s) URL, otherwise DocNS + the escaped ID.
func DocIRI(id string) IRI {
	if u, err := url.Parse(id); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return IRI(id)
	}
	return IRI(DocNS + escapePath(id))
}

// escapePath escapes each segment of a slash-separated path for use in an IRI.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

// Slug returns the readable local part of an entity IRI for name: lower
// case letters and digits joined by "-", accents removed ("Antony Blinken"
// → "antony-blinken", "Zürich" → "zurich"). Names with no letter or digit
// give "x".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
		if b.Len() >= 80 {
			break
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// Opposites pairs the canonical predicates that contradict each other when
// stated of the same subject and object: one outlet reporting that a party
// accepted a proposal and another that it rejected it cannot both be
// right. Every predicate also contradicts its own negation ("accepted" and
// "not_accepted"); see Contradict.
var Opposites = [][2]string{
	{Accepted, Rejected},
	{Supported, Opposed},
	{Supported, Condemned},
}

// Contradict reports whether facts stored under predicates a and b (as
// FactPredicate names them with their negation: "accepted",
// "not_accepted") contradict each other when they have the same subject
// and object: a predicate and its negation do, and so do the two
// predicates of a pair of Opposites when neither is negated. A negated
// fact and the opposite of its predicate agree ("did not accept" and
// "rejected"), and two negations never contradict.
func Contradict(a, b string) bool {
	pa, na := cutNot(a)
	pb, nb := cutNot(b)
	if pa == "" || pb == "" {
		return false
	}
	if pa == pb {
		return na != nb
	}
	if na || nb {
		return false
	}
	for _, o := range Opposites {
		if (o[0] == pa && o[1] == pb) || (o[0] == pb && o[1] == pa) {
			return true
		}
	}
	return false
}

// cutNot splits a stored predicate into its positive form and whether it
// is negated, as FactPredicate does for IRIs.
func cutNot(p string) (string, bool) {
	if rest, ok := strings.CutPrefix(p, "not_"); ok && rest != "" {
		return rest, true
	}
	return p, false
}
