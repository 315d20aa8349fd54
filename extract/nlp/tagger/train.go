package tagger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// TrainOptions configures Train. The zero value selects the defaults.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 14).
	// The epoch with the best dev accuracy is kept when dev is given.
	Epochs int
	// Seed seeds the shuffling of the training sentences (default 1).
	Seed uint64
	// DictMinCount and DictMinShare select the words tagged from a
	// dictionary instead of the perceptron: seen at least DictMinCount
	// times, with one tag in at least DictMinShare of them (defaults 10
	// and 0.98). A negative DictMinCount disables the dictionary.
	DictMinCount int
	DictMinShare float64
	// AmbMinCount is the number of occurrences a word needs to get an
	// ambiguity-class feature (default 3).
	AmbMinCount int
	// AmbFolds, when above 1, splits the training sentences into this
	// many folds and gives each training word the ambiguity class seen in
	// the other folds (default 10; 1 turns it off).
	AmbFolds int
	// Clusters are word clusters from LearnClusters; nil disables
	// cluster features.
	Clusters Clusters
	// Prune drops averaged weights smaller than this in magnitude
	// (default 0.1; a weight moves by 1 per update), to make the model
	// smaller and faster. A negative value keeps every weight.
	Prune float64
	// VocabSize is the number of frequent words whose features the model
	// adds up in advance, for speed (default 4000).
	VocabSize int
	// MinClassCount, when above 0, merges tag pairs seen fewer times
	// than this in training into the most frequent pair with the same
	// UPOS (X/WRB becomes X/ADD, PRON/CD becomes PRON/PRP, …), to make
	// tagging faster. Off by default: at 10 it cost 0.1 point of XPOS
	// accuracy on dev.
	MinClassCount int
	// Ensemble, when above 1, trains this many perceptrons on different
	// shufflings of the data (seeds Seed, Seed+1, …) and averages their
	// weights; the epoch is chosen for the last one (default 1).
	Ensemble int
	// Log, when set, receives one line per epoch.
	Log func(string)
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 14
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.DictMinCount == 0 {
		o.DictMinCount = 10
	}
	if o.DictMinShare == 0 {
		o.DictMinShare = 0.98
	}
	if o.AmbFolds == 0 {
		o.AmbFolds = 10
	}
	if o.VocabSize == 0 {
		o.VocabSize = 4000
	}
	if o.Prune == 0 {
		o.Prune = 0.1
	}
	if o.AmbMinCount == 0 {
		o.AmbMinCount = 3
	}
}

// entry is one (class, weight) pair of a feature during training.
type entry struct {
	c   int32
	ts  int32 // update count at the last change of w
	w   float32
	tot float64 // sum of w over updates up to ts
}

type trainer struct {
	m     *Model // dictionaries; weights are in feats/ws
	feats map[uint64]int32
	ws    [][]entry
	now   int32
}

func (t *trainer) predict(infos []wordInfo, i, p1, p2 int, fs *[maxFeatures]uint64, scores []float32) (int, int) {
	n := features(infos, i, p1, p2, fs, t.m.useClusters)
	for k := range scores {
		scores[k] = 0
	}
	for _, h := range fs[:n] {
		id, ok := t.feats[h]
		if !ok {
			continue
		}
		for _, e := range t.ws[id] {
			scores[e.c] += e.w
		}
	}
	best := 0
	for k := 1; k < len(scores); k++ {
		if scores[k] > scores[best] {
			best = k
		}
	}
	return best, n
}

func (t *trainer) update(fs []uint64, gold, guess int) {
	t.now++
	for _, h := range fs {
		id, ok := t.feats[h]
		if !ok {
			id = int32(len(t.ws))
			t.feats[h] = id
			t.ws = append(t.ws, nil)
		}
		t.bump(id, int32(gold), 1)
		t.bump(id, int32(guess), -1)
	}
}

func (t *trainer) bump(id, c int32, d float32) {
	es := t.ws[id]
	for k := range es {
		if es[k].c == c {
			e := &es[k]
			e.tot += float64(t.now-e.ts) * float64(e.w)
			e.ts = t.now
			e.w += d
			return
		}
	}
	t.ws[id] = append(es, entry{c: c, ts: t.now, w: d})
}

