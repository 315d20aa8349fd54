package parse

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// countryOf returns the country a name or nationality word refers to.
func countryOf(name string) (string, bool) { return ner.Country(name) }

// A title is what the words before or around a person's name say of them:
// a role ("deputy director"), organizations the role is held in, a party,
// a nationality.
type title struct {
	role     string
	more     []string // other roles coordinated with role
	kind     lexicon.RoleKind
	orgs     []int // entities
	places   []int // entities
	party    []int // entities
	country  string
	from, to int // tokens of the title
}

// affiliations reads roles and affiliations from the way the document
// names people: titles before names ("CIA deputy director Michael Morell",
// "Democrat Chuck Schumer"), appositions ("Amy Cook, director of the
// event"), "X of Y" ("Lucy Fischer of The Times"), copulas ("She is a
// lecturer at the university") and possessives ("Mahan's director X").
func (x *doc) affiliations() {
	for _, s := range x.sents {
		for _, mi := range x.mentionsOf(s) {
			m := x.ments[mi]
			if m.kind != mName || m.ent < 0 {
				continue
			}
			e := x.ents[m.ent]
			personal := e.typ != newsgraph.Place && e.typ != newsgraph.Event && (personName(m.name) ||
				personLike(strings.Fields(lexicon.Fold(m.name))) && e.kindVotes[ner.PersonKind] > 0.3*e.kindVotes[ner.OrganizationKind])
			if e.typ != newsgraph.Person && !(e.typ == newsgraph.Thing && m.ner == "") && !personal && e.typ != newsgraph.Organization {
				continue
			}
			honorific := m.a >= 1 && lexicon.IsHonorific(s.Tokens[m.a-1].Text) && personal // "Dr Christian Brenner"
			if t, ok := x.preTitle(s, m); ok && (e.typ == newsgraph.Person || t.role != "" && t.kind != lexicon.NotRole && (e.typ == newsgraph.Thing || personal) ||
				len(t.party) > 0 && personal || honorific) && (e.typ != newsgraph.Organization || personal) {
				e.typ = newsgraph.Person
				e.vote(newsgraph.Person, 4) // a title before a name is a person's
				if honorific && ner.GivenName(strings.Fields(m.name)[0]) {
					e.sure, e.leadValid = newsgraph.Person, false // "Dr Christian Brenner", however often "Christian …" names a church
				}
				lone := false
				if role, plural := singularRole(t.role); plural && len(conjuncts(s, m.head)) < 2 && len(x.listedAfter(s, m)) == 0 && len(t.orgs)+len(t.party)+len(t.places) == 0 && s.Tokens[m.a-1].Text != "," {
					// "announcing to journalists Jane Doe remained alive":
					// a plural noun before one name is no title of it
					lone = true
				} else if plural {
					// "actors Dan Fogler, Ron Perlman and Jaleel White":
					// a plural title is every listed person's
					t.role = role
					for _, c := range append(conjuncts(s, m.head)[1:], x.listedAfter(s, m)...) {
						// only names listed after it with no title of their
						// own ("US presidents X and Y, and abolitionist Z")
						if c <= m.b || s.ment[c] < 0 {
							continue
						}
						if a := x.ments[s.ment[c]].a; a == 0 || !s.isPunct(a-1) && s.Tokens[a-1].UPOS != "CCONJ" {
							continue
						}
						if p := x.entityAt(s, c); p >= 0 && p != m.ent && x.typeOf(p) == newsgraph.Person {
							x.applyTitle(s, p, t)
						}
					}
				}
				if !lone {
					x.applyTitle(s, m.ent, t)
				}
			}
			if t, ok := x.postTitle(s, m); ok && !x.ofPerson(s, m) && (e.typ == newsgraph.Person || e.typ == newsgraph.Thing || personal ||
				e.typ == newsgraph.Organization && t.kind != lexicon.NotRole && x.apposedPerson(s, t)) {
				e.typ = newsgraph.Person
				e.vote(newsgraph.Person, 4)
				x.applyTitle(s, m.ent, t)
			}
			if e.typ != newsgraph.Person {
				continue
			}
			x.appositions(s, m)
			x.ofPhrase(s, m)
			x.possessedBy(s, m)
			x.partyApposed(s, m)
			x.whoseRole(s, m)
		}
		x.copulaRoles(s)
		x.ownParty(s)
		x.copulaIn(s)
		x.partyCopula(s)
		x.partOf(s)
		x.allOfParty(s)
		x.demonymBorn(s)
		x.speaksFor(s)
		x.officialsIncluding(s)
		for k := range s.Tokens {
			if p := x.namedAfterRole(s, k); p >= 0 {
				x.roleNP(s, p, k) // "The director of the Velm Society, Tom Vale, said"
			}
		}
	}
	x.institutions()
	x.presidingMembers()
}

// ofPerson reports whether name mention m follows "Person of" ("Tom
// Smith of Velm College, a researcher,": the title after it is the
// person's, not the college's).
func (x *doc) ofPerson(s *sent, m *mention) bool {
	if m.a < 2 || s.low[m.a-1] != "of" {
		return false
	}
	pi := s.ment[m.a-2]
	return pi >= 0 && x.ments[pi].kind == mName && x.ments[pi].ent >= 0 && x.ments[pi].ent != m.ent && x.typeOf(x.ments[pi].ent) == newsgraph.Person
}

// listedAfter returns the heads of the names listed right after name
// mention m, by the words alone ("Representatives A, B, and C", however
// the parse hangs B): each after a comma, "and" or both.
func (x *doc) listedAfter(s *sent, m *mention) []int {
	var out []int
	k := m.b
	for k < len(s.Tokens) {
		j := k
		for j < len(s.Tokens) && (s.Tokens[j].Text == "," || s.low[j] == "and") {
			j++
		}
		if j == k || j >= len(s.Tokens) {
			break
		}
		mi := s.ment[j]
		if mi < 0 || x.ments[mi].kind != mName || x.ments[mi].a != j {
			break
		}
		out = append(out, x.ments[mi].head)
		k = x.ments[mi].b
	}
	return out
}

// possessedBy reads an organization's name in the possessive right before
// a person's name, with no title between ("the Courier's Tom Hale"): the
// person belongs to it.
func (x *doc) possessedBy(s *sent, m *mention) {
	k := m.a - 1
	if k < 1 || s.Tokens[k].XPOS != "POS" || !s.adjacent(k-1) || !personName(m.name) {
		return
	}
	mi := s.ment[k-1]
	if mi < 0 || x.ments[mi].kind != mName || x.ments[mi].ent < 0 || x.ments[mi].ent == m.ent {
		return
	}
	o := x.ments[mi].ent
	if x.typeOf(o) != newsgraph.Organization || isParty(x.ents[o].name) || x.ents[o].quote || x.ents[o].concept {
		return
	}
	x.addFact(fact{s: m.ent, o: o, pred: newsgraph.MemberOf, raw: "'s", sent: s.idx, conf: 0.6, span: s.span(x.ments[mi].a, m.b)})
}

// whoseRole reads "the Shipping Association, whose president, Omar Keel,
// said": the person holds the role in the organization before "whose".
func (x *doc) whoseRole(s *sent, m *mention) {
	k := m.a - 1
	if k >= 0 && s.Tokens[k].Text == "," {
		k--
	}
	end := k + 1
	for k >= 0 && (lexicon.Role(s.low[k]) != lexicon.NotRole || lexicon.IsRoleModifier(s.low[k])) {
		k--
	}
	a := k + 1
	if a >= end || k < 2 || s.low[k] != "whose" || s.Tokens[k-1].Text != "," {
		return
	}
	oi := s.ment[k-2]
	if oi < 0 || x.ments[oi].kind != mName || x.ments[oi].ent < 0 || x.ments[oi].b != k-1 {
		return
	}
	o := x.ments[oi].ent
	if x.typeOf(o) != newsgraph.Organization || isParty(x.ents[o].name) {
		return
	}
	kind := roleKind(s, a, end)
	if kind != lexicon.Leads && kind != lexicon.Member {
		return
	}
	role := x.roleText(s, a, end, a)
	x.ents[m.ent].addRole(role)
	pred := newsgraph.MemberOf
	if kind == lexicon.Leads && !x.rankIn(role, o) {
		pred = newsgraph.Leads
	}
	x.addFact(fact{s: m.ent, o: o, pred: pred, raw: role, sent: s.idx, conf: 0.7, span: s.span(x.ments[oi].a, m.b)})
}

// partyApposed reads "a Republican, Mark Amodei, said": the person is a
// member of the party.
func (x *doc) partyApposed(s *sent, m *mention) {
	k := m.a - 2
	if k < 1 || s.Tokens[m.a-1].Text != "," || !capitalised(s.Tokens[k].Text) {
		return
	}
	if _, ok := lexicon.Party(s.Tokens[k].Text); !ok {
		return
	}
	switch s.low[k-1] {
	case "a", "an", "another", "fellow":
	default:
		return
	}
	pe := x.entityAt(s, k)
	if pe < 0 {
		pe = x.partyEntity(s, k)
	}
	x.addFact(fact{s: m.ent, o: pe, pred: newsgraph.MemberOf, raw: s.Tokens[k].Text, sent: s.idx, conf: 0.7, span: s.span(k-1, m.b)})
}

// presidingMembers makes the person who leads a legislative chamber (its
// Speaker, its president) a member of it too.
func (x *doc) presidingMembers() {
	for _, f := range x.facts {
		if f.pred != newsgraph.Leads || x.typeOf(f.s) != newsgraph.Person {
			continue
		}
		switch head := unitHead(x.ents[f.o].name); head {
		case "senate", "parliament", "assembly", "congress", "legislature", "house", "representatives", "commons", "lords", "council":
			if head == "house" && !chamberHouse(x.ents[f.o].name) {
				continue
			}
			g := f
			g.pred, g.conf = newsgraph.MemberOf, f.conf*0.9
			x.addFact(g)
		}
	}
}

// roleInstitutions maps roles that are seats in an institution onto the
// word that names it: a Representative sits in the House, a senator in
// the Senate, a detective in the police.
var roleInstitutions = map[string][]string{
	"representative": {"house"}, "congressman": {"house", "congress"}, "congresswoman": {"house", "congress"},
	"senator": {"senate"}, "speaker of the house": {"house"}, "mp": {"parliament", "commons"},
	"detective": {"police"}, "constable": {"police"}, "inspector": {"police"}, "superintendent": {"police"},
	"police officer": {"police"}, "officer": {"police"}, "sergeant": {"police"},
	"judge": {"court"}, "justice": {"court"}, "magistrate": {"court"},
	"lawmaker": {"parliament", "legislature", "assembly", "congress"}, "legislator": {"legislature", "assembly", "parliament"},
	"delegate": {"assembly"}, "councillor": {"council"}, "councilor": {"council"}, "councilman": {"council"}, "councilwoman": {"council"},
}

// institutions links people whose role is a seat in an institution to
// the one institution of that kind the document names ("Representative
// Carolyn Maloney" and "the House of Representatives").
func (x *doc) institutions() {
	// the institution words a person's own title already places them in
	// ("provincial police Detective Constable X")
	placed := map[int]map[string]bool{}
	for _, f := range x.facts {
		if f.pred == newsgraph.MemberOf || f.pred == newsgraph.Leads {
			if placed[f.s] == nil {
				placed[f.s] = map[string]bool{}
			}
			if w := x.ents[f.o].words; len(w) > 0 {
				placed[f.s][w[len(w)-1]] = true // the head: "police", not the "house" of a House committee
			}
		}
	}
	for pi, p := range x.ents {
		if p.typ != newsgraph.Person {
			continue
		}
		for _, r := range p.roles {
			lr := strings.ToLower(r)
			if strings.Contains(lr, " of ") {
				continue // "Secretary of Justice" sits in no court
			}
			for role, words := range roleInstitutions {
				if lr != role && !strings.HasSuffix(lr, " "+role) {
					continue
				}
				for _, w := range words {
					if placed[pi][w] {
						break
					}
					if o := x.institutionNamed(w); o >= 0 && levelFits(lr[:len(lr)-len(role)], x.ents[o].name) &&
						!((role == "congressman" || role == "congresswoman") && subnational(x.ents[o].name)) { // (a congresswoman sits in no state's house)
						x.addFact(fact{s: pi, o: o, pred: newsgraph.MemberOf, raw: r, sent: x.firstSentence(p), conf: 0.55})
						break
					}
				}
			}
		}
	}
}

