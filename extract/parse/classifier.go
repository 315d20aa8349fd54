package parse

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/relclass"
)

// classifierRaw is the Raw text of the facts the relation classifier
// adds.
const classifierRaw = "relclass"

// A classifierUse is how far the extractor trusts the relation classifier
// for one predicate: the least score of a candidate that becomes a fact,
// and the most dependency arcs between the two names.
type classifierUse struct {
	min     float64
	maxPath int
}

// classifierUses lists the predicates taken from the relation classifier.
// The thresholds were set on news-dev n01–n30 and checked by hand on the
// classifier's facts over all Wikinews articles (see extract/relclass's
// README): the model, trained on Wikipedia, is sure of far more than news
// states, so only places written next to each other in the parse (at most
// 2 arcs: "London's Hyde Park", "Chittagong, a port city in Bangladesh")
// with a score of 0.95, and births and deaths in a sentence that speaks of
// one (lifeWords), are taken. member_of, leads, founded and nationality
// are scored by the model but not taken: member_of at 0.7 was right for
// 10 of its 17 facts on Wikinews, leads and founded found nothing on
// news-dev, and nationality is read by the rules.
var classifierUses = map[string]classifierUse{
	newsgraph.LocatedIn: {0.95, 2},
	newsgraph.BornIn:    {0.5, 4},
	newsgraph.DiedIn:    {0.5, 4},
}

// lifeWords are the words (lower case, or lemmas) without which a sentence
// gives no birth or death place: "police in Baytown, Texas" is no
// birthplace of the man it names.
var lifeWords = map[string][]string{
	newsgraph.BornIn: {"born", "bear", "birth", "birthplace"},
	newsgraph.DiedIn: {"die", "died", "death", "dead"},
}

// speaksOf reports whether sentence s holds one of the words.
func speaksOf(s *sent, words []string) bool {
	for k := range s.Tokens {
		for _, w := range words {
			if s.low[k] == w || s.lemma[k] == w {
				return true
			}
		}
	}
	return false
}

// classified adds the relations that the relation classifier (package
// relclass) finds between the names of a sentence, for the pairs of
// entities the rules did not relate: the names outside quotations of each
// sentence that is not a heading, scored with the entities' types, and
// kept when the score and the path between the names pass the
// predicate's classifierUse, the types fit the predicate as they must for
// the rules' facts, and the names are not written the way the rules read
// by themselves (side by side, or coordinated); a place is not put in a
// place that the rules found containing another place of the sentence
// (containsOther). A birth or death place
// written "Town, Region" gives a fact for both, as the rules' do. A nil
// model adds nothing.
func (x *doc) classified(m *relclass.Model) {
	if m == nil {
		return
	}
	related := map[[2]int]bool{}
	for _, f := range x.facts {
		related[[2]int{min(f.s, f.o), max(f.s, f.o)}] = true
	}
	lowest := 1.0
	for _, u := range classifierUses {
		lowest = min(lowest, u.min)
	}
	var ments []relclass.Mention
	var ents []int
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		ments, ents = ments[:0], ents[:0]
		for _, mi := range x.mentionsOf(s) {
			mt := x.ments[mi]
			if mt.kind != mName || mt.ent < 0 || s.quote[mt.a] >= 0 {
				continue
			}
			if e := x.ents[mt.ent]; e.quote || e.concept {
				continue
			}
			ments = append(ments, relclass.Mention{Start: mt.a, End: mt.b, Type: x.typeOf(mt.ent)})
			ents = append(ents, mt.ent)
		}
		if len(ments) < 2 {
			continue
		}
		fits := func(i, j int) bool {
			for p := range classifierUses {
				if typeFits(subjectTypes, p, x.ents[ents[i]]) && typeFits(objectTypes, p, x.ents[ents[j]]) {
					return true
				}
			}
			return false
		}
		for _, c := range m.RelationsWhere(s.Sentence, ments, lowest, fits) {
			u, ok := classifierUses[c.Pred]
			if !ok || c.Score < u.min || c.Path < 0 || c.Path > u.maxPath {
				continue
			}
			se, oe := ents[c.Subj], ents[c.Obj]
			if se == oe || related[[2]int{min(se, oe), max(se, oe)}] {
				continue
			}
			if ruleShaped(s, ments[c.Subj], ments[c.Obj]) {
				continue
			}
			if words, ok := lifeWords[c.Pred]; ok && !speaksOf(s, words) {
				continue
			}
			if !typeFits(objectTypes, c.Pred, x.ents[oe]) || !typeFits(subjectTypes, c.Pred, x.ents[se]) {
				continue
			}
			if c.Pred == newsgraph.LocatedIn && x.containsOther(oe, se, s.idx) {
				continue
			}
			a, b := min(ments[c.Subj].Start, ments[c.Obj].Start), max(ments[c.Subj].End, ments[c.Obj].End)
			f := fact{s: se, o: oe, pred: c.Pred, raw: classifierRaw, sent: s.idx, span: s.span(a, b), conf: c.Score}
			x.addFact(f)
			if c.Pred == newsgraph.BornIn || c.Pred == newsgraph.DiedIn {
				for _, up := range x.enclosingPlaces(oe, s.idx) {
					f.o = up
					x.addFact(f)
				}
			}
		}
	}
}

// containsOther reports whether the rules read from sentence si that
// place o contains a place other than e ("in Cahors, France" for Cahors
// Cathedral): e's nearest container is then that place, and e in o is a
// fact of the graph's paths, not of the sentence.
func (x *doc) containsOther(o, e, si int) bool {
	for _, f := range x.facts {
		if f.pred == newsgraph.LocatedIn && f.o == o && f.s != e && f.sent == si && f.raw != classifierRaw {
			return true
		}
	}
	return false
}

// ruleShaped reports whether two names of s are written the way the rules
// read (and decide) by themselves: side by side or with only punctuation
// between ("United States Senate", "Delaware, South Carolina",
// "Pennsylvania State University (Penn State)"), or coordinated ("Texas,
// Georgia and Ohio").
func ruleShaped(s *sent, a, b relclass.Mention) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	between := true
	for k := a.End; k < b.Start && between; k++ {
		between = s.isPunct(k)
	}
	if between {
		return true
	}
	ha, hb := spanHead(s, a.Start, a.End), spanHead(s, b.Start, b.End)
	return conjRoot(s, ha) == conjRoot(s, hb) && (s.rel(ha) == "conj" || s.rel(hb) == "conj")
}

// conjRoot returns the first conjunct of the coordination token i belongs
// to (i itself when it is no conjunct).
func conjRoot(s *sent, i int) int {
	for d := 0; d < 40 && s.rel(i) == "conj"; d++ {
		h := s.head(i)
		if h < 0 {
			break
		}
		i = h
	}
	return i
}
