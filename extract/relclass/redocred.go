package relclass

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp"
)

// A ReDoc is a document of Re-DocRED (Tan et al. 2022): a Wikipedia
// abstract as tokenized sentences, its entities (each a list of typed
// mentions, coreferent names of one entity) and the Wikidata relations
// between entities, each with the sentences that state it.
type ReDoc struct {
	Title    string        `json:"title"`
	Sents    [][]string    `json:"sents"`
	Entities [][]ReMention `json:"vertexSet"`
	Labels   []ReLabel     `json:"labels"`
}

// A ReMention is a mention of a Re-DocRED entity: tokens [Pos[0], Pos[1])
// of sentence Sent, typed PER, ORG, LOC, MISC, TIME or NUM.
type ReMention struct {
	Name string `json:"name"`
	Pos  [2]int `json:"pos"`
	Sent int    `json:"sent_id"`
	Type string `json:"type"`
}

// A ReLabel is a Re-DocRED relation: entity Head –Rel→ entity Tail (Rel a
// Wikidata property such as "P108"), stated by the sentences Evidence
// (empty for many of the triples Re-DocRED added).
type ReLabel struct {
	Rel      string `json:"r"`
	Head     int    `json:"h"`
	Tail     int    `json:"t"`
	Evidence []int  `json:"evidence"`
}

// ErrData reports a Re-DocRED file whose indices do not fit together.
var ErrData = errors.New("malformed Re-DocRED data")

// ReadReDocRED reads a Re-DocRED JSON file (a list of documents) and checks
// that its sentence, token and entity indices are in range. Errors name
// the file and, for a bad document, its index and title.
func ReadReDocRED(path string) ([]ReDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read Re-DocRED: %w", err)
	}
	return ParseReDocRED(b, path)
}

// ParseReDocRED parses Re-DocRED JSON read from the file name, as
// ReadReDocRED does.
func ParseReDocRED(data []byte, name string) ([]ReDoc, error) {
	var docs []ReDoc
	if err := json.Unmarshal(data, &docs); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("read Re-DocRED %s: byte %d: %w", name, se.Offset, err)
		}
		return nil, fmt.Errorf("read Re-DocRED %s: %w", name, err)
	}
	for i := range docs {
		if err := docs[i].check(); err != nil {
			return nil, fmt.Errorf("read Re-DocRED %s: document %d (%q): %w", name, i, docs[i].Title, err)
		}
	}
	return docs, nil
}

// check reports indices out of range.
func (d *ReDoc) check() error {
	for e, ms := range d.Entities {
		for k, m := range ms {
			if m.Sent < 0 || m.Sent >= len(d.Sents) {
				return fmt.Errorf("%w: entity %d mention %d: sentence %d of %d", ErrData, e, k, m.Sent, len(d.Sents))
			}
			if m.Pos[0] < 0 || m.Pos[0] >= m.Pos[1] || m.Pos[1] > len(d.Sents[m.Sent]) {
				return fmt.Errorf("%w: entity %d mention %d: tokens [%d, %d) of %d", ErrData, e, k, m.Pos[0], m.Pos[1], len(d.Sents[m.Sent]))
			}
		}
	}
	for k, l := range d.Labels {
		if l.Head < 0 || l.Head >= len(d.Entities) || l.Tail < 0 || l.Tail >= len(d.Entities) {
			return fmt.Errorf("%w: relation %d: entities %d and %d of %d", ErrData, k, l.Head, l.Tail, len(d.Entities))
		}
		for _, s := range l.Evidence {
			if s < 0 || s >= len(d.Sents) {
				return fmt.Errorf("%w: relation %d: evidence sentence %d of %d", ErrData, k, s, len(d.Sents))
			}
		}
	}
	return nil
}

// A Mapping maps a Wikidata property onto a predicate: Head –Pred→ Tail,
// or Tail –Pred→ Head when Inverse. When Subj is set, only relations
// whose subject (after inversion) has one of its Re-DocRED types ("LOC",
// "PER ORG") are mapped; the others are neither positive nor negative
// examples.
type Mapping struct {
	Pred    string
	Inverse bool
	Subj    string
}