// subnational reports whether the name of a chamber starts with the name
// of something other than the nation ("Michigan House of
// Representatives", not "U.S. House of Representatives").
func subnational(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "house", "senate", "congress", "assembly", "legislature", "chamber":
			return false
		case "the", "u.s.", "us", "united", "states", "federal", "national":
			continue
		}
		return true
	}
	return false
}

// levelFits reports whether the words before a role ("district", "state",
// "provincial") fit the institution's name: a "District Judge" sits in a
// district court, not in the Supreme Court; a "provincial police" officer
// is not of the city's police.
func levelFits(before, name string) bool {
	name = strings.ToLower(name)
	for _, w := range strings.Fields(before) {
		switch w {
		case "former", "then", "acting", "interim", "senior", "chief", "deputy", "assistant", "associate", "retired", "us", "u.s.":
			continue
		}
		if lexicon.IsRoleModifier(w) || w == "provincial" || w == "circuit" || w == "appeals" || w == "county" || w == "city" || w == "municipal" {
			if !strings.Contains(name, w) {
				return false
			}
		}
	}
	return true
}

// institutionNamed returns the one named organization of the document
// whose name holds word w, or -1.
func (x *doc) institutionNamed(w string) int {
	found := -1
	for ei, e := range x.ents {
		if e.quote || e.concept || e.typ != newsgraph.Organization || !x.hasName(e) {
			continue
		}
		// the word must head the name: "House", "U.S. House", "House
		// of Representatives", not "House Oversight Committee"
		head := e.words[len(e.words)-1]
		for i, ew := range e.words {
			if ew == "of" && i > 0 {
				head = e.words[i-1]
				break
			}
		}
		if head == w && w == "house" && !chamberHouse(e.name) {
			continue // "White House", "Opera House": no chamber
		}
		if head == w && (found < 0 || e.first < x.ents[found].first) {
			found = ei // the first named of them ("U.S. House", then "House of Representatives")
		}
	}
	return found
}

// chamberHouse reports whether a name whose head is "house" names a
// legislative chamber: "House", "U.S. House", "House of Representatives",
// "Michigan House", not "White House".
func chamberHouse(name string) bool {
	words := strings.Fields(name)
	for i, w := range words {
		if !strings.EqualFold(w, "house") {
			continue
		}
		if i+1 < len(words) && strings.EqualFold(words[i+1], "of") || i == 0 {
			return true // "House of Representatives", "House of Commons"
		}
		before := strings.Join(words[:i], " ")
		_, country := countryOf(before)
		return country || isRegion(before) || strings.EqualFold(before, "state")
	}
	return false
}

// firstSentence returns the sentence of an entity's first mention.
func (x *doc) firstSentence(e *entity) int {
	best := -1
	for _, mi := range e.ments {
		if s := x.ments[mi].s; best < 0 || s < best {
			best = s
		}
	}
	if best < 0 {
		return 0
	}
	return best
}

// mentionsOf returns the indices of the mentions of sentence s in order.
func (x *doc) mentionsOf(s *sent) []int {
	var out []int
	last := -1
	for _, mi := range s.ment {
		if mi >= 0 && mi != last {
			out = append(out, mi)
			last = mi
		}
	}
	return out
}

// preTitle reads the title written before a person's name ("Former CIA
// deputy director", "WHO director-general", "Democrat").
func (x *doc) preTitle(s *sent, m *mention) (title, bool) {
	var t title
	t.to = m.a
	k := m.a - 1
	roleEnd, roleStart := -1, -1
	for ; k >= 0; k-- {
		w := s.low[k]
		if mi := s.ment[k]; mi >= 0 && (x.ments[mi].kind != mDesc || lexicon.IsInstitution(x.ments[mi].desc) && x.ments[mi].ent >= 0) {
			// names, and institution words standing for one ("Police
			// Senior Superintendent X")
			o := x.ments[mi]
			if o.kind != mName && o.kind != mDesc || o.ent < 0 {
				break
			}
			ot := x.ents[o.ent].typ
			if ot == newsgraph.Person {
				break
			}
			_, country := countryOf(o.name)
			if o.b-o.a == 1 && independentWords[strings.ToLower(o.name)] {
				// "Independent presidential candidate X": of no party
			} else if _, party := lexicon.Party(o.name); o.b-o.a == 1 && departmentWords[strings.ToLower(o.name)] && !(party && roleEnd > 0 && partyRole[s.low[roleEnd-1]]) {
				// "Commerce Secretary X": the department's name is not
				// the word alone
			} else if _, ok := lexicon.Party(o.name); ok {
				t.party = append(t.party, o.ent)
			} else if ot == newsgraph.Place || country {
				t.places = append(t.places, o.ent) // "US Senator": a country, not a body
			} else {
				t.orgs = append(t.orgs, o.ent)
			}
			k = o.a
			continue
		}
		if s.Tokens[k].Text == ")" && k >= 3 && s.Tokens[k-2].Text == "(" && isAcronym(s.Tokens[k-1].Text) && roleStart == k+1 && s.ment[k-3] >= 0 {
			k -= 2 // "Organisation of Coastal States (OCS) head X": the acronym of the body before it
			continue
		}
		if n := multiTitleEnding(s, k); n > 0 {
			// "Secretary of State", "Speaker of the House"
			if roleEnd < 0 {
				roleEnd = k + 1
			}
			if roleStart < 0 || roleStart == k+1 {
				roleStart = k - n + 1
			}
			k = k - n + 1
			continue
		}
		elect := (w == "elect" || w == "designate") && k >= 2 && isDash(s.Tokens[k-1].Text) && lexicon.Role(s.low[k-2]) != lexicon.NotRole // "President-elect"
		if _, party := lexicon.Party(s.Tokens[k].Text); party && capitalised(s.Tokens[k].Text) && lexicon.Role(w) == lexicon.NotRole && roleStart == k+1 && roleEnd >= 0 && partyRole[s.low[roleEnd-1]] {
			t.party = append(t.party, x.partyEntity(s, k)) // "Labour MP Ken Barrow": the party, though "labour" also names a ministry
			continue
		}
		if lexicon.Role(w) != lexicon.NotRole || lexicon.IsRoleModifier(w) || lexicon.IsHonorific(s.Tokens[k].Text) || elect ||
			(isDash(s.Tokens[k].Text) || s.Tokens[k].Text == "/") && k > 0 && s.adjacent(k-1) && s.adjacent(k) {
			if roleEnd < 0 && (lexicon.Role(w) != lexicon.NotRole || lexicon.IsHonorific(s.Tokens[k].Text) || elect) {
				roleEnd = k + 1
			}
			if roleEnd >= 0 && (roleStart < 0 || roleStart == k+1 || isDash(s.Tokens[k+1].Text) || s.Tokens[k+1].Text == "/") {
				roleStart = k
			}
			continue
		}
		if j := listedTitleBefore(s, k, t.role != ""); j >= 0 && roleStart == k+1 && len(t.places)+len(t.orgs)+len(t.party) == 0 {
			// "Trump adviser and retired general Michael Flynn": two
			// titles, the nearer the main one ("radio personality,
			// television host, and author X": three)
			if t.role == "" {
				t.role, t.kind = x.roleText(s, roleStart, roleEnd, roleStart), roleKind(s, roleStart, roleEnd)
			} else {
				t.more = append(t.more, x.roleText(s, roleStart, roleEnd, roleStart))
			}
			roleStart, roleEnd = -1, -1
			k = j + 1
			continue
		}
		if _, ok := lexicon.Party(s.Tokens[k].Text); ok && capitalised(s.Tokens[k].Text) {
			t.party = append(t.party, x.partyEntity(s, k))
			continue
		}
		if c, ok := countryOf(s.Tokens[k].Text); ok && ner.IsDemonym(s.Tokens[k].Text) {
			t.country = c
			continue
		}
		if s.Tokens[k].XPOS == "POS" {
			continue
		}
		if w == "the" && k > 1 && s.low[k-1] == "of" && len(t.orgs) > 0 && roleEnd < 0 {
			continue // "the president of the Velm Chess Federation Omar Diaz"
		}
		if (w == "of" || w == "to" || w == "from") && k > 0 && (len(t.places) > 0 || w == "of" && len(t.orgs) > 0) && roleEnd < 0 && (lexicon.Role(s.low[k-1]) != lexicon.NotRole || multiTitleEnding(s, k-1) > 0) {
			continue // "Mayor of London Sadiq Khan", "Ambassador to Germany Richard Grenell", "Senator from Vermont Bernie Sanders", "director of Velm Watch Man-kei Tam"
		}
		if roleStart >= 0 && roleStart == k+1 && !capitalised(s.Tokens[k].Text) && (s.Tokens[k].UPOS == "NOUN" || s.Tokens[k].UPOS == "ADJ") &&
			(s.Tokens[k].Rel == "compound" || s.Tokens[k].Rel == "amod" || s.Tokens[k].Head < 0) {
			roleStart = k // "tour manager", "public health expert"
			continue
		}
		break
	}
	t.from = k + 1
	if roleStart < 0 && m.a >= 2 && s.Tokens[m.a-1].Text == "," && lexicon.Role(s.low[m.a-2]) != lexicon.NotRole &&
		!(s.Tokens[m.a-2].XPOS == "NNS" && s.possessivePronoun(m.a-2)) { // (not "Acting via his lawyers, Tom Vale pleaded")
		// "German Chancellor Angela Merkel's spokesperson, Steffen
		// Seibert,": a role phrase set off before the name
		if m.b < len(s.Tokens) && (s.Tokens[m.b].Text == "," || s.isPunct(m.b)) {
			e := m.a - 1
			st := e - 1
			for st > 0 && (lexicon.Role(s.low[st-1]) != lexicon.NotRole || lexicon.IsRoleModifier(s.low[st-1]) ||
				!capitalised(s.Tokens[st-1].Text) && s.Tokens[st-1].UPOS == "NOUN" && s.Tokens[st-1].Rel == "compound") {
				st--
			}
			t.role = x.roleText(s, st, e, st)
			t.kind = roleKind(s, st, e)
			// an organization possessor or modifier: "the company's
			// spokesperson"
			if j := st - 1; j >= 1 && s.Tokens[j].XPOS == "POS" {
				if o := x.entityAt(s, j-1); o >= 0 && x.typeOf(o) == newsgraph.Organization {
					t.orgs = append(t.orgs, o)
				}
			}
			t.from, t.to = st, e
			return t, true
		}
	}
	if roleStart >= 0 {
		if t.role != "" {
			t.more = append(t.more, x.roleText(s, roleStart, roleEnd, t.from))
		} else {
			t.role = x.roleText(s, roleStart, roleEnd, t.from)
			t.kind = roleKind(s, roleStart, roleEnd)
		}
		if len(t.orgs) == 0 && roleEnd-roleStart >= 2 {
			// "Republican committee member X", "Company meteorologist
			// X": the one committee or company the article named
			if o := x.onlyOrgEndingWith(s.low[roleStart], s.Tokens[roleStart].Start); o >= 0 {
				t.orgs = append(t.orgs, o)
			}
		}
	}
	return t, t.role != "" || len(t.party) > 0
}

