package parse

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// An entity is one thing the document talks about: the mentions that refer
// to it, its best name, type, other names and roles.
type entity struct {
	name    string
	typ     newsgraph.EntityType
	votes   map[newsgraph.EntityType]float64
	ments   []int
	aliases []string
	roles   []string
	// words is the folded words of its longest name.
	words   []string
	quote   bool
	concept bool
	// posts are the organizations and places a person holds a post in
	// (what a resignation is from).
	posts []int
	// otherName is a name the entity had before (a birth name), never
	// shown as its name.
	otherName string
	// kin holds the family nouns the document introduces the entity with
	// ("his daughter Nettie Baker").
	kin map[string]bool
	// address is the form of address the text gives the person ("Mrs."),
	// which tells the gender but is no role.
	address string
	// named is set when the words around a name show it is one ("The
	// Verge", "Time magazine"), whatever its typing says.
	named bool
	span  newsgraph.Span // a quotation's text
	first int            // byte offset of its first mention
	// kindVotes sums the typing evidence of the entity's names;
	// typedNames records which names were counted.
	kindVotes  ner.Votes
	typedNames map[*ner.Votes]bool
	// lead caches leadingType while leadValid.
	lead      newsgraph.EntityType
	leadValid bool
	// sure is the type a name of the entity gives by its own words ("the
	// Costa Sur power plant"), "" when none does.
	sure newsgraph.EntityType
	// extra are mentions that are not tokens of a name (a place written
	// "Frederick, Maryland").
	extra []newsgraph.Mention
}

