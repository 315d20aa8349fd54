// Package resolve gives the entities of each document their graph-wide
// IRIs, so that one real entity gets one node across documents.
//
// A Resolver remembers every entity it has named. An entity of a new
// document takes the IRI of a remembered one when a name or alias matches
// exactly after case and accent folding; when a single-word person name is
// the surname of exactly one remembered person; or, for person names only,
// when the names differ by a small spelling variant or typo ("Anthony" /
// "Antony") while the other name part matches. Quotations get their own
// IRIs (newsgraph.QuoteIRI); concepts ("ceasefire proposal") merge by
// normalised name. Everything else gets a new IRI from its name
// (newsgraph.Slug), with a type suffix when the slug is taken by an entity
// of another type. Names never merge because they merely share words.
package resolve

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// Known is an entity already in the store, loaded by the caller for
// incremental builds.
// It is what newsgraph.Entities reads from a store.
type Known = newsgraph.EntityRecord

// A record is one remembered entity.
type record struct {
	iri   newsgraph.IRI
	typ   newsgraph.EntityType
	names map[string]bool // folded
	// words is the folded primary (longest) name split into words.
	words []string
	// For concepts: heads holds the head nouns of their names, story the
	// records of the named entities most mentioned by the documents that
	// use the concept (nil for concepts loaded as Known).
	heads map[string]bool
	story map[int]bool
	// docs counts the documents that named it.
	docs int
}

// storySize is how many of a document's most mentioned named entities
// stand for its story; storyOverlap how many two stories must share for
// their concepts to merge.
const (
	storySize    = 6
	storyOverlap = 2
)

// Resolver assigns IRIs to entities, one document at a time. It is not
// safe for concurrent use (newsgraph.Resolver need not be).
type Resolver struct {
	recs   []*record
	byName map[string][]int // folded name -> record indices
	// byWord indexes records by the first and last words of their names.
	byWord map[string][]int
	// byInitials indexes records by the initials of their names of two
	// to eight words.
	byInitials map[string][]int
	// byHead indexes concept records by the head nouns of their names.
	byHead map[string][]int
	used   map[newsgraph.IRI]int
}

var _ newsgraph.Resolver = (*Resolver)(nil)

// New returns a Resolver that knows the given entities.
func New(known []Known) *Resolver {
	r := &Resolver{byName: map[string][]int{}, byWord: map[string][]int{}, byInitials: map[string][]int{}, byHead: map[string][]int{}, used: map[newsgraph.IRI]int{}}
	for _, k := range known {
		if _, dup := r.used[k.IRI]; dup {
			rec := r.recs[r.used[k.IRI]]
			for _, n := range k.AllNames() {
				r.addName(r.used[k.IRI], n)
			}
			if rec.typ == newsgraph.Thing {
				rec.typ = k.Type
			}
			rec.docs += len(k.Documents)
			continue
		}
		rec := &record{iri: k.IRI, typ: k.Type, names: map[string]bool{}, docs: len(k.Documents)}
		r.recs = append(r.recs, rec)
		i := len(r.recs) - 1
		r.used[k.IRI] = i
		for _, n := range k.AllNames() {
			r.addName(i, n)
		}
	}
	return r
}

// fold is the one name normaliser of the extractors (lexicon.Fold).
func fold(s string) string { return lexicon.Fold(s) }

func (r *Resolver) addName(i int, name string) {
	f := fold(name)
	if f == "" {
		return
	}
	rec := r.recs[i]
	for _, k := range []string{f, undotted(f), countryKey(f)} {
		if k == "" {
			continue
		}
		if !rec.names[k] {
			rec.names[k] = true
			r.byName[k] = append(r.byName[k], i)
		}
	}
	w := strings.Fields(f)
	if len(w) > len(rec.words) {
		rec.words = w
	}
	keys := []string{w[0], w[len(w)-1]}
	if len(w) >= 3 {
		for _, m := range w[1 : len(w)-1] {
			keys = append(keys, "mid "+m) // middle words, for double surnames
		}
	}
	for _, k := range keys {
		if l := r.byWord[k]; len(l) == 0 || l[len(l)-1] != i {
			r.byWord[k] = append(l, i)
		}
	}
	if len(w) >= 2 && len(w) <= 8 && !hasAcronymWord(name) {
		k := initials(w)
		if l := r.byInitials[k]; len(l) == 0 || l[len(l)-1] != i {
			r.byInitials[k] = append(l, i)
		}
	}
}

// compatible reports whether types a and b may name the same entity.
func compatible(a, b newsgraph.EntityType) bool {
	return a == b || a == newsgraph.Thing || b == newsgraph.Thing
}

// isConcept reports whether e is a concept ("proposal") rather than a
// named thing: concepts are written in lower case.
func isConcept(e newsgraph.Entity) bool {
	if e.Type != newsgraph.Thing || lexicon.IsDisease(strings.ToLower(e.Name)) {
		return false // ("measles" is one disease in every story)
	}
	for _, r := range e.Name {
		return unicode.IsLower(r)
	}
	return false
}

