// Package tagger assigns parts of speech to the words of English sentences,
// both the Universal Dependencies tag (UPOS: NOUN, PROPN, VERB, …) and the
// Penn Treebank tag (XPOS: NN, NNP, VBD, …), and finds their lemmas.
//
// The tagger is a greedy left-to-right averaged perceptron over a joint
// UPOS+XPOS tag set, with hashed features of the word, its affixes and
// shape, the neighbouring words, the two previous predicted tags, the tags
// each word was seen with in training (its ambiguity class) and word
// clusters learned from raw text. Frequent unambiguous words are tagged
// from a dictionary. The lemmatizer looks words up in a table learned from
// the training treebank and falls back to suffix rules learned per tag.
//
// Models are trained from CoNLL-U treebanks (Train), stored in a compact
// gzip-compressed binary format (Save, Load), and one trained on UD English
// EWT and GUM is embedded in the package (Default).
package tagger

import (
	"math"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/extract/nlp/internal/bigmem"
)

// A class is one joint tag.
type class struct {
	upos, xpos string
}

// A Model is a trained tagger and lemmatizer. It is immutable and safe for
// concurrent use.
type Model struct {
	classes     []class
	classIndex  map[class]int
	useClusters bool

	// Feature weights. A feature hash h (40 bits) is looked up in table
	// from slot home(h) on; a slot holds the fingerprint of h (never 0
	// for a used slot) and the feature's run (see run): one entry per
	// class with a nonzero weight, packed as weight<<8 | class, four to
	// an element of quads, the last one padded with zero entries (which
	// add 0 to class 0), so that runs are added up four at a time.
	table  []slot
	mask   uint64
	shift  uint // 40 - log2(len(table))
	quads  [][4]uint32
	bias   []int32  // weights of the bias feature, by class
	keys   []uint64 // feature hashes in increasing order (for Save)
	counts []uint8  // counts[i] is the run length of keys[i] (for Save)
	nfeat  int
	nw     int     // number of weights
	qscale float32 // weight = quantised weight × qscale

	dictIx   keyIndex // exact form hash → dictCls, for unambiguous words
	dictCls  []uint8
	lexIx    keyIndex // lower-case form hash → ambiguity class, cluster
	lexAmb   []uint64
	lexClus  []uint32
	lexFlags []uint8 // lexSeen…

	lem lemmatizer

	// Frequent words, whose role features are summed in advance: row
	// v*numRoles+r of static (nchunk wide, see pack) holds the weights of
	// vocab word v-2 in role r; rows of v 0 and 1 are the padding before
	// and after the sentence.
	vocab   []string
	vocabIx keyIndex // exact form hash → position in vocab
	// vocabInfo caches the properties of the vocabulary words.
	vocabInfo []wordInfo
	// vocabLemmas[i] holds what the lemmas of vocab[i] need.
	vocabLemmas []vocabLemma
	// tagBuckets[tagBucket(upos, xpos)] lists the classes that may have
	// those tags (see classOf); classes with an empty tag are left out.
	tagBuckets *[256][]uint8
	static     []chunk
	// staticReady[v*numRoles+r] tells whether that row of static is
	// filled in; staticMu serialises filling them.
	staticReady []atomic.Bool
	staticMu    sync.Mutex
	// tagSums holds the summed weights of the bias and the tag features
	// (tagFeatures) for each pair of previous classes, packed like
	// static: row (p1+1)*(nClasses+1)+p2+1. The classes past the last
	// get padScore, so that they never win.
	tagSums []chunk
	nchunk  int // (nClasses+7)/8, the width of the packed rows

	pool sync.Pool // of *scratch
}

// Flags of a lexicon entry.
const (
	lexSeen      = 1 << iota // the word occurred in training
	lexSeenLower             // written in lower case, not sentence-initially
	lexSeenCap               // capitalised, not sentence-initially
)

// slot is one entry of the open-addressing feature table.
type slot struct {
	fp  uint32
	run uint32 // index of the first quad << 8 | number of entries
}

// maxQuads bounds len(Model.quads), so that slot.run can hold a quad
// index.
const maxQuads = 1 << 24

// fingerprint is what a slot keeps of a feature hash: its low 32 bits,
// never 0. The slot position comes from the high bits (home), so that
// the two together pin down the 40-bit hash.
func fingerprint(h uint64) uint32 { return uint32(h) | 1 }

// home returns the first slot to probe for feature hash h. It uses the
// high bits, so that inserting features in key order fills the table
// front to back.
func (m *Model) home(h uint64) uint64 { return h >> m.shift }