// finish stores the averaged, quantised weights in m.
func (t *trainer) finish(m *Model, prune float64, acc ensembleWeights, own float64) {
	keys := make([]uint64, 0, len(t.feats)+len(acc))
	for h := range t.feats {
		keys = append(keys, h)
	}
	for h := range acc {
		if _, ok := t.feats[h]; !ok {
			keys = append(keys, h)
		}
	}
	slices.Sort(keys)
	type fw struct {
		key uint64
		cls []uint8
		wts []float32
	}
	var out []fw
	maxAbs := 0.0
	// weights returns the final weights of feature h by class: its own
	// average, times own, plus those of earlier ensemble members.
	weights := func(h uint64) ([]int32, []float64) {
		var cs []int32
		var ws []float64
		if id, ok := t.feats[h]; ok {
			for _, e := range t.ws[id] {
				tot := e.tot + float64(t.now-e.ts)*float64(e.w)
				cs = append(cs, e.c)
				ws = append(ws, own*tot/float64(t.now))
			}
		}
		for c, w := range acc[h] {
			if k := slices.Index(cs, c); k >= 0 {
				ws[k] += w
			} else {
				cs = append(cs, c)
				ws = append(ws, w)
			}
		}
		return cs, ws
	}
	for _, h := range keys {
		_, ws := weights(h)
		for _, w := range ws {
			if a := math.Abs(w); a > maxAbs {
				maxAbs = a
			}
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	for _, h := range keys {
		cs, ws := weights(h)
		idx := make([]int, len(cs))
		for k := range idx {
			idx[k] = k
		}
		sort.Slice(idx, func(a, b int) bool { return cs[idx[a]] < cs[idx[b]] })
		var f fw
		f.key = h
		for _, k := range idx {
			a := ws[k]
			q := math.Round(a / scale)
			if q == 0 || math.Abs(a) < prune {
				continue
			}
			f.cls = append(f.cls, uint8(cs[k]))
			f.wts = append(f.wts, float32(q))
		}
		if len(f.cls) > 0 {
			out = append(out, f)
		}
	}
	keys = keys[:0]
	var cls []uint8
	var wts []byte
	var counts []byte
	for _, f := range out {
		keys = append(keys, f.key)
		counts = append(counts, byte(len(f.cls)))
		cls = append(cls, f.cls...)
		for _, w := range f.wts {
			wts = binary.LittleEndian.AppendUint16(wts, uint16(int16(w)))
		}
	}
	m.setWeights(keys, counts, cls, wts, float32(scale))
}

// ensembleWeights holds the summed, scaled averaged weights of earlier
// ensemble members: feature → class → weight.
type ensembleWeights map[uint64]map[int32]float64

// addTo adds the averaged weights of t, times f, to acc.
func (t *trainer) addTo(acc ensembleWeights, f float64) {
	for h, id := range t.feats {
		for _, e := range t.ws[id] {
			tot := e.tot + float64(t.now-e.ts)*float64(e.w)
			if acc[h] == nil {
				acc[h] = map[int32]float64{}
			}
			acc[h][e.c] += f * tot / float64(t.now)
		}
	}
}

// setWeights builds the feature table from features sorted by key, each
// with counts[i] consecutive (class, quantised weight) pairs.
// The weights are little-endian int16 values in wq. The runs must fit in
// maxQuads quads.
func (m *Model) setWeights(keys []uint64, counts []byte, cls []uint8, wq []byte, scale float32) {
	size := 1
	for size < 2*len(keys)+2 {
		size <<= 1
	}
	nq := 0
	for _, c := range counts {
		nq += (int(c) + 3) / 4
	}
	if nq > maxQuads {
		panic(fmt.Sprintf("tagger: %d quads of weights, at most %d supported", nq, maxQuads))
	}
	m.table = make([]slot, size)
	m.mask = uint64(size - 1)
	m.shift = 40 - uint(bits.Len(uint(size-1)))
	m.quads = make([][4]uint32, nq)
	m.qscale = scale
	m.nfeat = len(keys)
	m.nw = len(cls)
	m.keys = keys
	m.counts = slices.Clone(counts)
	m.bias = make([]int32, len(m.classes))
	biasKey := feat1(tBias, 0) & keyMask
	p, at := 0, 0
	for i, h := range keys {
		n := int(counts[i])
		run := uint32(at)<<8 | uint32(n)
		for k := range n {
			q := int32(int16(binary.LittleEndian.Uint16(wq[2*p:])))
			m.quads[at+k/4][k%4] = uint32(q<<8) | uint32(cls[p])
			if h == biasKey {
				m.bias[cls[p]] = q
			}
			p++
		}
		at += (n + 3) / 4
		j := m.home(h)
		for m.table[j].fp != 0 {
			j = (j + 1) & m.mask
		}
		m.table[j] = slot{fp: fingerprint(h), run: run}
	}
}

// Train trains a tagger and lemmatizer on the train sentences; dev, when
// not empty, selects the best epoch. Training is deterministic: the same
// data and options give the same model.
func Train(train, dev []conllu.Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if len(train) == 0 {
		return nil, errors.New("train tagger: no training sentences")
	}
	m := &Model{classIndex: map[class]int{}}
	train = mergeRareClasses(train, opt.MinClassCount)
	// Classes, sorted for determinism.
	seen := map[class]int{}
	for _, s := range train {
		for _, w := range s.Words {
			seen[class{w.UPOS, w.XPOS}]++
		}
	}
	if len(seen) > 255 {
		return nil, fmt.Errorf("train tagger: %d tags, at most 255 supported", len(seen))
	}
	for c := range seen {
		m.classes = append(m.classes, c)
	}
	sort.Slice(m.classes, func(a, b int) bool {
		if m.classes[a].upos != m.classes[b].upos {
			return m.classes[a].upos < m.classes[b].upos
		}
		return m.classes[a].xpos < m.classes[b].xpos
	})
	for i, c := range m.classes {
		m.classIndex[c] = i
	}
	m.buildLexicon(train, opt)
	m.lem = learnLemmatizer(train, m)

	gold := make([][]int, len(train))
	for i, s := range train {
		gold[i] = make([]int, len(s.Words))
		for j, w := range s.Words {
			gold[i][j] = m.classIndex[class{w.UPOS, w.XPOS}]
		}
	}
	var foldAmb [][]uint64
	if opt.AmbFolds > 1 {
		foldAmb = foldAmbiguity(train, m, opt.AmbFolds, opt.AmbMinCount)
	}
	members := max(opt.Ensemble, 1)
	acc := ensembleWeights{}
	own := 1 / float64(members)
	var best *Model
	for k := 0; k < members; k++ {
		last := k == members-1
		t, b := trainMember(train, dev, gold, foldAmb, m, opt, opt.Seed+uint64(k), last, acc, own)
		if !last {
			t.addTo(acc, own)
			continue
		}
		best = b
	}
	return best, nil
}

// trainMember trains one perceptron; when evaluate is set it builds and
// evaluates a model after every epoch (with the weights of earlier
// ensemble members in acc) and returns the best one.
func trainMember(train, dev []conllu.Sentence, gold [][]int, foldAmb [][]uint64, m *Model, opt TrainOptions, seed uint64, evaluate bool, acc ensembleWeights, own float64) (*trainer, *Model) {
	t := &trainer{m: m, feats: map[uint64]int32{}}
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7a66))
	var infos []wordInfo
	var fs [maxFeatures]uint64
	scores := make([]float32, len(m.classes))
	var best *Model
	bestAcc := -1.0
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		correct, total := 0, 0
		for _, si := range order {
			s := train[si]
			n := len(s.Words)
			if cap(infos) < n+4 {
				infos = make([]wordInfo, n+4)
			}
			infos = infos[:n+4]
			infos[0], infos[1] = padStart, padStart
			infos[n+2], infos[n+3] = padEnd, padEnd
			for j, w := range s.Words {
				m.fillInfo(w.Form, &infos[j+2])
				if foldAmb != nil {
					infos[j+2].amb = foldAmb[si][j]
				}
			}
			p1, p2 := -1, -1
			for j := range s.Words {
				g := gold[si][j]
				var guess int
				if f := infos[j+2].fixed; f >= 0 {
					guess = int(f)
				} else {
					var nf int
					guess, nf = t.predict(infos, j+2, p1, p2, &fs, scores)
					if guess != g {
						t.update(fs[:nf], g, guess)
					}
				}
				if guess == g {
					correct++
				}
				total++
				p2, p1 = p1, guess
			}
		}
		if !evaluate {
			if opt.Log != nil {
				opt.Log(fmt.Sprintf("seed %d epoch %d: train acc %.2f%%", seed, ep, 100*float64(correct)/float64(total)))
			}
			continue
		}
		cand := &Model{classes: m.classes, classIndex: m.classIndex, useClusters: m.useClusters,
			dictIx: m.dictIx, dictCls: m.dictCls, lexIx: m.lexIx, lexAmb: m.lexAmb, lexClus: m.lexClus, lexFlags: m.lexFlags, lem: m.lem,
			vocab: m.vocab}
		t.finish(cand, opt.Prune, acc, own)
		cand.buildStatic()
		msg := fmt.Sprintf("epoch %d: train acc %.2f%% features %d weights %d", ep, 100*float64(correct)/float64(total), cand.nfeat, cand.nw)
		if len(dev) > 0 {
			sc := Evaluate(cand, dev)
			msg += fmt.Sprintf(" dev UPOS %.2f XPOS %.2f", sc.UPOS, sc.XPOS)
			acc := sc.UPOS + sc.XPOS
			if acc > bestAcc {
				bestAcc, best = acc, cand
			}
		} else {
			best = cand
		}
		if opt.Log != nil {
			opt.Log(msg)
		}
	}
	return t, best
}