// onlyOrgEndingWith returns the one organization introduced before byte
// offset at whose name ends with the generic word w ("committee" of "the
// House Judiciary Committee"), or -1 when there is none or several.
func (x *doc) onlyOrgEndingWith(w string, at int) int {
	if !genericOrgNouns[w] {
		return -1
	}
	found := -1
	for ei, e := range x.ents {
		if e.typ != newsgraph.Organization || e.quote || e.concept || e.first >= at || !strings.EqualFold(lastWord(e.name), w) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ei
	}
	return found
}

// genericOrgNouns are the words that stand for an organization the
// article named, written as part of a title.
var genericOrgNouns = map[string]bool{"committee": true, "company": true, "board": true, "council": true, "commission": true, "agency": true, "court": true,
	"club": true, "union": true, "ministry": true, "department": true, "university": true, "college": true, "hospital": true, "foundation": true, "institute": true, "corporation": true}

// singularRole returns a role written in the plural ("actors", "police
// officers") in the singular, and whether it was plural.
func singularRole(role string) (string, bool) {
	i := strings.LastIndexByte(role, ' ') + 1
	last := strings.ToLower(role[i:])
	for _, suf := range []struct{ pl, sg string }{{"men", "man"}, {"women", "woman"}, {"ies", "y"}, {"s", ""}} {
		if strings.HasSuffix(last, suf.pl) && lexicon.Role(last) != lexicon.NotRole {
			sg := strings.TrimSuffix(last, suf.pl) + suf.sg
			if _, ok := lexicon.RoleWord(sg); ok {
				return role[:i] + role[i:len(role)-len(suf.pl)] + suf.sg, true
			}
		}
	}
	return role, false
}

// roleText returns the role words [a, b) as written, with "former" or
// "acting" from earlier in the title [from, a).
func (x *doc) roleText(s *sent, a, b, from int) string {
	for k := b - 2; k > a; k-- {
		if s.Tokens[k].XPOS == "POS" && s.ment[k-1] >= 0 {
			a = k + 1 // "the former Tarsk Agency's chief of staff": the role after the possessor
			break
		}
	}
	r := x.text(s, a, b)
	for k := from; k < a; k++ {
		switch s.low[k] {
		case "former", "acting", "interim", "then":
			if !strings.HasPrefix(strings.ToLower(r), s.low[k]) {
				r = s.Tokens[k].Text + " " + r
			}
		case "formerly", "previously", "once":
			if !strings.HasPrefix(strings.ToLower(r), "former") {
				r = "former " + r
			}
		}
	}
	r = strings.TrimSuffix(strings.TrimSuffix(r, "'s"), "’s")
	return strings.TrimSpace(r)
}

// roleKind returns the kind of the role words [a, b): that of the last
// role word, made Member by a "deputy", "vice" or "assistant" before it,
// and Leads for a multi-word title that heads ("Speaker of the House").
func roleKind(s *sent, a, b int) lexicon.RoleKind {
	if s.low[b-1] == "speaker" && b < len(s.Tokens) && s.low[b] == "of" || a+1 < b && s.low[a] == "speaker" && s.low[a+1] == "of" {
		return lexicon.Leads // the Speaker of a house presides over it
	}
	for k := a; k+2 < len(s.Tokens) && k < b; k++ {
		if s.low[k] == "chief" && s.low[k+1] == "of" && s.low[k+2] == "staff" {
			return lexicon.Member // a chief of staff serves the head
		}
	}
	if s.low[b-1] == "dean" && b+2 < len(s.Tokens) && s.low[b] == "of" && chambers[s.low[b+2]] {
		return lexicon.Member // the Dean of the House is its longest-serving member
	}
	if b-a >= 2 && s.low[b-2] == "chief" && s.low[b-1] == "executive" || b-a >= 3 && s.low[b-3] == "chief" && s.low[b-2] == "executive" && s.low[b-1] == "officer" {
		return lexicon.Leads // the chief executive heads the company; other chief officers serve it
	}
	if b-a >= 2 && (s.low[b-2] == "general" && s.low[b-1] == "secretary" || s.low[b-2] == "secretary" && s.low[b-1] == "general") {
		return lexicon.Leads // a union's or a party's general secretary heads it
	}
	kind := lexicon.NotRole
	for k := b - 1; k >= a; k-- {
		kd := lexicon.Role(s.low[k])
		if k >= a+2 && isDash(s.Tokens[k-1].Text) && s.adjacent(k-2) && s.adjacent(k-1) {
			// "director-general", "vice-president"
			if hk := lexicon.Role(s.low[k-2] + "-" + s.low[k]); hk != lexicon.NotRole {
				kd = hk
				k -= 2
			}
		}
		if kd != lexicon.NotRole {
			kind = kd
			for j := a; j < k; j++ {
				switch s.low[j] {
				case "deputy", "vice", "assistant", "associate", "under", "majority", "minority":
					if kind == lexicon.Leads {
						kind = lexicon.Member
					}
				case "communications", "communication", "campaign", "policy", "finance", "financial", "marketing", "sales", "technical", "technology",
					"medical", "research", "legal", "press", "media", "program", "programme", "operations", "political", "field", "development",
					"product", "design", "news", "sports", "editorial":
					if kind == lexicon.Leads && s.low[k] == "director" {
						kind = lexicon.Member // "the communications director for the campaign" directs one of its parts
					}
				}
			}
			if j := k - 1; kind == lexicon.Leads && s.low[k] == "manager" && j >= 0 && s.Tokens[j].UPOS == "NOUN" && !capitalised(s.Tokens[j].Text) {
				switch s.low[j] {
				case "team", "football", "soccer", "club", "general":
				default:
					kind = lexicon.Member // "a store manager at X", "an account manager for Y": one of its staff
				}
			}
			if militaryRank[s.low[k]] {
				for j := a; j < k; j++ {
					if lexicon.Role(s.low[j]) == lexicon.Leads {
						kind = lexicon.Leads // "Coast Guard Commandant Admiral X": the post, then the rank
					}
				}
			}
			break
		}
	}
	return kind
}

// militaryRank are the ranks written after a post's title and before the
// name ("Commandant Admiral X", "Army commander General Y").
var militaryRank = map[string]bool{"admiral": true, "general": true, "colonel": true, "major": true, "lieutenant": true, "brigadier": true, "marshal": true, "commodore": true}

// partyEntity returns the entity of the party word at token k, making one
// when the document has none.
func (x *doc) partyEntity(s *sent, k int) int {
	form, _ := lexicon.Party(s.Tokens[k].Text)
	key := lexicon.Fold(form)
	for ei, e := range x.ents {
		if e.quote || e.concept || e.name == "" {
			continue
		}
		for _, a := range e.aliases {
			if f, ok := lexicon.Party(a); ok && lexicon.Fold(f) == key {
				e.addAlias(s.Tokens[k].Text)
				return ei
			}
		}
	}
	e := &entity{name: s.Tokens[k].Text, typ: newsgraph.Organization, first: s.Tokens[k].Start}
	e.vote(newsgraph.Organization, 3)
	e.words = []string{strings.ToLower(s.Tokens[k].Text)}
	e.aliases = []string{s.Tokens[k].Text}
	e.extra = append(e.extra, newsgraph.Mention{Span: s.span(k, k+1), Sentence: s.whole(), Text: s.Tokens[k].Text})
	x.ents = append(x.ents, e)
	return len(x.ents) - 1
}

// seeksOffice reports whether a role is a candidacy ("presidential
// candidate"): the country before it is the office's, not the person's.
func seeksOffice(role string) bool {
	r := strings.ToLower(role)
	return strings.Contains(r, "candidate") || strings.Contains(r, "nominee") || strings.Contains(r, "contender") || strings.Contains(r, "hopeful")
}

// officeOf reports whether place o is written in title t after a
// preposition: the place of an office ("Chief Executive of Hong Kong",
// "Ambassador to Germany", "Senator from Vermont"), not a nationality.
func (x *doc) officeOf(s *sent, t title, o int) bool {
	inside := false
	for k := t.from; k < t.to && k < len(s.Tokens); k++ {
		inside = inside || x.entityAt(s, k) == o
	}
	if !inside {
		return true // "the chief executive of Hong Kong": named after the role
	}
	for k := t.from + 1; k < t.to && k < len(s.Tokens); k++ {
		if x.entityAt(s, k) == o && x.entityAt(s, k-1) != o {
			switch s.low[k-1] {
			case "of", "to", "from", "for", "in", "the":
				return true
			}
		}
	}
	return false
}

// seatBody reports whether a name's words (folded) end in a body whose
// seats are elected.
func seatBody(words []string) bool {
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "house", "representatives", "senate", "parliament", "assembly", "council", "congress", "legislature", "commons", "office":
		return true
	}
	return false
}

// departmentWords name a government department before a minister's or a
// secretary's title ("Commerce Secretary", "Treasury Secretary").
// partyRole are the titles a party word before them is the party of
// ("Labour leader X"), where "Labour Secretary X" heads a department.
var partyRole = map[string]bool{"leader": true, "co-leader": true, "chairman": true, "chairwoman": true, "chair": true, "mp": true, "councillor": true,
	"candidate": true, "senator": true, "member": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "activist": true, "politician": true}

var departmentWords = map[string]bool{"commerce": true, "treasury": true, "defense": true, "defence": true, "energy": true, "labor": true, "labour": true,
	"education": true, "health": true, "interior": true, "transportation": true, "transport": true, "agriculture": true, "justice": true,
	"homeland": true, "veterans": true, "housing": true, "trade": true, "finance": true, "environment": true, "culture": true}

// independentWords label a politician of no party.
var independentWords = map[string]bool{"independent": true, "independents": true, "nonpartisan": true, "non-partisan": true, "unaffiliated": true}

// applyTitle records what a title says of person p.
func (x *doc) applyTitle(s *sent, p int, t title) {
	if t.role != "" {
		x.ents[p].addRole(t.role)
	}
	for _, r := range t.more {
		x.ents[p].addRole(r)
	}
	span := s.span(t.from, t.to)
	if founderRole(t.role) {
		for _, o := range t.orgs {
			x.addFact(fact{s: p, o: o, pred: newsgraph.Founded, raw: t.role, sent: s.idx, conf: 0.75, span: span})
		}
	}
	for _, o := range t.orgs {
		if portfolio(x.ents[o].name, t.role) {
			continue // "Civil Aviation Minister X": a ministry's field, not its name
		}
		pred := newsgraph.MemberOf
		if t.kind == lexicon.Leads && !x.rankIn(t.role, o) || chamberSpeaker(t.role, x.ents[o].name) {
			pred = newsgraph.Leads
		}
		if x.headedAt(s, t, o) {
			pred = newsgraph.Leads // "Unity Party leader and Prime Minister X": the head of the body the first title names
			x.addFact(fact{s: p, o: o, pred: newsgraph.MemberOf, raw: t.role, sent: s.idx, conf: 0.8, span: span})
		} else if t.kind == lexicon.Occupation && !founderRole(t.role) || t.role == "" {
			continue
		}
		if founderRole(t.role) && !foundedAsMember(x.ents[o].name) {
			continue // the founder of a company or a foundation is not said to belong to it
		}
		x.ents[o].vote(newsgraph.Organization, 0.5)
		x.addFact(fact{s: p, o: o, pred: pred, raw: t.role, sent: s.idx, conf: 0.8, span: span})
		if !isParty(x.ents[o].name) {
			x.addPost(p, o)
		}
	}
	for _, o := range t.party {
		pred := newsgraph.MemberOf
		if x.headedAt(s, t, o) {
			pred = newsgraph.Leads // "Unity Party leader and Prime Minister X" (a member too)
			x.addFact(fact{s: p, o: o, pred: newsgraph.MemberOf, raw: x.ents[o].name, sent: s.idx, conf: 0.8, span: span})
		}
		x.addFact(fact{s: p, o: o, pred: pred, raw: x.ents[o].name, sent: s.idx, conf: 0.8, span: span})
	}
	for _, o := range t.places {
		x.postPlace(p, o, t.role) // "Puerto Rico Governor X", "Mayor of Koszalin X"
		if t.kind == lexicon.Leads || t.kind == lexicon.Member {
			// "Wynnum coach Matt Myers": a place name before a role held
			// in a team or body is the organization's name
			_, country := countryOf(x.ents[o].name)
			known := country || isRegion(x.ents[o].name) || isCapital(x.ents[o].name) || x.placeWords[lexicon.Fold(x.ents[o].name)]
			if teamRole(t.role) && !country || !known && strings.Contains(x.ents[o].name, "-") && spokesRole(t.role) {
				// ("Sea-Eye spokesperson Carlotta Weibl": a hyphenated
				// name no gazetteer knows is a body's)
				if !teamRole(t.role) {
					x.ents[o].sure, x.ents[o].leadValid = newsgraph.Organization, false
				}
				x.ents[o].vote(newsgraph.Organization, 2)
				pred := newsgraph.MemberOf
				if t.kind == lexicon.Leads {
					pred = newsgraph.Leads
				}
				x.addFact(fact{s: p, o: o, pred: pred, raw: t.role, sent: s.idx, conf: 0.6, span: span})
				continue
			}
		}
		if _, ok := countryOf(x.ents[o].name); ok && !ner.IsDemonym(x.ents[o].name) && !x.officeOf(s, t, o) && !seeksOffice(t.role) {
			x.addFact(fact{s: p, o: o, pred: newsgraph.Nationality, raw: "", sent: s.idx, conf: 0.7, span: span})
		}
	}
	if t.country != "" {
		if c := x.placeNamed(t.country, s); c >= 0 {
			x.addFact(fact{s: p, o: c, pred: newsgraph.Nationality, sent: s.idx, conf: 0.7, span: span})
		}
	}
}

