package parse

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// pronouns maps the pronouns that refer to entities onto the type they
// refer to ("" for "they", which may be a group or an organization).
var pronouns = map[string]newsgraph.EntityType{
	"he": newsgraph.Person, "him": newsgraph.Person, "his": newsgraph.Person, "himself": newsgraph.Person,
	"she": newsgraph.Person, "her": newsgraph.Person, "hers": newsgraph.Person, "herself": newsgraph.Person,
	"it": itType, "its": itType, "itself": itType,
	"they": "", "them": "", "their": "", "themselves": "",
}

// itType is what "it" and "its" refer to: an organization or a place that
// acts (a country, a city), never a person.
const itType newsgraph.EntityType = "it"

// findRefs finds the pronouns, definite descriptions ("the company", "the
// 42-year-old") and concept noun phrases ("the proposal") of sentence s.
func (x *doc) findRefs(s *sent) {
	for i, t := range s.Tokens {
		if s.ment[i] >= 0 {
			continue
		}
		lw := s.low[i]
		if _, ok := pronouns[lw]; ok && (t.UPOS == "PRON" || t.XPOS == "PRP$" || t.XPOS == "PRP") {
			x.addMention(s, &mention{s: s.idx, a: i, b: i + 1, head: i, kind: mPron, pron: lw, name: t.Text, ent: -1})
			continue
		}
		if t.UPOS != "NOUN" && !(t.UPOS == "ADJ" && (strings.HasSuffix(lw, "-old") || isAgeWords(s, i))) {
			continue
		}
		lemma := s.lemma[i]
		if lexicon.IsInstitution(lemma) && (t.XPOS != "NNS" || lemma == "police") && x.placeInstitution(s, i) {
			continue
		}
		a := x.determined(s, i)
		if a < 0 && lexicon.IsConceptHead(lemma) {
			a = x.indefinite(s, i) // "a bridging proposal"
		}
		if a < 0 {
			if lemma == "police" || lw == "authorities" {
				a = i // bare "police" is the force of the story
			} else {
				continue
			}
		}
		if typ, ok := lexicon.Description(lemma); ok && (t.XPOS != "NNS" || typ == "Organization" && lemma == "police" || lw == "authorities") {
			m := &mention{s: s.idx, a: a, b: i + 1, head: i, kind: mDesc, desc: lemma, typ: newsgraph.EntityType(typ), ent: -1}
			m.name = x.text(s, a, i+1)
			x.addMention(s, m)
			continue
		}
		if strings.HasSuffix(lw, "-year-old") || isAgeWords(s, i) {
			m := &mention{s: s.idx, a: a, b: i + 1, head: i, kind: mDesc, desc: "person", typ: newsgraph.Person, ent: -1}
			m.name = x.text(s, a, i+1)
			x.addMention(s, m)
			continue
		}
		if lexicon.IsConceptHead(lemma) && t.XPOS != "NNS" || lexicon.IsConceptHead(lemma) && t.Rel == "obj" {
			m := &mention{s: s.idx, a: a, b: i + 1, head: i, kind: mConcept, desc: lemma, typ: newsgraph.Thing, ent: -1}
			m.name = x.conceptName(s, a, i)
			x.addMention(s, m)
		}
	}
}

// isAgeWords reports whether token i ends "the 42 - year - old".
func isAgeWords(s *sent, i int) bool {
	return s.low[i] == "old" && i >= 4 && s.low[i-2] == "year" && isDash(s.Tokens[i-1].Text) && isNumber(s.Tokens[i-4].Text)
}

// determined returns the first token of the noun phrase headed by i when
// it is definite ("the", "this", a possessive pronoun), else -1.
func (x *doc) determined(s *sent, i int) int {
	a := -1
	for _, k := range s.kids[i] {
		if k > i {
			break
		}
		switch s.Tokens[k].Rel {
		case "det":
			switch s.low[k] {
			case "the", "this", "that", "these", "those":
				a = k
			default:
				return -1
			}
		case "nmod:poss":
			switch s.low[k] {
			case "his", "her", "its", "their":
				a = k
			default:
				return -1 // "our nation", "my husband", "Hamas's leader"
			}
		}
	}
	if a < 0 && (strings.HasSuffix(s.low[i], "-old") || isAgeWords(s, i)) {
		// "the 42-year-old": the determiner may hang elsewhere
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if s.low[k] == "the" {
				a = k
				break
			}
			if s.isPunct(k) && !isDash(s.Tokens[k].Text) || s.Tokens[k].UPOS == "VERB" {
				break
			}
		}
	}
	if a < 0 {
		return -1
	}
	for k := a; k < i; k++ {
		if s.ment[k] >= 0 && x.ments[s.ment[k]].kind == mName {
			return k + 1 // "the Tokyo-based company": the name is no part
		}
	}
	return a
}

// conceptName returns a concept's name: its head noun with the nouns and
// adjectives before it, without determiners and modifiers such as
// "updated" ("the ceasefire proposal").
func (x *doc) conceptName(s *sent, a, i int) string {
	var w []string
	for k := a; k <= i; k++ {
		t := &s.Tokens[k]
		if t.Rel == "det" || t.UPOS == "PRON" || t.UPOS == "PUNCT" || t.UPOS == "NUM" || lexicon.IsConceptModifier(s.low[k]) || t.XPOS == "POS" {
			continue
		}
		if t.UPOS == "NOUN" || t.UPOS == "ADJ" || t.UPOS == "PROPN" || t.UPOS == "VERB" && t.XPOS == "VBN" {
			w = append(w, s.low[k])
		}
	}
	if len(w) == 0 {
		return s.low[i]
	}
	return strings.Join(w, " ")
}

