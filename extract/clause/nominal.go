package clause

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// lightFrame tries the nominal frames of light verb i's object noun o;
// it emits the relation and reports whether one matched.
func (x *extractor) lightFrame(f *found, i, o int) bool {
	noun := x.lower(o)
	// The complement: the noun's own prepositional modifier, or one of
	// the verb's obliques.
	try := func(k int) bool {
		p := x.prep(k)
		if p == "" {
			return false
		}
		key := x.key(noun, p)
		fr, ok := x.lex.Nouns[string(key)]
		if !ok || fr.Self {
			return false
		}
		f.pred, f.recip, f.obj, f.objPrep = fr.Pred, fr.Recip, k, p
		f.lemma = string(x.key(x.lower(i), noun, p))
		x.raw = append(x.raw, o)
		x.prepTokens(k)
		return true
	}
	ok := false
	for _, k := range x.children(o) {
		if k >= 0 && k > o && strings.HasPrefix(x.toks[k].Rel, "nmod") && x.toks[k].Rel != "nmod:poss" && try(k) {
			ok = true
			break
		}
	}
	if !ok {
		for _, k := range x.children(i) {
			if k >= 0 && k > o && x.isObl(k) && try(k) {
				ok = true
				break
			}
		}
	}
	if !ok {
		fr, known := x.lex.Nouns[noun]
		if !known {
			return false
		}
		switch {
		case fr.Self:
			f.obj = o
		case fr.Cmp && x.compound(o) >= 0:
			f.obj = x.compound(o)
		case fr.Recip && x.hasConj(f.subj):
			f.recip = true
		default:
			return false
		}
		f.pred = fr.Pred
		f.lemma = string(x.key(x.lower(i), noun))
		if f.obj != o {
			x.raw = append(x.raw, o)
		}
	}
	// "announced the acquisition of X by Y": a "by" phrase of an active
	// light verb is the noun's doer, which the parse hung on the verb
	for _, k := range x.children(i) {
		if k > o && x.isObl(k) && x.prep(k) == "by" && x.child(i, "aux:pass") < 0 && k != f.obj {
			f.subj, f.subjPrep = k, "by"
			break
		}
	}
	x.emit(f)
	return true
}

// compound returns a proper-noun compound modifier of noun o ("her Cairo
// visit"), or -1.
func (x *extractor) compound(o int) int {
	for _, k := range x.children(o) {
		if k >= 0 && k < o && x.toks[k].Rel == "compound" && x.toks[k].UPOS == "PROPN" {
			return k
		}
	}
	return -1
}

