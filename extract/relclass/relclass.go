// Package relclass classifies the relation between two entity mentions of
// a sentence analysed by newsgraph's NLP core (extract/nlp): given the
// typed names of a sentence, it scores each ordered pair (subject,
// object) for the canonical predicates member_of, leads, located_in,
// born_in, died_in, founded and nationality.
//
// The model is a set of logistic regressions, one per predicate, over
// hashed features of the pair: the dependency path between the two
// mentions' head words with the words on it, the words between them, the
// entity types, their order and distance, the mentions' own head words,
// their case markers and the words around them. It was trained on
// Re-DocRED (Wikipedia abstracts with Wikidata relations between typed
// entities, mapped onto newsgraph's predicates; see README.md) and is
// embedded in the binary.
//
// A Model reads the tokens' text, UPOS, lemma, head and relation. A
// sentence without a parse (Head -1 everywhere) is scored from its words
// alone, with less accuracy; heads out of range and cycles are tolerated.
package relclass

import (
	"math"
	"sort"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp"
)

// Predicates are the predicates the model scores, in the order of its
// classes.
var Predicates = []string{
	newsgraph.MemberOf, newsgraph.Leads, newsgraph.LocatedIn, newsgraph.BornIn,
	newsgraph.DiedIn, newsgraph.Founded, newsgraph.Nationality,
}

// numClasses is len(Predicates).
const numClasses = 7

// classOf returns the class of a predicate, or -1.
func classOf(pred string) int {
	for c, p := range Predicates {
		if p == pred {
			return c
		}
	}
	return -1
}

// A Mention is a typed entity mention: tokens [Start, End) of a sentence.
// Type is the entity's type (Person, Organization, Place, Event, Thing).
type Mention struct {
	Start, End int
	Type       newsgraph.EntityType
}

// A Candidate is a scored relation between two mentions: Subj –Pred→ Obj,
// where Subj and Obj index the mentions given to Model.Relations. Score
// is the model's probability that the sentence states the relation; Path
// the number of dependency arcs between the two mentions' head words (-1
// when the parse does not connect them).
type Candidate struct {
	Subj, Obj int
	Pred      string
	Score     float64
	Path      int
}

// Relations scores every ordered pair of the mentions of sentence s for
// each predicate and returns the candidates scoring at least min, best
// first (ties in mention order). Mentions that overlap, lie outside the
// sentence or are empty are not paired. Relations does not modify s or
// ments and is safe for concurrent use.
func (m *Model) Relations(s *nlp.Sentence, ments []Mention, min float64) []Candidate {
	return m.RelationsWhere(s, ments, min, nil)
}

// RelationsWhere is Relations for the ordered pairs (subject ments[i],
// object ments[j]) for which keep(i, j) is true (all when keep is nil):
// a caller that uses only some predicates saves the scoring of pairs
// whose types fit none of them.
func (m *Model) RelationsWhere(s *nlp.Sentence, ments []Mention, min float64, keep func(i, j int) bool) []Candidate {
	if len(ments) < 2 || len(s.Tokens) == 0 {
		return nil
	}
	sc := newScratch(s)
	defer sc.release()
	heads := sc.mentionHeads(ments)
	var out []Candidate
	var scores [numClasses]float64
	for i := range ments {
		if heads[i] < 0 {
			continue
		}
		for j := range ments {
			if i == j || heads[j] < 0 || overlap(ments[i], ments[j]) || keep != nil && !keep(i, j) {
				continue
			}
			var path int
			sc.feats, path = sc.pairFeatures(sc.feats[:0], ments, heads, i, j)
			m.scores(sc.feats, &scores)
			for c, z := range scores {
				if p := sigmoid(z); p >= min {
					out = append(out, Candidate{Subj: i, Obj: j, Pred: Predicates[c], Score: p, Path: path})
				}
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	return out
}

func overlap(a, b Mention) bool { return a.Start < b.End && b.Start < a.End }

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}
