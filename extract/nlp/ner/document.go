package ner

import (
	"github.com/newsgraph/newsgraph/extract/nlp"
)

// maxDocNameWords bounds the length of the names that the document pass
// looks for again in other sentences.
const maxDocNameWords = 6

// docOcc is one occurrence of a name in a document: a mention of the
// sentence-level pass, or a further occurrence of its words that the
// document pass found.
type docOcc struct {
	sent, start, end int
	group            int
	added            bool // found by the document pass, not a mention yet
}

// docScratch is the working space of RecognizeDocument, kept in the
// pooled scratch between documents.
type docScratch struct {
	off     []int
	occs    []docOcc
	groups  map[uint64]int // span key → index into sums
	sums    [][typeClasses]float64
	names   []groupName // per group, its length and last word
	typeOf  []int
	changed []bool
}

// RecognizeDocument is Recognize for all the sentences of one document,
// words[i], upos[i] and xpos[i] being sentence i's words and tags (upos
// and xpos, or their elements, may be nil or short). It returns the
// mentions of each sentence.
//
// After each sentence is recognized on its own, the occurrences of one
// name share their evidence. Further occurrences of the words of a
// person, organization or place mention are looked up in the whole
// document: capitalised, name-like (a proper noun, or capitalised away
// from the start of the sentence), covered by no mention and not part of
// a longer name ("Athens" where the sequence model missed it). Then the
// span typer's class scores of all occurrences of the same words are
// summed, and the class with the highest sum types every occurrence
// ("Coron" as a town throughout an article, although a few sentences on
// their own suggest a person). Found occurrences are kept unless the sum
// says the words name something else; mentions keep their sentence-level
// type then.
func (m *Model) RecognizeDocument(words, upos, xpos [][]string) [][]nlp.Mention {
	out := make([][]nlp.Mention, len(words))
	s := m.getScratch(0)
	defer m.pool.Put(s)
	off := growSlice(s.doc.off, len(words)+1)
	s.doc.off = off
	off[0] = 0
	for i, ws := range words {
		off[i+1] = off[i] + len(ws)
	}
	if off[len(words)] == 0 {
		return out
	}
	info := growSlice(s.info, off[len(words)])
	s.info = info
	tagsOf := func(tags [][]string, i int) []string {
		if i < len(tags) {
			return tags[i]
		}
		return nil
	}
	for i, ws := range words {
		n := len(ws)
		if n == 0 {
			continue
		}
		u, x := tagsOf(upos, i), tagsOf(xpos, i)
		in := info[off[i]:off[i+1]:off[i+1]]
		m.fillInfoCached(ws, u, x, in, s.words)
		if cap(s.labels) < n {
			s.labels = make([]int, n+16)
		}
		s.labels = s.labels[:n]
		m.decodeInfo(in, s)
		ms := spans(s.labels, s.spans[:0])
		s.spans = ms[:0]
		retype := func(ms []nlp.Mention) []nlp.Mention { return m.retype(in, ws, ms, &s.sfeats) }
		out[i] = applyRulesWith(ws, u, x, in, ms, retype)
	}
	if m.typer != nil {
		m.shareEvidence(words, info, off, out, s)
	}
	return out
}

// spanKey hashes the exact words of a span.
func spanKey(info []tokenInfo) uint64 {
	k := uint64(fnvOffset)
	for i := range info {
		k = mix(k, info[i].form, uint64(i))
	}
	return k
}