// names returns the folded names of e usable for matching: its name and
// the aliases that are names rather than descriptions or roles.
func names(e newsgraph.Entity) []string {
	out := []string{fold(e.Name)}
	for _, a := range e.Aliases {
		if a == "" {
			continue
		}
		first := []rune(a)[0]
		if !unicode.IsUpper(first) || strings.HasPrefix(a, "The ") || strings.HasPrefix(a, "THE ") {
			continue
		}
		fa := fold(a)
		role := false
		for _, ro := range e.Roles {
			if fr := fold(ro); fr != "" && strings.HasSuffix(fa, fr) {
				role = true
			}
		}
		if !role && fa != "" {
			out = append(out, fa)
		}
	}
	for _, n := range out {
		if u := undotted(n); u != n && !slices.Contains(out, u) {
			out = append(out, u)
		}
		if k := countryKey(n); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// countryKey returns the key that a folded name led by a country's name
// shares with the same name led by the country's other names ("u.s.
// senate", "us senate", "united states senate" → "united states|senate"),
// or "" when no country leads it (a region, "Georgia", or a nationality
// word, "American Airlines", does not).
func countryKey(f string) string {
	w := strings.Fields(f)
	if len(w) >= 3 && len(w[0]) == 4 && w[0][0] >= '1' && w[0][0] <= '2' && strings.Trim(w[0], "0123456789") == "" {
		// "2020 us presidential election", "2020 united states
		// presidential election": a year, then a country-led name
		if k := countryKey(strings.Join(w[1:], " ")); k != "" {
			return w[0] + " " + k
		}
		return ""
	}
	for k := 1; k < len(w) && k <= 3; k++ {
		pre := strings.Join(w[:k], " ")
		if c, ok := foldedCountry(pre); ok && !ner.IsDemonym(pre) {
			return fold(c) + "|" + strings.Join(w[k:], " ")
		}
	}
	return ""
}

// foldedCountry returns the country a folded name names ("u.s." folded
// from "U.S." too), unless it is a region that is also a country
// ("georgia").
func foldedCountry(f string) (string, bool) {
	c, ok := ner.Country(f)
	if !ok {
		c, ok = ner.Country(strings.ToUpper(f))
	}
	return c, ok && !lexicon.IsRegion(f)
}

// undotted writes the dotted initials of a folded name of two or more
// words without their dots ("2020 u.s. presidential election" → "2020 us
// presidential election"), so that a name joins the same name spelled the
// other way in another story. A name of one word keeps its dots: "U.S."
// and "US" alone are matched as acronyms.
func undotted(f string) string {
	w := strings.Fields(f)
	if len(w) < 2 {
		return f
	}
	changed := false
	for i, x := range w {
		if lexicon.DottedInitials(x) {
			w[i], changed = strings.ReplaceAll(x, ".", ""), true
		}
	}
	if !changed {
		return f
	}
	return strings.Join(w, " ")
}

// apartFromLonger reports whether e is a person named by one word that
// another person of the same story ends with: the extractor judged them
// two people ("a student named Wong" beside "Joshua Wong"), so the one
// word must not join the other's record through its surname.
func apartFromLonger(e newsgraph.Entity, ents []newsgraph.Entity) bool {
	if e.Type != newsgraph.Person || strings.Contains(strings.TrimSpace(e.Name), " ") {
		return false
	}
	f := fold(e.Name)
	for _, o := range ents {
		if o.Type == newsgraph.Person && strings.HasSuffix(fold(o.Name), " "+f) {
			return true
		}
	}
	return false
}

// Resolve returns one IRI per entity of ents, in order.
func (r *Resolver) Resolve(ctx context.Context, doc newsgraph.Doc, ents []newsgraph.Entity) ([]newsgraph.IRI, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("resolve %s: %w", doc.Source, err)
	}
	iris := make([]newsgraph.IRI, len(ents))
	recOf := make([]int, len(ents))
	for i := range recOf {
		recOf[i] = -1
	}
	// pass 1: quotations, concepts, exact names and surnames
	for i, e := range ents {
		switch {
		case e.Type == newsgraph.Quote:
			sp := newsgraph.Span{}
			if len(e.Mentions) > 0 {
				sp = e.Mentions[0].Span
			}
			iris[i] = newsgraph.QuoteIRI(doc, sp)
		case isConcept(e):
			// after the named entities, which tell the story
		case generic(e):
			// "police", "the court", "Senate": the institution of this
			// document's story, qualified by its country when the store
			// knows it ("U.S. Senate"), else of this document alone
			sp := storyPlaces(fold(e.Name), ents)
			if k := r.qualified(e, sp); k >= 0 {
				recOf[i] = k
			} else if k := r.national(e, sp); k >= 0 {
				recOf[i] = k
			} else {
				iris[i] = r.local(doc, e)
			}
		case e.Type == newsgraph.Event && bareEventHead(e.Name):
			// "the Olympiad", "the Championship": the event of this
			// document, never one of another story by that word
			iris[i] = r.local(doc, e)
		case apartFromLonger(e, ents):
			// "Wong" that the story keeps apart from its "Joshua Wong":
			// someone else of that name, for pass 3
		default:
			if scopedName(e) {
				// "Liberal Party", "Coast Guard": a different one in
				// every country; the story's when it names one country
				if k := r.ofOneCountry(e, ents); k >= 0 {
					recOf[i] = k
					continue
				}
			}
			recOf[i] = r.exact(e)
			if recOf[i] < 0 {
				recOf[i] = r.surname(e)
			}
		}
	}
	// pass 2: spelling variants, also against this document's entities,
	// and acronyms
	for i, e := range ents {
		if iris[i] != "" || recOf[i] >= 0 || isConcept(e) {
			continue
		}
		if recOf[i] = r.variant(e, ents, recOf); recOf[i] < 0 {
			recOf[i] = r.acronym(e, recOf)
		}
	}
	// pass 3: new records
	counted := map[int]bool{}
	for i, e := range ents {
		if iris[i] != "" || isConcept(e) {
			continue
		}
		if recOf[i] < 0 {
			// an acronym of a name this document introduced just now
			recOf[i] = r.acronym(e, recOf)
		}
		if recOf[i] < 0 {
			recOf[i] = r.create(e)
		}
		rec := r.recs[recOf[i]]
		if !counted[recOf[i]] {
			counted[recOf[i]] = true
			rec.docs++
		}
		if rec.typ == newsgraph.Thing && e.Type != newsgraph.Thing {
			rec.typ = e.Type
		}
		for _, n := range names(e) {
			r.addName(recOf[i], n)
		}
		iris[i] = rec.iri
	}
	// pass 4: concepts, within the story the named entities tell
	story := r.story(ents, recOf)
	for i, e := range ents {
		if iris[i] == "" && isConcept(e) {
			iris[i] = r.recs[r.concept(e, story)].iri
		}
	}
	return iris, nil
}

// story returns the records of the document's most mentioned named
// entities (people, organizations, places), at most storySize of them.
func (r *Resolver) story(ents []newsgraph.Entity, recOf []int) map[int]bool {
	var idx []int
	for i, e := range ents {
		if recOf[i] >= 0 && (e.Type == newsgraph.Person || e.Type == newsgraph.Organization || e.Type == newsgraph.Place) {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return len(ents[idx[a]].Mentions) > len(ents[idx[b]].Mentions) })
	out := map[int]bool{}
	for _, i := range idx {
		if len(out) == storySize {
			break
		}
		out[recOf[i]] = true
	}
	return out
}

// conceptHeads returns the folded head nouns (last words) of a concept's
// name and aliases: "plan" and "proposal" for a concept the document calls
// "a plan" and "our proposal".
func conceptHeads(e newsgraph.Entity) map[string]bool {
	out := map[string]bool{}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if w := strings.Fields(fold(n)); len(w) > 0 {
			out[strings.TrimSuffix(w[len(w)-1], "'s")] = true
		}
	}
	return out
}

