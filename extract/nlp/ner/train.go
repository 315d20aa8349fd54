package ner

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// TrainOptions configure Train. The zero value gives the defaults.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 16).
	// The epoch scoring best on dev is kept.
	Epochs int
	// Bits is log2 of the number of hashed feature rows (default 17).
	Bits uint
	// Seed seeds the shuffling of the training sentences (default 1).
	Seed uint64
	// Unlabeled sentences (such as EWT) add to the capitalisation lexicon
	// and to the name-part classes of the lexicon (flat proper-noun
	// chains); their entity annotation, if any, is not used.
	Unlabeled []conllu.Sentence
	// WordDropout is the probability of hiding a word's own identity
	// features from one training step (default 0.25; negative for none).
	WordDropout float64
	// Tag, when set, replaces the POS tags of the training and dev
	// sentences by predicted ones, as the recognizer will see at run time.
	// Without it, the sentences' own tags are used.
	Tag TagFunc
	// Runs is the number of training runs, each shuffling with its own
	// seed (Seed, Seed+1, …), whose weights are averaged (default 1).
	Runs int
	// TyperEpochs is the number of passes of the span typer (default
	// 20; negative for no typer). The epoch scoring best on dev is kept.
	TyperEpochs int
	// TyperBits is log2 of the typer's hashed feature rows (default 16).
	TyperBits uint
	// TyperDropout is the probability of hiding a training span's own
	// words from the typer (default 0.3; negative for none).
	TyperDropout float64
	// NoNames trains without the name lexicon (names.go).
	NoNames bool
	// Beam is the width of the beam (at most maxBeam) of a structured
	// perceptron with early update, and of the trained model's decoder
	// (beam.go); 0 or 1 trains a greedy left-to-right tagger on its own
	// predicted history.
	Beam int
	// Log, when set, receives one line per epoch with the dev scores.
	Log func(string)
}

// hashUnknown stands for a hidden word in training.
var hashUnknown = hashString("<unk>")

// example is one training sentence.
type example struct {
	words, upos, xpos []string
	gold              []int
	excl              lexDoc // the names of the sentence's own document
}

func makeExample(s Labeled) example {
	n := len(s.Words)
	e := example{words: s.Words, upos: s.UPOS, xpos: s.XPOS, gold: make([]int, n)}
	for _, mt := range s.Names {
		t := typeIndex(mt.Type)
		if t < 0 {
			continue
		}
		if mt.End-mt.Start == 1 {
			e.gold[mt.Start] = labelOf(t, posU)
			continue
		}
		e.gold[mt.Start] = labelOf(t, posB)
		for i := mt.Start + 1; i < mt.End-1; i++ {
			e.gold[i] = labelOf(t, posI)
		}
		e.gold[mt.End-1] = labelOf(t, posL)
	}
	return e
}

func typeIndex(typ string) int {
	for i, t := range modelTypes {
		if t == typ {
			return i
		}
	}
	return -1
}

// buildLexicon records, for words seen at least three times away from the
// start of a sentence, whether they are usually capitalised.
func buildLexicon(sets ...[][]string) map[uint64]uint8 {
	type count struct{ caps, total int }
	counts := map[uint64]*count{}
	for _, set := range sets {
		for _, s := range set {
			for i, w := range s {
				if i == 0 || !hasLetter(w) {
					continue
				}
				if p := s[i-1]; p == "``" || p == "\"" || p == ":" || p == "." {
					continue
				}
				h := hashLower(w)
				c := counts[h]
				if c == nil {
					c = &count{}
					counts[h] = c
				}
				c.total++
				if startsUpper(w) {
					c.caps++
				}
			}
		}
	}
	lex := map[uint64]uint8{}
	for h, c := range counts {
		if c.total >= 3 {
			lex[h] = capHabit(c.caps, c.total)
		}
	}
	return lex
}