// resolveRefs links pronouns and descriptions to the entities they refer
// to: the most salient entity of the right type before them (a subject of
// the same or a recent sentence first), within a few sentences.
func (x *doc) resolveRefs() {
	for mi, m := range x.ments {
		if m.ent >= 0 {
			continue
		}
		switch m.kind {
		case mPron:
			if ei := x.resolvePronoun(mi); ei >= 0 && !(x.pluralPron(m) && x.leadingType(x.ents[ei]) == newsgraph.Person) {
				// ("they", "them": people, not the one person last named)
				x.ments[mi].ent = ei
				x.ents[ei].ments = append(x.ents[ei].ments, mi)
			}
		case mDesc:
			if m.desc == "person" || m.desc == "individual" {
				continue // "this person": too vague to name anyone
			}
			ei := x.compoundOrg(m)
			if ei < 0 && m.typ == newsgraph.Person {
				ei = x.titledBefore(m) // "Governor Jane Doe signed … The governor tweeted"
			}
			if ei < 0 && !lexicon.IsInstitution(m.desc) {
				ei = x.corefEntity(m)
				if ei >= 0 && businessNoun[m.desc] && !x.descFits(m, ei) {
					ei = -1 // ("the company" is not the authority the model chose)
				}
			}
			if ei < 0 {
				ei = x.describedEntity(mi)
			}
			if ei >= 0 && !x.descFits(m, ei) {
				ei = -1
			}
			if ei >= 0 {
				x.ments[mi].ent = ei
				x.ents[ei].ments = append(x.ents[ei].ments, mi)
			} else if lexicon.IsInstitution(m.desc) && m.desc != "government" {
				// "police", "the court": the institution of the story,
				// named by its word
				x.institution(mi)
			}
		}
	}
}

// pluralPron reports whether pronoun mention m is "they", "them",
// "their" or "themselves".
func (x *doc) pluralPron(m *mention) bool {
	switch m.pron {
	case "they", "them", "their", "themselves":
		return true
	}
	return false
}

// resolvePronoun returns the entity pronoun mention mi refers to, or -1.
func (x *doc) resolvePronoun(mi int) int {
	m := x.ments[mi]
	if ei := x.reportingSubject(m); ei >= 0 {
		// "The police had said they would investigate": the subject of a
		// reported clause is its speaker
		return ei
	}
	if x.unnamedPreviousSubject(m) {
		// "One of the victims decided … She said …": someone the text
		// does not name, not the last person it named
		return -1
	}
	if ei := x.previousSubject(m); ei >= 0 {
		// "West outlined his campaign. He named …": a sentence's subject
		// pronoun continues the last sentence's subject
		return ei
	}
	if ei := x.boundPossessive(m); ei >= 0 {
		return ei // "Hawkins renewed his support": the clause's subject
	}
	if ei := x.corefEntity(m); ei >= 0 && x.namedOutsideQuotes(ei, m) {
		return ei
	}
	return x.antecedent(mi, pronouns[m.pron], 3)
}

// placedByDemonym reports whether entity ei is named with the place of
// demonym d: the place in its name ("Scottish Parliament", "Court of
// Session of Scotland") or after it ("the Court of Session in
// Scotland"). A place is a demonym's when both name one country and
// their first three letters agree ("Scottish", "Scotland").
func (x *doc) placedByDemonym(ei int, d string) bool {
	dc, ok := countryOf(d)
	if !ok {
		return false
	}
	fits := func(place string) bool {
		pc, ok := countryOf(place)
		if !ok || pc != dc {
			return false
		}
		a, b := []rune(strings.ToLower(place)), []rune(strings.ToLower(d))
		return place == pc || len(a) >= 3 && len(b) >= 3 && string(a[:3]) == string(b[:3])
	}
	for _, w := range strings.Fields(x.ents[ei].name) {
		if fits(w) {
			return true
		}
	}
	for _, ci := range x.ents[ei].ments {
		c := x.ments[ci]
		s := x.sents[c.s]
		if c.kind != mName || c.b+1 >= len(s.Tokens) || s.low[c.b] != "in" {
			continue
		}
		if pi := s.ment[c.b+1]; pi >= 0 && x.ments[pi].kind == mName && fits(x.ments[pi].name) {
			return true
		}
	}
	return false
}

// settlementNoun are the descriptions of a town.
var settlementNoun = map[string]bool{"city": true, "town": true, "village": true, "township": true, "municipality": true}

