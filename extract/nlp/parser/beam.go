package parser

// Beam search. A model trained with TrainOptions.Beam above 1 scores whole
// transition sequences (the sum of their move scores) and is trained with
// max-violation updates (Huang, Fayong & Guo 2012) against the canonical
// gold sequence; it parses keeping the best Model.Beam() configurations at
// each step. Every configuration of a sentence takes the same number of
// transitions (2n), so the items of a beam always stay in step.

// copyFrom makes s a copy of the configuration o. The word arrays (w, p,
// sfx, cm, cf) are shared with o, not copied: they are read-only while
// parsing.
//
// Every move writes only at positions up to the buffer front b, so the
// positions past b of a configuration are as the sentence's reset left
// them. When s already holds a configuration of the same sentence, only
// the positions up to the larger of the two fronts are copied.
func (s *state) copyFrom(o *state) {
	m := int(o.n) + 1
	if s.origin == o.origin && s.gen == o.gen && len(s.head) == m {
		hi := min(int(max(s.b, o.b))+1, m)
		s.b = o.b
		s.stack = append(s.stack[:0], o.stack...)
		copy(s.head[:hi], o.head)
		copy(s.lab[:hi], o.lab)
		copy(s.l1[:hi], o.l1)
		copy(s.l2[:hi], o.l2)
		copy(s.r1[:hi], o.r1)
		copy(s.r2[:hi], o.r2)
		copy(s.lv[:hi], o.lv)
		copy(s.rv[:hi], o.rv)
		copy(s.ls[:hi], o.ls)
		copy(s.rs[:hi], o.rs)
		return
	}
	s.origin, s.gen = o.origin, o.gen
	s.n, s.b, s.clusters, s.coarse = o.n, o.b, o.clusters, o.coarse
	s.w, s.p, s.sfx, s.cm, s.cf, s.pc = o.w, o.p, o.sfx, o.cm, o.cf, o.pc
	s.bsc, s.bok, s.stk, s.crs = o.bsc, o.bok, o.stk, o.crs
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head[:m]...)
	s.lab = append(s.lab[:0], o.lab[:m]...)
	s.l1 = append(s.l1[:0], o.l1[:m]...)
	s.l2 = append(s.l2[:0], o.l2[:m]...)
	s.r1 = append(s.r1[:0], o.r1[:m]...)
	s.r2 = append(s.r2[:0], o.r2[:m]...)
	s.lv = append(s.lv[:0], o.lv[:m]...)
	s.rv = append(s.rv[:0], o.rv[:m]...)
	s.ls = append(s.ls[:0], o.ls[:m]...)
	s.rs = append(s.rs[:0], o.rs[:m]...)
}

// A cand is one move out of one beam item, with the score the new
// configuration would have.
type cand struct {
	score int64
	item  int32
	move  int32
}

// better orders candidates: higher score first, ties by item then move, so
// that the search is deterministic.
func (a cand) better(b cand) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.item != b.item {
		return a.item < b.item
	}
	return a.move < b.move
}

// topK keeps the k best candidates of cs at its front, in order, and
// returns them. cs is short (at most 3k), so insertion sort is fastest.
func topK(cs []cand, k int) []cand {
	for i := 1; i < len(cs); i++ {
		c := cs[i]
		j := i
		for j > 0 && c.better(cs[j-1]) {
			cs[j] = cs[j-1]
			j--
		}
		cs[j] = c
	}
	if len(cs) > k {
		cs = cs[:k]
	}
	return cs
}

// beamScratch is the scratch space of one beam-search parse.
type beamScratch struct {
	root        *state // word arrays, filled by prepare
	cur, next   []*state
	curS, nextS []int64
	cands       []cand
	// The label cache: items of a beam often make the same arc in the
	// same context, and the label classifier depends on nothing else.
	lkey [labelCacheSize]uint64
	lval [labelCacheSize]int32
}