// addNameParts marks in lex the words that begin (bit 2) and end (bit 3)
// chains of proper nouns joined by flat, which in UD treebanks are mostly
// personal names ("George W. Bush").
func addNameParts(lex map[uint64]uint8, sents []conllu.Sentence) {
	for _, s := range sents {
		for i, w := range s.Words {
			if !strings.HasPrefix(w.Deprel, "flat") || w.Head < 1 || w.Head > len(s.Words) {
				continue
			}
			h := s.Words[w.Head-1]
			if h.UPOS != "PROPN" || w.UPOS != "PROPN" || !namePart(h.Form) || !namePart(w.Form) {
				continue
			}
			// w is a later part; the last flat dependent ends the name.
			isLast := true
			for _, o := range s.Words[i+1:] {
				if o.Head == w.Head && strings.HasPrefix(o.Deprel, "flat") {
					isLast = false
				}
			}
			lex[hashLower(h.Form)] |= 4
			if isLast {
				lex[hashLower(w.Form)] |= 8
			}
		}
	}
}

// namePart reports whether w looks like a part of a personal name: a
// capital followed by lower-case letters ("Osama"), not an initial or an
// acronym.
func namePart(w string) bool {
	if len(w) < 2 || !startsUpperASCII(w) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' && c != '\'' && c < 0x80 {
			return false
		}
	}
	return true
}

func hasLetter(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0xBF })
}

// oracle returns the best label for token i given the (possibly wrong)
// previous predicted label: the gold label when it may follow prev,
// otherwise the closest allowed one (close an open mention of the wrong
// kind with L, open a mention with B or U instead of continuing one).
func oracle(prev int, gold []int, i int) int {
	g := gold[i]
	last := i == len(gold)-1
	if allowed(prev, g, last) {
		return g
	}
	inside := prev != labelO && (labelPos(prev) == posB || labelPos(prev) == posI)
	if inside {
		// Must continue the open mention; close it here.
		return labelOf(labelType(prev), posL)
	}
	// Outside: gold continues a mention we did not open.
	t := labelType(g)
	if labelPos(g) == posL || last {
		return labelOf(t, posU)
	}
	return labelOf(t, posB)
}

// Train trains a recognizer on labeled sentences (their tags as inputs,
// or those of opt.Tag) with an averaged perceptron,
// keeping the epoch that scores best on dev. It is deterministic: the same
// data and options give the same model.
func Train(train, dev []Labeled, opt TrainOptions) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("train ner: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 16
	}
	if opt.Bits == 0 {
		opt.Bits = 17
	}
	if opt.Bits < 10 || opt.Bits > 24 {
		return nil, fmt.Errorf("train ner: bits %d out of range 10..24", opt.Bits)
	}
	if opt.WordDropout == 0 {
		opt.WordDropout = 0.25
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	exs := make([]example, len(train))
	maxLen := 0
	for i, s := range train {
		exs[i] = makeExample(s)
		if opt.Tag != nil {
			exs[i].upos, exs[i].xpos = opt.Tag(exs[i].words)
		}
		maxLen = max(maxLen, len(s.Words))
	}
	if opt.Beam > maxBeam {
		return nil, fmt.Errorf("train ner: beam %d over %d", opt.Beam, maxBeam)
	}
	m := newModel(opt.Bits)
	m.beam = max(opt.Beam, 1)
	trainWords := make([][]string, len(train))
	for i := range train {
		trainWords[i] = train[i].Words
	}
	unlabeled := make([][]string, len(opt.Unlabeled))
	for i, s := range opt.Unlabeled {
		unlabeled[i] = make([]string, len(s.Words))
		for j, w := range s.Words {
			unlabeled[i][j] = w.Form
		}
	}
	m.lex = buildLexicon(trainWords, unlabeled)
	addNameParts(m.lex, opt.Unlabeled)
	if !opt.NoNames {
		var own []lexDoc
		m.names, own = buildNameLexicon(train)
		for i := range exs {
			exs[i].excl = own[i]
		}
	}

	runs := max(opt.Runs, 1)
	var sum []float32
	for r := range runs {
		best, bestEpoch := trainRun(m, exs, maxLen, dev, opt, opt.Seed+uint64(r))
		if opt.Log != nil {
			opt.Log(fmt.Sprintf("run %d: kept epoch %d", r+1, bestEpoch))
		}
		if sum == nil {
			sum = best
			continue
		}
		for i, v := range best {
			sum[i] += v
		}
	}
	for i := range sum {
		sum[i] /= float32(runs)
	}
	m.setWeights(sum)
	if opt.TyperEpochs >= 0 {
		if opt.TyperEpochs == 0 {
			opt.TyperEpochs = 20
		}
		if opt.TyperBits == 0 {
			opt.TyperBits = 16
		}
		if opt.TyperDropout == 0 {
			opt.TyperDropout = 0.3
		}
		trainTyper(m, train, exs, dev, opt)
	}
	return m, nil
}