// descFits reports whether description m may refer to entity ei: the
// nouns compounded before it and an ordinal ("the police state", "this
// second Olympiad") must be words of the entity's name, and "the
// administration" is only one named so.
func (x *doc) descFits(m *mention, ei int) bool {
	e := x.ents[ei]
	s := x.sents[m.s]
	for _, c := range s.kids[m.head] {
		if c > m.head {
			continue
		}
		r := s.Tokens[c].Rel
		if r == "compound" && s.Tokens[c].UPOS == "NOUN" || r == "amod" && ordinals[s.low[c]] {
			if !slicesContains(e.words, s.low[c]) {
				return false
			}
		}
	}
	if m.desc == "administration" && !slicesContains(e.words, "administration") {
		return false
	}
	// "the city", "the town": a settlement, not a street, a building or
	// a region named before it ("Martine Avenue")
	if settlementNoun[m.desc] && len(e.words) >= 2 && (streetWords[e.words[len(e.words)-1]] || placeFacility[e.words[len(e.words)-1]] || adminHead(e.words[len(e.words)-1])) {
		return false
	}
	// "his agent", "her lawyer": someone of the possessor's, so only one
	// the document gave that role, never the possessor or whoever was
	// last named
	if m.typ == newsgraph.Person && !lexicon.IsKin(m.desc) && lexicon.Role(m.desc) != lexicon.NotRole && x.possessedDesc(m) && !hasRole(e, m.desc) {
		return false
	}
	// "the Queen", "the Pope": one the text gave that title, no one else
	if m.typ == newsgraph.Person && royalTitle[m.desc] && !slicesContains(x.titlesOf(ei), m.desc) && !hasRole(e, m.desc) {
		return false
	}
	// "the governor" is not someone the text titled only otherwise
	// ("Representative John Harlan")
	if m.typ == newsgraph.Person && !x.possessedDesc(m) {
		if lexicon.Role(m.desc) != lexicon.NotRole && !genericTitle[m.desc] {
			if t := x.titlesOf(ei); len(t) > 0 && !slicesContains(t, m.desc) && !slicesContains(t, sameTitle[m.desc]) {
				return false
			} else if len(t) > 0 {
				// "the Foreign Minister" is no minister titled otherwise
				// ("the Canadian minister for Northern Affairs")
				for _, c := range s.kids[m.head] {
					if r := s.Tokens[c].Rel; c < m.head && (r == "amod" || r == "compound") && capitalised(s.Tokens[c].Text) && lexicon.IsRoleModifier(s.low[c]) && !slicesContains(t, s.low[c]) {
						return false
					}
				}
			}
		}
	}
	// "the company", "the firm": a business, not an authority, a ministry,
	// a party or a university named before it
	if m.typ == newsgraph.Organization && businessNoun[m.desc] && !slicesContains(e.words, m.desc) && slices.ContainsFunc(e.words, lexicon.IsPublicBody) {
		return false
	}
	// "the coalition", "the alliance": an organization described by a
	// noun that is no kind of company is one whose name holds the noun
	if m.typ == newsgraph.Organization && !genericOrgNoun[m.desc] && !lexicon.IsInstitution(m.desc) && !slicesContains(e.words, m.desc) && !slicesContains(e.words, m.desc+"s") {
		return false
	}
	return true
}

// royalTitle are the titles of one person each, which a description
// gives only to the one the text titled so.
var royalTitle = map[string]bool{"queen": true, "king": true, "pope": true, "emperor": true, "empress": true, "prince": true, "princess": true,
	"duke": true, "duchess": true, "sultan": true, "emir": true, "monarch": true}

// possessedDesc reports whether description m has a possessive pronoun
// ("their government", "his agent").
func (x *doc) possessedDesc(m *mention) bool {
	s := x.sents[m.s]
	for _, c := range s.kids[m.head] {
		if c < m.head && s.Tokens[c].Rel == "nmod:poss" && s.Tokens[c].UPOS == "PRON" {
			return true
		}
	}
	return false
}

// namedLaterIn reports whether entity ei is first named in m's sentence
// after m.
func (x *doc) namedLaterIn(ei int, m *mention) bool {
	first := true
	later := false
	for _, ci := range x.ents[ei].ments {
		c := x.ments[ci]
		if c.kind != mName {
			continue
		}
		if c.s < m.s || c.s == m.s && c.a < m.a {
			first = false
		}
		if c.s == m.s && c.a > m.a {
			later = true
		}
	}
	return first && later
}

// hasRole reports whether entity e was given role word w ("agent" of
// "literary agent").
func hasRole(e *entity, w string) bool {
	for _, r := range e.roles {
		if f := strings.Fields(strings.ToLower(r)); len(f) > 0 && f[len(f)-1] == w {
			return true
		}
	}
	return false
}

// ordinals are the ordinal adjectives that tell one of a series from
// another.
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "next": true, "previous": true, "last": true}

// compoundOrg returns the organization named by a name compounded before
// description m ("the Commerce department" is Commerce's), or -1.
func (x *doc) compoundOrg(m *mention) int {
	s := x.sents[m.s]
	for _, c := range s.kids[m.head] {
		if c < m.head && s.Tokens[c].Rel == "compound" && s.ment[c] >= 0 && x.ments[s.ment[c]].kind == mName {
			if e := x.ments[s.ment[c]].ent; e >= 0 && x.typeOf(e) == newsgraph.Organization && m.typ == newsgraph.Organization {
				return e
			}
		}
	}
	return -1
}

// namedOutsideQuotes reports whether entity ei is mentioned before m
// outside quotations, when m itself is outside one: the people a quotation
// speaks of are not those the narrative's pronouns refer to.
func (x *doc) namedOutsideQuotes(ei int, m *mention) bool {
	if x.sents[m.s].quote[m.a] >= 0 {
		return true
	}
	for _, ci := range x.ents[ei].ments {
		c := x.ments[ci]
		if (c.s < m.s || c.s == m.s && c.a < m.a) && x.sents[c.s].quote[c.a] < 0 {
			return true
		}
	}
	return false
}

