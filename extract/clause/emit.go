package clause

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp"
)

// collective are nouns for a few people named in an apposition after them
// ("a couple from Florida, Richard and Lisa Parry,").
var collective = map[string]bool{"couple": true, "pair": true, "duo": true, "trio": true, "family": true, "brothers": true, "sisters": true}

// expand appends nominal h and its conjuncts to dst.
func (x *extractor) expand(dst []int, h int, depth int) []int {
	dst = append(dst, h)
	if depth > 4 || len(dst) > 8 {
		return dst
	}
	for _, k := range x.children(h) {
		if k >= 0 && x.toks[k].Rel == "conj" && isNominal(x.toks[k].UPOS) {
			if p := x.prep(k); p != "" && p != x.prep(h) {
				continue // "with X, according to Y"
			}
			dst = x.expand(dst, k, depth+1)
		}
		// "X, along with Y, proposed": Y is a second subject
		if k >= 0 && (x.toks[k].Rel == "appos" || x.toks[k].Rel == "nmod") && isNominal(x.toks[k].UPOS) && k > h && accompanying(x.prep(k)) {
			dst = x.expand(dst, k, depth+1)
		}
		// "met officers Ivo Marsh and Omar Diaz": the names after a
		// plural noun are its members, conjoined on the first
		if k >= 0 && x.toks[k].Rel == "appos" && x.toks[k].UPOS == "PROPN" && x.toks[h].UPOS == "NOUN" && k > h &&
			(strings.HasSuffix(x.toks[h].XPOS, "S") && k == h+1 || collective[strings.ToLower(x.toks[h].Lemma)]) {
			for _, c := range x.children(k) {
				if c >= 0 && x.toks[c].Rel == "conj" && x.toks[c].UPOS == "PROPN" {
					dst = x.expand(dst, c, depth+1)
				}
			}
		}
	}
	return dst
}

// accompanying reports whether a preposition joins a second party to a
// nominal as a conjunction would ("along with", "together with").
func accompanying(p string) bool {
	return p == "along with" || p == "together with"
}

// emit expands f over conjuncts and appends the relations. x.raw holds the
// words of the predicate phrase.
func (x *extractor) emit(f *found) {
	if f.subj < 0 || f.subj >= len(x.toks) || f.subj == f.verb || x.bracketed(f.subj) {
		return
	}
	raw := x.rawString()
	conf := f.conf
	if f.pred == "" {
		conf *= 0.85
	}
	if f.obj < 0 && !f.recip {
		conf *= 0.8
	}
	x.subjs = x.expand(x.subjs[:0], f.subj, 0)
	if f.recip && f.obj < 0 {
		// "A and B met": one relation per pair of conjuncts.
		for a := 0; a < len(x.subjs); a++ {
			for b := a + 1; b < len(x.subjs); b++ {
				x.add(f, x.subjs[a], x.subjs[b], "", raw, conf)
			}
		}
		return
	}
	if f.obj < 0 {
		for _, s := range x.subjs {
			x.add(f, s, -1, "", raw, conf)
		}
		return
	}
	if f.objClause {
		x.objs = append(x.objs[:0], f.obj)
	} else {
		x.objs = x.expand(x.objs[:0], f.obj, 0)
	}
	for _, s := range x.subjs {
		for _, o := range x.objs {
			if o != s && !strings.EqualFold(x.toks[o].Text, x.toks[s].Text) {
				x.add(f, s, o, f.objPrep, raw, conf)
			}
		}
	}
}

