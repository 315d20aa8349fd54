package coref

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// Resolve finds the mentions of doc and links them into chains. doc must
// be analysed (tags, lemmas, entity mentions; parses where available).
// Resolve does not modify doc and is safe for concurrent use.
func (m *Model) Resolve(doc *nlp.Document) *Resolution {
	d := decoders.Get().(*decoder)
	d.reset(m, doc)
	d.run(nil)
	r := d.resolution(doc)
	d.release()
	decoders.Put(d)
	return r
}

// decoders keeps decoders and their buffers for reuse.
var decoders = sync.Pool{New: func() any { return new(decoder) }}

// A decoder resolves one document, left to right.
type decoder struct {
	m    *Model
	ms   []ment
	hs   []mentHash
	ent  []int // entity of each mention resolved so far
	ents []entity
	// scratch
	feats  []uint64
	offs   []int
	cands  []int
	scores []float32
	bases  bases
	// name look-ups
	byWords, bySurname, byAcronym map[uint64]int // by hashes of words, surname, initials
	det                           detector
}

func newDecoder(m *Model, doc *nlp.Document) *decoder {
	d := new(decoder)
	d.reset(m, doc)
	return d
}

// reset prepares d to resolve doc with m.
func (d *decoder) reset(m *Model, doc *nlp.Document) {
	d.m = m
	d.ms = d.det.detect(doc, m.class)
	n := len(d.ms)
	d.hs = slices.Grow(d.hs[:0], n)[:n]
	d.ent = slices.Grow(d.ent[:0], n)[:n]
	d.ents = slices.Grow(d.ents[:0], n)
	for i := range d.ms {
		d.hs[i] = hashMention(&d.ms[i])
	}
	if d.byWords != nil {
		clear(d.byWords)
		clear(d.bySurname)
		clear(d.byAcronym)
	}
}

// release drops d's references to the document it resolved.
func (d *decoder) release() {
	clear(d.ms)
	d.ms = nil
	if d.byWords != nil {
		clear(d.byWords)
		clear(d.bySurname)
		clear(d.byAcronym)
	}
}

// A trainer is told of every ranking decision; it returns the candidate
// (index into cands, or -1 for none) that the decoder is to follow.
type trainer interface {
	decide(d *decoder, i int, cands []int, feats []uint64, offs []int, scores []float32) int
}

// resolves reports whether mentions of kind k are resolved by the model.
func (m *Model) resolves(k Kind) bool {
	return k == Pronoun || k == Description || (k == Speaker && m.speakers)
}

func (d *decoder) run(t trainer) {
	for i := range d.ms {
		a := &d.ms[i]
		j := -1
		switch {
		case a.Kind == Name:
			j = d.matchName(i)
			if j < 0 && d.m.nameWindow >= 0 {
				j = d.rank(i, t)
			}
		case d.m.resolves(a.Kind):
			j = -1
			if a.Kind == Description && d.m.descRule {
				j = d.predicate(i)
				if j < 0 {
					j = d.describedName(i)
				}
			}
			if j < 0 {
				j = d.rank(i, t)
			}
		}
		if j >= 0 {
			a.Antecedent = j
			d.ent[i] = d.ent[j]
		} else {
			d.ent[i] = len(d.ents)
			d.ents = append(d.ents, entity{})
		}
		d.ents[d.ent[i]].add(a, d.hs[i].lemma)
	}
}

// window returns how many sentences back the candidates of a reach.
func (d *decoder) window(a *ment) int {
	switch a.Kind {
	case Description:
		return d.m.descWindow
	case Name:
		return d.m.nameWindow
	}
	return d.m.pronWindow
}