// candidates returns the records indexed under any of the words, once
// each, in record order.
func (r *Resolver) candidates(words ...string) []int {
	var out []int
	seen := map[int]bool{}
	for _, w := range words {
		for _, i := range r.byWord[w] {
			if !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	return out
}

// modifiersAgree reports whether some name of concept e and some name of
// a record share their head noun and one's modifiers are all the
// other's: "the proposal" and "the bridging proposal" may be one, the
// "bronze medal" and the "silver medal" are not.
func modifiersAgree(e newsgraph.Entity, names map[string]bool) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		a := contentWords(fold(n))
		if len(a) == 0 {
			continue
		}
		for m := range names {
			b := contentWords(m)
			if len(b) == 0 || a[len(a)-1] != b[len(b)-1] || lexicon.RankDiffers(a, b) {
				continue
			}
			if subset(a[:len(a)-1], b[:len(b)-1]) || subset(b[:len(b)-1], a[:len(a)-1]) {
				return true
			}
		}
	}
	return false
}

// bareEventHead reports whether name is only the head word of an event's
// name ("Olympiad", "Championships", "the Summit").
func bareEventHead(name string) bool {
	w := strings.Fields(fold(name))
	if len(w) == 2 && w[0] == "the" {
		w = w[1:]
	}
	return len(w) == 1 && lexicon.Head(w[0]) == lexicon.EventHead
}

// contentWords returns a folded name's words without determiners and
// possessives.
func contentWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		switch w {
		case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your":
			continue
		}
		out = append(out, strings.TrimSuffix(w, "'s"))
	}
	return out
}

