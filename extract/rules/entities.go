package rules

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// An entity is a cluster of mentions within one document.
type entity struct {
	name    string
	votes   [6]int
	typ     newsgraph.EntityType
	aliases []string
	roles   []string
	nat     string
	ments   []int // mention indices, text order
	concept bool
	head    string // folded head noun of a concept
	quote   bool
	qspan   newsgraph.Span
	extra   []newsgraph.Mention // mentions that are not in x.ments (concepts, nationality adjectives)
	first   int                 // byte offset of the first mention, for ordering
}

func addUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	f := fold(s)
	for _, x := range list {
		if fold(x) == f {
			return list
		}
	}
	return append(list, s)
}

func (e *entity) addRole(r string) {
	for _, p := range strings.Split(r, " | ") {
		e.roles = addUnique(e.roles, strings.TrimSpace(p))
	}
}

// cluster groups name mentions into entities: equal names, surnames of
// full person names, and shorter forms of organization names.
func (x *doc) cluster() {
	// drop heading mentions whose name is not known otherwise
	known := map[string]bool{}
	for _, m := range x.ments {
		if m.kind == mName && !m.heading {
			known[fold(m.name)] = true
		}
	}
	byName := map[string]int{}
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.kind != mName {
			continue
		}
		x.normalizeName(m)
		k := fold(m.name)
		if m.heading && !known[k] && x.lx.gaz.place[k] == "" {
			continue
		}
		ei, ok := byName[k]
		if !ok {
			ei = len(x.ents)
			byName[k] = ei
			x.ents = append(x.ents, &entity{name: m.name, first: m.start})
		}
		x.attach(ei, mi)
	}
	// surname and short-form merging
	merged := make([]int, len(x.ents)) // entity -> target
	for i := range merged {
		merged[i] = i
	}
	byLast := map[string][]int{}
	words := make([][]string, len(x.ents))
	for i, e := range x.ents {
		words[i] = strings.Fields(fold(e.name))
		if n := len(words[i]); n > 0 {
			byLast[words[i][n-1]] = append(byLast[words[i][n-1]], i)
		}
	}
	for i, e := range x.ents {
		words := words[i]
		if len(words) == 0 || x.lx.gaz.place[fold(e.name)] != "" {
			continue
		}
		target := -1
		count := 0
		for _, j := range byLast[words[len(words)-1]] {
			o := x.ents[j]
			if j == i {
				continue
			}
			ow := strings.Fields(fold(o.name))
			if len(ow) <= len(words) {
				continue
			}
			switch {
			case len(words) == 1 && ow[len(ow)-1] == words[0] && o.votes[tiPlace] == 0 && o.votes[tiOrg] < 3 && e.votes[tiOrg] < 3 && e.votes[tiPlace] == 0:
				// surname of a person
			case len(words) >= 2 && hasSuffixWords(ow, words) && o.votes[tiOrg] >= 3 && !connectors[ow[len(ow)-len(words)-1]]:
				// "Security Council" of "UN Security Council", not "X" of "Board of X"
			case len(words) == 2 && connectors[words[0]] && hasSuffixWords(ow, words) && o.votes[tiPlace] == 0 && o.votes[tiOrg] < 3 && e.votes[tiOrg] < 3:
				// "de Graaf" of "Lotte de Graaf"
			default:
				continue
			}
			target = j
			count++
		}
		if count == 1 {
			merged[i] = target
		}
	}
	for i := range x.ents {
		t := merged[i]
		for merged[t] != t {
			t = merged[t]
		}
		if t == i {
			continue
		}
		src, dst := x.ents[i], x.ents[t]
		for _, mi := range src.ments {
			x.attach(t, mi)
		}
		dst.aliases = addUnique(dst.aliases, src.name)
		for _, a := range src.aliases {
			dst.aliases = addUnique(dst.aliases, a)
		}
		if src.first < dst.first {
			dst.first = src.first
		}
		src.ments = nil
		src.name = ""
	}
	// compact
	var ents []*entity
	remap := map[int]int{}
	for i, e := range x.ents {
		if e.name == "" {
			continue
		}
		remap[i] = len(ents)
		ents = append(ents, e)
	}
	x.ents = ents
	for mi := range x.ments {
		if e, ok := remap[x.ments[mi].ent]; ok {
			x.ments[mi].ent = e
		} else {
			x.ments[mi].ent = -1
		}
	}
	for _, e := range x.ents {
		e.sortMentions(x)
		e.typ = typeOf(e.votes)
	}
	x.resolveDescriptions()
}

// regionSuffixes end names of regions that are mostly called by their
// first part alone ("X Strip" is "X", "X Peninsula" is "X").
var regionSuffixes = wordSet(`strip peninsula`)

// governmentWords are words after a capital's name that make it stand for
// its country's government ("Washington says", "Moscow has warned").
var governmentWords = wordSet(`has have had wants hopes believes insists fears expects sees accuses accused denies denied rejects rejected demands demanded`)

// normalizeName gives m the name it clusters under: a region named with a
// suffix clusters with its short form when that is a known place, and a
// national capital that speaks or acts ("Washington says") stands for its
// country (metonymy) without lending its name to the country.
func (x *doc) normalizeName(m *mention) {
	w := strings.Fields(m.name)
	if n := len(w); n >= 2 && regionSuffixes[strings.ToLower(w[n-1])] {
		if short := strings.Join(w[:n-1], " "); x.lx.gaz.place[fold(short)] != "" {
			m.name = short
		}
		return
	}
	country := x.lx.gaz.capitalOf[fold(m.name)]
	if country == "" || fold(country) == fold(m.name) || m.poss {
		return
	}
	toks := x.sents[m.sent].toks
	if m.te >= len(toks) || m.ts > 0 && prepositions[toks[m.ts-1].low] {
		return
	}
	next := toks[m.te]
	if next.kind != tWord {
		return
	}
	if _, verb := x.verbAt(toks, m.te); verb || x.lx.speech[next.low] || governmentWords[next.low] {
		m.name = country
		m.metonym = true
	}
}

