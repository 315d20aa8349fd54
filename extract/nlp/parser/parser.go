// Package parser is newsgraph's dependency parser: a transition-based
// parser (arc-hybrid) with beam search, producing Universal Dependencies
// basic relations with their English subtypes (nsubj:pass, acl:relcl,
// nmod:poss, …).
//
// The move model is an averaged perceptron on rich Zhang & Nivre (2011)
// style features, trained globally with beam search and max-violation
// updates (Huang et al. 2012), or greedily with a dynamic oracle and
// exploration (Goldberg & Nivre 2012, 2013). Parsing keeps the best few
// configurations, dropping those far behind the best (a score margin), so
// that it is nearly as fast as greedy parsing where the model is sure.
// Scoring is factored: the moves are scored first, and the relation label
// only for the arc a kept move makes. Features are hashed straight into
// flat int8 weight tables, so parsing does no map look-ups beyond one
// vocabulary look-up per word and allocates nothing per sentence. The
// parser takes words and tags (UPOS and Penn XPOS) as input; it does not
// tag. Default returns the embedded model trained on UD English EWT and
// GUM.
package parser

import (
	"sync"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// A Model is a trained parser. It is immutable and safe for concurrent use.
type Model struct {
	words    []string            // vocabulary in id order; id 0 is the unknown word
	lex      map[string]lexEntry // normalized word → id and clusters
	xposList []string
	xpos     map[string]uint32
	uposList []string
	upos     map[string]uint32
	labels   []string // relation of each label id
	// clusters maps a normalized word to its word clusters, coarse to
	// fine (see TrainOptions.Clusters).
	clusters   map[string][3]uint16
	rootLabel  int32
	punctLabel int32  // label id of punct, -1 if absent
	punctTag   uint32 // UPOS id of PUNCT, 0 if absent
	// coarse maps a tag id to its coarse tag id: proper-noun tags (NNP,
	// NNPS, PROPN) become common-noun ones (NN, NNS, NOUN), the
	// distinction the tagger gets wrong most often.
	coarse [1 << tagBits]uint16
	// coarseFeats tells whether the model has features on coarse tags
	// (TrainOptions.CoarseTags).
	coarseFeats bool
	moveBits    uint
	labelBits   uint
	// move holds (1<<moveBits) rows of the move weights, one uint32 per
	// row: the int8 weight of move i plus moveBias in byte i (see
	// packMove).
	move []uint32
	// label holds (1<<labelBits) rows of len(labels) int8 weights, packed
	// four to a uint64 (see packLabels).
	label    []uint64
	labelRow int // uint64s per row of label

	// beam is the number of configurations kept while parsing (1 =
	// greedy).
	beam int
	// margin, when positive, drops from the beam the items whose score is
	// more than margin below the best item's.
	margin int32
	// tables, when non-nil, is the model that owns move and label (see
	// WithBeamMargin): tables mapped by bigmem live as long as it does.
	tables *Model

	pool     sync.Pool // *state
	beamPool sync.Pool // *beamScratch
	tokPool  sync.Pool // *tokScratch
}

// Beam returns the beam width the model parses with (1 = greedy).
func (m *Model) Beam() int { return max(m.beam, 1) }

// WithBeam returns a model sharing m's weights that parses with a beam of
// k configurations (k < 1 counts as 1) and the score margin of m. A model
// trained with a beam parses best with its own width; a smaller one is
// faster.
func (m *Model) WithBeam(k int) *Model { return m.WithBeamMargin(k, int(m.margin)) }

// Margin returns the score margin of beam search: items whose score is
// more than this below the best item's are dropped (0 = none dropped).
func (m *Model) Margin() int { return int(m.margin) }

// WithBeamMargin returns a model sharing m's weights that parses with a
// beam of k configurations, dropping the items whose score is more than
// margin below the best (margin 0 keeps all k). A margin makes beam search
// nearly as fast as greedy parsing where the model is sure of its moves.
func (m *Model) WithBeamMargin(k, margin int) *Model {
	out := &Model{coarse: m.coarse,
		words: m.words, lex: m.lex, xposList: m.xposList, xpos: m.xpos,
		uposList: m.uposList, upos: m.upos, labels: m.labels, clusters: m.clusters, coarseFeats: m.coarseFeats,
		rootLabel: m.rootLabel, punctLabel: m.punctLabel, punctTag: m.punctTag,
		moveBits: m.moveBits, labelBits: m.labelBits, move: m.move,
		label: m.label, labelRow: m.labelRow, beam: max(k, 1),
		margin: int32(min(max(margin, 0), maxMargin)), tables: m,
	}
	if m.tables != nil {
		out.tables = m.tables
	}
	return out
}

func (m *Model) newState() *state {
	return &state{lacc: make([]uint64, 2*m.labelRow), clusters: len(m.clusters) > 0, coarse: m.coarseFeats}
}

// Labels returns the relations the model can assign, in label-id order.
func (m *Model) Labels() []string { return append([]string(nil), m.labels...) }

func (m *Model) getState() *state {
	if s, ok := m.pool.Get().(*state); ok {
		return s
	}
	return m.newState()
}

// Parse parses one sentence of words with their UPOS and XPOS tags (upos
// and xpos may be nil or shorter than words; missing tags count as unknown).
// It fills heads[i] with the index of the head of word i, -1 for the root,
// and rels[i] with its relation. heads and rels must be at least as long as
// words. The result is always a single-rooted projective tree.
func (m *Model) Parse(words, upos, xpos []string, heads []int, rels []string) {
	n := len(words)
	if n == 0 {
		return
	}
	_, _ = heads[n-1], rels[n-1]
	if m.beam > 1 {
		b := m.getBeam(m.beam)
		b.root.reset(n)
		m.prepare(b.root, words, upos, xpos)
		s := m.parseBeam(b, m.beam)
		for i := 0; i < n; i++ {
			heads[i] = int(s.head[i+1]) - 1
			rels[i] = m.labels[s.lab[i+1]-1]
		}
		m.beamPool.Put(b)
		return
	}
	s := m.getState()
	s.reset(n)
	m.prepare(s, words, upos, xpos)
	for !s.done() {
		best := m.bestMove(s)
		var lab int32
		if best != shift {
			h, d := s.headOf(best), s.stack[len(s.stack)-1]
			var ok bool
			if lab, ok = m.fixedLabel(s, h, d); !ok {
				lab = m.bestLabel(s, best, h, d)
			}
		}
		s.apply(best, lab)
	}
	for i := 0; i < n; i++ {
		heads[i] = int(s.head[i+1]) - 1
		rels[i] = m.labels[s.lab[i+1]-1]
	}
	m.pool.Put(s)
}

// fixedLabel returns the label of h → d when it is not predicted: root for
// the root's dependent and punct for a word tagged PUNCT.
func (m *Model) fixedLabel(s *state, h, d int32) (int32, bool) {
	switch {
	case h == 0:
		return m.rootLabel, true
	case m.punctLabel >= 0 && m.punctTag != 0 && s.p[d]&31 == m.punctTag:
		return m.punctLabel, true
	}
	return -1, false
}

// bestMove returns the highest-scoring legal move, without scoring when
// only one move is legal (at the start and the end of a sentence).
func (m *Model) bestMove(s *state) int {
	var legal [nMoves]bool
	nLegal, only := 0, 0
	for mv := range legal {
		if legal[mv] = s.legal(mv); legal[mv] {
			nLegal, only = nLegal+1, mv
		}
	}
	if nLegal == 1 {
		return only
	}
	sc := m.scoreMoves(s)
	best := -1
	for mv, ok := range legal {
		if ok && (best < 0 || sc[mv] > sc[best]) {
			best = mv
		}
	}
	return best
}

// bestLabel returns the highest-scoring label of the arc h → d made by move.
func (m *Model) bestLabel(s *state, move int, h, d int32) int32 {
	s.labelFeatures(m.labelBits, move, h, d)
	w := m.labelRow
	even, odd := s.lacc[:w], s.lacc[w:2*w]
	if w == 8 {
		// One cache line per row (up to 64 labels): sum word by word in
		// registers; after the first word the rows are in L1.
		rows := s.lfeats
		for j := range 8 {
			var se, so uint64
			for _, r := range rows {
				v := m.label[int(r)*8+j]
				se += v & evenBytes
				so += v >> 8 & evenBytes
			}
			even[j], odd[j] = se, so
		}
	} else {
		clear(even)
		clear(odd)
		for _, r := range s.lfeats {
			row := m.label[int(r)*w : int(r)*w+w]
			for j, v := range row {
				even[j] += v & evenBytes
				odd[j] += v >> 8 & evenBytes
			}
		}
	}
	// Label j is lane j%8/2 of word j/8 of even (j even) or odd (j odd).
	best, bestScore := int32(-1), uint64(0)
	nl, root := int32(len(m.labels)), m.rootLabel
	for i := range even {
		e, o := even[i], odd[i]
		for k := range int32(lanes / 2) {
			j := int32(i)*lanes + 2*k
			if j >= nl {
				return best
			}
			if v := e >> (sumBits * k) & sumMask; j != root && (best < 0 || v > bestScore) {
				best, bestScore = j, v
			}
			if v := o >> (sumBits * k) & sumMask; j+1 < nl && j+1 != root && (best < 0 || v > bestScore) {
				best, bestScore = j+1, v
			}
		}
	}
	return best
}

// Label weights are packed eight to a uint64, one byte each holding the
// int8 weight plus laneBias, and rows are padded to whole 64-byte cache
// lines (one line for up to 64 labels), so that a row read touches one
// cache line. bestLabel sums the even and the odd bytes of the rows
// separately in 16-bit lanes, four per uint64 addition. With at most
// maxLabelFeatures features a lane cannot overflow (256 × 255 < 2^16);
// every label gets the same bias, so the argmax is unchanged.
const (
	lanes            = 8 // weights per uint64
	laneBias         = 128
	evenBytes        = 0x00FF00FF00FF00FF
	sumBits          = 16
	sumMask          = 1<<sumBits - 1
	maxLabelFeatures = 256
)

// labelRowLen returns the number of uint64s in a packed row of nl labels,
// a multiple of 8 (one cache line).
func labelRowLen(nl int) int { return ((nl+lanes-1)/lanes + 7) / 8 * 8 }

// packLabels packs a table of label weights with nl labels per row.
func packLabels(w []int8, nl int) (packed []uint64, rowLen int) {
	rowLen = labelRowLen(nl)
	rows := len(w) / nl
	packed = make([]uint64, rows*rowLen)
	for r := 0; r < rows; r++ {
		packRow(packed[r*rowLen:(r+1)*rowLen], w[r*nl:(r+1)*nl])
	}
	return packed, rowLen
}

func packRow(dst []uint64, w []int8) {
	clear(dst)
	for j := 0; j < len(dst)*lanes; j++ {
		v := int32(0)
		if j < len(w) {
			v = int32(w[j])
		}
		dst[j/lanes] |= uint64(v+laneBias) << (8 * (j % lanes))
	}
}

func unpackRow(dst []int8, src []uint64) {
	for j := range dst {
		dst[j] = int8(int32(src[j/lanes]>>(8*(j%lanes))&0xFF) - laneBias)
	}
}

// prepare fills the word, tag and suffix ids of s.
func (m *Model) prepare(s *state, words, upos, xpos []string) {
	s.w[0], s.p[0], s.sfx[0], s.cm[0], s.cf[0], s.pc[0] = rootW, rootP, rootW, rootW, rootW, rootP
	for i, w := range words {
		low := normalize(s.lower[:0], w)
		s.lower = low
		e, ok := m.lex[string(low)]
		if !ok {
			e = lexEntry{cm: noCluster, cf: noCluster}
		}
		s.w[i+1], s.cm[i+1], s.cf[i+1] = e.id, uint32(e.cm), uint32(e.cf)
		var u, x string
		if i < len(upos) {
			u = upos[i]
		}
		if i < len(xpos) {
			x = xpos[i]
		}
		s.p[i+1] = tagID(m.xpos[x], m.upos[u])
		s.pc[i+1] = uint32(m.coarse[s.p[i+1]])
		s.sfx[i+1] = suffixID(low)
	}
}

// A lexEntry is what the parser knows of a word form: its vocabulary id
// (0 = unknown) and its medium and fine clusters (noCluster = none), found
// with one map look-up.
type lexEntry struct {
	id     uint32
	cm, cf uint16
}

// noCluster is the cluster id of a word without clusters.
const noCluster = 0xFFFF

// tagID combines the ids of an XPOS and a UPOS tag into one tag atom.
func tagID(x, u uint32) uint32 { return (x&63)<<5 | u&31 }

// normalize appends to dst the word lower-cased (ASCII only) with every
// digit replaced by 0.
func normalize(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		dst = append(dst, c)
	}
	return dst
}