// DefaultMapping returns the Wikidata properties the embedded model was
// trained on and the predicates they stand for (directions as in the
// annotation guide: member → organization, leader → organization, founder
// → organization, place → enclosing place).
func DefaultMapping() map[string]Mapping {
	return map[string]Mapping{
		"P108": {Pred: newsgraph.MemberOf},                 // employer
		"P463": {Pred: newsgraph.MemberOf},                 // member of
		"P102": {Pred: newsgraph.MemberOf},                 // member of political party
		"P54":  {Pred: newsgraph.MemberOf},                 // member of sports team
		"P488": {Pred: newsgraph.Leads, Inverse: true},     // chairperson (organization → person)
		"P169": {Pred: newsgraph.Leads, Inverse: true},     // chief executive officer
		"P19":  {Pred: newsgraph.BornIn},                   // place of birth
		"P20":  {Pred: newsgraph.DiedIn},                   // place of death
		"P131": {Pred: newsgraph.LocatedIn},                // located in the administrative territorial entity
		"P17":  {Pred: newsgraph.LocatedIn},                // country
		"P159": {Pred: newsgraph.LocatedIn},                // headquarters location
		"P150": {Pred: newsgraph.LocatedIn, Inverse: true}, // contains administrative territorial entity
		"P112": {Pred: newsgraph.Founded, Inverse: true},   // founded by (organization → founder)
		"P27":  {Pred: newsgraph.Nationality},              // country of citizenship
	}
}

// ExampleOptions are the settings of ReDocExamples.
type ExampleOptions struct {
	// Mapping maps Wikidata properties onto predicates; other properties
	// make a pair a negative example.
	Mapping map[string]Mapping
	// NoEvidence decides what a mapped relation without evidence
	// sentences says of the sentences where both entities are mentioned:
	// when true each such pair is a positive example, else the pairs are
	// left out.
	NoEvidence bool
	// MaxPath, when above zero, makes the positive pairs whose mentions'
	// head words are further apart in the parse (or not connected)
	// Unknown: the model learns what a sentence states in few words, and
	// far pairs that Re-DocRED relates from world knowledge do not teach
	// it to relate any two names of a long sentence.
	MaxPath int
	// Demonyms keeps LOC mentions that are adjectives ("German"), which
	// Re-DocRED types as places and the extractor does not give as names.
	Demonyms bool
}

// entityType maps a Re-DocRED type onto an entity type ("" for TIME and
// NUM, which are not entities here).
func entityType(t string) newsgraph.EntityType {
	switch t {
	case "PER":
		return newsgraph.Person
	case "ORG":
		return newsgraph.Organization
	case "LOC":
		return newsgraph.Place
	case "MISC":
		return newsgraph.Thing
	}
	return ""
}

// ReDocExamples turns Re-DocRED documents into training examples: each
// document's tokens are analysed by analyze (which must keep the given
// sentences and words, as analyze.Analyzer.AnalyzeTokens does), and every
// sentence with two or more mentions of different entities gives an
// example whose gold relations are the mapped relations that the
// sentence states (it is one of their evidence sentences). A pair whose
// entities are related by a mapped relation that another sentence states
// is Unknown for that predicate, as the sentence may or may not state it
// too; so are pairs of two mentions of one entity.
func ReDocExamples(docs []ReDoc, analyze func(*nlp.Document), opt ExampleOptions) []Example {
	var out []Example
	for i := range docs {
		out = append(out, docExamples(&docs[i], analyze, opt)...)
	}
	return out
}

