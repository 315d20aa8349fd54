// Package openie extracts open-domain relation tuples (arg1, relation,
// arg2, …) from dependency-parsed sentences, in the manner of clause-based
// Open IE systems: one tuple per verb (or copular predicate) that has a
// subject, its arguments being the subtrees of the subject, objects,
// obliques and clausal complements.
package openie

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// A Tuple is one extraction: Args[0] is the subject, Args[1:] the objects
// and obliques in sentence order after the direct object.
type Tuple struct {
	Rel        string
	Args       []string
	Confidence float64
}

// Extract returns the tuples of one analysed sentence of text.
func Extract(text string, s *nlp.Sentence) []Tuple {
	toks := s.Tokens
	n := len(toks)
	if n == 0 {
		return nil
	}
	kids := make([][]int, n)
	for i, t := range toks {
		if t.Head >= 0 && t.Head < n {
			kids[t.Head] = append(kids[t.Head], i)
		}
	}
	x := &extractor{text: text, toks: toks, kids: kids}
	var out []Tuple
	for i := range toks {
		if t, ok := x.tuple(i); ok {
			out = append(out, t)
		}
		if t, ok := x.apposition(i); ok {
			out = append(out, t)
		}
	}
	return out
}

type extractor struct {
	text string
	toks []nlp.Token
	kids [][]int
}

func (x *extractor) child(i int, rels ...string) int {
	for _, k := range x.kids[i] {
		for _, r := range rels {
			if x.toks[k].Rel == r {
				return k
			}
		}
	}
	return -1
}

// isPredicate reports whether token i heads a clause: a verb, or a word
// with a copula.
func (x *extractor) isPredicate(i int) (copula int, ok bool) {
	t := x.toks[i]
	if t.UPOS == "VERB" {
		return -1, true
	}
	if c := x.child(i, "cop"); c >= 0 {
		return c, true
	}
	return -1, false
}

// subject finds the subject of predicate i, following conjunctions and
// relative clauses.
func (x *extractor) subject(i int) (int, bool) {
	if s := x.child(i, "nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"); s >= 0 {
		w := strings.ToLower(x.toks[s].Text)
		if x.toks[i].Rel == "acl:relcl" && (w == "who" || w == "which" || w == "that") {
			return x.toks[i].Head, true
		}
		return s, true
	}
	t := x.toks[i]
	switch t.Rel {
	case "conj":
		if h := t.Head; h >= 0 {
			if _, ok := x.isPredicate(h); ok {
				return x.subject(h)
			}
		}
	case "acl:relcl", "acl":
		if t.Head >= 0 {
			return t.Head, true
		}
	case "xcomp":
		if h := t.Head; h >= 0 {
			if o := x.child(h, "obj"); o >= 0 {
				return o, true
			}
			return x.subject(h)
		}
	}
	return -1, false
}