func hasSuffixWords(long, short []string) bool {
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// attach adds mention mi to entity ei.
func (x *doc) attach(ei, mi int) {
	e := x.ents[ei]
	m := &x.ments[mi]
	m.ent = ei
	e.ments = append(e.ments, mi)
	for i := range m.votes {
		e.votes[i] += m.votes[i]
	}
	if m.text != e.name && !m.metonym {
		e.aliases = addUnique(e.aliases, m.text)
	}
	if m.full != m.text && m.full != e.name && m.kind == mName {
		e.aliases = addUnique(e.aliases, m.full)
	}
	if m.role != "" {
		e.addRole(m.role)
	}
	if m.nat != "" && m.nat != e.name {
		e.nat = m.nat
	}
	// a longer name is a better name ("Antony Blinken" over "Blinken")
	if len(strings.Fields(m.name)) > len(strings.Fields(e.name)) && m.kind == mName {
		e.aliases = addUnique(e.aliases, e.name)
		e.name = m.name
		var kept []string
		for _, a := range e.aliases {
			if fold(a) != fold(e.name) {
				kept = append(kept, a)
			}
		}
		e.aliases = kept
	}
}

func (e *entity) sortMentions(x *doc) {
	ms := e.ments
	sort.SliceStable(ms, func(i, j int) bool { return x.ments[ms[i]].start < x.ments[ms[j]].start })
	if len(ms) > 0 && x.ments[ms[0]].start < e.first {
		e.first = x.ments[ms[0]].start
	}
}

// typeOf picks the type with the most evidence; Thing when there is none.
func typeOf(v [6]int) newsgraph.EntityType {
	best, bi := 0, tiThing
	for _, i := range []int{tiPlace, tiPerson, tiOrg, tiEvent} {
		if v[i] > best {
			best, bi = v[i], i
		}
	}
	return typeByIndex[bi]
}

// resolveDescriptions links descriptions ("the Prime Minister", "the top
// US diplomat") to the one person of the document whose role matches.
func (x *doc) resolveDescriptions() {
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.kind != mDesc {
			continue
		}
		role := fold(m.role)
		words := strings.Fields(role)
		if len(words) == 0 {
			continue
		}
		head := words[len(words)-1]
		want := []string{role}
		if len(words) == 1 {
			if c, ok := personClass[head]; ok {
				want = c
			}
		}
		cand := -1
		n := 0
		for ei, e := range x.ents {
			if e.typ != newsgraph.Person {
				continue
			}
			if m.nat != "" && e.nat != m.nat {
				continue
			}
			ok := false
			for _, r := range e.roles {
				fr := fold(r)
				for _, w := range want {
					if strings.Contains(fr, w) {
						ok = true
					}
				}
			}
			if ok {
				cand = ei
				n++
			}
		}
		if n == 1 {
			m.ent = cand
			e := x.ents[cand]
			e.ments = append(e.ments, mi)
			e.aliases = addUnique(e.aliases, m.text)
			e.sortMentions(x)
		}
	}
}

// placeEntity returns the index of the entity named name, creating a place
// entity for it when needed (countries named only by adjectives).
func (x *doc) placeEntity(name string, sp newsgraph.Span, si int) int {
	f := fold(name)
	if i, ok := x.placeByName[f]; ok {
		x.ents[i].extra = appendMention(x, x.ents[i].extra, sp, si)
		return i
	}
	e := &entity{name: name, typ: newsgraph.Place, first: sp.Start}
	e.votes[tiPlace] = 6
	e.extra = appendMention(x, nil, sp, si)
	x.ents = append(x.ents, e)
	x.placeByName[f] = len(x.ents) - 1
	return len(x.ents) - 1
}

func appendMention(x *doc, list []newsgraph.Mention, sp newsgraph.Span, si int) []newsgraph.Mention {
	if sp.End <= sp.Start || sp.Start < 0 || sp.End > len(x.text) {
		return list
	}
	if n := len(list); n > 0 && list[n-1].Span == sp {
		return list
	}
	s := x.sents[si]
	return append(list, newsgraph.Mention{Span: sp, Sentence: newsgraph.Span{Start: s.start, End: s.end}, Text: x.text[sp.Start:sp.End]})
}

// conceptEntity returns the concept entity with folded head noun head,
// creating it when needed, and adds the mention.
func (x *doc) conceptEntity(head, name, alias string, sp newsgraph.Span, si int) int {
	if i, ok := x.conceptByHead[head]; ok {
		e := x.ents[i]
		if e.name == e.head && name != head {
			e.aliases = addUnique(e.aliases, e.name)
			e.name = name
		}
		e.aliases = addUnique(e.aliases, alias)
		e.extra = appendMention(x, e.extra, sp, si)
		return i
	}
	e := &entity{name: name, typ: newsgraph.Thing, concept: true, head: head, first: sp.Start}
	if alias != name {
		e.aliases = addUnique(e.aliases, alias)
	}
	e.extra = appendMention(x, nil, sp, si)
	x.ents = append(x.ents, e)
	x.conceptByHead[head] = len(x.ents) - 1
	return len(x.ents) - 1
}
