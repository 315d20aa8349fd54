package parse

import (
	"cmp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// output builds the Extraction: entities ordered by first mention, keys
// "e1", "e2", … and "q1", … for quotations; facts in the order found.
func (x *doc) output() *newsgraph.Extraction {
	x.oneChamber()
	x.oneStatement()
	x.namePolice()
	x.nameRegional()
	x.dropUnsound()
	type item struct{ ei, first int }
	var items []item
	used := make([]bool, len(x.ents))
	for _, f := range x.facts {
		used[f.s], used[f.o] = true, true
	}
	for ei, e := range x.ents {
		if e.name == "" || e.quote && !used[ei] {
			continue
		}
		if !x.hasName(e) && !used[ei] && len(e.roles) == 0 && !e.concept {
			continue // only pronouns and descriptions: nothing to show
		}
		if e.concept && !used[ei] {
			continue
		}
		if !e.quote && !e.concept && x.notEntity(e) {
			continue // "BST", "Farsi", "DRM"
		}
		if !used[ei] && x.typeOf(ei) != newsgraph.Person && x.onlyTurnMark(ei) {
			continue // "((WN))": a transcript's mark for the interviewing newsroom, which the text names otherwise
		}
		if !e.quote && !e.concept && (lowerName(e.name) && !(e.named && e.sure == newsgraph.Thing) || academicDegree(e.name)) {
			continue // "state senate", "-based court", "designee": a description, not a name; "Ph.D.": a degree
		}
		items = append(items, item{ei, e.first})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].first < items[j].first })
	x.canonicalNames()
	ex := &newsgraph.Extraction{}
	keys := make([]string, len(x.ents))
	ne, nq := 0, 0
	for _, it := range items {
		e := x.ents[it.ei]
		var key string
		if e.quote {
			nq++
			key = "q" + strconv.Itoa(nq)
		} else {
			ne++
			key = "e" + strconv.Itoa(ne)
		}
		keys[it.ei] = key
		ent := newsgraph.Entity{Key: key, Name: visible(e.name), Type: e.typ}
		if e.quote {
			ent.Mentions = []newsgraph.Mention{{Span: e.span, Sentence: x.sentenceSpan(e.span.Start), Text: e.name}}
			ex.Entities = append(ex.Entities, ent)
			continue
		}
		seenAlias := map[string]bool{lexicon.Fold(e.name): true}
		for _, a := range e.aliases {
			f := lexicon.Fold(a)
			switch strings.TrimSuffix(f, ".") {
			case "jr", "sr", "ii", "iii", "iv":
				continue // a generation's mark alone names no one
			}
			if rest, ok := strings.CutPrefix(f, lexicon.Fold(e.name)+", "); ok && x.placeNameOfStory(rest, it.ei) {
				continue // "Toronto, Canada": the place and where it is, no other name of it (but "Washington, D.C." is)
			}
			if !seenAlias[f] {
				seenAlias[f] = true
				ent.Aliases = append(ent.Aliases, visible(a))
			}
		}
		ent.Roles = append(ent.Roles, e.roles...)
		seen := map[newsgraph.Span]bool{}
		for _, mi := range e.ments {
			m := x.ments[mi]
			s := x.sents[m.s]
			sp := s.span(m.a, m.b)
			if seen[sp] {
				continue
			}
			seen[sp] = true
			ent.Mentions = append(ent.Mentions, newsgraph.Mention{Span: sp, Sentence: s.whole(), Text: x.d.Text[sp.Start:sp.End]})
		}
		for _, m := range e.extra {
			if !seen[m.Span] {
				seen[m.Span] = true
				ent.Mentions = append(ent.Mentions, m)
			}
		}
		sort.SliceStable(ent.Mentions, func(i, j int) bool { return ent.Mentions[i].Span.Start < ent.Mentions[j].Span.Start })
		ex.Entities = append(ex.Entities, ent)
	}
	for _, f := range x.facts {
		if keys[f.s] == "" || keys[f.o] == "" {
			continue
		}
		if f.pred == newsgraph.Nationality && x.ents[f.s].typ != newsgraph.Person {
			continue // a person's nationality only
		}
		ev := f.evidence
		if ev == (newsgraph.Span{}) {
			ev = x.sents[f.sent].whole()
		}
		sp := f.span
		if sp.Start < ev.Start || sp.End > ev.End || sp.End <= sp.Start {
			sp = ev
		}
		ex.Facts = append(ex.Facts, newsgraph.Fact{
			Subject: keys[f.s], Object: keys[f.o], Predicate: f.pred, Raw: f.raw,
			Evidence: ev, Span: sp, Negated: f.neg, Modality: f.modality, Confidence: f.conf,
		})
	}
	return ex
}