// nominal finds the relation of a nominal form headed by noun n: "Hamas'
// objections to the proposal", "Blinken's visit to Cairo", "the talks
// between A and B", and "a meeting with Y" after a subject.
func (x *extractor) nominal(n int) {
	t := &x.toks[n]
	noun := x.lower(n)
	if t.Rel == "obj" {
		// The object of a light verb is read with the verb.
		if h := x.head(n); h >= 0 && x.toks[h].UPOS == "VERB" && x.lex.Light[x.lower(h)] {
			return
		}
	}
	f := found{verb: n, subj: -1, obj: -1, objExcl: -1, lemma: noun, conf: 0.7}
	x.raw = x.raw[:0]
	x.raw = append(x.raw, n)
	// The complement and its frame.
	var fr lexicon.Frame
	matched := false
	between := -1
	for _, k := range x.children(n) {
		if k < 0 || k < n || !strings.HasPrefix(x.toks[k].Rel, "nmod") || x.toks[k].Rel == "nmod:poss" {
			continue
		}
		p := x.prep(k)
		if p == "" {
			continue
		}
		if p == "between" || p == "among" {
			between = k
			continue
		}
		key := x.key(noun, p)
		if g, ok := x.lex.Nouns[string(key)]; ok && !g.Self {
			fr, matched = g, true
			f.obj, f.objPrep = k, p
			f.lemma = string(key)
			x.prepTokens(k)
			break
		}
	}
	if !matched {
		g, ok := x.lex.Nouns[noun]
		if !ok {
			return
		}
		fr = g
	}
	// The subject: a possessor, a "by" phrase, or for self frames a
	// proper-noun compound ("the US proposal").
	for _, k := range x.children(n) {
		if k < 0 {
			continue
		}
		switch {
		case x.toks[k].Rel == "nmod:poss":
			f.subj = k
		case f.subj < 0 && strings.HasPrefix(x.toks[k].Rel, "nmod") && k > n && x.prep(k) == "by":
			f.subj = k
			f.subjPrep = "by"
		}
	}
	if f.subj < 0 && x.child(n, "cop") >= 0 {
		// "Chirac was an outspoken opponent of the war": the subject of
		// the copula
		if k := x.child(n, "nsubj"); k >= 0 {
			f.subj = k
		}
	}
	if f.subj < 0 && f.obj >= 0 {
		// "the acquisition of X by Y" with "by Y" hung on X
		for _, k := range x.children(f.obj) {
			if k > f.obj && strings.HasPrefix(x.toks[k].Rel, "nmod") && x.prep(k) == "by" {
				f.subj, f.subjPrep = k, "by"
				break
			}
		}
	}
	if !matched {
		switch {
		case fr.Recip && between >= 0 && x.hasConj(between):
			// "talks between A and B"
			f.subj, f.subjPrep, f.recip = between, "between", true
			f.conf = 0.7
		case fr.Self:
			if f.subj < 0 {
				f.subj = x.compound(n)
			}
			f.obj, f.objExcl = n, f.subj
			f.conf = 0.6
		case fr.Cmp:
			f.obj = x.compound(n)
		}
		if f.subj < 0 || f.obj < 0 && !f.recip {
			return
		}
	}
	if f.subj < 0 && t.Rel == "appos" && x.child(n, "case") >= 0 {
		// "Blinken, in a meeting with Herzog, said": an oblique the
		// parser took for an apposition of the subject.
		if h := x.head(n); h >= 0 && isNominal(x.toks[h].UPOS) && strings.HasPrefix(x.toks[h].Rel, "nsubj") {
			f.subj = h
			f.conf = 0.45
		}
	}
	if f.subj < 0 {
		// "Blinken said during a meeting with Netanyahu": the subject of
		// the clause the noun phrase is an oblique of.
		if t.Rel != "obl" && t.Rel != "nmod" || fr.Pred != newsgraph.Met && fr.Pred != newsgraph.Visits && !(fr.Pred == newsgraph.Defeated && t.Rel == "obl" && (x.prep(n) == "with" || x.prep(n) == "after" || x.prep(n) == "following")) {
			return // (but "stayed top with a win over Y": the subject won)
		}
		// "made a push … following a meeting with Netanyahu": climb
		// through the nouns to the clause's verb
		h := x.head(n)
		for d := 0; d < 3 && h >= 0 && x.toks[h].UPOS != "VERB"; d++ {
			if t.Rel == "nmod" {
				switch x.prep(n) {
				case "during", "after", "following", "before", "at", "in", "ahead of":
				default:
					return
				}
			}
			h = x.head(h)
		}
		if h < 0 || x.toks[h].UPOS != "VERB" {
			return
		}
		mark := len(x.raw)
		c := x.context(h, 0)
		if c.subj < 0 && (x.toks[h].Rel == "advcl" || x.toks[h].Rel == "xcomp") {
			// "made a push to reach a deal … following a meeting with
			// X": the subject of the clause the purpose belongs to
			if hh := x.head(h); hh >= 0 && x.toks[hh].UPOS == "VERB" {
				c = x.context(hh, 0)
				c.conf *= 0.9
			}
		}
		x.raw = x.raw[:mark]
		if c.subj < 0 || c.passive {
			return
		}
		f.subj = c.subj
		f.conf = 0.7 * c.conf
	}
	if f.subj == f.obj {
		return
	}
	switch x.nounFate(n) {
	case undone:
		return // "his planned trip to Warsaw, which was cancelled"
	case planned:
		f.mod = newsgraph.Planned // "her planned visit to Rome"
	}
	f.pred, f.recip = fr.Pred, f.recip || fr.Recip && f.obj < 0
	x.emit(&f)
}