// antecedent returns the entity of type want (any person or organization
// when want is "") that mention mi most likely refers to, within window
// sentences before it, or -1.
func (x *doc) antecedent(mi int, want newsgraph.EntityType, window int) int {
	m := x.ments[mi]
	best, bestScore := -1, -1e9
	for ci := range x.ments {
		c := x.ments[ci]
		if ci == mi || c.s < m.s-window || c.s > m.s || c.s == m.s && c.a >= m.a {
			continue // only mentions before m, within the window
		}
		if c.ent < 0 || c.kind == mConcept || c.kind == mPron && c.s == m.s {
			continue
		}
		if x.sents[c.s].quote[c.a] >= 0 && x.sents[m.s].quote[m.a] < 0 {
			continue // ("“Only God will remove me,” he declared": not God)
		}
		if c.kind == mDesc && lexicon.IsKin(c.desc) && c.s == m.s {
			continue // "his daughter said he died": he is the one whose daughter she is
		}
		e := x.ents[c.ent]
		t := x.leadingType(e)
		if e.quote || e.concept || m.kind == mPron && genderClash(m.pron, e) || m.kind == mDesc && businessNoun[m.desc] && !x.descFits(m, c.ent) {
			continue
		}
		switch want {
		case "":
			if t != newsgraph.Organization && t != newsgraph.Person {
				continue
			}
		case itType:
			if t != newsgraph.Organization && t != newsgraph.Place {
				continue
			}
		default:
			if t != want {
				continue
			}
		}
		s := x.sents[c.s]
		if s.heading {
			continue
		}
		if c.s == m.s && x.sameClause(s, c.head, m.head) && !s.hasPossessive(c.head) {
			// "Smith praised him": not the subject of the same verb
			if s.rel(m.head) != "nmod" {
				continue
			}
		}
		score := -3.0 * float64(m.s-c.s)
		if r := s.rel(c.head); r == "nsubj" {
			score += 2.5
		} else if r == "obj" || r == "iobj" {
			score += 0.5
		}
		if s.quote[c.head] >= 0 {
			score -= 2
		}
		if c.kind == mPron {
			score += 0.5 // a chain continues
		}
		if score > bestScore {
			best, bestScore = c.ent, score
		}
	}
	return best
}

// sameClause reports whether tokens a and b depend on the same verb.
func (x *doc) sameClause(s *sent, a, b int) bool {
	return clauseHead(s, a) == clauseHead(s, b)
}

// clauseHead returns the verb or root heading token i's clause.
func clauseHead(s *sent, i int) int {
	for d := 0; d < 30; d++ {
		t := &s.Tokens[i]
		if t.UPOS == "VERB" || t.Head < 0 {
			return i
		}
		h := s.head(i)
		if h < 0 {
			return i
		}
		i = h
	}
	return i
}

// genericTitle are the role nouns that describe a holder of many titles
// ("the lawmaker" for a senator, "the official" for a minister).
var genericTitle = map[string]bool{"official": true, "leader": true, "lawmaker": true, "legislator": true, "politician": true, "head": true,
	"chief": true, "officer": true, "member": true, "representative": true}

// sameTitle pairs the role nouns news uses for one office ("the foreign
// minister" of a foreign secretary).
var sameTitle = map[string]string{"minister": "secretary", "secretary": "minister", "congressman": "representative", "congresswoman": "representative"}

// titlesOf returns the lower-case role words the text writes right
// before the names of entity ei ("representative" of "Former
// Representative John Harlan", "coach" of "Wynnum coach Matt Myers") and
// in an apposition to them ("John Harlan, a fisherman,").
func (x *doc) titlesOf(ei int) []string {
	var out []string
	for _, mi := range x.ents[ei].ments {
		m := x.ments[mi]
		if m.kind != mName {
			continue
		}
		s := x.sents[m.s]
		for k := m.a - 1; k >= 0 && k >= m.a-4; k-- {
			if w := s.low[k]; lexicon.Role(w) != lexicon.NotRole {
				out = append(out, w)
			} else if !lexicon.IsRoleModifier(w) {
				break
			} else if len(out) > 0 {
				out = append(out, w) // ("Foreign" of "Foreign Minister")
			}
		}
		if c := s.child(m.head, "appos"); c >= 0 && lexicon.Role(s.low[c]) != lexicon.NotRole {
			out = append(out, s.low[c])
			for _, cc := range s.kids[c] {
				if r := s.Tokens[cc].Rel; cc < c && (r == "amod" || r == "compound") {
					out = append(out, s.low[cc])
				}
			}
		}
	}
	return out
}

// modifiesFacility reports whether word w of a name's words modifies a
// facility noun after it ("police" of "… police station").
func modifiesFacility(words []string, w string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == w && facilityNoun[words[i+1]] {
			return true
		}
	}
	return false
}

