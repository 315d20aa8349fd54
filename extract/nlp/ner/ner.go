// Package ner recognizes named-entity mentions in tokenized sentences:
// people (PERSON), organizations (ORG) and places (PLACE, countries,
// cities, regions and locations), found by a structured-perceptron
// sequence tagger with BILOU labels and beam search and typed by a span
// classifier, both trained on GUM, Universal NER's English EWT, Re-DocRED
// and Wikigold, with a lexicon of those corpora's names; nationality
// words (NORP, "Israeli", "Americans"), each with the country it refers
// to from a gazetteer of all ISO 3166-1 countries; and dates and times
// (DATE, TIME: "Monday", "Oct. 7", "2023", "10 a.m.") by rules.
//
// TypeNames says what each name of an analysed document is (Person,
// Organization, Place, Event, Thing or not an entity) from everything the
// document says of it, and an Accumulator pools that across documents.
//
// The trained model and its word lists are embedded; Default loads them
// once. Train, Save and Load rebuild the model from Labeled sentences
// (FromGUM derives them from GUM's entity annotation, see GoldNames;
// FromIOB from Universal NER and CoNLL files, see ReadIOB), and Evaluate
// and EvaluateLabeled score a model.
package ner

import (
	"math/bits"
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/internal/bigmem"
)

// Mention types.
const (
	Person = "PERSON"
	Org    = "ORG"
	Place  = "PLACE"
	NORP   = "NORP" // nationalities: "Israeli", "Americans"
	Date   = "DATE"
	Time   = "TIME"
)

// modelTypes are the mention types the statistical model predicts, in
// label order.
var modelTypes = [...]string{Person, Org, Place}

// Labels: 0 is O; type t has B, I, L, U at 1+4t+{0,1,2,3}.
const (
	labelO    = 0
	numLabels = 1 + 4*len(modelTypes)
	posB      = 0
	posI      = 1
	posL      = 2
	posU      = 3
)

func labelOf(t, pos int) int { return 1 + 4*t + pos }

func labelType(l int) int { return (l - 1) / 4 }

func labelPos(l int) int { return (l - 1) % 4 }

// allowed reports whether label cur may follow label prev (BILOU), with
// last saying whether cur is the sentence's last token.
func allowed(prev, cur int, last bool) bool {
	inside := prev != labelO && (labelPos(prev) == posB || labelPos(prev) == posI)
	if cur == labelO {
		return !inside
	}
	p := labelPos(cur)
	switch p {
	case posB, posU:
		if inside {
			return false
		}
		return p == posU || !last
	default: // I, L
		if !inside || labelType(prev) != labelType(cur) {
			return false
		}
		return p == posL || !last
	}
}

// A Model is a trained named-entity recognizer. It is immutable and safe
// for concurrent use.
type Model struct {
	bits uint   // log2 of the number of weight rows
	mask uint64 // rows - 1
	// weights holds one row of rowWords words per hashed feature: the
	// int16 weights of the numLabels labels packed four to a word (label
	// l in bits 16*(l%4) of word l/4), padded to 32 bytes so that a row
	// never straddles a cache line. Each weight w is stored biased, as
	// the uint16 w+32768 (see setWeight and rowSums); its value is
	// w * scale.
	weights []uint64
	scale   float32
	lex     map[uint64]uint8
	names   *nameLexicon // names of the training corpora; nil for none
	beam    int          // width of the decoder's beam; 0 or 1: greedy
	pairs   atomic.Pointer[pairSums]
	typer   *typer    // second stage; nil for none
	pool    sync.Pool // *scratch
	// gen counts the changes of the weights after the model was first
	// used (in training, which scores dev after each epoch): scratches
	// of an older generation drop their caches. (The caches read lex
	// too, which is set before the model is first used.)
	gen uint64
}

// scratch is the per-call working space of Recognize and
// RecognizeDocument, kept in Model.pool between calls.
type scratch struct {
	info   []tokenInfo
	labels []int
	feats  [maxFeatures]uint32
	sfeats [maxSpanFeatures]uint32
	spans  []nlp.Mention // the sequence model's mentions of a sentence
	doc    docScratch
	hist   []beamItem // the beams of a sentence's tokens, maxBeam each
	// own caches the sums of own-feature rows by ownKey, direct-mapped:
	// common words recur, and their own features need not be hashed and
	// looked up again.
	own *[ownCacheSize]ownEntry
	// words caches what fillInfo derives from a word alone.
	words *wordCache
	gen   uint64 // Model.gen that the caches are for
}

func newModel(bits uint) *Model {
	m := &Model{bits: bits, mask: 1<<bits - 1}
	m.weights = bigmem.Table[uint64](m, (1<<bits)*rowWords)
	for i := range m.weights {
		m.weights[i] = laneBias // all weights 0
	}
	m.lex = map[uint64]uint8{}
	return m
}