// headedAt reports whether body o is named in title t right before a
// title that heads it ("Unity Party leader", "Labour chairman").
func (x *doc) headedAt(s *sent, t title, o int) bool {
	for k := t.from; k < t.to && k < len(s.Tokens); k++ {
		if mi := s.ment[k]; mi >= 0 && x.ments[mi].ent == o {
			// (the body's full name, not a party's adjective: "the
			// Democratic chairman of the committee", "Republican
			// President X" head no party)
			j := x.ments[mi].b
			return j < t.to && j < len(s.Tokens) && j-x.ments[mi].a >= 2 && lexicon.Role(s.low[j]) == lexicon.Leads &&
				(j+1 >= len(s.Tokens) || lexicon.Role(s.low[j+1]) == lexicon.NotRole && s.low[j+1] != "of") &&
				!x.rankIn(s.Tokens[j].Text, o) // (a coast guard's captain is a rank)
		}
	}
	return false
}

// chamberSpeaker reports whether a role is the capitalised title of the
// one who presides over a legislature ("Velmont Assembly Speaker"),
// not a speaker at an event.
func chamberSpeaker(role, body string) bool {
	w := strings.Fields(role)
	b := strings.Fields(strings.ToLower(body))
	return len(w) > 0 && w[len(w)-1] == "Speaker" && len(b) > 0 && (lexicon.IsInstitution(b[len(b)-1]) || b[len(b)-1] == "house" || b[len(b)-1] == "representatives" || b[len(b)-1] == "commons") &&
		b[len(b)-1] != "police" && b[len(b)-1] != "court"
}

// spokesRole reports whether a role speaks for a body ("spokesperson").
func spokesRole(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	return len(f) > 0 && strings.HasPrefix(f[len(f)-1], "spokes")
}

// portfolio reports whether name, before a minister's or secretary's
// role, is the field of a ministry rather than an organization's name:
// no word of it is an organization's head word and it is no acronym.
func portfolio(name, role string) bool {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 || f[len(f)-1] != "minister" && f[len(f)-1] != "secretary" || len(f) >= 2 && f[len(f)-2] == "general" {
		return false // (a general secretary heads a union or a party, whatever its name)
	}
	ws := strings.Fields(name)
	if len(ws) == 1 && isAcronym(ws[0]) {
		return false
	}
	for _, w := range ws {
		if lexicon.Head(strings.ToLower(w)) == lexicon.OrgHead {
			return false
		}
		if _, ok := countryOf(w); ok {
			return false
		}
	}
	return true
}

// rankIn reports whether role is a rank held in the service organization
// o rather than its leadership: a captain leads a team but is one of many
// in a coast guard, an army or an airline ("USCG Captain X").
func (x *doc) rankIn(role string, o int) bool {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 || f[len(f)-1] != "captain" {
		return false
	}
	for _, a := range append([]string{x.ents[o].name}, x.ents[o].aliases...) {
		for _, w := range strings.Fields(strings.ToLower(a)) {
			if serviceWords[w] {
				return true
			}
		}
	}
	return false
}

// serviceWords are words in the names of organizations whose captains
// are a rank.
var serviceWords = map[string]bool{"army": true, "navy": true, "guard": true, "coastguard": true, "police": true, "force": true, "forces": true,
	"corps": true, "marines": true, "airline": true, "airlines": true, "airways": true, "fire": true, "regiment": true, "battalion": true,
	"brigade": true, "squadron": true, "fleet": true, "constabulary": true, "military": true}

// teamRole reports whether a role is held in a team ("coach", "captain").
func teamRole(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 {
		return false
	}
	for _, w := range f[:len(f)-1] {
		switch w {
		case "head", "assistant", "team", "club", "caretaker", "interim", "former", "acting", "player", "first-team", "senior", "chief", "then", "new":
		default:
			return false // "Divisional Railway Manager" holds no team post
		}
	}
	switch f[len(f)-1] {
	case "coach", "captain", "player", "manager", "striker", "midfielder", "defender", "goalkeeper", "keeper", "goalie", "forward", "guard", "pitcher", "skipper",
		"back", "halfback", "fullback", "winger", "centre", "center", "prop", "hooker", "flanker", "quarterback", "linebacker", "receiver", "catcher",
		"shortstop", "outfielder", "bowler", "batsman", "batter", "teammate":
		return true
	}
	return false
}

// placeNamed returns the entity of the place named name in the document,
// making one (without mentions of its own) when there is none.
func (x *doc) placeNamed(name string, s *sent) int {
	key := lexicon.Fold(name)
	for ei, e := range x.ents {
		if e.quote || e.concept || e.name == "" {
			continue
		}
		if lexicon.Fold(e.name) == key {
			return ei
		}
		for _, a := range e.aliases {
			if lexicon.Fold(a) == key {
				return ei
			}
		}
		if c, ok := countryOf(e.name); ok && c == name && !ner.IsDemonym(e.name) && !isRegion(e.name) {
			return ei // ("US" for "United States", but Scotland is not the United Kingdom)
		}
	}
	if c, ok := countryOf(name); ok && !isRegion(name) {
		name, key = c, lexicon.Fold(c) // "US President X", the country named nowhere else in the story
	}
	e := &entity{name: name, typ: newsgraph.Place, sure: newsgraph.Place, first: s.Start}
	e.vote(newsgraph.Place, 3)
	e.words = strings.Fields(key)
	x.ents = append(x.ents, e)
	return len(x.ents) - 1
}

// personBetween reports whether a person other than ei is named between
// tokens a and b of s.
func (x *doc) personBetween(s *sent, a, b, ei int) bool {
	for k := a + 1; k < b; k++ {
		if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.ments[mi].ent != ei && x.typeOf(x.ments[mi].ent) == newsgraph.Person {
			return true
		}
	}
	return false
}

// appositions reads "X, the Democratic chairman of the House Intelligence
// Committee" and "the chairman …, X".
func (x *doc) appositions(s *sent, m *mention) {
	h := m.head
	for t := s.head(h); t >= m.a && t < h && s.Tokens[h].Rel == "flat"; t = s.head(h) {
		h = t // "Tom Hale, a Republican …": the apposition hangs on the name's first word
	}
	if t := s.head(h); t >= 0 && t == m.a-1 && (s.Tokens[h].Rel == "flat" || s.Tokens[h].Rel == "appos") && lexicon.Role(s.low[t]) != lexicon.NotRole {
		h = t // "Representative Ana Ruiz, the …": the parse hangs the name on its title
	}
	var nps []int
	for _, c := range s.kids[h] {
		if s.Tokens[c].Rel == "appos" && !clauseSubjectAppos(s, c) {
			nps = append(nps, c)
			for _, cc := range s.kids[c] {
				if s.Tokens[cc].Rel == "conj" {
					nps = append(nps, cc)
				}
			}
		}
	}
	if s.Tokens[h].Rel == "appos" {
		if p := s.head(h); p >= 0 && (s.ment[p] < 0 || x.ments[s.ment[p]].kind == mDesc) && !x.personBetween(s, p, m.a, m.ent) {
			// (not the title of another name of a list between them:
			// "First Minister of X Ana Ruiz, Labour MP Tom Vale"; "the
			// spokesperson for X, Lisa Fenwick," is a description the
			// name says who it is)
			nps = append(nps, p)
		} else if k := m.a - 2; p >= 0 && s.ment[p] >= 0 && k > p && s.Tokens[m.a-1].Text == "," && s.ment[k] < 0 && s.Tokens[k].UPOS == "NOUN" && lexicon.Role(s.low[k]) != lexicon.NotRole {
			// "A Department of Energy spokesperson, Lena Holt, said": the
			// parse hangs the name on the organization, not on the title
			// before the comma
			nps = append(nps, k)
		}
	}
	for _, np := range nps {
		x.roleNP(s, m.ent, np)
	}
}

// clauseSubjectAppos reports whether apposition c is the subject of the
// next clause that the parser hung on the name before it: "Per request of
// X, the Queen suspended parliament" (a finite verb, or a past tense with
// its object read as a participle, right after it).
func clauseSubjectAppos(s *sent, c int) bool {
	_, b := s.subtree(c)
	for _, v := range s.kids[c] {
		if v > c && (s.Tokens[v].Rel == "acl" || s.Tokens[v].Rel == "acl:relcl") && v < b {
			b = v // (the verb hung on the apposition)
		}
	}
	if b >= len(s.Tokens) || b != c+1 || s.Tokens[b].UPOS != "VERB" && s.Tokens[b].UPOS != "AUX" {
		return false
	}
	switch s.Tokens[b].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	case "VBN":
		return s.child(b, "obj") >= 0 && s.child(b, "aux") < 0 && s.child(b, "aux:pass") < 0
	}
	return false
}

