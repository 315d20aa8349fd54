package coref

import (
	"math/rand/v2"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// An Example is a document analysed by the NLP core together with its
// gold coreference annotation, for training and evaluation. Doc must have
// the gold document's sentences and words (GoldDoc.Tokens, then an
// analyzer that keeps them).
type Example struct {
	Doc  *nlp.Document
	Gold *GoldDoc
}

// TrainOptions are the settings of Train.
type TrainOptions struct {
	Epochs int
	Bits   int    // log2 of the weight table size
	Seed   uint64 // document order
	// Candidates: sentences back for pronouns and for descriptions, and
	// at most this many mentions.
	PronWindow, DescWindow, MaxCands int
	// Speakers also resolves first- and second-person pronouns.
	Speakers bool
	// Costs of the three kinds of error in the cost-augmented update:
	// no antecedent where there is one, an antecedent where there is
	// none, the wrong antecedent.
	CostNew, CostAnaphoric, CostWrong float32
	// MinLex is how often a lemma must head a gold mention to enter the
	// noun-class lexicon.
	MinLex int
	// Epoch, when set, is called after each epoch with the averaged
	// model so far.
	Epoch func(epoch int, m *Model)
}

// DefaultTrainOptions are the settings of the embedded model.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 8, Bits: 18, Seed: 1, PronWindow: 3, DescWindow: 8, MaxCands: 60,
		CostNew: 1, CostAnaphoric: 1, CostWrong: 1, MinLex: 2}
}

// Lexicon returns the semantic class of common nouns that head gold
// mentions of the examples: for each lemma heading at least minCount
// mentions that are neither names nor pronouns, the GUM entity type it
// heads most often, when that type has at least 60% of its mentions.
func Lexicon(exs []Example, minCount int) map[string]uint8 {
	counts := map[string]*[numClasses]int{}
	for _, ex := range exs {
		for _, g := range ex.Gold.Mentions {
			if g.Named || g.Pronoun {
				continue
			}
			w := ex.Gold.Sentences[g.Sentence].Words[g.Head]
			if w.UPOS != "NOUN" {
				continue
			}
			c := counts[g.Lemma]
			if c == nil {
				c = new([numClasses]int)
				counts[g.Lemma] = c
			}
			c[classOf(g.Type)]++
		}
	}
	lex := map[string]uint8{}
	for l, c := range counts {
		total, best := 0, 0
		for k, n := range c {
			total += n
			if n > c[best] {
				best = k
			}
		}
		if total >= minCount && best != int(clsUnknown) && c[best]*10 >= total*6 {
			lex[l] = uint8(best)
		}
	}
	return lex
}

// goldEntities maps the detected mentions of a decoder to the gold
// entities of their head words (-1 for none). Where several gold
// mentions share a head, the shortest counts.
func goldEntities(ms []ment, g *GoldDoc) []int {
	type key struct{ s, h int }
	best := map[key]int{}
	for k, gm := range g.Mentions {
		kk := key{gm.Sentence, gm.Head}
		if j, ok := best[kk]; !ok || gm.End-gm.Start < g.Mentions[j].End-g.Mentions[j].Start {
			best[kk] = k
		}
	}
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = -1
		if k, ok := best[key{m.Sentence, m.Head}]; ok {
			out[i] = g.Mentions[k].Entity
		}
	}
	return out
}

// perceptron trains the weights with averaging.
type perceptron struct {
	m       *Model
	acc     []float32 // sum of update × time
	t       float32
	opt     TrainOptions
	goldEnt []int
}

func (p *perceptron) update(feats []uint64, delta float32) {
	for _, f := range feats {
		i := f & p.m.mask
		p.m.w[i] += delta
		p.acc[i] += delta * p.t
	}
}

func (p *perceptron) decide(d *decoder, i int, cands []int, feats []uint64, offs []int, scores []float32) int {
	p.t++
	ge := p.goldEnt[i]
	null := len(cands)
	isGold := func(k int) bool {
		if k == null {
			return !p.anyGold(cands, ge)
		}
		return ge >= 0 && p.goldEnt[cands[k]] == ge
	}
	noGold := !p.anyGold(cands, ge)
	pred, best, predScore := -1, -1, float32(0)
	var bestScore float32
	plain := -1
	for k, s := range scores {
		if plain < 0 || s > scores[plain] {
			plain = k
		}
		cost := float32(0)
		switch {
		case isGold(k):
		case k == null:
			cost = p.opt.CostNew
		case noGold:
			cost = p.opt.CostAnaphoric
		default:
			cost = p.opt.CostWrong
		}
		if pred < 0 || s+cost > predScore {
			pred, predScore = k, s+cost
		}
		if isGold(k) && (best < 0 || s > bestScore) {
			best, bestScore = k, s
		}
	}
	if !isGold(pred) {
		p.update(feats[offs[best]:offs[best+1]], 1)
		p.update(feats[offs[pred]:offs[pred+1]], -1)
	}
	return plain
}

func (p *perceptron) anyGold(cands []int, ge int) bool {
	if ge < 0 {
		return false
	}
	for _, c := range cands {
		if p.goldEnt[c] == ge {
			return true
		}
	}
	return false
}

// averaged returns a copy of the model with the averaged weights.
func (p *perceptron) averaged() *Model {
	m := *p.m
	m.w = make([]float32, len(p.m.w))
	for i, w := range p.m.w {
		m.w[i] = w - p.acc[i]/p.t
	}
	return &m
}

// Train learns a model from analysed documents with gold coreference.
// It is deterministic.
func Train(exs []Example, opt TrainOptions) *Model {
	m := &Model{bits: uint8(opt.Bits), pronWindow: opt.PronWindow, descWindow: opt.DescWindow,
		maxCands: opt.MaxCands, speakers: opt.Speakers}
	m.mask = 1<<m.bits - 1
	m.w = make([]float32, 1<<m.bits)
	m.lex = Lexicon(exs, opt.MinLex)
	p := &perceptron{m: m, acc: make([]float32, len(m.w)), opt: opt}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 7))
	var out *Model
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			d := newDecoder(m, exs[k].Doc)
			p.goldEnt = goldEntities(d.ms, exs[k].Gold)
			d.run(p)
		}
		out = p.averaged()
		if opt.Epoch != nil {
			opt.Epoch(ep, out)
		}
	}
	if out == nil {
		out = p.averaged()
	}
	return out
}
