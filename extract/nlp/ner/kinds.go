package ner

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// Entity typing: what kind of thing a name names, from everything known
// about it. The recognizer types each mention from its own sentence;
// TypeNames pools the evidence of every occurrence of a name in a
// document, and an Accumulator pools it across documents.

// A Kind is what a name names. Its String is the local name of the
// schema.org class the project uses for it ("Person", "Organization"…).
type Kind uint8

// Kinds.
const (
	// NotEntity is a capitalised word or acronym that names no entity:
	// a time zone ("BST"), a technology or other common noun written in
	// capitals ("DRM", "API"), a language or nationality word ("Farsi",
	// "Israeli"), a weekday or month.
	NotEntity Kind = iota
	PersonKind
	OrganizationKind
	PlaceKind
	// EventKind: named events — championships, marathons, summits,
	// festivals, storms, wars, elections with a name.
	EventKind
	// ThingKind: named works, laws, treaties, products, awards,
	// diseases, vehicles.
	ThingKind
	numKinds
)

var kindNames = [numKinds]string{"NotEntity", "Person", "Organization", "Place", "Event", "Thing"}

// String returns the kind's name: "Person", "Organization", "Place",
// "Event", "Thing", or "NotEntity".
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Votes are the evidence for each kind of a name, in arbitrary units
// that add up across occurrences and documents. Index them by Kind.
type Votes [numKinds]float64

// Add adds o to v.
func (v *Votes) Add(o Votes) {
	for k := range v {
		v[k] += o[k]
	}
}

// Best returns the kind with the most evidence and its share of all the
// evidence (0 to 1), the confidence. Without evidence it returns
// ThingKind with confidence 0.
func (v Votes) Best() (Kind, float64) {
	best, sum := ThingKind, 0.0
	for k := range v {
		if v[k] > v[best] {
			best = Kind(k)
		}
		sum += max(v[k], 0)
	}
	if sum == 0 || v[best] <= 0 {
		return ThingKind, 0
	}
	return best, v[best] / sum
}

// A NameRef is an occurrence of a name in an analysed document: tokens
// [Start, End) of sentence Sentence.
type NameRef struct {
	Sentence, Start, End int
}

// A TypedName is a name of a document with its kind.
type TypedName struct {
	// Name is the name as written in the text ("Red Hat",
	// "Agence France-Presse"; its words joined by single spaces when the
	// text has other white space between them); the occurrences of a
	// name written alike are one name.
	Name       string
	Kind       Kind
	Confidence float64 // Kind's share of the evidence, 0 to 1
	// Votes are the evidence of this document, for an Accumulator.
	Votes Votes
	Refs  []NameRef // the occurrences, in text order
}

// Weights of the evidence, in units of one occurrence's vote of the
// span typer (which sums to 1 over the kinds).
const (
	// Occurrence context.
	wContextStrong = 3.0 // "Boeing's chief executive", "X Inc."
	wContextWeak   = 0.7 // a pronoun after the name
	// Properties of the name, counted once per name and document.
	wList = 4.0 // time zones, demonyms, acronyms of technologies
	wHead = 2.0 // a head word ("Airlines", "Marathon", "Treaty")
	wGaz  = 1.5 // gazetteers: countries, places, towns, WordNet
)

// typeTemperature scales the span typer's scores (weights summed) before
// its softmax: a margin of 1/typeTemperature between two classes is odds
// of e to 1. 0.07 gives about the lowest log loss of the true types of
// the names of GUM dev (0.1 on names the typer was trained on, so a
// little lower for unseen ones).
const typeTemperature = 0.07