func (e *entity) addAlias(a string) {
	a = strings.TrimSpace(a)
	if a == "" {
		return
	}
	for _, b := range e.aliases {
		if b == a {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

func (e *entity) addRole(r string) {
	r = strings.TrimSpace(r)
	if r == "" {
		return
	}
	if addressOnly(r) {
		e.address = r // ("Then Mr.": a form of address is no role)
		return
	}
	// "lead author Professor": a role and a title before the name, two
	// roles
	if ws := strings.Fields(r); len(ws) >= 2 {
		for k := 1; k < len(ws); k++ {
			if capitalised(ws[k]) && !capitalised(ws[k-1]) && lexicon.Role(ws[k-1]) != lexicon.NotRole && lexicon.Role(strings.ToLower(ws[k])) != lexicon.NotRole {
				e.addRole(strings.Join(ws[:k], " "))
				e.addRole(strings.Join(ws[k:], " "))
				return
			}
		}
	}
	for i, b := range e.roles {
		if strings.EqualFold(b, r) || endsWithWord(b, r) {
			return // "guitarist" of "singer/guitarist"
		}
		if endsWithWord(r, b) {
			e.roles[i] = r // "Judge" becomes "Federal District Judge"
			return
		}
	}
	e.roles = append(e.roles, r)
}

// addressOnly reports whether role r is only a form of address, with
// modifiers ("Mr.", "Then Mr."): no title or position.
func addressOnly(r string) bool {
	for _, w := range strings.Fields(strings.ToLower(r)) {
		switch strings.TrimSuffix(w, ".") {
		case "mr", "mrs", "ms", "miss", "mx", "madam", "sir", "then", "former", "late", "cde", "comrade":
		default:
			return false
		}
	}
	return true
}

// endsWithWord reports whether role a ends with the whole words of role b
// ("Federal District Judge" with "Judge", "singer/guitarist" with
// "guitarist"), ignoring case.
func endsWithWord(a, b string) bool {
	if len(a) <= len(b) || !strings.EqualFold(a[len(a)-len(b):], b) {
		return false
	}
	c := a[len(a)-len(b)-1]
	return c == ' ' || c == '/' || c == '-'
}

func (e *entity) vote(t newsgraph.EntityType, w float64) {
	if t == "" {
		return
	}
	if e.votes == nil {
		e.votes = map[newsgraph.EntityType]float64{}
	}
	e.votes[t] += w
	e.leadValid = false
}

// newEntity makes an entity for mention mi.
func (x *doc) newEntity(mi int) int {
	m := x.ments[mi]
	e := &entity{name: m.name, first: x.sents[m.s].Tokens[m.a].Start}
	e.words = strings.Fields(lexicon.Fold(m.name))
	x.ents = append(x.ents, e)
	ei := len(x.ents) - 1
	x.join(mi, ei)
	return ei
}

// join makes mention mi a mention of entity ei.
func (x *doc) join(mi, ei int) {
	m := x.ments[mi]
	e := x.ents[ei]
	m.ent = ei
	e.ments = append(e.ments, mi)
	if m.kind == mName {
		e.addAlias(m.name)
		if m.titled != "" {
			e.addAlias(m.titled)
		}
		if w := strings.Fields(lexicon.Fold(m.name)); len(w) > len(e.words) {
			e.words = w
		}
		surname := len(e.ments) > 1 && !strings.Contains(m.name, " ") && len(e.words) >= 2 && e.words[len(e.words)-1] == lexicon.Fold(m.name) &&
			x.leadingType(e) == newsgraph.Person && clearlyPerson(e)
		// nor the first word alone of an organization's name ("Ford" of
		// "Ford Motor Company" is typed as a person's surname)
		orgShort := len(e.ments) > 1 && !strings.Contains(m.name, " ") && len(e.words) >= 2 && e.words[0] == lexicon.Fold(m.name) &&
			lexicon.Head(e.words[len(e.words)-1]) == lexicon.OrgHead
		surname = surname || orgShort
		if m.kinds != nil && !surname {
			// the typing of the name over the whole document, counted
			// once per name of the entity (but not a person's surname
			// alone: "West" of "Kanye West" is typed as a direction)
			if !e.typedNames[m.kinds] {
				if e.typedNames == nil {
					e.typedNames = map[*ner.Votes]bool{}
				}
				e.typedNames[m.kinds] = true
				for k, v := range m.kinds {
					e.kindVotes[k] += v
				}
				e.leadValid = false
			}
			if m.headTyped || m.orgHeaded {
				e.vote(m.typ, 1) // a head word the typing may not know
			}
			if m.given {
				e.vote(newsgraph.Person, 2.5) // a given name the typing weighs lightly
			}
			if m.belief {
				e.vote(newsgraph.Thing, 6) // a belief the typing takes for a body
			}
		} else if !surname {
			weight := 1.0
			if m.typ != "" && m.ner != "" && nameTypes[m.ner] != m.typ {
				weight = 1.5 // the name's own words outweigh the recognizer
			}
			e.vote(m.typ, weight)
		}
	}
	if m.kind == mName && lexicon.IsDisease(strings.ToLower(m.name)) {
		e.named, e.sure, e.leadValid = true, newsgraph.Thing, false // "measles", "HIV": a disease's name in any case
	}
	if m.kind == mName && m.sure && m.typ != "" {
		// "the James Webb space telescope", "the Costa Sur power plant":
		// the name's own words type it, whatever the typing says
		e.sure = m.typ
		e.leadValid = false
	}
	if st := x.sents[m.s].Tokens[m.a].Start; st < e.first {
		e.first = st
	}
}

// clearlyPerson reports whether a person's full name says it is one: a
// given name first, or a typing that is most of it a person's.
func clearlyPerson(e *entity) bool {
	if f := strings.Fields(e.name); len(f) > 0 && ner.GivenName(f[0]) {
		return true
	}
	sum := 0.0
	for _, v := range e.kindVotes {
		sum += v
	}
	return sum > 0 && e.kindVotes[ner.PersonKind] >= 0.8*sum
}

// isAcronym reports whether a name is written as an acronym ("CIA",
// "U.S.", "TfL").
func isAcronym(name string) bool {
	name = strings.ReplaceAll(name, ".", "")
	if len(name) < 2 || len(name) > 10 || strings.Contains(name, " ") {
		return false
	}
	up := 0
	for _, r := range name {
		if r >= 'A' && r <= 'Z' {
			up++
		} else if !(r >= 'a' && r <= 'z') && !(r >= '0' && r <= '9') && r != '&' {
			return false
		}
	}
	return up >= 2 && up*2 > len(name)
}

// clusterNames groups the name mentions of the document into entities:
// mentions of the same name; a surname or given name with the full name
// it belongs to; an acronym with the name it spells; a short form of an
// institution's name ("the House", "Senate") with its full name.
func (x *doc) clusterNames() {
	var names []int
	for mi, m := range x.ments {
		if m.kind == mName {
			names = append(names, mi)
		}
	}
	// Longer names first, so that short forms find their full names
	// wherever these occur; then text order.
	sort.SliceStable(names, func(i, j int) bool {
		a, b := x.ments[names[i]], x.ments[names[j]]
		wa, wb := len(strings.Fields(a.name)), len(strings.Fields(b.name))
		if wa != wb {
			return wa > wb
		}
		return a.s < b.s || a.s == b.s && a.a < b.a
	})
	byName := map[string]int{}
	for _, mi := range names {
		m := x.ments[mi]
		key := lexicon.Fold(m.name)
		if p, ok := lexicon.Party(m.name); ok {
			key = "party " + lexicon.Fold(p)
		} else if c, ok := countryOf(m.name); ok && !ner.IsDemonym(m.name) && !isRegion(m.name) {
			key = "country " + c // "US", "U.S.", "United States"
		} else if k := countryLed(m.name); k != "" {
			key = k // "U.S. Geological Survey", "United States Geological Survey"
		} else if rest := stormName(strings.Fields(key)); rest != "" {
			key = "storm " + rest // "Hurricane Dorian", "Tropical Storm Dorian"
		} else if k := singular(key); k != key {
			if _, ok := byName[k]; ok {
				key = k // "Indian Railways" and "Indian Railway"
			}
		} else if ei, ok := byName[key+"s"]; ok && x.ents[ei].typ != newsgraph.Person {
			key = key + "s"
		}
		// "a student named Wong" introduces someone new: no short form
		// of a longer name the story gave before ("Joshua Wong")
		// ("the commonwealth's House of Representatives" is the
		// commonwealth's, not the U.S. House the story named before)
		if ei, ok := byName[key]; ok && (!m.introduced || len(x.ents[ei].words) <= 1) &&
			!(x.ownedByPlace(m) && len(x.ents[ei].words) > len(strings.Fields(m.name))) {
			x.join(mi, ei)
			continue
		}
		if ei := x.shortFormOf(m); ei >= 0 && (!m.introduced || len(x.ents[ei].words) <= 1) && !x.ownedByPlace(m) {
			x.join(mi, ei)
			if !((m.typ == newsgraph.Place || m.ner == "PLACE") && x.modifiesRole(m)) {
				byName[key] = ei // (but "an Ithaca undergrad" makes no later "Ithaca" the college)
			}
			continue
		}
		if _, ok := byName[key]; ok {
			x.newEntity(mi)
			continue
		}
		ei := x.newEntity(mi)
		byName[key] = ei
		if k := singular(key); k != key && !strings.HasPrefix(key, "country ") {
			if _, ok := byName[k]; !ok {
				byName[k] = ei
			}
		}
		// the same name without "of Iran" ("Mahan Air of Iran"), or
		// without the chamber it belongs to ("House Oversight and
		// Reform Committee")
		for _, k := range shorterKeys(m.name) {
			if _, ok := byName[k]; !ok {
				byName[k] = ei
			}
		}
	}
	// "Transport for London (TfL)": a bracketed acronym after a name.
	for _, mi := range names {
		m := x.ments[mi]
		s := x.sents[m.s]
		if m.b+2 < len(s.Tokens) && s.Tokens[m.b].Text == "(" && s.Tokens[m.b+2].Text == ")" {
			if ai := s.ment[m.b+1]; ai >= 0 && x.ments[ai].ent >= 0 && x.ments[ai].ent != m.ent && m.ent >= 0 &&
				(isAcronym(x.ments[ai].name) && (x.leadingType(x.ents[m.ent]) != newsgraph.Place || spells(x.ments[ai].name, strings.Fields(m.name)) || strings.ReplaceAll(x.ments[ai].name, ".", "") == "DC") ||
					x.leadingType(x.ents[m.ent]) != newsgraph.Person && blendOf(x.ments[ai].name, strings.Fields(m.name))) {
				// (but "the Bishops' Conference of the Philippines (CBCP)"
				// names no acronym of the Philippines)
				x.merge(m.ent, x.ments[ai].ent)
			}
		}
		// "the Scottish court" of "the Court of Session in Scotland": a
		// nationality's institution is the one named court placed there
		if m.country != "" && m.ent >= 0 {
			if ws := strings.Fields(m.name); len(ws) >= 2 {
				word, d := strings.ToLower(ws[len(ws)-1]), strings.Join(ws[:len(ws)-1], " ")
				one := -1
				for ei, e := range x.ents {
					if ei == m.ent || e.quote || e.concept || len(e.words) < 2 || !slicesContains(e.words, word) || !x.hasName(e) || !x.placedByDemonym(ei, d) {
						continue
					}
					if one >= 0 {
						one = -2
						break
					}
					one = ei
				}
				if one >= 0 {
					x.merge(one, m.ent)
					continue
				}
			}
		}
		// "Republic Act No. 3846, also known as the Radio Control Law",
		// "the Islamic State (also called ISIS)": two names of one entity
		if o, former := x.aliasAfter(s, m); o >= 0 && m.ent >= 0 && o != m.ent && compatibleNames(x.leadingType(x.ents[m.ent]), x.leadingType(x.ents[o])) {
			old := x.ents[o].name
			x.merge(m.ent, o)
			if former {
				x.ents[m.ent].otherName = old // shown under its present name
			}
			continue
		}
		// "Washington, DC": the district names the city it follows
		if m.b+1 < len(s.Tokens) && s.Tokens[m.b].Text == "," && m.ent >= 0 && x.leadingType(x.ents[m.ent]) == newsgraph.Place {
			if ai := s.ment[m.b+1]; ai >= 0 && x.ments[ai].ent >= 0 && x.ments[ai].ent != m.ent && strings.ReplaceAll(x.ments[ai].name, ".", "") == "DC" {
				x.merge(m.ent, x.ments[ai].ent)
			}
		}
	}
}

// aliasAfter returns the entity of a name given as another name of
// mention m right after it ("X, also known as Y", "X (also called Y)",
// "X, formerly known as Y", "X (formerly Y)") or that m was founded
// under ("X was founded in 1988 as Y"), or -1; former tells whether it
// is a name m's entity no longer has.
func (x *doc) aliasAfter(s *sent, m *mention) (ent int, former bool) {
	k := m.b
	if k < len(s.Tokens) && (s.Tokens[k].Text == "," || s.Tokens[k].Text == "(") {
		k++
	}
	if k < len(s.Tokens) && (s.low[k] == "also" || s.low[k] == "formerly" || s.low[k] == "previously") {
		former = s.low[k] != "also"
		k++
	}
	switch {
	case k+1 < len(s.Tokens) && s.low[k] == "known" && s.low[k+1] == "as":
		k += 2
	case k < len(s.Tokens) && s.low[k] == "called" && k > m.b+1 && (s.low[k-1] == "also" || s.low[k-1] == "formerly"):
		k++
	case k > m.b && k < len(s.Tokens) && (s.low[k-1] == "formerly" || s.low[k-1] == "previously") && (s.low[k] == "the" || capitalised(s.Tokens[k].Text)):
		// "the Tarsk Union (formerly the Tarsk Workers Guild)"
	default:
		if b := x.bornAs(s, m); b >= 0 {
			return b, true
		}
		return x.foundedAs(s, m), true
	}
	for k < len(s.Tokens) && (s.low[k] == "the" || quoteMark(s.Tokens[k].Text) != 0) {
		k++
	}
	if k >= len(s.Tokens) {
		return -1, false
	}
	if ni := s.ment[k]; ni >= 0 && x.ments[ni].kind == mName && x.ments[ni].a == k {
		return x.ments[ni].ent, former
	}
	return -1, false
}

// bornAs returns the entity of the birth name given to person mention m
// ("Day was born Doris Mary Ann Kappelhoff in Cincinnati", "… born as Lena
// Holt"), or -1.
func (x *doc) bornAs(s *sent, m *mention) int {
	v := s.head(m.head)
	if v < 0 || s.Tokens[m.head].Rel != "nsubj:pass" || s.lemma[v] != "bear" || s.low[v] != "born" || v+1 >= len(s.Tokens) {
		return -1
	}
	k := v + 1
	if s.low[k] == "as" {
		k++
	}
	if k >= len(s.Tokens) {
		return -1
	}
	if ni := s.ment[k]; ni >= 0 && x.ments[ni].kind == mName && x.ments[ni].a == k && x.ments[ni].ent >= 0 && len(strings.Fields(x.ments[ni].name)) >= 2 &&
		x.leadingType(x.ents[x.ments[ni].ent]) == newsgraph.Person {
		return x.ments[ni].ent
	}
	return -1
}

// foundedAs returns the entity of the name that organization mention m
// was founded under ("The Liberty Party was founded in 1988 as the Rural
// Voters League"), or -1.
func (x *doc) foundedAs(s *sent, m *mention) int {
	v := s.head(m.head)
	if v < 0 || s.Tokens[m.head].Rel != "nsubj:pass" || s.Tokens[v].UPOS != "VERB" {
		return -1
	}
	switch s.lemma[v] {
	case "found", "establish", "form", "create", "launch", "start", "incorporate", "register":
	default:
		return -1
	}
	for _, c := range s.kids[v] {
		if !strings.HasPrefix(s.Tokens[c].Rel, "obl") || s.prep(c) != "as" {
			continue
		}
		if ni := s.ment[c]; ni >= 0 && x.ments[ni].kind == mName && x.ments[ni].ent >= 0 {
			a := x.ments[ni].a
			if s.low[a-1] == "as" || s.low[a-1] == "the" && s.low[a-2] == "as" {
				return x.ments[ni].ent
			}
		}
	}
	return -1
}

// foundedAsDescribed makes the name an organization described by a noun
// was founded under ("The party was founded in 2011 as the Harbor
// Democratic Party") a former name of the organization the description
// stands for, so that the old name takes no later "the party".
func (x *doc) foundedAsDescribed() {
	for _, m := range x.ments {
		if m.kind != mDesc || m.ent < 0 || x.leadingType(x.ents[m.ent]) != newsgraph.Organization {
			continue
		}
		if o := x.foundedAs(x.sents[m.s], m); o >= 0 && o != m.ent && compatibleNames(newsgraph.Organization, x.leadingType(x.ents[o])) {
			old := x.ents[o].name
			x.merge(m.ent, o)
			x.ents[m.ent].otherName = old
		}
	}
}

// onlyPerson returns the one person entity (no quotation or concept) for
// which match holds, or -1; several tells that more than one does.
func (x *doc) onlyPerson(match func(e *entity) bool) (one int, several bool) {
	one = -1
	for ei, e := range x.ents {
		if e.quote || e.concept || x.leadingType(e) != newsgraph.Person || !match(e) {
			continue
		}
		if one >= 0 {
			return -1, true
		}
		one = ei
	}
	return one, false
}

// compatibleNames reports whether two entities typed a and b may be one
// named twice: a person is no place, an organization no person.
func compatibleNames(a, b newsgraph.EntityType) bool {
	if a == b || a == "" || b == "" {
		return true
	}
	person := func(t newsgraph.EntityType) bool { return t == newsgraph.Person }
	return !person(a) && !person(b)
}

// blendOf reports whether alias, one capitalised word in lower case but
// its first letter, is made of the beginnings of name's words, in order,
// the first word's among them ("Phivolcs" of "Philippine Institute of
// Volcanology and Seismology", "Ofcom" of "Office of Communications"):
// at least two pieces, the first of two letters or more.
func blendOf(alias string, name []string) bool {
	r := []rune(alias)
	if len(r) < 4 || len(name) < 2 || !unicode.IsUpper(r[0]) || strings.IndexFunc(alias[1:], func(c rune) bool { return !unicode.IsLetter(c) }) >= 0 ||
		strings.IndexFunc(alias[1:], unicode.IsLower) < 0 {
		return false // (a word of letters, not all capitals: "Ofcom", "CalFire")
	}
	a := strings.ToLower(alias)
	words := make([]string, 0, len(name))
	for _, w := range name {
		if !connector(strings.ToLower(w)) {
			words = append(words, strings.ToLower(w))
		}
	}
	// match(i, k, pieces): a[i:] is made of the beginnings of words[k:]
	var match func(i, k, pieces int) bool
	match = func(i, k, pieces int) bool {
		if i == len(a) {
			return pieces >= 2
		}
		for ; k < len(words); k++ {
			w := words[k]
			for n := min(len(w), len(a)-i); n >= 1; n-- {
				if (pieces > 0 || n >= 2) && a[i:i+n] == w[:n] && match(i+n, k+1, pieces+1) {
					return true
				}
			}
			if pieces == 0 {
				return false // the first piece begins the first word
			}
		}
		return false
	}
	return match(0, 0, 0)
}

// ownedByPlace reports whether the name of a body, mention m, has a
// possessor that is a place or a word for one ("the commonwealth's House
// of Representatives", "the state's Senate").
func (x *doc) ownedByPlace(m *mention) bool {
	s := x.sents[m.s]
	if m.a < 2 || s.Tokens[m.a-1].XPOS != "POS" || !lexicon.IsOrgWord(s.low[m.b-1]) && !lexicon.IsInstitution(s.low[m.b-1]) && s.low[m.b-1] != "representatives" && s.low[m.b-1] != "deputies" {
		return false // (but "Norway's Warholm" is the runner of the story)
	}
	p := m.a - 2
	if t, ok := lexicon.Description(s.lemma[p]); ok && t == "Place" {
		return true
	}
	switch s.lemma[p] {
	case "commonwealth", "state", "island", "territory", "province", "country", "nation", "region", "city", "town":
		return true
	}
	if mi := s.ment[p]; mi >= 0 && x.ments[mi].kind == mName && x.ments[mi].ent >= 0 && x.leadingType(x.ents[x.ments[mi].ent]) == newsgraph.Place {
		return true
	}
	return false
}

// namesakeHead are the head words of places named after something else
// that keeps the name alone: "Leeds" of "Leeds Bridge" is the town,
// "Parliament" of "Parliament Square" the parliament, "Capitol" of
// "Capitol Hill" the building.
var namesakeHead = map[string]bool{"bridge": true, "square": true, "hill": true, "street": true, "road": true, "avenue": true, "lane": true, "park": true, "gardens": true, "plaza": true, "boulevard": true}

// shortFormOf returns the entity of which name mention m is a short form,
// or -1: a surname or given name of one person, an acronym of one name,
// or one word of an institution's name.
func (x *doc) shortFormOf(m *mention) int {
	words := strings.Fields(lexicon.Fold(m.name))
	if len(words) == 0 {
		return -1
	}
	if _, ok := lexicon.Party(m.name); ok && len(words) == 1 {
		return -1 // "Democratic" names the party, not the "Democratic National Committee"
	}
	if n := len(words); n >= 2 && placeFacility[words[n-1]] {
		// "Velm airport" of "Velm International Airport"
		one := -1
		for ei, e := range x.ents {
			if k := len(e.words); k == n+1 && e.words[k-1] == words[n-1] && facilityRank[e.words[k-2]] && prefixOf(words[:n-1], e.words) {
				if one >= 0 && one != ei {
					return -1
				}
				one = ei
			}
		}
		if one >= 0 {
			return one
		}
	}
	if len(words) == 2 && words[1] == strings.ToLower(strings.Fields(m.name)[1]) {
		// "E. coli" and "Escherichia coli": a species by its genus's
		// initial and by its genus, in either order
		abbr := func(w string) bool { return len(w) == 2 && w[1] == '.' }
		for ei, e := range x.ents {
			if len(e.words) == 2 && e.words[1] == words[1] && e.words[0][0] == words[0][0] && abbr(e.words[0]) != abbr(words[0]) {
				return ei
			}
		}
	}
	if isAcronym(m.name) {
		if _, ok := countryOf(m.name); ok {
			return -1 // "US" is the country, not "the 2020 United States presidential election" it spells inside
		}
		for ei, e := range x.ents {
			if e.quote || e.concept || len(e.words) < 2 {
				continue
			}
			if spells(m.name, strings.Fields(e.name)) || spells(m.name, wordsAfterPlace(e.name)) {
				return ei
			}
		}
		return -1
	}
	if len(words) == 1 && m.ner != "ORG" && m.ner != "PLACE" {
		// "Luckasz" after "Łukasz": one person's one name, misspelt
		if one, several := x.onlyPerson(func(e *entity) bool {
			return len(e.words) == 1 && e.words[0] != words[0] && misspelt(words[0], e.words[0]) && !endingDiffers(words[0], e.words[0])
		}); several {
			return -1
		} else if one >= 0 {
			return one
		}
	}
	if len(words) == 2 && (m.ner == "PERSON" || personName(m.name)) {
		// "Mitch Stoltz" after "Mitchell Stoltz": a short given name of
		// the one person of that surname
		if one, several := x.onlyPerson(func(e *entity) bool {
			if len(e.words) != 2 || e.words[1] != words[1] || e.words[0] == words[0] {
				return false
			}
			short, long := words[0], e.words[0]
			if len(short) > len(long) {
				short, long = long, short
			}
			return len(short) >= 3 && strings.HasPrefix(long, short) && !strings.ContainsFunc(long, func(r rune) bool { return !unicode.IsLetter(r) })
		}); several {
			return -1
		} else if one >= 0 {
			return one
		}
	}
	ordinal := ""
	if s := x.sents[m.s]; m.a >= 1 && ordinals[s.low[m.a-1]] {
		ordinal = s.low[m.a-1] // "this second Olympiad" is no other Olympiad
	}
	best := -1
	for ei, e := range x.ents {
		if e.quote || e.concept || len(e.words) <= len(words) || ordinal != "" && !slicesContains(e.words, ordinal) {
			continue
		}
		if lexicon.In(lexicon.ShipPrefix, strings.ToUpper(e.words[0])) && (m.ner == "PERSON" || personName(m.name)) {
			continue // "MV Lena Varga" is named after Lena Varga, who is someone else
		}
		t := x.leadingType(e)
		if len(words) == 1 && strings.ContainsAny(words[0], "0123456789") && (e.words[len(e.words)-1] == words[0] || e.words[len(e.words)-1] == words[0]+"s") {
			// "A300" of "Airbus A300s": a model without its maker
			if best >= 0 && best != ei {
				return -1
			}
			best = ei
			continue
		}
		switch {
		case t == newsgraph.Person || (t == "" || t == newsgraph.Thing) && personLike(e.words) && m.typ != newsgraph.Organization && m.typ != newsgraph.Place:
			if len(words) > 2 || m.headTyped && !(len(words) == 1 && words[0] == e.words[len(e.words)-1] && clearlyPerson(e)) || m.sure && m.typ != newsgraph.Person {
				continue // (but "Day" of "Doris Day", typed by its word as an event, is her surname)
			}
			// surname ("Mendez"), one of two surnames ("Vázquez" of
			// "Wanda Vázquez Garced"), given name ("Jonna"), or given
			// name and surname without a middle name
			n := len(e.words)
			if len(words) == 1 && words[0] == e.words[len(e.words)-1] && x.kinOfNamesake(e) {
				continue // "Trump" of "Trump's niece Mary Trump" is someone else
			}
			if suffixOf(words, e.words) || len(words) == 1 && (words[0] == e.words[0] || n >= 3 && slicesContains(e.words[1:], words[0]) ||
				m.ner != "ORG" && m.ner != "PLACE" && (misspelt(words[0], e.words[n-1]) && !endingDiffers(words[0], e.words[n-1]) || misspelt(words[0], e.words[0]) && !endingDiffers(words[0], e.words[0]))) {
				// (but "Sharia" is no misspelt "Sharif": a different ending makes another word)
				if best < 0 || e.first < x.ents[best].first {
					best = ei // the first introduced
				}
			} else if len(words) == 2 && words[0] == e.words[0] && words[1] == e.words[n-1] {
				return ei
			}
		case t == newsgraph.Thing && len(e.words) == len(words)+1 && thingTail[e.words[len(words)]] && prefixOf(words, e.words):
			// "Powassan" of "Powassan virus"
			if best >= 0 && best != ei {
				return -1
			}
			best = ei
		case t == newsgraph.Event && len(words) == 1 && stormName(e.words) == words[0]:
			// "Dorian" of "Hurricane Dorian": a storm by its name
			if best >= 0 && best != ei {
				return -1
			}
			best = ei
		case t == newsgraph.Organization || t == newsgraph.Place || t == newsgraph.Event:
			ew0 := e.words
			facility := len(ew0) == len(words)+2 && prefixOf(words, ew0) && facilityModifier[ew0[len(ew0)-2]] && placeFacility[ew0[len(ew0)-1]]
			if m.ner == "PERSON" && !m.headTyped && !facility && (len(words) > 1 || x.surname(words[0]) || x.givenName(words[0])) {
				continue // ("Mahan" of "Mahan Air" is no person's name, but "Ford" of "Ford Motor Company" is the company's where no person is called so)
			}
			ew := e.words
			if n := len(ew); n >= 4 && ew[n-2] == "of" {
				if _, ok := countryOf(ew[n-1]); ok {
					ew = ew[:n-2] // "Mahan Air of Iran"
				}
			}
			if t == newsgraph.Place && placeFacility[ew[len(ew)-1]] && x.locatingName(m) {
				continue // "Velm Airport, Tarsk": the town that places a name, not "Tarsk Airport"
			}
			match := false
			switch {
			case len(words) == 1 && lexicon.IsOrgWord(words[0]) && (words[0] == e.words[0] || words[0] == e.words[len(e.words)-1] || words[0] == nameHead(e.words)) &&
				!(chambers[words[0]] && words[0] == e.words[0] && e.words[1] != "of") &&
				!(chambers[words[0]] && words[0] == e.words[len(e.words)-1] && !x.chamberOwner(e.words[:len(e.words)-1])):
				// "the House" of "House of Representatives", "Senate"
				// of "U.S. Senate" (but not of "House Intelligence
				// Committee", one of its committees)
				match = true
			case len(words) == 1 && t == newsgraph.Event && lexicon.Head(words[0]) == lexicon.EventHead && words[0] == e.words[len(e.words)-1] && len(e.words) >= 2:
				// "the Olympiad" of "the 2016 Vetch Olympiad"
				match = true
			case len(words) == 1 && t == newsgraph.Place && lexicon.Head(words[0]) == lexicon.PlaceHead && words[0] == e.words[len(e.words)-1]:
				// "the Hall" of "Fishmongers' Hall"
				match = true
			case len(words) == 1 && t == newsgraph.Organization && len(e.words) <= 3 && words[0] == e.words[len(e.words)-1] && strings.HasSuffix(words[0], "s") &&
				!lexicon.IsOrgWord(words[0]) && !lexicon.IsOrgWord(e.words[0]) && len([]rune(words[0])) >= 4 && m.a >= 1 && x.sents[m.s].low[m.a-1] == "the" && !x.placeLike(x.sents[m.s], m.a, m.b):
				// "the Falcons" of "Charlotte Falcons": a team by its
				// plural name without its town
				match = true
			case prefixOf(words, ew) && headWords(ew[len(words):]) && !placePrefix(words) && !isRegion(m.name) && !isCapital(m.name) && !adminHead(ew[len(ew)-1]) && !namesakeHead[ew[len(ew)-1]] &&
				(m.typ != newsgraph.Place && m.ner != "PLACE" || t == newsgraph.Place || t == newsgraph.Organization && x.modifiesRole(m)):
				// (a place's short name is a place of that name: "Payam"
				// of "Payam International Airport", but "Christchurch" is
				// not "Christchurch District Court")
				// "Mahan" of "Mahan Air", "Ithaca" of "Ithaca College"
				match = true
			case len(words) >= 2 && len(e.words) > len(words)+1 && prefixOf(words, e.words) && lexicon.Head(words[len(words)-1]) == lexicon.OrgHead &&
				(e.words[len(words)] == "for" || e.words[len(words)] == "of" || e.words[len(words)] == "on") && t == newsgraph.Organization && !chambers[words[len(words)-1]]:
				// "the Max Planck Institute" of "Max Planck Institute for
				// Evolutionary Anthropology", "the Halvorsen Foundation" of
				// "Halvorsen Foundation for the Arts"
				match = true
			case len(words) >= 2 && suffixOf(words, e.words) && len(e.words)-len(words) <= leadingQualifiers(e.name):
				// "World Athletics Championships" of "2019 IAAF World
				// Athletics Championships" (a year, the organizer's
				// acronym), "Tippu Express" of "Mysuru–Bengaluru Tippu
				// Express" (a route)
				match = true
			case t == newsgraph.Place && len(words)+1 == len(e.words) && prefixOf(words, e.words) && (e.words[len(e.words)-1] == "dc" || e.words[len(e.words)-1] == "d.c."):
				// "Washington" of "Washington D.C."
				match = true
			case t == newsgraph.Place && len(words)+1 == len(e.words) && prefixOf(words, e.words) && describedVenue(e.name):
				// "Notre Dame" of "Notre Dame cathedral": the name
				// with its kind in lower case (but "Cahors" is no short
				// form of "Cahors Cathedral")
				match = true
			case t == newsgraph.Event && len(words) >= 2 && suffixOf(words, e.words) && !divisionWords(e.words[:len(e.words)-len(words)]):
				// "Maker Faire" of "Mini Maker Faire" (but "World Cup" is
				// not "Women's World Cup")
				match = true
			case t == newsgraph.Event && len(words) >= 2 && eventShortName(words, e):
				// "World Championships" of "World Athletics
				// Championships"
				match = true
			case suffixOf(words, e.words) && (placePrefix(e.words[:len(e.words)-len(words)]) || len(e.words)-len(words) == 1 && (x.placeWords[e.words[0]] || isCapital(e.words[0]) || demonymWord(e.words[0]) && len(words) >= 2)) &&
				(t != newsgraph.Place || lexicon.Head(words[len(words)-1]) == lexicon.PlaceHead || !placePrefix(words) && !x.placeWords[words[0]] && m.ner != "PLACE"):
				// ("Underground" of "London Underground", but not
				// "Ireland" of "Northern Ireland")
				// "Senate" of "U.S. Senate", "Geological Survey" of "U.S.
				// Geological Survey"
				match = true
			}
			if match {
				if best >= 0 && best != ei {
					return -1 // ambiguous
				}
				best = ei
			}
		}
	}
	return best
}

// seatWord reports whether the last word of a name makes it a building or
// street that stands for the body in it ("White House", "Downing Street").
func seatWord(w string) bool {
	switch w {
	case "House", "Palace", "Street", "Hall":
		return true
	}
	return false
}

// divisionWords reports whether folded words name a division of a
// contest ("women's", "junior", "under-21"): the event without them is
// another one.
func divisionWords(ws []string) bool {
	for _, w := range ws {
		switch strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") {
		case "women", "men", "womens", "mens", "ladies", "girls", "boys", "junior", "juniors", "youth", "senior", "seniors", "masters", "paralympic", "amateur", "u21", "u-21", "u23", "u-23", "u19", "u20":
			return true
		}
		if strings.HasPrefix(w, "under-") {
			return true
		}
	}
	return false
}

// describedVenue reports whether a place's name ends in a lower-case noun
// for its kind of building ("Notre Dame cathedral", "Wembley stadium").
func describedVenue(name string) bool {
	fs := strings.Fields(name)
	last := fs[len(fs)-1]
	if len(fs) < 2 || last != strings.ToLower(last) {
		return false
	}
	switch last {
	case "cathedral", "church", "basilica", "abbey", "mosque", "temple", "chapel", "synagogue", "stadium", "arena", "palace", "castle":
		return true
	}
	return false
}

// leadingQualifiers returns how many of the first words of name only
// qualify the rest (never all of them): years ("2019"), acronyms of an
// organizer ("IAAF") and routes of two capitalised names joined by a dash
// ("Mysuru–Bengaluru").
func leadingQualifiers(name string) int {
	fs := strings.Fields(name)
	n := 0
	for n < len(fs)-1 && (yearWord(fs[n]) || isAcronym(fs[n]) || routeWord(fs[n])) {
		n++
	}
	return n
}

// yearWord reports whether w is a year of modern news ("2019").
func yearWord(w string) bool {
	y, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && y >= 1800 && y <= 2199
}

// routeWord reports whether w is two capitalised names joined by a dash
// ("Mysuru–Bengaluru", "London-Paris").
func routeWord(w string) bool {
	for _, d := range []string{"–", "—", "-"} {
		if a, b, ok := strings.Cut(w, d); ok {
			return len(a) > 1 && len(b) > 1 && capitalised(a) && capitalised(b) && !strings.ContainsAny(a+b, "-–—0123456789")
		}
	}
	return false
}

// eventShortName reports whether folded words name event e with words of
// its name left out: the same first and last word, in order ("World
// Championships" of "World Athletics Championships"), after the
// qualifiers of e's name ("2019 IAAF").
func eventShortName(words []string, e *entity) bool {
	ew := e.words
	if n := min(leadingQualifiers(e.name), len(ew)-2); n >= 1 {
		ew = ew[n:]
	}
	if len(words) >= len(ew) || words[0] != ew[0] || words[len(words)-1] != ew[len(ew)-1] {
		return false
	}
	k := 0
	for _, w := range ew {
		if k < len(words) && w == words[k] {
			k++
		}
	}
	return k == len(words)
}

// endingDiffers reports whether two names differ only in their last
// letter ("Martin", "Martina"; "Antonio", "Antonia"): another person's
// name, not a misspelling.
func endingDiffers(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= min(len(ra), len(rb))-1
}

// misspelt reports whether folded word w is a misspelling of name part p
// ("Chriac" of "Chirac", "Luckasz" of "Łukasz"): both of six letters or
// more ("Marsh" is no misspelling of "March"), with the same first letter,
// one letter added, dropped or changed, or two letters swapped.
func misspelt(w, p string) bool {
	a, b := []rune(w), []rune(p)
	if w == p || min(len(a), len(b)) < 6 || a[0] != b[0] {
		return false
	}
	if lexicon.EditDistance(a, b, 1) <= 1 {
		return true
	}
	if len(a) != len(b) {
		return false
	}
	diff := []int{}
	for i := range a {
		if a[i] != b[i] {
			diff = append(diff, i)
		}
	}
	return len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
}

// surname reports whether a folded word is the last word of a person's
// name of the document.
func (x *doc) surname(w string) bool {
	for _, e := range x.ents {
		if len(e.words) >= 2 && e.words[len(e.words)-1] == w && x.leadingType(e) == newsgraph.Person {
			return true
		}
	}
	return false
}

// givenName reports whether a folded word is the first word of a person's
// name of the document.
func (x *doc) givenName(w string) bool {
	for _, e := range x.ents {
		if len(e.words) >= 2 && e.words[0] == w && x.leadingType(e) == newsgraph.Person {
			return true
		}
	}
	return false
}

// personName reports whether a name as written looks like a person's:
// two to four words, none a head word, the first a given name of the
// gazetteer.
func personName(name string) bool {
	w := strings.Fields(name)
	return len(w) >= 2 && personLike(strings.Fields(lexicon.Fold(name))) && ner.GivenName(w[0])
}

// personLike reports whether folded name words look like a person's name:
// two to four words, none of them a head word of organizations, places,
// events or things, nor a connector.
func personLike(words []string) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if lexicon.Head(w) != lexicon.NoHead || connector(w) {
			return false
		}
	}
	return true
}

