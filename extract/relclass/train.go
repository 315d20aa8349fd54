package relclass

import (
	"math"
	"math/rand/v2"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// An Example is an analysed sentence, its typed mentions and the
// relations between them that the sentence states, for training and
// evaluation. Every ordered pair of mentions that Gold does not relate by
// a predicate is a negative example of it, except those listed in
// Unknown (Pred "" stands for every predicate).
type Example struct {
	Sentence *nlp.Sentence
	Mentions []Mention
	Gold     []Candidate
	Unknown  []Candidate
}

// label values of a pair for a class.
const (
	lNeg int8 = iota
	lPos
	lUnknown
)

// labels returns the label of each class for each ordered pair (i, j),
// at index (i*n+j)*numClasses+c.
func (ex *Example) labels() []int8 {
	n := len(ex.Mentions)
	ls := make([]int8, n*n*numClasses)
	in := func(c Candidate) bool { return c.Subj >= 0 && c.Subj < n && c.Obj >= 0 && c.Obj < n }
	for _, c := range ex.Unknown {
		if !in(c) {
			continue
		}
		at := (c.Subj*n + c.Obj) * numClasses
		if c.Pred == "" {
			for k := range numClasses {
				ls[at+k] = lUnknown
			}
		} else if k := classOf(c.Pred); k >= 0 {
			ls[at+k] = lUnknown
		}
	}
	for _, c := range ex.Gold {
		if k := classOf(c.Pred); k >= 0 && in(c) {
			ls[(c.Subj*n+c.Obj)*numClasses+k] = lPos
		}
	}
	return ls
}

// TrainOptions are the settings of Train.
type TrainOptions struct {
	Epochs int
	Runs   int    // models trained with successive seeds and averaged
	Bits   int    // log2 of the number of feature slots, 8 to 20
	Seed   uint64 // order of the examples
	// Rate is AdaGrad's learning rate; L2 the weight of the L2 penalty.
	Rate, L2 float64
	// MinCount is how many training pairs must have a feature slot for
	// it to get weights.
	MinCount int
	// Epoch, when set, is called after each epoch with the model so far.
	Epoch func(epoch int, m *Model)
}

// DefaultTrainOptions are the settings of the embedded model.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 10, Runs: 4, Bits: 18, Seed: 1, Rate: 0.1, L2: 1e-6, MinCount: 2}
}

// A trainPair is one ordered pair of mentions with its features and the
// labels of each class.
type trainPair struct {
	feats  []uint64
	labels [numClasses]int8
}

// Train trains a model on exs: a logistic regression per predicate over
// the hashed features of every ordered pair of an example's mentions,
// trained by AdaGrad, opt.Runs times with successive seeds, the weights
// averaged. Training is deterministic.
func Train(exs []Example, opt TrainOptions) *Model {
	opt.Bits = min(max(opt.Bits, 8), maxBits)
	pairs := trainingPairs(exs)
	mask := uint64(1)<<opt.Bits - 1
	count := make([]int32, 1<<opt.Bits)
	for _, p := range pairs {
		for _, f := range p.feats {
			count[f&mask]++
		}
	}
	// drop the rare slots from the pairs once
	for i := range pairs {
		fs := pairs[i].feats[:0]
		for _, f := range pairs[i].feats {
			if int(count[f&mask]) >= opt.MinCount {
				fs = append(fs, f)
			}
		}
		pairs[i].feats = fs
	}
	runs := max(opt.Runs, 1)
	var avg *Model
	for r := range runs {
		o := opt
		o.Seed += uint64(r)
		if r < runs-1 {
			o.Epoch = nil
		}
		m := train(pairs, o)
		if avg == nil {
			avg = m
			continue
		}
		for i, w := range m.w {
			avg.w[i] += w
		}
	}
	for i := range avg.w {
		avg.w[i] /= float32(runs)
	}
	return avg
}

// train runs one training of a model on pairs.
func train(pairs []trainPair, opt TrainOptions) *Model {
	m := &Model{bits: uint8(opt.Bits), mask: 1<<opt.Bits - 1}
	m.w = make([]float32, (1<<opt.Bits)*stride)
	g2 := make([]float32, len(m.w))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	order := make([]int, len(pairs))
	for i := range order {
		order[i] = i
	}
	var scores [numClasses]float64
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, pi := range order {
			p := &pairs[pi]
			m.scores(p.feats, &scores)
			for c := range numClasses {
				if p.labels[c] == lUnknown {
					continue
				}
				y := float64(p.labels[c])
				g := sigmoid(scores[c]) - y
				for _, f := range p.feats {
					at := (f&m.mask)*stride + uint64(c)
					w := float64(m.w[at])
					gi := g + opt.L2*w
					g2[at] += float32(gi * gi)
					m.w[at] = float32(w - opt.Rate*gi/math.Sqrt(float64(g2[at])+1e-8))
				}
			}
		}
		if opt.Epoch != nil {
			opt.Epoch(ep, m)
		}
	}
	return m
}

// trainingPairs returns the features and labels of every ordered pair of
// distinct, non-overlapping mentions of each example.
func trainingPairs(exs []Example) []trainPair {
	var out []trainPair
	for _, ex := range exs {
		s := ex.Sentence
		if len(ex.Mentions) < 2 || len(s.Tokens) == 0 {
			continue
		}
		sc := newScratch(s)
		heads := sc.mentionHeads(ex.Mentions)
		ls := ex.labels()
		n := len(ex.Mentions)
		for i := range ex.Mentions {
			for j := range ex.Mentions {
				if i == j || heads[i] < 0 || heads[j] < 0 || overlap(ex.Mentions[i], ex.Mentions[j]) {
					continue
				}
				var p trainPair
				copy(p.labels[:], ls[(i*n+j)*numClasses:])
				known := false
				for _, l := range p.labels {
					known = known || l != lUnknown
				}
				if !known {
					continue
				}
				p.feats, _ = sc.pairFeatures(nil, ex.Mentions, heads, i, j)
				out = append(out, p)
			}
		}
		sc.release()
	}
	return out
}

// A Score counts a predicate's true positives, false positives and false
// negatives.
type Score struct{ TP, FP, FN int }

// Precision returns TP / (TP + FP), 0 when nothing was predicted.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall returns TP / (TP + FN), 0 when there is nothing to find.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 returns the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate scores m on exs: for each predicate, the ordered pairs it
// predicts with a score of at least min against the gold, pairs and
// predicates marked Unknown left out. The key "" holds the sum over all
// predicates.
func Evaluate(m *Model, exs []Example, min float64) map[string]Score {
	out := map[string]Score{}
	add := func(pred string, d Score) {
		for _, k := range []string{pred, ""} {
			s := out[k]
			s.TP, s.FP, s.FN = s.TP+d.TP, s.FP+d.FP, s.FN+d.FN
			out[k] = s
		}
	}
	for _, ex := range exs {
		ls := ex.labels()
		n := len(ex.Mentions)
		found := make([]bool, len(ls))
		for _, c := range m.Relations(ex.Sentence, ex.Mentions, min) {
			at := (c.Subj*n+c.Obj)*numClasses + classOf(c.Pred)
			found[at] = true
			switch ls[at] {
			case lPos:
				add(c.Pred, Score{TP: 1})
			case lNeg:
				add(c.Pred, Score{FP: 1})
			}
		}
		for at, l := range ls {
			if l == lPos && !found[at] {
				add(Predicates[at%numClasses], Score{FN: 1})
			}
		}
	}
	return out
}