// labelCacheSize is the number of slots of the label cache (a power of 2).
const labelCacheSize = 256

// labelKey hashes everything the label features of h → d made by move
// read from the configuration: the two words, the move, their nearest
// children with their labels, and their label sets. It is never 0.
func labelKey(s *state, move int, h, d int32) uint64 {
	dl, dr, hl, hr := s.l1[d], s.r1[d], s.l1[h], s.r1[h]
	k := uint64(uint32(h))*hk1 ^ uint64(uint32(d))*hk2 ^ uint64(move)*hk3
	k ^= (uint64(uint32(dl))<<32 | uint64(uint32(dr))) * hk4
	k = (k ^ k>>29) * hk5
	k ^= (uint64(uint32(hl))<<32 | uint64(uint32(hr))) * hk1
	k ^= (uint64(uint32(s.lb(dl)))<<48 | uint64(uint32(s.lb(dr)))<<32 | uint64(uint32(s.lb(hl)))<<16 | uint64(uint32(s.lb(hr)))) * hk2
	k = (k ^ k>>31) * hk5
	k ^= s.ls[d]*hk3 ^ s.rs[d]*hk4
	k = (k ^ k>>29) * hk1
	k ^= s.ls[h]*hk2 ^ s.rs[h]*hk5
	k ^= k >> 32
	return k | 1
}

// cachedLabel returns the best label of h → d made by move, from the cache
// when the same arc was labelled in the same context before.
func (m *Model) cachedLabel(b *beamScratch, s *state, move int, h, d int32) int32 {
	k := labelKey(s, move, h, d)
	i := k & (labelCacheSize - 1)
	if b.lkey[i] == k {
		return b.lval[i]
	}
	lab := m.bestLabel(s, move, h, d)
	b.lkey[i], b.lval[i] = k, lab
	return lab
}

func (m *Model) getBeam(k int) *beamScratch {
	if b, ok := m.beamPool.Get().(*beamScratch); ok && len(b.cur) >= k {
		return b
	}
	b := &beamScratch{root: m.newState(), cur: make([]*state, k), next: make([]*state, k),
		curS: make([]int64, k), nextS: make([]int64, k), cands: make([]cand, 0, nMoves*k)}
	for i := range b.cur {
		b.cur[i], b.next[i] = m.newState(), m.newState()
	}
	return b
}

// moveScores returns the scores of the three moves in s under the model's
// int8 weights; s.feats must hold the features. The biased bytes of the
// packed rows are summed in 16-bit lanes, bytes 0 and 2 in even, 1 and 3
// in odd, two lanes per addition; with at most 256 features a lane cannot
// overflow (256 × 255 < 2^16), and moveFeaturesOf extracts at most about
// 120.
func (m *Model) moveScores(s *state) (sc [moveWidth]int32) {
	var even, odd uint32
	for _, r := range s.feats {
		x := m.move[r]
		even += x & 0x00FF00FF
		odd += x >> 8 & 0x00FF00FF
	}
	bias := int32(len(s.feats)) * moveBias
	sc[0] = int32(even&0xFFFF) - bias
	sc[1] = int32(odd&0xFFFF) - bias
	sc[2] = int32(even>>16) - bias
	return sc
}

// moveBias is added to every int8 move weight in a packed row, so that
// the bytes are unsigned.
const moveBias = 128

// packMove packs the weights of the nMoves moves of one row (the spare
// fourth byte holds a zero weight).
func packMove(w []int8) uint32 {
	_ = w[nMoves-1]
	return uint32(uint8(w[0])^0x80) | uint32(uint8(w[1])^0x80)<<8 | uint32(uint8(w[2])^0x80)<<16 | 0x80<<24
}

// unpackMove is the inverse of packMove.
func unpackMove(w []int8, x uint32) {
	for i := range w[:nMoves] {
		w[i] = int8(int32(x>>(8*i)&0xFF) - moveBias)
	}
}

