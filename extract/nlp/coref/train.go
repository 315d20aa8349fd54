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
	Runs   int    // models trained with successive seeds and averaged
	Bits   int    // log2 of the weight table size
	Seed   uint64 // document order
	// Candidates: sentences back for pronouns and for descriptions, and
	// at most this many mentions.
	PronWindow, DescWindow, MaxCands int
	// NameWindow is how many sentences back the model looks for the
	// antecedent of a name that the name rules leave unlinked (an
	// apposition, a predicate); -1 leaves such names alone.
	NameWindow int
	// DescRule links plain descriptions of organizations to the nearest
	// organization name by rule (describedName).
	DescRule bool
	// Filter scores only plausible candidates (see plausible).
	Filter bool
	// Speakers also resolves first- and second-person pronouns.
	Speakers bool
	// Costs of the three kinds of error in the cost-augmented update:
	// no antecedent where there is one, an antecedent where there is
	// none, the wrong antecedent.
	CostNew, CostAnaphoric, CostWrong float32
	// CostNewDescription, when set, is CostNew for descriptions.
	CostNewDescription float32
	// ParseDropout is the share of training sentences whose parse is
	// hidden (every Head -1, every Rel ""), so that the model learns to
	// resolve in sentences that the extractor leaves unparsed.
	ParseDropout float64
	// NERDropout is the share of the recognizer's name mentions hidden
	// in training, so that the model does not trust the recognizer more
	// than it deserves on text it was not trained on.
	NERDropout float64
	// FollowGold builds the chains of training documents from the gold
	// antecedents rather than the model's choices.
	FollowGold bool
	// MinLex is how often a lemma must head a gold mention to enter the
	// noun-class lexicon.
	MinLex int
	// Epoch, when set, is called after each epoch with the averaged
	// model so far.
	Epoch func(epoch int, m *Model)
}

// DefaultTrainOptions are the settings of the embedded model.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 8, Runs: 4, Bits: 18, Seed: 1, PronWindow: 3, DescWindow: 8, MaxCands: 25, NameWindow: 0, Filter: true,
		Speakers: true, CostNew: 8, CostNewDescription: 32, CostAnaphoric: 0.5, CostWrong: 1, MinLex: 2, ParseDropout: 0.25, DescRule: true}
}

// Lexicon returns the semantic class of common nouns: the hand-written
// classes of nounClasses and, for each other lemma heading at least
// minCount gold mentions of the examples that are neither names nor
// pronouns, the GUM entity type it heads most often, when that type has
// at least 60% of its mentions.
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
	for l, c := range nounClasses {
		lex[l] = c
	}
	return lex
}

// goldEntities maps the detected mentions of a decoder to the gold
// entities of their gold twins (-1 for none; see twins).
func goldEntities(ms []ment, g *GoldDoc) []int {
	out := twins(len(ms), func(i int) *Mention { return &ms[i].Mention }, g)
	for i, k := range out {
		if k >= 0 {
			out[i] = g.Mentions[k].Entity
		}
	}
	return out
}

