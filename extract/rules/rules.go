// Package rules is newsgraph's first extractor, "rules/v2": hand-written
// rules over capitalisation, word lists and a verb lexicon, with no
// statistical model and no dependency beyond the standard library.
//
// It splits a document into sentences, finds names (runs of capitalised
// words), strips titles ("Prime Minister") into roles, types names from
// word lists (a gazetteer of countries, capitals and regions; organization
// and place words; common first names) and from context, links surnames,
// descriptions ("the Prime Minister") and pronouns to full names within the
// document, attributes direct and reported speech to speakers, and maps the
// verbs of a curated lexicon onto newsgraph's canonical predicates. Every
// fact links two entities of the extraction; a rule that cannot find both
// ends produces nothing.
package rules

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
)

// Name is the extractor's versioned name.
const Name = "rules/v2"

// Extractor is the rule-based extractor. The zero value is not usable;
// call New. It is safe for concurrent use.
type Extractor struct {
	lx *lexicon
}

var (
	lexOnce sync.Once
	lexOne  *lexicon
)

// New returns the rule-based extractor. Its word lists are built once per
// process and shared read-only.
func New() *Extractor {
	lexOnce.Do(func() { lexOne = newLexicon() })
	return &Extractor{lx: lexOne}
}

// Name returns "rules/v2".
func (*Extractor) Name() string { return Name }

var _ newsgraph.Extractor = (*Extractor)(nil)

// doc is the state of one extraction.
type doc struct {
	lx     *lexicon
	text   string
	sents  []sentence
	quotes []quoteSpan
	ments  []mention
	bySent [][]int
	ents   []*entity
	// lower holds the folded words that occur in lower case in the text;
	// capMid those capitalised other than at the start of a sentence.
	lower, capMid map[string]bool

	pending   []pendingFact
	quoteDone []bool
	saidIn    []bool
	usedVerb  map[verbPos]bool
	factSeen  map[factKey]bool
	// pairs holds the unordered entity pairs of the facts of each
	// sentence (pairKey), so that clause facts do not repeat the rules'.
	pairs     map[[3]int]bool
	quotesIn  [][]int // quotation indices per sentence
	slotCache [][]slot
	// entity indices by folded name (places), head (concepts), span (quotes)
	placeByName   map[string]int
	conceptByHead map[string]int
	quoteBySpan   map[newsgraph.Span]int
	// lastHead is the position of the latest concept head noun, for "it".
	lastHead verbPos

	lastPerson, lastPersonSent int
	lastOrg, lastOrgSent       int
	// lastOrgSubj is the latest organization subject of a sentence, for
	// "its chairman".
	lastOrgSubj, lastOrgSubjSent int
	lastConcept, lastConceptSent int
	// entityStarts holds the sorted byte offsets of the mentions of
	// entities, for choosing the sentences to parse.
	entityStarts []int
}

// Extract finds entities and facts in doc. It returns an error only when
// ctx is done.
func (e *Extractor) Extract(ctx context.Context, d newsgraph.Doc) (*newsgraph.Extraction, error) {
	return e.extract(ctx, d, nil)
}

// extract runs the rules on d; with an analyzer it also types untyped
// names by the named-entity recognizer and adds the clause-level facts of
// the dependency parse.
func (e *Extractor) extract(ctx context.Context, d newsgraph.Doc, an *analyze.Analyzer) (*newsgraph.Extraction, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", d.Source, err)
	}
	x := &doc{lx: e.lx, text: d.Text, lastPerson: -1, lastOrg: -1, lastOrgSubj: -1, lastConcept: -1}
	x.sents = splitSentences(d.Text)
	x.lower, x.capMid = map[string]bool{}, map[string]bool{}
	for _, s := range x.sents {
		first := true
		for _, t := range s.toks {
			if t.kind != tWord {
				continue
			}
			if !t.cap {
				x.lower[t.low] = true
			} else if !first && !s.heading {
				x.capMid[t.low] = true
			}
			first = false
		}
	}
	x.quotes = findQuotes(x.sents)
	x.quoteDone = make([]bool, len(x.quotes))
	x.saidIn = make([]bool, len(x.sents))
	x.usedVerb = map[verbPos]bool{}
	x.factSeen = map[factKey]bool{}
	x.pairs = map[[3]int]bool{}
	x.quoteBySpan = map[newsgraph.Span]int{}
	x.conceptByHead = map[string]int{}
	x.quoteIndex()
	x.lastHead = verbPos{-1, -1}
	for si := range x.sents {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("extract %s: %w", d.Source, err)
			}
		}
		x.findMentions(si)
	}
	var (
		nd   *nlp.Document
		rels [][]parsedRel
	)
	if an != nil {
		var err error
		if nd, err = an.AnalyzeSome(ctx, d.Text, x.mayRelate); err != nil {
			return nil, fmt.Errorf("extract %s: %w", d.Source, err)
		}
		x.nerVotes(nd)
	}
	x.cluster()
	x.placeByName = map[string]int{}
	for i, e := range x.ents {
		if _, ok := x.placeByName[fold(e.name)]; !ok {
			x.placeByName[fold(e.name)] = i
		}
	}
	x.slotCache = make([][]slot, len(x.sents))
	x.bySent = make([][]int, len(x.sents))
	for mi, m := range x.ments {
		x.bySent[m.sent] = append(x.bySent[m.sent], mi)
	}
	if nd != nil {
		var err error
		if rels, err = x.relationsBySentence(ctx, nd); err != nil {
			return nil, fmt.Errorf("extract %s: %w", d.Source, err)
		}
	}
	for si := range x.sents {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("extract %s: %w", d.Source, err)
			}
		}
		if x.sents[si].heading {
			continue
		}
		x.findSpeech(si)
		x.possessedRoles(si)
		x.findFacts(si)
		if rels != nil {
			x.clauseFacts(si, rels[si])
		}
		x.noteMainSubject(si)
	}
	x.mentionFacts()
	return x.output(), nil
}