// officeBuilding reports whether a name is that of a building that
// stands for the office in it when it speaks ("White House", "Élysée
// Palace").
func officeBuilding(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	return len(w) >= 2 && (w[len(w)-1] == "house" || w[len(w)-1] == "palace")
}

// vagueConcept reports whether a concept entity is named by a word that
// stands for nothing in particular ("things", "another candidate").
func vagueConcept(e *entity) bool {
	if !e.concept || len(e.words) == 0 {
		return false
	}
	switch strings.ToLower(e.words[len(e.words)-1]) {
	case "thing", "things", "one", "ones", "something", "anything", "everything", "nothing", "stuff", "way", "ways", "candidate", "someone", "people", "person", "others":
		return true
	}
	return false
}

// dropUnsound removes the facts a reader would reject whatever the
// sentence: a thing as a speaker ("the telescope could reveal more"), and
// a generic institution word that names no particular one as a party
// ("police investigated", "Police director X").
func (x *doc) dropUnsound() {
	national := map[[2]int]bool{}
	within := map[[3]int]float64{} // located_in by sentence, subject and object: the best confidence
	for _, f := range x.facts {
		if f.pred == newsgraph.Nationality {
			national[[2]int{f.s, f.o}] = true
		}
		if f.pred == newsgraph.LocatedIn {
			k := [3]int{f.sent, f.s, f.o}
			within[k] = max(within[k], f.conf)
		}
	}
	keep := x.facts[:0]
	for _, f := range x.facts {
		if f.pred == newsgraph.Visits && national[[2]int{f.s, f.o}] {
			continue // "returning to the United States": one's own country is no visit
		}
		if f.pred == newsgraph.LocatedIn {
			// "the Ural region of Russia" read both ways: the surer reading
			if back, ok := within[[3]int{f.sent, f.o, f.s}]; ok && (back > f.conf || back == f.conf && f.s > f.o) {
				continue
			}
		}
		speech := f.pred == newsgraph.Said || f.pred == newsgraph.Told
		if speech && x.ents[f.s].typ == newsgraph.Place && officeBuilding(x.ents[f.s].name) {
			x.ents[f.s].typ = newsgraph.Organization // "the White House said": the office, not the building
		}
		if speech && (x.ents[f.s].typ == newsgraph.Thing || x.ents[f.s].typ == newsgraph.Event) && !x.ents[f.s].concept {
			continue
		}
		if !speech && (x.bare(f.s) || x.bare(f.o)) {
			continue
		}
		if !speech && (vagueConcept(x.ents[f.o]) || vagueConcept(x.ents[f.s])) {
			continue // "did not endorse another candidate", "didn't support those things": nothing in particular
		}
		if (f.pred == newsgraph.MemberOf || f.pred == newsgraph.Leads) && (x.ents[f.o].typ == newsgraph.Person || x.ents[f.o].typ == newsgraph.Thing || x.ents[f.o].typ == newsgraph.Event) {
			continue // one is a member of a body, not of a person or a thing
		}
		if (f.pred == newsgraph.MemberOf || f.pred == newsgraph.Leads) && officeName(x.ents[f.o].name) {
			continue // "Melbourne Lord Mayor candidate X": an office, not a body one belongs to
		}
		keep = append(keep, f)
	}
	x.facts = keep
}

// visible drops the invisible format characters (zero-width joiners and
// spaces, byte-order marks) that web text leaves inside names ("Daily
// Xtra\u200d's").
func visible(name string) string {
	if !strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.Cf, r) }) {
		return name
	}
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, name))
}

