// Package clause turns the NLP core's analysis (a dependency-parsed
// nlp.Document) into clause-level relations: who did what to whom, with a
// canonical predicate from newsgraph's vocabulary (met, rejected, visits, …)
// when the curated lexicon (lexicon.txt) has one, the predicate as written,
// negation, modality and the token spans of the arguments.
//
// It reads active and passive clauses, coordinated subjects and objects
// (one relation per conjunct; "A and B met" is one met relation between
// them), relative and participial clauses, control verbs ("plans to
// visit", "refused to accept", "urged X to accept"), light verbs ("held
// talks with"), nominal forms ("Hamas' objections to the proposal",
// "Blinken's visit to Cairo"), verb particles and prepositions ("pulled out
// of") and speech verbs (said with the reported clause as object, told with
// the hearer).
//
// It does not resolve entities: arguments are token spans, which the
// caller maps to entities. Relations whose verb the lexicon does not know
// are kept with an empty Pred, so nothing is lost.
package clause

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp"
)

// An Arg is one argument of a relation.
type Arg struct {
	// Head is the index of the argument's head token in its sentence, -1
	// when there is no argument.
	Head int
	// Start and End delimit the argument's phrase, tokens [Start, End) of
	// the sentence, without the preposition that introduced it and without
	// relative clauses, appositions and conjuncts.
	Start, End int
	// Prep is the lower-cased preposition or case marker that introduced
	// the argument ("with", "to", "out of"); "" for core arguments.
	Prep string
	// Pron is set when the head is a personal pronoun (he, she, it, they…).
	Pron bool
	// Clause is set when the argument is a clause (what was said), not a
	// noun phrase.
	Clause bool
}

// A Relation is one clause-level relation between a subject and an
// (optional) object.
type Relation struct {
	// Sent is the index of the sentence in the document.
	Sent int
	// Verb is the index of the predicate's head word: the verb, the light
	// verb ("held" of "held talks with") or the noun of a nominal form
	// ("objections").
	Verb int
	// Subj is the logical subject (the agent of a passive clause); Obj the
	// logical object, with Obj.Head == -1 when there is none.
	Subj, Obj Arg
	// Pred is the canonical predicate (newsgraph.Met, …), or "" when the
	// lexicon has none for this verb.
	Pred string
	// Raw is the predicate phrase as written: auxiliaries, negation,
	// control verbs, the verb, its particle and the object's preposition
	// ("has approved", "held talks with", "is expected to visit").
	Raw string
	// Lemma is the normalised key the lexicon was looked up with ("approve",
	// "hold talk with", "travel to").
	Lemma string
	// Negated is set for relations stated as not holding ("did not
	// accept", "refused to accept", "never met").
	Negated bool
	// Modality says how firmly the relation is asserted.
	Modality newsgraph.Modality
	// Passive is set when the clause is in the passive voice.
	Passive bool
	// Confidence is in (0, 1].
	Confidence float64
	// Span is the byte span of the clause's words in the document text.
	Span newsgraph.Span
}

// Extract returns the relations of every sentence of doc, in sentence
// order and, within a sentence, in order of the predicate's head word. A
// cancelled ctx stops it between two sentences, with ctx's error.
func Extract(ctx context.Context, doc *nlp.Document) ([]Relation, error) {
	if doc == nil {
		return nil, nil
	}
	x := &extractor{lex: lexicon.PredicateLexicon(), text: doc.Text}
	for si := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		x.sentence(si, &doc.Sentences[si])
	}
	slices.SortStableFunc(x.out, func(a, b Relation) int {
		if c := cmp.Compare(a.Sent, b.Sent); c != 0 {
			return c
		}
		return cmp.Compare(a.Verb, b.Verb)
	})
	return x.out, nil
}

// An extractor holds the state of one Extract call: the lexicon, scratch
// buffers reused across sentences, and the relations found so far.
type extractor struct {
	lex  *lexicon.Predicates
	text string
	out  []Relation

	si    int
	toks  []nlp.Token
	ments []nlp.Mention
	// Children of token i are kids[kstart[i]:kstart[i+1]], in order.
	kstart, kids []int
	mark         []bool // scratch for spans
	buf          []byte // scratch for lexicon keys
	raw          []int  // scratch for the tokens of a predicate phrase
	subjs, objs  []int  // scratch for conjunct expansion
}

// sentence finds the relations of one sentence.
func (x *extractor) sentence(si int, s *nlp.Sentence) {
	x.si, x.toks, x.ments = si, s.Tokens, s.Mentions
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	// Children lists in compressed form.
	x.kstart = grow(x.kstart, n+1)
	clear(x.kstart)
	for _, t := range s.Tokens {
		if t.Head >= 0 && t.Head < n {
			x.kstart[t.Head+1]++
		}
	}
	for i := 1; i <= n; i++ {
		x.kstart[i] += x.kstart[i-1]
	}
	x.kids = grow(x.kids, x.kstart[n])
	fill := x.raw[:0]
	fill = append(fill, x.kstart[:n]...)
	for i, t := range s.Tokens {
		if t.Head >= 0 && t.Head < n && t.Head != i {
			x.kids[fill[t.Head]] = i
			fill[t.Head]++
		}
	}
	// Self-loops (invalid input) leave a slot unfilled: make it a
	// harmless self reference filtered by children().
	for h := 0; h < n; h++ {
		for p := fill[h]; p < x.kstart[h+1]; p++ {
			x.kids[p] = -1
		}
	}
	x.raw = fill[:0]
	x.mark = growBool(x.mark, n)

	for i := range s.Tokens {
		switch s.Tokens[i].UPOS {
		case "VERB":
			x.verb(i)
		case "NOUN":
			x.nominal(i)
		}
	}
}