// trainRun runs the averaged perceptron over exs once, shuffling with
// seed, and returns the averaged weights of the epoch that scores best on
// dev (the last epoch without dev).
func trainRun(m *Model, exs []example, maxLen int, dev []Labeled, opt TrainOptions, seed uint64) ([]float32, int) {
	w := make([]float32, (1<<opt.Bits)*numLabels)
	acc := make([]float64, len(w))
	var c float64 = 1
	update := func(feats []uint32, label int, d float32) {
		for _, f := range feats {
			i := int(f)*numLabels + label
			w[i] += d
			acc[i] += c * float64(d)
		}
	}
	averaged := func() []float32 {
		avg := make([]float32, len(w))
		for i := range w {
			avg[i] = w[i] - float32(acc[i]/c)
		}
		return avg
	}

	rng := rand.New(rand.NewPCG(seed, 0x6e6572))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	s := &scratch{info: make([]tokenInfo, maxLen), labels: make([]int, maxLen)}
	var best []float32
	bestF, bestEpoch := -1.0, 0
	var sc [numLabels]float32
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, tokens := 0, 0
		for _, k := range order {
			e := &exs[k]
			n := len(e.words)
			info := s.info[:n]
			m.fillInfoExcl(e.words, e.upos, e.xpos, info, nil, e.excl)
			if opt.Beam > 1 {
				drop := make([]bool, n)
				for i := range drop {
					drop[i] = opt.WordDropout > 0 && rng.Float64() < opt.WordDropout
				}
				errs += m.beamTrain(w, info, e.gold, drop, opt.Beam, s, update)
				c += float64(n)
				tokens += n
				continue
			}
			prev, prev2 := labelO, labelO
			for i := 0; i < n; i++ {
				// Word dropout: now and then hide the word itself, so that
				// the model learns to use shape and context for unseen names.
				saved := info[i]
				if opt.WordDropout > 0 && rng.Float64() < opt.WordDropout {
					ti := &info[i]
					ti.lw, ti.form, ti.suf2, ti.suf3, ti.suf4, ti.pre3, ti.lex = hashUnknown, hashUnknown, hashUnknown, hashUnknown, hashUnknown, hashUnknown, 0
				}
				nf := m.features(info, i, prev, prev2, &s.feats)
				info[i] = saved
				feats := s.feats[:nf]
				scoreFloat(w, feats, &sc)
				last := i == n-1
				pred := -1
				for l := 0; l < numLabels; l++ {
					if allowed(prev, l, last) && (pred < 0 || sc[l] > sc[pred]) {
						pred = l
					}
				}
				gold := oracle(prev, e.gold, i)
				if pred != gold {
					update(feats, gold, 1)
					update(feats, pred, -1)
					errs++
				}
				c++
				tokens++
				// Continue from the prediction, so that the model learns
				// to recover from its own mistakes.
				prev2, prev = prev, pred
			}
		}
		avg := averaged()
		m.setWeights(avg)
		var f float64
		msg := fmt.Sprintf("seed %d epoch %d: train token errors %.2f%%", seed, epoch, 100*float64(errs)/float64(max(tokens, 1)))
		if len(dev) > 0 {
			scores := EvaluateLabeled(m, dev, opt.Tag)
			f = scores.Overall.F1
			msg += fmt.Sprintf(", dev P %.4f R %.4f F1 %.4f", scores.Overall.Precision, scores.Overall.Recall, f)
		} else {
			f = float64(epoch)
		}
		if f > bestF {
			bestF, bestEpoch, best = f, epoch, avg
		}
		if opt.Log != nil {
			opt.Log(msg)
		}
	}
	return best, bestEpoch
}