// twins returns the gold twin (index into g.Mentions, or -1) of each of n
// predicted mentions: the gold mention with the same head word (the
// shortest where several share it); for a predicted mention without one,
// the shortest gold mention not yet matched whose head word lies inside
// the predicted mention. No gold mention is the twin of two predicted
// mentions.
func twins(n int, at func(int) *Mention, g *GoldDoc) []int {
	byHead := map[[2]int]int{}
	bySent := make([][]int, len(g.Sentences))
	for k, gm := range g.Mentions {
		kk := [2]int{gm.Sentence, gm.Head}
		if j, ok := byHead[kk]; !ok || gm.End-gm.Start < g.Mentions[j].End-g.Mentions[j].Start {
			byHead[kk] = k
		}
		bySent[gm.Sentence] = append(bySent[gm.Sentence], k)
	}
	out := make([]int, n)
	taken := make([]bool, len(g.Mentions))
	for i := range out {
		m := at(i)
		out[i] = -1
		if k, ok := byHead[[2]int{m.Sentence, m.Head}]; ok && !taken[k] {
			out[i] = k
			taken[k] = true
		}
	}
	for i := range out {
		m := at(i)
		if out[i] >= 0 || m.Sentence < 0 || m.Sentence >= len(bySent) {
			continue
		}
		best := -1
		for _, k := range bySent[m.Sentence] {
			gm := &g.Mentions[k]
			if !taken[k] && gm.Head >= m.Start && gm.Head < m.End && (best < 0 || gm.End-gm.Start < g.Mentions[best].End-g.Mentions[best].Start) {
				best = k
			}
		}
		if best >= 0 {
			out[i] = best
			taken[best] = true
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
			if p.opt.CostNewDescription > 0 && d.ms[i].Kind == Description {
				cost = p.opt.CostNewDescription
			}
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
	if p.opt.FollowGold {
		return best
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
// It is deterministic. With Runs > 1 it trains that many models with
// seeds Seed, Seed+1, … and averages their weights.
func Train(exs []Example, opt TrainOptions) *Model {
	if opt.Runs <= 1 {
		return train(exs, opt)
	}
	var avg *Model
	epoch := opt.Epoch
	opt.Epoch = nil
	for r := range opt.Runs {
		o := opt
		o.Seed = opt.Seed + uint64(r)
		m := train(exs, o)
		if avg == nil {
			avg = m
			continue
		}
		for i, w := range m.w {
			avg.w[i] += w
		}
	}
	for i := range avg.w {
		avg.w[i] /= float32(opt.Runs)
	}
	if epoch != nil {
		epoch(opt.Epochs, avg)
	}
	return avg
}

func train(exs []Example, opt TrainOptions) *Model {
	m := &Model{bits: uint8(opt.Bits), pronWindow: opt.PronWindow, descWindow: opt.DescWindow,
		maxCands: opt.MaxCands, speakers: opt.Speakers, descRule: opt.DescRule, filter: opt.Filter, nameWindow: opt.NameWindow}
	m.mask = 1<<m.bits - 1
	m.w = make([]float32, 1<<m.bits)
	m.lex = Lexicon(exs, opt.MinLex)
	p := &perceptron{m: m, acc: make([]float32, len(m.w)), opt: opt}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 7))
	if opt.ParseDropout > 0 || opt.NERDropout > 0 {
		exs = dropAnalysis(exs, opt.ParseDropout, opt.NERDropout, rng)
	}
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

// dropAnalysis returns a copy of exs in which a share p of the sentences,
// chosen by rng, have no parse, and a share q of the recognizer's
// mentions are left out. The documents of exs are not modified.
func dropAnalysis(exs []Example, p, q float64, rng *rand.Rand) []Example {
	out := make([]Example, len(exs))
	for i, ex := range exs {
		doc := *ex.Doc
		doc.Sentences = append([]nlp.Sentence(nil), ex.Doc.Sentences...)
		for k := range doc.Sentences {
			s := &doc.Sentences[k]
			if q > 0 && len(s.Mentions) > 0 {
				var kept []nlp.Mention
				for _, m := range s.Mentions {
					if rng.Float64() >= q {
						kept = append(kept, m)
					}
				}
				s.Mentions = kept
			}
			if rng.Float64() >= p {
				continue
			}
			toks := append([]nlp.Token(nil), s.Tokens...)
			for j := range toks {
				toks[j].Head, toks[j].Rel = -1, ""
			}
			s.Tokens = toks
		}
		out[i] = Example{Doc: &doc, Gold: ex.Gold}
	}
	return out
}

// Analyse returns the examples of docs: each document's gold tokens
// (GoldDoc.Tokens) filled in by analyse, such as an analyzer's
// AnalyzeTokens method.
func Analyse(docs []GoldDoc, analyse func(*nlp.Document)) []Example {
	exs := make([]Example, len(docs))
	for i := range docs {
		doc := docs[i].Tokens()
		analyse(doc)
		exs[i] = Example{Doc: doc, Gold: &docs[i]}
	}
	return exs
}