// mergeRareClasses returns train with every tag pair seen fewer than min
// times replaced by the most frequent pair with the same UPOS, when
// there is one. train itself is not changed.
func mergeRareClasses(train []conllu.Sentence, min int) []conllu.Sentence {
	count := map[class]int{}
	for _, s := range train {
		for _, w := range s.Words {
			count[class{w.UPOS, w.XPOS}]++
		}
	}
	top := map[string]class{} // UPOS → most frequent pair
	for c, n := range count {
		t, ok := top[c.upos]
		if !ok || n > count[t] || (n == count[t] && c.xpos < t.xpos) {
			top[c.upos] = c
		}
	}
	merge := map[class]class{}
	for c, n := range count {
		if t := top[c.upos]; n < min && count[t] >= min {
			merge[c] = t
		}
	}
	if len(merge) == 0 {
		return train
	}
	out := make([]conllu.Sentence, len(train))
	for i, s := range train {
		out[i] = s
		out[i].Words = slices.Clone(s.Words)
		for j, w := range out[i].Words {
			if t, ok := merge[class{w.UPOS, w.XPOS}]; ok {
				out[i].Words[j].UPOS, out[i].Words[j].XPOS = t.upos, t.xpos
			}
		}
	}
	return out
}

// buildLexicon fills the tag dictionary and the ambiguity classes and
// clusters of m.
func (m *Model) buildLexicon(train []conllu.Sentence, opt TrainOptions) {
	type counts map[int]int
	byForm := map[string]counts{}
	byLower := map[string]counts{}
	for _, s := range train {
		for _, w := range s.Words {
			c := m.classIndex[class{w.UPOS, w.XPOS}]
			if byForm[w.Form] == nil {
				byForm[w.Form] = counts{}
			}
			byForm[w.Form][c]++
			l := strings.ToLower(w.Form)
			if byLower[l] == nil {
				byLower[l] = counts{}
			}
			byLower[l][c]++
		}
	}
	dict := map[uint64]uint8{}
	if opt.DictMinCount > 0 {
		for f, cs := range byForm {
			total, top, topC := 0, 0, 0
			for c, n := range cs {
				total += n
				if n > top || (n == top && c < topC) {
					top, topC = n, c
				}
			}
			if total >= opt.DictMinCount && float64(top) >= opt.DictMinShare*float64(total) {
				dict[hashString(f)] = uint8(topC)
			}
		}
	}
	type lexEntry struct {
		amb   uint64
		clus  uint32
		flags uint8
	}
	// Case history: how the word was written when not sentence-initial.
	caseSeen := map[string]uint8{}
	for _, s := range train {
		for j, w := range s.Words {
			if j == 0 {
				continue
			}
			l := strings.ToLower(w.Form)
			switch {
			case l == w.Form:
				caseSeen[l] |= lexSeenLower
			case isCapitalised(w.Form):
				caseSeen[l] |= lexSeenCap
			}
		}
	}
	lex := map[uint64]lexEntry{}
	for l, cs := range byLower {
		total := 0
		for _, n := range cs {
			total += n
		}
		e := lexEntry{flags: caseSeen[l] | lexSeen}
		if total >= opt.AmbMinCount {
			e.amb = ambHash(cs, nil)
		}
		lex[hashLower(l)] = e
	}
	if opt.Clusters != nil {
		m.useClusters = true
		for w, c := range opt.Clusters {
			h := hashLower(w)
			e := lex[h]
			e.clus = packClusters(c)
			lex[h] = e
		}
	}
	// The most frequent word forms.
	forms := make([]string, 0, len(byForm))
	freq := map[string]int{}
	for f, cs := range byForm {
		forms = append(forms, f)
		for _, n := range cs {
			freq[f] += n
		}
	}
	sort.Slice(forms, func(a, b int) bool {
		if freq[forms[a]] != freq[forms[b]] {
			return freq[forms[a]] > freq[forms[b]]
		}
		return forms[a] < forms[b]
	})
	m.vocab = forms[:min(len(forms), opt.VocabSize)]

	keys := sortedKeys(dict)
	m.dictIx = newKeyIndex(keys)
	m.dictCls = make([]uint8, len(keys))
	for i, k := range keys {
		m.dictCls[i] = dict[k]
	}
	keys = sortedKeys(lex)
	m.lexIx = newKeyIndex(keys)
	m.lexAmb = make([]uint64, len(keys))
	m.lexClus = make([]uint32, len(keys))
	m.lexFlags = make([]uint8, len(keys))
	for i, k := range keys {
		m.lexAmb[i] = lex[k].amb
		m.lexClus[i] = lex[k].clus
		m.lexFlags[i] = lex[k].flags
	}
}