// describedEntity returns the entity a definite description refers to, or
// -1: a generic institution word ("police", "the court") names the
// institution of the document whose name holds it; "the minister" the
// person with that role; otherwise the most salient entity of the
// description's type.
func (x *doc) describedEntity(mi int) int {
	m := x.ments[mi]
	if lexicon.IsInstitution(m.desc) {
		// "police", "the court": the named institution of the document
		// whose name holds the word, and no other
		// the last one mentioned before it, else the only one
		found, last := -1, -1
		n := 0
		s := x.sents[m.s]
		var mods []string // "provincial police" is not the city's
		owners := s.kids[m.head]
		if h := s.head(m.head); h > m.head && s.Tokens[m.head].Rel == "compound" {
			owners = append(owners[:len(owners):len(owners)], s.kids[h]...) // ("Port Alder's police chief")
		}
		for _, c := range owners {
			if s.Tokens[c].Rel == "nmod:poss" && s.ment[c] >= 0 && x.ments[s.ment[c]].kind == mName && x.ments[s.ment[c]].ent >= 0 && x.typeOf(x.ments[s.ment[c]].ent) == newsgraph.Place {
				// "Port Alder's police" is the force of Port Alder only
				mods = append(mods, strings.Fields(lexicon.Fold(x.ments[s.ment[c]].name))...)
			}
		}
		for _, c := range s.kids[m.head] {
			if r := s.Tokens[c].Rel; (r == "amod" || r == "compound") && !capitalised(s.Tokens[c].Text) {
				mods = append(mods, s.low[c])
			} else if r == "compound" && c < m.head && (s.ment[c] < 0 || x.ments[s.ment[c]].ent < 0 || x.typeOf(x.ments[s.ment[c]].ent) != newsgraph.Place) {
				mods = append(mods, s.low[c]) // "the Commerce department" is no other department
			}
		}
		for ei, e := range x.ents {
			if e.quote || e.concept || len(e.words) < 2 {
				continue
			}
			if !slicesContains(e.words, m.desc) || modifiesFacility(e.words, m.desc) {
				continue // (and "police" is not "the Port Alder central police station")
			}
			fits := true
			for _, w := range mods {
				fits = fits && slicesContains(e.words, w)
			}
			if !fits {
				continue
			}
			n++
			found = ei
			for _, ci := range e.ments {
				c := x.ments[ci]
				if c.kind == mName && (c.s < m.s || c.s == m.s && c.a < m.a) && (last < 0 || x.lastMention(x.ents[last], m) < x.pos(c)) {
					last = ei
				}
			}
		}
		if x.possessedDesc(m) {
			return -1 // "their government": the possessor's, which the pronoun does not name
		}
		if last >= 0 {
			return last
		}
		// (but not one the same sentence names only after it: "… would
		// allow the Chinese government …")
		if n == 1 && !x.namedLaterIn(found, m) {
			return found
		}
		return -1
	}
	if m.typ == newsgraph.Event {
		// "the election" after "the 2020 US Presidential Election": the
		// last event whose name holds the noun, or none
		return x.lastNamedWith(m)
	}
	if m.typ == newsgraph.Organization && x.possessedDesc(m) {
		return -1 // "his legal team", "its board": the possessor's, no organization the document names
	}
	if m.typ == newsgraph.Organization {
		// "the association" after "Port Operators Association": the last
		// organization whose name holds the noun
		if last := x.lastNamedWith(m); last >= 0 {
			return last
		}
		if !genericOrgNoun[m.desc] {
			return -1 // "the committee" is a committee the document names, or unknown
		}
	}
	if lexicon.IsKin(m.desc) {
		// "his daughter": the person introduced as a daughter, or no one
		found := -1
		for ei, e := range x.ents {
			if e.kin[m.desc] {
				if found >= 0 && found != ei {
					return -1
				}
				found = ei
			}
		}
		return found
	}
	if s := x.sents[m.s]; m.typ == newsgraph.Person && x.qualifiedDesc(s, m.head) {
		return -1 // "the spokesperson for the German government" introduces someone
	}
	if m.typ == newsgraph.Person && m.desc != "person" {
		found := -1
		var mods []string // "the Foreign Minister" is no minister for Northern Affairs
		ds := x.sents[m.s]
		for _, c := range ds.kids[m.head] {
			if r := ds.Tokens[c].Rel; c < m.head && (r == "amod" || r == "compound") && ds.Tokens[c].UPOS != "NUM" {
				mods = append(mods, ds.low[c])
			}
		}
		for ei, e := range x.ents {
			for _, r := range e.roles {
				lr := strings.ToLower(r)
				if !strings.Contains(lr, m.desc) || slices.ContainsFunc(mods, func(w string) bool { return !slicesContains(strings.Fields(lr), w) }) {
					continue
				}
				if found >= 0 && found != ei {
					found = -2
				} else if found != -2 {
					found = ei
				}
			}
		}
		if found >= 0 {
			return found
		}
	}
	return x.antecedent(mi, m.typ, 4)
}

// reportingSubject returns the entity of the speaker whose reported
// clause has pronoun m as its subject ("the police had said they would
// investigate", "Hale said he would resign"), when it fits the pronoun,
// or -1.
func (x *doc) reportingSubject(m *mention) int {
	switch m.pron {
	case "he", "she", "they", "it":
	default:
		return -1
	}
	s := x.sents[m.s]
	if r := s.Tokens[m.head].Rel; r != "nsubj" && r != "nsubj:pass" {
		return -1
	}
	v := s.head(m.head)
	for d := 0; d < 3 && v >= 0 && s.Tokens[v].Rel == "xcomp"; d++ {
		v = s.head(v)
	}
	if v < 0 || s.Tokens[v].Rel != "ccomp" {
		return -1
	}
	sv := s.head(v)
	if sv < 0 || sv > m.head || !lexicon.IsSpeechVerb(s.lemma[sv]) || s.quote[sv] >= 0 {
		return -1
	}
	subj := s.child(sv, "nsubj")
	if subj < 0 || s.ment[subj] < 0 {
		return -1
	}
	c := x.ments[s.ment[subj]]
	if c.kind == mPron || c.ent < 0 || x.ents[c.ent].quote || x.ents[c.ent].concept || !x.fitsEntity(m, c.ent) {
		return -1
	}
	if m.pron == "they" && x.leadingType(x.ents[c.ent]) == newsgraph.Person {
		return -1 // "Hale said they would…": others
	}
	return c.ent
}