// placeNameOfStory reports whether a folded name is a country, a region
// or another entity of the document than entity self.
func (x *doc) placeNameOfStory(f string, self int) bool {
	names := []string{f}
	if d, rest, ok := strings.Cut(f, " "); ok && direction(d) {
		names = append(names, rest) // "Koszalin, North Poland"
	}
	for _, f := range names {
		if _, ok := countryOf(f); ok || isRegion(f) {
			return true
		}
		for ei, e := range x.ents {
			if ei != self && !e.quote && !e.concept && lexicon.Fold(e.name) == f {
				return true
			}
		}
	}
	return false
}

// lowerName reports whether an entity's name has no capital letter and is
// not one word for the institution of the story ("police", "the court",
// which the document's own institution stands for).
func lowerName(name string) bool {
	for _, r := range name {
		if unicode.IsUpper(r) {
			return false
		}
	}
	if strings.TrimSpace(name) == "" {
		return false
	}
	if ws := strings.Fields(name); len(ws) >= 3 && yearWord(ws[0]) && contestWords[ws[len(ws)-1]] {
		return false // "2018 midterm elections", named by its year
	}
	return !lexicon.IsInstitution(name) && name != "authorities"
}

// bareInstitution reports whether a name is one generic word for a public
// institution or a body that names no particular one ("police", "the
// Court", "Board" of "Board Member X"); a chamber's name written alone
// ("Congress", "Senate") names the story's.
func bareInstitution(name string) bool {
	w := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	switch w {
	case "congress", "senate", "parliament", "cabinet", "assembly", "legislature", "council", "house":
		return false
	}
	switch w {
	case "board", "commission", "committee", "agency", "department", "bureau", "office", "authority", "administration":
		return true // "Board" of "Board Member X"
	}
	return lexicon.IsInstitution(w)
}

// bare reports whether entity ei is known only by one generic word for an
// institution or a body, in all its names ("Police", "Board").
func (x *doc) bare(ei int) bool {
	e := x.ents[ei]
	if w := strings.Fields(strings.ToLower(e.name)); len(w) == 2 && lexicon.In(lexicon.LevelWord, w[0]) && (lexicon.IsInstitution(w[1]) || bareInstitution(w[1])) {
		return true // "State Congress President X", "City Council": which state's, the name does not say
	}
	if !bareInstitution(e.name) {
		return false
	}
	for _, a := range e.aliases {
		if !bareInstitution(a) && !strings.EqualFold(a, e.name) {
			return false
		}
	}
	return len(e.words) <= 1
}

// officeName reports whether a name is an office's, ending in a role word
// ("Melbourne Lord Mayor"), not an organization's.
func officeName(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	return (lexicon.Role(last) == lexicon.Leads || lexicon.Role(last) == lexicon.Occupation) && !strings.HasSuffix(last, "s") && !lexicon.IsOrgWord(last) && w[len(w)-2] != "of"
}

// academicDegree reports whether a name is an academic degree's
// abbreviation ("Ph.D.", "MBA"), which the recognizer may take for an
// organization ("a Ph.D. student at …").
func academicDegree(name string) bool {
	switch strings.ReplaceAll(name, ".", "") {
	case "PhD", "MBA", "DPhil", "BSc", "MSc", "LLB", "LLM", "JD", "MPhil", "EdD", "PsyD":
		return true
	}
	return false
}

// hasName reports whether an entity has a name mention (or is made from a
// name without mentions: a party, a country named by a nationality word).
func (x *doc) hasName(e *entity) bool {
	if len(e.extra) > 0 {
		return true
	}
	for _, mi := range e.ments {
		if x.ments[mi].kind == mName {
			return true
		}
	}
	return len(e.ments) == 0
}

// sentenceSpan returns the span of the sentence holding byte offset at.
func (x *doc) sentenceSpan(at int) newsgraph.Span {
	i := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].End > at })
	if i < len(x.sents) {
		return x.sents[i].whole()
	}
	return newsgraph.Span{Start: 0, End: len(x.d.Text)}
}