// TypeNames types the names of an analysed document (from
// analyze.Analyze: tokens with their tags, mentions of the recognizer):
// every PERSON, ORG and PLACE mention, and every ref of extra (the
// caller's own name spans; refs out of range are ignored). The names are
// returned in the order of their first occurrence.
//
// The evidence of a name is summed over all its occurrences in the
// document:
//
//   - the recognizer's span typer at each occurrence (a distribution
//     over person, organization, place and other), with the words after
//     the name hidden when a speech verb follows ("X said" is no evidence
//     of a person);
//   - the context of each occurrence: "X's chief executive", "X's shares",
//     "shares of X", "X, a software company", a corporate suffix ("X
//     Inc."), "the X" (not a person), "France's president" (a place), a
//     title before it (a person), and the first he/she or it/its after
//     it in the sentence;
//   - the name itself: head words ("Airlines", "University", "Party";
//     "Championships", "Marathon", "Summit"; "Treaty", "Prize", "Act"), a
//     plural proper noun as head ("Knights of Columbus": a group), the
//     gazetteers (countries, places, towns, given names, the known
//     organizations) and WordNet's classes, and the lists of things that
//     are not entities (time zones, acronyms of technologies, languages,
//     nationality words, weekdays and months);
//   - a one-word name also gets half the evidence of a longer name of
//     the document that begins or ends with it ("Boeing" of "Boeing
//     Co.", "Smith" of "John Smith").
//
// m must be a model with a span typer (Default is). TypeNames is safe
// for concurrent use.
func (m *Model) TypeNames(doc *nlp.Document, extra []NameRef) []TypedName {
	if doc == nil {
		return nil
	}
	var refs []NameRef
	for si, s := range doc.Sentences {
		for _, mt := range s.Mentions {
			if typeIndex(mt.Type) >= 0 {
				refs = append(refs, NameRef{si, mt.Start, mt.End})
			}
		}
	}
	for _, r := range extra {
		if r.Sentence >= 0 && r.Sentence < len(doc.Sentences) && r.Start >= 0 && r.Start < r.End && r.End <= len(doc.Sentences[r.Sentence].Tokens) {
			refs = append(refs, r)
		}
	}
	slices.SortFunc(refs, func(a, b NameRef) int {
		if a.Sentence != b.Sentence {
			return a.Sentence - b.Sentence
		}
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	refs = slices.Compact(refs)
	if len(refs) == 0 {
		return nil
	}
	// Token infos of the sentences with names.
	type sent struct {
		words, upos, xpos []string
		info              []tokenInfo
	}
	sents := map[int]*sent{}
	sc := m.getScratch(0) // (its cache of what a word alone gives)
	defer m.pool.Put(sc)
	sentence := func(i int) *sent {
		if s, ok := sents[i]; ok {
			return s
		}
		toks := doc.Sentences[i].Tokens
		s := &sent{words: make([]string, len(toks)), upos: make([]string, len(toks)), xpos: make([]string, len(toks)), info: make([]tokenInfo, len(toks))}
		for j, t := range toks {
			s.words[j], s.upos[j], s.xpos[j] = t.Text, t.UPOS, t.XPOS
		}
		m.fillInfoCached(s.words, s.upos, s.xpos, s.info, sc.words)
		sents[i] = s
		return s
	}
	var out []TypedName
	index := map[string]int{}
	var feats [maxSpanFeatures]uint32
	for _, r := range refs {
		s := sentence(r.Sentence)
		name := nameText(doc, r, s.words)
		i, ok := index[name]
		if !ok {
			i = len(out)
			index[name] = i
			out = append(out, TypedName{Name: name})
			out[i].Votes.Add(nameVotes(s.words[r.Start:r.End], s.xpos[r.Start:r.End], s.info[r.Start:r.End]))
		}
		out[i].Refs = append(out[i].Refs, r)
		out[i].Votes.Add(m.occurrenceVotes(s.words, s.upos, s.info, r.Start, r.End, &feats))
	}
	// One-word names share the evidence of longer names that begin or
	// end with them.
	own := make([]Votes, len(out))
	for i := range out {
		own[i] = out[i].Votes
	}
	for i := range out {
		if strings.Contains(out[i].Name, " ") {
			continue
		}
		kinds := []Kind{PersonKind, OrganizationKind, PlaceKind}
		if _, ok := Country(out[i].Name); ok {
			kinds = kinds[2:] // "US" of "US Senate" is still the country
		}
		for j := range out {
			first, _, _ := strings.Cut(out[j].Name, " ")
			last := out[j].Name[strings.LastIndexByte(out[j].Name, ' ')+1:]
			if j == i || !strings.Contains(out[j].Name, " ") || first != out[i].Name && last != out[i].Name {
				continue
			}
			// Only the evidence of a person, an organization or a place:
			// "Boeing" of "Boeing 737" is not a thing.
			for _, k := range kinds {
				out[i].Votes[k] += max(own[j][k], 0) / 2
			}
		}
	}
	for i := range out {
		out[i].Kind, out[i].Confidence = out[i].Votes.Best()
	}
	return out
}

// nameText returns the name of ref r as written in the document text, or
// its words joined by spaces when the tokens have no offsets.
func nameText(doc *nlp.Document, r NameRef, words []string) string {
	toks := doc.Sentences[r.Sentence].Tokens
	st, en := toks[r.Start].Start, toks[r.End-1].End
	if 0 <= st && st < en && en <= len(doc.Text) {
		if t := doc.Text[st:en]; strings.Join(strings.Fields(t), " ") == t {
			return t
		}
	}
	return strings.Join(words[r.Start:r.End], " ")
}

// occurrenceVotes returns the evidence of one occurrence of a name,
// words [st, en) of a sentence: the span typer's distribution and the
// occurrence's context.
func (m *Model) occurrenceVotes(words, upos []string, info []tokenInfo, st, en int, feats *[maxSpanFeatures]uint32) Votes {
	v := m.typerVotes(words, info, st, en, feats)
	v.Add(contextVotes(words, upos, info, st, en))
	return v
}

// typerVotes returns the span typer's distribution for words [st, en) of
// a sentence, with the words after the name hidden when a speech verb
// follows.
func (m *Model) typerVotes(words []string, info []tokenInfo, st, en int, feats *[maxSpanFeatures]uint32) Votes {
	var v Votes
	if m.typer == nil {
		return v
	}
	n := len(words)
	next := func(k int) string {
		if en+k < n {
			return words[en+k]
		}
		return ""
	}
	opt := 0
	if speechVerbs[strings.ToLower(next(0))] || next(0) == "," && speechVerbs[strings.ToLower(next(1))] {
		opt = hideRight
	}
	sc := m.typer.scores(info, words, st, en, opt, feats)
	var p [typeClasses]float64
	mx := math.Inf(-1)
	for c := range sc {
		p[c] = float64(sc[c]) * float64(m.typer.scale) * typeTemperature
		mx = max(mx, p[c])
	}
	sum := 0.0
	for c := range p {
		p[c] = math.Exp(p[c] - mx)
		sum += p[c]
	}
	v[PersonKind] += p[0] / sum
	v[OrganizationKind] += p[1] / sum
	v[PlaceKind] += p[2] / sum
	// The typer's OTHER: names of events and things, which the name's
	// own evidence tells apart (nameVotes); by default a thing.
	v[ThingKind] += p[typeOther] / sum
	return v
}

// contextVotes returns the evidence of the context of one occurrence of
// a name, words [st, en) of a sentence.
func contextVotes(words, upos []string, info []tokenInfo, st, en int) Votes {
	var v Votes
	n := len(words)
	next := func(k int) string {
		if en+k < n {
			return words[en+k]
		}
		return ""
	}
	prev := func(k int) string {
		if st-k >= 0 {
			return words[st-k]
		}
		return ""
	}
	lower := strings.ToLower
	// "X's chief executive", "X's shares"; "France's president".
	if next(0) == "'s" || next(0) == "'" || next(0) == "’s" {
		w1, w2 := lower(next(1)), lower(next(2))
		switch {
		case orgContext[w1] || orgContext[w1+" "+w2] || isAdjective(upos, en+1) && orgContext[w2]:
			v[OrganizationKind] += wContextStrong
		case placeContext[w1]:
			v[PlaceKind] += wContextStrong
		}
	}
	// "the Zarya 3 mission", "the Apollo–Soyuz mission": a named mission
	// is an event (but "the UN mission" is a body's).
	if w := lower(next(0)); (w == "mission" || w == "missions" || w == "spaceflight") && (hasDigit(words[en-1]) || strings.ContainsAny(words[st], "–-") && st+1 == en) {
		v[EventKind] += wContextStrong
		v[PlaceKind] -= wContextWeak
		v[OrganizationKind] -= wContextWeak
	}
	// "a Harlow poll", "the Brightline survey": a pollster.
	if w := lower(next(0)); (w == "poll" || w == "polls" || w == "survey") && (lower(prev(1)) == "a" || lower(prev(1)) == "the" || lower(prev(1)) == "an") {
		v[OrganizationKind] += wContextStrong
		v[PersonKind] -= wContextWeak
		v[PlaceKind] -= wContextWeak
	}
	// "the X logo": a logo is an organization's (or a brand's).
	if w := lower(next(0)); (w == "logo" || w == "logos") && (lower(prev(1)) == "the" || lower(prev(1)) == "a") {
		v[OrganizationKind] += wContextStrong
		v[PersonKind] -= wContextWeak
		v[PlaceKind] -= wContextWeak
	}
	// "X reported": an outlet reports, a person mostly says.
	if w := lower(next(0)); (w == "reported" || w == "reports") && prev(1) != "was" {
		v[OrganizationKind] += wContextWeak
		v[PersonKind] -= wContextWeak
	}
	// "shares of X", "stake in X".
	if p1, p2 := lower(prev(1)), lower(prev(2)); (p1 == "of" || p1 == "in") && (p2 == "shares" || p2 == "stake" || p2 == "stock" || p2 == "subsidiary" || p2 == "unit" || p2 == "employees" || p2 == "spokesman" || p2 == "spokeswoman" || p2 == "spokesperson" || p2 == "ceo") {
		v[OrganizationKind] += wContextStrong
	}
	// "chief executive of X", "the chairwoman of X", "founder of X": an
	// officer of X, which is an organization (a place has a "president"
	// or a "mayor", not a "chief executive").
	if p1 := lower(prev(1)); (p1 == "of" || p1 == "at") && officerOf[lower(prev(2))] {
		v[OrganizationKind] += wContextStrong
		v[PersonKind] -= wContextWeak
	}
	// "Acme Widgets chief executive Jane Doe", "Brindle spokeswoman Ann
	// Lee": the name before an officer's title and a name.
	if w := lower(next(0)); en+1 < n && (officerOf[w] && startsUpper(next(1)) || (w == "chief" && officerOf[lower(next(1))] || w == "general" && lower(next(1)) == "secretary") && en+2 < n && startsUpper(next(2))) {
		v[OrganizationKind] += wContextStrong
		v[PersonKind] -= wContextWeak
	}
	// "was acquired by X", "X acquired Y", "acquired X": buyers and the
	// bought are companies
	if p1, p2 := lower(prev(1)), lower(prev(2)); p1 == "by" && (p2 == "acquired" || p2 == "bought" || p2 == "purchased") || acquireVerbs[p1] || acquireVerbs[lower(next(0))] && next(1) != "" && startsUpper(next(1)) {
		v[OrganizationKind] += wContextWeak
		v[PersonKind] -= wContextWeak
	}
	// "they formed X", "she co-founded X", "set up X": what is founded
	// is an organization (a band, a company, a party).
	if p1 := lower(prev(1)); foundingVerbs[p1] || p1 == "up" && foundingVerbs[lower(prev(2))+" up"] {
		v[OrganizationKind] += wContextStrong
		v[PersonKind] -= wContextWeak
	}
	// "X, a software company", "X (a company)", "X, a fan-run
	// convention".
	if next(0) == "," || next(0) == "(" {
		if d := lower(next(1)); d == "a" || d == "an" || d == "the" {
			for k := 2; k <= 6 && en+k < n; k++ {
				w := lower(next(k))
				if (orgNounSet[w] || eventNounSet[w]) && d == "the" && upos != nil && en+k+1 < len(upos) && finiteAfter(upos[en+k+1], lower(next(k+1))) {
					break // "According to X, the company was …": the noun begins a clause, no apposition
				}
				if orgNounSet[w] {
					if k+1 >= n-en || lower(next(k+1)) != "of" || w == "company" || w == "firm" {
						v[OrganizationKind] += wContextStrong
					}
					break
				}
				if eventNounSet[w] {
					v[EventKind] += wContextStrong // "Anime North, a fan-run convention"
					v[PersonKind] -= wContextWeak
					break
				}
				if upos != nil && en+k < len(upos) && upos[en+k] != "ADJ" && upos[en+k] != "NOUN" && upos[en+k] != "PROPN" && upos[en+k] != "ADV" && w != "-" && lower(next(k-1)) != "-" {
					break
				}
			}
		}
	}
	// "a remote town called X", "the plane, a X", "X, a mountain
	// village", "X is a desert town", "the district of X": the noun
	// says what X is.
	if upos != nil {
		k := nounContextKind(words, upos, st, en)
		if k != NotEntity {
			v[k] += wContextStrong
			if k != PersonKind {
				v[PersonKind] -= wContextWeak
			}
		}
	}
	// "moved to X", "was born in X", "is based in X": a place.
	if p1, p2 := lower(prev(1)), lower(prev(2)); (p1 == "to" || p1 == "in") && placeVerbs[p2] && upos != nil && st-2 >= 0 && upos[st-2] == "VERB" {
		v[PlaceKind] += wContextStrong
		v[PersonKind] -= wContextWeak
	}
	// "founded in 1998 as X", "was renamed X": an organization.
	if lower(prev(1)) == "as" || lower(prev(1)) == "renamed" {
		for k := 1; k <= 5 && st-k >= 0; k++ {
			if w := lower(prev(k)); foundingVerbs[w] || w == "renamed" {
				v[OrganizationKind] += wContextStrong
				v[PersonKind] -= wContextWeak
				break
			}
		}
	}
	// "published in Nature", "appeared in The Lancet": a journal.
	if p1, p2 := lower(prev(1)), lower(prev(2)); p1 == "in" && (p2 == "published" || p2 == "appeared" || p2 == "reported") && upos != nil && st-2 >= 0 && upos[st-2] == "VERB" &&
		!loadGazetteer().isPlace(words[st:en]) && info[st].town == 0 {
		// (but "published in Paris" is where)
		v[OrganizationKind] += wContextStrong
		v[PersonKind] -= wContextWeak
		v[PlaceKind] -= wContextWeak
	}
	// "diagnosed with Cystic Fibrosis", "died of Lassa Fever": a disease.
	if p1, p2 := lower(prev(1)), lower(prev(2)); (p1 == "with" && p2 == "diagnosed") || (p1 == "of" || p1 == "from") && (p2 == "died" || p2 == "suffering" || p2 == "suffered" || p2 == "suffers") {
		v[ThingKind] += wContextStrong
		v[PersonKind] -= wContextWeak
	}
	// "X is located in Y": not a person.
	if (next(0) == "is" || next(0) == "was") && (next(1) == "located" || next(1) == "situated") {
		v[PersonKind] -= wContextStrong
	}
	// A corporate suffix after the name.
	if corporateSuffix(next(0)) || next(0) == "," && corporateSuffix(next(1)) {
		v[OrganizationKind] += wContextStrong
	}
	// A bare direction: "came down to South" (but "the North", "the far
	// East" are regions).
	if p := lower(prev(1)); en-st == 1 && compassWords[words[st]] && p != "the" && p != "far" && p != "deep" && p != "wild" {
		v[NotEntity] += 2 * wList // (outweighing the gazetteers and the corpora's "the South")
	}
	// An age before it: "41-year-old X", "the 29-year-old X".
	// (but "a 36-year-old Cheltenham man", "47-year-old X's office")
	if (lower(prev(1)) == "old" && (lower(prev(3)) == "year" || lower(prev(3)) == "years") || strings.HasSuffix(lower(prev(1)), "-year-old")) &&
		next(0) != "'s" && next(0) != "’s" && (upos == nil || en >= len(upos) || upos[en] != "NOUN") {
		v[PersonKind] += wContextStrong
	}
	// A title before it: "Mr. X", "President X".
	if st > 0 && info[st-1].title && startsUpper(words[st-1]) {
		v[PersonKind] += wContextStrong
	}
	// "the X" (lower case, not a title before): not a person.
	if d := prev(1); d == "the" && !strings.HasSuffix(words[en-1], "s") {
		v[PersonKind] -= wContextWeak
	} else if d == "the" {
		// "the Knights of Columbus announced": a group.
		v[OrganizationKind] += wContextWeak
		v[PersonKind] -= wContextWeak
	}
	// The first third-person pronoun after the name in the sentence,
	// when no other name comes between.
	for k := en; k < n && k < en+25; k++ {
		w := lower(words[k])
		if personPronounSet[w] {
			v[PersonKind] += wContextWeak
			break
		}
		if thingPronounSet[w] {
			v[PersonKind] -= wContextWeak
			v[OrganizationKind] += wContextWeak / 2
			v[ThingKind] += wContextWeak / 2
			break
		}
		if info[k].run != 0 && info[k].capc != 0 && !info[k].dateWord {
			break // another name
		}
		if (w == "the" || w == "a" || w == "an") && upos != nil && k+1 < n && upos[k+1] == "NOUN" {
			break // "X said the studio would close its office": another antecedent
		}
	}
	return v
}

// nounKind returns the kind of name that the common noun w says a name
// is ("town": a place), NotEntity when it says nothing.
func nounKind(w string) Kind {
	if k := nounKindOf(w); k != NotEntity || len(w) < 4 {
		return k
	}
	// Plurals: "cities", "conferences", "churches".
	switch {
	case strings.HasSuffix(w, "ies"):
		return nounKindOf(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "es") && nounKindOf(w[:len(w)-2]) != NotEntity:
		return nounKindOf(w[:len(w)-2])
	case strings.HasSuffix(w, "s"):
		return nounKindOf(w[:len(w)-1])
	}
	return NotEntity
}

// nounKindOf is nounKind of a word as it is.
func nounKindOf(w string) Kind {
	switch {
	case placeNounSet[w]:
		return PlaceKind
	case thingNounSet[w]:
		return ThingKind
	case personNounSet[w]:
		return PersonKind
	case eventNounSet[w]:
		return EventKind
	case orgNounSet[w]:
		return OrganizationKind
	}
	return NotEntity
}

// placeOfNouns are the nouns of "the N of X" that make X a place: "the
// district of Groom", "the town of Hallam".
var placeOfNouns = wordSet(`city town village hamlet suburb district borough county province state
region territory island islands country nation kingdom republic municipality commune parish
ward constituency electorate capital port`)

// appositionAdverbs may open an apposition: "X, formerly a church".
var appositionAdverbs = wordSet(`formerly once originally previously now also`)

// calledPlaceNouns are nouns that, unlike "X, a real estate site",
// name a place in "a site called X".
var calledPlaceNouns = wordSet(`site house church park base bar station`)

// nounContextKind returns the kind that a common noun next to the name
// in words [st, en) of a tagged sentence says it is, NotEntity when none
// does:
//
//   - "a remote town called X", "a company named X", "a film titled X"
//     (the noun right before the verb);
//   - "the plane, a X" (the name is a whole noun phrase in apposition to
//     the noun);
//   - "X, a mountain village", "X is a remote desert town" (the head
//     noun of the apposition or the copula's complement);
//   - "the district of X" (a place).
func nounContextKind(words, upos []string, st, en int) Kind {
	n := len(words)
	lower := strings.ToLower
	at := func(i int) string {
		if i >= 0 && i < n {
			return lower(words[i])
		}
		return ""
	}
	p := st - 1
	if w := at(p); w == "\"" || w == "“" || w == "'" || w == "‘" {
		p-- // a film called "X"
	}
	switch at(p) {
	case "called", "named", "dubbed", "titled", "entitled":
		if p-1 >= 0 && upos[p-1] == "NOUN" {
			if calledPlaceNouns[at(p-1)] {
				return PlaceKind // "a site called X", "a house named X"
			}
			return nounKind(at(p - 1))
		}
	case "as":
		if at(p-1) == "known" && p-2 >= 0 && upos[p-2] == "NOUN" {
			return nounKind(at(p - 2))
		}
	case "a", "an":
		// "the plane, a X", when X is the whole noun phrase.
		if at(p-1) == "," && p-2 >= 0 && upos[p-2] == "NOUN" && (en >= n || upos[en] == "PUNCT" || upos[en] == "VERB" || upos[en] == "AUX" || upos[en] == "ADP") {
			return nounKind(at(p - 2))
		}
	case "of":
		if placeOfNouns[at(p-1)] && (at(p-2) == "the" || p-2 >= 0 && upos[p-2] == "ADJ") {
			return PlaceKind
		}
	}
	if k := listNounKind(words, upos, st, en); k != NotEntity {
		return k
	}
	// "X, a mountain village", "X is a desert town", "X is open-source
	// software".
	i := en
	if at(i) == "," && appositionAdverbs[at(i+1)] {
		i++ // "X, formerly a church and now a museum": the adverb in the comma's place
	}
	switch {
	case (at(i) == "," || i > en && appositionAdverbs[at(i)]) && (at(i+1) == "a" || at(i+1) == "an"):
		i += 2
	case (at(i) == "is" || at(i) == "was") && (at(i+1) == "a" || at(i+1) == "an"):
		i += 2
	case (at(i) == "is" || at(i) == "was") && i+1 < n && (upos[i+1] == "ADJ" || upos[i+1] == "NOUN"):
		i++
	default:
		return NotEntity
	}
	if h := headNoun(words, upos, i); h >= 0 {
		return nounKind(lower(words[h]))
	}
	return NotEntity
}

// listNounKind returns the kind that a list the name is part of says
// its members are: "X, Y or other conferences", "cities such as X, Y
// and Z", "airports including X and Y"; NotEntity when none does.
func listNounKind(words, upos []string, st, en int) Kind {
	n := len(words)
	member := func(i int) bool {
		switch words[i] {
		case ",", "and", "or", "&":
			return true
		}
		return upos[i] == "PROPN"
	}
	i := en
	for i < n && member(i) {
		i++
	}
	if i < n && i > en && words[i] == "other" && (words[i-1] == "and" || words[i-1] == "or") {
		if h := headNoun(words, upos, i+1); h >= 0 {
			return nounKind(strings.ToLower(words[h]))
		}
	}
	i = st - 1
	for i >= 0 && member(i) {
		i--
	}
	switch {
	case i >= 2 && words[i] == "as" && words[i-1] == "such" && upos[i-2] == "NOUN":
		return nounKind(strings.ToLower(words[i-2]))
	case i >= 1 && (words[i] == "including" || words[i] == "like") && upos[i-1] == "NOUN":
		return nounKind(strings.ToLower(words[i-1]))
	}
	return NotEntity
}

// headNoun returns the index of the head noun of the noun phrase that
// begins at word i (after its article): the last of its adjectives and
// nouns, when it is a common noun and nothing but punctuation, a
// preposition, a verb or the end follows; -1 otherwise ("a city
// councillor" is headed by "councillor", "the city's mayor" has none).
func headNoun(words, upos []string, i int) int {
	n := len(words)
	h := -1
	for ; i < n && i < len(upos); i++ {
		switch u := upos[i]; {
		case u == "ADJ" || u == "ADV" || u == "NUM" || u == "PROPN":
			h = -1
		case u == "NOUN":
			h = i
		case words[i] == "-" || strings.HasPrefix(words[i], "-"):
			h = -1
		default:
			if words[i] == "'s" || words[i] == "’s" || words[i] == "'" {
				return -1
			}
			return h
		}
	}
	return h
}

// finiteAfter reports whether the word after an apposition's noun, of
// tag upos, is a clause's verb ("the company was", "the firm said"), not
// a participle that goes on describing it ("a firm specialising in",
// "the company based in").
func finiteAfter(upos, w string) bool {
	if upos == "AUX" {
		return true
	}
	if upos != "VERB" || strings.HasSuffix(w, "ing") {
		return false
	}
	switch w {
	case "based", "owned", "founded", "headquartered", "located", "run", "led", "known", "listed", "registered", "backed", "funded", "created", "formed", "established":
		return false
	}
	return true
}

// acquireVerbs are the forms of buying a company ("acquired X", "X
// acquired Y").
var acquireVerbs = map[string]bool{"acquired": true, "acquires": true, "acquire": true, "acquiring": true}

// placeVerbs are the past forms of verbs after which "to X" or "in X"
// is a place ("moved to X", "was born in X").
var placeVerbs = map[string]bool{"moved": true, "relocated": true, "travelled": true, "traveled": true, "flew": true, "emigrated": true, "immigrated": true,
	"born": true, "raised": true, "buried": true, "headquartered": true, "based": true, "located": true, "situated": true, "landed": true}

// foundingVerbs are the past forms of verbs whose object, named right
// after them, is founded: an organization.
var foundingVerbs = map[string]bool{"formed": true, "founded": true, "co-founded": true, "cofounded": true, "established": true, "set up": true}

// ambiguousMonths are months that are also names ("Theresa May").
var ambiguousMonths = map[string]bool{"May": true, "March": true, "April": true, "June": true, "August": true}

// isAdjective reports whether word i is tagged ADJ.
func isAdjective(upos []string, i int) bool {
	return i < len(upos) && upos[i] == "ADJ"
}

// corporateSuffix reports whether w is a company-form suffix ("Inc.",
// "Ltd", "plc").
func corporateSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Inc", "Corp", "Co", "Ltd", "LLC", "L.L.C", "plc", "PLC", "GmbH", "AG", "S.A", "SA", "N.V", "NV", "LLP", "LP", "Limited", "Incorporated", "Corporation",
		"Kft", "Zrt", "Nyrt", "Bhd", "Pty", "Ltda":
		return true
	}
	return false
}