func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// concept finds or creates the record of a concept. Concepts merge only
// within one story (documents sharing storyOverlap of their most mentioned
// named entities), by equal name or by a shared head noun ("bridging
// proposal" and "the proposal"); concepts loaded from the store, whose
// story is unknown, merge by equal name.
func (r *Resolver) concept(e newsgraph.Entity, story map[int]bool) int {
	f := fold(e.Name)
	heads := conceptHeads(e)
	best, bestExact := -1, false
	// candidates: records named f, and concepts sharing a head noun
	cand := slices.Clone(r.byName[f])
	for h := range heads {
		cand = append(cand, r.byHead[h]...)
	}
	slices.Sort(cand)
	for _, i := range slices.Compact(cand) {
		rec := r.recs[i]
		if rec.heads == nil && rec.story == nil && !rec.names[f] || rec.typ != newsgraph.Thing {
			continue
		}
		exact := rec.names[f]
		if rec.story != nil {
			shared := 0
			for k := range story {
				if rec.story[k] {
					shared++
				}
			}
			if shared < storyOverlap {
				continue
			}
			if !exact && (!overlaps(heads, rec.heads) || !modifiersAgree(e, rec.names)) {
				continue
			}
		}
		if best < 0 || exact && !bestExact {
			best, bestExact = i, exact
		}
	}
	if best < 0 {
		best = r.create(e)
	}
	rec := r.recs[best]
	if rec.story == nil {
		rec.story, rec.heads = map[int]bool{}, map[string]bool{}
	}
	for k := range story {
		rec.story[k] = true
	}
	for h := range heads {
		if !rec.heads[h] {
			rec.heads[h] = true
			r.byHead[h] = append(r.byHead[h], best)
		}
	}
	return best
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// exact finds the record sharing a name with e: its primary name first,
// then its aliases; among several, the one of the same type, then the
// oldest. Through an alias only a record of a compatible type matches
// ("Ford", an alias of James Ford, is not the Ford company).
func (r *Resolver) exact(e newsgraph.Entity) int {
	full := len(strings.Fields(fold(e.Name))) >= 2
	initialsOf := map[string]bool{} // the names written as capitals ("RS")
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if acronymOf(n) != "" {
			initialsOf[fold(n)] = true
		}
	}
	for ni, n := range names(e) {
		one := !strings.Contains(n, " ")
		if ni > 0 && (one && full && e.Type == newsgraph.Person || genericName(n)) {
			// a surname ("Roberts" of "Matty Roberts") or a generic word
			// ("Senate", "Court") links nothing across documents
			continue
		}
		best, bestRank, tied := -1, 0, false
		for _, i := range r.byName[n] {
			rec := r.recs[i]
			if one && len(rec.words) >= 2 && rec.typ == newsgraph.Person && (e.Type != newsgraph.Person || len(e.Roles) == 0) {
				continue // a surname alone: only a person the document shows as one ("Ford" may be the company)
			}
			if one && ni > 0 && rec.typ != e.Type && len(rec.words) >= 2 {
				continue // a one-word alias links only its own kind: "Constitution" of a law is no party's
			}
			if one && rec.typ == newsgraph.Person && initialsOf[n] {
				continue // a person's initials ("RS" of an interview's turns) name someone else in another story
			}
			if one && initialsOf[n] && full && len(rec.words) >= 2 && !sameWords(strings.Fields(fold(e.Name)), rec.words) {
				continue // "ABC" of the Australian Broadcasting Corporation is not the American Broadcasting Company's
			}
			rank := 0
			switch {
			case rec.typ == e.Type:
				rank = 3
			case compatible(rec.typ, e.Type):
				rank = 2
			case mistyped(n, rec.typ, e.Type) && ni == 0 && (strings.Contains(n, " ") || len(rec.words) == 1):
				// a one-word name typed differently is one entity only
				// when the record is named by that word alone ("Ford"
				// the company is not James Ford)
				rank = 1
			}
			if rank > bestRank {
				best, bestRank, tied = i, rank, false
			} else if rank == bestRank && rank > 0 && i != best {
				tied = true
			}
		}
		if best >= 0 && tied && one && e.Type == newsgraph.Person {
			continue // "Roberts" of two remembered people
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// chamberMembers name the members of a lower chamber in "House of …"
// ("House of Representatives"), which many countries and states have.
var chamberMembers = map[string]bool{"representatives": true, "deputies": true, "delegates": true}

// paperTitle are press words that, alone, name one newspaper wherever
// news cites it ("the Guardian", "the Telegraph"), unlike "the Times" or
// "the Post", which every city has.
var paperTitle = map[string]bool{"guardian": true, "telegraph": true, "observer": true, "economist": true}

// genericName reports whether a folded name is made of generic words only
// ("senate", "supreme court", "national assembly", "city council"): it
// names a different institution in every story.
func genericName(n string) bool {
	w := strings.Fields(n)
	if len(w) == 0 || len(w) > 3 || len(w) == 1 && paperTitle[w[0]] {
		return false
	}
	for i, x := range w {
		if lexicon.IsInstitution(x) || lexicon.IsOrgWord(x) || strings.HasSuffix(x, "s") && (lexicon.IsInstitution(x[:len(x)-1]) || lexicon.IsOrgWord(x[:len(x)-1])) {
			continue // ("Senates": a plural the extractor wrote as an alias)
		}
		if i < len(w)-1 && (lexicon.IsRoleModifier(x) || x == "constitutional" || x == "city" || x == "municipal" || x == "provincial" || x == "legislative") {
			continue
		}
		if len(w) == 3 && i == 2 && w[1] == "of" && chamberMembers[x] && (w[0] == "house" || w[0] == "chamber") {
			continue // "House of Representatives", "Chamber of Deputies"
		}
		if i == 1 && x == "of" && len(w) == 3 {
			continue
		}
		return false
	}
	return true
}

// mistyped reports whether two entities of types a and b sharing the
// folded name n are more likely one entity typed differently by two
// documents than two entities: a name of several words ("Agence
// France-Presse" as a person in one document and an organization in
// another), or a one-word name typed person in one and organization in the
// other. One-word places stay apart from people and organizations
// ("Jordan", "Georgia"). The exporters vote the type across documents.
func mistyped(n string, a, b newsgraph.EntityType) bool {
	if a == newsgraph.Quote || b == newsgraph.Quote || a == newsgraph.Event || b == newsgraph.Event {
		return false
	}
	if strings.Contains(n, " ") {
		return true
	}
	return a == newsgraph.Person && b == newsgraph.Organization || a == newsgraph.Organization && b == newsgraph.Person
}

// givenWord reports whether a one-word name is a given name ("James").
func givenWord(name string) bool {
	name = strings.TrimSpace(name)
	return name != "" && ner.GivenName(strings.ToUpper(name[:1])+strings.ToLower(name[1:]))
}

// surname links a one-word person name to the one remembered person with
// that last name, and a full name to the one remembered surname-only
// record.
func (r *Resolver) surname(e newsgraph.Entity) int {
	if e.Type != newsgraph.Person && e.Type != newsgraph.Thing {
		return -1
	}
	w := strings.Fields(fold(e.Name))
	if len(w) == 0 {
		return -1
	}
	found, n := -1, 0
	for _, i := range r.candidates(w[len(w)-1], "mid "+w[len(w)-1]) {
		rec := r.recs[i]
		if rec.typ != newsgraph.Person && !(rec.typ == newsgraph.Thing && e.Type == newsgraph.Person) {
			continue
		}
		switch {
		case len(w) == 1 && (e.Type != newsgraph.Person || len(e.Roles) == 0):
			// a surname alone links only a person the document shows as
			// one by a title or role ("Ford" may be the company)
			continue
		case len(w) == 1 && len(rec.words) >= 2 && rec.words[len(rec.words)-1] == w[0] && rec.typ == newsgraph.Person:
		case len(w) == 1 && len(rec.words) >= 3 && slices.Contains(rec.words[1:], w[0]) && rec.typ == newsgraph.Person && !givenWord(e.Name):
			// one of two surnames: "Vázquez" of "Wanda Vázquez Garced"
			// (but "James" of "John James Conyers" is a middle name,
			// and "James" alone someone else)
		case len(w) >= 2 && e.Type == newsgraph.Person && len(rec.words) == 1 && rec.words[0] == w[len(w)-1]:
		default:
			continue
		}
		found = i
		n++
	}
	if n == 1 {
		return found
	}
	return -1
}

// variant links person names that differ by a spelling variant or typo in
// one part while another part matches exactly ("Anthony Blinken" /
// "Antony Blinken"), and a one-word name that is a typo of the surname of
// a person named in the same document ("Blinked" beside "Antony Blinken").
func (r *Resolver) variant(e newsgraph.Entity, ents []newsgraph.Entity, recOf []int) int {
	if e.Type != newsgraph.Person && e.Type != newsgraph.Thing {
		return -1
	}
	w := strings.Fields(fold(e.Name))
	if len(w) >= 2 && e.Type == newsgraph.Person {
		found, n := -1, 0
		for _, i := range r.candidates(w[0], w[len(w)-1]) {
			rec := r.recs[i]
			if rec.typ != newsgraph.Person || len(rec.words) != len(w) {
				continue
			}
			if nameVariant(w, rec.words) {
				found = i
				n++
			}
		}
		if n == 1 {
			return found
		}
		return -1
	}
	if len(w) != 1 || len([]rune(w[0])) < 5 {
		return -1
	}
	// a typo of the surname of a person of this document
	found, n := -1, 0
	for j, o := range ents {
		if o.Type != newsgraph.Person || recOf[j] < 0 {
			continue
		}
		ow := strings.Fields(fold(o.Name))
		if len(ow) < 2 || ow[len(ow)-1] == w[0] {
			continue
		}
		if near(ow[len(ow)-1], w[0]) {
			if found != recOf[j] {
				n++
			}
			found = recOf[j]
		}
	}
	if n == 1 {
		return found
	}
	return -1
}

// acronymOf returns the upper-case letters of name when it is written as
// an acronym of 2–6 capitals (dots allowed: "U.N."), else "".
func acronymOf(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			b.WriteRune(r)
		default:
			return ""
		}
	}
	if n := b.Len(); n < 2 || n > 6 {
		return ""
	}
	return b.String()
}

// initials returns the upper-cased first letters of the words of a folded
// name, skipping function words ("international court of justice" → "ICJ").
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "the", "and", "for", "on", "in", "&", "de", "du", "des", "la", "le":
			continue
		}
		for _, r := range w {
			b.WriteRune(unicode.ToUpper(r))
			break
		}
	}
	return b.String()
}