// rank scores the candidates of mention i and returns the chosen
// antecedent, or -1.
func (d *decoder) rank(i int, t trainer) int {
	a, ah := &d.ms[i], &d.hs[i]
	win := d.window(a)
	d.feats, d.offs, d.cands, d.scores = d.feats[:0], d.offs[:0], d.cands[:0], d.scores[:0]
	seen, classSeen := false, false
	d.bases.set(ah.anaphor)
	for j := i - 1; j >= 0 && len(d.cands) < d.m.maxCands; j-- {
		c := &d.ms[j]
		if a.Sentence-c.Sentence > win {
			break
		}
		if c.Sentence == a.Sentence && (c.Start <= a.Head && a.Head < c.End || a.Start <= c.Head && c.Head < a.End) {
			continue // one inside the other
		}
		if c.Kind != Pronoun && c.Kind != Speaker && c.lemma == a.lemma {
			seen = true
		}
		if c.Kind == Name && c.class == a.class {
			classSeen = true
		}
		if d.m.filter && !plausible(a, c, &d.ents[d.ent[j]]) {
			continue
		}
		d.offs = append(d.offs, len(d.feats))
		d.feats = pairFeatures(d.feats, &d.bases, a, c, ah, &d.hs[j], &d.ents[d.ent[j]], i, j)
		d.cands = append(d.cands, j)
	}
	d.offs = append(d.offs, len(d.feats))
	d.feats = nullFeatures(d.feats, &d.bases, a, ah, seen, classSeen, len(d.cands))
	d.offs = append(d.offs, len(d.feats))
	best, bestScore := -1, float32(0)
	for k := 0; k <= len(d.cands); k++ {
		s := d.m.score(d.feats[d.offs[k]:d.offs[k+1]])
		d.scores = append(d.scores, s)
		if best < 0 || s > bestScore {
			best, bestScore = k, s
		}
	}
	if t != nil {
		best = t.decide(d, i, d.cands, d.feats, d.offs, d.scores)
		if best < 0 {
			return -1
		}
	}
	if best == len(d.cands) {
		return -1
	}
	return d.cands[best]
}

// matchName returns an earlier name that name mention i repeats: the
// same words; a person's surname alone after the full name; an acronym
// after the words it abbreviates. -1 when there is none.
func (d *decoder) matchName(i int) int {
	if d.byWords == nil {
		d.byWords, d.bySurname, d.byAcronym = map[uint64]int{}, map[uint64]int{}, map[uint64]int{}
	}
	a := &d.ms[i]
	if a.nwords == 0 {
		return -1
	}
	compatible := func(j int) bool {
		c := &d.ms[j]
		return a.class == clsUnknown || c.class == clsUnknown || a.class == c.class
	}
	j := -1
	if k, ok := d.byWords[a.words]; ok && compatible(k) {
		j = k
	} else if a.nwords == 1 {
		if k, ok := d.bySurname[a.words]; ok && (a.class == clsUnknown || a.class == clsPerson) {
			j = k
		} else if k, ok := d.byAcronym[acronymOf(a.first)]; ok && isAcronym(a.first) {
			j = k
		}
	}
	d.byWords[a.words] = i
	if a.nwords > 1 {
		if a.class == clsPerson {
			d.bySurname[mix(0, hashFold(a.last))] = i
		}
		if a.initials != 0 {
			d.byAcronym[a.initials] = i
		}
	}
	return j
}

// isAcronym reports whether w is written in capitals ("NASA", "U.N.").
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// acronymOf returns the hash of the letters of an acronym, as the
// initials of the words it abbreviates hash ("U.N." and "United Nations").
func acronymOf(w string) uint64 {
	var h uint64
	for _, r := range w {
		if unicode.IsLetter(r) {
			h = mix(h, uint64(unicode.ToLower(r)))
		}
	}
	return h
}