// headWords reports whether every word is a head word of organizations or
// places ("air", "airlines", "international airport"), or the remainder
// starts with "of".
func headWords(words []string) bool {
	if len(words) == 0 {
		return false
	}
	if words[0] == "of" {
		return true
	}
	if len(words) == 2 && facilityModifier[words[0]] && placeFacility[words[1]] {
		return true // "Costa Sur" of "Costa Sur power plant" (but "Cahors" is no short form of "Cahors Cathedral")
	}
	for _, w := range words {
		switch lexicon.Head(w) {
		case lexicon.OrgHead, lexicon.PlaceHead:
		default:
			switch lexicon.Head(w + "s") {
			case lexicon.OrgHead, lexicon.PlaceHead:
				continue // "Motor" of "Motors"
			}
			if w != "international" && w != "national" {
				return false
			}
		}
	}
	return true
}

// countryLed returns the key under which a name that starts with a
// country's name is the same whichever form of the country it uses ("U.S.
// Geological Survey", "United States Geological Survey"), or "".
func countryLed(name string) string {
	w := strings.Fields(name)
	if len(w) >= 3 && yearWord(w[0]) {
		// "2020 U.S. presidential election", "2020 US Presidential
		// Election": a year, then a country-led name
		if k := countryLed(strings.Join(w[1:], " ")); k != "" {
			return k + " " + w[0]
		}
		return ""
	}
	// "Supreme Court of the United Kingdom" is the "UK Supreme Court"
	for k := len(w) - 2; k >= 2; k-- {
		if w[k] != "of" {
			continue
		}
		tail := w[k+1:]
		if len(tail) > 1 && strings.EqualFold(tail[0], "the") {
			tail = tail[1:]
		}
		if c, ok := countryOf(strings.Join(tail, " ")); ok && !ner.IsDemonym(strings.Join(tail, " ")) && lexicon.Head(strings.ToLower(w[k-1])) == lexicon.OrgHead {
			return "country-led " + lexicon.Fold(c) + " " + lexicon.Fold(strings.Join(w[:k], " "))
		}
		break
	}
	for k := len(w) - 1; k >= 1; k-- {
		head := strings.Join(w[:k], " ")
		if c, ok := countryOf(head); ok && (!ner.IsDemonym(head) || stateBody[lexicon.Fold(strings.Join(w[k:], " "))]) {
			// (a people's name leads only a state's own bodies: "the
			// British government" is the UK government, "British
			// Airways" no "UK Airways")
			return "country-led " + lexicon.Fold(c) + " " + lexicon.Fold(strings.Join(w[k:], " "))
		}
	}
	return ""
}