// canonicalNames gives names the forms under which other documents name
// the same entity, so that the resolver finds them: a country its
// gazetteer name ("US" → "United States"), a party its party word
// ("Republicans" → "Republican"), a name beginning with a country's short
// form its long form ("U.S. Geological Survey" → "United States
// Geological Survey"), and an institution the document names without its
// country ("the Senate" in a story about the United States) the name with
// it, as its primary name.
func (x *doc) canonicalNames() {
	country := x.storyCountry()
	for _, e := range x.ents {
		if e.quote || e.concept || e.name == "" {
			continue
		}
		if c, ok := countryOf(e.name); ok && !ner.IsDemonym(e.name) && !isRegion(e.name) && e.typ == newsgraph.Place {
			e.addAlias(c)
			continue
		}
		if p, ok := lexicon.Party(e.name); ok {
			e.addAlias(p)
			if n, ok := lexicon.PartyName(e.name); ok {
				// "Libertarian": an adjective is no party's name
				e.addAlias(e.name)
				e.name = n
			}
			continue
		}
		if w := strings.Fields(e.name); e.typ == newsgraph.Place && len(w) >= 2 {
			// "Gaza Strip", "Korean Peninsula": the place of the name
			if l := strings.ToLower(w[len(w)-1]); l == "strip" || l == "peninsula" {
				e.addAlias(strings.Join(w[:len(w)-1], " "))
			}
		}
		if e.typ != newsgraph.Organization {
			continue
		}
		w := strings.Fields(e.name)
		for k := len(w) - 1; k >= 1; k-- {
			if w[k] == "Today" || w[k] == "Tonight" {
				break // "USA Today" is a paper, no "United States Today"
			}
			if c, ok := countryOf(strings.Join(w[:k], " ")); ok && c != strings.Join(w[:k], " ") && !ner.IsDemonym(strings.Join(w[:k], " ")) {
				e.addAlias(c + " " + strings.Join(w[k:], " "))
				break
			}
		}
		if country != "" && (len(w) == 1 && (lexicon.IsInstitution(strings.ToLower(w[0])) && !manyPerCountry[strings.ToLower(w[0])] || w[0] == "House") || len(w) == 3 && w[0] == "House" && w[1] == "of") &&
			!strings.Contains(strings.ToLower(e.name), strings.ToLower(country)) {
			// "Senate", "House of Representatives", "Supreme Court"
			q := country + " " + e.name
			e.addAlias(e.name)
			e.name = q
		}
	}
}

// namePolice names a story's unnamed police after its place: "police" in
// a story about London are the London police, one node for every story
// about the city, never a bare "Police".
func (x *doc) namePolice() {
	for ei, e := range x.ents {
		if p := x.policePlace(ei); p != "" {
			e.addAlias(e.name)
			e.name = p + " police"
			e.words = strings.Fields(lexicon.Fold(e.name))
		}
	}
}

// nameRegional names a generic institution that a possessive places in a
// region after it: "the state's Supreme Court" in a story about Wisconsin
// is the Wisconsin Supreme Court, one entity with the one named so.
func (x *doc) nameRegional() {
	for ei, e := range x.ents {
		r := x.regionOf(ei)
		if r == "" {
			continue
		}
		e.addAlias(e.name)
		e.name = r + " " + e.name
		e.words = strings.Fields(lexicon.Fold(e.name))
		key := lexicon.Fold(e.name)
		for oi, o := range x.ents {
			if oi != ei && !o.quote && !o.concept && o.name != "" && lexicon.Fold(o.name) == key {
				x.merge(oi, ei)
				break
			}
		}
	}
}

// policePlace returns the name of the place a story's unnamed police
// (entity ei, named only "police") belong to: the place the document
// mentions most, when it is clearly the story's (named in the headline
// or the first sentence, two mentions or more, half again as many as any
// other); "" otherwise.
func (x *doc) policePlace(ei int) string {
	e := x.ents[ei]
	if len(e.words) != 1 || e.words[0] != "police" || e.typ != newsgraph.Organization {
		return ""
	}
	count := map[int]int{}
	lead := map[int]bool{} // places of the headline and the first sentence
	first := -1
	for _, s := range x.sents {
		if !s.heading {
			first = s.idx
			break
		}
	}
	for _, m := range x.ments {
		if m.kind == mName && m.ent >= 0 && x.ents[m.ent].typ == newsgraph.Place && !x.ents[m.ent].quote && x.settlement(x.ents[m.ent]) {
			count[m.ent]++
			if x.sents[m.s].heading || m.s == first {
				lead[m.ent] = true
			}
		}
	}
	best, ok, second := leader(count)
	if !ok || count[best] < 2 || 2*count[best] < 3*second || !lead[best] {
		return "" // (a story's place is named at its start: the chef of a New York restaurant who once worked in London)
	}
	if c, ok := countryOf(x.ents[best].name); ok && lexicon.RegionalPolicing(c) {
		return "" // the police of a story about the United States are some town's or state's
	}
	return x.ents[best].name
}