func grow(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n, n+n/2)
	}
	return s[:n]
}

func growBool(s []bool, n int) []bool {
	if cap(s) < n {
		s = make([]bool, n, n+n/2)
	}
	s = s[:n]
	clear(s)
	return s
}

// children returns the dependents of token i in sentence order.
func (x *extractor) children(i int) []int {
	if i < 0 || i+1 >= len(x.kstart) {
		return nil
	}
	return x.kids[x.kstart[i]:x.kstart[i+1]]
}

// child returns the first dependent of i with relation rel, or -1.
func (x *extractor) child(i int, rel string) int {
	for _, k := range x.children(i) {
		if k >= 0 && x.toks[k].Rel == rel {
			return k
		}
	}
	return -1
}

func (x *extractor) head(i int) int {
	h := x.toks[i].Head
	if h < 0 || h >= len(x.toks) || h == i {
		return -1
	}
	return h
}

// lower returns the lower-cased lemma of token i (the word itself when the
// lemma is empty).
func (x *extractor) lower(i int) string {
	t := &x.toks[i]
	w := t.Lemma
	if w == "" || w == "_" {
		w = t.Text
	}
	for j := 0; j < len(w); j++ {
		if c := w[j]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// word returns the lower-cased surface form of token i.
func (x *extractor) word(i int) string {
	w := x.toks[i].Text
	for j := 0; j < len(w); j++ {
		if c := w[j]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

func isRelPron(w string) bool {
	return w == "who" || w == "which" || w == "that" || w == "whom"
}

func isNominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM" || upos == "X"
}

// A clauseCtx is what a predicate inherits from its clause: the grammatical
// subject, negation, modality, the words of the predicate phrase above the
// verb, and a confidence factor for how the subject was found.
type clauseCtx struct {
	subj    int
	neg     bool
	mod     newsgraph.Modality
	passive bool
	conf    float64
}

// own reads the negation and modality marked on verb i itself and appends
// its auxiliaries and negation words to x.raw.
func (x *extractor) own(i int) (neg bool, mod newsgraph.Modality, hasAux bool) {
	for _, k := range x.children(i) {
		if k < 0 {
			continue
		}
		t := &x.toks[k]
		switch t.Rel {
		case "aux", "aux:pass", "cop":
			hasAux = true
			x.raw = append(x.raw, k)
			switch x.word(k) {
			case "will", "'ll", "shall", "wo":
				mod = pick(mod, newsgraph.Planned)
			case "would", "'d", "could", "may", "might", "can", "ca", "should", "must":
				mod = pick(mod, newsgraph.Possible)
			}
		case "advmod", "neg":
			switch x.word(k) {
			case "not", "n't", "never", "no", "nt", "not-":
				neg = true
				x.raw = append(x.raw, k)
			case "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly":
				mod = pick(mod, newsgraph.Reported)
				x.raw = append(x.raw, k)
			case "possibly", "perhaps", "maybe", "probably", "likely", "potentially":
				mod = pick(mod, newsgraph.Possible)
				x.raw = append(x.raw, k)
			}
		case "mark":
			switch x.word(k) {
			case "if", "unless", "whether":
				mod = pick(mod, newsgraph.Possible)
			}
		}
	}
	return neg, mod, hasAux
}

// pick keeps the first non-asserted modality found (the one nearest the
// verb).
func pick(old, m newsgraph.Modality) newsgraph.Modality {
	if old != newsgraph.Asserted {
		return old
	}
	return m
}

// frontedAdjunct reports whether subject token s begins with a
// preposition ("At the convention, …"): a phrase no subject starts with.
func (x *extractor) frontedAdjunct(s int) bool {
	first := -1
	for _, k := range x.children(s) {
		if k >= 0 && (first < 0 || k < first) {
			first = k
		}
	}
	if first >= 0 && x.toks[first].Rel == "case" {
		switch x.lower(first) {
		case "after", "before", "since", "until", "once":
			return false // "rose after Kestrel was acquired": a subordinator parsed as the subject's preposition
		}
	}
	return first >= 0 && first < s && x.toks[first].Rel == "case" && x.toks[first].UPOS == "ADP"
}

// subject returns the grammatical subject of predicate i among its
// dependents, preferring a noun phrase to a relative pronoun; a relative
// pronoun stands for the noun its clause modifies.
func (x *extractor) subject(i int) (s int, passive bool) {
	s = -1
	for _, k := range x.children(i) {
		if k < 0 {
			continue
		}
		switch x.toks[k].Rel {
		case "nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer":
			if s < 0 || isRelPron(x.word(s)) && !isRelPron(x.word(k)) ||
				// "Company meteorologist Evan Duffey said": the parser
				// split title and name into two subjects.
				x.toks[s].UPOS == "NOUN" && x.toks[k].UPOS == "PROPN" && k > s && x.toks[k].Rel == x.toks[s].Rel {
				s = k
				passive = strings.HasSuffix(x.toks[k].Rel, ":pass")
			}
		case "aux:pass":
			passive = true
		}
	}
	if s >= 0 && x.frontedAdjunct(s) {
		// "At the Libertarian National Convention, Jorgensen won": the
		// parser took the fronted phrase for the subject and hung the
		// real one on it after the comma
		t := -1
		for _, k := range x.children(s) {
			if k > s+1 && x.toks[k-1].Text == "," && x.toks[k].UPOS == "PROPN" {
				switch x.toks[k].Rel {
				case "flat", "appos", "conj", "compound":
					t = k
				}
			}
		}
		s = t
	}
	if s < 0 {
		// A subject the parser attached to an auxiliary ("the US has
		// put forward" with "has" read as a verb).
		for _, k := range x.children(i) {
			if k >= 0 && x.toks[k].Rel == "aux" {
				if a := x.child(k, "nsubj"); a >= 0 && a < k {
					s = a
					break
				}
			}
		}
	}
	if s < 0 && x.toks[i].Rel == "root" && x.toks[i].UPOS == "VERB" && x.child(i, "nsubj:pass") < 0 && x.child(i, "expl") < 0 {
		// "In addition to the inspections Vale also ordered …": a name
		// right before the verb that the parser hung on the fronted
		// phrase is the subject
		k := i - 1
		for k >= 0 && x.toks[k].UPOS == "ADV" {
			k--
		}
		if k > 0 && x.toks[k].UPOS == "PROPN" && x.toks[k].Head >= 0 && x.toks[k].Head < k {
			switch x.toks[k].Rel {
			case "flat", "compound", "nmod", "appos":
				if x.toks[x.toks[k].Head].UPOS == "NOUN" {
					s = k
				}
			}
		}
	}
	if s >= 0 && isRelPron(x.word(s)) && x.toks[s].UPOS != "SCONJ" {
		if r := x.toks[i].Rel; r == "acl:relcl" || r == "acl" {
			if h := x.head(i); h >= 0 {
				s = h
			}
		} else if a := x.antecedent(s); a >= 0 {
			s = a
		}
	}
	return s, passive
}

// antecedent returns the noun a relative pronoun at p refers to when the
// parser did not attach its clause to it ("the Court of Justice, which
// ordered …" read as a coordinated clause): the nominal just before the
// pronoun, climbing out of "of" phrases; -1 when there is none.
func (x *extractor) antecedent(p int) int {
	if x.word(p) == "that" {
		return -1 // more often a demonstrative or a complementizer
	}
	k := p - 1
	for k >= 0 && x.toks[k].UPOS == "PUNCT" {
		k--
	}
	if k < 0 || !isNominal(x.toks[k].UPOS) || x.toks[k].UPOS == "PRON" {
		return -1
	}
	for d := 0; d < 4; d++ {
		h := x.head(k)
		if h < 0 || h > k || x.toks[k].Rel != "nmod" && x.toks[k].Rel != "flat" && x.toks[k].Rel != "compound" || x.prep(k) != "of" && x.toks[k].Rel == "nmod" {
			break
		}
		k = h
	}
	return k
}

// context finds the clause context of predicate i, following
// conjunctions, control verbs, relative and participial clauses. It
// appends the words of the predicate phrase above i to x.raw.
func (x *extractor) context(i, depth int) clauseCtx {
	c := clauseCtx{subj: -1, conf: 1}
	neg, mod, hasAux := x.own(i)
	c.neg, c.mod = neg, mod
	s, passive := x.subject(i)
	c.passive = passive
	if s >= 0 {
		c.subj = s
		return c
	}
	h := x.head(i)
	if h < 0 || depth > 6 {
		if s := x.misreadSubject(i); s >= 0 {
			c.subj, c.conf = s, 0.6
		}
		return c
	}
	t := &x.toks[i]
	rel := t.Rel
	if rel == "acl:relcl" && x.child(i, "cc") >= 0 {
		// "Turkey is under sanctions, and was condemned by …": a
		// coordinated clause misread as a relative one
		rel = "conj"
	}
	switch rel {
	case "conj":
		if x.toks[h].UPOS != "VERB" && x.child(h, "cop") < 0 {
			return c
		}
		mark := len(x.raw)
		hc := x.context(h, depth+1)
		x.raw = x.raw[:mark] // the head's auxiliaries are not ours to show
		c.subj = hc.subj
		c.conf = hc.conf * 0.85
		c.neg = c.neg || hc.neg && !hasAux
		if !hasAux {
			c.mod = pick(c.mod, hc.mod)
		}
		if !passive && !hasAux && t.XPOS == "VBN" && hc.passive {
			c.passive = true
		}
	case "xcomp":
		ctl, known := x.lex.Control[x.lower(h)]
		if x.lower(h) == "go" && x.toks[h].XPOS != "VBG" {
			ctl.Mod = newsgraph.Asserted // "went on to say"; "is going to" is planned
		}
		if to := x.child(i, "mark"); to >= 0 {
			x.raw = append(x.raw, to)
		}
		x.raw = append(x.raw, h)
		hc := x.context(h, depth+1)
		c.subj = hc.subj
		if ctl.ObjCtl || x.child(h, "obj") >= 0 && x.child(h, "obj") < i {
			// "urged Hamas to accept", "want Hamas to return"
			if o := x.controller(h); o >= 0 {
				c.subj = o
			}
		}
		c.conf = hc.conf * 0.9
		if !known {
			c.conf = hc.conf * 0.6
		}
		c.neg = c.neg || hc.neg || ctl.Neg
		c.mod = pick(pick(c.mod, ctl.Mod), hc.mod)
	case "acl:relcl":
		c.subj = h
		c.conf = 0.8
	case "acl":
		// "the president mediating disputes", "the plan rejected by
		// X"; an infinitive ("efforts to free hostages") says nothing
		// of who acts.
		if !isNominal(x.toks[h].UPOS) || t.XPOS != "VBG" && t.XPOS != "VBN" {
			return c
		}
		if mk := x.child(i, "mark"); mk >= 0 {
			// "obstacles to a deal by demanding …": an adverbial
			// clause of the verb the noun depends on.
			v := x.head(h)
			if v < 0 || x.toks[v].UPOS != "VERB" || t.XPOS != "VBG" {
				return c
			}
			mark := len(x.raw)
			hc := x.context(v, depth+1)
			x.raw = x.raw[:mark]
			c.subj, c.conf = hc.subj, hc.conf*0.6
			return c
		}
		for j := h + 1; j < i && t.XPOS == "VBG"; j++ {
			if x.toks[j].Text == "," {
				// ", accusing him of …" after a noun is an adjunct of
				// a clause whose subject the parse does not give (", first
				// elected to …" is the noun's own)
				return c
			}
		}
		c.subj = h
		c.conf = 0.75
		if t.XPOS == "VBN" {
			c.passive = true
		}
	case "advcl":
		m := ""
		if mk := x.child(i, "mark"); mk >= 0 {
			m = x.word(mk)
		}
		if t.XPOS != "VBG" || m == "if" || m == "unless" {
			return c
		}
		if m == "from" {
			// "prevented X from returning", "barred X from entering":
			// X is the subject, and the event did not happen.
			if o := x.child(h, "obj"); o >= 0 {
				c.subj, c.conf, c.mod = o, 0.6, newsgraph.Possible
			}
			return c
		}
		if m == "as" {
			// "lists Saha as belonging to the Air Force", "described
			// him as having met …": the object is the subject
			if o := x.child(h, "obj"); o >= 0 && o < i {
				c.subj, c.conf = o, 0.75
				if l := x.lower(h); lexicon.IsSpeechVerb(l) || opinionVerbs[l] {
					c.mod = newsgraph.Reported // what the subject says or thinks of it
				}
			}
			return c
		}
		mark := len(x.raw)
		hc := x.context(h, depth+1)
		x.raw = x.raw[:mark]
		c.subj = hc.subj
		c.conf = hc.conf * 0.65
	}
	return c
}

// opinionVerbs take an object and what the subject holds of it after
// "as" ("regards the plan as threatening the town").
var opinionVerbs = map[string]bool{"regard": true, "see": true, "view": true, "consider": true, "deem": true, "portray": true, "characterize": true, "characterise": true, "depict": true, "paint": true, "present": true, "brand": true, "identify": true}

// misreadSubject returns a noun phrase before root verb i that the parser
// took for a bare temporal modifier ("The minister later headed to …"),
// when i has no subject; -1 when there is none.
func (x *extractor) misreadSubject(i int) int {
	for _, k := range x.children(i) {
		if k < 0 || k > i {
			break
		}
		if x.toks[k].Rel == "advmod" {
			// "The minister later …": attached to the adverb.
			if m := x.child(k, "obl:unmarked"); m >= 0 && m < k && x.toks[m].UPOS != "PRON" && !x.temporal(m) {
				return m
			}
		}
		if x.toks[k].Rel == "obl" && x.temporal(k) {
			// "On Wednesday, Ana Lind, a councillor, said": the name
			// parsed as a conjunct of the day
			for _, c := range x.children(k) {
				if c > k && c < i && x.toks[c].Rel == "conj" && x.toks[c].UPOS == "PROPN" && x.child(c, "cc") < 0 && !x.temporal(c) && x.toks[c-1].UPOS != "NUM" {
					return c
				}
			}
		}
		switch x.toks[k].Rel {
		case "obl:unmarked", "obl:tmod", "obl:npmod":
		default:
			continue
		}
		if u := x.toks[k].UPOS; u != "NOUN" && u != "PROPN" || x.child(k, "case") >= 0 || x.temporal(k) {
			continue
		}
		return k
	}
	return -1
}

// temporal reports whether token k is a time word or inside a date or
// time mention.
func (x *extractor) temporal(k int) bool {
	for _, m := range x.ments {
		if m.Start <= k && k < m.End && (m.Type == "DATE" || m.Type == "TIME") {
			return true
		}
	}
	switch x.lower(k) {
	case "day", "week", "month", "year", "time", "morning", "afternoon", "evening", "night", "weekend",
		"today", "yesterday", "tomorrow", "tonight", "hour", "minute", "decade", "century", "season",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// controller returns the object of object-control verb h ("urged Hamas to
// accept"; "called on Hamas to accept"), or -1.
func (x *extractor) controller(h int) int {
	if o := x.child(h, "obj"); o >= 0 {
		return o
	}
	if o := x.child(h, "iobj"); o >= 0 {
		return o
	}
	for _, k := range x.children(h) {
		if k >= 0 && x.toks[k].Rel == "obl" {
			if p := x.prep(k); p == "on" || p == "upon" {
				return k
			}
		}
	}
	return -1
}

// deepAgent returns a name introduced by "by" that the parse hung below
// another dependent of the passive verb i ("was sentenced to three years
// on Thursday by the District Court", with "by the Court" on
// "Thursday"), or -1: the first proper noun after i, in i's subtree with
// no verb between, whose preposition is "by".
func (x *extractor) deepAgent(i int) int {
	for k := i + 1; k < len(x.toks); k++ {
		if x.toks[k].UPOS != "PROPN" || x.prep(k) != "by" {
			continue
		}
		for h, steps := x.toks[k].Head, 0; h >= 0 && steps < len(x.toks); h, steps = x.toks[h].Head, steps+1 {
			if h == i {
				return k
			}
			if u := x.toks[h].UPOS; u == "VERB" || u == "AUX" {
				break
			}
		}
		return -1
	}
	return -1
}

// prep returns the lower-cased case markers of nominal k ("with", "out
// of"), or "".
func (x *extractor) prep(k int) string {
	p := ""
	for _, c := range x.children(k) {
		if c >= 0 && c < k && (x.toks[c].Rel == "case" || x.toks[c].Rel == "mark" && x.toks[c].UPOS == "ADP") {
			w := x.word(c)
			if w == "'s" || w == "'" || w == "’s" || w == "’" {
				continue
			}
			if p == "" {
				p = w
			} else {
				p += " " + w
			}
		}
	}
	return p
}

// prepTokens appends the case-marker tokens of nominal k to x.raw.
func (x *extractor) prepTokens(k int) {
	for _, c := range x.children(k) {
		if c >= 0 && c < k && x.toks[c].Rel == "case" && x.toks[c].XPOS != "POS" {
			x.raw = append(x.raw, c)
		}
	}
}

// key builds a lexicon key in x.buf from words.
func (x *extractor) key(words ...string) []byte {
	x.buf = x.buf[:0]
	for _, w := range words {
		if w == "" {
			continue
		}
		if len(x.buf) > 0 {
			x.buf = append(x.buf, ' ')
		}
		x.buf = append(x.buf, w...)
	}
	return x.buf
}

// particle returns the verb's particles ("out", "down"), space-separated;
// an adverb the parser gave instead is taken when the lexicon has the
// verb with it ("put forward").
func (x *extractor) particle(i int) string {
	p := ""
	for _, k := range x.children(i) {
		if k >= 0 && (x.toks[k].Rel == "compound:prt" || x.toks[k].Rel == "advmod" && k > i && k <= i+3 && x.lex.Pairs[string(x.key(x.lower(i), x.word(k)))]) {
			if p == "" {
				p = x.word(k)
			} else {
				p += " " + x.word(k)
			}
			x.raw = append(x.raw, k)
		}
	}
	return p
}

// isObl reports whether dependent k is an oblique that may be an object.
func (x *extractor) isObl(k int) bool {
	switch x.toks[k].Rel {
	case "obl", "obl:arg", "obl:lmod":
		return true
	}
	return false
}

// resolveRel replaces a relative pronoun object by the noun its clause
// modifies ("the plan which Hamas rejected").
func (x *extractor) resolveRel(o, v int) int {
	if o >= 0 && isRelPron(x.word(o)) && x.toks[v].Rel == "acl:relcl" {
		if h := x.head(v); h >= 0 {
			return h
		}
	}
	return o
}

// A found relation before conjunct expansion.
type found struct {
	verb      int
	subj, obj int
	subjPrep  string
	objPrep   string
	objClause bool
	objExcl   int // a token to leave out of a clause object's span
	pred      string
	lemma     string
	recip     bool
	neg       bool
	mod       newsgraph.Modality
	passive   bool
	conf      float64
}

// verb finds the relations of verb i.
func (x *extractor) verb(i int) {
	switch x.toks[i].Rel {
	case "amod", "compound", "det", "case", "mark", "fixed", "flat", "nummod", "aux", "cop":
		return
	}
	lemma := x.lower(i)
	if lemma == "be" {
		return // existential "there are", copulas tagged as verbs
	}
	// A control verb with a to-infinitive is read through the infinitive.
	if ctl, ok := x.lex.Control[lemma]; ok {
		if xc := x.child(i, "xcomp"); xc >= 0 && x.toks[xc].UPOS == "VERB" {
			if !ctl.Keep {
				return
			}
			x.keepControl(i, xc)
			return
		}
	}
	x.raw = x.raw[:0]
	c := x.context(i, 0)
	x.raw = append(x.raw, i)
	prt := x.particle(i)
	base := string(x.key(lemma, prt))
	f := found{verb: i, subj: c.subj, obj: -1, objExcl: -1, lemma: base, neg: c.neg, mod: c.mod, passive: c.passive, conf: c.conf}

	if c.passive && (lemma == "head" || lemma == "bind") {
		// "is headed to Cairo", "was bound for Doha": adjectival, the
		// subject travels
		c.passive, f.passive = false, false
	}
	if c.passive {
		// Logical subject: the agent; object: the grammatical subject.
		agent := x.child(i, "obl:agent")
		if agent < 0 {
			for _, k := range x.children(i) {
				if k >= 0 && x.isObl(k) && x.prep(k) == "by" {
					agent = k
					break
				}
			}
		}
		if agent < 0 {
			agent = x.deepAgent(i)
		}
		if agent < 0 && c.subj >= 0 {
			// "was elected to the Senate": a frame whose subject stays
			// the grammatical subject
			for _, k := range x.children(i) {
				if k < 0 || !x.isObl(k) {
					continue
				}
				key := string(x.key(base, x.prep(k)))
				if fr, ok := x.lex.Verbs[key]; ok && fr.Pass {
					x.prepTokens(k)
					f.obj, f.objPrep, f.lemma, f.pred, f.passive = k, x.prep(k), key, fr.Pred, false
					x.emit(&f)
					return
				}
			}
		}
		if agent < 0 || c.subj < 0 {
			return
		}
		x.prepTokens(agent)
		f.subj, f.obj = agent, c.subj
		if fr, ok := x.lex.Verbs[base]; ok && !x.lex.Block[fr.Pred+" "+x.lower(c.subj)] && (x.lex.Only[base] == nil || x.lex.Only[base][x.lower(c.subj)]) && (!fr.As || x.asPhrase(i, -1)) {
			f.pred = fr.Pred
		}
		x.emit(&f)
		return
	}
	if f.subj < 0 {
		return
	}

	// Light verbs: "held talks with Y", "made a proposal".
	if x.lex.Light[lemma] {
		if o := x.child(i, "obj"); o >= 0 && x.toks[o].UPOS == "NOUN" {
			if x.lightFrame(&f, i, o) {
				return
			}
		}
	}

	obj := x.child(i, "obj")
	if io := x.child(i, "iobj"); obj < 0 || io >= 0 && x.lex.Verbs[base].Pred == newsgraph.Told {
		obj = io // the hearer of "told reporters the news"
	}
	obj = x.resolveRel(obj, i)
	if obj < 0 && x.toks[i].Rel == "acl:relcl" && c.subj != x.head(i) && x.child(i, "ccomp") < 0 && x.child(i, "xcomp") < 0 {
		// "the plan Hamas rejected": the modified noun is the object.
		obj = x.head(i)
		f.conf *= 0.8
	}
	if obj < 0 && (x.toks[i].Rel == "conj" || x.toks[i].Rel == "acl") {
		// "a plan that the US has put forward" read as a clause
		// coordinated with the main one: the noun before "that" is the
		// object of a transitive verb.
		m := x.child(i, "mark")
		if a := x.child(i, "aux"); m < 0 && a >= 0 {
			m = x.child(a, "mark") // attached to a misread auxiliary
		}
		if m > 0 && x.word(m) == "that" && isNominal(x.toks[m-1].UPOS) && x.toks[m-1].UPOS != "PRON" {
			if _, ok := x.lex.Verbs[base]; ok && c.subj > m {
				obj = m - 1
				f.conf *= 0.7
			}
		}
	}
	if fr, ok := x.lex.Verbs[base]; ok && obj < 0 && fr.Pred != "" && !x.lex.Speech[lemma] && i+1 < len(x.toks) && x.toks[i+1].UPOS == "PROPN" &&
		x.toks[i+1].Rel != "nsubj" && x.head(i+1) != i && f.subj != i+1 {
		// "Maroochydore defeated Caboolture 43–5" with the name read
		// into the score: a transitive verb's name right after it
		obj = i + 1
		f.conf *= 0.8
	}
	if fr, ok := x.lex.Verbs[base]; ok && obj < 0 && fr.Pred != "" {
		if xc := x.child(i, "xcomp"); xc >= 0 && x.toks[xc].UPOS == "PROPN" && x.child(xc, "cop") < 0 {
			obj = xc // "named Ivo Marsh as police chief", the name parsed as a predicate
		}
	}
	matched := false
	if obj >= 0 {
		if fr, ok := x.lex.Verbs[base]; ok {
			f.pred, f.recip, f.obj = fr.Pred, fr.Recip, obj
			matched = true
		}
	}
	if !matched {
		for _, k := range x.oblCandidates(i) {
			if k < 0 || !x.isObl(k) {
				continue
			}
			p := x.prep(k)
			if p == "" {
				continue
			}
			key := x.key(base, p)
			if fr, ok := x.lex.Verbs[string(key)]; ok {
				if string(key) == "call for" && x.child(i, "obj") >= 0 {
					break // "called Oregon for Harlan": a state projected for a candidate, no demand
				}
				f.pred, f.recip, f.obj, f.objPrep = fr.Pred, fr.Recip, k, p
				f.lemma = string(key)
				x.prepTokens(k)
				matched = true
				break
			}
		}
	}
	if !matched {
		fr, known := x.lex.Verbs[base]
		switch {
		case obj >= 0:
			f.obj = obj
		case known && fr.Recip && x.hasConj(f.subj):
			f.pred, f.recip = fr.Pred, true
			matched = true
		default:
			// The first oblique with a preposition, the way Open IE
			// joins it to the relation ("pulled out of").
			for _, k := range x.children(i) {
				if k >= 0 && k > i && x.isObl(k) {
					if p := x.prep(k); p != "" && x.toks[k].UPOS != "ADV" && !x.temporal(k) {
						f.obj, f.objPrep = k, p
						f.lemma = string(x.key(base, p))
						x.prepTokens(k)
						break
					}
				}
			}
		}
		if !matched {
			f.conf *= 0.8
		}
	}

	if f.pred == newsgraph.Leads && f.objPrep == "" && (x.child(i, "xcomp") >= 0 || x.oblWith(i, "to") || f.obj >= 0 && x.child(f.obj, "acl") > f.obj) {
		f.pred = "" // "led me to develop", "led to an explosion": causation
	}
	if f.pred != "" && f.obj >= 0 && x.lex.Block[f.pred+" "+x.lower(f.obj)] {
		f.pred = ""
	}
	if only := x.lex.Only[base]; f.pred != "" && f.obj >= 0 && f.objPrep == "" && only != nil && !only[x.lower(f.obj)] {
		f.pred = "" // "introduced his wife": no bill proposed
	}
	if fr, ok := x.lex.Verbs[base]; ok && fr.As && f.pred == fr.Pred && !x.asPhrase(i, f.obj) {
		f.pred = "" // "selected a logo", "was chosen in the draft": no post
	}
	// Speech: the clausal complement is what was said.
	said := false
	if x.lex.Speech[lemma] {
		if cl, excl := x.saidClause(i); cl >= 0 {
			g := f
			g.pred, g.obj, g.objPrep, g.objClause, g.objExcl, g.recip = newsgraph.Said, cl, "", true, excl, false
			g.lemma = lemma
			g.conf = c.conf
			mark := len(x.raw)
			x.emit(&g)
			x.raw = x.raw[:mark]
			said = true
		}
	}
	if said && f.subj >= 0 {
		x.toldIn(&f, i)
	}
	if lemma == "send" && f.subj >= 0 && !c.passive {
		x.sentMessage(&f, i)
	}
	if said && f.obj < 0 {
		return
	}
	if said && f.pred == newsgraph.Said && f.objPrep != "" {
		f.pred = "" // "said on Monday" adds nothing to the said relation
	}
	if f.obj < 0 && !f.recip {
		if cc := x.child(i, "ccomp"); cc >= 0 {
			f.obj, f.objClause = cc, true
		} else if xc := x.child(i, "xcomp"); xc >= 0 && x.toks[xc].UPOS != "VERB" {
			// "became the nominee", "feel betrayed"
			f.obj = xc
		}
	}
	x.emit(&f)
}

// keepControl emits the relation of a control verb that keeps one of its
// own ("urged Hamas to accept": urged(S, Hamas); "threatened to attack
// Israel": threatened(S, Israel)).
func (x *extractor) keepControl(i, xc int) {
	x.raw = x.raw[:0]
	c := x.context(i, 0)
	if c.subj < 0 || c.passive {
		return
	}
	x.raw = append(x.raw, i)
	lemma := x.lower(i)
	f := found{verb: i, subj: c.subj, obj: x.controller(i), objExcl: -1, lemma: lemma, neg: c.neg, mod: c.mod, conf: c.conf * 0.8}
	if f.obj >= 0 && x.toks[f.obj].Rel == "obl" {
		f.objPrep = x.prep(f.obj)
		x.prepTokens(f.obj)
	}
	if f.obj < 0 {
		f.obj = x.child(xc, "obj")
	}
	if f.obj < 0 {
		// "threatened to retaliate against Israel"
		for _, k := range x.children(xc) {
			if k >= 0 && x.isObl(k) && !x.temporal(k) {
				if p := x.prep(k); p == "against" || p == "on" || p == "at" {
					f.obj, f.objPrep = k, p
					break
				}
			}
		}
	}
	if fr, ok := x.lex.Verbs[lemma]; ok {
		f.pred = fr.Pred
	}
	x.emit(&f)
}

// interviewNouns are the nouns of what a speaker gives someone: "said in
// an interview with X", "in remarks to X".
var interviewNouns = map[string]bool{"interview": true, "remark": true, "remarks": true, "comment": true, "comments": true, "statement": true, "conversation": true,
	"email": true, "e-mail": true, "letter": true, "message": true}

// toldIn records told(speaker, hearer) for a speech verb i whose words
// were given to a named hearer in an interview or remarks: "said in an
// interview with the Ledger", "in remarks to the Post, contended".
func (x *extractor) toldIn(f *found, i int) {
	for _, k := range x.children(i) {
		if k < 0 || !x.isObl(k) || x.prep(k) != "in" || !interviewNouns[x.lower(k)] {
			continue
		}
		for _, h := range x.children(k) {
			if h >= 0 && x.toks[h].Rel == "nmod" && x.namedHearer(h) {
				if p := x.prep(h); p == "with" || p == "to" {
					x.emitTold(f, h, "tell")
					return
				}
			}
		}
	}
}

// namedHearer reports whether token h may name the one spoken to: a
// proper noun, or a capitalised noun ("the Evening Ledger").
func (x *extractor) namedHearer(h int) bool {
	return x.toks[h].UPOS == "PROPN" || x.toks[h].UPOS == "NOUN" && startsUpper(x.toks[h].Text)
}

// emitTold emits told(f's subject, h) beside the relation f.
func (x *extractor) emitTold(f *found, h int, lemma string) {
	g := *f
	g.pred, g.obj, g.objPrep, g.objClause, g.recip, g.lemma = newsgraph.Told, h, "", false, false, lemma
	mark := len(x.raw)
	x.emit(&g)
	x.raw = x.raw[:mark]
}

// messageNouns are what one sends someone to tell them something.
var messageNouns = map[string]bool{"letter": true, "email": true, "e-mail": true, "message": true, "note": true, "memo": true, "text": true, "statement": true}

// sentMessage records told(sender, addressee) for "X sent a letter to Y".
func (x *extractor) sentMessage(f *found, i int) {
	o := x.child(i, "obj")
	if o < 0 || !messageNouns[x.lower(o)] {
		return
	}
	// the addressee on the verb, or under the letter
	for _, ks := range [][]int{x.oblCandidates(i), x.children(o)} {
		for _, k := range ks {
			if k >= 0 && x.prep(k) == "to" && (x.isObl(k) || x.head(k) == o) && x.namedHearer(k) {
				x.emitTold(f, k, "send to")
				return
			}
		}
	}
}

// startsUpper reports whether w begins with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// asPhrase reports whether verb i or its object o has an "as" phrase
// ("selected X as his running mate").
func (x *extractor) asPhrase(i, o int) bool {
	for _, h := range []int{i, o} {
		if h < 0 {
			continue
		}
		for _, c := range x.children(h) {
			if c >= 0 && (x.prep(c) == "as" || h == i && (x.toks[c].Rel == "xcomp" || x.toks[c].Rel == "advcl" && x.child(c, "mark") >= 0 && x.lower(x.child(c, "mark")) == "to") && x.child(c, "cop") >= 0) {
				return true // (or "tapped X to be its nominee", the "to be" clause parsed as an adverbial)
			}
		}
	}
	return false
}

// oblCandidates returns the children of verb i and, for "went back to
// Oregon" (the oblique parsed under the adverb), the children of its
// "back".
func (x *extractor) oblCandidates(i int) []int {
	kids := x.children(i)
	for _, c := range kids {
		if c >= 0 && x.toks[c].Rel == "advmod" && x.lower(c) == "back" && c == i+1 {
			return append(kids[:len(kids):len(kids)], x.children(c)...)
		}
	}
	return kids
}

// oblWith reports whether verb i has an oblique introduced by prep.
func (x *extractor) oblWith(i int, prep string) bool {
	for _, k := range x.children(i) {
		if k >= 0 && x.isObl(k) && x.prep(k) == prep {
			return true
		}
	}
	return false
}

// hasConj reports whether nominal s has conjuncts.
func (x *extractor) hasConj(s int) bool {
	return s >= 0 && x.child(s, "conj") >= 0
}

// saidClause returns the clause that speech verb i reports: its clausal
// complement, or, when i is a parenthetical ("…, he said."), the clause it
// interrupts, with i as the token to leave out of its span.
func (x *extractor) saidClause(i int) (cl, excl int) {
	if cc := x.child(i, "ccomp"); cc >= 0 {
		return cc, -1
	}
	// The parser sometimes attaches a reported clause without "that" as
	// an adverbial clause; one with its own subject and no subordinator is
	// taken as the complement ("X has approved a plan, the official said").
	switch x.lower(i) {
	case "say", "tell", "add", "claim", "write", "state":
	default:
		return -1, -1
	}
	for _, k := range x.children(i) {
		if k >= 0 && x.toks[k].Rel == "advcl" && x.child(k, "mark") < 0 {
			if s, _ := x.subject(k); s >= 0 {
				return k, -1
			}
		}
	}
	if x.toks[i].Rel == "parataxis" {
		if h := x.head(i); h >= 0 {
			return h, i
		}
	}
	return -1, -1
}