// stateBody are the folded names of a state's own bodies, which its
// people's name leads as well as its own ("the British government", "the
// UK government").
var stateBody = map[string]bool{"government": true, "parliament": true, "congress": true, "senate": true, "cabinet": true, "army": true,
	"navy": true, "air force": true, "military": true, "armed forces": true, "police": true, "embassy": true, "consulate": true,
	"foreign ministry": true, "defence ministry": true, "defense ministry": true, "health ministry": true, "coast guard": true, "supreme court": true}

// matchVerbs are the verbs of a game's result.
var matchVerbs = map[string]bool{"defeat": true, "beat": true, "edge": true, "thrash": true, "overcome": true, "draw": true, "tie": true, "lose": true, "outscore": true, "rout": true, "knock": true}

// hasScore reports whether the clause of verb v gives a score ("43–5",
// "45 points to 24").
func hasScore(s *sent, v int) bool {
	a, b := s.subtree(v)
	for k := max(a, v); k < b && k < len(s.Tokens); k++ {
		t := s.Tokens[k].Text
		if i := strings.IndexAny(t, "–-"); i > 0 && i < len(t)-1 && isDigits(t[:i]) && isDigits(strings.TrimLeft(t[i:], "–-")) {
			return true
		}
		if isDigits(t) && k+1 < len(s.Tokens) && s.low[k+1] == "points" {
			return true
		}
		if isDigits(t) && k+2 < len(s.Tokens) && isDash(s.Tokens[k+1].Text) && isDigits(s.Tokens[k+2].Text) {
			return true // "43 – 5"
		}
	}
	return false
}

