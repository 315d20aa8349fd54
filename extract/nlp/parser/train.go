package parser

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// TrainOptions configures Train. Zero values select the defaults.
type TrainOptions struct {
	Epochs       int     // passes over the training data; default 11
	MoveBits     uint    // log2 of the rows of the move table, 10–24; default 21
	LabelBits    uint    // log2 of the rows of the label table, 8–18; default 16
	MinWordCount int     // words seen fewer times are unknown; default 2
	Explore      float64 // after the first epoch, probability of following the model's own wrong move; default 0.9, negative for none
	Seed         uint64  // seed of the shuffling and exploration; default 1
	// Ensemble, when above 1, trains this many perceptrons side by side
	// (seeds Seed, Seed+1, …, each with its own shuffling and
	// exploration) and gives the model the mean of their averaged weights
	// (parameter mixing); the epoch is chosen on the mixed model. The
	// model has the same size and speed. Default 1.
	Ensemble int
	// Beam, when above 1, trains the move model globally with beam search
	// of this width and max-violation updates (instead of greedily with a
	// dynamic oracle), and the model parses with the same beam (see
	// Model.WithBeam). Default 1.
	Beam int
	// CoarseTags adds features on coarse tags, in which proper nouns count
	// as common nouns (the tagger's most frequent confusion).
	CoarseTags bool
	// Clusters maps lower-cased words to word clusters at three
	// granularities, coarse to fine (e.g. 32, 128 and 512 classes, as
	// tagger.LearnClusters makes); the medium and fine ones become
	// features. nil disables cluster features. The model keeps a copy.
	Clusters map[string][3]uint16
	// Log, when non-nil, receives one line per epoch with the dev scores.
	Log func(string)
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 11
	}
	if o.MoveBits == 0 {
		o.MoveBits = 21
	}
	if o.LabelBits == 0 {
		o.LabelBits = 16
	}
	if o.MinWordCount == 0 {
		o.MinWordCount = 2
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Ensemble < 1 {
		o.Ensemble = 1
	}
	if o.Beam < 1 {
		o.Beam = 1
	}
}

// example is one training sentence with its gold tree made projective.
type example struct {
	words, upos, xpos []string
	gh                []int32 // gold head by position (1..n), 0 = root; gh[0] = -1
	gl                []int32 // gold label id by position
}

// trainer holds the weights being learned: w are the current weights and u
// the sums used for averaging (avg = w - u/c).
type trainer struct {
	m      *Model
	mw     []int32
	mu     []int64
	lw     []int32
	lu     []int64
	c      int64
	rng    *rand.Rand
	opt    TrainOptions
	nl     int
	lscore []int64
	order  []int        // order of the training examples in the current epoch
	s      *state       // scratch parser state
	beam   *beamTrainer // scratch of global learning (Beam > 1)
}