// fate of what a noun names, by the words around it
const (
	happened = iota
	planned
	undone
)

// undoing are verbs and participles that call off what a noun names;
// planning those that put it ahead.
var (
	undoing = map[string]bool{"cancel": true, "cancelled": true, "canceled": true, "postpone": true, "postponed": true, "scrap": true, "scrapped": true, "abandon": true, "abandoned": true, "delay": true, "delayed": true, "suspend": true, "suspended": true}
	// awayFrom are the verbs of moving away from what a noun names ("backed
	// away from his support"); withdrawing those that take it back.
	awayFrom    = map[string]bool{"back": true, "step": true, "walk": true, "move": true, "retreat": true, "withdraw": true, "distance": true, "pull": true}
	withdrawing = map[string]bool{"withdraw": true, "retract": true, "rescind": true, "revoke": true, "drop": true}
	planning    = map[string]bool{"planned": true, "plan": true, "proposed": true, "scheduled": true, "upcoming": true, "expected": true, "intended": true, "possible": true, "potential": true, "prospective": true, "future": true, "forthcoming": true}
)

// nounFate reads whether what noun n names took place, is ahead, or was
// called off: "the planned trip", "the trip, which was cancelled",
// "cancelled her visit", "her visit was cancelled", "called off the
// meeting".
func (x *extractor) nounFate(n int) int {
	fate := happened
	for _, k := range x.children(n) {
		if k < 0 {
			continue
		}
		l := x.lower(k)
		switch r := x.toks[k].Rel; {
		case (r == "amod" || r == "acl" || r == "compound") && k < n && undoing[l]:
			return undone
		case r == "acl:relcl" || r == "acl":
			if undoing[strings.ToLower(x.toks[k].Text)] || undoing[x.toks[k].Lemma] {
				return undone
			}
		case (r == "amod" || r == "compound") && k < n && planning[l]:
			fate = planned
		}
	}
	if h := x.head(n); h >= 0 && (x.toks[n].Rel == "nsubj:pass" || x.toks[n].Rel == "nsubj") && (undoing[x.toks[h].Lemma] || undoing[strings.ToLower(x.toks[h].Text)]) && x.toks[h].UPOS == "VERB" {
		return undone // "his visit to Paris was cancelled"
	}
	if h := x.head(n); h >= 0 && x.toks[h].UPOS == "ADV" && (x.lower(h) == "away" || x.lower(h) == "back") {
		h = x.head(h) // ("backed away from …", the oblique hung on "away")
		if h >= 0 && x.toks[n].Rel == "obl" && x.toks[h].UPOS == "VERB" && x.child(n, "case") >= 0 && x.lower(x.child(n, "case")) == "from" && awayFrom[x.toks[h].Lemma] {
			return undone
		}
	}
	if h := x.head(n); h >= 0 && x.toks[n].Rel == "obl" && x.toks[h].UPOS == "VERB" && x.child(n, "case") >= 0 && x.lower(x.child(n, "case")) == "from" && awayFrom[x.toks[h].Lemma] {
		return undone // "backed away from his support for X", "withdrew from the deal"
	}
	if h := x.head(n); h >= 0 && x.toks[n].Rel == "obj" && x.toks[h].UPOS == "VERB" && withdrawing[x.toks[h].Lemma] {
		return undone // "withdrew his support for X"
	}
	if h := x.head(n); h >= 0 && x.toks[n].Rel == "obj" && x.toks[h].UPOS == "VERB" {
		if undoing[x.toks[h].Lemma] || undoing[strings.ToLower(x.toks[h].Text)] || x.toks[h].Lemma == "call" && x.child(h, "compound:prt") >= 0 && x.lower(x.child(h, "compound:prt")) == "off" {
			return undone
		}
	}
	return fate
}