// leader returns the key counted most (the least key among equals),
// false when count is empty, and the highest count of the other keys.
func leader[K cmp.Ordered](count map[K]int) (best K, ok bool, second int) {
	for k, n := range count {
		if !ok || n > count[best] || n == count[best] && k < best {
			if ok {
				second = max(second, count[best])
			}
			best, ok = k, true
		} else if n > second {
			second = n
		}
	}
	return best, ok, second
}

// settlement reports whether a place is a country, a region, or a city or
// town (no building, street, river or other named site): a place police
// forces are named after.
func (x *doc) settlement(e *entity) bool {
	if _, ok := countryOf(e.name); ok || isRegion(e.name) {
		return true
	}
	w := strings.Fields(strings.ToLower(e.name))
	if len(w) == 0 {
		return false
	}
	switch last := w[len(w)-1]; {
	case last == "city" || last == "town":
		return true
	case lexicon.Head(last) != lexicon.NoHead:
		return false // "Fishmongers' Hall", "Grenada Street"
	}
	return !strings.ContainsAny(e.name, "'’")
}

// regionOf returns the name of the region (a US state, a province) that
// the document places the generic institution ei in by a possessive
// ("the state's Supreme Court", "Ontario's Legislative Assembly"), "" when
// it is no generic institution or has no such region.
func (x *doc) regionOf(ei int) string {
	w := strings.Fields(strings.ToLower(x.ents[ei].name))
	if len(w) == 0 || len(w) > 3 {
		return ""
	}
	for i, v := range w {
		if !lexicon.IsInstitution(v) && !lexicon.IsOrgWord(v) && !(i < len(w)-1 && lexicon.IsRoleModifier(v)) {
			return ""
		}
	}
	r := ""
	for _, f := range x.facts {
		if f.pred == newsgraph.LocatedIn && f.s == ei && f.raw == "'s" && isRegion(x.ents[f.o].name) {
			if r != "" && r != x.ents[f.o].name {
				return ""
			}
			r = x.ents[f.o].name
		}
	}
	return r
}

// manyPerCountry are institution words of which a country has many (its
// courts, councils, ministries and police forces): "the court" of a story
// about the United Kingdom is not "United Kingdom Court".
var manyPerCountry = map[string]bool{"court": true, "council": true, "ministry": true, "police": true, "prosecutors": true, "prosecution": true}