// isDigits reports whether t is a non-empty run of ASCII digits.
func isDigits(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// kinOfNamesake reports whether person e is introduced as the relative
// of someone of their surname ("Trump's niece Mary Trump"): the surname
// alone then names the other.
func (x *doc) kinOfNamesake(e *entity) bool {
	last := e.words[len(e.words)-1]
	for _, mi := range e.ments {
		m := x.ments[mi]
		if m.kind != mName || m.a < 3 {
			continue
		}
		s := x.sents[m.s]
		if lexicon.IsKin(s.low[m.a-1]) && s.Tokens[m.a-2].XPOS == "POS" && lexicon.Fold(s.Tokens[m.a-3].Text) == last {
			return true
		}
	}
	return false
}

// shorterKeys returns the folded shorter names an organization's name
// may be written as: without a country after "of" ("Mahan Air of Iran":
// "Mahan Air"), and without the chamber before a committee's name
// ("House Oversight and Reform Committee": "Oversight and Reform
// Committee"). Each has at least two words.
func shorterKeys(name string) []string {
	w := strings.Fields(name)
	var out []string
	if n := len(w); n >= 4 && w[n-2] == "of" {
		if _, ok := countryOf(w[n-1]); ok && !ner.IsDemonym(w[n-1]) {
			out = append(out, lexicon.Fold(strings.Join(w[:n-2], " ")))
		}
	}
	if n := len(w); n >= 3 && chambers[strings.ToLower(w[0])] && lexicon.Head(strings.ToLower(w[n-1])) == lexicon.OrgHead {
		out = append(out, lexicon.Fold(strings.Join(w[1:], " ")))
	}
	if k := personCore(w); k != "" {
		out = append(out, k) // "John Harlan" of "John Edward Harlan Jr."
	}
	return out
}

// personCore returns the folded given name and surname of a person's
// name of three words or more whose other words are middle names,
// initials or a generational suffix ("John Edward Harlan Jr.", "Ana M.
// Ruiz", "Tom Blake III"), or "".
func personCore(w []string) string {
	if len(w) < 3 || !ner.GivenName(w[0]) || lexicon.Head(strings.ToLower(w[len(w)-1])) != lexicon.NoHead {
		return "" // (not "Victoria Hospital" of "Victoria Park Hospital")
	}
	n := len(w)
	if generational(w[n-1]) {
		n--
	}
	if n < 2 || n == len(w) && n < 3 || n > 4 {
		return ""
	}
	for _, m := range w[1 : n-1] {
		if !capitalised(m) || lexicon.Role(strings.ToLower(m)) != lexicon.NotRole || strings.ToLower(m) == "of" {
			return ""
		}
	}
	if !capitalised(w[n-1]) || generational(w[n-1]) {
		return ""
	}
	return lexicon.Fold(w[0] + " " + w[n-1])
}

// generational reports whether a word of a name as written is a
// generational suffix ("Jr.", "Sr.,", "III"); generationMark decides.
func generational(w string) bool {
	return generationMark(strings.ToLower(strings.TrimSuffix(w, ",")))
}

// chambers are the houses of a legislature whose committees news names
// with or without them.
var chambers = map[string]bool{"house": true, "senate": true, "parliament": true, "commons": true, "lords": true, "assembly": true}

// nameHead returns the head word of a folded name that goes on after it
// with "for", "of" or "on" ("court" of "United States District Court for
// the Southern District of New York"), or "".
func nameHead(ws []string) string {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] == "for" || ws[i] == "of" || ws[i] == "on" {
			return ws[i-1]
		}
	}
	return ""
}

// demonymWord reports whether a folded word is a nationality's
// ("norvian" of "Norvian Temperance Party").
func demonymWord(w string) bool {
	return w != "" && ner.IsDemonym(strings.ToUpper(w[:1])+w[1:])
}

// chamberOwner reports whether the folded words before a chamber's word
// name whose chamber it is ("U.S." of "U.S. House", "Michigan" of
// "Michigan Senate"), so that "the House" may be its short form; "the
// House" is not the White House.
func (x *doc) chamberOwner(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	name := strings.Join(ws, " ")
	if _, ok := countryOf(strings.ToUpper(name)); ok {
		return true // "u.s." of "U.S. House"
	}
	return placePrefix(ws) || isRegion(name) || len(ws) == 1 && x.placeWords[ws[0]] || x.placeNames[name]
}

// adminHead reports whether a folded word names an administrative region
// ("oblast", "province"): "Tyumen" is a city, not "Tyumen Oblast".
func adminHead(w string) bool {
	switch w {
	case "oblast", "province", "region", "county", "state", "prefecture", "governorate", "district", "krai", "canton", "department", "municipality", "parish", "territory", "division":
		return true
	}
	return false
}

// placePrefix reports whether words name a country ("u.s.", "united
// states").
func placePrefix(words []string) bool {
	_, ok := countryOf(strings.Join(words, " "))
	return ok && len(words) > 0
}

// prefixOf reports whether words are the first words of name.
func prefixOf(words, name []string) bool {
	if len(words) >= len(name) {
		return false
	}
	for i, w := range words {
		if name[i] != w {
			return false
		}
	}
	return true
}

func slicesContains(ws []string, w string) bool {
	for _, v := range ws {
		if v == w {
			return true
		}
	}
	return false
}

// wordsAfterPlace returns the words of a name without a leading country
// ("United States Central Intelligence Agency" → "Central Intelligence
// Agency").
func wordsAfterPlace(name string) []string {
	w := strings.Fields(name)
	for k := len(w) - 1; k > 0; k-- {
		if _, ok := countryOf(strings.Join(w[:k], " ")); ok {
			return w[k:]
		}
	}
	return w
}

// suffixOf reports whether words are the last words of name.
func suffixOf(words, name []string) bool {
	if len(words) >= len(name) {
		return false
	}
	off := len(name) - len(words)
	for i, w := range words {
		if name[off+i] != w {
			return false
		}
	}
	return true
}

// kindTypes maps the typing's kinds onto entity types.
var kindTypes = map[ner.Kind]newsgraph.EntityType{
	ner.PersonKind: newsgraph.Person, ner.OrganizationKind: newsgraph.Organization, ner.PlaceKind: newsgraph.Place,
	ner.EventKind: newsgraph.Event, ner.ThingKind: newsgraph.Thing,
}

// leadingType returns the type with the most votes so far (the typing's
// evidence and the extractor's own), "" when none.
func (x *doc) leadingType(e *entity) newsgraph.EntityType {
	if e.leadValid {
		return e.lead
	}
	e.lead, e.leadValid = x.computeLeadingType(e), true
	return e.lead
}

func (x *doc) computeLeadingType(e *entity) newsgraph.EntityType {
	if e.sure != "" {
		return e.sure
	}
	var best newsgraph.EntityType
	bw := 0.0
	for _, t := range []newsgraph.EntityType{newsgraph.Person, newsgraph.Organization, newsgraph.Place, newsgraph.Event, newsgraph.Thing} {
		if w := typeWeight(e, t); w > bw {
			best, bw = t, w
		}
	}
	return best
}

// typeWeight is the evidence that entity e is of type t: the document's
// own votes and the typing's.
func typeWeight(e *entity, t newsgraph.EntityType) float64 {
	w := e.votes[t]
	for k, kt := range kindTypes {
		if kt == t {
			w += e.kindVotes[k]
		}
	}
	return w
}