// roleNP reads a noun phrase headed by np that describes person p ("the
// Democratic chairman of the House Intelligence Committee", "Mahan's
// director", "a lecturer at the university").
func (x *doc) roleNP(s *sent, p, np int) {
	lw := s.low[np]
	kind := lexicon.Role(lw)
	if _, party := lexicon.Party(s.Tokens[np].Text); party && kind == lexicon.NotRole && capitalised(s.Tokens[np].Text) {
		x.partyMemberNP(s, p, np)
		return
	}
	if s.ment[np] >= 0 && x.ments[s.ment[np]].kind == mName {
		return
	}
	if kind == lexicon.NotRole && multiTitleEnding(s, np) > 0 {
		kind = lexicon.Member // "chief executive": a title of several words (roleKind tells which)
	}
	if kind == lexicon.NotRole || np > 0 && np+1 < len(s.Tokens) && s.Tokens[np-1].Text == "(" && s.Tokens[np+1].Text == ")" && lexicon.In(lexicon.PictureSide, lw) {
		return // ("Roosevelt (center) stands with …": where he stands in the picture)
	}
	// "actor Sean Stone, SpaceX co-founder Jim Cantrell": the title of the
	// next name in a list
	if k := np + 1; k < len(s.Tokens) && s.ment[k] >= 0 && x.ments[s.ment[k]].kind == mName && x.ments[s.ment[k]].a == k {
		nm := x.ments[s.ment[k]]
		if o := nm.ent; o >= 0 && o != p && x.typeOf(o) == newsgraph.Person && (personName(nm.name) || nm.ner == "PERSON") {
			return // ("Alliance Party nominee Rocky De La Vega")
		}
	}
	// the role words: the head and the role words and modifiers before it
	a := np
	for k := np - 1; k >= 0; k-- {
		w := s.low[k]
		if x.nameAt(s, k) {
			break
		}
		if lexicon.Role(w) != lexicon.NotRole || lexicon.IsRoleModifier(w) || isDash(s.Tokens[k].Text) && s.adjacent(k) && s.adjacent(k-1) ||
			!capitalised(s.Tokens[k].Text) && s.Tokens[k].UPOS == "NOUN" && s.Tokens[k].Rel == "compound" && s.Tokens[k].Head > k {
			a = k // ("loco co-pilot", "bond department head")
			continue
		}
		break
	}
	if n := multiTitleEnding(s, np); n > 1 && np-n+1 < a {
		a = np - n + 1 // "loco pilot"
	}
	b := np + 1
	// "Speaker of the House", "chair in Global Islamic Politics": a
	// multi-word title runs on
	if n := lexicon.MultiTitle(s.low, a); a+n > b {
		b = a + n
		if x.nameRunsOn(s, b-1, b) {
			// "the Speaker of the House of Representatives": the title's
			// last word begins the body's name, which the title holds
			b = np + 1
		}
	}
	role, _ := singularRole(x.roleText(s, a, b, a))
	for k := a; k < np; k++ {
		if s.low[k] == "former" && !strings.HasPrefix(strings.ToLower(role), "former") {
			role = "former " + role
		}
	}
	x.ents[p].addRole(role)
	kind = roleKind(s, a, b)
	founder := founderRole(role)
	pred := newsgraph.MemberOf
	if kind == lexicon.Leads && !someMembers(s, np) {
		pred = newsgraph.Leads // (but "a director of" is one of several)
	}
	span := s.whole()
	if founder && kind == lexicon.Occupation {
		kind, pred = lexicon.Member, newsgraph.MemberOf // a founder is a member
	}
	// organizations: modifiers before the role, possessors, "of/at/for/with"
	// ("the drummer and co-founder of Cream": the last of coordinated
	// roles holds the organization of all)
	kids := s.kids[np]
	if h := s.head(np); h >= 0 && h < np && s.Tokens[np].Rel == "nmod" && s.hasPossessive(h) {
		kids = append(kids[:len(kids):len(kids)], h) // the possessor the parse made the role's head
	}
	borrowed := map[int]bool{}
	for _, c := range s.kids[np] {
		if s.Tokens[c].Rel == "conj" && lexicon.Role(s.low[c]) != lexicon.NotRole {
			for _, cc := range s.kids[c] {
				if s.Tokens[cc].Rel == "nmod" {
					kids = append(kids[:len(kids):len(kids)], cc)
					borrowed[cc] = true
				}
			}
		}
	}
	for _, c := range kids {
		r := s.Tokens[c].Rel
		if c == s.head(np) {
			r = "nmod:poss"
		}
		var org int = -1
		switch {
		case r == "compound" || r == "nmod:poss" || r == "amod" && capitalised(s.Tokens[c].Text):
			if _, ok := lexicon.Party(s.Tokens[c].Text); ok {
				pe := x.entityAt(s, c)
				if pe < 0 {
					pe = x.partyEntity(s, c)
				}
				x.addFact(fact{s: p, o: pe, pred: newsgraph.MemberOf, raw: s.Tokens[c].Text, sent: s.idx, conf: 0.75, span: span})
				continue
			}
			org = x.entityAt(s, c)
			if org < 0 && r == "nmod:poss" && s.Tokens[c].UPOS == "PRON" && lw != "candidate" && lw != "nominee" {
				org = x.pronounEntity(s, c) // "Its director, Tom Vale": the company's (but "their candidate" need be no member)
			}
		case r == "nmod" || r == "obl" && s.Tokens[np].UPOS == "ADJ":
			// (a title tagged as an adjective takes its organization as
			// an oblique: "named chief executive of Vexa")
			switch s.prep(c) {
			case "of", "at", "for", "with", "in", "on":
				org = x.npEntity(s, c) // ("co-founder of the rock band Cream")
				if org >= 0 && s.prep(c) == "for" && (lw == "candidate" || lw == "nominee") && seatBody(x.ents[org].words) {
					org = -1 // "a candidate for the Michigan House": running for a seat in it
				}
			}
		}
		if org < 0 || org == p {
			continue
		}
		ot := x.leadingType(x.ents[org])
		if x.ents[org].typ != "" {
			ot = x.ents[org].typ
		}
		if kind == lexicon.Occupation || ot == newsgraph.Person || x.ents[org].quote || portfolio(x.ents[org].name, role) {
			continue // (nor "the minister for Trade and Industry": the ministry's field, not its name)
		}
		if ot == newsgraph.Event && strings.EqualFold(lastWord(x.ents[org].name), "forum") {
			// "deputy director of the Velm Energy Forum": a forum with
			// officers is a body, not a meeting
			x.ents[org].vote(newsgraph.Organization, 4)
			x.ents[org].typ, ot = newsgraph.Organization, newsgraph.Organization
		}
		if ot == newsgraph.Place {
			x.postPlace(p, org, role) // "Puerto Rico's governor", "governor of Puerto Rico"
			if !teamRole(role) {
				continue
			}
			x.ents[org].vote(newsgraph.Organization, 2)
		}
		pr := pred
		if borrowed[c] && pr == newsgraph.Leads {
			pr = newsgraph.MemberOf // "a union leader and co-founder of the party" leads the union
		}
		if founder && kind == lexicon.Member && !foundedAsMember(x.ents[org].name) {
			pr = "" // (the founder of the Free Software Foundation founded it)
		}
		if pr != "" {
			x.addFact(fact{s: p, o: org, pred: pr, raw: role, sent: s.idx, conf: 0.75, span: span})
		}
		if !isParty(x.ents[org].name) && !strings.HasPrefix(role, "former") && !x.endedPost(s, np) {
			x.addPost(p, org) // (not "a former member of", "a member of X until 1990": no post to resign now)
		}
		if founder {
			x.addFact(fact{s: p, o: org, pred: newsgraph.Founded, raw: role, sent: s.idx, conf: 0.75, span: span})
		}
	}
}

// possessivePronoun reports whether token k has a possessive pronoun
// ("his lawyers").
func (s *sent) possessivePronoun(k int) bool {
	for _, c := range s.kids[k] {
		if s.Tokens[c].Rel == "nmod:poss" && s.Tokens[c].UPOS == "PRON" {
			return true
		}
	}
	return false
}

// pronounEntity returns the entity that the pronoun at token k was
// resolved to ("its" of "its director"), or -1.
func (x *doc) pronounEntity(s *sent, k int) int {
	for _, m := range x.ments {
		if m.kind == mPron && m.s == s.idx && m.a == k {
			return m.ent
		}
	}
	return -1
}

// endedPost reports whether the role noun phrase at np is said to have
// ended: the verb it belongs to has an "until" phrase ("served as a
// member of the committee until 1990").
func (x *doc) endedPost(s *sent, np int) bool {
	v := np
	for d := 0; d < 4 && v >= 0 && s.Tokens[v].UPOS != "VERB"; d++ {
		v = s.head(v)
	}
	if v < 0 {
		return false
	}
	for _, c := range s.kids[v] {
		if s.prep(c) == "until" || s.prep(c) == "till" {
			return true
		}
	}
	return false
}

// partyMemberNP reads "the most senior Democrat on the Oversight
// Committee", "a Republican on the Finance Committee" of person p: a
// member of the party, and of the body the party's member sits on.
func (x *doc) partyMemberNP(s *sent, p, np int) {
	pe := x.entityAt(s, np)
	if pe < 0 {
		pe = x.partyEntity(s, np)
	}
	x.addFact(fact{s: p, o: pe, pred: newsgraph.MemberOf, raw: s.Tokens[np].Text, sent: s.idx, conf: 0.75, span: s.whole()})
	for _, c := range s.kids[np] {
		if s.Tokens[c].Rel != "nmod" || s.prep(c) != "on" && s.prep(c) != "in" {
			continue
		}
		if org := x.npEntity(s, c); org >= 0 && org != p && org != pe && x.typeOf(org) == newsgraph.Organization {
			x.addFact(fact{s: p, o: org, pred: newsgraph.MemberOf, raw: s.Tokens[np].Text + " " + s.prep(c), sent: s.idx, conf: 0.7, span: s.whole()})
		}
	}
}

// foundedAsMember reports whether the founder of an organization named so
// is one of its members, as a band's or a party's founders are, not a
// company's or a foundation's.
func foundedAsMember(name string) bool {
	switch strings.ToLower(lastWord(name)) {
	case "foundation", "company", "co", "corporation", "corp", "inc", "ltd", "llc", "plc", "gmbh", "studio", "studios", "construction",
		"industries", "enterprises", "holdings", "fund", "trust", "institute", "magazine", "newspaper", "website", "records", "airlines", "airways":
		return false
	}
	return true
}

// founderRole reports whether a role is a founder's ("co-founder").
func founderRole(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "founder", "co-founder", "cofounder":
		return true
	}
	return strings.HasSuffix(strings.ToLower(role), "co-founder")
}

// ofPhrase reads "Lucy Fischer of The Times", "X from the University of
// Y": a person with an organization attached by "of", "from" or "at".
func (x *doc) ofPhrase(s *sent, m *mention) {
	if !s.hasVerb() && m.b < len(s.Tokens) && s.low[m.b] == "from" {
		return // "Daenerys Targaryen from Game of Thrones": a caption's list of characters
	}
	// by the words: "Paul McCartney of The Beatles fame", "Lucy Fern of
	// the Daily Courier", whatever the parse made of them
	k := m.b
	if k+2 < len(s.Tokens) && s.Tokens[k].Text == "," && s.low[k+1] == "of" {
		k++ // "Tom Hale, of the Velm City Council, described …"
	}
	if k+1 < len(s.Tokens) && (s.low[k] == "of" || s.low[k] == "from") {
		j := k + 1
		if s.low[j] == "the" && j+1 < len(s.Tokens) {
			j++
			for n := 0; n < 2 && j+1 < len(s.Tokens) && s.Tokens[j].UPOS == "ADJ" && !capitalised(s.Tokens[j].Text); n++ {
				j++ // "of the conservative Harbor Unity Party"
			}
		}
		if mi := s.ment[j]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].a == j {
			if o := x.ments[mi].ent; o >= 0 && o != m.ent {
				switch x.ents[o].typ {
				case newsgraph.Organization:
					pred := newsgraph.MemberOf
					if t := m.a - 1; t >= 0 && capitalised(s.Tokens[t].Text) && lexicon.Role(s.low[t]) == lexicon.Leads && (t == 0 || !lexicon.IsRoleModifier(s.low[t-1])) && s.low[k] == "of" && !isParty(x.ents[o].name) {
						pred = newsgraph.Leads // "Director Anthony Vale of the Velm Institute": the head of what he is "of"
					}
					x.addFact(fact{s: m.ent, o: o, pred: pred, raw: s.low[k], sent: s.idx, conf: 0.7, span: s.span(m.a, x.ments[mi].b)})
				case newsgraph.Person:
					if s.low[k] == "of" && x.onlyAfterOf(o) && len(x.ents[o].words) >= 2 {
						// "Mike Fenn of Velvet Anchors": one person is not
						// "of" another; a name met only so is a band or a body
						x.ents[o].vote(newsgraph.Organization, 6)
						x.ents[o].typ, x.ents[o].sure, x.ents[o].leadValid = newsgraph.Organization, newsgraph.Organization, false
						x.addFact(fact{s: m.ent, o: o, pred: newsgraph.MemberOf, raw: s.low[k], sent: s.idx, conf: 0.6, span: s.span(m.a, x.ments[mi].b)})
					}
				case newsgraph.Thing:
					if s.low[k] == "from" {
						break // "Daenerys Targaryen from Game of Thrones": a character of a work
					}
					x.ents[o].vote(newsgraph.Organization, 2)
					x.ents[o].typ = newsgraph.Organization
					x.addFact(fact{s: m.ent, o: o, pred: newsgraph.MemberOf, raw: s.low[k], sent: s.idx, conf: 0.6, span: s.span(m.a, x.ments[mi].b)})
				}
			}
		}
	}
	for _, c := range s.kids[m.head] {
		if s.Tokens[c].Rel != "nmod" {
			continue
		}
		switch s.prep(c) {
		case "of", "from", "at", "with":
		default:
			continue
		}
		o := x.entityAt(s, c)
		if o < 0 || o == m.ent || s.ment[c] < 0 || x.ments[s.ment[c]].kind != mName {
			continue
		}
		switch x.ents[o].typ {
		case newsgraph.Organization:
		case newsgraph.Thing:
			if s.prep(c) == "from" {
				continue // a character from a work
			}
			// "Mick Jagger of The Rolling Stones": what a person is "of"
			// is a body
			x.ents[o].vote(newsgraph.Organization, 2)
			x.ents[o].typ = newsgraph.Organization
		default:
			continue
		}
		pred := newsgraph.MemberOf
		if t := m.a - 1; t >= 0 && capitalised(s.Tokens[t].Text) && lexicon.Role(s.low[t]) == lexicon.Leads && (t == 0 || !lexicon.IsRoleModifier(s.low[t-1])) && s.prep(c) == "of" && !isParty(x.ents[o].name) {
			pred = newsgraph.Leads // (as above)
		}
		x.addFact(fact{s: m.ent, o: o, pred: pred, raw: s.prep(c), sent: s.idx, conf: 0.7, span: s.whole()})
	}
}