// lastNamedWith returns the entity mentioned last before description m
// whose name of two words or more holds m's noun (or its plural), or -1.
func (x *doc) lastNamedWith(m *mention) int {
	last := -1
	for ei, e := range x.ents {
		if e.quote || e.concept || len(e.words) < 2 || !slicesContains(e.words, m.desc) && !slicesContains(e.words, m.desc+"s") {
			continue
		}
		if p := x.lastMention(e, m); p >= 0 && (last < 0 || p > x.lastMention(x.ents[last], m)) {
			last = ei
		}
	}
	return last
}

// previousSubject returns the entity a sentence-initial subject pronoun
// ("He named …") refers to when the sentence before it in the same
// paragraph has a named subject of a fitting type and no other entity of
// that type is named between them; -1 otherwise.
func (x *doc) previousSubject(m *mention) int {
	switch m.pron {
	case "he", "she", "they", "it":
	default:
		return -1
	}
	p, subj := x.previousRootSubject(m)
	if subj >= 0 && (p.ment[subj] < 0 || x.ments[p.ment[subj]].kind == mDesc) {
		// "the co-chair of X, Hugo Brandt, died. He …": the name apposed
		// to the description
		a, b := p.subtree(subj)
		for c := subj + 1; c < b && c >= a; c++ {
			if p.Tokens[c].Rel == "appos" && p.ment[c] >= 0 && x.ments[p.ment[c]].kind == mName {
				subj = c // (also "the co-chair of X and 2012 candidate, Herman Cain,")
				break
			}
		}
	}
	if subj < 0 || p.ment[subj] < 0 || x.ments[p.ment[subj]].kind != mName {
		return -1
	}
	ei := x.ments[p.ment[subj]].ent
	if ei < 0 || !x.fitsEntity(m, ei) {
		return -1
	}
	// no other candidate of the type named in the previous sentence
	// before its subject ("Trump met Biden. He …" stays with the subject)
	return ei
}

// unnamedPreviousSubject reports whether personal pronoun m, the subject
// of its sentence, continues the subject of the sentence before it in the
// same paragraph which is a person the text does not name ("One of the
// victims decided …", "A woman told police …").
func (x *doc) unnamedPreviousSubject(m *mention) bool {
	switch m.pron {
	case "he", "she":
	default:
		return false
	}
	p, subj := x.previousRootSubject(m)
	if subj < 0 {
		return false
	}
	a, b := p.subtree(subj)
	for k := a; k < b; k++ {
		if mi := p.ment[k]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Person {
			return false // "Scripps director Margaret Leinen said …": named
		}
	}
	head := subj
	if p.low[subj] == "one" {
		// "One of the victims"
		for _, c := range p.kids[subj] {
			if p.Tokens[c].Rel == "nmod" && p.prep(c) == "of" {
				head = c
			}
		}
	}
	if p.Tokens[head].UPOS != "NOUN" || p.ment[head] >= 0 && x.ments[p.ment[head]].ent >= 0 {
		return false // (a description the document resolved names someone)
	}
	t, ok := lexicon.Description(p.lemma[head])
	return ok && t == string(newsgraph.Person) || unnamedPeople[p.lemma[head]]
}

// previousRootSubject returns the sentence before the one of pronoun m and
// the subject of its root, when m is the subject of its own sentence's
// root, nothing m fits is named before it, and both sentences are of one
// paragraph; subj is -1 otherwise.
func (x *doc) previousRootSubject(m *mention) (p *sent, subj int) {
	s := x.sents[m.s]
	if m.s == 0 || s.Tokens[m.head].Rel != "nsubj" || s.head(m.head) < 0 || s.Tokens[s.head(m.head)].Rel != "root" {
		return nil, -1
	}
	for k := 0; k < m.head; k++ {
		if e := x.entityAt(s, k); e >= 0 && x.fitsEntity(m, e) {
			return nil, -1 // "After meeting Biden, he …": someone named before it
		}
	}
	p = x.sents[m.s-1]
	if p.heading || p.para != s.para && !x.paragraphGoesOn(p, s) {
		return nil, -1
	}
	root := -1
	for k := range p.Tokens {
		if p.Tokens[k].Rel == "root" {
			root = k
		}
	}
	if root < 0 {
		return nil, -1
	}
	subj = p.child(root, "nsubj")
	if (subj < 0 || p.low[subj] == "one" || p.low[subj] == "another") && (p.low[0] == "one" || p.low[0] == "another") && p.child(root, "cop") >= 0 && p.ment[root] >= 0 {
		return p, root // "One is Mark Haldane, a student. He said …": the one named
	}
	return p, subj
}

// paragraphGoesOn reports whether sentence s, the first of its paragraph,
// goes on with the subject of sentence p, the last of the paragraph
// before: p is a statement of its subject ("Doe said in a meeting, “…”")
// and s says more of someone ("He also instructed …", "She added …").
func (x *doc) paragraphGoesOn(p, s *sent) bool {
	root := -1
	for k := range p.Tokens {
		if p.Tokens[k].Rel == "root" {
			root = k
		}
	}
	if root < 0 || !lexicon.IsSpeechVerb(p.lemma[root]) {
		return false
	}
	for k := range s.Tokens {
		if s.Tokens[k].Rel == "root" {
			return s.child(k, "advmod") >= 0 && (s.low[s.child(k, "advmod")] == "also" || s.low[s.child(k, "advmod")] == "later") || lexicon.IsSpeechVerb(s.lemma[k])
		}
	}
	return false
}

// unnamedPeople are nouns for people a story does not name.
var unnamedPeople = map[string]bool{"victim": true, "woman": true, "man": true, "girl": true, "boy": true, "resident": true, "witness": true, "survivor": true, "protester": true, "passenger": true, "student": true, "neighbour": true, "neighbor": true}

