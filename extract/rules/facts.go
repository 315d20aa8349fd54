package rules

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// A slot is a resolved reference in a sentence: tokens [ts, te) refer to
// entity ent.
type slot struct {
	ts, te int
	mi     int // mention index
	kind   mentionKind
	poss   bool
	pron   string
}

var prepositions = wordSet(`in at on with to from for of by about between against into over under near across through during after before since without within toward towards among including like than via per upon amid despite behind beyond onto outside inside following`)

var beForms = wordSet(`is are was were been being be 's`)

var skippable = wordSet(`also still then now next already reportedly allegedly just only even further again later soon recently previously once not never n't has have had is are was were will would could may might should shall must can did does do be been being privately publicly officially formally reluctantly finally initially`)

// lightWords introduce a nominal trigger whose subject is the clause's:
// "held talks with", "during a meeting with".
var lightWords = wordSet(`held hold holds holding had has have having began begin begins conveyed conveys expressed expresses voiced voices made make makes paid pay pays concluded started during following after before ahead`)

var determiners = wordSet(`the a an our their its his her this that these those any some another every each my your`)

// sentSlots returns the sentence's mentions that refer to something, in
// token order.
func (x *doc) sentSlots(si int) []slot {
	if x.slotCache[si] != nil {
		return x.slotCache[si]
	}
	out := []slot{}
	defer func() { x.slotCache[si] = out }()
	for _, mi := range x.bySent[si] {
		m := &x.ments[mi]
		if m.kind == mPron || m.ent >= 0 {
			out = append(out, slot{ts: m.ts, te: m.te, mi: mi, kind: m.kind, poss: m.poss, pron: m.pron})
		}
	}
	return out
}