// copulaRoles reads "X is a lecturer at the university", "X, who is the
// company's chief executive", "X became the chair of Y", "X served as
// director of Y", "X was named chief executive of Y": a role noun
// predicated of a person.
func (x *doc) copulaRoles(s *sent) {
	for i := range s.Tokens {
		if s.Tokens[i].UPOS != "NOUN" && s.Tokens[i].UPOS != "PROPN" && !(s.Tokens[i].UPOS == "ADJ" && s.Tokens[i].Rel == "xcomp") ||
			lexicon.Role(s.low[i]) == lexicon.NotRole && multiTitleEnding(s, i) == 0 {
			continue // (but "was named chief executive", with the title tagged as an adjective, is a title)
		}
		subj := x.roleSubject(s, i)
		if subj < 0 && s.Tokens[i].Rel == "conj" && s.head(i) >= 0 && lexicon.Role(s.low[s.head(i)]) != lexicon.NotRole {
			subj = x.roleSubject(s, s.head(i)) // "the drummer and co-founder of Cream"
		}
		if subj < 0 {
			continue
		}
		// "X and Y were sharecroppers", "His parents, X and Y, were
		// sharecroppers": each listed person
		subjs := conjuncts(s, subj)
		if x.entityAt(s, subj) < 0 {
			for _, c := range s.kids[subj] {
				if s.Tokens[c].Rel == "appos" {
					subjs = append(subjs, conjuncts(s, c)...)
				}
			}
		}
		for _, k := range subjs {
			if p := x.entityAt(s, k); p >= 0 && x.ents[p].typ == newsgraph.Person {
				x.roleNP(s, p, i)
			}
		}
	}
}

// namedAfterRole returns the person named between commas right after the
// phrase of role noun k ("The director of the Velm Society, Tom Vale,
// told …", however the parse hangs the name), or -1.
func (x *doc) namedAfterRole(s *sent, k int) int {
	if lexicon.Role(s.low[k]) == lexicon.NotRole || s.Tokens[k].UPOS != "NOUN" || k+3 >= len(s.Tokens) || s.low[k+1] != "of" {
		return -1
	}
	j := k + 2
	if s.low[j] == "the" {
		j++
	}
	oi := s.ment[j]
	if oi < 0 || x.ments[oi].kind != mName || x.ments[oi].a != j || x.ments[oi].ent < 0 ||
		x.typeOf(x.ments[oi].ent) != newsgraph.Organization && x.typeOf(x.ments[oi].ent) != newsgraph.Place {
		return -1 // ("The mayor of Brindlemoor, Tom Vale,": a place's officer too)
	}
	b := x.ments[oi].b
	if b+1 >= len(s.Tokens) || s.Tokens[b].Text != "," {
		return -1
	}
	at := b + 1
	if at+1 < len(s.Tokens) && s.ment[at] < 0 && capitalised(s.Tokens[at].Text) && lexicon.Role(s.low[at]) != lexicon.NotRole {
		at++ // "The leader of the party, Congresswoman Ana Ruiz,"
	}
	pi := s.ment[at]
	if pi < 0 || x.ments[pi].kind != mName || x.ments[pi].a != at || x.ments[pi].ent < 0 || x.typeOf(x.ments[pi].ent) != newsgraph.Person {
		return -1
	}
	if e := x.ments[pi].b; e >= len(s.Tokens) || s.Tokens[e].Text != "," {
		return -1
	}
	return x.ments[pi].ent
}

// ownParty reads "his Labour Party", "her party's leaders": the person
// the possessive pronoun stands for is a member of the party.
func (x *doc) ownParty(s *sent) {
	for _, mi := range x.mentionsOf(s) {
		m := x.ments[mi]
		if m.kind != mName || m.ent < 0 || m.a < 1 || !isParty(x.ents[m.ent].name) {
			continue
		}
		k := m.a - 1
		if s.low[k] != "his" && s.low[k] != "her" {
			continue
		}
		if pi := s.ment[k]; pi >= 0 && x.ments[pi].kind == mPron && x.ments[pi].ent >= 0 && x.typeOf(x.ments[pi].ent) == newsgraph.Person {
			x.addFact(fact{s: x.ments[pi].ent, o: m.ent, pred: newsgraph.MemberOf, raw: s.low[k] + " " + m.name, sent: s.idx, conf: 0.7, span: s.span(k, m.b)})
		}
	}
}

// partOf reads "X, a subsidiary of Y," and "X, a specialized agency of
// the Y,": the organization X is part of the organization Y.
func (x *doc) partOf(s *sent) {
	for _, mi := range x.mentionsOf(s) {
		m := x.ments[mi]
		k := m.b
		if m.kind != mName || m.ent < 0 || k+4 >= len(s.Tokens) || s.Tokens[k].Text != "," || (s.low[k+1] != "a" && s.low[k+1] != "an" && s.low[k+1] != "the") {
			continue
		}
		j := k + 2
		for j < len(s.Tokens) && j < k+5 && (s.Tokens[j].UPOS == "ADJ" || s.Tokens[j].XPOS == "VBN" || s.Tokens[j].UPOS == "ADV") {
			j++ // "a specialized agency", "a wholly owned subsidiary"
		}
		if j+2 >= len(s.Tokens) || !branchNouns[s.low[j]] || s.low[j+1] != "of" {
			continue
		}
		o := j + 2
		if s.low[o] == "the" && o+1 < len(s.Tokens) {
			o++
		}
		oi := s.ment[o]
		if oi < 0 || x.ments[oi].kind != mName || x.ments[oi].a != o || x.ments[oi].ent < 0 || x.ments[oi].ent == m.ent || x.typeOf(x.ments[oi].ent) != newsgraph.Organization {
			continue
		}
		x.ents[m.ent].vote(newsgraph.Organization, 3) // a subsidiary is a company
		x.addFact(fact{s: m.ent, o: x.ments[oi].ent, pred: newsgraph.MemberOf, raw: s.low[j] + " of", sent: s.idx, conf: 0.7, span: s.span(m.a, x.ments[oi].b)})
	}
}

// allOfParty reads "Senators A of X and B of Y, all Republicans" and "A
// and B, both Democrats": every person listed before is a member of the
// party.
func (x *doc) allOfParty(s *sent) {
	for k := 2; k+1 < len(s.Tokens); k++ {
		if s.low[k] != "all" && s.low[k] != "both" || s.Tokens[k-1].Text != "," {
			continue
		}
		if _, ok := lexicon.Party(s.Tokens[k+1].Text); !ok || !strings.HasSuffix(s.low[k+1], "s") {
			continue
		}
		party := x.entityAt(s, k+1)
		if party < 0 {
			continue
		}
		for j := k - 2; j >= 0; j-- {
			if u := s.Tokens[j].UPOS; u == "VERB" || u == "AUX" || s.low[j] == "by" || s.Tokens[j].Text == ";" {
				break
			}
			if mi := s.ment[j]; mi >= 0 && x.ments[mi].a == j && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Person {
				x.addFact(fact{s: x.ments[mi].ent, o: party, pred: newsgraph.MemberOf, raw: s.low[k] + " " + s.Tokens[k+1].Text, sent: s.idx, conf: 0.7, span: s.span(j, k+2)})
			}
		}
	}
}

// demonymBorn reads "Tanzanian-born Mira Sefu": she was born in
// Tanzania.
func (x *doc) demonymBorn(s *sent) {
	for _, mi := range x.mentionsOf(s) {
		m := x.ments[mi]
		if m.kind != mName || m.ent < 0 || m.a < 3 || x.typeOf(m.ent) != newsgraph.Person || s.low[m.a-1] != "born" || !isDash(s.Tokens[m.a-2].Text) {
			continue
		}
		if c, ok := countryOf(s.Tokens[m.a-3].Text); ok && ner.IsDemonym(s.Tokens[m.a-3].Text) {
			x.addFact(fact{s: m.ent, o: x.placeNamed(c, s), pred: newsgraph.BornIn, raw: "-born", sent: s.idx, conf: 0.7, span: s.span(m.a-3, m.b)})
		}
	}
}

// speaksFor reads "Ana Ruiz, speaking for the Tarsk Union," and "X,
// speaking on behalf of Y,": a person who speaks for an organization is
// one of it.
func (x *doc) speaksFor(s *sent) {
	for _, mi := range x.mentionsOf(s) {
		m := x.ments[mi]
		k := m.b
		if m.kind != mName || m.ent < 0 || x.typeOf(m.ent) != newsgraph.Person || k+3 >= len(s.Tokens) || s.Tokens[k].Text != "," || s.low[k+1] != "speaking" {
			continue
		}
		o := k + 2
		switch {
		case s.low[o] == "for":
			o++
		case s.low[o] == "on" && o+2 < len(s.Tokens) && s.low[o+1] == "behalf" && s.low[o+2] == "of":
			o += 3
		default:
			continue
		}
		if o+1 < len(s.Tokens) && s.low[o] == "the" {
			o++
		}
		oi := s.ment[o]
		if oi < 0 || x.ments[oi].kind != mName || x.ments[oi].a != o || x.ments[oi].ent < 0 || x.ments[oi].ent == m.ent || x.typeOf(x.ments[oi].ent) != newsgraph.Organization {
			continue
		}
		x.addFact(fact{s: m.ent, o: x.ments[oi].ent, pred: newsgraph.MemberOf, raw: "speaking for", sent: s.idx, conf: 0.7, span: s.span(m.a, x.ments[oi].b)})
	}
}

