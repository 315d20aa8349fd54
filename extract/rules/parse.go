package rules

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/clause"
	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
)

// ParsedName is the versioned name of the parse-based extractor.
const ParsedName = "parse/v1"

// Parsed is newsgraph's default extractor, "parse/v1": the entity
// machinery of rules/v2 (names, titles and roles, descriptions, pronouns,
// quotations and their speakers) with the NLP core underneath. The named-
// entity recognizer types the names the rules leave untyped, and the
// clause-level relations of the dependency parse (package clause: active
// and passive, coordination, relative clauses, light verbs, nominal forms,
// travel, negation and modality) become facts between the entities their
// arguments refer to, next to the facts of the rules. A relation whose verb
// has no canonical predicate is kept under its own lemma.
type Parsed struct {
	rules *Extractor
	an    *analyze.Analyzer
}

// NewParsed returns the parse-based extractor running an. It is safe for
// concurrent use.
func NewParsed(an *analyze.Analyzer) *Parsed {
	return &Parsed{rules: New(), an: an}
}

// Name returns "parse/v1".
func (*Parsed) Name() string { return ParsedName }

var _ newsgraph.Extractor = (*Parsed)(nil)

// Extract analyses d's text with the NLP core and extracts its entities
// and facts. It returns an error only when ctx is done.
func (p *Parsed) Extract(ctx context.Context, d newsgraph.Doc) (*newsgraph.Extraction, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", d.Source, err)
	}
	return p.rules.extract(ctx, d, p.an)
}

// mayRelate reports whether the text's bytes [start, end) (a sentence of
// the NLP core) hold what a fact needs: two mentions of entities (names,
// descriptions, pronouns), or one and a concept noun. Only such sentences
// are parsed.
func (x *doc) mayRelate(start, end int) bool {
	if x.entityStarts == nil {
		x.entityStarts = make([]int, 0, len(x.ments))
		for _, m := range x.ments {
			if m.kind != mConcept {
				x.entityStarts = append(x.entityStarts, m.start)
			}
		}
		sort.Ints(x.entityStarts)
	}
	i := sort.SearchInts(x.entityStarts, start)
	n := 0
	for ; i < len(x.entityStarts) && x.entityStarts[i] < end; i++ {
		if n++; n >= 2 {
			return true
		}
	}
	if n == 0 {
		return false
	}
	si := x.sentenceAt(start)
	for ; si >= 0 && si < len(x.sents) && x.sents[si].start < end; si++ {
		for _, t := range x.sents[si].toks {
			if t.start >= start && t.end <= end && x.lx.conceptHead[t.low] {
				return true
			}
		}
	}
	return false
}

// parsedRel is a clause relation with the tokens of its sentence.
type parsedRel struct {
	clause.Relation
	toks []nlp.Token
}

// nerTypes maps the recognizer's types onto the rules' type votes.
var nerTypes = map[string]int{"PERSON": tiPerson, "ORG": tiOrg, "PLACE": tiPlace}

// nerVotes gives every name mention without any type evidence of its own
// the type of a named-entity mention covering it.
func (x *doc) nerVotes(nd *nlp.Document) {
	type typed struct{ start, end, ti int }
	var spans []typed
	for _, s := range nd.Sentences {
		for _, m := range s.Mentions {
			if ti, ok := nerTypes[m.Type]; ok {
				spans = append(spans, typed{s.Tokens[m.Start].Start, s.Tokens[m.End-1].End, ti})
			}
		}
	}
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.kind != mName || m.votes != [6]int{} {
			continue
		}
		i := sort.Search(len(spans), func(i int) bool { return spans[i].end >= m.end })
		for ; i < len(spans) && spans[i].start <= m.start; i++ {
			if spans[i].end >= m.end {
				m.votes[spans[i].ti] += 2
				break
			}
		}
	}
}

// relationsBySentence runs the clause extractor on the analysis and files
// each relation under the rules' sentence that holds its verb.
func (x *doc) relationsBySentence(ctx context.Context, nd *nlp.Document) ([][]parsedRel, error) {
	rels, err := clause.Extract(ctx, nd)
	if err != nil {
		return nil, err
	}
	out := make([][]parsedRel, len(x.sents))
	for _, r := range rels {
		toks := nd.Sentences[r.Sent].Tokens
		if si := x.sentenceAt(toks[r.Verb].Start); si >= 0 {
			out[si] = append(out[si], parsedRel{r, toks})
		}
	}
	return out, nil
}

// argEntity returns the entity an argument of a relation refers to: the
// name, description or pronoun mention at its head word, else the concept
// its phrase names ("the proposal"); -1 when none.
func (x *doc) argEntity(si int, toks []nlp.Token, a clause.Arg, obj bool, subj int) int {
	h := toks[a.Head]
	rt := x.tokenAt(si, h.Start)
	if rt < 0 {
		return -1
	}
	for _, s := range x.sentSlots(si) {
		if s.ts > rt || rt >= s.te {
			continue
		}
		if s.kind == mPron && (s.pron == "it" || s.pron == "its") {
			// "Israel has approved it": the latest concept, if recent
			if obj && x.lastConcept >= 0 && si-x.lastConceptSent <= 2 {
				return x.lastConcept
			}
			return -1
		}
		e, _ := x.slotEntity(s, si, obj, subj, s.ts, false)
		return e
	}
	if x.lx.conceptHead[strings.ToLower(h.Text)] {
		if st := x.tokenAt(si, toks[a.Start].Start); st >= 0 && st <= rt {
			e, _ := x.conceptAt(si, st)
			if e >= 0 {
				x.lastConcept, x.lastConceptSent = e, si
			}
			return e
		}
	}
	return -1
}