// run returns the quads of a run returned by find, and how many of their
// entries belong to the feature; the others are zero padding.
func (m *Model) run(p int) ([][4]uint32, int) {
	q, n := p>>8, p&0xff
	return m.quads[q : q+(n+3)/4], n
}

// scratch is the per-call working memory of Tag.
type scratch struct {
	infos []wordInfo
	// The score of class k is half k%2 of dense[k/8][k/2%4] (see
	// chunk) plus sparse[k].
	dense  [32]chunk
	sparse [256]int32
	feats  [maxFeatures]uint64
	runs   []uint32
}

// Dense rows of weights (Model.static, Model.tagSums) are packed two
// classes to an int64, four int64 to a chunk: classes 8j+2h and 8j+2h+1
// are lo + hi<<32 in element h of chunk j. Packing is linear, so adding
// packed rows adds both halves at once, and as every sum of weights fits
// in an int32 (they are int16 weights of fewer than 100 features), unpack
// recovers both sums exactly. A row of 107 classes takes 14 chunks, 7
// cache lines.
type chunk [4]int64

// padScore is the score of the classes of the last chunk past the last
// class: far below any sum of weights.
const padScore = -1 << 30

// pack writes the packed form of row to dst, which must hold
// (len(row)+7)/8 chunks; the classes past the end of row get pad.
func pack(dst []chunk, row []int32, pad int32) {
	for j := range dst {
		for h := range dst[j] {
			k := 8*j + 2*h
			lo, hi := pad, pad
			if k+1 < len(row) {
				lo, hi = row[k], row[k+1]
			} else if k < len(row) {
				lo = row[k]
			}
			dst[j][h] = int64(lo) + int64(hi)<<32
		}
	}
}

// unpack returns the two int32 halves of a packed element.
func unpack(x int64) (lo, hi int32) {
	lo = int32(x)
	return lo, int32((x - int64(lo)) >> 32)
}

func (m *Model) getScratch(n int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{runs: make([]uint32, 0, maxFeatures)}
	}
	if cap(s.infos) < n+4 {
		s.infos = make([]wordInfo, n+4, 2*n+8)
	}
	s.infos = s.infos[:n+4]
	return s
}

// find returns the run of feature h (see run), or -1 when the model has
// no such feature.
func (m *Model) find(h uint64) int {
	fp := fingerprint(h)
	i := m.home(h)
	for {
		s := m.table[i]
		if s.fp == fp {
			return int(s.run)
		}
		if s.fp == 0 {
			return -1
		}
		i = (i + 1) & m.mask
	}
}

// Tag assigns a UPOS and an XPOS tag to each word: upos[i] and xpos[i] are
// set for i < len(words). upos and xpos must be at least as long as words
// (Tag panics otherwise). Words are tagged independently of earlier calls,
// and may be any strings (empty, invalid UTF-8). The tag strings are
// shared constants of the model; Tag does not allocate once warmed up,
// and is safe for concurrent use.
func (m *Model) Tag(words []string, upos, xpos []string) {
	if len(words) == 0 {
		return
	}
	_ = upos[len(words)-1]
	_ = xpos[len(words)-1]
	s := m.getScratch(len(words))
	infos := s.infos
	infos[0], infos[1] = padStart, padStart
	infos[len(words)+2], infos[len(words)+3] = padEnd, padEnd
	for i, w := range words {
		m.fillInfo(w, &infos[i+2])
	}
	p1, p2 := -1, -1
	for i := range words {
		c := m.predict(s, i+2, p1, p2)
		upos[i] = m.classes[c].upos
		xpos[i] = m.classes[c].xpos
		p2, p1 = p1, c
	}
	m.pool.Put(s)
	for i := 1; i+1 < len(words); i++ {
		if words[i-1] == "(" && words[i+1] == ")" && bracketedAcronym(words[i]) {
			switch upos[i] {
			case "PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "ADV":
				upos[i], xpos[i] = "PROPN", "NNP" // "the World Health Organization (WHO)": a name's acronym, not "who"
			}
		}
	}
}

// bracketedAcronym reports whether w is written in capitals only, two to
// six letters: in brackets after a name, the name's acronym even when it
// spells a function word ("WHO", "IT", "US").
func bracketedAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// predict returns the class of position i of s.infos.
func (m *Model) predict(s *scratch, i, p1, p2 int) int {
	if f := s.infos[i].fixed; f >= 0 {
		return int(f)
	}
	m.score(s, i, p1, p2)
	return argmax(s.dense[:m.nchunk], &s.sparse)
}