// noteMainSubject remembers the first subject-like name of a sentence for
// later pronouns.
func (x *doc) noteMainSubject(si int) {
	toks := x.sents[si].toks
	for _, s := range x.sentSlots(si) {
		if s.poss || s.kind == mPron || s.ts > 0 && prepositions[toks[s.ts-1].low] {
			continue
		}
		if e := x.ments[s.mi].ent; e >= 0 && (x.ents[e].typ == newsgraph.Person || x.ents[e].typ == newsgraph.Thing) {
			x.noteSubject(e, si)
		} else if e >= 0 && x.ents[e].typ == newsgraph.Organization {
			x.lastOrgSubj, x.lastOrgSubjSent = e, si
		}
		return
	}
}

// placeRole reports whether a role's last word is held over a place
// ("mayor", "governor").
func placeRole(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "mayor", "governor", "premier":
		return true
	}
	return false
}

// possessedRoles reads "its chairman, X" as X leading (or belonging to) the
// organization "its" refers to: one named earlier in the sentence, else
// the organization last spoken of within two sentences.
func (x *doc) possessedRoles(si int) {
	toks := x.sents[si].toks
	sl := x.sentSlots(si)
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].low != "its" || x.inQuote(toks[i].start) {
			continue
		}
		j := i + 1
		pred := ""
		for n := 0; n < 3 && j < len(toks) && toks[j].kind == tWord && !toks[j].cap; n++ {
			w := toks[j].low
			if w == "former" || w == "then" || w == "ex" {
				break
			}
			if x.lx.roleNoun[w] {
				pred = memberPredicate(w)
				if j > i+1 && (toks[j-1].low == "deputy" || toks[j-1].low == "vice" || toks[j-1].low == "assistant" || toks[j-1].low == "acting") {
					pred = newsgraph.MemberOf
				}
				break
			}
			j++
		}
		if pred == "" || j >= len(toks) {
			continue
		}
		// the name: right after the role ("its chairman Henk Jansen", whose
		// mention starts at the role noun) or after a comma
		var s slot
		ok := false
		for _, c := range sl {
			if c.kind == mName && !c.poss && (c.ts == j || c.ts == j+1 || c.ts == j+2 && toks[j+1].text == ",") {
				s, ok = c, true
				break
			}
		}
		if !ok {
			continue
		}
		p := x.ments[s.mi].ent
		if p < 0 || x.ents[p].typ == newsgraph.Place || x.ents[p].typ == newsgraph.Organization {
			continue
		}
		org := -1
		for _, c := range sl {
			if c.ts >= i {
				break
			}
			if e := x.ments[c.mi].ent; c.kind == mName && e >= 0 && x.ents[e].typ == newsgraph.Organization {
				org = e
				break
			}
		}
		if org < 0 && x.lastOrgSubj >= 0 && si-x.lastOrgSubjSent <= 2 {
			org = x.lastOrgSubj
		}
		if org < 0 {
			continue
		}
		if x.ents[p].typ == newsgraph.Thing && x.personName(p) {
			x.ents[p].typ = newsgraph.Person
		}
		x.ents[p].addRole(toks[j].text)
		x.fact(si, p, org, pred, toks[j].low, i, s.te, false, newsgraph.Asserted, 0.7)
	}
}