// ambHash returns the ambiguity class of a word seen with the classes
// counted in cs, less those counted in minus (which may be nil): a hash of
// the set of its classes, leaving out rare ones as annotation noise.
func ambHash(cs, minus map[int]int) uint64 {
	total := 0
	for c, n := range cs {
		total += n - minus[c]
	}
	var bits [4]uint64
	for c, n := range cs {
		n -= minus[c]
		if n > 0 && (n*20 >= total || n >= 3) {
			bits[c/64] |= 1 << (c % 64)
		}
	}
	return mix(bits[0] ^ mix(bits[1]^mix(bits[2]^mix(bits[3]+1))))
}

// foldAmbiguity returns the ambiguity class of each training word as
// seen from the other folds (sentence i is in fold i%folds), so that
// training sees rare words the way the tagger will see new ones.
func foldAmbiguity(train []conllu.Sentence, m *Model, folds, minCount int) [][]uint64 {
	total := map[string]map[int]int{}
	own := make([]map[string]map[int]int, folds)
	for f := range own {
		own[f] = map[string]map[int]int{}
	}
	add := func(mp map[string]map[int]int, l string, c int) {
		if mp[l] == nil {
			mp[l] = map[int]int{}
		}
		mp[l][c]++
	}
	for i, s := range train {
		for _, w := range s.Words {
			l := strings.ToLower(w.Form)
			c := m.classIndex[class{w.UPOS, w.XPOS}]
			add(total, l, c)
			add(own[i%folds], l, c)
		}
	}
	out := make([][]uint64, len(train))
	for i, s := range train {
		out[i] = make([]uint64, len(s.Words))
		mine := own[i%folds]
		for j, w := range s.Words {
			l := strings.ToLower(w.Form)
			n := 0
			for c, k := range total[l] {
				n += k - mine[l][c]
			}
			if n >= minCount {
				out[i][j] = ambHash(total[l], mine[l])
			}
		}
	}
	return out
}

// packClusters packs the three cluster numbers of a word into a nonzero
// integer: fine in bits 0–9, medium in bits 10–16, coarse in bits 17–21.
func packClusters(c [3]uint16) uint32 {
	return 1<<31 | uint32(c[2]&1023) | uint32(c[1]&127)<<10 | uint32(c[0]&31)<<17
}