// score leaves the scores of position i of s.infos in s.dense and
// s.sparse.
func (m *Model) score(s *scratch, i, p1, p2 int) {
	nc, nk := len(m.classes), m.nchunk
	dense := s.dense[:nk]
	// The bias and the tag features come summed for the previous tags.
	row := ((p1+1)*(nc+1) + p2 + 1) * nk
	copy(dense, m.tagSums[row:row+nk])
	// Role features of frequent words come summed; the others are
	// looked up with the context features.
	n := 0
	for r := range numRoles {
		wi := &s.infos[i+roleOffset[r]]
		if wi.static < 0 {
			n = roleFeatures(r, wi, &s.feats, n, m.useClusters)
			continue
		}
		k := int(wi.static)*numRoles + r
		if !m.staticReady[k].Load() {
			m.fillStatic(k)
		}
		add := m.static[k*nk : k*nk+nk]
		d := dense[:len(add)]
		for j := range d {
			a, b := &d[j], &add[j]
			a[0] += b[0]
			a[1] += b[1]
			a[2] += b[2]
			a[3] += b[3]
		}
	}
	n = contextFeatures(s.infos, i, p1, &s.feats, n, m.useClusters)
	// Find all runs first, so that the memory accesses of the lookups
	// overlap, then add them up.
	runs := s.runs[:0]
	for _, h := range s.feats[:n] {
		if p := m.find(h); p >= 0 {
			runs = append(runs, uint32(p))
		}
	}
	sparse := &s.sparse
	clear(sparse[:8*nk])
	addRuns(sparse, m.quads, runs)
}

// addRuns adds the weights of runs (values of find) to scores.
func addRuns(scores *[256]int32, quads [][4]uint32, runs []uint32) {
	for _, p := range runs {
		qs := quads[p>>8 : p>>8+(p&0xff+3)/4]
		for i := range qs {
			q := &qs[i]
			scores[q[0]&0xff] += int32(q[0]) >> 8
			scores[q[1]&0xff] += int32(q[1]) >> 8
			scores[q[2]&0xff] += int32(q[2]) >> 8
			scores[q[3]&0xff] += int32(q[3]) >> 8
		}
	}
}

// argmax returns the first class with the highest score.
func argmax(dense []chunk, sparse *[256]int32) int {
	best, bv := 0, int32(math.MinInt32)
	for j := range dense {
		c, k := &dense[j], 8*j
		best, bv = pick(c[0], sparse, k, best, bv)
		best, bv = pick(c[1], sparse, k+2, best, bv)
		best, bv = pick(c[2], sparse, k+4, best, bv)
		best, bv = pick(c[3], sparse, k+6, best, bv)
	}
	return best
}

// pick returns the first class with the highest score among best (whose
// score is bv) and classes k and k+1, with the packed dense scores x.
func pick(x int64, sparse *[256]int32, k, best int, bv int32) (int, int32) {
	lo, hi := unpack(x)
	if a := lo + sparse[k&0xff]; a > bv {
		best, bv = k, a
	}
	if b := hi + sparse[(k+1)&0xff]; b > bv {
		best, bv = k+1, b
	}
	return best, bv
}

// scores returns the scores of the nc classes left by score in s.
func (s *scratch) scores(nc int) [256]int32 {
	var out [256]int32
	for k := range nc {
		lo, hi := unpack(s.dense[k/8][k/2%4])
		if k%2 == 1 {
			lo = hi
		}
		out[k] = s.sparse[k] + lo
	}
	return out
}

// fillStatic computes row k of static: vocabulary entry k/numRoles (0 and
// 1 are the padding) in role k%numRoles. Rows of words are computed on
// first use, so that loading stays fast and the rows a word never needs
// (such as the own row of a word from the tag dictionary) cost nothing;
// they are written once, under staticMu, and published by staticReady.
func (m *Model) fillStatic(k int) {
	m.staticMu.Lock()
	defer m.staticMu.Unlock()
	if m.staticReady[k].Load() {
		return
	}
	v, r := k/numRoles, k%numRoles
	var wi *wordInfo
	switch v {
	case 0:
		wi = &padStart
	case 1:
		wi = &padEnd
	default:
		wi = &m.vocabInfo[v-2]
	}
	var feats [maxFeatures]uint64
	var row [256]int32
	n := roleFeatures(r, wi, &feats, 0, m.useClusters)
	for _, h := range feats[:n] {
		if p := m.find(h); p >= 0 {
			m.addRun(&row, p)
		}
	}
	nk := m.nchunk
	pack(m.static[k*nk:(k+1)*nk], row[:len(m.classes)], 0)
	m.staticReady[k].Store(true)
}