// boundPossessive returns the entity a possessive pronoun in a verb's
// object refers to when the verb's subject is a named entity it fits
// ("Hawkins renewed his support for …", "the company raised its
// prices"), or -1.
func (x *doc) boundPossessive(m *mention) int {
	switch m.pron {
	case "his", "her", "its", "their":
	default:
		return -1
	}
	s := x.sents[m.s]
	if s.Tokens[m.head].Rel != "nmod:poss" {
		return -1
	}
	n := s.head(m.head)
	if n < 0 {
		return -1
	}
	if r := s.Tokens[n].Rel; r != "obj" && r != "obl" {
		return -1
	}
	v := s.head(n)
	if v < 0 || s.Tokens[v].UPOS != "VERB" {
		return -1
	}
	subj := s.child(v, "nsubj")
	if subj < 0 {
		return -1
	}
	ei := -1
	if mi := s.ment[subj]; mi >= 0 && x.ments[mi].kind == mName {
		ei = x.ments[mi].ent
	} else if s.ment[subj] < 0 {
		ei = x.npEntity(s, subj) // "Representative Kweisi Mfume", the title heading the phrase
	}
	if ei < 0 || !x.fitsEntity(m, ei) {
		return -1
	}
	return ei
}

// genericOrgNoun are the descriptions of an organization that may refer
// to any organization named before ("the company", "the airline"); the
// others ("the committee", "the court") only to one whose name holds them.
var genericOrgNoun = map[string]bool{"company": true, "firm": true, "group": true, "organization": true, "organisation": true,
	"body": true, "outlet": true, "airline": true, "carrier": true, "manufacturer": true, "maker": true, "retailer": true, "startup": true,
	"charity": true, "broadcaster": true, "newspaper": true, "paper": true, "publication": true, "network": true, "team": true, "side": true,
	"band": true, "label": true, "studio": true, "publisher": true, "regulator": true, "watchdog": true}

// titledBefore returns the one person whose name the text wrote before
// description m after the title m names ("Governor Jane Doe" for "the
// governor"), or -1: none or several. The roles of titles are given
// later (affiliations), after the descriptions are resolved.
func (x *doc) titledBefore(m *mention) int {
	if lexicon.Role(m.desc) == lexicon.NotRole || x.possessedDesc(m) || x.qualifiedDesc(x.sents[m.s], m.head) {
		return -1
	}
	found := -1
	for _, c := range x.ments {
		if c.kind != mName || c.ent < 0 || c.a < 1 || c.s > m.s || c.s == m.s && c.a >= m.a || x.typeOf(c.ent) != newsgraph.Person {
			continue
		}
		if s := x.sents[c.s]; s.low[c.a-1] == m.desc && capitalised(s.Tokens[c.a-1].Text) {
			if found >= 0 && found != c.ent {
				return -1
			}
			found = c.ent
		}
	}
	return found
}

// businessNoun are the descriptions of a business ("the company").
var businessNoun = map[string]bool{"company": true, "firm": true, "manufacturer": true, "maker": true, "retailer": true,
	"startup": true, "carrier": true, "airline": true, "studio": true, "label": true, "publisher": true, "insurer": true, "lender": true}

// qualifiedDesc reports whether the description headed by token h says
// whose or which it is ("the spokesperson for the German government", "a
// Canadian official"): such a phrase introduces a person rather than
// referring back to one.
func (x *doc) qualifiedDesc(s *sent, h int) bool {
	for _, c := range s.kids[h] {
		switch r := s.Tokens[c].Rel; {
		case r == "nmod" && (s.prep(c) == "for" || s.prep(c) == "of" || s.prep(c) == "at" || s.prep(c) == "from" || s.prep(c) == "with"):
			return true
		case r == "amod" && capitalised(s.Tokens[c].Text), r == "compound" && capitalised(s.Tokens[c].Text), r == "nmod:poss" && s.Tokens[c].UPOS != "PRON":
			return true
		}
	}
	return false
}

// institution makes description mention mi ("police", "the court") an
// entity of its own, or joins it to the one the document already has for
// the same word.
func (x *doc) institution(mi int) {
	m := x.ments[mi]
	for ei, e := range x.ents {
		if !e.quote && !e.concept && len(e.words) == 1 && e.words[0] == m.desc && !x.hasName(e) {
			x.ments[mi].ent = ei
			e.ments = append(e.ments, mi)
			e.addAlias(m.name)
			return
		}
	}
	name := x.text(x.sents[m.s], m.a, m.b)
	if strings.HasPrefix(strings.ToLower(name), "the ") {
		name = name[4:]
	}
	e := &entity{name: name, first: x.sents[m.s].Tokens[m.a].Start}
	e.vote(newsgraph.Organization, 2)
	e.words = []string{m.desc}
	e.aliases = []string{m.name}
	x.ents = append(x.ents, e)
	x.ments[mi].ent = len(x.ents) - 1
	e.ments = append(e.ments, mi)
}

// indefinite returns the first token of the noun phrase headed by i when
// it begins with "a", "an" or has no determiner, else -1.
func (x *doc) indefinite(s *sent, i int) int {
	a := i
	for _, k := range s.kids[i] {
		if k > i {
			break
		}
		switch s.Tokens[k].Rel {
		case "det":
			switch s.low[k] {
			case "a", "an":
			default:
				return -1
			}
			a = min(a, k)
		case "amod", "compound":
			if s.ment[k] >= 0 && x.ments[s.ment[k]].kind == mName {
				continue // "the US proposal": the name is no part
			}
			a = min(a, k)
		}
	}
	return a
}