// packMoves packs a table of move weights with moveWidth weights per row.
func packMoves(w []int8) []uint32 {
	out := make([]uint32, len(w)/moveWidth)
	for r := range out {
		out[r] = packMove(w[r*moveWidth:])
	}
	return out
}

// stackCacheSize is the number of slots of the stack-score cache (a power
// of 2).
const stackCacheSize = 512

// A stackCache holds the move scores of the stack features of recent stack
// contexts of one sentence, direct-mapped by stackKey. Beam items often
// share their stack context, and a context comes back when the words
// pushed onto it are reduced.
type stackCache struct {
	key [stackCacheSize]uint64
	val [stackCacheSize][moveWidth]int32
}

// scoreMoves returns the scores of the three moves in s, extracting its
// features. The scores of the features of the buffer and of the stack
// come from the caches of s when present (the sum is the same).
func (m *Model) scoreMoves(s *state) [moveWidth]int32 {
	b := s.b
	if !s.bok[b] {
		s.moveFeaturesOf(m.moveBits, bufferFeatures)
		s.bsc[b], s.bok[b] = m.moveScores(s), true
	}
	k := stackKey(s)
	c := s.stk
	i := k & (stackCacheSize - 1)
	if c.key[i] != k {
		s.moveFeaturesOf(m.moveBits, stackFeatures)
		c.key[i], c.val[i] = k, m.moveScores(s)
	}
	kc := crossKey(s)
	cc := s.crs
	ic := kc & (stackCacheSize - 1)
	if cc.key[ic] != kc {
		s.moveFeaturesOf(m.moveBits, crossFeatures)
		cc.key[ic], cc.val[ic] = kc, m.moveScores(s)
	}
	bs, ss, cs := &s.bsc[b], &c.val[i], &cc.val[ic]
	var sc [moveWidth]int32
	sc[0] = bs[0] + ss[0] + cs[0]
	sc[1] = bs[1] + ss[1] + cs[1]
	sc[2] = bs[2] + ss[2] + cs[2]
	return sc
}

// parseBeam parses the prepared sentence in b.root with a beam of k items
// and returns the best final configuration.
func (m *Model) parseBeam(b *beamScratch, k int) *state {
	b.cur[0].copyFrom(b.root)
	b.curS[0] = 0
	clear(b.lkey[:])
	nb := 1
	for !b.cur[0].done() {
		cs := b.cands[:0]
		for i := 0; i < nb; i++ {
			s := b.cur[i]
			var legal [nMoves]bool
			nLegal, only := 0, 0
			for mv := range legal {
				if legal[mv] = s.legal(mv); legal[mv] {
					nLegal, only = nLegal+1, mv
				}
			}
			if nLegal == 1 {
				cs = append(cs, cand{b.curS[i], int32(i), int32(only)})
				continue
			}
			sc := m.scoreMoves(s)
			for mv, ok := range legal {
				if ok {
					cs = append(cs, cand{b.curS[i] + int64(sc[mv]), int32(i), int32(mv)})
				}
			}
		}
		cs = topK(cs, k)
		if m.margin > 0 {
			// Drop the items far behind the best: when the model is sure,
			// the beam shrinks to one item and parsing is as fast as
			// greedy.
			for j := range cs {
				if cs[j].score < cs[0].score-int64(m.margin) {
					cs = cs[:j]
					break
				}
			}
		}
		if len(cs) == 1 {
			// One survivor: move it on in place, without copying.
			c := cs[0]
			s := b.cur[c.item]
			m.beamApply(b, s, int(c.move))
			b.cur[0], b.cur[c.item] = s, b.cur[0]
			b.curS[0] = c.score
			b.cands = cs[:0]
			nb = 1
			continue
		}
		for j, c := range cs {
			ns := b.next[j]
			ns.copyFrom(b.cur[c.item])
			m.beamApply(b, ns, int(c.move))
			b.nextS[j] = c.score
		}
		b.cands = cs[:0]
		nb = len(cs)
		b.cur, b.next = b.next, b.cur
		b.curS, b.nextS = b.nextS, b.curS
	}
	return b.cur[0]
}