// notAcronyms are abbreviations of capitals that name no entity: times,
// time zones, currencies, titles.
var notAcronyms = map[string]bool{
	"AM": true, "PM": true, "GMT": true, "UTC": true, "BST": true, "CET": true, "CEST": true,
	"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true, "PST": true, "PDT": true,
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "CEO": true, "CFO": true, "MP": true,
	"MEP": true, "MLA": true, "TV": true, "QA": true, "IP": true, "ID": true, "OK": true, "DNA": true, "GDP": true,
}

// hasAcronymWord reports whether a name has a word written in capitals or
// with dots ("U.S. House", "PA Media"), whose initial is no initial.
func hasAcronymWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if strings.Contains(w, ".") || acronymOf(w) != "" {
			return true
		}
	}
	return false
}

// acronym links an acronym ("ICJ") to the one remembered organization or
// place whose name it abbreviates, and a name of several words to the one
// remembered acronym-only record that abbreviates it. Two-letter acronyms
// link only to names of the same document (recOf holds its records).
func (r *Resolver) acronym(e newsgraph.Entity, recOf []int) int {
	if e.Type != newsgraph.Organization && e.Type != newsgraph.Place && e.Type != newsgraph.Thing {
		return -1
	}
	found, n := -1, 0
	ok := func(a string, i int) bool {
		if notAcronyms[a] {
			return false
		}
		// an acronym of three letters matches the name of one other
		// story only where some document wrote it beside the name
		// (found by name before this): "ADC" of one story is not
		// another's "Alder District Court"; a name several documents
		// give is known enough
		return len(a) > 3 || slices.Contains(recOf, i) || len(a) == 3 && r.recs[i].docs >= 2
	}
	if a := acronymOf(e.Name); a != "" {
		for _, i := range r.byInitials[a] {
			if rec := r.recs[i]; (rec.typ == newsgraph.Organization || rec.typ == newsgraph.Place) && compatible(rec.typ, e.Type) && ok(a, i) {
				found, n = i, n+1
			}
		}
	} else if w := strings.Fields(fold(e.Name)); len(w) >= 2 && e.Type != newsgraph.Thing && !hasAcronymWord(e.Name) {
		a := initials(w)
		for _, i := range r.byName[strings.ToLower(a)] {
			if rec := r.recs[i]; len(rec.words) == 1 && compatible(rec.typ, e.Type) && ok(a, i) {
				found, n = i, n+1
			}
		}
	}
	if n == 1 {
		return found
	}
	return -1
}

