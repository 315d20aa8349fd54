// Package newsgraph turns news articles into a knowledge graph of facts with
// provenance.
//
// The root package holds the domain types shared by every other package:
// documents (Doc), what an extractor finds in one document (Extraction:
// entities, facts, quotes), the vocabulary of IRIs the graph is written in
// (vocab.go), the one function that turns an extraction into quads (Quads,
// quads.go), so that every quad carries a provenance label built the same
// way, and the one read side that turns quads back into documents, entities
// and facts (read.go, view.go, store.go), which every reader of the graph
// uses. Build (build.go) is the pipeline from documents to a Store. It
// imports only github.com/cayleygraph/quad, golang.org/x/text and the
// standard library (and the module's internal/mapx).
package newsgraph

import (
	"context"
	"fmt"
	"time"
)

// A Doc is one news article, as read from a file, a CSV/JSONL row or stdin.
type Doc struct {
	// ID identifies the document across runs: its path relative to the
	// input root without extension ("000", "world/2024/blinken"), or the
	// article URL for CSV/JSONL rows. Re-building a document with the same
	// ID replaces its facts.
	ID string
	// Source names where the document came from, for error messages
	// ("corpus/000.txt", "wikinews.csv:12").
	Source string
	// Title is the headline, when known.
	Title string
	// URL is the canonical address of the article, when known.
	URL string
	// Published is the publication time, zero when unknown.
	Published time.Time
	// Text is the article body: valid UTF-8, paragraphs separated by
	// newlines. All spans index into Text.
	Text string
}

// IRI returns the document's IRI: its URL when ID is an absolute http(s)
// URL, otherwise an IRI under DocNS.
func (d Doc) IRI() IRI { return DocIRI(d.ID) }

// A Span is a half-open byte range [Start, End) into Doc.Text.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

func (s Span) String() string { return fmt.Sprintf("%d-%d", s.Start, s.End) }

// An EntityType is the schema.org class of an entity (its local name).
type EntityType string

// The entity types newsgraph uses. Thing is for concepts that are neither
// people, organizations nor places ("the ceasefire proposal").
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Place        EntityType = "Place"
	Event        EntityType = "Event"
	Thing        EntityType = "Thing"
	Quote        EntityType = "Quotation"
)

// A Mention is one occurrence of an entity in a document.
type Mention struct {
	Span     Span   // the words of the mention
	Sentence Span   // the sentence it occurs in
	Text     string // the surface form, as written
}

// An Entity is something a document talks about: a person, organization,
// place or concept, or a quotation. Entities are local to one Extraction;
// a Resolver gives them graph-wide identities.
type Entity struct {
	// Key identifies the entity within its Extraction ("e1"); facts refer
	// to entities by Key.
	Key string
	// Name is the entity's best name in the document ("Antony Blinken");
	// for a quotation, its text.
	Name string
	// Type is the entity's class.
	Type EntityType
	// Aliases are the other names the document uses for it ("Blinken",
	// "the top US diplomat"), without duplicates.
	Aliases []string
	// Roles are titles and descriptions ("Secretary of State").
	Roles []string
	// Mentions are the entity's occurrences, in text order. A quotation has
	// one mention: the quoted text.
	Mentions []Mention
}

// A Modality says how firmly a fact is asserted.
type Modality string

// Modalities. The zero value means the fact is asserted as true.
const (
	Asserted Modality = ""
	Planned  Modality = "planned"  // "plans to go to Egypt"
	Expected Modality = "expected" // "is expected to visit"
	Reported Modality = "reported" // "reportedly met"
	Possible Modality = "possible" // "may accept"
)

// A Fact is one subject–predicate–object statement found in a document.
type Fact struct {
	// Subject and Object are Keys of entities in the same Extraction.
	Subject, Object string
	// Predicate is a canonical relation from the vocabulary (Met, Said, …)
	// or, when the relation matches none, the raw predicate normalised to
	// lower case with words joined by "_".
	Predicate string
	// Raw is the predicate as written ("held talks with").
	Raw string
	// Evidence is the sentence that supports the fact; Span is the part of
	// it that states the fact (Span lies within Evidence).
	Evidence, Span Span
	// Negated is set for facts stated as not true ("did not accept"). A
	// negated fact is stored under the predicate "not_" + Predicate, never
	// under Predicate itself.
	Negated bool
	// Modality says how firmly the fact is asserted.
	Modality Modality
	// Confidence is the extractor's confidence in (0, 1]; 0 means not
	// scored.
	Confidence float64
}

// An Extraction is what an extractor found in one document.
type Extraction struct {
	Entities []Entity
	Facts    []Fact
}

// An Extractor finds entities and facts in a document. Extract must honour
// ctx and must be safe for concurrent use. It returns an error only when the
// document could not be processed at all; finding nothing is not an error.
// Spans in the result must lie within doc.Text.
type Extractor interface {
	// Name returns the extractor's versioned name ("rules/v1"). The version
	// changes whenever the extractor's output changes; it is part of every
	// provenance label.
	Name() string
	Extract(ctx context.Context, doc Doc) (*Extraction, error)
}

// A DocError is an error in processing one document. It names the document
// and the step that failed.
type DocError struct {
	Source string // the document's source (path, path:line, "stdin")
	Step   string // "read", "extract", "store", …
	Err    error
}

func (e *DocError) Error() string {
	return fmt.Sprintf("%s: %s: %v", e.Source, e.Step, e.Err)
}

func (e *DocError) Unwrap() error { return e.Err }