// verbAt returns the verb form matching at toks[i], if any.
func (x *doc) verbAt(toks []token, i int) (verbForm, bool) {
	if toks[i].kind != tWord {
		return verbForm{}, false
	}
	for _, f := range x.lx.verbs[toks[i].low] {
		if i+len(f.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range f.words {
			if toks[i+k].low != w || toks[i+k].kind != tWord {
				ok = false
				break
			}
		}
		if ok {
			return f, true
		}
	}
	return verbForm{}, false
}

var nounForms = wordSet(`meeting talks objections objection discontent rejection opposition trip visit arrival attack attacks invasion acquisition head leader`)

func isNounForm(f verbForm) bool {
	if !nounForms[f.words[0]] {
		return false
	}
	if f.words[0] == "visit" || f.words[0] == "attack" || f.words[0] == "attacks" || f.words[0] == "head" {
		return len(f.words) > 1
	}
	return true
}

// pronounEntity resolves a pronoun. obj is set for object position; subj
// is the subject entity to avoid; before limits the search in the sentence.
func (x *doc) pronounEntity(p string, si int, obj bool, subj int, before int, speech bool) int {
	switch p {
	case "he", "she", "his", "him", "her":
		if obj && (p == "him" || p == "her") {
			sl := x.sentSlots(si)
			for i := len(sl) - 1; i >= 0; i-- {
				s := sl[i]
				if s.ts >= before || s.kind == mPron {
					continue
				}
				if e := x.ments[s.mi].ent; e >= 0 && e != subj && x.ents[e].typ == newsgraph.Person {
					return e
				}
			}
		}
		if !obj && (p == "he" || p == "she") {
			// a person named as the subject earlier in the same sentence:
			// "X concurred: "…", he argued."
			if e := x.sentenceSubject(si, before); e >= 0 && e != subj {
				return e
			}
		}
		if x.lastPerson >= 0 && si-x.lastPersonSent <= 3 && x.lastPerson != subj {
			if e := x.ents[x.lastPerson]; e.typ == newsgraph.Thing {
				e.typ = newsgraph.Person
			}
			return x.lastPerson
		}
	case "it", "its":
		if speech {
			if x.lastOrg >= 0 && si-x.lastOrgSent <= 3 {
				return x.lastOrg
			}
			return -1
		}
		if obj {
			sl := x.sentSlots(si)
			for i := len(sl) - 1; i >= 0; i-- {
				s := sl[i]
				if s.ts >= before || s.kind == mPron {
					continue
				}
				if e := x.ments[s.mi].ent; e >= 0 && e != subj && (x.ents[e].typ == newsgraph.Place || x.ents[e].typ == newsgraph.Organization) {
					return e
				}
			}
		}
	}
	return -1
}

// skipBack returns the index of the last token at or before j that is no
// adverb or auxiliary.
func skipBack(toks []token, j int) int {
	for j >= 0 && toks[j].kind == tWord && (skippable[toks[j].low] || adverbs[toks[j].low] || strings.HasSuffix(toks[j].low, "ly") && len(toks[j].low) > 4) {
		j--
	}
	return j
}

// verbBefore reports whether a verb occurs in toks[:k]: a lexicon or
// speech verb, a form of "be" or a past form in -ed.
func (x *doc) verbBefore(toks []token, k int) bool {
	from := 0
	for i := k - 1; i >= 0; i-- {
		if toks[i].text == "," {
			from = i + 1 // a clause boundary: "While all agreed …, X said"
			break
		}
	}
	for i := from; i < k; i++ {
		t := toks[i]
		if t.kind != tWord || t.cap {
			continue
		}
		if _, isVerb := x.verbAt(toks, i); isVerb || x.lx.speech[t.low] || beForms[t.low] || strings.HasSuffix(t.low, "ed") && len(t.low) > 4 {
			return true
		}
	}
	return false
}

// mainSubject returns the entity named as the subject at the start of
// sentence si, before token before, and its token: the first name outside
// quotations and prepositional phrases that no verb precedes. It returns
// -1 when there is none.
func (x *doc) mainSubject(si, before int) (int, int) {
	toks := x.sents[si].toks
	for _, s := range x.sentSlots(si) {
		if s.ts >= before {
			break
		}
		if s.poss || s.kind == mConcept || x.inPP(toks, s.ts) || x.inQuote(toks[s.ts].start) {
			continue
		}
		if x.verbBefore(toks, s.ts) {
			return -1, -1
		}
		e, _ := x.slotEntity(s, si, false, -1, s.ts, false)
		if e < 0 || x.ents[e].concept {
			return -1, -1
		}
		return e, s.ts
	}
	return -1, -1
}

// sentenceSubject returns the person named as the subject at the start of
// sentence si, before token before: the first person name outside
// quotations and prepositional phrases, when no verb and no pronoun
// precede it ("In an interview, expert X said …"). It returns -1 when
// there is none.
func (x *doc) sentenceSubject(si, before int) int {
	toks := x.sents[si].toks
	sl := x.sentSlots(si)
	n := 0
	for k := 0; k < before && k < len(toks); k++ {
		if n < len(sl) && sl[n].ts == k {
			s := sl[n]
			n++
			for n < len(sl) && sl[n].ts < s.te {
				n++
			}
			if s.kind == mPron {
				return -1
			}
			e := x.ments[s.mi].ent
			if s.kind == mName && !s.poss && e >= 0 && x.ents[e].typ == newsgraph.Person && !x.inQuote(toks[k].start) && !x.inPP(toks, k) {
				return e
			}
			k = s.te - 1
			continue
		}
		if toks[k].kind == tQuote {
			return -1
		}
		if _, isVerb := x.verbAt(toks, k); isVerb || x.lx.speech[toks[k].low] || beForms[toks[k].low] {
			return -1
		}
	}
	return -1
}

// slotEntity returns the entity a slot refers to, resolving pronouns.
func (x *doc) slotEntity(s slot, si int, obj bool, subj int, before int, speech bool) (int, bool) {
	if s.kind == mPron {
		return x.pronounEntity(s.pron, si, obj, subj, before, speech), true
	}
	return x.ments[s.mi].ent, s.kind == mDesc
}

// slotEndingAt returns the slot whose last token is k.
func slotEndingAt(sl []slot, k int) (slot, bool) {
	for _, s := range sl {
		if s.te-1 == k {
			return s, true
		}
	}
	return slot{}, false
}

// slotStartingAt returns the slot whose first token is k, also allowing a
// leading "the".
func slotStartingAt(sl []slot, toks []token, k int) (slot, bool) {
	for _, s := range sl {
		if s.ts == k {
			return s, true
		}
	}
	if k < len(toks) && toks[k].low == "the" {
		for _, s := range sl {
			if s.ts == k+1 {
				return s, true
			}
		}
	}
	return slot{}, false
}

// A subject is the resolved subject of a verb.
type subject struct {
	ent  int
	ts   int
	conf float64
}

// subjectOf finds the subject of the verb at toks[v].
func (x *doc) subjectOf(si, v int, noun, speech bool) subject {
	toks := x.sents[si].toks
	sl := x.sentSlots(si)
	none := subject{ent: -1}
	// "After meeting with X, Y …"
	if v == 0 || v == 1 && (toks[0].low == "after" || toks[0].low == "before" || toks[0].low == "while" || toks[0].low == "upon" || toks[0].low == "when" || toks[0].low == "since" || toks[0].low == "during" || toks[0].low == "following") {
		if v == 0 && !strings.HasSuffix(toks[0].low, "ing") {
			return none
		}
		for k := v + 1; k < len(toks); k++ {
			if toks[k].text == "," {
				for _, s := range sl {
					if s.ts > k && !s.poss && s.kind != mConcept {
						if e, _ := x.slotEntity(s, si, false, -1, s.ts, speech); e >= 0 {
							return subject{e, s.ts, 0.6}
						}
						return none
					}
				}
				return none
			}
		}
		return none
	}
	if noun {
		for k := v - 1; k >= 0 && k >= v-4; k-- {
			t := toks[k]
			if t.kind == tPoss {
				if s, ok := slotEndingAt(sl, k-1); ok {
					e, _ := x.slotEntity(s, si, false, -1, s.ts, speech)
					if e >= 0 {
						return subject{e, s.ts, 0.7}
					}
				}
				return none
			}
			if t.low == "his" || t.low == "her" {
				if e := x.pronounEntity(t.low, si, false, -1, k, speech); e >= 0 {
					return subject{e, k, 0.6}
				}
				return none
			}
			if t.kind != tWord || t.low == "a" || t.low == "an" || t.low == "the" || t.low == "and" || t.low == "or" || prepositions[t.low] {
				break
			}
		}
		// without a possessor, only after a light verb or a linking
		// preposition: "held talks with", "during a meeting with"
		k := v - 1
		for k >= 0 && toks[k].kind == tWord && (determiners[toks[k].low] || !toks[k].cap && !lightWords[toks[k].low] && k >= v-3) {
			k--
		}
		if k < 0 || !lightWords[toks[k].low] {
			return none
		}
	}
	// participles: "After meeting with X, Y …", "…, accusing him"
	if !noun && strings.HasSuffix(toks[v].low, "ing") {
		lead := v == 0 || v == 1 && (toks[0].low == "after" || toks[0].low == "before" || toks[0].low == "while" || toks[0].low == "upon" || toks[0].low == "when" || toks[0].low == "since")
		if lead {
			for k := v + 1; k < len(toks); k++ {
				if toks[k].text == "," {
					for _, s := range sl {
						if s.ts > k && !s.poss && s.kind != mConcept {
							if e, _ := x.slotEntity(s, si, false, -1, s.ts, speech); e >= 0 {
								return subject{e, s.ts, 0.6}
							}
							return none
						}
					}
					return none
				}
			}
			return none
		}
		if toks[v].low == "saying" && v > 0 && toks[v-1].low == "as" {
			// "Y quoted X, an official, as saying": X speaks
			for k := v - 2; k >= 0 && k >= v-25; k-- {
				switch toks[k].low {
				case "quoted", "quoting", "quotes", "cited", "citing", "cites":
					if s, ok := slotStartingAt(sl, toks, k+1); ok && s.kind == mName && !s.poss {
						if e := x.ments[s.mi].ent; e >= 0 {
							return subject{e, s.ts, 0.6}
						}
					}
					return none
				}
			}
			return none
		}
		if v > 0 && toks[v-1].text == "," || toks[v].low == "saying" {
			for k := v - 1; k >= 0 && k >= v-4 && toks[k].kind == tWord && !toks[k].cap; k-- {
				if toks[k].low == "with" && k < v-1 {
					return none // "with officials saying": the noun is the subject
				}
			}
			for _, s := range sl {
				if s.ts >= v {
					break
				}
				if s.poss || x.inPP(toks, s.ts) {
					continue
				}
				if x.verbBefore(toks, s.ts) {
					return none // "tried to have X released by saying": X is an object
				}
				if e, _ := x.slotEntity(s, si, false, -1, s.ts, speech); e >= 0 {
					return subject{e, s.ts, 0.6}
				}
				return none
			}
			return none
		}
	}
	if x.commonSubject(si, v) {
		return none // "the two sides agreed": the subject is no name
	}
	// a coordinated verb phrase: "X accused Y of misleading Z, and argued"
	// shares the subject of the sentence
	if j := skipBack(toks, v-1); j > 0 && toks[j].low == "and" {
		if _, ok := slotEndingAt(sl, j-1); ok || toks[j-1].text == "," {
			if e, ts := x.mainSubject(si, j); e >= 0 {
				return subject{e, ts, 0.6}
			}
			return none
		}
	}
	for k := v - 1; k >= 0 && k >= v-20; k-- {
		t := toks[k]
		if t.kind == tQuote || t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")" || t.text == "—" || t.text == "–" {
			return none
		}
		if t.text == "," {
			// skip an apposition or relative clause right before the verb:
			// "X, who is next headed to Y, said", "X, spokesperson for Y, said"
			adjacent := true
			for j := k + 1; j < v; j++ {
				if !skippable[toks[j].low] {
					adjacent = false
				}
			}
			for c := k - 1; c > 0 && c > k-25; c-- {
				if toks[c].text != "," {
					continue
				}
				if toks[c+1].low == "who" || toks[c+1].low == "which" {
					k = c
					break
				}
				if !adjacent {
					break
				}
				// "the director of X, NAME, said": the name between the
				// commas is the subject
				if s, ok := slotStartingAt(sl, toks, c+1); ok && s.te == k && s.kind == mName && !s.poss && c > 0 && toks[c-1].kind == tWord {
					if e := x.ments[s.mi].ent; e >= 0 && x.ents[e].typ != newsgraph.Place && !x.ents[e].concept {
						return subject{e, s.ts, 0.8}
					}
				}
				if s, ok := slotEndingAt(sl, c-1); ok && !s.poss && s.kind != mPron {
					if !x.inPP(toks, s.ts) {
						k = c
						break
					}
					continue // "with a Charleston, South Carolina station,": look further back
				}
				break
			}
			continue
		}
		switch t.low {
		case "that", "because", "if", "whether", "than", "so", "where", "when", "while", "although", "as", "but":
			return none
		case "who", "which":
			j := k - 1
			if j >= 0 && toks[j].text == "," {
				j--
			}
			if s, ok := slotEndingAt(sl, j); ok {
				if e, _ := x.slotEntity(s, si, false, -1, s.ts, speech); e >= 0 {
					return subject{e, s.ts, 0.6}
				}
			}
			return none
		}
		s, ok := slotEndingAt(sl, k)
		if !ok {
			continue
		}
		k = s.ts
		if s.poss || s.kind == mConcept {
			continue
		}
		if s.kind == mPron && (v-s.te > 3 || s.pron == "his" || s.pron == "its" || s.pron == "her" || s.pron == "him") {
			continue
		}
		adjacent := true
		for j := s.te; j < v; j++ {
			if !skippable[toks[j].low] {
				adjacent = false
			}
		}
		if s.ts > 0 {
			p := toks[s.ts-1]
			if x.inPP(toks, s.ts) && !(adjacent && !speech && (p.low == "after" || p.low == "before" || p.low == "since" || p.low == "until")) {
				continue
			}
			if _, isVerb := x.verbAt(toks, s.ts-1); isVerb && p.low != "and" {
				continue // the object of an earlier verb
			}
			if s.ts >= 2 && (p.low == "the" || p.low == "a") {
				if _, isVerb := x.verbAt(toks, s.ts-2); isVerb || prepositions[toks[s.ts-2].low] {
					continue
				}
			}
		}
		e, indirect := x.slotEntity(s, si, false, -1, s.ts, speech)
		if e < 0 {
			return none
		}
		conf := 0.85
		if indirect {
			conf = 0.65
		}
		return subject{e, s.ts, conf}
	}
	return none
}

// timeNouns may stand between a subject and its verb ("X last week met").
var timeNouns = wordSet(`week weekend month year day morning afternoon evening night today tonight yesterday time days weeks months years decade hours minutes`)

// adverbs may stand between a subject and its verb ("X instead released").
var adverbs = wordSet(`instead together jointly subsequently eventually first last initially ultimately meanwhile often always usually twice long ever yet however therefore thus`)

// reflexives may follow a subject ("X himself said").
var reflexives = wordSet(`himself herself itself themselves ourselves myself too alone`)

// commonSubject reports whether the verb at toks[v] has a common noun
// phrase as its subject ("the two sides agreed", "the Trump campaign
// accused", "half back X"): the word right before it, across adverbs, is a
// lower-case noun that is neither a time word nor the object of a
// preposition nor a member noun after a name ("Hamas officials said").
func (x *doc) commonSubject(si, v int) bool {
	toks := x.sents[si].toks
	j := v - 1
	for j >= 0 && toks[j].kind == tWord && (skippable[toks[j].low] || beForms[toks[j].low] || adverbs[toks[j].low] || strings.HasSuffix(toks[j].low, "ly") && len(toks[j].low) > 4) {
		j--
	}
	if j < 0 || toks[j].kind != tWord || toks[j].cap {
		return false
	}
	w := toks[j].low
	if timeNouns[w] || reflexives[w] || prepositions[w] || determiners[w] || subordinators[w] || w == "and" || w == "or" || w == "but" || w == "who" || w == "which" || w == "that" || w == "to" || w == "not" {
		return false
	}
	if _, ok := slotEndingAt(x.sentSlots(si), j); ok {
		return false
	}
	if _, isVerb := x.verbAt(toks, j); isVerb || x.lx.speech[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	// a member noun right after a name: "Hamas officials said"
	if x.lx.orgMember[w] && j > 0 {
		if _, ok := slotEndingAt(x.sentSlots(si), j-1); ok {
			return false
		}
	}
	// the object of a preposition: "X in a statement said"
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		t := toks[k]
		if t.kind == tPoss {
			continue // "X of the island's power authority said"
		}
		if t.kind != tWord {
			break
		}
		if prepositions[t.low] {
			return false
		}
		if t.cap {
			if _, ok := slotEndingAt(x.sentSlots(si), k); ok && !x.lx.orgMember[w] {
				return true // "the Trump campaign", "Caloundra half back"
			}
			break
		}
		if determiners[t.low] {
			continue
		}
	}
	return true
}

// inPP reports whether the name starting at toks[ts] is the object of a
// preposition: a preposition before it, possibly across a determiner and a
// few lower-case modifiers ("on pro-Iranian Telegram channels").
func (x *doc) inPP(toks []token, ts int) bool {
	for k := ts - 1; k >= 0 && k >= ts-4; k-- {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		if prepositions[t.low] {
			return true
		}
		if t.cap || x.lx.speech[t.low] || beForms[t.low] || skippable[t.low] || strings.HasSuffix(t.low, "ing") {
			return false
		}
		if _, isVerb := x.verbAt(toks, k); isVerb {
			return false
		}
	}
	return false
}

// modality reads negation and modality from the words between the subject
// (token from) and the verb (token v).
func modality(toks []token, from, v int) (neg bool, mod newsgraph.Modality) {
	if from < 0 || from < v-8 {
		from = v - 8
	}
	if from < 0 {
		from = 0
	}
	for k := from; k < v; k++ {
		w := toks[k].low
		next := ""
		if k+1 < v {
			next = toks[k+1].low
		}
		switch {
		case w == "not" || w == "never" || w == "cannot" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
			neg = true
		case (w == "refused" || w == "refuses" || w == "refuse" || w == "declined" || w == "declines" || w == "failed" || w == "fails") && next == "to":
			neg = true
		case w == "will" || w == "shall" || w == "'ll":
			mod = newsgraph.Planned
		case (w == "plans" || w == "plan" || w == "planned" || w == "planning" || w == "intends" || w == "intended" || w == "scheduled" || w == "set" || w == "due" || w == "going" || w == "aims" || w == "hopes" || w == "wants") && next == "to":
			mod = newsgraph.Planned
		case (w == "expected" || w == "likely" || w == "poised") && next == "to":
			mod = newsgraph.Expected
		case w == "may" || w == "might" || w == "could" || w == "would":
			if mod == newsgraph.Asserted {
				mod = newsgraph.Possible
			}
		case w == "reportedly" || w == "allegedly":
			mod = newsgraph.Reported
		}
	}
	return neg, mod
}

// factKey identifies a fact for removing duplicates.
type factKey struct {
	s, o int
	pred string
	neg  bool
	ev   newsgraph.Span
}

// pendingFact is a fact between entity indices; keys are given at output.
type pendingFact struct {
	s, o int
	f    newsgraph.Fact
}

func (x *doc) fact(si int, s, o int, pred, raw string, spanFrom, spanTo int, neg bool, mod newsgraph.Modality, conf float64) {
	toks := x.sents[si].toks
	if s < 0 || o < 0 || s == o || len(toks) == 0 {
		return
	}
	if spanFrom < 0 {
		spanFrom = 0
	}
	if spanTo > len(toks) {
		spanTo = len(toks)
	}
	if spanTo <= spanFrom {
		spanFrom, spanTo = 0, len(toks)
	}
	x.addFact(si, s, o, pred, raw, newsgraph.Span{Start: toks[spanFrom].start, End: toks[spanTo-1].end}, neg, mod, conf)
}

// addFact records pred(s, o) with the byte span sp inside sentence si as
// its evidence, once.
func (x *doc) addFact(si int, s, o int, pred, raw string, sp newsgraph.Span, neg bool, mod newsgraph.Modality, conf float64) {
	if s < 0 || o < 0 || s == o {
		return
	}
	sent := x.sents[si]
	f := newsgraph.Fact{
		Predicate:  pred,
		Raw:        raw,
		Evidence:   newsgraph.Span{Start: sent.start, End: sent.end},
		Span:       sp,
		Negated:    neg,
		Modality:   mod,
		Confidence: conf,
	}
	k := factKey{s, o, pred, neg, f.Evidence}
	if x.factSeen[k] {
		return
	}
	x.factSeen[k] = true
	x.pairs[pairKey(si, s, o)] = true
	x.pending = append(x.pending, pendingFact{s: s, o: o, f: f})
}

// conceptAt parses a concept noun phrase starting at toks[k] ("the updated
// ceasefire proposal"), returning the entity and the token after it.
func (x *doc) conceptAt(si, k int) (int, int) {
	toks := x.sents[si].toks
	sl := x.sentSlots(si)
	j := k
	if j < len(toks) && determiners[toks[j].low] {
		j++
	} else if s, ok := slotStartingAt(sl, toks, j); ok && s.poss {
		j = s.te + 1
	}
	start := j
	for n := 0; n < 5 && j < len(toks) && toks[j].kind == tWord; n++ {
		t := toks[j]
		if x.lx.conceptHead[t.low] {
			for j+1 < len(toks) && toks[j+1].kind == tWord && x.lx.conceptHead[toks[j+1].low] && toks[j+1].start-t.end == 1 {
				j++
				t = toks[j]
			}
			head := t.low
			key := head
			if strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") && len(key) > 4 {
				key = strings.TrimSuffix(key, "s")
			}
			if c := conceptClass[key]; c != "" {
				key = c
			}
			name := t.text
			if j > start {
				p := toks[j-1]
				if !p.cap && !x.lx.conceptMod[p.low] && !strings.HasSuffix(p.low, "ed") && x.lx.gaz.adj[p.low] == "" && !determiners[p.low] && !isNumber(p.low) {
					name = p.text + " " + t.text
				}
			}
			name = strings.ToLower(name)
			sp := newsgraph.Span{Start: toks[start].start, End: t.end}
			return x.conceptEntity(key, name, x.text[sp.Start:sp.End], sp, si), j + 1
		}
		if t.cap && x.lx.gaz.adj[t.low] == "" {
			break
		}
		if prepositions[t.low] || determiners[t.low] || t.low == "and" || t.low == "or" {
			break
		}
		j++
	}
	return -1, k
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			if r != ',' && r != '.' {
				return false
			}
		}
	}
	return w != ""
}