// listKind returns the type of the plural noun that introduces the list
// name mention m belongs to ("firms including X, Y and Z", "countries
// such as X"), walking left over the names and commas of the list.
func (x *doc) listKind(s *sent, m *mention) (newsgraph.EntityType, bool) {
	k := m.a - 1
	for k >= 0 {
		switch {
		case s.ment[k] >= 0 && x.ments[s.ment[k]].kind == mName:
			k = x.ments[s.ment[k]].a - 1
			continue
		case s.Tokens[k].Text == "," || s.low[k] == "and" || s.low[k] == "or":
			k--
			continue
		}
		break
	}
	if k < 1 {
		return "", false
	}
	noun := k - 1
	switch {
	case s.low[k] == "including" || s.low[k] == "like":
	case s.low[k] == "as" && s.low[k-1] == "such" && k >= 2:
		noun = k - 2
	case s.low[k] == "of" && m.a > k+1:
		// "the villages of Tolo and Marisel": the places a plural place
		// noun lists (but not "the leaders of X and Y": of no kind)
		if t, ok := lexicon.Description(s.lemma[noun]); !ok || t != string(newsgraph.Place) {
			return "", false
		}
	default:
		return "", false
	}
	if s.Tokens[noun].XPOS != "NNS" {
		return "", false
	}
	t, ok := lexicon.Description(s.lemma[noun])
	return newsgraph.EntityType(t), ok
}

// notEntity reports whether the typing says an entity's names name
// nothing (a time zone, a language, an acronym of a technology) with
// more evidence than any type.
func (x *doc) notEntity(e *entity) bool {
	if _, ok := lexicon.Party(e.name); ok {
		return false // a party word names the party
	}
	k, conf := e.kindVotes.Best()
	if k == ner.NotEntity && x.namesCraft(e) {
		return false // "its Falcon Heavy rocket": a model's name, however adjectival its last word
	}
	return k == ner.NotEntity && conf >= 0.5 && len(e.roles) == 0 && !e.named || x.initialCommonPlural(e)
}

// namesCraft reports whether a name of e is written before the kind of
// craft it names ("the Falcon Heavy rocket", "a Dash 8 aircraft").
func (x *doc) namesCraft(e *entity) bool {
	for _, mi := range e.ments {
		m := x.ments[mi]
		if s := x.sents[m.s]; m.kind == mName && m.b-m.a >= 2 && m.b < len(s.Tokens) && (lexicon.In(lexicon.Vehicle, s.lemma[m.b]) || s.lemma[m.b] == "spacecraft") {
			return true
		}
	}
	return false
}

// initialCommonPlural reports whether an entity is only a plural noun for
// people that was capitalised because it began its sentences
// ("Protesters called for …", "Rioters broke in"): a group, no name.
func (x *doc) initialCommonPlural(e *entity) bool {
	if len(e.words) != 1 || len(e.roles) > 0 || e.named {
		return false
	}
	w := e.words[0]
	if !(strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ors") || strings.HasSuffix(w, "ants") || strings.HasSuffix(w, "ents")) || len(w) < 6 {
		return false
	}
	if _, ok := countryOf(w); ok || ner.IsDemonym(e.name) || x.demonymPlural(e.name) {
		return false
	}
	n := 0
	for _, mi := range e.ments {
		m := x.ments[mi]
		if m.kind != mName {
			continue
		}
		n++
		if m.b-m.a != 1 || m.ner == "ORG" || m.ner == "PERSON" || !(m.a == 0 || x.sents[m.s].quoteStart(m.a)) {
			return false
		}
	}
	return n > 0
}

// merge moves every mention of entity b into entity a.
func (x *doc) merge(a, b int) {
	if a == b || a < 0 || b < 0 {
		return
	}
	eb := x.ents[b]
	for _, mi := range eb.ments {
		x.ments[mi].ent = -1
		x.join(mi, a)
	}
	ea := x.ents[a]
	for _, al := range eb.aliases {
		ea.addAlias(al)
	}
	if ea.sure == "" && eb.sure != "" {
		ea.sure, ea.leadValid = eb.sure, false
	}
	for _, r := range eb.roles {
		ea.addRole(r)
	}
	if ea.address == "" {
		ea.address = eb.address
	}
	if !(len(eb.words) == 1 && len(ea.words) >= 2 && eb.words[0] == ea.words[len(ea.words)-1] && x.leadingType(ea) == newsgraph.Person && clearlyPerson(ea)) {
		// (a surname's own typing does not retype the person)
		for t, w := range eb.votes {
			ea.vote(t, w)
		}
		for k, v := range eb.kindVotes {
			ea.kindVotes[k] += v
		}
	}
	ea.named = ea.named || eb.named
	for k := range eb.kin {
		if ea.kin == nil {
			ea.kin = map[string]bool{}
		}
		ea.kin[k] = true
	}
	ea.leadValid = false
	if len(eb.words) > len(ea.words) {
		ea.words = eb.words
	}
	ea.extra = append(ea.extra, eb.extra...)
	eb.ments, eb.aliases, eb.name = nil, nil, ""
	for i := range x.facts {
		if x.facts[i].s == b {
			x.facts[i].s = a
		}
		if x.facts[i].o == b {
			x.facts[i].o = a
		}
	}
	for _, q := range x.quotes {
		if q.speaker == b {
			q.speaker = a
		}
	}
}

// namesListedWithPeople votes a one-word name listed with given names
// a person ("His daughters are Nadine, Corla, Elspeth, and Tani": Corla
// is no place), unless it is a country or a region.
func (x *doc) namesListedWithPeople() {
	for _, s := range x.sents {
		ms := x.mentionsOf(s)
		for i := 0; i < len(ms); {
			// a list: one-word names joined by commas and "and"
			j := i + 1
			for j < len(ms) {
				p, o := x.ments[ms[j-1]], x.ments[ms[j]]
				if o.kind != mName || p.kind != mName || o.b-o.a != 1 || p.b-p.a != 1 || !listGap(s, p.b, o.a) {
					break
				}
				j++
			}
			if j-i >= 3 {
				given := 0
				for _, mi := range ms[i:j] {
					if m := x.ments[mi]; m.ent >= 0 && ner.GivenName(m.name) && x.leadingType(x.ents[m.ent]) == newsgraph.Person {
						given++
					}
				}
				if 2*given > j-i {
					for _, mi := range ms[i:j] {
						if m := x.ments[mi]; m.ent >= 0 && !x.isCountryOrRegion(x.ents[m.ent]) {
							x.ents[m.ent].vote(newsgraph.Person, 3)
						}
					}
				}
			}
			i = j
		}
	}
}

// listGap reports whether tokens [a, b) of s are what separates two
// items of a list: a comma, "and" or "or", or a comma and one of them.
func listGap(s *sent, a, b int) bool {
	switch b - a {
	case 1:
		return s.Tokens[a].Text == "," || s.low[a] == "and" || s.low[a] == "or"
	case 2:
		return s.Tokens[a].Text == "," && (s.low[a+1] == "and" || s.low[a+1] == "or")
	}
	return false
}

// typeEntities gives every entity its type and best name: the type with
// the most votes, and the longest name of that type.
func (x *doc) typeEntities(final bool) {
	speakers := map[int]bool{}
	for _, f := range x.facts {
		if f.pred == "said" || f.pred == "told" {
			speakers[f.s] = true
		}
	}
	for ei, e := range x.ents {
		if e.quote || e.name == "" {
			continue
		}
		if e.concept {
			e.typ = newsgraph.Thing
			if e.sure != "" {
				e.typ = e.sure // ("the 400 metres hurdles", a race)
			}
			continue
		}
		t := x.leadingType(e)
		if t == "" {
			t = newsgraph.Thing
		}
		if speakers[ei] && (t == newsgraph.Thing || t == newsgraph.Event) && e.votes[t] < 4 && e.sure == "" {
			// a speaker is a person or a body ("Organized Neighbours
			// said"): a person's name is typed by its words
			t = newsgraph.Organization
			if e.votes[newsgraph.Person]+e.kindVotes[ner.PersonKind] > e.votes[newsgraph.Organization]+e.kindVotes[ner.OrganizationKind] {
				t = newsgraph.Person
			}
		}
		if t == newsgraph.Person && camelBrand(e.name) && e.sure == "" {
			t = newsgraph.Organization // "RepresentUS", "PayPal": a brand written in camel case, no one's name
		}
		if final && t == newsgraph.Person && !speakers[ei] && x.lonePersonGuess(ei) {
			t = x.otherThanPerson(e)
		}
		e.typ = t
		best := e.name
		if best == e.otherName {
			best = ""
		}
		if x.countryTail(e, best) {
			w := strings.Fields(best)
			best = strings.Join(w[:len(w)-2], " ") // "Mahan Air", not "Mahan Air of Iran"
		}
		for _, mi := range e.ments {
			m := x.ments[mi]
			if m.kind == mName && len(strings.Fields(m.name)) > len(strings.Fields(best)) && m.name != e.otherName && !x.countryTail(e, m.name) {
				best = m.name
			}
		}
		if best != "" {
			e.name = best
		}
	}
}

// lonePersonGuess reports whether entity ei is a person only by the
// typing's guess: one word in every name ("Python", "Paracetamol",
// "Medium") with nothing that speaks for a person — no given name of
// the gazetteer, no person of WordNet ("Charlemagne"), no title, role,
// form of address or family noun, no "who" or role before it (the
// document's own votes), no "he" or "she" that refers to it. Most such
// one-word names in news are products, works, characters and
// substances; people are introduced by their full names.
func (x *doc) lonePersonGuess(ei int) bool {
	e := x.ents[ei]
	if e.sure != "" || e.named || len(e.words) != 1 || e.kindVotes[ner.PersonKind] >= lonePersonVotes || len(e.roles) > 0 || e.address != "" || len(e.kin) > 0 || e.otherName != "" || e.votes[newsgraph.Person] > 0 {
		return false
	}
	if ner.GivenName(e.name) || ner.WordNetPerson(e.name) || !capitalised(e.name) {
		return false
	}
	for _, mi := range e.ments {
		m := x.ments[mi]
		switch {
		case m.kind == mName && (len(strings.Fields(m.name)) != 1 || m.titled != "" || m.given):
			return false
		case m.kind == mPron && (m.pron == "he" || m.pron == "she" || m.pron == "him" || m.pron == "her" || m.pron == "his" || m.pron == "hers"):
			return false
		case m.kind == mDesc:
			return false // "the 42-year-old", "the singer"
		}
	}
	return true
}

// actsAsBody reports whether entity e is the subject of a verb only a
// person or a body does and a company typically does ("hosted", "hired",
// "sold", "acquired").
func (x *doc) actsAsBody(e *entity) bool {
	for _, mi := range e.ments {
		m := x.ments[mi]
		if m.kind != mName {
			continue
		}
		s := x.sents[m.s]
		if s.Tokens[m.head].Rel != "nsubj" {
			continue
		}
		if v := s.head(m.head); v >= 0 && s.Tokens[v].UPOS == "VERB" && bodyVerbs[s.lemma[v]] {
			return true
		}
	}
	return false
}