// officialsIncluding reads "Velm Ministry officials including Ivo Marsh
// and Lena Holt": the people listed are members of the organization.
func (x *doc) officialsIncluding(s *sent) {
	for _, mi := range x.mentionsOf(s) {
		m := x.ments[mi]
		k := m.b
		if m.kind != mName || m.ent < 0 || x.typeOf(m.ent) != newsgraph.Organization || k+2 >= len(s.Tokens) || !peopleNouns[s.lemma[k]] || s.Tokens[k].UPOS != "NOUN" {
			continue
		}
		j := k + 1
		if s.Tokens[j].Text == "," {
			j++
		}
		if j+1 >= len(s.Tokens) || s.low[j] != "including" && s.low[j] != "such" {
			continue
		}
		if s.low[j] == "such" {
			if s.low[j+1] != "as" {
				continue
			}
			j++
		}
		for p := j + 1; p < len(s.Tokens) && p < j+30; p++ {
			if s.Tokens[p].UPOS == "VERB" || s.Tokens[p].Text == ";" || s.Tokens[p].Text == "." {
				break
			}
			if pi := s.ment[p]; pi >= 0 && x.ments[pi].a == p && x.ments[pi].kind == mName && x.ments[pi].ent >= 0 && x.typeOf(x.ments[pi].ent) == newsgraph.Person {
				x.addFact(fact{s: x.ments[pi].ent, o: m.ent, pred: newsgraph.MemberOf, raw: s.low[k], sent: s.idx, conf: 0.7, span: s.span(m.a, x.ments[pi].b)})
			}
		}
	}
}

// peopleNouns are nouns for the people of an organization.
var peopleNouns = map[string]bool{"official": true, "officials": true, "member": true, "members": true, "employee": true, "employees": true, "staff": true,
	"executive": true, "executives": true, "leader": true, "leaders": true, "lawmaker": true, "lawmakers": true, "player": true, "players": true, "minister": true, "ministers": true}

// asPartyVerbs are the verbs whose subject does them "as a Republican"
// as a member of the party.
var asPartyVerbs = map[string]bool{"run": true, "stand": true, "serve": true, "elect": true, "reelect": true, "re-elect": true, "win": true,
	"register": true, "campaign": true, "sit": true, "seek": true, "enter": true, "represent": true}

// partyCopula reads "Trump is a Republican", "She was a Democrat", "he
// ran for Congress as a Republican": the subject is a member of the
// party.
func (x *doc) partyCopula(s *sent) {
	for i := range s.Tokens {
		if !capitalised(s.Tokens[i].Text) || s.quote[i] >= 0 || i < 3 {
			continue
		}
		if _, ok := lexicon.Party(s.Tokens[i].Text); !ok {
			continue
		}
		subj := -1
		if d := s.child(i, "det"); s.child(i, "cop") >= 0 && d >= 0 && (s.low[d] == "a" || s.low[d] == "an") {
			subj = s.child(i, "nsubj") // (not "the Democrat": one person)
		}
		if subj < 0 && (s.low[i-1] == "a" || s.low[i-1] == "an") && s.lemma[i-2] == "be" && s.ment[i-3] >= 0 && x.ments[s.ment[i-3]].b == i-2 {
			subj = i - 3 // "…; Trump is a Republican", however the parse hangs it
		}
		if v := s.head(i); subj < 0 && (s.low[i-1] == "a" || s.low[i-1] == "an") && s.low[i-2] == "as" && v >= 0 && s.Tokens[v].UPOS == "VERB" && asPartyVerbs[s.lemma[v]] {
			// "ran for Congress as a Republican", "was elected as a Democrat"
			if subj = s.child(v, "nsubj"); subj < 0 {
				subj = s.child(v, "nsubj:pass")
			}
		}
		if subj < 0 {
			continue
		}
		party := x.entityAt(s, i)
		if party < 0 {
			party = x.partyEntity(s, i)
		}
		for _, k := range conjuncts(s, subj) {
			if p := x.entityAt(s, k); p >= 0 && p != party && x.typeOf(p) == newsgraph.Person {
				x.addFact(fact{s: p, o: party, pred: newsgraph.MemberOf, raw: s.Tokens[i].Text, sent: s.idx, conf: 0.7, span: s.whole()})
			}
		}
	}
}

// memberNouns are nouns for a body one is "in" as a member.
var memberNouns = map[string]bool{"band": true, "group": true, "supergroup": true, "team": true, "club": true, "party": true, "orchestra": true,
	"choir": true, "cabinet": true, "senate": true, "parliament": true, "congress": true, "assembly": true, "council": true, "committee": true,
	"league": true, "squad": true, "cast": true, "trio": true, "quartet": true, "duo": true, "government": true, "army": true, "navy": true}

// copulaIn reads "X and Y were in the band Blind Faith", "She was in the
// Senate": each person is a member of the body.
func (x *doc) copulaIn(s *sent) {
	for h := range s.Tokens {
		if c := s.child(h, "case"); c < 0 || s.low[c] != "in" || s.quote[h] >= 0 {
			continue
		}
		// the predicate: "were in the band X", or "were later in …"
		// parsed with the adverb as the predicate
		pred := h
		if s.child(h, "cop") < 0 {
			if pred = s.head(h); pred < 0 || s.child(pred, "cop") < 0 || s.Tokens[h].Rel != "obl" {
				continue
			}
		}
		o := x.entityAt(s, h)
		body := memberNouns[s.lemma[h]]
		if o < 0 && body {
			for _, c := range s.kids[h] {
				if r := s.Tokens[c].Rel; r == "appos" || r == "flat" {
					o = x.entityAt(s, c) // "in another supergroup, Glass Owls"
				}
			}
		}
		if o < 0 || x.typeOf(o) != newsgraph.Organization || x.ents[o].quote || x.ents[o].concept {
			continue
		}
		body = body || memberNouns[strings.ToLower(lastWord(x.ents[o].name))]
		for _, c := range s.kids[h] {
			if r := s.Tokens[c].Rel; (r == "compound" || r == "nmod:desc") && memberNouns[s.lemma[c]] {
				body = true // "in another supergroup Blind Faith"
			}
		}
		subj := s.child(pred, "nsubj")
		if !body || subj < 0 {
			continue
		}
		for _, k := range conjuncts(s, subj) {
			if p := x.entityAt(s, k); p >= 0 && p != o && x.typeOf(p) == newsgraph.Person {
				x.addFact(fact{s: p, o: o, pred: newsgraph.MemberOf, raw: "in", sent: s.idx, conf: 0.6, span: s.whole()})
			}
		}
		// "were in the band X with A and B": the people they were in it
		// with are its members too
		for _, w := range append(s.kids[h][:len(s.kids[h]):len(s.kids[h])], s.kids[pred]...) {
			if r := s.Tokens[w].Rel; (r == "nmod" || r == "obl") && s.prep(w) == "with" {
				for _, k := range conjuncts(s, w) {
					if p := x.entityAt(s, k); p >= 0 && p != o && x.typeOf(p) == newsgraph.Person && s.ment[k] >= 0 && x.ments[s.ment[k]].kind == mName {
						x.addFact(fact{s: p, o: o, pred: newsgraph.MemberOf, raw: "with", sent: s.idx, conf: 0.55, span: s.whole()})
					}
				}
			}
		}
	}
}

// roleSubject returns the token of the person a role noun i is predicated
// of ("X is a lecturer", "X became chair", "X, who is the director",
// "X served as director", "X was known as the drummer", "X was named
// chief executive"), or -1.
func (x *doc) roleSubject(s *sent, i int) int {
	subj := -1
	if s.child(i, "cop") >= 0 {
		subj = s.child(i, "nsubj")
	} else if h := s.head(i); h >= 0 && h < i && s.Tokens[i].Rel == "nmod" && s.child(h, "cop") >= 0 && s.hasPossessive(h) {
		// "X was the Reform Union's 2016 presidential nominee", parsed
		// with the union as the predicate and the title hung on it
		subj = s.child(h, "nsubj")
	} else if h := s.head(i); h >= 0 && s.Tokens[h].UPOS == "VERB" {
		switch r := s.Tokens[i].Rel; {
		case (s.lemma[h] == "become" || s.lemma[h] == "remain") && (r == "xcomp" || r == "obj"),
			(s.lemma[h] == "name" || s.lemma[h] == "appoint" || s.lemma[h] == "elect" || s.lemma[h] == "make") && (r == "xcomp" || r == "obj"):
			subj = s.child(h, "nsubj")
			if subj < 0 {
				subj = s.child(h, "nsubj:pass")
			}
			if r == "obj" && s.child(h, "nsubj:pass") < 0 && s.lemma[h] != "become" && s.lemma[h] != "remain" {
				subj = -1 // "named X chief": the object is the person
			}
		case r == "obl" && s.prep(i) == "as" && !speechVerbOf(s.lemma[h]):
			// "served as director", "running the train as loco pilot",
			// "was known as the drummer"; "named X as chief": the object
			if o := s.child(h, "obj"); o >= 0 && x.entityAt(s, o) >= 0 {
				return o
			}
			if o := s.child(h, "xcomp"); o >= 0 && s.Tokens[o].UPOS == "PROPN" && x.entityAt(s, o) >= 0 {
				return o // (the name parsed as a predicate: "named Ivo Marsh as police chief")
			}
			subj = s.child(h, "nsubj")
			if subj < 0 {
				subj = s.child(h, "nsubj:pass")
			}
		}
	}
	if h := s.head(i); subj < 0 && h >= 0 && s.Tokens[i].Rel == "nmod" && s.prep(i) == "as" && s.Tokens[h].Rel == "obj" && x.entityAt(s, h) < 0 {
		// "worked the night shift as loco pilot"
		if v := s.head(h); v >= 0 && s.Tokens[v].UPOS == "VERB" && !speechVerbOf(s.lemma[v]) {
			subj = s.child(v, "nsubj")
		}
	}
	if h := s.head(i); subj < 0 && h >= 0 && s.Tokens[i].Rel == "nmod" && (s.prep(i) == "as" || s.prep(i) == "of") && postNoun[s.lemma[h]] {
		// "stepped into Vale's role as the committee's acting chair",
		// "took on the post of treasurer": who takes the post holds it
		if v := s.head(h); v >= 0 && s.Tokens[v].UPOS == "VERB" && takePostVerbs[s.lemma[v]] && (s.Tokens[h].Rel == "obj" || s.Tokens[h].Rel == "obl") {
			subj = s.child(v, "nsubj")
		}
	}
	if subj >= 0 && isRelPron(s.low[subj]) && s.Tokens[i].Rel == "acl:relcl" {
		subj = s.head(i)
	}
	return subj
}

// takePostVerbs are verbs whose subject takes up the post that is their
// object ("assumed the role of chair", "stepped into the post").
var takePostVerbs = map[string]bool{"step": true, "assume": true, "take": true, "fill": true, "accept": true, "resume": true, "inherit": true}

// speechVerbOf reports whether a verb lemma attributes speech ("described
// X as a hero" says nothing of the speaker's role).
func speechVerbOf(lemma string) bool {
	return lexicon.IsSpeechVerb(lemma) || lemma == "see" || lemma == "regard" || lemma == "view" || lemma == "treat"
}