// addRun adds the weights of run p (a value of find) to row.
func (m *Model) addRun(row *[256]int32, p int) {
	qs, _ := m.run(p)
	for i := range qs {
		q := &qs[i]
		row[q[0]&0xff] += int32(q[0]) >> 8
		row[q[1]&0xff] += int32(q[1]) >> 8
		row[q[2]&0xff] += int32(q[2]) >> 8
		row[q[3]&0xff] += int32(q[3]) >> 8
	}
}

// buildStatic sums the role features of the vocabulary words.
func (m *Model) buildStatic() {
	nc := len(m.classes)
	nk := (nc + 7) / 8
	m.nchunk = nk
	keys := make([]uint64, len(m.vocab))
	for i, w := range m.vocab {
		keys[i] = hashString(w)
	}
	m.vocabIx = newKeyIndex(keys)
	m.vocabInfo = nil
	m.static = bigmem.Table[chunk](m, (len(m.vocab)+2)*numRoles*nk)
	m.staticReady = make([]atomic.Bool, (len(m.vocab)+2)*numRoles)
	infos := make([]wordInfo, len(m.vocab))
	for i, w := range m.vocab {
		m.computeInfo(w, keys[i], &infos[i])
	}
	m.vocabInfo = infos
	m.tagBuckets = new([256][]uint8)
	for c, cl := range m.classes {
		if cl.upos != "" && cl.xpos != "" {
			b := tagBucket(cl.upos, cl.xpos)
			m.tagBuckets[b] = append(m.tagBuckets[b], uint8(c))
		}
	}
	m.lem.ruleSeeds = make([]uint64, nc)
	for c, cl := range m.classes {
		m.lem.ruleSeeds[c] = ruleSeed(cl.xpos)
	}
	// The words are kept in one string, next to each other.
	blob := strings.Join(m.vocab, "")
	m.vocabLemmas = make([]vocabLemma, len(m.vocab))
	for i, w := range m.vocab {
		v := &m.vocabLemmas[i]
		v.word, blob = blob[:len(w)], blob[len(w):]
		v.fixed = int(infos[i].fixed)
		v.lemmaHashes = newLemmaHashes(w)
		if v.fixed >= 0 && w != "" {
			cl := m.classes[v.fixed]
			v.lemma = m.lemma(w, keys[i], nil, cl.upos, cl.xpos, v.fixed, true)
		}
	}
	for k := range 2 * numRoles {
		m.fillStatic(k) // the padding
	}
	// The tag features: the bias with t1, and t2 alone, as packed rows;
	// then each pair, adding the pair feature to the packed sum (packing
	// is linear).
	t1 := make([]chunk, (nc+1)*nk)
	t2 := make([]chunk, (nc+1)*nk)
	for p := -1; p < nc; p++ {
		var r1, r2 [256]int32
		copy(r1[:], m.bias)
		if q := m.find(feat1(tPrevTag, uint64(p+2)) & keyMask); q >= 0 {
			m.addRun(&r1, q)
		}
		if q := m.find(feat1(tPrev2Tag, uint64(p+2)) & keyMask); q >= 0 {
			m.addRun(&r2, q)
		}
		pack(t1[(p+1)*nk:][:nk], r1[:nc], padScore)
		pack(t2[(p+1)*nk:][:nk], r2[:nc], 0)
	}
	m.tagSums = make([]chunk, (nc+1)*(nc+1)*nk)
	for p1 := -1; p1 < nc; p1++ {
		r1 := t1[(p1+1)*nk:][:nk]
		for p2 := -1; p2 < nc; p2++ {
			r2 := t2[(p2+1)*nk:][:nk]
			at := ((p1+1)*(nc+1) + p2 + 1) * nk
			row := m.tagSums[at : at+nk]
			for j := range row {
				for h := range row[j] {
					row[j][h] = r1[j][h] + r2[j][h]
				}
			}
			if q := m.find(feat2(tPrevTags, uint64(p1+2), uint64(p2+2)) & keyMask); q >= 0 {
				qs, n := m.run(q)
				for k := range n {
					e := qs[k/4][k%4]
					c := int(e & 0xff)
					row[c/8][c/2%4] += int64(int32(e)>>8) << (32 * (c % 2))
				}
			}
		}
	}
}

// Classes returns the joint tags the model predicts, as UPOS and XPOS
// pairs.
func (m *Model) Classes() (upos, xpos []string) {
	for _, c := range m.classes {
		upos = append(upos, c.upos)
		xpos = append(xpos, c.xpos)
	}
	return upos, xpos
}