// Train trains a parser on train, choosing the epoch with the best LAS on
// dev (the last epoch when dev is empty; with Beam above 1 the model parses
// dev with the full beam, without margin). Training is deterministic: the
// same data and options give the same model, byte for byte. Non-projective
// training trees are made projective by lifting arcs. The parser learns
// from the UPOS and XPOS tags of train as given: to parse predicted tags
// well, give it tags predicted by jackknifed taggers (as internal/train
// does).
func Train(train, dev []conllu.Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if len(train) == 0 {
		return nil, errors.New("train parser: no training sentences")
	}
	if opt.MoveBits < 10 || opt.MoveBits > maxMoveBits || opt.LabelBits < 8 || opt.LabelBits > maxLabelBits {
		return nil, fmt.Errorf("train parser: table sizes 2^%d, 2^%d out of range", opt.MoveBits, opt.LabelBits)
	}
	m, err := newModel(train, opt)
	if err != nil {
		return nil, fmt.Errorf("train parser: %w", err)
	}
	exs := make([]example, 0, len(train))
	for i := range train {
		ex, err := m.example(&train[i])
		if err != nil {
			return nil, fmt.Errorf("train parser: sentence %d: %w", i+1, err)
		}
		exs = append(exs, ex)
	}
	ts := make([]*trainer, opt.Ensemble)
	for k := range ts {
		t := &trainer{
			m:      m,
			mw:     make([]int32, (1<<opt.MoveBits)*moveWidth),
			mu:     make([]int64, (1<<opt.MoveBits)*moveWidth),
			lw:     make([]int32, (1<<opt.LabelBits)*len(m.labels)),
			lu:     make([]int64, (1<<opt.LabelBits)*len(m.labels)),
			c:      1,
			rng:    rand.New(rand.NewPCG(opt.Seed+uint64(k), 0x6e657773)),
			opt:    opt,
			nl:     len(m.labels),
			lscore: make([]int64, len(m.labels)),
			order:  make([]int, len(exs)),
			s:      &state{clusters: len(m.clusters) > 0, coarse: m.coarseFeats},
		}
		for i := range t.order {
			t.order[i] = i
		}
		if opt.Beam > 1 {
			t.beam = newBeamTrainer(m, opt.Beam)
		}
		ts[k] = t
	}
	var best *Model
	bestLAS := -1.0
	for ep := 0; ep < opt.Epochs; ep++ {
		start := time.Now()
		moves := make([]int, len(ts))
		errs := make([]int, len(ts))
		var wg sync.WaitGroup
		for k, t := range ts {
			wg.Add(1)
			go func() { // each trainer has its own state, weights and rng
				defer wg.Done()
				t.rng.Shuffle(len(t.order), func(i, j int) { t.order[i], t.order[j] = t.order[j], t.order[i] })
				for _, i := range t.order {
					var a, b int
					if t.beam != nil {
						a, b = t.beamSentence(&exs[i])
					} else {
						a, b = t.sentence(t.s, &exs[i], ep > 0)
					}
					moves[k] += a
					errs[k] += b
				}
			}()
		}
		wg.Wait()
		cur := average(ts)
		what := "train move error"
		if opt.Beam > 1 {
			what = "train sentences updated"
		}
		line := fmt.Sprintf("epoch %d: %s %.2f%% (%s)", ep+1, what, 100*float64(errs[0])/float64(moves[0]), time.Since(start).Round(time.Millisecond))
		if len(dev) > 0 {
			sc := Evaluate(cur, dev, nil)
			line += fmt.Sprintf("; dev UAS %.2f LAS %.2f", sc.UAS, sc.LAS)
			if sc.LAS > bestLAS {
				best, bestLAS = cur, sc.LAS
			}
		} else {
			best = cur
		}
		if opt.Log != nil {
			opt.Log(line)
		}
	}
	return best, nil
}