// mentionFacts adds the facts stated by names themselves: membership
// ("Hamas representative X"), affiliation (appositions), nationality
// ("Israeli Prime Minister X") and location ("Tel Aviv, Israel").
func (x *doc) mentionFacts() {
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.ent < 0 {
			continue
		}
		toks := x.sents[m.sent].toks
		if m.memberOf >= 0 {
			if o := x.ments[m.memberOf].ent; o >= 0 {
				if x.ents[o].typ == newsgraph.Thing {
					x.ents[o].typ = newsgraph.Organization
				}
				x.fact(m.sent, m.ent, o, m.memberPred, strings.ToLower(m.role), x.ments[m.memberOf].ts, m.te, false, newsgraph.Asserted, 0.8)
			}
		}
		if m.affil >= 0 && !x.ments[m.affil].poss && m.affilPred != "" {
			if o := x.ments[m.affil].ent; o >= 0 {
				switch ot := x.ents[o].typ; {
				case ot == newsgraph.Person:
				case ot == newsgraph.Place && m.affilPred != newsgraph.Leads:
				default:
					if ot == newsgraph.Thing && m.affilPred == newsgraph.Leads && placeRole(m.role) && !x.ents[o].concept {
						x.ents[o].typ = newsgraph.Place // "the mayor of X"
					}
					x.fact(m.sent, m.ent, o, m.affilPred, strings.ToLower(m.role), m.ts, x.ments[m.affil].te, false, newsgraph.Asserted, 0.75)
				}
			}
		}
		e := x.ents[m.ent]
		// "thanked X Y for his part": a gendered pronoun right after an
		// untyped full name makes it a person's
		if e.typ == newsgraph.Thing && m.kind == mName && strings.Contains(e.name, " ") {
			k := m.te
			if k < len(toks) && (toks[k].low == "for" || toks[k].low == "to" || toks[k].low == "with") {
				k++
			}
			if k < len(toks) && k > m.te {
				if w := toks[k].low; (w == "his" || w == "her") && x.personName(m.ent) {
					e.typ = newsgraph.Person
				}
			}
		}
		if m.nat != "" && (e.typ == newsgraph.Person || e.typ == newsgraph.Organization && x.ments[mi].votes[tiOrg] >= 4) && fold(m.nat) != fold(e.name) {
			c := x.placeEntity(m.nat, m.natSpan, m.sent)
			x.fact(m.sent, m.ent, c, newsgraph.Nationality, x.text[m.natSpan.Start:m.natSpan.End], 0, len(toks), false, newsgraph.Asserted, 0.8)
		}
		if e.typ == newsgraph.Place {
			if m.locInMent >= 0 {
				if o := x.ments[m.locInMent].ent; o >= 0 && x.ents[o].typ == newsgraph.Place {
					x.fact(m.sent, m.ent, o, newsgraph.LocatedIn, "", m.ts, x.ments[m.locInMent].te, false, newsgraph.Asserted, 0.75)
				}
			} else if m.locIn != "" && m.locInSpan.End > m.locInSpan.Start {
				c := x.placeEntity(m.locIn, m.locInSpan, m.sent)
				x.fact(m.sent, m.ent, c, newsgraph.LocatedIn, "", 0, len(toks), false, newsgraph.Asserted, 0.7)
			}
		}
	}
}

// output builds the Extraction: entities ordered by first mention, keys
// "e1", "e2", … and "q1", … for quotations.
func (x *doc) output() *newsgraph.Extraction {
	type item struct {
		ei    int
		first int
	}
	var items []item
	for ei, e := range x.ents {
		if e.name == "" {
			continue
		}
		first := e.first
		for _, mi := range e.ments {
			if s := x.ments[mi].start; s < first {
				first = s
			}
		}
		items = append(items, item{ei, first})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].first < items[j].first })
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
		ent := newsgraph.Entity{Key: key, Name: e.name, Type: e.typ}
		for _, a := range e.aliases {
			if fold(a) != fold(e.name) {
				ent.Aliases = addUnique(ent.Aliases, a)
			}
		}
		ent.Roles = append(ent.Roles, e.roles...)
		seen := map[newsgraph.Span]bool{}
		for _, mi := range e.ments {
			m := x.ments[mi]
			sp := newsgraph.Span{Start: m.start, End: m.end}
			if seen[sp] || sp.Start < 0 || sp.End > len(x.text) || sp.Start >= sp.End {
				continue
			}
			seen[sp] = true
			s := x.sents[m.sent]
			ent.Mentions = append(ent.Mentions, newsgraph.Mention{Span: sp, Sentence: newsgraph.Span{Start: s.start, End: s.end}, Text: x.text[sp.Start:sp.End]})
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
	for _, p := range x.pending {
		if keys[p.s] == "" || keys[p.o] == "" {
			continue
		}
		f := p.f
		f.Subject, f.Object = keys[p.s], keys[p.o]
		ex.Facts = append(ex.Facts, f)
	}
	return ex
}