// bodyVerbs are what companies and other bodies do.
var bodyVerbs = map[string]bool{"host": true, "hire": true, "employ": true, "sell": true, "buy": true, "acquire": true, "sue": true,
	"sponsor": true, "fund": true, "manufacture": true, "announce": true, "sign": true, "fire": true, "lay": true, "invest": true, "own": true}

// lonePersonVotes is the typing's evidence of a person (about one
// occurrence's vote per occurrence, more for a name the training corpora
// know as a person's) at which a one-word name stays a person without
// other evidence.
const lonePersonVotes = 1.5

// otherThanPerson returns the type of entity e, not a person, with the
// most evidence and at least half a person's; a thing when none has.
func (x *doc) otherThanPerson(e *entity) newsgraph.EntityType {
	// (a kind with half the person's evidence: "a post on Medium", a
	// store; else a thing: "dressed as Catwoman", "written in Python")
	best, bw := newsgraph.Thing, typeWeight(e, newsgraph.Person)/2
	for _, t := range []newsgraph.EntityType{newsgraph.Thing, newsgraph.Organization, newsgraph.Place, newsgraph.Event} {
		if w := typeWeight(e, t); w > bw {
			best, bw = t, w
		}
	}
	if best == newsgraph.Thing && x.actsAsBody(e) {
		return newsgraph.Organization // "Hasbro hosted a panel": what hosts, hires or sells is a body
	}
	return best
}

// contextVotes adds the type evidence of the words around names: a
// relative clause with "who" ("Łukasz, who works at …") or "named X"
// after a noun speaks for a person; "X's chief executive", "shares of X"
// for an organization.
func (x *doc) contextVotes() {
	for _, m := range x.ments {
		if m.kind != mName || m.ent < 0 {
			continue
		}
		s := x.sents[m.s]
		e := x.ents[m.ent]
		for _, c := range s.kids[m.head] {
			if s.Tokens[c].Rel == "acl:relcl" {
				for _, cc := range s.kids[c] {
					switch s.low[cc] {
					case "who", "whom", "whose":
						e.vote(newsgraph.Person, 1.5)
					case "which":
						e.vote(newsgraph.Organization, 0.3)
					}
				}
			}
		}
		// "the rock band Cream", "the airline Mahan Air", "the city of
		// Tyler": a type noun right before the name
		if k := m.a - 1; k >= 0 && (s.ment[k] < 0 || x.ments[s.ment[k]].kind == mDesc && x.ments[s.ment[k]].head == k) {
			of := false
			if k >= 1 && (s.low[k] == "of" || s.low[k] == "the") {
				of = s.low[k] == "of"
				k-- // ("newspaper The Hindu", "the militant group the Islamic State")
			}
			// (but "the founder of Acme Construction" holds a role in it)
			if t, ok := lexicon.Description(s.lemma[k]); ok && s.Tokens[k].UPOS == "NOUN" && !capitalised(s.Tokens[k].Text) &&
				!(of && t == string(newsgraph.Person) && lexicon.Role(s.low[k]) != lexicon.NotRole) && !x.tradeOfPerson(s, k, m) {
				w := 2.0
				if t == string(newsgraph.Organization) && !of && s.low[k] != "the" && !(k >= 1 && s.low[k-1] == "of" || k >= 2 && s.low[k-1] == "the" && s.low[k-2] == "of") {
					// (not "speaker of the parliament Ali Larijani": a title's body, then its holder)
					w = 4 // "the online supermarket Ocado", "the wrestling promotion Stardom": a company, whatever its name looks like
				}
				e.vote(newsgraph.EntityType(t), w)
			}
		}
		if x.roleBeforeGiven(s, m) {
			// "local resident Marla Quinn Hall", "Student Kevin Church": a
			// person's role and a given name outweigh a surname that is
			// also a building's or a body's head word
			e.vote(newsgraph.Person, 3)
		}
		if k := m.a - 1; k >= 1 && lexicon.In(lexicon.CompanyNoun, s.lemma[k]) && s.Tokens[k-1].UPOS == "NOUN" && !capitalised(s.Tokens[k-1].Text) && !lexicon.In(lexicon.WorkNoun, s.lemma[k-1]) && !lexicon.In(lexicon.CreativeNoun, s.lemma[k-1]) && !x.tradeOfPerson(s, k, m) {
			// "the Greek gas producer Energean": a producer of a
			// commodity is a company, not a film's producer
			e.sure, e.leadValid = newsgraph.Organization, false
		}
		if k := m.b; k+1 < len(s.Tokens) && s.Tokens[k].Text == "," && s.ment[k+1] >= 0 && x.ments[s.ment[k+1]].kind == mName && x.ments[s.ment[k+1]].a == k+1 &&
			(isRegion(x.ments[s.ment[k+1]].name) || x.isCountry(s, k+1)) && m.a > 0 && s.Tokens[m.a-1].UPOS == "ADP" && lexicon.Head(strings.ToLower(lastWord(m.name))) == lexicon.PlaceHead {
			// "at her home in Carmel Valley, California": a place named
			// like a person, placed by the region after it
			e.vote(newsgraph.Place, 6)
		}
		if x.character(s, m) {
			e.vote(newsgraph.Thing, 6) // outweighs a given name and the typing
		}
		if k := m.b; k < len(s.Tokens) && s.Tokens[k].Text == s.low[k] && workModified[s.lemma[k]] && s.head(m.head) == k {
			// "its Star Wars products", "a Sliders reboot": a work or a
			// franchise, named before what is made of it
			e.vote(newsgraph.Thing, 3)
		}
		if k := m.a - 1; k >= 1 && s.low[k] == "of" && m.b-m.a <= 2 && m.ner != "ORG" && s.ment[k-1] >= 0 && x.ments[s.ment[k-1]].kind == mName && x.ments[s.ment[k-1]].ner == "PERSON" {
			// "Prime Minister Jane Doe of Norland": where the titled
			// person holds the title, not someone else
			if p := x.ments[s.ment[k-1]]; p.a >= 1 && jurisdictionTitles[s.low[p.a-1]] {
				e.vote(newsgraph.Place, 4)
			}
		}
		if m.a > 0 && (s.low[m.a-1] == "named" || s.low[m.a-1] == "called") && m.a > 1 {
			if _, ok := lexicon.Description(s.lemma[m.a-2]); ok || lexicon.Role(s.low[m.a-2]) != lexicon.NotRole {
				e.vote(newsgraph.Person, 2)
			}
		}
		// "X's chief executive", "X's spokesman"
		if m.b+1 < len(s.Tokens) && s.Tokens[m.b].XPOS == "POS" {
			if k := lexicon.Role(s.low[m.b+1]); k == lexicon.Leads || k == lexicon.Member {
				e.vote(newsgraph.Organization, 1)
			}
			if m.b+2 < len(s.Tokens) && lexicon.Role(s.low[m.b+2]) == lexicon.Leads && lexicon.IsRoleModifier(s.low[m.b+1]) {
				e.vote(newsgraph.Organization, 1)
			}
		}
		// "German firms including Deutsche Bahn, Daimler and Siemens",
		// "countries such as Chad": the kind a list is introduced by
		if t, ok := x.listKind(s, m); ok {
			e.vote(t, 2)
		}
		// "shares of X", "X shares", "X Inc."
		if m.a >= 2 && s.low[m.a-1] == "of" && (s.lemma[m.a-2] == "share" || s.lemma[m.a-2] == "stock") {
			e.vote(newsgraph.Organization, 2)
		}
		// "Time magazine", "the Lot river": the name modifies a type noun
		if k := m.b; k < len(s.Tokens) && s.Tokens[k].UPOS == "NOUN" && !capitalised(s.Tokens[k].Text) && s.Tokens[m.head].Head == k {
			if t, ok := lexicon.Description(s.lemma[k]); ok && t != string(newsgraph.Person) {
				e.vote(newsgraph.EntityType(t), 2)
				e.named = true
			} else if lexicon.In(lexicon.Vehicle, s.lemma[k]) && m.b-m.a >= 2 {
				e.vote(newsgraph.Thing, 2) // "his Marine One helicopter" (but "the Boeing plane" is the maker's)
			}
		}
		// "told Kamloops This Week": a hearer that is not a person's name
		// is an outlet or a body
		if x.toldName(s, m) && !personName(m.name) && !ner.GivenName(strings.Fields(m.name)[0]) {
			e.vote(newsgraph.Organization, 3)
		}
		// "Maroochydore defeated Caboolture 43–5": the sides of a match
		// with a score are teams, not the towns they are named after
		if h := s.head(m.head); h >= 0 && matchVerbs[s.lemma[h]] && (s.Tokens[m.head].Rel == "nsubj" || s.Tokens[m.head].Rel == "obj") && hasScore(s, h) {
			e.vote(newsgraph.Organization, 3)
		}
		// "the White House said", "Downing Street announced": a seat of
		// government that speaks is the body that sits in it
		if h := s.head(m.head); h >= 0 && s.Tokens[m.head].Rel == "nsubj" && s.Tokens[h].UPOS == "VERB" && lexicon.IsSpeechVerb(s.lemma[h]) && seatWord(lastWord(m.name)) && len(strings.Fields(m.name)) >= 2 {
			e.vote(newsgraph.Organization, 3)
		}
		// "was awarded the Intelligence Star": what is awarded is a prize
		if h := s.head(m.head); h >= 0 && s.lemma[h] == "award" && s.Tokens[h].UPOS == "VERB" && s.Tokens[m.head].Rel == "obj" && s.child(h, "nsubj:pass") >= 0 {
			e.vote(newsgraph.Thing, 3)
		}
		// "Rudaw reports …", "Rappler reported …": a reporter that is not
		// a person's name is an outlet
		if h := s.head(m.head); h >= 0 && s.lemma[h] == "report" && s.Tokens[h].UPOS == "VERB" && s.Tokens[m.head].Rel == "nsubj" && !personName(m.name) && !ner.GivenName(strings.Fields(m.name)[0]) {
			e.vote(newsgraph.Organization, 2)
		}
		// "German firms including X, Y and Z", "cities such as X": the
		// noun a list of names exemplifies gives their type
		if t, ok := x.listType(s, m.head); ok {
			e.vote(t, 2)
		}
		// "his daughter Lena Holt", "Lena Holt, his daughter,"
		for _, k := range []int{m.a - 1, s.child(m.head, "appos"), s.head(m.head)} {
			if k >= 0 && k < len(s.Tokens) && lexicon.IsKin(s.low[k]) && (k == m.a-1 || s.Tokens[k].Rel == "appos" || s.Tokens[m.head].Rel == "appos") {
				if e.kin == nil {
					e.kin = map[string]bool{}
				}
				e.kin[s.low[k]] = true
			}
		}
		if m.called {
			e.named = true // "a program called "Learning Together"": a name, whatever its words
		}
		// "told The Verge": a capitalised article inside a sentence is
		// part of a name
		if m.a >= 1 && s.Tokens[m.a-1].Text == "The" && m.a-1 > 0 && !s.quoteStart(m.a-1) {
			e.named = true
		}
	}
}