// Document builds the text and tokens of a Re-DocRED document: words
// joined by spaces, one sentence after another.
func (d *ReDoc) Document() *nlp.Document {
	var b strings.Builder
	doc := &nlp.Document{Sentences: make([]nlp.Sentence, len(d.Sents))}
	for i, ws := range d.Sents {
		s := &doc.Sentences[i]
		s.Start = b.Len()
		for _, w := range ws {
			if strings.TrimSpace(w) == "" {
				w = "_" // a no-break space as a token
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			st := b.Len()
			b.WriteString(w)
			s.Tokens = append(s.Tokens, nlp.Token{Start: st, End: b.Len(), Text: w, Head: -1})
		}
		if len(s.Tokens) > 0 {
			s.Start = s.Tokens[0].Start
		}
		s.End = b.Len()
	}
	doc.Text = b.String()
	return doc
}

type entMention struct {
	Mention
	ent int
}

func docExamples(d *ReDoc, analyze func(*nlp.Document), opt ExampleOptions) []Example {
	doc := d.Document()
	analyze(doc)
	// the relations between each ordered pair of entities, by predicate
	type rel struct {
		pred     string
		evidence []int
		unknown  bool
	}
	rels := map[[2]int][]rel{}
	for _, l := range d.Labels {
		mp, ok := opt.Mapping[l.Rel]
		if !ok {
			continue
		}
		h, t := l.Head, l.Tail
		if mp.Inverse {
			h, t = t, h
		}
		unknown := mp.Subj != "" && !strings.Contains(mp.Subj, entityClass(d.Entities[h]))
		rels[[2]int{h, t}] = append(rels[[2]int{h, t}], rel{mp.Pred, l.Evidence, unknown})
	}
	bySent := make([][]entMention, len(d.Sents))
	for e, ms := range d.Entities {
		for _, m := range ms {
			typ := entityType(m.Type)
			if typ == "" {
				continue
			}
			s := &doc.Sentences[m.Sent]
			if typ == newsgraph.Place && !opt.Demonyms && m.Pos[1]-m.Pos[0] == 1 && s.Tokens[m.Pos[0]].UPOS == "ADJ" {
				continue
			}
			bySent[m.Sent] = append(bySent[m.Sent], entMention{Mention{Start: m.Pos[0], End: m.Pos[1], Type: typ}, e})
		}
	}
	var out []Example
	for si, ms := range bySent {
		// longest first, then drop mentions overlapping a kept one
		sort.SliceStable(ms, func(a, b int) bool {
			if la, lb := ms[a].End-ms[a].Start, ms[b].End-ms[b].Start; la != lb {
				return la > lb
			}
			return ms[a].Start < ms[b].Start
		})
		var kept []entMention
		for _, m := range ms {
			ok := true
			for _, k := range kept {
				if overlap(m.Mention, k.Mention) {
					ok = false
					break
				}
			}
			if ok {
				kept = append(kept, m)
			}
		}
		sort.SliceStable(kept, func(a, b int) bool { return kept[a].Start < kept[b].Start })
		ents := map[int]bool{}
		for _, m := range kept {
			ents[m.ent] = true
		}
		if len(ents) < 2 {
			continue
		}
		ex := Example{Sentence: &doc.Sentences[si]}
		for _, m := range kept {
			ex.Mentions = append(ex.Mentions, m.Mention)
		}
		sc := newScratch(ex.Sentence)
		for i, a := range kept {
			for j, b := range kept {
				if i == j {
					continue
				}
				if a.ent == b.ent {
					ex.Unknown = append(ex.Unknown, Candidate{Subj: i, Obj: j})
					continue
				}
				for _, r := range rels[[2]int{a.ent, b.ent}] {
					c := Candidate{Subj: i, Obj: j, Pred: r.pred}
					if !r.unknown && (len(r.evidence) == 0 && opt.NoEvidence || containsInt(r.evidence, si)) &&
						(opt.MaxPath <= 0 || sc.pathLen(a.Mention, b.Mention) <= opt.MaxPath) {
						c.Score = 1
						ex.Gold = append(ex.Gold, c)
					} else {
						ex.Unknown = append(ex.Unknown, c)
					}
				}
			}
		}
		sc.release()
		out = append(out, ex)
	}
	return out
}

// entityClass returns the Re-DocRED type of an entity: that of its first
// mention.
func entityClass(ms []ReMention) string {
	if len(ms) == 0 {
		return ""
	}
	return ms[0].Type
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// DefaultExampleOptions are the settings the embedded model was trained
// with.
func DefaultExampleOptions() ExampleOptions {
	return ExampleOptions{Mapping: DefaultMapping(), NoEvidence: true, MaxPath: 4}
}

// ReDocFiles are the Re-DocRED files of ../shared/ner, in the order whose
// documents Split numbers.
var ReDocFiles = []string{"redocred-dev.json", "redocred-test.json"}

// Split divides documents (those of ReDocFiles, read in order and
// concatenated) into the training part and the held-out part: every
// fifth document, starting with the fifth, is held out.
func Split(docs []ReDoc) (train, held []ReDoc) {
	for i := range docs {
		if i%5 == 4 {
			held = append(held, docs[i])
		} else {
			train = append(train, docs[i])
		}
	}
	return train, held
}