// beamApply applies move to s, labelling the arc it makes.
func (m *Model) beamApply(b *beamScratch, s *state, move int) {
	var lab int32
	if move != shift {
		h, d := s.headOf(move), s.stack[len(s.stack)-1]
		var ok bool
		if lab, ok = m.fixedLabel(s, h, d); !ok {
			lab = m.cachedLabel(b, s, move, h, d)
		}
	}
	s.apply(move, lab)
}

// An hnode is one transition of a beam item's history: the history node
// of the item it extends, the move and the label of the arc it made.
type hnode struct {
	parent int32
	move   int32
	label  int32
}

// beamTrainer is a trainer's scratch space for global learning.
type beamTrainer struct {
	root, gold, replay *state
	cur, next          []*state
	curS, nextS        []int64
	curH, nextH        []int32
	cands              []cand
	hist               []hnode
	goldSeq, predSeq   []hnode
}

func newBeamTrainer(m *Model, k int) *beamTrainer {
	nl := 2 * labelRowLen(len(m.labels))
	ns := func() *state {
		return &state{lacc: make([]uint64, nl), clusters: len(m.clusters) > 0, coarse: m.coarseFeats}
	}
	b := &beamTrainer{root: ns(), gold: ns(), replay: ns(),
		cur: make([]*state, k), next: make([]*state, k),
		curS: make([]int64, k), nextS: make([]int64, k),
		curH: make([]int32, k), nextH: make([]int32, k),
		cands: make([]cand, 0, nMoves*k)}
	for i := range b.cur {
		b.cur[i], b.next[i] = ns(), ns()
	}
	return b
}

// scoreMoves returns the scores of the moves of s under the current
// (unaveraged) weights; s.feats must hold the features.
func (t *trainer) scoreMoves(s *state) (sc [moveWidth]int64) {
	for _, r := range s.feats {
		row := t.mw[r*moveWidth : r*moveWidth+moveWidth]
		sc[0] += int64(row[0])
		sc[1] += int64(row[1])
		sc[2] += int64(row[2])
	}
	return sc
}

// legalMoves returns which moves are legal in s, how many, and the last
// legal one.
func legalMoves(s *state) (legal [nMoves]bool, n, only int) {
	for mv := range legal {
		if legal[mv] = s.legal(mv); legal[mv] {
			n, only = n+1, mv
		}
	}
	return legal, n, only
}

// goldMove returns the canonical gold move of s: the first zero-cost move
// in the order left, right, shift (reduce as early as possible).
func goldMove(s *state, gh []int32) int {
	legal, _, only := legalMoves(s)
	c := costs(s, gh)
	for _, mv := range [...]int{left, right, shift} {
		if legal[mv] && c[mv] == 0 {
			return mv
		}
	}
	return only
}