// shareEvidence is the document pass of RecognizeDocument over the
// sentence-level mentions out of the sentences words, whose token infos
// are info[off[i]:off[i+1]].
func (m *Model) shareEvidence(words [][]string, info []tokenInfo, off []int, out [][]nlp.Mention, s *scratch) {
	d := &s.doc
	feats := &s.sfeats
	occs := d.occs[:0]
	if d.groups == nil {
		d.groups = map[uint64]int{}
	}
	groups := d.groups
	clear(groups)
	sums := d.sums[:0]
	names := d.names[:0]
	defer func() { d.occs, d.sums, d.names = occs, sums, names }()
	add := func(sent, st, en int, added bool) {
		in := info[off[sent]:off[sent+1]]
		key := spanKey(in[st:en])
		g, ok := groups[key]
		if !ok {
			if added {
				return
			}
			g = len(sums)
			groups[key] = g
			sums = append(sums, [typeClasses]float64{})
			names = append(names, groupName{words: en - st, sent: sent, end: en})
		}
		sc := m.typer.scores(in, words[sent], st, en, 0, feats)
		for c := range sc {
			sums[g][c] += float64(sc[c])
		}
		occs = append(occs, docOcc{sent: sent, start: st, end: en, group: g, added: added})
	}
	maxLen := 0
	for i, ms := range out {
		for _, mt := range ms {
			if typeIndex(mt.Type) >= 0 {
				add(i, mt.Start, mt.End, false)
				maxLen = max(maxLen, mt.End-mt.Start)
			}
		}
	}
	if len(occs) == 0 {
		return
	}
	// Further occurrences, longest first.
	maxLen = min(maxLen, maxDocNameWords)
	for i, ms := range out {
		in := info[off[i]:off[i+1]]
		n := len(in)
		for j := 0; j < n; j++ {
			if in[j].capc == 0 || in[j].run == 0 || covers(ms, j) {
				continue
			}
			if j == 0 && in[j].lex&3 == 1 {
				continue // usually lower case, capitalised as the first word
			}
			for l := min(maxLen, n-j); l >= 1; l-- {
				if _, ok := groups[spanKey(in[j:j+l])]; !ok {
					continue
				}
				if in[j+l-1].capc == 0 || overlapsAny(ms, j, j+l) {
					continue
				}
				if j > 0 && in[j-1].run != 0 && !in[j-1].title || j+l < n && in[j+l].run != 0 {
					continue // part of a longer name
				}
				if j > 0 && stormWords[words[i][j-1]] {
					continue // "Hurricane Humberto": see applyRulesWith
				}
				add(i, j, j+l, true)
				j += l - 1
				break
			}
		}
	}
	// A name that ends a longer person's name of the document shares
	// that name's evidence: "Netanyahu" of "Benjamin Netanyahu", however
	// a sentence alone suggests ("Blinken, Netanyahu …" a place).
	for h := range sums {
		nh := names[h]
		if nh.words < 2 || argmax(sums[h]) != 0 {
			continue
		}
		in := info[off[nh.sent]:off[nh.sent+1]]
		for n := 1; n < nh.words; n++ {
			g, ok := groups[spanKey(in[nh.end-n:nh.end])]
			if !ok || names[g].words != n {
				continue
			}
			for c := range sums[g] {
				sums[g][c] += sums[h][c]
			}
		}
	}
	typeOf := growSlice(d.typeOf, len(sums))
	d.typeOf = typeOf
	for g, sum := range sums {
		best := 0
		for c := range sum {
			if sum[c] > sum[best] {
				best = c
			}
		}
		typeOf[g] = best
	}
	changed := growSlice(d.changed, len(out))
	d.changed = changed
	clear(changed)
	for _, o := range occs {
		t := typeOf[o.group]
		if o.added {
			if t != typeOther {
				out[o.sent] = append(out[o.sent], nlp.Mention{Start: o.start, End: o.end, Type: typerTypes[t]})
				changed[o.sent] = true
			}
			continue
		}
		if t == typeOther {
			continue
		}
		ms := out[o.sent]
		for x := range ms {
			if ms[x].Start == o.start && ms[x].End == o.end {
				ms[x].Type = typerTypes[t]
				break
			}
		}
	}
	for i, ch := range changed {
		if ch {
			sortMentions(out[i])
		}
	}
}

// groupName describes the words of a group of the document pass.
type groupName struct {
	words int
	// sent and end locate the first occurrence: words end-words to end
	// of sentence sent.
	sent, end int
}

// growSlice returns s resliced to n elements, or a new slice when s has
// less capacity; the elements' values are left as they were.
func growSlice[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// covers reports whether one of ms covers token i.
func covers(ms []nlp.Mention, i int) bool {
	for _, mt := range ms {
		if mt.Start <= i && i < mt.End {
			return true
		}
	}
	return false
}

// argmax returns the class with the highest score.
func argmax(sc [typeClasses]float64) int {
	best := 0
	for c := range sc {
		if sc[c] > sc[best] {
			best = c
		}
	}
	return best
}
