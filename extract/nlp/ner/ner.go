// Package ner recognizes named-entity mentions in tokenized sentences:
// people (PERSON), organizations (ORG) and places (PLACE, countries,
// cities, regions and locations), found by an averaged-perceptron sequence
// tagger with BILOU labels and typed by a span classifier, both trained on
// the GUM treebank; nationality words
// (NORP, "Israeli", "Americans"), each with the country it refers to from a
// gazetteer of all ISO 3166-1 countries; and dates and times (DATE, TIME:
// "Monday", "Oct. 7", "2023", "10 a.m.") by rules.
//
// The trained model is embedded; Default loads it once. Train, Save and
// Load rebuild it from CoNLL-U treebanks (see GoldNames for how GUM's
// entity annotation becomes training data), and Evaluate scores a model
// against GUM.
package ner

import (
	"sync"

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
	// weights holds one row of rowStride int16 weights per hashed
	// feature (numLabels used, padded to 32 bytes so that a row never
	// straddles a cache line); a weight's value is w * scale.
	weights []int16
	scale   float32
	lex     map[uint64]uint8
	typer   *typer    // second stage; nil for none
	pool    sync.Pool // *scratch
}

// scratch is the per-call working space of Recognize.
type scratch struct {
	info   []tokenInfo
	labels []int
	feats  [maxFeatures]uint32
	sfeats [maxSpanFeatures]uint32
}

func newModel(bits uint) *Model {
	m := &Model{bits: bits, mask: 1<<bits - 1}
	m.weights = bigmem.Table[int16](m, (1<<bits)*rowStride)
	m.lex = map[uint64]uint8{}
	return m
}

func (m *Model) getScratch(n int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	if cap(s.info) < n {
		s.info = make([]tokenInfo, n+16)
		s.labels = make([]int, n+16)
	}
	s.info = s.info[:n]
	s.labels = s.labels[:n]
	return s
}

// rowStride is the length of a weight row: numLabels rounded up to 16.
const rowStride = 16

// scoreInto adds up the weight rows of feats into sc.
func scoreInto(w []int16, feats []uint32, sc *[rowStride]int32) {
	*sc = [rowStride]int32{}
	for _, f := range feats {
		row := (*[rowStride]int16)(w[int(f)*rowStride:])
		for l := range numLabels {
			sc[l] += int32(row[l])
		}
	}
}

// scoreFloat is scoreInto for the float weights of training (stride
// numLabels).
func scoreFloat(w []float32, feats []uint32, sc *[numLabels]float32) {
	*sc = [numLabels]float32{}
	for _, f := range feats {
		row := w[int(f)*numLabels : int(f)*numLabels+numLabels : int(f)*numLabels+numLabels]
		for l := range sc {
			sc[l] += row[l]
		}
	}
}

// decode labels the sentence greedily left to right under the BILOU
// constraints, writing labels into s.labels.
func (m *Model) decode(s *scratch) {
	m.decodeInfo(s.info, s)
}

// decodeInfo is decode over the token infos info instead of s.info.
func (m *Model) decodeInfo(info []tokenInfo, s *scratch) {
	n := len(info)
	prev, prev2 := labelO, labelO
	var sc [rowStride]int32
	for i := 0; i < n; i++ {
		k := m.features(info, i, prev, prev2, &s.feats)
		scoreInto(m.weights, s.feats[:k], &sc)
		best := -1
		last := i == n-1
		for l := 0; l < numLabels; l++ {
			if !allowed(prev, l, last) {
				continue
			}
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
	return m.recognize(words, upos, xpos, true)
}

func (m *Model) recognize(words, upos, xpos []string, rules bool) []nlp.Mention {
	n := len(words)
	if n == 0 {
		return nil
	}
	s := m.getScratch(n)
	defer m.pool.Put(s)
	m.fillInfo(words, upos, xpos, s.info)
	m.decode(s)
	out := spans(s.labels, nil)
	retype := func(ms []nlp.Mention) []nlp.Mention { return m.retype(s.info, words, ms, &s.sfeats) }
	if rules {
		out = applyRulesWith(words, upos, xpos, s.info, out, retype)
	} else {
		out = retype(out)
	}
	return out
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
