package ner

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// The span typer is the second stage of the recognizer: given a span that
// the sequence model marked as a name, it decides from features of the
// whole span and its context whether the name is a person, an
// organization, a place or something else (a name of an event, an object
// or a work, which is dropped). It is a multiclass averaged perceptron
// over hashed features.

// typerTypes are the classes of the span typer, in weight order.
var typerTypes = [...]string{Person, Org, Place, other}

const (
	typeClasses = len(typerTypes)
	typeOther   = 3
	// maxSpanFeatures bounds the features of one span.
	maxSpanFeatures = 96
	// spanWords is the number of words of a long span that give
	// per-word features.
	spanWords = 8
)

// A typer holds the span typer's quantized weights.
type typer struct {
	bits    uint
	mask    uint64
	weights []int16 // typeClasses per row; a weight is w * scale
	scale   float32
}

// Span feature templates; they share the hash space with nothing else, as
// the typer has its own weight table.
const (
	sBias = iota + 1
	sWord
	sWordShape
	sFirst
	sLast
	sFirstLast
	sLastSuf3
	sLastSuf4
	sFirstSuf3
	sLen
	sWhole
	sShapes
	sLexFirst
	sLexLast
	sGaz
	sPlace
	sOrg
	sWholePlace
	sWm1
	sWm2
	sWm2Wm1
	sWp1
	sWp2
	sWp1Wp2
	sUPm1
	sUPp1
	sTitleM1
	sInitial
	sWm1Len
	sWm1Last
	sLastWp1
	sUPs
	sTitleIn
	sLexWord
	sCapc
	sGivenFirst
	sGivenAny
	sHeadLast
	sHeadFirst
	sTown
	sTownWord
	sLowGaz
	sWN
	sWNWord
	sNameWhole
)

// Options of spanFeatures.
const (
	// hideWords leaves out the identity of the span's words (training
	// dropout).
	hideWords = 1 << iota
	// hideRight leaves out the words after the span, as if it ended the
	// sentence: after a name, "said" is evidence of a person only
	// because most speakers are people (see kinds.go).
	hideRight
)