// pos returns a mention's position as one comparable number.
func (x *doc) pos(m *mention) int { return m.s<<16 | m.a }

// lastMention returns the position of e's last name mention before m.
func (x *doc) lastMention(e *entity, m *mention) int {
	best := -1
	for _, ci := range e.ments {
		c := x.ments[ci]
		if c.kind == mName && x.pos(c) < x.pos(m) && x.pos(c) > best {
			best = x.pos(c)
		}
	}
	return best
}

// placeInstitution reads "the Paris court", "South Korean police", "the
// Seoul government": an institution word after a place's name or a
// nationality word is the named institution of that place. It adds the
// name mention (over the institution word) and reports whether it did.
func (x *doc) placeInstitution(s *sent, i int) bool {
	if i+2 < len(s.Tokens) && s.low[i+1] == "of" && i >= 1 && s.low[i-1] == "the" && s.lemma[i] == "government" {
		// "the government of Egypt": the country's government (a
		// legislature or a court "of" a country has a name of its own,
		// which the document may give)
		if mi := s.ment[i+2]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a == i+2 {
			if _, ok := countryOf(x.ments[mi].name); ok && !ner.IsDemonym(x.ments[mi].name) {
				m := &mention{s: s.idx, a: i, b: i + 1, head: i, kind: mName, typ: newsgraph.Organization, headTyped: true, ent: -1}
				m.name = x.text(s, i, x.ments[mi].b)
				m.placeMod = mi
				x.addMention(s, m)
				return true
			}
		}
	}
	k := i - 1
	if k < 0 {
		return false
	}
	var from int
	place, country := -1, ""
	if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].b == i {
		pm := x.ments[mi]
		if pm.typ != newsgraph.Place && pm.ner != "PLACE" {
			return false
		}
		from, place = pm.a, mi
	} else {
		// nationality words, possibly two ("South Korean")
		j := k
		for j >= 0 && j >= k-1 && capitalised(s.Tokens[j].Text) && s.ment[j] < 0 {
			if c, ok := countryOf(x.text(s, j, i)); ok && ner.IsDemonym(x.text(s, j, i)) {
				from, country = j, c
			}
			j--
		}
		if country == "" {
			return false
		}
	}
	m := &mention{s: s.idx, a: i, b: i + 1, head: i, kind: mName, typ: newsgraph.Organization, headTyped: true, ent: -1}
	m.name = x.text(s, from, i+1)
	m.placeMod, m.country = place, country
	x.addMention(s, m)
	return true
}

// corefEntity returns the entity of the named mention the coreference
// model links mention m to, or -1.
func (x *doc) corefEntity(m *mention) int {
	if x.coref == nil {
		return -1
	}
	ref, ok := x.coref.Referent(m.s, m.head)
	if !ok || ref.Sentence < 0 || ref.Sentence >= len(x.sents) {
		return -1
	}
	s := x.sents[ref.Sentence]
	for _, k := range append([]int{ref.Head}, seq(ref.Start, ref.End)...) {
		if k < 0 || k >= len(s.Tokens) {
			continue
		}
		if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 {
			e := x.ments[mi].ent
			if x.ents[e].quote || x.ents[e].concept || !x.fitsEntity(m, e) {
				return -1 // ("he" is no company)
			}
			return e
		}
	}
	return -1
}

// fitsEntity reports whether pronoun or description m can refer to
// entity ei: its type fits, and a gendered pronoun is not the other
// gender's ("he" is not the daughter).
func (x *doc) fitsEntity(m *mention, ei int) bool {
	return x.fits(m, x.leadingType(x.ents[ei])) && !(m.kind == mPron && genderClash(m.pron, x.ents[ei]))
}

// genderClash reports whether a gendered pronoun cannot refer to person
// e, whom the text gave the other gender: by a family relation ("his
// daughter Nettie Baker"), a gendered role ("actress", "chairman") or
// honorific ("Mrs").
func genderClash(pron string, e *entity) bool {
	var want string
	switch pron {
	case "he", "him", "his", "himself":
		want = "m"
	case "she", "her", "hers", "herself":
		want = "f"
	default:
		return false
	}
	g := ""
	for k := range e.kin {
		if v := lexicon.Gender(k); v != "" {
			g = v
		}
	}
	for _, r := range append(e.roles[:len(e.roles):len(e.roles)], e.address) {
		f := strings.Fields(strings.ToLower(r))
		if len(f) > 0 {
			if v := lexicon.Gender(strings.TrimSuffix(f[len(f)-1], ".")); v != "" {
				g = v
			}
		}
	}
	return g != "" && g != want
}

// fits reports whether a pronoun or description can refer to an entity
// of type t: "he" and "she" to a person, "it" to an organization or a
// place, "they" to a person or an organization, "the company" to an
// organization.
func (x *doc) fits(m *mention, t newsgraph.EntityType) bool {
	var want newsgraph.EntityType
	switch m.kind {
	case mPron:
		want = pronouns[m.pron]
	case mDesc:
		d, ok := lexicon.Description(m.desc)
		if !ok {
			return true
		}
		want = newsgraph.EntityType(d)
	default:
		return true
	}
	switch want {
	case "":
		return t == newsgraph.Person || t == newsgraph.Organization
	case itType:
		return t == newsgraph.Organization || t == newsgraph.Place
	}
	return t == want
}

func seq(a, b int) []int {
	var out []int
	for k := a; k < b; k++ {
		out = append(out, k)
	}
	return out
}