// resolution builds the result from the decoded links.
func (d *decoder) resolution(doc *nlp.Document) *Resolution {
	r := &Resolution{Mentions: make([]Mention, len(d.ms)), heads: make([][]int32, len(doc.Sentences))}
	n := 0
	for _, s := range doc.Sentences {
		n += len(s.Tokens)
	}
	flat := make([]int32, n)
	for k, s := range doc.Sentences {
		r.heads[k], flat = flat[:len(s.Tokens):len(s.Tokens)], flat[len(s.Tokens):]
	}
	size := make([]int, len(d.ents))
	for i := range d.ms {
		size[d.ent[i]]++
	}
	chain := make([]int, len(d.ents))
	for k := range chain {
		chain[k] = -1
	}
	for i := range d.ms {
		m := d.ms[i].Mention
		e := d.ent[i]
		if size[e] > 1 {
			if chain[e] < 0 {
				chain[e] = len(r.Chains)
				r.Chains = append(r.Chains, nil)
			}
			m.Chain = chain[e]
			r.Chains[m.Chain] = append(r.Chains[m.Chain], i)
		}
		r.Mentions[i] = m
		if r.heads[m.Sentence][m.Head] == 0 {
			r.heads[m.Sentence][m.Head] = int32(i + 1)
		}
	}
	return r
}

// describedName returns the name that a plain singular description of an
// organization ("the company", "the agency": "the" and a noun of the
// organization class, nothing else) refers to: the nearest earlier
// organization name within three sentences, unless a mention with the
// same head word comes first (then the model decides). -1 when the rule
// does not apply. (The same rule for people and places cost 9 points of
// description accuracy on GUM dev: "the city" and "the man" often mean
// another city or man than the last one named.)
func (d *decoder) describedName(i int) int {
	a := &d.ms[i]
	if a.det != "the" || a.mods > 0 || a.relcl || a.number == numPlur || a.cop || a.role == "appos" {
		return -1
	}
	if a.class != clsOrg {
		return -1
	}
	for j := i - 1; j >= 0 && a.Sentence-d.ms[j].Sentence <= 3; j-- {
		c := &d.ms[j]
		if c.Sentence == a.Sentence && c.End > a.Start {
			continue
		}
		if c.Kind != Name && c.Kind != Pronoun && c.Kind != Speaker && c.lemma == a.lemma {
			return -1
		}
		if c.Kind == Name && c.class == a.class {
			return j
		}
	}
	return -1
}

// plausible reports whether c is worth scoring as the antecedent of a.
// For a description: names, nouns with its head word or of its class, and
// pronouns in its own or the previous sentence. For "he" and "she":
// neither "it" nor the other gender nor first or second persons. For
// "it": nothing masculine or feminine (the mention or its chain: "he",
// "Mrs. Smith", "Maria Lopez" … "Lopez") nor first or second persons. For "I", "we", "you": pronouns and names and
// nouns of people. The others were most of the candidates, and of the
// time, and almost never the antecedent.
func plausible(a, c *ment, e *entity) bool {
	switch a.Kind {
	case Description:
		switch c.Kind {
		case Name:
			return true
		case Other, Description:
			return c.lemma == a.lemma || a.class != clsUnknown && c.class == a.class
		}
		return a.Sentence-c.Sentence <= 1
	case Pronoun:
		switch a.pron.base {
		case "he", "she":
			return c.Kind != Speaker && !(c.Kind == Pronoun && c.pron.base == "it") &&
				(c.gender == genUnknown || c.gender == a.gender)
		case "it":
			g := e.gender()
			return c.Kind != Speaker && c.gender != genMasc && c.gender != genFem && g != genMasc && g != genFem
		}
	}
	return true
}

// predicate returns the subject of a description used as a predicate
// ("Athens is the capital of Greece") or the noun phrase a description is
// in apposition to ("Coron, the largest town on the island"), or -1.
func (d *decoder) predicate(i int) int {
	a := &d.ms[i]
	for j := i - 1; j >= 0 && d.ms[j].Sentence == a.Sentence; j-- {
		c := &d.ms[j]
		if c.Kind == Speaker {
			continue
		}
		if a.cop && c.parent == a.Head && strings.HasPrefix(c.role, "nsubj") {
			return j
		}
		if a.role == "appos" && a.parent == c.Head {
			return j
		}
	}
	return -1
}