// suffixID hashes the last three bytes of a normalized word.
func suffixID(low []byte) uint32 {
	if len(low) > 3 {
		low = low[len(low)-3:]
	}
	var h uint32 = 2166136261
	for _, c := range low {
		h = (h ^ uint32(c)) * 16777619
	}
	return h & 0xFFFFFF
}

// tokScratch is the per-call scratch space of ParseTokens.
type tokScratch struct {
	words, upos, xpos, rels []string
	heads                   []int
}

// ParseTokens parses a sentence of tokens, reading Text, UPOS and XPOS and
// filling Head (-1 for the root) and Rel of each.
func (m *Model) ParseTokens(toks []nlp.Token) {
	n := len(toks)
	if n == 0 {
		return
	}
	sc, ok := m.tokPool.Get().(*tokScratch)
	if !ok {
		sc = new(tokScratch)
	}
	sc.words, sc.upos, sc.xpos = sc.words[:0], sc.upos[:0], sc.xpos[:0]
	for _, t := range toks {
		sc.words = append(sc.words, t.Text)
		sc.upos = append(sc.upos, t.UPOS)
		sc.xpos = append(sc.xpos, t.XPOS)
	}
	sc.heads = append(sc.heads[:0], make([]int, n)...)
	sc.rels = append(sc.rels[:0], make([]string, n)...)
	m.Parse(sc.words, sc.upos, sc.xpos, sc.heads, sc.rels)
	for i := range toks {
		toks[i].Head, toks[i].Rel = sc.heads[i], sc.rels[i]
	}
	clear(sc.words)
	clear(sc.rels)
	m.tokPool.Put(sc)
}