// spanFeatures writes the typer features of span [st, en) into out and
// returns how many it wrote; opt is a set of the options above.
func (t *typer) spanFeatures(info []tokenInfo, words []string, st, en int, opt int, out *[maxSpanFeatures]uint32) int {
	hide := opt&hideWords != 0
	k := 0
	add := func(tpl uint64, a, b uint64) {
		if k < maxSpanFeatures {
			out[k] = uint32(mix(tpl+200, a, b) & t.mask)
			k++
		}
	}
	n := len(info)
	first, last := &info[st], &info[en-1]
	ln := uint64(min(en-st, 4))
	add(sBias, 0, 0)
	if !hide {
		whole := uint64(fnvOffset)
		for i := st; i < en; i++ {
			whole = mix(whole, info[i].lw, 0)
		}
		add(sWhole, whole, 0)
		add(sFirst, first.lw, 0)
		add(sLast, last.lw, 0)
		add(sFirstLast, first.lw, last.lw)
		for i := st; i < min(en, st+spanWords); i++ {
			add(sWord, info[i].lw, 0)
		}
	}
	shapes := uint64(fnvOffset)
	ups := uint64(fnvOffset)
	for i := st; i < min(en, st+spanWords); i++ {
		ti := &info[i]
		add(sWordShape, ti.shape, 0)
		add(sGaz, uint64(ti.gaz), 0)
		add(sPlace, uint64(ti.place), ln)
		add(sOrg, uint64(ti.nlex)<<8|uint64(ti.nlexCode), 0)
		add(sLexWord, uint64(ti.lex), ln)
		if ti.title {
			add(sTitleIn, ti.lw, 0)
		}
		shapes = mix(shapes, ti.shape, 0)
		ups = mix(ups, ti.up, 0)
	}
	// Town names (towns.go): the whole span, and each word's position.
	wholeTown := en-st == 1 && first.town == 1 || en-st > 1 && first.town == 2 && last.town == 4
	add(sTown, uint64(boolInt(wholeTown)), uint64(boolInt(wholePlaceOf(first, last, en-st))))
	for i := st; i < min(en, st+spanWords); i++ {
		add(sTownWord, uint64(info[i].town), ln)
	}
	// WordNet names: the whole span, and each word's position.
	if en-st == 1 && first.wn == 1 || en-st > 1 && first.wn == 2 && last.wn == 4 {
		add(sWN, uint64(first.wnClass), 0)
	}
	for i := st; i < min(en, st+spanWords); i++ {
		if info[i].wn != 0 {
			add(sWNWord, uint64(info[i].wnClass), uint64(info[i].wn))
		}
	}
	if c := wholeName(info, st, en); c != 0 {
		add(sNameWhole, uint64(c), 0)
	}
	if en-st == 1 && first.lowGaz != 0 {
		add(sLowGaz, uint64(first.lowGaz), 0)
	}
	add(sShapes, shapes, 0)
	add(sUPs, ups, 0)
	add(sLastSuf3, last.suf3, 0)
	add(sLastSuf4, last.suf4, 0)
	add(sFirstSuf3, first.suf3, ln)
	add(sLen, ln, 0)
	add(sLexFirst, uint64(first.lex), 0)
	add(sLexLast, uint64(last.lex), ln)
	add(sCapc, uint64(first.capc), uint64(last.capc))
	add(sGivenFirst, uint64(boolInt(first.given)), ln)
	add(sHeadLast, uint64(headClasses[last.form]), ln)
	add(sHeadFirst, uint64(headClasses[first.form]), ln)
	anyGiven := false
	for i := st; i < en; i++ {
		anyGiven = anyGiven || info[i].given
	}
	add(sGivenAny, uint64(boolInt(anyGiven)), uint64(boolInt(last.given)))
	// The whole span is one gazetteer place.
	wholePlace := en-st == 1 && first.place == 1 || en-st > 1 && first.place == 2 && last.place == 4
	wholeGaz := en-st == 1 && first.gaz == gazCountry+gazU || en-st > 1 && first.gaz == gazCountry+gazB && last.gaz == gazCountry+gazL
	add(sWholePlace, uint64(boolInt(wholePlace))|uint64(boolInt(wholeGaz))<<1, 0)
	wm1, wm2, upm1 := hashBOS, hashBOS, hashBOS
	if st > 0 {
		wm1, upm1 = info[st-1].lw, info[st-1].up
		if info[st-1].title {
			add(sTitleM1, 1, 0)
		}
	} else {
		add(sInitial, 1, ln)
	}
	if st > 1 {
		wm2 = info[st-2].lw
	}
	wp1, wp2, upp1 := hashEOS, hashEOS, hashEOS
	if en < n && opt&hideRight == 0 {
		wp1, upp1 = info[en].lw, info[en].up
		if en+1 < n {
			wp2 = info[en+1].lw
		}
	}
	add(sWm1, wm1, 0)
	add(sWm2, wm2, 0)
	add(sWm2Wm1, wm2, wm1)
	add(sWp1, wp1, 0)
	add(sWp2, wp2, 0)
	add(sWp1Wp2, wp1, wp2)
	add(sUPm1, upm1, 0)
	add(sUPp1, upp1, 0)
	add(sWm1Len, wm1, ln)
	if !hide {
		add(sWm1Last, wm1, last.lw)
		add(sLastWp1, last.lw, wp1)
	}
	return k
}