// nameVariant reports whether two person names of equal length match with
// one part spelt differently ("antony blinken" / "anthony blinken"), or a
// first name given as an initial ("j. biden" / "joe biden").
func nameVariant(a, b []string) bool {
	diff := 0
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		if i == 0 && initialOf(a[0], b[0]) {
			diff++
			continue
		}
		if !near(a[i], b[i]) {
			return false
		}
		diff++
	}
	// a surname may differ only by a letter added or dropped
	// ("Zelensky" / "Zelenskyy"): "Paul Rudd" and "Paul Budd", "Ann
	// Kessler" and "Ann Kestler" are different people far more often than
	// a surname is misspelt across stories
	return diff == 1 && a[len(a)-1] == b[len(b)-1] || diff == 1 && a[0] == b[0] && len(a) > 1 && surnameSpelling(a[len(a)-1], b[len(b)-1])
}

// surnameSpelling reports whether two spellings of a surname differ by one
// letter added or dropped after the same first letter ("zelensky" /
// "zelenskyy"), the way transliterations vary.
func surnameSpelling(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	return len(rb) == len(ra)+1 && len(ra) >= 5 && ra[0] == rb[0] && lexicon.EditDistance(ra, rb, 1) == 1
}

// initialOf reports whether one of a, b is the initial of the other.
func initialOf(a, b string) bool {
	ta, tb := strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if len([]rune(ta)) == 1 && len(tb) > 1 {
		return strings.HasPrefix(tb, ta)
	}
	if len([]rune(tb)) == 1 && len(ta) > 1 {
		return strings.HasPrefix(ta, tb)
	}
	return false
}

// near reports whether two name parts are within edit distance 1 (2 for
// parts of 8 letters or more), both being at least 4 letters long.
func near(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := min(len(ra), len(rb))
	if n < 4 {
		return false
	}
	limit := 1
	if n >= 8 {
		limit = 2
	}
	return lexicon.EditDistance(ra, rb, limit) <= limit
}

// create makes a new record for e with a fresh IRI.
func (r *Resolver) create(e newsgraph.Entity) int {
	base := newsgraph.EntityNS + newsgraph.Slug(e.Name)
	iri := newsgraph.IRI(base)
	if i, taken := r.used[iri]; taken {
		iri = newsgraph.IRI(base + "-" + strings.ToLower(string(e.Type)))
		if r.recs[i].typ == e.Type {
			iri = newsgraph.IRI(base + "-2")
		}
		for n := 2; ; n++ {
			if _, taken := r.used[iri]; !taken {
				break
			}
			iri = newsgraph.IRI(base + "-" + strings.ToLower(string(e.Type)) + "-" + strconv.Itoa(n))
		}
	}
	rec := &record{iri: iri, typ: e.Type, names: map[string]bool{}}
	r.recs = append(r.recs, rec)
	i := len(r.recs) - 1
	r.used[iri] = i
	r.addName(i, e.Name)
	return i
}

