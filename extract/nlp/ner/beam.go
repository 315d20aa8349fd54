package ner

import (
	"math"
	"math/bits"
)

// Beam search. The sequence model scores a label from the token's
// features and the labels of the two previous tokens, so two partial
// labellings that end in the same two labels have the same future: the
// search keeps at most one of them (the better), and of the rest the
// best width. Training (a structured perceptron with early update: as
// soon as the gold labelling falls out of the beam, the weights move
// towards its prefix and away from the best one's) and decoding search
// alike.

// maxBeam bounds the width of the beam.
const maxBeam = 16

// A beamItem is one partial labelling in the beam: its score, its last
// label and the index of the item of the previous token it extends.
type beamItem struct {
	score int64
	label int8
	back  int8 // index into the previous token's beam; -1 at the start
}

// beamCand is a candidate of the next beam: item from of the previous
// beam extended by label, and whether that is the gold labelling so far
// (in training).
type beamCand[S int64 | float32] struct {
	score       S
	from        int
	label, prev int
	gold        bool
}

// keepBest adds c to kept (sorted best first, at most k) unless an item
// that ends in the same two labels scores higher, replacing such an
// item when c scores higher, or the worst when kept is full.
func keepBest[S int64 | float32](kept []beamCand[S], k int, c beamCand[S]) []beamCand[S] {
	for j := range kept {
		if kept[j].label == c.label && kept[j].prev == c.prev {
			if c.score <= kept[j].score {
				return kept
			}
			kept = append(kept[:j], kept[j+1:]...)
			break
		}
	}
	if len(kept) == k {
		if c.score <= kept[k-1].score {
			return kept
		}
		kept = kept[:k-1]
	}
	j := len(kept)
	kept = append(kept, c)
	for j > 0 && kept[j-1].score < c.score {
		kept[j] = kept[j-1]
		j--
	}
	kept[j] = c
	return kept
}

// decodeBeam labels the sentence of the token infos info with a beam of
// m.beam items under the BILOU constraints, writing labels into
// s.labels. Items that score more than beamMargin under the best are
// dropped: most words are plainly outside any name, and their beam
// narrows to one item.
func (m *Model) decodeBeam(info []tokenInfo, s *scratch) {
	n := len(info)
	k := m.beam
	if cap(s.hist) < n*k {
		s.hist = make([]beamItem, (n+16)*k)
	}
	hist := s.hist[:n*k]
	margin := int64(math.MaxInt64)
	if m.scale > 0 {
		margin = int64(beamMargin / m.scale)
	}
	pairs := m.labelPairSums()
	var sc [rowStride]int32
	var ctx [maxFeatures - numOwnFeatures]uint32
	var wl [numWordLabelFeatures]uint32
	var keptBuf [maxBeam + 1]beamCand[int64]
	var candBuf [maxBeam * numLabels]beamCand[int64]
	var byPrev [numLabels]rowSums // the word-and-label rows of each previous label
	prevBeam := []beamItem{{label: labelO, back: -1}}
	for i := 0; i < n; i++ {
		key := ownKeyOf(&info[i], i == 0)
		e := &s.own[(key.form^key.xp)&(ownCacheSize-1)]
		if e.key != key {
			nf := m.ownFeatures(&info[i], i == 0, &s.feats)
			e.key, e.sums = key, rowSums{}
			addRows(&e.sums, m.weights, s.feats[:nf])
		}
		shared := e.sums
		nc := m.contextFeatures(info, i, -1, -1, &ctx)
		addRows(&shared, m.weights, ctx[:nc])
		last := 0
		if i == n-1 {
			last = 1
		}
		kept := keptBuf[:0]
		cands := candBuf[:0]
		best := int64(math.MinInt64)
		var have uint16 // bit p: byPrev[p] is set for this token
		for b, it := range prevBeam {
			prev, prev2 := int(it.label), labelO
			if i > 1 {
				prev2 = int(hist[(i-2)*k+int(it.back)].label)
			}
			if have&(1<<prev) == 0 {
				m.wordLabelFeatures(info, i, prev, &wl)
				byPrev[prev] = rowSums{}
				addRows(&byPrev[prev], m.weights, wl[:])
				have |= 1 << prev
			}
			rs := shared
			rs.add(&byPrev[prev])
			rs.add(&pairs[prev*numLabels+prev2])
			rs.scores(&sc)
			for ok := allowedNext[prev][last]; ok != 0; ok &= ok - 1 {
				l := bits.TrailingZeros16(ok)
				score := it.score + int64(sc[l])
				cands = append(cands, beamCand[int64]{score: score, from: b, label: l, prev: prev})
				best = max(best, score)
			}
		}
		// Only the candidates within the margin of the best can stay.
		for _, c := range cands {
			if c.score >= best-margin && (len(kept) < k || c.score > kept[k-1].score) {
				kept = keepBest(kept, k, c)
			}
		}
		cur := hist[i*k : i*k+len(kept)]
		for j, c := range kept {
			cur[j] = beamItem{score: c.score, label: int8(c.label), back: int8(c.from)}
		}
		prevBeam = cur
	}
	j := 0
	for i := n - 1; i >= 0; i-- {
		it := hist[i*k+j]
		s.labels[i] = int(it.label)
		j = int(it.back)
	}
}