// wholePlaceOf reports whether a span of l words from first to last is
// one gazetteer place name.
func wholePlaceOf(first, last *tokenInfo, l int) bool {
	return l == 1 && first.place == 1 || l > 1 && first.place == 2 && last.place == 4
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// classify returns the typer's class for span [st, en).
func (t *typer) classify(info []tokenInfo, words []string, st, en int, feats *[maxSpanFeatures]uint32) int {
	sc := t.scores(info, words, st, en, 0, feats)
	best := 0
	for c := 1; c < typeClasses; c++ {
		if sc[c] > sc[best] {
			best = c
		}
	}
	return best
}

// scores returns the typer's class scores for span [st, en), in units
// of t.scale; opt is a set of the options of spanFeatures.
func (t *typer) scores(info []tokenInfo, words []string, st, en int, opt int, feats *[maxSpanFeatures]uint32) [typeClasses]int32 {
	k := t.spanFeatures(info, words, st, en, opt, feats)
	var sc [typeClasses]int32
	for _, f := range feats[:k] {
		row := t.weights[int(f)*typeClasses : int(f)*typeClasses+typeClasses : int(f)*typeClasses+typeClasses]
		for c := range sc {
			sc[c] += int32(row[c])
		}
	}
	return sc
}

// retype applies the typer to the model's mentions: each gets the typer's
// type, and names of other kinds are dropped.
func (m *Model) retype(info []tokenInfo, words []string, ms []nlp.Mention, feats *[maxSpanFeatures]uint32) []nlp.Mention {
	if m.typer == nil {
		return ms
	}
	out := ms[:0]
	for _, mt := range ms {
		c := m.typer.classify(info, words, mt.Start, mt.End, feats)
		if c == typeOther {
			continue
		}
		mt.Type = typerTypes[c]
		out = append(out, mt)
	}
	return out
}

// overlapsAny reports whether [st, en) overlaps one of ms.
func overlapsAny(ms []nlp.Mention, st, en int) bool {
	for _, m := range ms {
		if st < m.End && m.Start < en {
			return true
		}
	}
	return false
}

// spanExample is one training span of the typer.
type spanExample struct {
	sent       int // index into the examples
	start, end int
	class      int
}

// typerExamples collects the typer's training spans from GUM sentences:
// the gold names (GoldNames) with their types, and as OTHER the names of
// other entity types ("Cyclone Phailin") that overlap no gold name.
func typerExamples(sents []Labeled) []spanExample {
	var out []spanExample
	for i, s := range sents {
		for _, g := range s.Names {
			out = append(out, spanExample{i, g.Start, g.End, typeIndex(g.Type)})
		}
		for _, o := range s.Others {
			if !overlapsAny(s.Names, o.Start, o.End) {
				out = append(out, spanExample{i, o.Start, o.End, typeOther})
			}
		}
	}
	return out
}

// trainTyper trains the span typer of m on the training examples exs (of
// sentences sents), keeping the epoch that scores best on dev.
func trainTyper(m *Model, sents []Labeled, exs []example, dev []Labeled, opt TrainOptions) {
	bits := opt.TyperBits
	t := &typer{bits: bits, mask: 1<<bits - 1, weights: make([]int16, (1<<bits)*typeClasses)}
	w := make([]float32, len(t.weights))
	acc := make([]float64, len(w))
	c := 1.0
	update := func(feats []uint32, class int, d float32) {
		for _, f := range feats {
			i := int(f)*typeClasses + class
			w[i] += d
			acc[i] += c * float64(d)
		}
	}
	// Token infos of every training sentence, computed once.
	infos := make([][]tokenInfo, len(exs))
	for i := range exs {
		infos[i] = make([]tokenInfo, len(exs[i].words))
		m.fillInfoExcl(exs[i].words, exs[i].upos, exs[i].xpos, infos[i], nil, exs[i].excl)
	}
	spans := typerExamples(sents)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x747970))
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	var feats [maxSpanFeatures]uint32
	var best []int16
	var bestScale float32
	bestF := -1.0
	epochs := opt.TyperEpochs
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, k := range order {
			sp := spans[k]
			fo := 0
			if opt.TyperDropout > 0 && rng.Float64() < opt.TyperDropout {
				fo = hideWords
			}
			nf := t.spanFeatures(infos[sp.sent], exs[sp.sent].words, sp.start, sp.end, fo, &feats)
			var sc [typeClasses]float32
			for _, f := range feats[:nf] {
				for cl := range sc {
					sc[cl] += w[int(f)*typeClasses+cl]
				}
			}
			pred := 0
			for cl := 1; cl < typeClasses; cl++ {
				if sc[cl] > sc[pred] {
					pred = cl
				}
			}
			if pred != sp.class {
				update(feats[:nf], sp.class, 1)
				update(feats[:nf], pred, -1)
				errs++
			}
			c++
		}
		avg := make([]float32, len(w))
		for i := range w {
			avg[i] = w[i] - float32(acc[i]/c)
		}
		t.setWeights(avg)
		m.typer = t
		var f float64
		msg := ""
		if len(dev) > 0 {
			sc := EvaluateLabeled(m, dev, opt.Tag)
			f = sc.Overall.F1
			msg = fmt.Sprintf(" dev F1 %.4f", f)
		} else {
			f = float64(epoch)
		}
		if opt.Log != nil {
			opt.Log(fmt.Sprintf("typer epoch %d: train errors %d/%d%s", epoch, errs, len(spans), msg))
		}
		if f > bestF {
			bestF = f
			best = append(best[:0], t.weights...)
			bestScale = t.scale
		}
	}
	t.weights = best
	t.scale = bestScale
	m.typer = t
}

// setWeights quantizes float weights into t.
func (t *typer) setWeights(w []float32) {
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	t.scale = maxAbs / 32767
	for i, v := range w {
		q := int16(0)
		if t.scale > 0 {
			q = int16(math.Round(float64(v / t.scale)))
		}
		t.weights[i] = q
	}
}