// postTitle reads an apposition after a person's name, word by word (the
// parse often attaches it elsewhere): "X, director of the Learning
// Together event,", "X, the Democratic chairman of the House Intelligence
// Committee", "X, Mahan's director,", "X, 42, a convicted murderer".
func (x *doc) postTitle(s *sent, m *mention) (title, bool) {
	k := m.b
	n := len(s.Tokens)
	if k >= n || s.Tokens[k].Text != "," {
		return title{}, false
	}
	k++
	// an age: "X, 42, …"
	if k+1 < n && isNumber(s.Tokens[k].Text) && s.Tokens[k+1].Text == "," {
		k += 2
	}
	t := title{from: k}
	if k >= n {
		return title{}, false
	}
	switch s.low[k] {
	case "formerly", "previously", "once", "now", "currently", "then":
		k++ // "X, formerly the agency's chief of staff,", "X, then the deputy director of Y,"
	}
	if k+1 < n && s.low[k] == "also" {
		// "Jonna Mendez, also CIA,": a member of the organization too
		if mi := s.ment[k+1]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.typeOf(x.ments[mi].ent) == newsgraph.Organization {
			if b := x.ments[mi].b; b >= n || s.isPunct(b) {
				t.orgs = append(t.orgs, x.ments[mi].ent)
				t.role, t.kind, t.to = s.Tokens[k+1].Text, lexicon.Member, b
				x.addFact(fact{s: m.ent, o: x.ments[mi].ent, pred: newsgraph.MemberOf, raw: "also", sent: s.idx, conf: 0.6, span: s.span(m.a, b)})
				return title{}, false
			}
		}
	}
	// ("X, a director of the commission": one of its directors; but "a
	// former commissioner of the police" was its head, one of a line)
	indefinite := k+1 < n && (s.low[k] == "a" || s.low[k] == "an") && s.low[k+1] != "former" && s.low[k+1] != "onetime" && s.low[k+1] != "then"
	if k < n && (s.low[k] == "the" || s.low[k] == "a" || s.low[k] == "an" || s.low[k] == "his" || s.low[k] == "her" || s.low[k] == "also") {
		k++
	}
	roleStart, roleEnd := -1, -1
	sawNoun := false
	for ; k < n; k++ {
		w := s.low[k]
		if mi := s.ment[k]; mi >= 0 && x.ments[mi].kind != mDesc {
			o := x.ments[mi]
			if roleEnd >= 0 && roleEnd == k && o.kind == mName && o.ent >= 0 && !o.orgHeaded &&
				x.typeOf(o.ent) != newsgraph.Organization && x.typeOf(o.ent) != newsgraph.Place && x.typeOf(o.ent) != newsgraph.Event && !connector(s.low[o.a]) && s.low[o.a] != "in" && s.Tokens[o.a].UPOS != "ADP" {
				// "X, Alliance Party nominee Rocky Vale, and …": the next
				// person of a list with the title before the name
				return title{}, false
			}
			if o.kind != mName || o.ent < 0 || roleEnd >= 0 {
				break
			}
			switch x.typeOf(o.ent) {
			case newsgraph.Person:
				return title{}, false
			case newsgraph.Place:
				t.places = append(t.places, o.ent)
			default:
				if _, ok := lexicon.Party(o.name); ok {
					t.party = append(t.party, o.ent)
				} else {
					t.orgs = append(t.orgs, o.ent)
				}
			}
			k = o.b - 1
			continue
		}
		if s.Tokens[k].XPOS == "POS" {
			continue
		}
		if roleEnd < 0 && (w == "the" || w == "a" || w == "an" || w == "and" && sawNoun) {
			continue // "his wife and the current chairwoman of …"
		}
		if s.Tokens[k].UPOS == "NOUN" {
			sawNoun = true
		}
		if _, ok := lexicon.Party(s.Tokens[k].Text); ok && capitalised(s.Tokens[k].Text) {
			t.party = append(t.party, x.partyEntity(s, k))
			continue
		}
		if c, ok := countryOf(s.Tokens[k].Text); ok && ner.IsDemonym(s.Tokens[k].Text) {
			t.country = c
			continue
		}
		if n := lexicon.MultiTitle(s.low, k); n > 0 && !x.nameRunsOn(s, k+n-1, k+n) {
			if roleStart < 0 {
				roleStart = k
			}
			k += n - 1
			roleEnd = k + 1
			continue
		}
		if lexicon.Role(w) != lexicon.NotRole || isDash(s.Tokens[k].Text) && roleEnd == k && s.adjacent(k-1) && s.adjacent(k) {
			if roleStart < 0 {
				roleStart = k
			}
			roleEnd = k + 1
			continue
		}
		if roleEnd < 0 && (lexicon.IsRoleModifier(w) || s.Tokens[k].UPOS == "ADJ" || s.Tokens[k].UPOS == "NOUN" && !s.isPunct(k)) {
			if lexicon.IsRoleModifier(w) && roleStart < 0 {
				roleStart = k
			}
			continue
		}
		if roleEnd == k {
			// "the deputy executive director": modifiers between two
			// role words belong to one title
			j := k
			for j < n && j < k+3 && !x.nameAt(s, j) && (lexicon.IsRoleModifier(s.low[j]) || s.Tokens[j].UPOS == "ADJ") && lexicon.Role(s.low[j]) == lexicon.NotRole {
				j++
			}
			if j > k && j < n && !x.nameAt(s, j) && lexicon.Role(s.low[j]) != lexicon.NotRole {
				k, roleEnd = j, j+1
				continue
			}
		}
		break
	}
	if roleEnd < 0 {
		return title{}, false
	}
	if k < n && k == roleEnd && (s.Tokens[k].UPOS == "VERB" || s.Tokens[k].UPOS == "AUX") {
		switch s.Tokens[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return title{}, false // "Per request of X, the Queen suspended parliament": the next clause's subject
		case "VBN":
			if s.child(k, "obj") >= 0 && s.child(k, "aux") < 0 && s.child(k, "aux:pass") < 0 {
				return title{}, false // (the past tense read as a participle)
			}
		}
	}
	// "Christopher Columbus, US presidents George Washington and …": the
	// title of the next name in a list ("…, Labour MP (Member of
	// Parliament) Tom Watson", with the title's gloss)
	if k < n && k == roleEnd && s.Tokens[k].Text == "(" {
		for j := k + 1; j < n && j < k+10; j++ {
			if s.Tokens[j].Text == ")" {
				if j+1 < n && s.ment[j+1] >= 0 && x.ments[s.ment[j+1]].a == j+1 && x.ments[s.ment[j+1]].kind == mName && x.ments[s.ment[j+1]].ent >= 0 &&
					x.typeOf(x.ments[s.ment[j+1]].ent) == newsgraph.Person {
					return title{}, false
				}
				break
			}
		}
	}
	if k < n && k == roleEnd && s.ment[k] >= 0 && x.ments[s.ment[k]].kind == mName {
		nm := x.ments[s.ment[k]]
		if p := nm.ent; p >= 0 && (x.typeOf(p) == newsgraph.Person && personName(nm.name) ||
			nm.a == k && strings.Contains(nm.name, " ") && x.typeOf(p) != newsgraph.Organization && x.typeOf(p) != newsgraph.Place && x.typeOf(p) != newsgraph.Thing &&
				!connector(s.low[k]) && s.Tokens[k].UPOS == "PROPN") {
			return title{}, false // ("…, Alliance Party presidential nominee Rocky De La Fuente")
		}
	}
	if roleStart < 0 || roleStart > roleEnd {
		roleStart = roleEnd - 1
	}
	if s.Tokens[roleEnd-1].XPOS == "NNS" && lexicon.MultiTitle(s.low, roleStart) == 0 {
		// "published in PLoS Biology, scientists from …": a plural
		// role is not one name's
		return title{}, false
	}
	// "of the House Intelligence Committee", "at the university", "in the
	// Faculty of Arts and Education at the Deakin University": every
	// name of the phrases after the role, up to a comma or a verb
	for j := k; j < n && j < k+20; j++ {
		if s.isPunct(j) && s.Tokens[j].Text != "'" || s.Tokens[j].UPOS == "VERB" || s.Tokens[j].UPOS == "AUX" {
			break
		}
		if mi := s.ment[j]; mi >= 0 && x.ments[mi].kind == mName {
			o := x.ments[mi]
			if o.ent >= 0 && j > 0 && (o.a == j) {
				switch x.typeOf(o.ent) {
				case newsgraph.Person:
				case newsgraph.Place:
					t.places = append(t.places, o.ent)
				default:
					t.orgs = append(t.orgs, o.ent)
				}
			}
			j = o.b - 1
		}
	}
	t.role = x.roleText(s, roleStart, roleEnd, t.from)
	t.kind = roleKind(s, roleStart, roleEnd)
	if indefinite && t.kind == lexicon.Leads && !teamRole(t.role) {
		t.kind = lexicon.Member // "X, a director of the commission": one of its directors
	}
	if roleEnd < n && s.low[roleEnd] == "in" && (s.low[roleEnd-1] == "chair" || s.low[roleEnd-1] == "professor") {
		t.kind = lexicon.Member // an academic "Chair in Global Islamic Politics"
	}
	if t.kind == lexicon.Leads && roleEnd+1 < n && s.low[roleEnd] == "of" && s.ment[roleEnd+1] < 0 && !capitalised(s.Tokens[roleEnd+1].Text) && s.low[roleEnd+1] != "the" {
		t.kind = lexicon.Member // "director of global news for AFP" heads a department
	}
	t.to = roleEnd
	return t, true
}

// listedTitleBefore returns the role word that ends the title listed
// before token k when k joins two titles before a name ("adviser and
// retired general", "host, and author"; a comma alone only after a
// title already split off, inList), or -1.
func listedTitleBefore(s *sent, k int, inList bool) int {
	j := k - 1
	switch {
	case s.low[k] == "and" && j >= 1 && s.low[j] == ",":
		j--
	case s.low[k] == "and", s.low[k] == "," && inList:
	default:
		return -1
	}
	if j < 0 || lexicon.Role(s.low[j]) == lexicon.NotRole || capitalised(s.Tokens[j].Text) && s.ment[j] >= 0 || s.Tokens[j].XPOS == "NNS" {
		// (not "won 20 delegates, and Senator X": a plural is no title)
		return -1
	}
	return j
}

// nameAt reports whether token k is part of a mention other than a
// description ("the deputy director" is one, and holds a title).
func (x *doc) nameAt(s *sent, k int) bool {
	return s.ment[k] >= 0 && x.ments[s.ment[k]].kind != mDesc
}

// multiTitleEnding returns the length of a title of several words that
// ends at token k ("Secretary of State" ending at "State"), or 0.
func multiTitleEnding(s *sent, k int) int {
	for n := 5; n >= 2; n-- {
		if a := k - n + 1; a >= 0 && lexicon.MultiTitle(s.low, a) == n {
			return n
		}
	}
	return 0
}

// nameRunsOn reports whether token k, the last word of a multi-word
// title, begins or is inside a name that runs on past token b: "the
// Speaker of the House of Representatives" holds the House's full name.
func (x *doc) nameRunsOn(s *sent, k, b int) bool {
	mi := s.ment[k]
	return mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.ments[mi].b > b
}

// apposedPerson reports whether an apposition after an organization's name
// describes a person by an article and a role ("X, a fire service
// spokesman,"), which an organization never is.
func (x *doc) apposedPerson(s *sent, t title) bool {
	if t.from >= len(s.Tokens) {
		return false
	}
	switch s.low[t.from] {
	case "a", "an", "the":
	default:
		return false
	}
	// "Speaking to AFP, the president of the league, Jamel Msallem,
	// said": the title is the person's named after it
	if k := t.to; k < len(s.Tokens) {
		for k < len(s.Tokens) && !s.isPunct(k) && k < t.to+12 {
			k++
		}
		if k+1 < len(s.Tokens) && s.Tokens[k].Text == "," {
			if p := x.entityAt(s, k+1); p >= 0 && x.typeOf(p) == newsgraph.Person {
				return false
			}
		}
	}
	return t.kind == lexicon.Member || t.kind == lexicon.Leads || t.kind == lexicon.Occupation
}

// onlyAfterOf reports whether every name mention of entity ei follows a
// person's name and "of", and nothing else refers to it: a name known
// only as what someone is "of".
func (x *doc) onlyAfterOf(ei int) bool {
	for _, mi := range x.ents[ei].ments {
		m := x.ments[mi]
		if m.kind != mName || m.a < 2 {
			return false
		}
		s := x.sents[m.s]
		k := m.a - 1
		if s.low[k] == "the" && k >= 2 {
			k--
		}
		if s.low[k] != "of" || s.ment[k-1] < 0 || x.ments[s.ment[k-1]].ent < 0 || x.typeOf(x.ments[s.ment[k-1]].ent) != newsgraph.Person {
			return false
		}
	}
	return true
}