// conceptBefore parses a concept noun phrase ending at toks[h] (its head).
func (x *doc) conceptBefore(si, h int) int {
	toks := x.sents[si].toks
	if h < 0 || !x.lx.conceptHead[toks[h].low] {
		return -1
	}
	j := h
	for j > 0 && h-j < 4 {
		p := toks[j-1]
		if p.kind != tWord || determiners[p.low] || prepositions[p.low] || p.cap && x.lx.gaz.adj[p.low] == "" {
			break
		}
		j--
	}
	e, _ := x.conceptAt(si, j)
	return e
}

// findFacts applies the verb lexicon to sentence si.
func (x *doc) findFacts(si int) {
	toks := x.sents[si].toks
	sl := x.sentSlots(si)
	for v := 0; v < len(toks); v++ {
		if x.lx.conceptHead[toks[v].low] && v > 0 && toks[v-1].kind == tWord && (v+1 >= len(toks) || !x.lx.conceptHead[toks[v+1].low]) {
			x.lastHead = verbPos{si, v}
		}
		f, ok := x.verbAt(toks, v)
		if !ok || toks[v].cap && v > 0 && toks[v-1].kind != tQuote {
			continue // a capitalised verb form mid-sentence is part of a name
		}
		r := f.rule
		e := v + len(f.words)
		raw := joinToks(x.text, toks[v:e])
		noun := isNounForm(f)
		if r.pred == newsgraph.Told {
			continue // handled with speech
		}
		if !noun && v > 0 && determiners[toks[v-1].low] {
			continue // "his proposed budget": an adjective
		}
		// "refused to meet": the refusal negates the next verb
		if r.pred == newsgraph.Rejected && e < len(toks) && toks[e].low == "to" && len(f.words) == 1 {
			continue
		}
		// passive: "was killed by X"
		passive := false
		if !noun && len(f.words) == 1 {
			k := v - 1
			for k >= 0 && skippable[toks[k].low] && !beForms[toks[k].low] {
				k--
			}
			if k >= 0 && beForms[toks[k].low] && (strings.HasSuffix(f.words[0], "ed") || f.words[0] == "met" || f.words[0] == "led" || f.words[0] == "won" || f.words[0] == "bought" || f.words[0] == "put") {
				passive = true
			}
		}
		subj := x.subjectOf(si, v, noun, false)
		if passive {
			// the patient stands right before the auxiliaries
			k := v - 1
			for k >= 0 && (skippable[toks[k].low] || beForms[toks[k].low]) {
				k--
			}
			if s, ok := slotEndingAt(sl, k); !ok || subj.ts != s.ts {
				continue
			}
			// agent after "by"
			agent := -1
			for k := e; k < len(toks) && k < e+5; k++ {
				if toks[k].low == "by" {
					if s, ok := slotStartingAt(sl, toks, k+1); ok && !s.poss {
						agent, _ = x.slotEntity(s, si, true, -1, s.ts, false)
					}
					break
				}
			}
			if agent >= 0 && subj.ent >= 0 && x.typeOK(r, agent, subj.ent) {
				neg, mod := modality(toks, subj.ts, v)
				x.fact(si, agent, subj.ent, r.pred, raw, subj.ts, e+2, neg, mod, subj.conf*0.8)
			}
			continue
		}
		if subj.ent < 0 {
			// "A and B met"
			continue
		}
		if r.notPlaceSubj && x.ents[subj.ent].typ == newsgraph.Place {
			continue
		}
		if x.ents[subj.ent].concept {
			continue
		}
		if x.inQuote(toks[v].start) && !x.inQuote(toks[subj.ts].start) {
			continue // a verb quoted from someone else: not the subject's act
		}
		neg, mod := modality(toks, subj.ts, v)
		objs, objEnd, objConf := x.objectsOf(si, e, r, subj.ent)
		if r.pred == newsgraph.Leads && objEnd < len(toks) && toks[objEnd].low == "to" {
			continue // "led X to resign": causing, not leading
		}
		if len(objs) == 0 && r.symmetric {
			// coordinated subjects: "A and B met"
			if o := x.coordinatedWith(si, subj.ts, sl); o >= 0 {
				x.fact(si, o, subj.ent, r.pred, raw, subj.ts-2, e, neg, mod, subj.conf*0.9)
			}
			continue
		}
		if len(objs) == 0 && r.concept {
			// "the plan that the US has put forward"
			k := subj.ts - 1
			if k >= 0 && toks[k].low == "the" {
				k--
			}
			if k >= 1 && (toks[k].low == "that" || toks[k].low == "which") {
				if c := x.conceptBefore(si, k-1); c >= 0 {
					x.fact(si, subj.ent, c, r.pred, raw, k-1, e, neg, mod, subj.conf*0.7)
					x.lastConcept, x.lastConceptSent = c, si
				}
			}
			continue
		}
		if r.pred == newsgraph.Visits && noun && x.ents[subj.ent].typ != newsgraph.Person {
			continue // "during a visit to X": only a person's visit is read from a noun
		}
		if r.pred == newsgraph.Met && len(objs) > 0 && x.ents[objs[0]].typ == newsgraph.Person {
			x.personSubject(subj.ent)
		}
		for _, o := range objs {
			if r.pred == newsgraph.Visits && x.travels(subj.ent, f) {
				x.visitedPlace(o)
			}
			if !x.typeOK(r, subj.ent, o) {
				continue
			}
			conf := subj.conf * objConf
			if noun {
				conf *= 0.85
			}
			pred := r.pred
			if x.ents[o].typ == newsgraph.Person {
				// one backs or rejects a person, not accepts one
				switch pred {
				case newsgraph.Accepted:
					pred = newsgraph.Supported
				case newsgraph.Rejected:
					pred = newsgraph.Opposed
				}
			}
			x.fact(si, subj.ent, o, pred, raw, min(subj.ts, v), objEnd, neg, mod, conf)
		}
		x.noteSubject(subj.ent, si)
	}
}