func (m *Model) getScratch(n int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{own: new([ownCacheSize]ownEntry), words: new(wordCache), gen: m.gen}
	}
	if s.gen != m.gen {
		clear(s.own[:])
		clear(s.words[:])
		s.gen = m.gen
	}
	if cap(s.info) < n {
		s.info = make([]tokenInfo, n+16)
	}
	if cap(s.labels) < n {
		s.labels = make([]int, n+16)
	}
	s.info = s.info[:n]
	s.labels = s.labels[:n]
	return s
}

const (
	// rowStride is the number of weights in a row: numLabels rounded up
	// to 16.
	rowStride = 16
	// rowWords is the length of a weight row in uint64 words.
	rowWords = rowStride / 4
)

// Lane arithmetic of the weight table and rowSums.
const (
	// laneBias flips the sign bit of each 16-bit lane of a word, which
	// turns an int16 v into the uint16 v+32768 and back.
	laneBias = 0x8000800080008000
	// evenLanes keeps lanes 0 and 2 of a word, each in its own 32-bit
	// half.
	evenLanes = 0x0000FFFF0000FFFF
)

// unpackWord returns the four weights of a word of the weight table.
func unpackWord(x uint64) (w0, w1, w2, w3 int16) {
	x ^= laneBias
	return int16(x), int16(x >> 16), int16(x >> 32), int16(x >> 48)
}

// setWeight sets the weight of label l in row r to v.
func (m *Model) setWeight(r, l int, v int16) {
	i, sh := r*rowWords+l/4, 16*(l%4)
	m.weights[i] = m.weights[i]&^(0xFFFF<<sh) | uint64(uint16(v)^0x8000)<<sh
}

// rowSums are the sums of some weight rows, kept two labels to a word:
// labels 0 and 2, 1 and 3, 4 and 6, 5 and 7, 8 and 10, 9 and 11, 12 in
// the 32-bit halves of the seven words, each weight biased as in the
// table (v+32768, never negative), with the number of rows added. The
// halves stay below 2^32 for up to 65,537 rows, so that they never
// carry into each other.
type rowSums struct {
	acc [7]uint64
	n   int
}

// addRows adds the weight rows of feats to rs.
func addRows(rs *rowSums, w []uint64, feats []uint32) {
	acc := &rs.acc
	for _, f := range feats {
		i := int(f) * rowWords
		row := w[i : i+rowWords : i+rowWords]
		x0, x1, x2, x3 := row[0], row[1], row[2], row[3]
		acc[0] += x0 & evenLanes
		acc[1] += x0 >> 16 & evenLanes
		acc[2] += x1 & evenLanes
		acc[3] += x1 >> 16 & evenLanes
		acc[4] += x2 & evenLanes
		acc[5] += x2 >> 16 & evenLanes
		acc[6] += x3 & evenLanes
	}
	rs.n += len(feats)
}

// scores writes the label scores of rs into sc (of which the first
// numLabels are set), taking off the bias.
func (rs *rowSums) scores(sc *[rowStride]int32) {
	bias := int64(rs.n) << 15
	acc := &rs.acc
	lo := func(x uint64) int32 { return int32(int64(uint32(x)) - bias) }
	hi := func(x uint64) int32 { return int32(int64(x>>32) - bias) }
	sc[0], sc[1], sc[2], sc[3] = lo(acc[0]), lo(acc[1]), hi(acc[0]), hi(acc[1])
	sc[4], sc[5], sc[6], sc[7] = lo(acc[2]), lo(acc[3]), hi(acc[2]), hi(acc[3])
	sc[8], sc[9], sc[10], sc[11] = lo(acc[4]), lo(acc[5]), hi(acc[4]), hi(acc[5])
	sc[12] = lo(acc[6])
}

// ownCacheSize is the number of entries of the own-feature cache
// (a power of two).
const ownCacheSize = 1024

// An ownEntry of the own-feature cache holds the sums of the weight rows
// of the own features (ownFeatures) of tokens with key.
type ownEntry struct {
	key  ownKey
	sums rowSums
}

// scoreFloat adds up the rows of feats in the float weights of training
// (stride numLabels) into sc.
func scoreFloat(w []float32, feats []uint32, sc *[numLabels]float32) {
	*sc = [numLabels]float32{}
	for _, f := range feats {
		row := w[int(f)*numLabels : int(f)*numLabels+numLabels : int(f)*numLabels+numLabels]
		for l := range sc {
			sc[l] += row[l]
		}
	}
}