// bracketed reports whether token k stands alone in brackets, as the
// speaker labels of interview transcripts do ("((WN)) How much …"): such a
// token is no subject.
func (x *extractor) bracketed(k int) bool {
	if k == 0 || k+1 >= len(x.toks) || x.toks[k-1].Text != "(" || x.toks[k+1].Text != ")" {
		return false
	}
	for j := 0; j < k; j++ {
		if x.toks[j].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// rawString joins the words of x.raw in sentence order.
func (x *extractor) rawString() string {
	slices.Sort(x.raw)
	x.raw = slices.Compact(x.raw)
	n := 0
	for _, k := range x.raw {
		n += len(x.toks[k].Text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for j, k := range x.raw {
		if j > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(x.toks[k].Text)
	}
	return b.String()
}

// add appends one relation between subject s and object o (-1 for none).
func (x *extractor) add(f *found, s, o int, oprep, raw string, conf float64) {
	r := Relation{
		Sent:     x.si,
		Verb:     f.verb,
		Subj:     x.arg(s, -1, false),
		Obj:      Arg{Head: -1, Start: -1, End: -1},
		Pred:     f.pred,
		Raw:      raw,
		Lemma:    f.lemma,
		Negated:  f.neg,
		Modality: f.mod,
		Passive:  f.passive,
	}
	if s == f.subj {
		r.Subj.Prep = f.subjPrep
	}
	if o >= 0 && !f.objClause && x.temporal(o) {
		// "arrived in Israel Sunday" parsed with Sunday as the head.
		for _, k := range x.children(o) {
			if k >= 0 && k < o && x.toks[k].Rel == "compound" && x.toks[k].UPOS == "PROPN" && !x.temporal(k) {
				o = k
				break
			}
		}
	}
	if o >= 0 {
		r.Obj = x.arg(o, f.objExcl, f.objClause)
		r.Obj.Prep = oprep
	}
	// Long arguments are more often wrongly bounded.
	words := r.Subj.End - r.Subj.Start
	if o >= 0 {
		words += r.Obj.End - r.Obj.Start
	}
	if r.Obj.Clause {
		words = r.Subj.End - r.Subj.Start
	}
	conf *= 1 / (1 + float64(words)/40)
	r.Confidence = min(max(conf, 0.01), 1)
	// The clause's span: its arguments and the predicate's words.
	lo, hi := r.Subj.Start, r.Subj.End
	if o >= 0 {
		lo, hi = min(lo, r.Obj.Start), max(hi, r.Obj.End)
	}
	for _, k := range x.raw {
		lo, hi = min(lo, k), max(hi, k+1)
	}
	lo, hi = min(lo, f.verb), max(hi, f.verb+1)
	r.Span = newsgraph.Span{Start: x.toks[lo].Start, End: x.toks[hi-1].End}
	if r.Span.End < r.Span.Start {
		r.Span.End = r.Span.Start
	}
	x.out = append(x.out, r)
}

// arg returns the argument headed by h: the contiguous run of its subtree
// around h, without conjuncts, relative clauses, appositions, its own
// preposition and edge punctuation (and without token excl's subtree).
func (x *extractor) arg(h, excl int, clause bool) Arg {
	a := Arg{Head: h, Clause: clause}
	a.Pron = x.toks[h].XPOS == "PRP" || x.toks[h].UPOS == "PRON" && x.toks[h].XPOS == ""
	mark := x.mark
	x.markTree(h, h, excl, clause)
	// Grow the span around h over marked tokens, stepping over
	// punctuation between them (quotation marks, commas of a list).
	lo, hi := h, h+1
	for {
		j := lo - 1
		for j >= 0 && !mark[j] && x.toks[j].UPOS == "PUNCT" {
			j--
		}
		if j < 0 || !mark[j] {
			break
		}
		lo = j
	}
	for {
		j := hi
		for j < len(mark) && !mark[j] && x.toks[j].UPOS == "PUNCT" {
			j++
		}
		if j >= len(mark) || !mark[j] {
			break
		}
		hi = j + 1
	}
	// Clear the marks (only those set lie in the subtree; clear all that
	// may have been set).
	x.unmarkTree(h, h, excl, clause)
	for lo < h && x.toks[lo].UPOS == "PUNCT" {
		lo++
	}
	for hi > h+1 && x.toks[hi-1].UPOS == "PUNCT" {
		hi--
	}
	a.Start, a.End = lo, hi
	return a
}

// skipTop reports whether dependent k of an argument's head is left out of
// the argument's span.
func (x *extractor) skipTop(k int, clause bool) bool {
	switch x.toks[k].Rel {
	case "conj", "cc":
		return !clause
	case "punct", "parataxis":
		return true
	case "case":
		return !clause
	case "mark":
		return clause
	case "appos":
		// "professor Julian Marshall" is one name; ", a professor," is
		// not part of it.
		if clause {
			return false
		}
		h := x.toks[k].Head
		for j := min(h, k) + 1; j < max(h, k); j++ {
			if x.toks[j].UPOS == "PUNCT" {
				return true
			}
		}
		return x.toks[k].UPOS != "PROPN"
	case "acl:relcl", "acl", "advcl", "dep":
		return !clause
	case "nsubj", "nsubj:pass", "csubj", "csubj:pass", "cop", "aux", "aux:pass", "expl",
		"ccomp", "xcomp", "obl", "obl:tmod", "obl:npmod", "obl:unmarked", "discourse", "vocative", "reparandum", "list", "orphan":
		// The head is itself a predicate ("this is a ploy to …"): keep
		// the noun phrase only.
		return !clause
	case "nmod":
		// "Netanyahu in Jerusalem": a place or time after a name is not
		// part of it ("the leader of Hamas" keeps its modifier).
		if clause || x.child(k, "case") < 0 {
			return false
		}
		p := x.prep(k)
		return p == "according" || x.toks[x.toks[k].Head].UPOS == "PROPN" && p != "of" || x.temporal(k)
	case "nmod:tmod", "nmod:unmarked", "nmod:npmod":
		return !clause && x.temporal(k)
	}
	return false
}

func (x *extractor) markTree(k, top, excl int, clause bool) {
	x.walkTree(k, top, excl, clause, true, 0)
}

func (x *extractor) unmarkTree(k, top, excl int, clause bool) {
	x.walkTree(k, top, excl, clause, false, 0)
}

func (x *extractor) walkTree(k, top, excl int, clause, v bool, depth int) {
	if depth > len(x.toks) {
		return
	}
	x.mark[k] = v
	for _, c := range x.children(k) {
		if c < 0 || c == excl {
			continue
		}
		if k == top && x.skipTop(c, clause) {
			continue
		}
		x.walkTree(c, top, excl, clause, v, depth+1)
	}
}

// Bytes returns the byte span of argument a in the document text, given
// the sentence it belongs to; the zero Span when there is no argument.
func (a Arg) Bytes(s *nlp.Sentence) newsgraph.Span {
	if a.Head < 0 || a.Start < 0 || a.End > len(s.Tokens) || a.Start >= a.End {
		return newsgraph.Span{}
	}
	return newsgraph.Span{Start: s.Tokens[a.Start].Start, End: s.Tokens[a.End-1].End}
}