// nameVotes returns the evidence of a name's own words, counted once per
// document: its head word, the gazetteers, WordNet and the lists of
// words that are not entities.
func nameVotes(words, xpos []string, info []tokenInfo) Votes {
	var v Votes
	n := len(words)
	first, last := words[0], words[n-1]
	name := strings.Join(words, " ")
	// Not entities.
	if n == 1 {
		switch {
		case timeZoneSet[first]:
			v[NotEntity] += wList
		case techAcronymSet[first]:
			v[NotEntity] += wList
		case IsDemonym(first):
			v[NotEntity] += wList
		case dayWords[first]:
			v[NotEntity] += wList
		case monthWords[first] > 0 && !ambiguousMonths[first]:
			v[NotEntity] += wList
		}
	}
	if notEntityName(words) {
		v[NotEntity] += wList
	}
	if allDemonymWords(words) && n > 1 {
		v[NotEntity] += wList
	}
	// A word usually written in lower case, capitalised at the start of
	// a sentence ("According", "Authorities").
	if n == 1 && info[0].lex&3 == 1 && info[0].capc == 1 {
		v[NotEntity] += wList
	}
	// Adjectives and other words that are not nouns: "pro-Trump",
	// "United States-led", "Middle Eastern".
	if hyphenAffix(last) || hyphenAffix(first) {
		v[NotEntity] += wList
	}
	if n <= len(xpos) {
		switch x := xpos[n-1]; {
		case x == "JJ":
			v[NotEntity] += wHead
		case n == 1 && (x == "JJR" || x == "JJS" || x == "RB" || x == "IN" || x == "VBG" || x == "NNS"):
			v[NotEntity] += wHead
		}
	}
	// Head words. The head of "X of Y" or "X in Y" is the word before
	// the preposition.
	head := last
	for i := 1; i < n; i++ {
		if w := words[i]; w == "of" || w == "in" || w == "for" || w == "on" || w == "at" {
			head = words[i-1]
			break
		}
	}
	switch {
	case headClasses[hashString(head)] == 1 || orgHeads[head] || headClasses[hashString(first)] == 1 && n > 1 && strings.Contains(name, " of "):
		v[OrganizationKind] += wHead
	case headClasses[hashString(head)] == 2 || headClasses[hashString(first)] == 2 && n > 1:
		v[PlaceKind] += wHead
	}
	bodyOf := false // "Conference of State Legislatures", "Congress of Deputies": a body of its members
	for i := 1; i+1 < n; i++ {
		if words[i] == "of" && (head == "Conference" || head == "Congress" || head == "Council" || head == "Assembly" || head == "Convention") &&
			strings.HasSuffix(words[n-1], "s") && !strings.HasSuffix(words[n-1], "ss") {
			bodyOf = true
		}
	}
	if bodyOf {
		v[OrganizationKind] += wHead
	}
	switch {
	case bodyOf:
	case eventHeads[head] && n > 1, (stormWords[first] || first == "Operation") && n > 1:
		v[EventKind] += wHead
	case thingHeads[head] && n > 1:
		v[ThingKind] += wHead
	}
	// "Rue des Soubirous", "Place Hélène Metges", "36 Quai des
	// Orfèvres", "Via Appia": a street or square named the way of its
	// country, its kind first.
	if k := leadingNumber(words); n-k > 1 && (streetFirst[words[k]] || placeFirst[words[k]]) {
		v[PlaceKind] += wHead
	}
	// "20th Century Fox" no; "2019 World Championships": a year first.
	if n > 1 && isYear(first) {
		v[EventKind] += wContextWeak
	}
	// A plural proper noun as head: a group ("Knights of Columbus",
	// "Rolling Stones").
	if hi := indexOf(words, head); n > 1 && hi >= 0 && hi < len(xpos) && xpos[hi] == "NNPS" {
		v[OrganizationKind] += wContextWeak
	}
	// Gazetteers.
	if _, ok := Country(name); ok && !IsDemonym(name) {
		v[PlaceKind] += wGaz
	} else if loadGazetteer().isPlace(words) || n == 1 && info[0].town == 1 || n > 1 && info[0].town == 2 && info[n-1].town == 4 {
		v[PlaceKind] += wGaz / 2
	}
	// The names of the training corpora: a name seen as a person,
	// organization or place in other documents, weighted by how many.
	if c := wholeName(info, 0, n); c != 0 && codeClass(c) != typeOther {
		w := [3]float64{wGaz / 2, wGaz, wGaz * 2}[(c-1)%6/2]
		v[[...]Kind{PersonKind, OrganizationKind, PlaceKind}[codeClass(c)]] += w
	}
	if n > 1 && info[0].given && !info[n-1].title && headClasses[hashString(last)] == 0 {
		v[PersonKind] += wGaz / 3
	}
	// WordNet: a language is not an entity (unless it is also a place:
	// "Illinois"); the classes of a name split their weight ("Paris",
	// a city and a person of myth).
	if c := wordNetClass(name); c != 0 {
		if c&wnLanguage != 0 && c&(wnPlace|wnInstance) == 0 {
			v[NotEntity] += wList
		}
		var ks []Kind
		if c&wnInstance != 0 && c&wnPerson != 0 {
			ks = append(ks, PersonKind)
		}
		if c&wnPlace != 0 {
			ks = append(ks, PlaceKind)
		}
		if c&wnGroup != 0 {
			ks = append(ks, OrganizationKind)
		}
		if c&wnEvent != 0 {
			ks = append(ks, EventKind)
		}
		for _, k := range ks {
			v[k] += wGaz / float64(len(ks))
		}
	}
	// Model numbers: "Boeing 737", "Airbus A300s" (a year first is an
	// event: "2019 World Championships"); "Flight 610" is an event, "Route
	// 2" a place.
	if n > 1 && !isYear(first) {
		for i, w := range words[1:] {
			if !hasDigit(w) {
				continue
			}
			switch words[i] {
			case "Flight":
				v[EventKind] += wHead
			case "Route", "Highway", "Interstate", "Motorway", "Expressway":
				v[PlaceKind] += wHead // "Route 2", "Interstate 75": a road
			default:
				v[ThingKind] += wHead
			}
			break
		}
	}
	return v
}