// countryInName returns the country an event's name holds after its
// year ("2020 U.S. presidential election" → United States), or an
// organization's name begins with ("United States Congress").
func countryInName(e newsgraph.Entity) (string, bool) {
	w := strings.Fields(e.Name)
	from := 0
	switch {
	case e.Type == newsgraph.Event && len(w) >= 3 && len(w[0]) == 4 && w[0][0] >= '1' && w[0][0] <= '2':
		from = 1
	case e.Type == newsgraph.Organization && len(w) >= 2:
	default:
		return "", false
	}
	for k := from + 1; k < len(w) && k <= from+3; k++ {
		pre := strings.Join(w[from:k], " ")
		if c, ok := ner.Country(pre); ok && !lexicon.IsRegion(pre) && !ner.IsDemonym(pre) {
			return c, true
		}
	}
	return "", false
}

// countryPrefix reports whether the words before a generic name in a
// record's name ("u.s." of "u.s. senate") name the story's country, or
// its one region when the story is the region's.
func countryPrefix(pre string, sp places) bool {
	if sp.regional {
		return sp.regions[pre] && len(sp.regions) == 1
	}
	c, ok := foldedCountry(pre)
	return ok && sp.countries[c]
}

// generic reports whether every name of e is one generic institution word
// ("police", "Court", "Parliament"), which names a different institution
// in every story.
func generic(e newsgraph.Entity) bool {
	if e.Type != newsgraph.Organization {
		return false
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if !genericName(fold(n)) {
			return false
		}
	}
	return true
}

// national returns the record of a country's chamber or highest court
// that a generic name stands for ("the Senate", "the Supreme Court") in a
// story of that one country, making it when the store has none yet: the
// first story of the U.S. Senate that says only "the Senate" names the
// same institution as the later ones that say "the U.S. Senate". -1 when
// the name is no such institution or the story is a region's or no one
// country has most of its mentions of countries.
func (r *Resolver) national(e newsgraph.Entity, sp places) int {
	if !nationalBodies[fold(e.Name)] || sp.regional || sp.main == "" {
		return -1
	}
	return r.countrysOwn(sp.main, e.Name)
}

// scopedName reports whether an organization's name is made of words
// that many countries' bodies share ("Liberal Party", "Green Party",
// "Coast Guard", "Foreign Ministry"), with no country of its own.
func scopedName(e newsgraph.Entity) bool {
	if e.Type != newsgraph.Organization || countryKey(fold(e.Name)) != "" {
		return false
	}
	w := strings.Fields(fold(e.Name))
	if len(w) >= 3 && len(w) <= 5 && lexicon.IsOrgWord(w[0]) && w[1] == "of" {
		// "Ministry of Foreign Affairs", "Ministry of Health": every
		// country has one
		for _, x := range w[2:] {
			if !scopedWords[x] && !portfolioWords[x] && x != "and" && x != "the" {
				return false
			}
		}
		return true
	}
	if len(w) < 2 || len(w) > 3 || !lexicon.IsOrgWord(w[len(w)-1]) && !scopedWords[w[len(w)-1]] {
		return false
	}
	for _, x := range w[:len(w)-1] {
		if !scopedWords[x] && !lexicon.IsRoleModifier(x) {
			return false
		}
	}
	return true
}

// portfolioWords are the fields of ministries every country has ("Ministry
// of Foreign Affairs").
var portfolioWords = map[string]bool{"affairs": true, "trade": true, "internal": true, "external": true, "home": true, "agriculture": true,
	"transport": true, "culture": true, "environment": true, "energy": true, "labour": true, "labor": true, "security": true, "public": true,
	"works": true, "information": true, "communications": true, "industry": true, "economy": true, "tourism": true, "youth": true, "sports": true}

// scopedWords are the words of the names that bodies of many countries
// share.
var scopedWords = map[string]bool{"liberal": true, "conservative": true, "green": true, "greens": true, "labour": true, "labor": true, "socialist": true, "communist": true,
	"democratic": true, "progressive": true, "popular": true, "nationalist": true, "christian": true, "social": true, "people's": true,
	"coast": true, "guard": true, "border": true, "foreign": true, "health": true, "defence": true, "defense": true, "interior": true, "finance": true,
	"justice": true, "education": true, "election": true, "electoral": true, "central": true, "air": true, "armed": true, "forces": true}

// ofOneCountry returns the record of a body that a scoped name stands for
// in a story that names exactly one country, making it when the store has
// none ("Liberal Party" of a story of Canada is Canada's); -1 when the
// story names no country or several.
func (r *Resolver) ofOneCountry(e newsgraph.Entity, ents []newsgraph.Entity) int {
	sp := storyPlaces(fold(e.Name), ents)
	if sp.regional || len(sp.countries) != 1 {
		return -1
	}
	var c string
	for c = range sp.countries {
	}
	return r.countrysOwn(c, e.Name)
}