// facilityRank are the words of a facility's full name that its short
// name leaves out ("Velm International Airport", "Velm airport").
var facilityRank = map[string]bool{"international": true, "regional": true, "municipal": true, "national": true, "central": true, "county": true}

// workModified are the nouns that a work's or a franchise's name
// modifies ("Star Wars products", "a Sliders reboot").
var workModified = map[string]bool{"product": true, "franchise": true, "reboot": true, "sequel": true, "prequel": true, "remake": true,
	"spin-off": true, "merchandise": true, "toy": true, "episode": true, "soundtrack": true}

// jurisdictionTitles are the titles held over a place, which "of" after
// the holder's name names ("President Ana Ruiz of Norland").
var jurisdictionTitles = map[string]bool{"minister": true, "president": true, "governor": true, "mayor": true, "premier": true, "chancellor": true,
	"king": true, "queen": true, "prince": true, "princess": true, "senator": true, "sheikh": true, "emir": true, "sultan": true}

// tradeOfPerson reports whether the noun k before name mention m, which
// can name a company ("the game developer Mojang"), is instead the trade
// of the person m names ("game developer Anja Brenner"): a noun that is
// also an occupation, before a name of two or more words that looks
// like a person's or that the recognizer calls one.
func (x *doc) tradeOfPerson(s *sent, k int, m *mention) bool {
	switch s.lemma[k] {
	case "developer", "producer", "designer", "publisher", "distributor", "builder", "operator", "contractor", "consultant", "promoter", "breeder", "grower", "farmer", "dealer", "trader", "broker":
	default:
		return false
	}
	return personName(m.name) || m.ner == "PERSON" && strings.Contains(m.name, " ") && !x.orgHeaded(m.name)
}

// orgHeaded reports whether name ends with a head word of organizations
// ("Studios", "Games").
func (x *doc) orgHeaded(name string) bool {
	return lexicon.Head(strings.ToLower(lastWord(name))) != lexicon.NoHead
}

// toldName reports whether name mention m is what "told" has as its
// hearer, whichever of its words the parse hangs there ("told Kamloops
// This Week that …").
func (x *doc) toldName(s *sent, m *mention) bool {
	for k := m.a; k < m.b; k++ {
		if h := s.head(k); h == m.a-1 && h >= 0 && s.lemma[h] == "tell" {
			switch s.Tokens[k].Rel {
			case "iobj", "obj", "obl:unmarked":
				return true
			}
		}
	}
	return false
}

// character reports whether name mention m names a fictional character
// by the words around it: "the character Belle", "a Jack Frost costume",
// "dressed as Hermione Granger", "characters such as Mulan and Tiana",
// "played the role of Marty McFly".
func (x *doc) character(s *sent, m *mention) bool {
	if k := m.a - 1; k >= 0 && s.Tokens[k].UPOS == "NOUN" && lexicon.IsCharacterNoun(s.lemma[k]) {
		return true
	}
	// (but not "a Marvel Comics character": a name before "character" is
	// its maker)
	if k := m.b; k < len(s.Tokens) && s.Tokens[k].UPOS == "NOUN" && lexicon.IsCharacterNoun(s.lemma[k]) && s.lemma[k] != "character" && s.Tokens[m.head].Head == k {
		return true
	}
	h := m.head
	for s.Tokens[h].Rel == "conj" && s.head(h) >= 0 {
		h = s.head(h)
	}
	v := s.head(h)
	if v < 0 {
		return false
	}
	r, p := s.Tokens[h].Rel, s.prep(h)
	if r != "obl" && r != "nmod" && r != "advcl" {
		return false
	}
	switch {
	case p == "as":
		return lexicon.IsCostumeVerb(s.lemma[v]) || lexicon.IsCharacterNoun(s.lemma[v])
	case p == "such" || p == "such as" || p == "including" || p == "like":
		return lexicon.IsCharacterNoun(s.lemma[v])
	case p == "of":
		// "played the role of Marty McFly"
		return s.lemma[v] == "role" && s.head(v) >= 0 && (s.lemma[s.head(v)] == "play" || s.lemma[s.head(v)] == "reprise")
	}
	return false
}

// listType returns the type of the noun that a list holding token h
// exemplifies ("firms including X, Y and Z", "cities such as X"), if any.
func (x *doc) listType(s *sent, h int) (newsgraph.EntityType, bool) {
	for s.Tokens[h].Rel == "conj" && s.head(h) >= 0 {
		h = s.head(h)
	}
	r := s.Tokens[h].Rel
	if !(r == "nmod" && (s.prep(h) == "including" || s.prep(h) == "as" || s.prep(h) == "like")) {
		return "", false
	}
	n := s.head(h)
	if n < 0 || s.Tokens[n].UPOS != "NOUN" || !strings.HasSuffix(s.Tokens[n].XPOS, "S") {
		return "", false
	}
	t, ok := lexicon.Description(s.lemma[n])
	return newsgraph.EntityType(t), ok
}

// singular returns a folded name with its last word made singular
// ("indian railways" → "indian railway"), or the name itself.
func singular(key string) string {
	if strings.HasSuffix(key, "ss") || !strings.HasSuffix(key, "s") || len(key) < 5 || strings.HasPrefix(key, "party ") {
		return key
	}
	return key[:len(key)-1]
}

func isCapital(name string) bool {
	_, ok := lexicon.CapitalOf(name)
	return ok
}

// stormName returns the name of a storm without the words that say what
// kind of storm it is ("dorian" of "tropical storm dorian", "hurricane
// dorian"), or "" when words (lower case) name no storm that way.
func stormName(words []string) string {
	k := 0
	for k < len(words)-1 && (lexicon.IsStormWord(words[k]) || k > 0 && (words[k] == "depression" || words[k] == "storm")) || k == 0 && len(words) > 2 && words[0] == "super" && lexicon.IsStormWord(words[1]) {
		k++
	}
	if k == 0 || k == len(words) {
		return ""
	}
	return strings.Join(words[k:], " ")
}

// roleBeforeGiven reports whether name mention m, of two or three words
// with a given name first, comes right after a person's role noun written
// in lower case ("resident", "student") or opening the sentence.
func (x *doc) roleBeforeGiven(s *sent, m *mention) bool {
	k := m.a - 1
	ws := strings.Fields(m.name)
	if k < 0 || s.ment[k] >= 0 || len(ws) < 2 || len(ws) > 3 || !ner.GivenName(ws[0]) || strings.Contains(m.name, " of ") {
		return false
	}
	if capitalised(s.Tokens[k].Text) && k > 0 && !s.quoteStart(k) {
		return false // ("Brindle Student Kevin …": inside a run of capitals)
	}
	switch s.low[k] {
	case "model", "host", "guard", "forward", "back", "centre", "center", "prop", "speaker", "partner", "chair", "conductor", "agent", "publisher", "developer":
		return false // words that also name a thing or a company's trade
	}
	return lexicon.Role(s.low[k]) != lexicon.NotRole && (s.Tokens[k].UPOS == "NOUN" || s.Tokens[k].UPOS == "PROPN" && k == 0)
}

// locatingName reports whether name mention m follows another name and a
// comma ("Velm Airport, Tarsk"): a place that places the name before it.
func (x *doc) locatingName(m *mention) bool {
	s := x.sents[m.s]
	if m.a < 2 || s.Tokens[m.a-1].Text != "," {
		return false
	}
	pi := s.ment[m.a-2]
	return pi >= 0 && x.ments[pi].kind == mName && x.ments[pi].b == m.a-1
}

// modifiesRole reports whether name mention m modifies a person's role
// noun right after it ("an Ithaca undergrad", "the Wooster professor"):
// the body's short name, not its town's.
func (x *doc) modifiesRole(m *mention) bool {
	s := x.sents[m.s]
	if m.b >= len(s.Tokens) || s.Tokens[m.b].UPOS != "NOUN" || capitalised(s.Tokens[m.b].Text) {
		return false
	}
	return lexicon.Role(s.low[m.b]) == lexicon.Member || lexicon.Role(s.low[m.b]) == lexicon.Leads
}

// camelBrand reports whether name is one word with a capital inside after
// two lower-case letters or more, as brands are written ("RepresentUS",
// "YouTube"), and not as surnames with a particle are ("McCready",
// "MacArthur", "DeSantis", "LaToya").
func camelBrand(name string) bool {
	if strings.ContainsAny(name, " -'") {
		return false
	}
	r := []rune(name)
	if len(r) < 5 || !unicode.IsUpper(r[0]) {
		return false
	}
	lower := 0
	for i := 1; i < len(r); i++ {
		switch {
		case unicode.IsLower(r[i]):
			lower++
		case unicode.IsUpper(r[i]):
			if lower < 2 {
				return false
			}
			switch string(r[:i]) {
			case "Mac", "Van", "Von", "Del", "Des", "Dos", "Das", "Della", "Mc", "De", "Di", "La", "Le", "Da":
				return false
			}
			return true
		default:
			return false
		}
	}
	return false
}

// countryTail reports whether name is another name of entity e with "of"
// and a country after it ("Mahan Air of Iran" of "Mahan Air"): the
// entity is shown under its own name.
func (x *doc) countryTail(e *entity, name string) bool {
	w := strings.Fields(name)
	n := len(w)
	if n < 4 || w[n-2] != "of" {
		return false
	}
	if _, ok := countryOf(w[n-1]); !ok || ner.IsDemonym(w[n-1]) {
		return false
	}
	short := strings.Join(w[:n-2], " ")
	for _, mi := range e.ments {
		if m := x.ments[mi]; m.kind == mName && m.name == short {
			return true
		}
	}
	return false
}