// streetFirst are the words that begin the names of streets and squares
// in languages that put the kind first.
var streetFirst = map[string]bool{"Rue": true, "Place": true, "Quai": true, "Boulevard": true, "Avenue": true, "Allée": true, "Chemin": true,
	"Via": true, "Viale": true, "Piazza": true, "Piazzale": true, "Corso": true, "Largo": true, "Calle": true, "Plaza": true, "Paseo": true,
	"Avenida": true, "Rua": true, "Praça": true, "Carrer": true, "Plac": true, "Ulica": true, "Aleja": true, "Rambla": true}

// placeFirst are other words that begin names of places: "Masjid
// Al-Noor", "Mount Kenya", "Lake Tana", "Fort Worth".
var placeFirst = map[string]bool{"Masjid": true, "Mount": true, "Lake": true, "Fort": true, "Cape": true, "Isle": true}

// notEntityName reports whether words name no entity by their form: a
// time zone written out ("Central European Time", "Eastern Standard
// Time"), an amount of a currency ("USD 1 million"), a quarter of a year
// ("Q1", "Q3 2021"), a unit of temperature.
func notEntityName(words []string) bool {
	n := len(words)
	first := words[0]
	if n >= 2 && words[n-1] == "Time" {
		zone := true
		for _, w := range words[:n-1] {
			zone = zone && timeZoneWords[w]
		}
		if zone {
			return true
		}
	}
	if n >= 2 && currencyCodes[first] && hasDigit(words[1]) {
		return true
	}
	if len(first) == 2 && first[0] == 'Q' && first[1] >= '1' && first[1] <= '4' && (n == 1 || n == 2 && isYear(words[1])) {
		return true
	}
	if n == 2 && docPartWords[strings.TrimSuffix(first, ".")] && (hasDigit(words[1]) || len(words[1]) <= 2 && strings.ToUpper(words[1]) == words[1]) {
		return true // "Figure 4c", "Table 2": a part of a paper (a law's "Article 50" is a thing)
	}
	if currencyAmount(first) {
		return true // "Rs.30", "Rs.30-Rs.40", "₹500"
	}
	if n == 1 && unitWords[first] {
		return true // "1 KG", "200 MW"
	}
	return n == 1 && (first == "Celsius" || first == "Fahrenheit" || first == "Kelvin")
}