// visitedPlace types an untyped name that is visited, travelled to or
// arrived in as a place ("to visit Antwerp").
func (x *doc) visitedPlace(o int) {
	e := x.ents[o]
	if e.typ == newsgraph.Thing && !e.concept && !e.quote && e.votes[tiPerson] == 0 && e.votes[tiOrg] == 0 {
		e.typ = newsgraph.Place
		e.votes[tiPlace]++
	}
}

// travels reports whether entity e, the subject of the visit form f, is
// one that visits places: a person, an organization, or a name that may be
// a person's when the verb is not one vehicles take ("returned to", "flew
// to").
func (x *doc) travels(e int, f verbForm) bool {
	switch x.ents[e].typ {
	case newsgraph.Person, newsgraph.Organization:
		return true
	case newsgraph.Thing:
		switch f.words[0] {
		case "return", "returns", "returned", "fly", "flies", "flew", "flying", "head", "heads", "headed", "heading", "go", "goes", "went", "going", "arrive", "arrives", "arrived", "arriving", "arrival":
			return false
		}
		return x.personName(e)
	}
	return false
}

// personSubject types an untyped subject that travels or meets as a
// person when its name looks like a person's full name.
func (x *doc) personSubject(e int) {
	if en := x.ents[e]; en.typ == newsgraph.Thing && len(strings.Fields(en.name)) >= 2 && x.personName(e) {
		en.typ = newsgraph.Person
	}
}