// countrysOwn returns the record of country c's body of the generic name
// ("Democratic Party" of the United States): the one whose names say so;
// else the one record of the bare name that no other country claimed,
// which c claims; else a new record named by both.
func (r *Resolver) countrysOwn(c, name string) int {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	full := c + " " + name
	switch l := r.byName[countryKey(fold(full))]; {
	case len(l) == 1 && r.recs[l[0]].typ == newsgraph.Organization:
		return l[0]
	case len(l) > 0:
		return -1
	}
	free := -1
	for _, i := range r.byName[fold(name)] {
		rec := r.recs[i]
		if rec.typ != newsgraph.Organization || r.claimed(rec, fold(name)) {
			continue
		}
		if free >= 0 && free != i {
			free = -2 // two: none is the one
			break
		}
		free = i
	}
	if free >= 0 {
		r.addName(free, full)
		return free
	}
	return r.create(newsgraph.Entity{Name: full, Type: newsgraph.Organization})
}

// claimed reports whether a record already names a country's body of
// the folded generic name ("united states|democratic party").
func (r *Resolver) claimed(rec *record, generic string) bool {
	for n := range rec.names {
		if strings.HasSuffix(n, "|"+generic) {
			return true
		}
	}
	return false
}

// nationalBodies are the folded generic names of the institutions a
// country has one of.
var nationalBodies = map[string]bool{"senate": true, "congress": true, "parliament": true, "supreme court": true, "house of representatives": true, "national assembly": true, "chamber of deputies": true}

// storyPlaces returns the countries a story names (by their own names or
// inside others': "the U.S. Senate", "the 2020 U.S. presidential
// election"), the regions it names, the country that has more than half
// of its mentions of countries ("" when none), and whether its generic
// institution w ("senate") is a region's rather than its country's: a
// story about Puerto Rico or Texas, or one that names the country's own
// institution as another ("the Senate" and "the U.S. Senate"). The
// generic name's two readings, qualified and national, share it.
func storyPlaces(w string, ents []newsgraph.Entity) places {
	countries := map[string]bool{}
	regions := map[string]bool{}
	regional := false
	most := 0                    // mentions of the most mentioned country
	mentions := map[string]int{} // of each country, by every name that holds it
	for _, o := range ents {
		c, ok := ner.Country(o.Name)
		if ok && lexicon.IsRegion(o.Name) {
			ok = false
		}
		if !ok {
			c, ok = countryInName(o) // "the 2020 U.S. presidential election", "the United States Congress"
		}
		if ok {
			countries[c] = true
			mentions[c] += len(o.Mentions)
			most = max(most, mentions[c])
		}
		if o.Type == newsgraph.Place && lexicon.IsRegion(o.Name) {
			regions[fold(o.Name)] = true
		}
	}
	for _, o := range ents {
		if o.Type == newsgraph.Organization && strings.HasSuffix(fold(o.Name), " "+w) {
			// the document names "the Senate" and "the U.S. Senate" as two
			// institutions: its "Senate" is another's (Puerto Rico's)
			regional = true
		}
		if o.Type == newsgraph.Place && lexicon.IsRegion(o.Name) && len(o.Mentions) >= most {
			// a story about Puerto Rico or Texas: its "Senate" is the
			// region's own
			regional = true
		}
	}
	total := 0
	for _, n := range mentions {
		total += n
	}
	main := ""
	for c, n := range mentions {
		if 2*n > total {
			main = c
		}
	}
	return places{countries: countries, regions: regions, main: main, regional: regional}
}

// places are what storyPlaces finds in a story.
type places struct {
	countries, regions map[string]bool
	main               string
	regional           bool
}

// qualified returns the record of the institution a generic name stands
// for when the store knows exactly one of that word qualified by a country
// ("U.S. Senate", "United States House of Representatives") and this
// document names that country; -1 otherwise.
func (r *Resolver) qualified(e newsgraph.Entity, sp places) int {
	w := fold(e.Name)
	ww := strings.Fields(w)
	last := ww[len(ww)-1]
	found := -1
	for _, i := range r.byWord[last] {
		rec := r.recs[i]
		if rec.typ != newsgraph.Organization || len(rec.words) <= len(ww) {
			continue
		}
		ok := false
		if len(ww) == 1 {
			head := rec.words[len(rec.words)-1]
			for k, x := range rec.words {
				if x == "of" && k > 0 {
					head = rec.words[k-1]
					break
				}
			}
			if head != w {
				continue
			}
			for k := 1; k < len(rec.words); k++ {
				if rec.words[k] != w {
					continue // the word right after the country: "U.S. Senate", not "US Park Police"
				}
				ok = ok || countryPrefix(strings.Join(rec.words[:k], " "), sp)
			}
		} else if k := len(rec.words) - len(ww); strings.Join(rec.words[k:], " ") == w {
			// "House of Representatives": the country's ("United States
			// House of Representatives")
			ok = countryPrefix(strings.Join(rec.words[:k], " "), sp)
		}
		if !ok {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// local returns the IRI of a generic institution of this document alone:
// its slug with the document's.
func (r *Resolver) local(doc newsgraph.Doc, e newsgraph.Entity) newsgraph.IRI {
	return newsgraph.IRI(newsgraph.EntityNS + newsgraph.Slug(e.Name) + "-" + newsgraph.Slug(doc.ID))
}

// sameWords reports whether two folded names share at least half the
// words of the shorter ("World Health Organization" and "World Health
// Organisation"; not "Australian Broadcasting Corporation" and "American
// Broadcasting Company").
func sameWords(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return 2*n > len(a)
}