// compassWords are the directions, which name a region only with "the".
var compassWords = wordSet(`North South East West Northeast Northwest Southeast Southwest`)

// docPartWords name the parts of a document that a number follows.
var docPartWords = wordSet(`Figure Fig Figures Table Tables Page Appendix Box Equation Eq Panel Exhibit`)

// unitWords are units of measure written in capitals.
var unitWords = wordSet(`KG KGS KM KMS MM CM ML MG KWH MWH GWH MW GW KW MPH KPH KMH`)

// currencyAmount reports whether a word is an amount of money written with
// its currency's sign or abbreviation before the digits ("Rs.30",
// "₹500", "$12").
func currencyAmount(w string) bool {
	for _, p := range []string{"Rs.", "Rs", "₹", "$", "€", "£", "¥", "US$", "A$", "C$"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
	}
	return false
}

// timeZoneWords make the written-out names of time zones with "Time".
var timeZoneWords = wordSet(`Central Eastern Western Pacific Mountain Atlantic European Greenwich Mean
Standard Daylight Summer Universal Coordinated Indian China Japan Korea Moscow Arabia Alaska
Hawaii Australian Israel British Irish`)

// currencyCodes are ISO codes of currencies that news writes before
// amounts ("USD 1 million").
var currencyCodes = wordSet(`USD EUR GBP JPY CNY RMB INR AUD CAD CHF NZD HKD SGD ZAR BRL MXN RUB TRY KRW SEK NOK DKK PLN`)