// coordinatedWith returns the entity joined to the subject at token ts by
// "and" ("Blinken and Netanyahu met"), -1 when none.
func (x *doc) coordinatedWith(si, ts int, sl []slot) int {
	toks := x.sents[si].toks
	if ts < 2 || toks[ts-1].low != "and" {
		return -1
	}
	if s, ok := slotEndingAt(sl, ts-2); ok && !s.poss {
		e, _ := x.slotEntity(s, si, false, -1, s.ts, false)
		return e
	}
	return -1
}

// typeOK checks a rule's constraints on its subject and object.
func (x *doc) typeOK(r *verbRule, s, o int) bool {
	if s < 0 || o < 0 || s == o {
		return false
	}
	if len(r.objTypes) > 0 {
		ok := false
		for _, t := range r.objTypes {
			if x.ents[o].typ == t {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if r.notPlaceSubj && x.ents[s].typ == newsgraph.Place {
		return false
	}
	if x.ents[o].concept && !r.concept {
		return false
	}
	return !x.ents[s].concept && !x.ents[s].quote && !x.ents[o].quote
}

// objectsOf finds the objects of a verb whose form ends before toks[e].
func (x *doc) objectsOf(si, e int, r *verbRule, subj int) ([]int, int, float64) {
	toks := x.sents[si].toks
	sl := x.sentSlots(si)
	k := e
	if r.prep != "" {
		if k < len(toks) && toks[k].low == r.prep {
			k++
		} else if !r.optPrep {
			return nil, e, 0
		}
	}
	var objs []int
	conf := 1.0
	take := func(s slot) (int, bool) {
		if m := x.ments[s.mi]; s.kind == mName && m.ent >= 0 && s.ts > 0 && toks[s.ts-1].low == "the" && x.ents[m.ent].typ == newsgraph.Person {
			return -1, false // "the Trump campaign": a modifier
		}
		if s.kind == mPron {
			if r.concept && (s.pron == "it") {
				if x.lastConcept >= 0 && si-x.lastConceptSent <= 2 {
					return x.lastConcept, true
				}
				if p := x.lastHead; p.sent >= 0 && si-p.sent <= 2 && (p.sent < si || p.tok < s.ts) {
					if c := x.conceptBefore(p.sent, p.tok); c >= 0 {
						return c, true
					}
				}
				return -1, false
			}
			if possessivePron(toks, s) && !r.possObj {
				return -1, false // "endorsed his former rival": a determiner
			}
			o := x.pronounEntity(s.pron, si, true, subj, s.ts, false)
			return o, o >= 0
		}
		if s.poss {
			if r.possObj {
				return x.ments[s.mi].ent, true
			}
			return -1, false
		}
		return x.ments[s.mi].ent, x.ments[s.mi].ent >= 0
	}
	end := e
	s, ok := slotStartingAt(sl, toks, k)
	if ok && s.kind == mPron && possessivePron(toks, s) && !r.possObj {
		ok = false
	}
	if !ok {
		// "met union leader X", "met his counterpart, X"
		if s2, ok2 := x.describedObject(si, k); ok2 {
			s, ok = s2, true
		}
	}
	if ok && s.poss && s.te+1 < len(toks) {
		// "Israel's President Isaac Herzog": the possessed name is the object
		if s2, ok2 := slotStartingAt(sl, toks, s.te+1); ok2 && s2.kind == mName {
			s = s2
		}
	}
	if !ok && r.ahead > 0 {
		for j := k; j < len(toks) && j <= k+r.ahead; j++ {
			if toks[j].low == "against" || toks[j].low == "on" {
				s, ok = slotStartingAt(sl, toks, j+1)
				break
			}
			if toks[j].kind != tWord {
				break
			}
		}
	}
	if ok {
		if o, good := take(s); good {
			if s.kind == mPron {
				conf = 0.7
			}
			objs = append(objs, o)
			end = s.te
			if s.poss && r.concept && !r.possObj {
				objs = objs[:0]
			}
		} else if s.poss && r.concept {
			if c, ce := x.conceptAt(si, k); c >= 0 {
				objs = append(objs, c)
				end = ce
				conf = 0.8
				x.lastConcept, x.lastConceptSent = c, si
			}
			return objs, end, conf
		} else {
			return nil, e, 0
		}
	} else if r.concept {
		if c, ce := x.conceptAt(si, k); c >= 0 {
			x.lastConcept, x.lastConceptSent = c, si
			return []int{c}, ce, 0.8
		}
		return nil, e, 0
	} else {
		return nil, e, 0
	}
	// coordination: "Egypt and Qatar", "X, Y and Z", "… and with Y"
	for {
		j := end
		if j < len(toks) && (toks[j].low == "and" || toks[j].text == ",") {
			j++
			if j < len(toks) && toks[j].low == "and" {
				j++
			}
			if s2, ok := slotStartingAt(sl, toks, j); ok && !s2.poss && s2.kind != mPron {
				if o := x.ments[s2.mi].ent; o >= 0 {
					objs = append(objs, o)
					end = s2.te
					continue
				}
			}
		}
		break
	}
	if r.prep != "" {
		for j := end; j+2 < len(toks) && j < end+10; j++ {
			if toks[j].text == ";" || toks[j].kind == tQuote {
				break
			}
			if toks[j].low == "and" {
				p := j + 1
				for p < len(toks) && p < j+3 && (skippable[toks[p].low] || toks[p].low == "later" || toks[p].low == "also") {
					p++
				}
				if p >= len(toks) || toks[p].low != r.prep {
					break
				}
				if s2, ok := slotStartingAt(sl, toks, p+1); ok && !s2.poss && s2.kind != mPron {
					if o := x.ments[s2.mi].ent; o >= 0 {
						objs = append(objs, o)
						end = s2.te
					}
				}
				break
			}
		}
	}
	return objs, end, conf
}

// possessivePron reports whether the pronoun slot s is a possessive
// determiner ("his plan", "her husband") rather than an object.
func possessivePron(toks []token, s slot) bool {
	switch s.pron {
	case "his", "its":
		return true
	case "her":
		if s.te < len(toks) {
			t := toks[s.te]
			return t.kind == tWord && !prepositions[t.low] && !subordinators[t.low] && !skippable[t.low] && !timeNouns[t.low] && t.low != "and" && t.low != "or"
		}
	}
	return false
}

// relationNouns name a person by a relation to another ("his counterpart,
// X"); with the role nouns they may stand before an apposed name.
var relationNouns = wordSet(`counterpart counterparts rival rivals ally allies opponent opponents successor predecessor colleague colleagues friend partner wife husband son daughter brother sister father mother deputy boss host guest`)

// describedObject finds a name introduced by a lower-case description
// starting at toks[k]: a role noun before the name ("union leader X",
// whose mention starts at the role noun) or an apposition ("his
// counterpart, X"). ok is false when there is none.
func (x *doc) describedObject(si, k int) (slot, bool) {
	toks := x.sents[si].toks
	sl := x.sentSlots(si)
	j := k
	if j < len(toks) && (determiners[toks[j].low] || toks[j].low == "his" || toks[j].low == "her") {
		j++
	}
	for n := 0; n < 4 && j < len(toks) && toks[j].kind == tWord; n++ {
		t := toks[j]
		if s, ok := slotStartingAt(sl, toks, j); ok && j > k {
			m := x.ments[s.mi]
			if s.kind == mName && !s.poss && m.role != "" && m.ts < m.te && x.lx.roleNoun[toks[m.ts].low] && !toks[m.ts].cap && m.ent >= 0 && toks[m.ts].low != "fellow" && (strings.Contains(m.text, " ") || !strings.HasSuffix(m.text, "s")) {
				if t := x.ents[m.ent].typ; t == newsgraph.Person || t == newsgraph.Thing && x.personName(m.ent) {
					return s, true
				}
			}
			return slot{}, false
		}
		if t.cap && x.lx.gaz.adj[t.low] == "" || prepositions[t.low] || subordinators[t.low] || t.low == "and" || x.lx.speech[t.low] {
			return slot{}, false
		}
		if _, isVerb := x.verbAt(toks, j); isVerb {
			return slot{}, false
		}
		j++
		// "his counterpart, X[,.]"
		if j+1 < len(toks) && toks[j].text == "," && (x.lx.roleNoun[t.low] || relationNouns[t.low]) {
			if s, ok := slotStartingAt(sl, toks, j+1); ok && s.kind == mName && !s.poss && endsInversion(toks, s.te) {
				if e := x.ments[s.mi].ent; e >= 0 && x.ents[e].typ != newsgraph.Place {
					return s, true
				}
			}
			return slot{}, false
		}
	}
	return slot{}, false
}

// noteSubject remembers the latest person and organization subjects, for
// pronouns.
func (x *doc) noteSubject(e, si int) {
	if e < 0 {
		return
	}
	switch x.ents[e].typ {
	case newsgraph.Person:
		x.lastPerson, x.lastPersonSent = e, si
	case newsgraph.Organization, newsgraph.Place:
		x.lastOrg, x.lastOrgSent = e, si
		if x.ents[e].typ == newsgraph.Organization {
			x.lastOrgSubj, x.lastOrgSubjSent = e, si
		}
	case newsgraph.Thing:
		if x.personName(e) {
			x.lastPerson, x.lastPersonSent = e, si
		}
	}
}

// personName reports whether the untyped entity e may be a person: a
// name of one to three capitalised words, no acronym, with no word of geography,
// organizations, events or nationality ("Eastern Mediterranean" is none).
func (x *doc) personName(e int) bool {
	en := x.ents[e]
	if en.concept || en.quote || en.votes[tiPlace] > 0 || en.votes[tiOrg] > 0 || en.votes[tiEvent] > 0 {
		return false
	}
	words := strings.Fields(en.name)
	if len(words) == 0 || len(words) > 4 || x.lx.gaz.place[fold(en.name)] != "" {
		return false
	}
	for _, w := range words {
		f := fold(w)
		if connectors[f] && len(words) > 1 {
			continue // "Gloria La Riva", "Lotte de Graaf"
		}
		lx := x.lx
		if !unicode.IsUpper(firstRune(w)) || isAcronym(w) || strings.IndexFunc(w, unicode.IsDigit) >= 0 ||
			lx.nonNameAdj[f] || lx.gaz.adj[f] != "" || lx.orgSuffix[f] || lx.placeSuffix[f] || lx.eventSuffix[f] || lx.titleHead[f] || lx.stop[f] || regionWords[f] {
			return false
		}
		if len(words) == 1 && (x.lower[f] || lx.gaz.place[f] != "" || commonSuffix(f) || adjSuffix(f) && !strings.HasSuffix(f, "ian")) {
			return false // a common word ("Food") or a place
		}
	}
	return true
}

// regionWords make a capitalised phrase a region or an adjective rather
// than a person's name ("Middle Eastern", "Far East").
var regionWords = wordSet(`middle far near east west north south central upper lower greater eastern western northern southern mediterranean atlantic pacific arctic antarctic sub-saharan coastal`)
