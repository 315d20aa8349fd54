package parse

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// jurisdictionRoles are the titles held over a place: the place is the
// post a holder resigns from ("resigned as governor of Puerto Rico" →
// resigned(X, Puerto Rico)).
var jurisdictionRoles = map[string]bool{"governor": true, "mayor": true, "premier": true, "president": true, "minister": true,
	"chancellor": true, "representative": true, "senator": true, "mp": true, "councillor": true, "councilor": true, "sheriff": true,
	"congressman": true, "congresswoman": true, "delegate": true, "lieutenant governor": true, "secretary of state": true,
	"attorney general": true, "chief executive": true, "first minister": true, "chief minister": true, "prime minister": true}

// jurisdictionRole reports whether a role as written ends in a title held
// over a place.
func jurisdictionRole(role string) bool {
	r := strings.ToLower(role)
	for t := range jurisdictionRoles {
		if r == t || strings.HasSuffix(r, " "+t) {
			return true
		}
	}
	return false
}

// addPost records that person p holds a post in (or over) entity o.
func (x *doc) addPost(p, o int) {
	if p < 0 || o < 0 || p == o {
		return
	}
	e := x.ents[p]
	for _, q := range e.posts {
		if q == o {
			return
		}
	}
	e.posts = append(e.posts, o)
}

// resignations reads resignations without a named post: "X resigned",
// "X stepped down", "X announced his resignation", "the resignation of X".
// The posts are those the document gives X (the organization X leads or
// serves, the place X governs); a resignation someone calls for is none.
func (x *doc) resignations() {
	for _, s := range x.sents {
		if s.heading {
			continue
		}
		for k := range s.Tokens {
			if s.quote[k] >= 0 {
				continue
			}
			p := -1
			switch {
			case s.Tokens[k].UPOS == "VERB" && (s.lemma[k] == "resign" || s.lemma[k] == "quit" || s.lemma[k] == "step" && s.child(k, "compound:prt") >= 0 && s.low[s.child(k, "compound:prt")] == "down"):
				if s.child(k, "obj") >= 0 || x.negatedAbove(s, k) || hasNeg(s, k) || x.hypothetical(s, k) {
					continue
				}
				if subj := s.child(k, "nsubj"); subj >= 0 {
					p = x.entityAt(s, subj)
				}
			case s.Tokens[k].UPOS == "NOUN" && s.lemma[k] == "resignation":
				if h := s.head(k); h >= 0 && demandVerb[s.lemma[h]] {
					continue // "called for his resignation"
				}
				for _, c := range s.kids[k] {
					if r := s.Tokens[c].Rel; r == "nmod:poss" || r == "nmod" && s.prep(c) == "of" {
						p = x.headEntity(s, c)
					}
				}
			}
			if p < 0 || x.typeOf(p) != newsgraph.Person {
				continue
			}
			posts := x.ents[p].posts
			if len(posts) > 1 {
				// "Conyers resigned": from the chamber, not from each of its
				// committees he sat on
				var top []int
				for _, o := range posts {
					if !slicesContains(x.ents[o].words, "committee") && !slicesContains(x.ents[o].words, "subcommittee") {
						top = append(top, o)
					}
				}
				if len(top) > 0 {
					posts = top
				}
			}
			for _, o := range posts {
				x.addFact(fact{s: p, o: o, pred: newsgraph.Resigned, raw: s.Tokens[k].Text, sent: s.idx, conf: 0.6, span: s.whole()})
			}
		}
	}
}

// demandVerb are verbs whose object is wanted, not done ("called for his
// resignation").
var demandVerb = map[string]bool{"call": true, "demand": true, "urge": true, "seek": true, "ask": true, "want": true,
	"request": true, "push": true, "press": true, "reject": true, "refuse": true, "deny": true}

// hasNeg reports whether verb v is negated ("did not resign").
func hasNeg(s *sent, v int) bool {
	for _, c := range s.kids[v] {
		if s.Tokens[c].Rel == "advmod" && (s.low[c] == "not" || s.low[c] == "never" || s.low[c] == "n't") {
			return true
		}
	}
	return false
}

// postPlace records place o as the jurisdiction of person p's role when
// the role is held over a place ("Puerto Rico's governor").
func (x *doc) postPlace(p, o int, role string) {
	if jurisdictionRole(role) && x.typeOf(o) == newsgraph.Place && !(legislator(role) && countryEntity(x.ents[o])) {
		x.addPost(p, o)
	}
}

// headEntity returns the entity of the mention headed by token k, even
// when a longer mention covers it ("his" inside the concept "his
// resignation"), or -1.
func (x *doc) headEntity(s *sent, k int) int {
	for _, m := range x.ments {
		if m.s == s.idx && m.head == k && m.ent >= 0 && m.kind != mConcept {
			return m.ent
		}
	}
	return x.entityAt(s, k)
}

// legislator reports whether a role is a seat in a legislature, whose post
// is the chamber rather than the country ("US Representative").
func legislator(role string) bool {
	switch strings.ToLower(lastWord(role)) {
	case "representative", "senator", "mp", "congressman", "congresswoman", "delegate", "councillor", "councilor", "lawmaker", "legislator":
		return true
	}
	return false
}