// leadingNumber returns 1 when the first word of a name is a house number
// ("36 Quai des Orfèvres"), else 0.
func leadingNumber(words []string) int {
	if len(words) > 1 && isDigits(words[0]) {
		return 1
	}
	return 0
}

// hyphenAffix reports whether w is made with a lower-case affix that
// makes adjectives of names: "pro-Trump", "anti-Muslim", "US-led",
// "Texas-based", "Soviet-style".
func hyphenAffix(w string) bool {
	pre, post, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	switch pre {
	case "pro", "anti", "non", "ex", "post", "pre", "neo", "mid":
		return true
	}
	for _, suf := range []string{"-led", "-based", "-style", "-born", "-backed", "-owned", "-run", "-made", "-like", "-funded", "-linked", "-controlled", "-allied", "-bound"} {
		if strings.HasSuffix("-"+post, suf) || strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hasDigit reports whether w has an ASCII digit.
func hasDigit(w string) bool {
	return strings.ContainsAny(w, "0123456789")
}

// indexOf returns the index of the first w in ws, -1 when none.
func indexOf(ws []string, w string) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}

// An Accumulator sums the evidence of names across documents, so that a
// name typed from little evidence in one document can use what others
// say of it. The zero value is ready to use; it is safe for concurrent
// use.
type Accumulator struct {
	mu    sync.Mutex
	votes map[string]Votes
}

// Add adds the evidence of the typed names of one document.
func (a *Accumulator) Add(names []TypedName) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.votes == nil {
		a.votes = map[string]Votes{}
	}
	for _, n := range names {
		v := a.votes[n.Name]
		v.Add(n.Votes)
		a.votes[n.Name] = v
	}
}

// Merge adds the evidence of b (for example another worker's) to a.
func (a *Accumulator) Merge(b *Accumulator) {
	if a == b {
		return
	}
	b.mu.Lock()
	snap := make(map[string]Votes, len(b.votes))
	for k, v := range b.votes {
		snap[k] = v
	}
	b.mu.Unlock()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.votes == nil {
		a.votes = map[string]Votes{}
	}
	for k, v := range snap {
		x := a.votes[k]
		x.Add(v)
		a.votes[k] = x
	}
}

// Votes returns the summed evidence of name (as TypedName.Name), zero
// when it was never added.
func (a *Accumulator) Votes(name string) Votes {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.votes[name]
}

// Kind returns the kind of name with the evidence of every document
// added, its confidence, and whether the name was added at all.
func (a *Accumulator) Kind(name string) (Kind, float64, bool) {
	a.mu.Lock()
	v, ok := a.votes[name]
	a.mu.Unlock()
	k, c := v.Best()
	return k, c, ok
}

// Len returns the number of distinct names added.
func (a *Accumulator) Len() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.votes)
}