func (x *extractor) tuple(i int) (Tuple, bool) {
	cop, ok := x.isPredicate(i)
	if !ok {
		return Tuple{}, false
	}
	subj, ok := x.subject(i)
	if !ok || subj == i {
		return Tuple{}, false
	}
	// The relation: auxiliaries, negation, the verb and its particle; for
	// a copula, the copula alone (the predicate becomes an argument).
	relIdx := []int{}
	for _, k := range x.kids[i] {
		switch x.toks[k].Rel {
		case "aux", "aux:pass":
			relIdx = append(relIdx, k)
		case "advmod":
			if l := strings.ToLower(x.toks[k].Text); l == "not" || l == "n't" || l == "never" {
				relIdx = append(relIdx, k)
			}
		case "compound:prt":
			if cop < 0 {
				relIdx = append(relIdx, k)
			}
		}
	}
	var args []int
	if cop >= 0 {
		relIdx = append(relIdx, cop)
		args = append(args, i)
	} else {
		relIdx = append(relIdx, i)
	}
	conf := 0.5
	var obj, rest []int
	for _, k := range x.kids[i] {
		switch x.toks[k].Rel {
		case "obj", "iobj":
			obj = append(obj, k)
			conf += 0.2
		case "obl", "obl:tmod", "obl:npmod", "obl:agent", "ccomp", "xcomp", "advcl", "advcl:relcl":
			rest = append(rest, k)
			conf += 0.05
		}
	}
	if cop >= 0 {
		conf += 0.15
	}
	args = append(args, obj...)
	args = append(args, rest...)
	// With no direct object, the preposition of the first oblique joins
	// the relation, as Open IE conventions have it ("served as", "met
	// with").
	skip := map[int]bool{i: true}
	if cop < 0 && len(obj) == 0 && len(rest) > 0 && (x.toks[rest[0]].Rel == "obl" || x.toks[rest[0]].Rel == "obl:agent") {
		if c := x.child(rest[0], "case"); c >= 0 && c < rest[0] {
			relIdx = append(relIdx, c)
			skip[c] = true
		}
	}
	rel := x.words(relIdx)
	if rel == "" {
		return Tuple{}, false
	}
	t := Tuple{Rel: rel, Confidence: min(conf, 0.95)}
	t.Args = append(t.Args, x.phrase(subj, skip))
	for _, a := range args {
		if a == i {
			// The copular predicate: its subtree without the subject,
			// copula and relation words.
			ex := map[int]bool{subj: true, cop: true}
			for _, r := range relIdx {
				ex[r] = true
			}
			t.Args = append(t.Args, x.phrase(i, ex))
			continue
		}
		t.Args = append(t.Args, x.phrase(a, skip))
	}
	for _, a := range t.Args {
		if a == "" {
			return Tuple{}, false
		}
	}
	if len(t.Args) < 2 {
		t.Confidence *= 0.6
	}
	// Long arguments are more often wrongly bounded.
	words := 0
	for _, a := range t.Args {
		words += strings.Count(a, " ") + 1
	}
	t.Confidence *= 1 / (1 + float64(words)/40)
	return t, true
}

// words joins the given tokens in sentence order.
func (x *extractor) words(idx []int) string {
	sort.Ints(idx)
	var ws []string
	for _, k := range idx {
		ws = append(ws, x.toks[k].Text)
	}
	return strings.Join(ws, " ")
}

// phrase returns the text of the subtree of i without the tokens in ex
// (and their subtrees): the contiguous run of it around i, trimmed of
// punctuation.
func (x *extractor) phrase(i int, ex map[int]bool) string {
	var idx []int
	var walk func(k int)
	walk = func(k int) {
		if ex[k] && k != i {
			return
		}
		idx = append(idx, k)
		for _, c := range x.kids[k] {
			if ex[c] {
				continue
			}
			if x.toks[c].Rel == "punct" && (c == first(x.kids[k]) || c == last(x.kids[k])) {
				continue
			}
			walk(c)
		}
	}
	walk(i)
	sort.Ints(idx)
	// Keep the contiguous run around i.
	lo, hi := 0, len(idx)-1
	for p, k := range idx {
		if k == i {
			lo, hi = p, p
		}
	}
	for lo > 0 && idx[lo-1] == idx[lo]-1 {
		lo--
	}
	for hi < len(idx)-1 && idx[hi+1] == idx[hi]+1 {
		hi++
	}
	idx = idx[lo : hi+1]
	for len(idx) > 0 && x.toks[idx[len(idx)-1]].UPOS == "PUNCT" {
		idx = idx[:len(idx)-1]
	}
	for len(idx) > 0 && x.toks[idx[0]].UPOS == "PUNCT" {
		idx = idx[1:]
	}
	if len(idx) == 0 {
		return ""
	}
	return strings.TrimSpace(x.text[x.toks[idx[0]].Start:x.toks[idx[len(idx)-1]].End])
}

func first(s []int) int {
	if len(s) == 0 {
		return -1
	}
	return s[0]
}

func last(s []int) int {
	if len(s) == 0 {
		return -1
	}
	return s[len(s)-1]
}

// apposition turns "X, the mayor of Y," into (X, is, the mayor of Y).
func (x *extractor) apposition(i int) (Tuple, bool) {
	t := x.toks[i]
	if t.Rel != "appos" || t.Head < 0 {
		return Tuple{}, false
	}
	h := t.Head
	subj := x.phrase(h, map[int]bool{i: true})
	pred := x.phrase(i, nil)
	if subj == "" || pred == "" {
		return Tuple{}, false
	}
	return Tuple{Rel: "is", Args: []string{subj, pred}, Confidence: 0.45}, true
}