// oneStatement keeps one said fact of a speaker where the same sentence
// gave two whose statements overlap (a reported clause and the quotation
// inside it): the longer statement.
func (x *doc) oneStatement() {
	drop := map[int]bool{}
	for i, f := range x.facts {
		if f.pred != newsgraph.Said || !x.ents[f.o].quote {
			continue
		}
		for j := i + 1; j < len(x.facts); j++ {
			g := x.facts[j]
			if g.pred != newsgraph.Said || g.s != f.s || g.sent != f.sent || !x.ents[g.o].quote || drop[i] || drop[j] {
				continue
			}
			a, b := x.ents[f.o].span, x.ents[g.o].span
			if a.Start >= b.End || b.Start >= a.End {
				continue // two statements
			}
			if a.End-a.Start >= b.End-b.Start {
				drop[j] = true
			} else {
				drop[i] = true
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := x.facts[:0]
	for i, f := range x.facts {
		if !drop[i] {
			kept = append(kept, f)
		}
	}
	x.facts = kept
}

// chamberWords are the names of legislatures and high courts that a story
// writes with or without their country ("the Senate", "the U.S. Senate"),
// each with its long forms ("House of Representatives" is the "House").
var chamberWords = map[string]string{"house": "house", "house of representatives": "house", "senate": "senate", "congress": "congress",
	"parliament": "parliament", "supreme court": "supreme court", "national assembly": "national assembly"}

// oneChamber merges the names a document gives one chamber: "U.S. House",
// "the House" and "the House of Representatives" are one entity when
// the document names that chamber of no other country.
func (x *doc) oneChamber() {
	type member struct {
		ei      int
		country string
	}
	groups := map[string][]member{}
	for ei, e := range x.ents {
		if e.quote || e.concept || e.name == "" || e.typ != newsgraph.Organization {
			continue
		}
		w := strings.Fields(strings.TrimPrefix(e.name, "the "))
		country, rest := "", strings.ToLower(strings.Join(w, " "))
		for k := len(w) - 1; k >= 1; k-- {
			if c, ok := countryOf(strings.Join(w[:k], " ")); ok && !ner.IsDemonym(strings.Join(w[:k], " ")) {
				country, rest = c, strings.ToLower(strings.Join(w[k:], " "))
				if isRegion(strings.Join(w[:k], " ")) {
					country = "region " + lexicon.Fold(strings.Join(w[:k], " ")) // "Wisconsin Supreme Court" is no country's
				}
				break
			}
		}
		if r := x.regionOf(ei); r != "" && country == "" {
			country = "region " + lexicon.Fold(r) // "the state's Supreme Court"
		}
		owned := false
		for _, mi := range e.ments {
			if country == "" && x.ments[mi].kind == mName && x.ownedByPlace(x.ments[mi]) {
				owned = true // "the commonwealth's House of Representatives", of a place the story does not name
			}
		}
		if owned {
			continue
		}
		if ch, ok := chamberWords[rest]; ok {
			groups[ch] = append(groups[ch], member{ei, country})
		}
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		// the entity to keep: named with its country, then the longest name
		countries := map[string]bool{}
		best, bestCountry := -1, false
		for _, m := range g {
			if m.country != "" {
				countries[m.country] = true
			}
			hasCountry := m.country != ""
			if best < 0 || hasCountry && !bestCountry || hasCountry == bestCountry && len(x.ents[m.ei].name) > len(x.ents[best].name) {
				best, bestCountry = m.ei, hasCountry
			}
		}
		if len(countries) > 1 {
			continue // "the U.S. Senate" and "the French Senate"
		}
		for _, m := range g {
			if m.ei != best {
				x.merge(best, m.ei)
			}
		}
	}
}

// storyCountry returns the country a document is about: the country
// named (by its name, a nationality word, a region of it or its capital)
// at least twice and twice as often as any other, or "" (also when half
// of those mentions name one region of it).
func (x *doc) storyCountry() string {
	count := map[string]int{}
	region := map[string]int{} // mentions of each region, by its folded name
	for _, m := range x.ments {
		if m.kind != mName {
			continue
		}
		if c, ok := countryOf(m.name); ok {
			count[c]++
			if isRegion(m.name) {
				region[lexicon.Fold(m.name)]++
			}
		} else if c, ok := lexicon.CapitalOf(m.name); ok {
			count[c]++ // "London" is about the United Kingdom
		}
	}
	for _, s := range x.sents {
		for _, m := range s.Mentions {
			if m.Type == "NORP" && m.End > m.Start {
				if c, ok := countryOf(x.text(s, m.Start, m.End)); ok {
					count[c]++
				}
			}
		}
	}
	best, ok, second := leader(count)
	if !ok || count[best] < 2 || count[best] < 2*second {
		return ""
	}
	for _, m := range x.ments {
		// a headline about Puerto Rico or Texas: its institutions are
		// the region's, however often the country is named
		if m.kind == mName && x.sents[m.s].heading && isRegion(m.name) {
			if c, _ := countryOf(m.name); c == best {
				return ""
			}
		}
	}
	for r, n := range region {
		if c, _ := countryOf(r); c == best && 2*n >= count[best] {
			// a story about Puerto Rico or Texas: "the Senate" is the
			// region's own
			return ""
		}
	}
	return best
}
