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
// The thresholds were set on news-dev n01–n30 (see extract/relclass's
// README): the precision proxy there must stay at 0.93 or above. leads,
// founded and nationality are scored by the model but not taken: on
// news-dev it found none of the gold's leads and founded facts, and
// nationality is read by the rules.
var classifierUses = map[string]classifierUse{
	newsgraph.MemberOf:  {0.7, 3},
	newsgraph.LocatedIn: {0.9, 4},
	newsgraph.BornIn:    {0.5, 4},
	newsgraph.DiedIn:    {0.5, 4},
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
		for _, c := range m.Relations(s.Sentence, ments, lowest) {
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
// read (and decide) by themselves: side by side ("United States Senate",
// "CNN Philippines") or coordinated ("Texas, Georgia and Ohio").
func ruleShaped(s *sent, a, b relclass.Mention) bool {
	if a.End == b.Start || b.End == a.Start {
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