// allowedNext[prev][last] has bit l set when label l may follow label
// prev (allowed), last saying whether it is the sentence's last token.
var allowedNext = func() (t [numLabels][2]uint16) {
	for prev := range numLabels {
		for last := range 2 {
			for l := range numLabels {
				if allowed(prev, l, last == 1) {
					t[prev][last] |= 1 << l
				}
			}
		}
	}
	return t
}()

// decode labels the sentence under the BILOU constraints, writing labels
// into s.labels: with the beam of the model (decodeBeam), or greedily
// left to right for a model trained without one.
func (m *Model) decode(s *scratch) {
	m.decodeInfo(s.info, s)
}

// decodeInfo is decode over the token infos info instead of s.info.
func (m *Model) decodeInfo(info []tokenInfo, s *scratch) {
	if m.beam > 1 {
		m.decodeBeam(info, s)
		return
	}
	n := len(info)
	prev, prev2 := labelO, labelO
	var sc [rowStride]int32
	var ctx [maxFeatures - numOwnFeatures]uint32
	for i := 0; i < n; i++ {
		key := ownKeyOf(&info[i], i == 0)
		e := &s.own[(key.form^key.xp)&(ownCacheSize-1)]
		if e.key != key {
			k := m.ownFeatures(&info[i], i == 0, &s.feats)
			e.key, e.sums = key, rowSums{}
			addRows(&e.sums, m.weights, s.feats[:k])
		}
		rs := e.sums
		k := m.contextFeatures(info, i, prev, prev2, &ctx)
		addRows(&rs, m.weights, ctx[:k])
		rs.scores(&sc)
		last := 0
		if i == n-1 {
			last = 1
		}
		best := -1
		for ok := allowedNext[prev][last]; ok != 0; ok &= ok - 1 { // allowed labels, in order
			l := bits.TrailingZeros16(ok)
			if best < 0 || sc[l] > sc[best] {
				best = l
			}
		}
		s.labels[i] = best
		prev2, prev = prev, best
	}
}

// spans turns BILOU labels into mentions, appending to out.
func spans(labels []int, out []nlp.Mention) []nlp.Mention {
	start := -1
	for i, l := range labels {
		if l == labelO {
			start = -1
			continue
		}
		switch labelPos(l) {
		case posU:
			out = append(out, nlp.Mention{Start: i, End: i + 1, Type: modelTypes[labelType(l)]})
			start = -1
		case posB:
			start = i
		case posL:
			if start >= 0 {
				out = append(out, nlp.Mention{Start: start, End: i + 1, Type: modelTypes[labelType(l)]})
			}
			start = -1
		}
	}
	return out
}

// Recognize returns the named-entity mentions of one sentence, in text
// order and without overlaps: token spans [Start, End) with a type
// (PERSON, ORG, PLACE, NORP, DATE, TIME). words are the sentence's words;
// upos and xpos their universal and Penn tags (from the tagger), which may
// be nil or shorter than words at some cost in accuracy.
func (m *Model) Recognize(words, upos, xpos []string) []nlp.Mention {
	n := len(words)
	if n == 0 {
		return nil
	}
	s := m.getScratch(n)
	defer m.pool.Put(s)
	m.fillInfoCached(words, upos, xpos, s.info, s.words)
	m.decode(s)
	out := spans(s.labels, s.spans[:0])
	s.spans = out[:0]
	retype := func(ms []nlp.Mention) []nlp.Mention { return m.retype(s.info, words, ms, &s.sfeats) }
	// (The result is a new slice, which does not share s.spans.)
	return applyRulesWith(words, upos, xpos, s.info, out, retype)
}

// An Annotated mention is a mention with the country it refers to, when
// it is a nationality (NORP) or a place the gazetteer knows ("U.S.").
type Annotated struct {
	nlp.Mention
	Country string // English short name ("Israel"), "" when unknown
}

// Annotate is Recognize with the country of each NORP and PLACE mention
// looked up in the gazetteer (see Country).
func (m *Model) Annotate(words, upos, xpos []string) []Annotated {
	ms := m.Recognize(words, upos, xpos)
	out := make([]Annotated, len(ms))
	for i, mt := range ms {
		out[i].Mention = mt
		if mt.Type == NORP || mt.Type == Place {
			out[i].Country, _ = MentionCountry(words, mt)
		}
	}
	return out
}

// MentionCountry returns the country that the words of mention mt name or
// refer to ("Israeli" → "Israel", "the United States" → "United States").
func MentionCountry(words []string, mt nlp.Mention) (string, bool) {
	if mt.Start < 0 || mt.End > len(words) || mt.Start >= mt.End {
		return "", false
	}
	ws := words[mt.Start:mt.End]
	if len(ws) == 1 {
		return Country(ws[0])
	}
	var buf [64]byte
	b := buf[:0]
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	if len(b) > len(buf) {
		return "", false
	}
	return Country(string(b))
}