// beamSentence trains on one sentence with beam search and a max-violation
// update. It returns 1 and whether the weights were updated.
func (t *trainer) beamSentence(ex *example) (sents, updated int) {
	m, b, k := t.m, t.beam, t.opt.Beam
	n := len(ex.words)
	b.root.reset(n)
	m.prepare(b.root, ex.words, ex.upos, ex.xpos)
	b.gold.copyFrom(b.root)
	b.cur[0].copyFrom(b.root)
	b.curS[0], b.curH[0] = 0, -1
	nb, goldIdx := 1, 0
	var goldScore int64
	b.hist, b.goldSeq = b.hist[:0], b.goldSeq[:0]
	bestViol, violStep, violH := int64(-1), -1, int32(-1)
	for step := 0; !b.cur[0].done(); step++ {
		cs := b.cands[:0]
		var goldSc [moveWidth]int64
		goldScored := false
		for i := 0; i < nb; i++ {
			s := b.cur[i]
			legal, nLegal, only := legalMoves(s)
			if nLegal == 1 {
				cs = append(cs, cand{b.curS[i], int32(i), int32(only)})
				continue
			}
			s.moveFeatures(m.moveBits)
			sc := t.scoreMoves(s)
			if i == goldIdx {
				goldSc, goldScored = sc, true
			}
			for mv, ok := range legal {
				if ok {
					cs = append(cs, cand{b.curS[i] + sc[mv], int32(i), int32(mv)})
				}
			}
		}
		g := b.gold
		gmv := goldMove(g, ex.gh)
		if _, nLegal, _ := legalMoves(g); nLegal > 1 {
			if !goldScored {
				g.moveFeatures(m.moveBits)
				goldSc = t.scoreMoves(g)
			}
			goldScore += goldSc[gmv]
		}
		cs = topK(cs, k)
		newGold := -1
		for j, c := range cs {
			ns := b.next[j]
			ns.copyFrom(b.cur[c.item])
			var lab int32
			if c.move != shift {
				h, d := ns.headOf(int(c.move)), ns.stack[len(ns.stack)-1]
				var ok bool
				if lab, ok = m.fixedLabel(ns, h, d); !ok {
					if ex.gh[d] == h && ex.gl[d] >= 0 {
						lab = ex.gl[d]
					} else {
						lab = t.label(ns, int(c.move), h, d, ex)
					}
				}
			}
			ns.apply(int(c.move), lab)
			b.nextS[j] = c.score
			b.hist = append(b.hist, hnode{b.curH[c.item], c.move, lab})
			b.nextH[j] = int32(len(b.hist) - 1)
			if int(c.item) == goldIdx && int(c.move) == gmv {
				newGold = j
			}
		}
		// The gold configuration moves on, and the label model learns
		// from its arcs.
		var glab int32
		if gmv != shift {
			h, d := g.headOf(gmv), g.stack[len(g.stack)-1]
			var ok bool
			if glab, ok = m.fixedLabel(g, h, d); !ok {
				glab = t.label(g, gmv, h, d, ex)
			}
		}
		g.apply(gmv, glab)
		b.goldSeq = append(b.goldSeq, hnode{-1, int32(gmv), glab})
		t.c++
		b.cands = cs[:0]
		nb, goldIdx = len(cs), newGold
		b.cur, b.next = b.next, b.cur
		b.curS, b.nextS = b.nextS, b.curS
		b.curH, b.nextH = b.nextH, b.curH
		if goldIdx != 0 {
			if v := b.curS[0] - goldScore; v > bestViol {
				bestViol, violStep, violH = v, step, b.curH[0]
			}
		}
	}
	if violStep < 0 {
		return 1, 0
	}
	pred := b.predSeq[:0]
	for h := violH; h >= 0; h = b.hist[h].parent {
		pred = append(pred, b.hist[h])
	}
	for i, j := 0, len(pred)-1; i < j; i, j = i+1, j-1 {
		pred[i], pred[j] = pred[j], pred[i]
	}
	b.predSeq = pred
	gold := b.goldSeq[:violStep+1]
	same := 0
	for same < len(pred) && pred[same].move == gold[same].move && pred[same].label == gold[same].label {
		same++
	}
	t.replay(gold, same, 1)
	t.replay(pred, same, -1)
	return 1, 1
}

// replay runs the transitions seq from the sentence's initial
// configuration and adds d to the weight of each move taken from the
// transition from on.
func (t *trainer) replay(seq []hnode, from int, d int32) {
	s := t.beam.replay
	s.copyFrom(t.beam.root)
	for i, h := range seq {
		if i >= from {
			if _, nLegal, _ := legalMoves(s); nLegal > 1 {
				s.moveFeatures(t.m.moveBits)
				for _, r := range s.feats {
					t.updMove(int(r)*moveWidth+int(h.move), d)
				}
			}
		}
		s.apply(int(h.move), h.label)
	}
}