// clauseFacts adds the facts of the clause relations of sentence si whose
// two arguments are entities, unless the rules already link the two in
// this sentence.
func (x *doc) clauseFacts(si int, rels []parsedRel) {
	sent := x.sents[si]
	for _, r := range rels {
		if r.Obj.Head < 0 || r.Pred == newsgraph.Said {
			continue // speech is the quotation rules' work
		}
		if r.toks[r.Verb].UPOS == "NOUN" && r.Subj.Prep != "" {
			continue // "talks between X and Y" names no event
		}
		s := x.argEntity(si, r.toks, r.Subj, false, -1)
		if s < 0 {
			continue
		}
		o := x.argEntity(si, r.toks, r.Obj, true, s)
		if o < 0 && possessorObject[r.Pred] {
			// "condemned Biden's statement" condemns Biden
			if p := possessor(r.toks, r.Obj); p >= 0 {
				o = x.argEntity(si, r.toks, clause.Arg{Head: p, Start: p, End: p + 1}, true, s)
			}
		}
		if o < 0 || o == s {
			continue
		}
		se, oe := x.ents[s], x.ents[o]
		if se.quote || oe.quote || se.concept {
			continue
		}
		pred, conf := r.Pred, r.Confidence
		if conf < minConfidence {
			continue
		}
		if pred == "" {
			// a verb outside the lexicon keeps its lemma, unless it is a
			// speech verb ("said from the palace"), the quotation rules' work
			if conf < minRawConfidence || sayVerbs[strings.Fields(r.Lemma + " x")[0]] {
				continue
			}
			if pred = rawPredicate(r.Lemma); pred == "" {
				continue
			}
		}
		if want, ok := objectTypes[pred]; ok && !strings.Contains(want, string(oe.typ)) || oe.concept && ok && !strings.Contains(want, "concept") {
			continue
		}
		if pred == newsgraph.LocatedIn && se.typ != newsgraph.Place {
			continue
		}
		if x.linked(si, s, o) {
			continue
		}
		sp := newsgraph.Span{Start: max(r.Span.Start, sent.start), End: min(r.Span.End, sent.end)}
		if sp.End <= sp.Start {
			sp = newsgraph.Span{Start: sent.start, End: sent.end}
		}
		x.addFact(si, s, o, pred, r.Raw, sp, r.Negated, r.Modality, conf)
	}
}

// minConfidence is the least confidence of a clause relation that becomes
// a fact; minRawConfidence that of one outside the predicate lexicon. The
// clause extractor gives relations built on repaired or inherited parses
// 0.3–0.6.
const (
	minConfidence    = 0.35
	minRawConfidence = 0.5
)

// sayVerbs report speech; their relations outside the lexicon ("said
// from the palace") are left to the quotation rules.
var sayVerbs = wordSet(`say tell add state note reply`)

// objectTypes lists the entity types (and "concept") a canonical
// predicate's object may have; predicates not listed take any.
var objectTypes = map[string]string{
	newsgraph.Visits:     "Place",
	newsgraph.LocatedIn:  "Place",
	newsgraph.MemberOf:   "Organization",
	newsgraph.Leads:      "Organization Place",
	newsgraph.Met:        "Person Organization",
	newsgraph.Told:       "Person Organization",
	newsgraph.Thanked:    "Person Organization Place",
	newsgraph.Accused:    "Person Organization Place",
	newsgraph.Threatened: "Person Organization Place",
	newsgraph.Accepted:   "concept Thing",
	newsgraph.Rejected:   "concept Thing",
	newsgraph.Proposed:   "concept Thing",
	newsgraph.Signed:     "concept Thing",
}

// possessorObject lists the predicates whose object may be the possessor
// of what the clause names: one condemns or accuses a person through their
// words or deeds.
var possessorObject = map[string]bool{newsgraph.Condemned: true, newsgraph.Accused: true, newsgraph.Thanked: true}

// possessor returns the token index of the possessor of an argument's head
// ("Biden" of "Biden's statement"), or -1.
func possessor(toks []nlp.Token, a clause.Arg) int {
	for i := a.Start; i < a.End && i < len(toks); i++ {
		if toks[i].Head == a.Head && toks[i].Rel == "nmod:poss" {
			return i
		}
	}
	return -1
}

// linked reports whether a fact of sentence si already links entities a
// and b, in either direction.
func (x *doc) linked(si, a, b int) bool {
	return x.pairs[pairKey(si, a, b)]
}

// pairKey identifies the unordered pair of entities a, b in sentence si.
func pairKey(si, a, b int) [3]int {
	return [3]int{si, min(a, b), max(a, b)}
}

// rawPredicate turns a relation's lemma ("pull out of") into a predicate
// name ("pull_out_of"): lower-case letters and digits joined by "_".
func rawPredicate(lemma string) string {
	var b strings.Builder
	sep := false
	for _, r := range strings.ToLower(lemma) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		sep = true
	}
	return b.String()
}