// newModel builds the vocabularies of a model from the training data.
func newModel(train []conllu.Sentence, opt TrainOptions) (*Model, error) {
	count := map[string]int{}
	xset, uset, lset := map[string]bool{}, map[string]bool{}, map[string]bool{"root": true}
	var buf []byte
	for i := range train {
		for _, w := range train[i].Words {
			buf = normalize(buf[:0], w.Form)
			count[string(buf)]++
			xset[w.XPOS] = true
			uset[w.UPOS] = true
			lset[w.Deprel] = true
		}
	}
	var words []string
	for w, c := range count {
		if c >= opt.MinWordCount {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	words = append([]string{""}, words...)
	sorted := func(set map[string]bool) []string {
		var out []string
		for k := range set {
			out = append(out, k)
		}
		slices.Sort(out)
		return append([]string{""}, out...)
	}
	labels := sorted(lset)[1:]
	if len(labels) > 250 {
		return nil, fmt.Errorf("%d relation labels, want at most 250", len(labels))
	}
	m := &Model{
		words:       words,
		xposList:    sorted(xset),
		uposList:    sorted(uset),
		labels:      labels,
		moveBits:    opt.MoveBits,
		labelBits:   opt.LabelBits,
		beam:        opt.Beam,
		coarseFeats: opt.CoarseTags,
	}
	if len(opt.Clusters) > 0 {
		keys := make([]string, 0, len(opt.Clusters))
		for w := range opt.Clusters {
			keys = append(keys, w)
		}
		slices.Sort(keys)
		m.clusters = make(map[string][3]uint16, len(keys))
		for _, w := range keys {
			buf = normalize(buf[:0], w)
			if _, dup := m.clusters[string(buf)]; !dup {
				m.clusters[string(buf)] = opt.Clusters[w]
			}
		}
	}
	m.index()
	return m, nil
}

// index builds the look-up maps and the root label id from the lists.
func (m *Model) index() {
	ids := func(list []string) map[string]uint32 {
		out := make(map[string]uint32, len(list))
		for i, w := range list {
			if i > 0 {
				out[w] = uint32(i)
			}
		}
		return out
	}
	m.xpos, m.upos = ids(m.xposList), ids(m.uposList)
	m.lex = make(map[string]lexEntry, len(m.words)+len(m.clusters))
	for w, c := range m.clusters {
		m.lex[w] = lexEntry{cm: c[1], cf: c[2]}
	}
	for i, w := range m.words {
		if i == 0 {
			continue
		}
		e, ok := m.lex[w]
		if !ok {
			e = lexEntry{cm: noCluster, cf: noCluster}
		}
		e.id = uint32(i)
		m.lex[w] = e
	}
	m.rootLabel, m.punctLabel = m.labelID("root"), m.labelID("punct")
	for t := range m.coarse {
		m.coarse[t] = uint16(t)
	}
	toCommon := func(ids map[string]uint32, from, to string) (uint32, uint32, bool) {
		f, ok1 := ids[from]
		c, ok2 := ids[to]
		return f, c, ok1 && ok2
	}
	xmap := map[uint32]uint32{}
	for _, p := range [][2]string{{"NNP", "NN"}, {"NNPS", "NNS"}} {
		if f, c, ok := toCommon(m.xpos, p[0], p[1]); ok {
			xmap[f&63] = c & 63
		}
	}
	pu, nu, okU := toCommon(m.upos, "PROPN", "NOUN")
	for x := uint32(0); x < 64; x++ {
		for u := uint32(0); u < 32; u++ {
			cx, cu := x, u
			if c, ok := xmap[x]; ok {
				cx = c
			}
			if okU && u == pu&31 {
				cu = nu & 31
			}
			if t := tagID(x, u); t != rootP && t != noneP {
				m.coarse[t] = uint16(tagID(cx, cu))
			}
		}
	}
	m.punctTag = m.upos["PUNCT"] & 31
}

func (m *Model) labelID(l string) int32 {
	for i, x := range m.labels {
		if x == l {
			return int32(i)
		}
	}
	return -1
}

// example converts a treebank sentence, checking its tree and making it
// projective.
func (m *Model) example(s *conllu.Sentence) (example, error) {
	n := len(s.Words)
	ex := example{
		words: make([]string, n), upos: make([]string, n), xpos: make([]string, n),
		gh: make([]int32, n+1), gl: make([]int32, n+1),
	}
	ex.gh[0], ex.gl[0] = -1, -1
	roots := 0
	for i, w := range s.Words {
		if w.ID != i+1 {
			return ex, fmt.Errorf("word %d has ID %d", i+1, w.ID)
		}
		if w.Head < 0 || w.Head > n || w.Head == w.ID {
			return ex, fmt.Errorf("word %d has head %d", w.ID, w.Head)
		}
		ex.words[i], ex.upos[i], ex.xpos[i] = w.Form, w.UPOS, w.XPOS
		ex.gh[i+1] = int32(w.Head)
		if w.Head == 0 {
			roots++
		}
		ex.gl[i+1] = m.labelID(w.Deprel)
	}
	if roots != 1 {
		return ex, fmt.Errorf("%d roots, want 1", roots)
	}
	for i := 1; i <= n; i++ { // every word must reach the root
		x, steps := int32(i), 0
		for x != 0 {
			x = ex.gh[x]
			if steps++; steps > n {
				return ex, fmt.Errorf("cycle through word %d", i)
			}
		}
	}
	projectivize(ex.gh)
	return ex, nil
}

// projectivize lifts non-projective arcs (to the head's head) until the tree
// is projective, shortest arcs first.
func projectivize(gh []int32) {
	n := int32(len(gh) - 1)
	dominates := func(h, x int32) bool {
		for x != 0 && x != h {
			x = gh[x]
		}
		return x == h
	}
	for {
		best, bestLen := int32(-1), int32(math.MaxInt32)
		for d := int32(1); d <= n; d++ {
			h := gh[d]
			lo, hi := min(h, d), max(h, d)
			for x := lo + 1; x < hi; x++ {
				if !dominates(h, x) {
					if hi-lo < bestLen {
						best, bestLen = d, hi-lo
					}
					break
				}
			}
		}
		if best < 0 {
			return
		}
		gh[best] = gh[gh[best]]
	}
}

// costs returns the dynamic-oracle cost of each legal move for gold heads
// gh: the number of gold arcs it makes unreachable (Goldberg & Nivre 2013).
func costs(s *state, gh []int32) (c [nMoves]int) {
	k := len(s.stack)
	s0 := s.stack[k-1]
	if s.legal(left) || s.legal(right) {
		deps := 0
		for j := s.b; j <= s.n; j++ {
			if gh[j] == s0 {
				deps++
			}
		}
		c[left], c[right] = deps, deps
		if k > 1 && gh[s0] == s.stack[k-2] {
			c[left]++
		}
		if gh[s0] > s.b {
			c[left]++
		}
		if gh[s0] >= s.b {
			c[right]++
		}
	}
	if s.legal(shift) {
		b0 := s.b
		for _, x := range s.stack {
			if gh[x] == b0 {
				c[shift]++
			}
		}
		if h := gh[b0]; h < b0 && h != s0 && s.head[h] < 0 {
			c[shift]++ // its head is on the stack below s0
		}
	}
	return c
}

// sentence trains on one sentence and returns the number of moves and of
// wrong moves.
func (t *trainer) sentence(s *state, ex *example, explore bool) (moves, errs int) {
	m := t.m
	s.reset(len(ex.words))
	m.prepare(s, ex.words, ex.upos, ex.xpos)
	for !s.done() {
		var legal [nMoves]bool
		nLegal, follow := 0, 0
		for mv := range legal {
			if legal[mv] = s.legal(mv); legal[mv] {
				nLegal, follow = nLegal+1, mv
			}
		}
		if nLegal > 1 {
			follow = t.move(s, ex, legal, explore)
			moves++
			if follow < 0 {
				errs++
				follow = -follow - 1
			}
		}
		var lab int32
		if follow != shift {
			h, d := s.headOf(follow), s.stack[len(s.stack)-1]
			var ok bool
			if lab, ok = m.fixedLabel(s, h, d); !ok {
				lab = t.label(s, follow, h, d, ex)
			}
		}
		s.apply(follow, lab)
		t.c++
	}
	return moves, errs
}

// move scores the legal moves, learns from the dynamic oracle and returns
// the move to follow, as -move-1 when the model's best move was wrong.
func (t *trainer) move(s *state, ex *example, legal [nMoves]bool, explore bool) int {
	s.moveFeatures(t.m.moveBits)
	var sc [moveWidth]int64
	for _, r := range s.feats {
		row := t.mw[r*moveWidth : r*moveWidth+moveWidth]
		sc[0] += int64(row[0])
		sc[1] += int64(row[1])
		sc[2] += int64(row[2])
	}
	cost := costs(s, ex.gh)
	pred, gold := -1, -1
	minCost := math.MaxInt
	for mv, ok := range legal {
		if ok && cost[mv] < minCost {
			minCost = cost[mv]
		}
	}
	for mv, ok := range legal {
		if !ok {
			continue
		}
		if pred < 0 || sc[mv] > sc[pred] {
			pred = mv
		}
		if cost[mv] == minCost && (gold < 0 || sc[mv] > sc[gold]) {
			gold = mv
		}
	}
	if cost[pred] == minCost {
		return gold
	}
	for _, r := range s.feats {
		t.updMove(int(r)*moveWidth+gold, 1)
		t.updMove(int(r)*moveWidth+pred, -1)
	}
	if explore && t.rng.Float64() < t.opt.Explore {
		return -pred - 1
	}
	return -gold - 1
}

// label predicts the label of h → d, learns from the gold label when the
// arc is gold, and returns the label to apply.
func (t *trainer) label(s *state, move int, h, d int32, ex *example) int32 {
	m := t.m
	s.labelFeatures(m.labelBits, move, h, d)
	nl := t.nl
	sc := t.lscore
	clear(sc)
	for _, r := range s.lfeats {
		row := t.lw[int(r)*nl : int(r)*nl+nl]
		for j, v := range row {
			sc[j] += int64(v)
		}
	}
	pred := int32(-1)
	for j, v := range sc {
		if int32(j) != m.rootLabel && (pred < 0 || v > sc[pred]) {
			pred = int32(j)
		}
	}
	if ex.gh[d] != h {
		return pred
	}
	gold := ex.gl[d]
	if gold >= 0 && gold != pred && gold != m.rootLabel {
		for _, r := range s.lfeats {
			t.updLabel(int(r)*nl+int(gold), 1)
			t.updLabel(int(r)*nl+int(pred), -1)
		}
	}
	if gold < 0 || gold == m.rootLabel {
		return pred
	}
	return gold
}

func (t *trainer) updMove(i int, d int32) {
	t.mw[i] += d
	t.mu[i] += t.c * int64(d)
}

func (t *trainer) updLabel(i int, d int32) {
	t.lw[i] += d
	t.lu[i] += t.c * int64(d)
}

// average returns a model with the mean of the trainers' averaged weights,
// quantized to int8.
func average(ts []*trainer) *Model {
	mw, mu, lw, lu := make([][]int32, len(ts)), make([][]int64, len(ts)), make([][]int32, len(ts)), make([][]int64, len(ts))
	cs := make([]int64, len(ts))
	for k, t := range ts {
		mw[k], mu[k], lw[k], lu[k], cs[k] = t.mw, t.mu, t.lw, t.lu, t.c
	}
	return ts[0].m.withWeights(quantize(mw, mu, cs), quantize(lw, lu, cs))
}

// withWeights returns a model with m's vocabularies and the given weights.
func (m *Model) withWeights(move, label []int8) *Model {
	packed, rowLen := packLabels(label, len(m.labels))
	out := &Model{
		words: m.words, xposList: m.xposList,
		uposList: m.uposList, labels: m.labels, clusters: m.clusters, coarseFeats: m.coarseFeats,
		moveBits: m.moveBits, labelBits: m.labelBits, move: packMoves(move), label: packed, labelRow: rowLen,
		beam: m.beam,
	}
	out.index()
	return out
}

// quantize averages the weights of each perceptron k (w[k], u[k], c[k]),
// takes their mean and scales it to int8 so that the largest magnitude
// maps to 127. (Parsing accuracy is the same as with int16 weights to
// within 0.1 point.)
func quantize(w [][]int32, u [][]int64, c []int64) []int8 {
	avg := make([]float64, len(w[0]))
	for k := range w {
		for i := range avg {
			if w[k][i] == 0 && u[k][i] == 0 {
				continue
			}
			avg[i] += float64(w[k][i]) - float64(u[k][i])/float64(c[k])
		}
	}
	maxAbs := 0.0
	for _, a := range avg {
		maxAbs = max(maxAbs, math.Abs(a))
	}
	out := make([]int8, len(avg))
	if maxAbs == 0 {
		return out
	}
	scale := 127 / maxAbs
	for i, a := range avg {
		out[i] = int8(math.Round(a * scale))
	}
	return out
}
