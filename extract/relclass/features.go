package relclass

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp"
)

// Features are 64-bit hashes of a template number and its values; a
// feature's weights are the numClasses weights at slot hash & mask.

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func mix(h, x uint64) uint64 {
	h ^= x + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// Feature templates. Retired templates keep their number, so that the
// hashes of a saved model stay the same.
const (
	_ uint64 = iota
	tBias
	tTypes
	tPath
	tPathRels
	tPathWord
	tPathLen
	tBetween
	tBetweenWord
	tBetweenBigram
	tDist
	tMentsBetween
	tOutside
	tHeadWord
	tGovernor
	tCase
	tCaseGov
	tNoPath
	tLastWord
	tShape
)

// maxPath is the longest dependency path written out whole; maxBetween
// the most words between the mentions read one by one.
const (
	maxPath    = 6
	maxBetween = 12
)

// A scratch holds what the features read of a sentence, computed once for
// all its pairs, and buffers reused from sentence to sentence.
type scratch struct {
	s *nlp.Sentence
	// word[i] is the hash of token i's lemma in lower case, of "<p>" for
	// a proper noun, of "<n>" for a number; text[i] that of its text in
	// lower case; cases[i] that of the first case marker of token i
	// ("of", "in", "'s"), of "" when none.
	word, text, cases []uint64
	// ancA and ancB are buffers of ancestors; heads the mentions' heads;
	// feats a pair's features.
	ancA, ancB, heads []int
	feats             []uint64
}

var (
	hashProper = hashString("<p>")
	hashNumber = hashString("<n>")
	hashNone   = hashString("")
)

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// newScratch returns a scratch for s from the pool; put it back with
// release.
func newScratch(s *nlp.Sentence) *scratch {
	n := len(s.Tokens)
	sc := scratchPool.Get().(*scratch)
	sc.s = s
	grow := func(v []uint64) []uint64 {
		if cap(v) < n {
			return make([]uint64, n)
		}
		return v[:n]
	}
	sc.word, sc.text, sc.cases = grow(sc.word), grow(sc.text), grow(sc.cases)
	for i := range s.Tokens {
		t := &s.Tokens[i]
		sc.text[i] = hashLower(t.Text)
		sc.cases[i] = hashNone
		switch {
		case t.UPOS == "PROPN":
			sc.word[i] = hashProper
		case t.UPOS == "NUM":
			sc.word[i] = hashNumber
		default:
			l := t.Lemma
			if l == "" || l == "_" {
				l = t.Text
			}
			sc.word[i] = hashLower(l)
		}
	}
	for c := range s.Tokens {
		if r := s.Tokens[c].Rel; r == "case" || r == "mark" {
			if h := sc.head(c); h >= 0 && sc.cases[h] == hashNone {
				sc.cases[h] = sc.text[c]
			}
		}
	}
	return sc
}

// release puts sc back into the pool.
func (sc *scratch) release() {
	sc.s = nil
	scratchPool.Put(sc)
}

// hashLower returns hashString(strings.ToLower(w)), without allocating for
// ASCII words.
func hashLower(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return hashString(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// head returns token i's head, or -1 when it has none in range.
func (sc *scratch) head(i int) int {
	h := sc.s.Tokens[i].Head
	if h < 0 || h >= len(sc.s.Tokens) || h == i {
		return -1
	}
	return h
}

// spanHead returns the syntactic head of tokens [a, b): the first whose
// head lies outside the span, else the last token.
func (sc *scratch) spanHead(a, b int) int {
	for k := a; k < b; k++ {
		if h := sc.head(k); h >= 0 && (h < a || h >= b) {
			return k
		}
	}
	return b - 1
}

// mentionHeads returns the head token of each mention, -1 for a mention
// that is empty or outside the sentence.
func (sc *scratch) mentionHeads(ments []Mention) []int {
	sc.heads = sc.heads[:0]
	for _, mt := range ments {
		h := -1
		if mt.Start >= 0 && mt.End <= len(sc.s.Tokens) && mt.Start < mt.End {
			h = sc.spanHead(mt.Start, mt.End)
		}
		sc.heads = append(sc.heads, h)
	}
	return sc.heads
}

// ancestors appends token i and its heads up to the root to buf, stopping
// at a cycle.
func (sc *scratch) ancestors(buf []int, i int) []int {
	buf = append(buf[:0], i)
	for k := sc.head(i); k >= 0 && len(buf) <= len(sc.s.Tokens); k = sc.head(k) {
		for _, b := range buf {
			if b == k {
				return buf
			}
		}
		buf = append(buf, k)
	}
	return buf
}

// typeName is the coarse class of an entity type the features use.
func typeName(t newsgraph.EntityType) string {
	switch t {
	case newsgraph.Person:
		return "PER"
	case newsgraph.Organization:
		return "ORG"
	case newsgraph.Place:
		return "LOC"
	}
	return "MISC"
}

func bucket(n int) uint64 {
	switch {
	case n <= 4:
		return uint64(n)
	case n <= 7:
		return 5
	case n <= 12:
		return 6
	case n <= 20:
		return 7
	}
	return 8
}

// pairFeatures appends the features of the pair subject ments[i], object
// ments[j] to fs, and returns them with the length of the dependency path
// between the mentions' heads (-1 when they are not connected).
func (sc *scratch) pairFeatures(fs []uint64, ments []Mention, heads []int, i, j int) ([]uint64, int) {
	s := sc.s
	si, oi := ments[i], ments[j]
	hs, ho := heads[i], heads[j]
	ts, to := hashString(typeName(si.Type)), hashString(typeName(oi.Type))
	fwd := uint64(0)
	first, second := si, oi
	if si.Start < oi.Start {
		fwd = 1
	} else {
		first, second = oi, si
	}
	tp := mix(mix(ts, to), fwd)
	fs = append(fs, mix(tBias, 0), mix(tTypes, tp))

	// the dependency path from the subject's head to the object's
	sc.ancA = sc.ancestors(sc.ancA, hs)
	sc.ancB = sc.ancestors(sc.ancB, ho)
	ia, ib := -1, -1
	for x, a := range sc.ancA {
		for y, b := range sc.ancB {
			if a == b {
				ia, ib = x, y
				break
			}
		}
		if ia >= 0 {
			break
		}
	}
	path := -1
	if ia < 0 {
		fs = append(fs, mix(tNoPath, tp))
	} else {
		n := ia + ib
		path = n
		full, rels := uint64(tPath), uint64(tPathRels)
		lca := sc.ancA[ia]
		for _, k := range sc.ancA[:ia] {
			r := hashString(s.Tokens[k].Rel)
			full, rels = mix(mix(full, r), 1), mix(mix(rels, r), 1)
			if k != hs {
				fs = append(fs, mix(mix(mix(tPathWord, sc.word[k]), 1), tp))
			}
		}
		if lca != hs && lca != ho {
			full = mix(full, sc.word[lca])
			fs = append(fs, mix(mix(mix(tPathWord, sc.word[lca]), 2), tp))
		}
		for y := ib - 1; y >= 0; y-- {
			k := sc.ancB[y]
			r := hashString(s.Tokens[k].Rel)
			full, rels = mix(mix(full, r), 3), mix(mix(rels, r), 3)
			if k != ho {
				fs = append(fs, mix(mix(mix(tPathWord, sc.word[k]), 3), tp))
			}
		}
		if n <= maxPath {
			fs = append(fs, full, mix(rels, tp))
		}
		fs = append(fs, mix(mix(tPathLen, bucket(n)), tp))
	}

	// the words between the two mentions
	gap := second.Start - first.End
	if gap <= maxBetween {
		all := uint64(tBetween)
		prev := hashString("<s>")
		for k := first.End; k < second.Start; k++ {
			w := sc.word[k]
			all = mix(all, w)
			fs = append(fs, mix(mix(tBetweenWord, w), fwd), mix(mix(mix(tBetweenBigram, prev), w), fwd))
			prev = w
		}
		fs = append(fs, mix(mix(mix(tBetweenBigram, prev), hashString("</s>")), fwd))
		if gap <= 5 {
			fs = append(fs, mix(all, tp))
		}
	}
	fs = append(fs, mix(mix(tDist, bucket(gap)), tp))
	// the shape of what lies between: commas, verbs, conjunctions,
	// brackets
	var commas, verbs, ccs, brackets uint64
	for k := first.End; k < second.Start; k++ {
		switch t := &s.Tokens[k]; {
		case t.Text == ",":
			commas++
		case t.UPOS == "VERB":
			verbs++
		case t.UPOS == "CCONJ":
			ccs++
		case t.Text == "(" || t.Text == ")":
			brackets++
		}
	}
	fs = append(fs, mix(mix(mix(mix(mix(tShape, min(commas, 3)), min(verbs, 2)), min(ccs, 1)), min(brackets, 1)), tp))
	nb := 0
	for _, m := range ments {
		if m.Start >= first.End && m.End <= second.Start {
			nb++
		}
	}
	fs = append(fs, mix(mix(tMentsBetween, uint64(min(nb, 3))), tp))
	before, after := hashString("<s>"), hashString("</s>")
	if first.Start > 0 {
		before = sc.word[first.Start-1]
	}
	if second.End < len(s.Tokens) {
		after = sc.word[second.End]
	}
	fs = append(fs, mix(mix(mix(tOutside, before), 0), fwd), mix(mix(mix(tOutside, after), 1), fwd))

	// each mention's own head word, last word, governor and case marker
	for role, x := range [2]struct {
		m Mention
		h int
		t uint64
	}{{si, hs, ts}, {oi, ho, to}} {
		r := uint64(role)
		fs = append(fs, mix(mix(mix(tHeadWord, sc.text[x.h]), r), x.t))
		fs = append(fs, mix(mix(mix(tLastWord, sc.text[x.m.End-1]), r), x.t))
		g, gw := sc.head(x.h), hashString("<root>")
		if g >= 0 {
			gw = sc.word[g]
		}
		rel := hashString(s.Tokens[x.h].Rel)
		fs = append(fs, mix(mix(mix(mix(tGovernor, rel), gw), r), tp))
		cs := sc.cases[x.h]
		fs = append(fs, mix(mix(mix(tCase, cs), r), tp), mix(mix(mix(mix(tCaseGov, cs), gw), r), tp))
	}
	return fs, path
}

// pathLen returns the number of dependency arcs between the head words of
// two mentions, or a number above any sentence's length when the parse
// does not connect them.
func (sc *scratch) pathLen(a, b Mention) int {
	sc.ancA = sc.ancestors(sc.ancA, sc.spanHead(a.Start, a.End))
	sc.ancB = sc.ancestors(sc.ancB, sc.spanHead(b.Start, b.End))
	for x, u := range sc.ancA {
		for y, v := range sc.ancB {
			if u == v {
				return x + y
			}
		}
	}
	return len(sc.s.Tokens) + 1
}
