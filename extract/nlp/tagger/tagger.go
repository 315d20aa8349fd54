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
	// for a used slot) and the position in entries of the
	// feature's run: its length, then one entry per class with a nonzero
	// weight, packed as weight<<8 | class.
	table   []slot
	mask    uint64
	shift   uint // 40 - log2(len(table))
	entries []uint32
	bias    []int32  // weights of the bias feature, by class
	keys    []uint64 // feature hashes in increasing order (for Save)
	nfeat   int
	qscale  float32 // weight = quantised weight × qscale

	dictIx   keyIndex // exact form hash → dictCls, for unambiguous words
	dictCls  []uint8
	lexIx    keyIndex // lower-case form hash → ambiguity class, cluster
	lexAmb   []uint64
	lexClus  []uint32
	lexFlags []uint8 // lexSeen…

	lem lemmatizer

	// Frequent words, whose role features are summed in advance: row
	// v*numRoles+r of static (nClasses wide) holds the weights of vocab
	// word v-2 in role r; rows 0 and 1 are the padding before and after
	// the sentence.
	vocab   []string
	vocabIx keyIndex // exact form hash → position in vocab
	// vocabInfo caches the properties of the vocabulary words.
	vocabInfo []wordInfo
	static    []int32
	// staticReady[v] tells whether the rows of vocabulary entry v are
	// filled in; staticMu serialises filling them.
	staticReady []atomic.Bool
	staticMu    sync.Mutex
	// tagSums holds the summed weights of the bias and the tag features
	// (tagFeatures) for each pair of previous classes: row
	// (p1+1)*(nClasses+1)+p2+1.
	tagSums []int32

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
	fp    uint32
	start uint32
}

// fingerprint is what a slot keeps of a feature hash: its low 32 bits,
// never 0. The slot position comes from the high bits (home), so that
// the two together pin down the 40-bit hash.
func fingerprint(h uint64) uint32 { return uint32(h) | 1 }

// home returns the first slot to probe for feature hash h. It uses the
// high bits, so that inserting features in key order fills the table
// front to back.
func (m *Model) home(h uint64) uint64 { return h >> m.shift }

// scratch is the per-call working memory of Tag.
type scratch struct {
	infos  []wordInfo
	scores [256]int32
	feats  [maxFeatures]uint64
	runs   []int32
}

func (m *Model) getScratch(n int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{runs: make([]int32, 0, maxFeatures)}
	}
	if cap(s.infos) < n+4 {
		s.infos = make([]wordInfo, n+4, 2*n+8)
	}
	s.infos = s.infos[:n+4]
	return s
}

// find returns the position in m.entries of the run of feature h (its
// length, then its entries), or -1 when the model has no such feature.
func (m *Model) find(h uint64) int {
	fp := fingerprint(h)
	i := m.home(h)
	for {
		s := m.table[i]
		if s.fp == fp {
			return int(s.start)
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
}

// predict returns the class of position i of s.infos.
func (m *Model) predict(s *scratch, i, p1, p2 int) int {
	if f := s.infos[i].fixed; f >= 0 {
		return int(f)
	}
	scores := &s.scores
	nc := len(m.classes)
	// The bias and the tag features come summed for the previous tags.
	row := ((p1+1)*(nc+1) + p2 + 1) * nc
	copy(scores[:nc], m.tagSums[row:row+nc])
	// Role features of frequent words come summed; the others are
	// looked up with the context features.
	n := 0
	for r := range numRoles {
		wi := &s.infos[i+roleOffset[r]]
		if wi.static < 0 {
			n = roleFeatures(r, wi, &s.feats, n, m.useClusters)
			continue
		}
		if !m.staticReady[wi.static].Load() {
			m.fillStatic(int(wi.static))
		}
		row := (int(wi.static)*numRoles + r) * nc
		add := m.static[row : row+nc]
		sc := scores[:len(add)]
		for k := range sc {
			sc[k] += add[k]
		}
	}
	n = contextFeatures(s.infos, i, p1, &s.feats, n, m.useClusters)
	// Find all runs first, so that the memory accesses of the lookups
	// overlap, then add them up.
	runs := s.runs[:0]
	for _, h := range s.feats[:n] {
		if p := m.find(h); p >= 0 {
			runs = append(runs, int32(p))
		}
	}
	entries := m.entries
	for _, p32 := range runs {
		p := int(p32)
		cnt := int(entries[p])
		for _, e := range entries[p+1 : p+1+cnt] {
			scores[e&0xff] += int32(e) >> 8
		}
	}
	best := 0
	for k := 1; k < nc; k++ {
		if scores[k] > scores[best] {
			best = k
		}
	}
	return best
}

// fillStatic computes the static rows of vocabulary entry v (0 and 1 are
// the padding). Rows of words are computed on first use, so that loading
// stays fast; they are written once, under staticMu, and published by
// staticReady.
func (m *Model) fillStatic(v int) {
	m.staticMu.Lock()
	defer m.staticMu.Unlock()
	if m.staticReady[v].Load() {
		return
	}
	nc := len(m.classes)
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
	for r := range numRoles {
		row := m.static[(v*numRoles+r)*nc : (v*numRoles+r+1)*nc]
		n := roleFeatures(r, wi, &feats, 0, m.useClusters)
		for _, h := range feats[:n] {
			p := m.find(h)
			if p < 0 {
				continue
			}
			cnt := int(m.entries[p])
			for _, e := range m.entries[p+1 : p+1+cnt] {
				row[e&0xff] += int32(e) >> 8
			}
		}
	}
	m.staticReady[v].Store(true)
}

// buildStatic sums the role features of the vocabulary words.
func (m *Model) buildStatic() {
	nc := len(m.classes)
	keys := make([]uint64, len(m.vocab))
	for i, w := range m.vocab {
		keys[i] = hashString(w)
	}
	m.vocabIx = newKeyIndex(keys)
	m.vocabInfo = nil
	m.static = bigmem.Table[int32](m, (len(m.vocab)+2)*numRoles*nc)
	m.staticReady = make([]atomic.Bool, len(m.vocab)+2)
	infos := make([]wordInfo, len(m.vocab))
	for i, w := range m.vocab {
		m.computeInfo(w, keys[i], &infos[i])
	}
	m.vocabInfo = infos
	m.fillStatic(0)
	m.fillStatic(1)
	// The tag features: t1 and t2 alone as dense rows, then each pair.
	single := func(h uint64, row []int32) {
		if p := m.find(h & keyMask); p >= 0 {
			for _, e := range m.entries[p+1 : p+1+int(m.entries[p])] {
				row[e&0xff] += int32(e) >> 8
			}
		}
	}
	t1 := make([]int32, (nc+1)*nc)
	t2 := make([]int32, (nc+1)*nc)
	for p := -1; p < nc; p++ {
		single(feat1(tPrevTag, uint64(p+2)), t1[(p+1)*nc:][:nc])
		single(feat1(tPrev2Tag, uint64(p+2)), t2[(p+1)*nc:][:nc])
	}
	m.tagSums = make([]int32, (nc+1)*(nc+1)*nc)
	for p1 := -1; p1 < nc; p1++ {
		r1 := t1[(p1+1)*nc:][:nc]
		for p2 := -1; p2 < nc; p2++ {
			row := m.tagSums[((p1+1)*(nc+1)+p2+1)*nc:][:nc]
			r2 := t2[(p2+1)*nc:][:nc]
			for k := range row {
				row[k] = m.bias[k] + r1[k] + r2[k]
			}
			single(feat2(tPrevTags, uint64(p1+2), uint64(p2+2)), row)
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