// beamMargin is how far under the best item, in units of the
// perceptron's updates, an item of the beam may score and stay. 100
// left every labelling of the dev sets as the full beam gave it (50
// did not) and makes the NER stage about 15% faster.
const beamMargin = 100

// add adds the sums of o to rs.
func (rs *rowSums) add(o *rowSums) {
	for i := range rs.acc {
		rs.acc[i] += o.acc[i]
	}
	rs.n += o.n
}

// pairSums holds, for a generation of the weights, the sums of the rows
// of the features of the two previous labels alone (tPrev, tPrev2), by
// prev*numLabels+prev2.
type pairSums struct {
	gen  uint64
	sums [numLabels * numLabels]rowSums
}

// labelPairSums returns the pairSums of the current weights.
func (m *Model) labelPairSums() *[numLabels * numLabels]rowSums {
	if p := m.pairs.Load(); p != nil && p.gen == m.gen {
		return &p.sums
	}
	p := &pairSums{gen: m.gen}
	mask := m.mask
	for prev := range numLabels {
		for prev2 := range numLabels {
			pl, pl2 := uint64(prev), uint64(prev2)
			feats := [2]uint32{uint32(mix(tPrev, pl, 0) & mask), uint32(mix(tPrev2, pl, pl2) & mask)}
			addRows(&p.sums[prev*numLabels+prev2], m.weights, feats[:])
		}
	}
	m.pairs.Store(p)
	return &p.sums
}

// beamTrain is one step of the structured perceptron on a sentence
// (token infos info, gold labels gold; drop hides words' own identity,
// as word dropout) with the float weights w (stride numLabels) and a
// beam of width k: it searches as decodeBeam does and, as soon as the
// gold labelling falls out of the beam or, at the end, is not the best,
// updates towards the gold prefix and away from the best item's. It
// returns 1 when it updated, else 0.
func (m *Model) beamTrain(w []float32, info []tokenInfo, gold []int, drop []bool, k int, s *scratch, update func([]uint32, int, float32)) int {
	n := len(info)
	type item struct {
		score float32
		label int
		back  int
		gold  bool
	}
	hide := func(j int) tokenInfo {
		saved := info[j]
		if drop[j] {
			ti := &info[j]
			ti.lw, ti.form, ti.suf2, ti.suf3, ti.suf4, ti.pre3, ti.lex = hashUnknown, hashUnknown, hashUnknown, hashUnknown, hashUnknown, hashUnknown, 0
		}
		return saved
	}
	hist := make([][]item, 0, n)
	prevBeam := []item{{label: labelO, back: -1, gold: true}}
	var shared, lsc [numLabels]float32
	var lf [numLabelFeatures]uint32
	var keptBuf [maxBeam + 1]beamCand[float32]
	// path returns the labels of item j of token i's beam and of the
	// items before it.
	path := func(i, j int) []int {
		out := make([]int, i+1)
		for t := i; t >= 0; t-- {
			out[t] = hist[t][j].label
			j = hist[t][j].back
		}
		return out
	}
	// upd updates the weights for the tokens up to i.
	upd := func(i int, pred []int) int {
		p1, p2, g1, g2 := labelO, labelO, labelO, labelO
		for j := 0; j <= i; j++ {
			if pred[j] != gold[j] || p1 != g1 || p2 != g2 {
				saved := hide(j)
				nf := m.features(info, j, g1, g2, &s.feats)
				update(s.feats[:nf], gold[j], 1)
				nf = m.features(info, j, p1, p2, &s.feats)
				update(s.feats[:nf], pred[j], -1)
				info[j] = saved
			}
			p2, p1 = p1, pred[j]
			g2, g1 = g1, gold[j]
		}
		return 1
	}
	for i := 0; i < n; i++ {
		saved := hide(i)
		nf := m.ownFeatures(&info[i], i == 0, &s.feats)
		nf += m.contextFeatures(info, i, -1, -1, (*[maxFeatures - numOwnFeatures]uint32)(s.feats[nf:]))
		scoreFloat(w, s.feats[:nf], &shared)
		last := i == n-1
		kept := keptBuf[:0]
		for b, it := range prevBeam {
			prev, prev2 := it.label, labelO
			if i > 1 {
				prev2 = hist[i-2][it.back].label
			}
			m.labelFeatures(info, i, prev, prev2, &lf)
			scoreFloat(w, lf[:], &lsc)
			for l := 0; l < numLabels; l++ {
				if allowed(prev, l, last) {
					kept = keepBest(kept, k, beamCand[float32]{score: it.score + shared[l] + lsc[l], from: b, label: l, prev: prev, gold: it.gold && l == gold[i]})
				}
			}
		}
		info[i] = saved
		next := make([]item, len(kept))
		goldIn := false
		for j, c := range kept {
			next[j] = item{score: c.score, label: c.label, back: c.from, gold: c.gold}
			goldIn = goldIn || c.gold
		}
		hist = append(hist, next)
		prevBeam = next
		if !goldIn {
			return upd(i, path(i, 0))
		}
	}
	if !prevBeam[0].gold {
		return upd(n-1, path(n-1, 0))
	}
	return 0
}
