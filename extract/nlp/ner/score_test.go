package ner

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestRowSums checks the packed, biased summation of weight rows against
// plain int32 sums of the weights, with extreme weights and as many rows
// as a token has features.
func TestRowSums(t *testing.T) {
	const rows = 64
	m := newModel(10)
	rng := rand.New(rand.NewPCG(1, 2))
	want := make([][numLabels]int16, rows)
	for r := range rows {
		for l := range numLabels {
			var v int16
			switch rng.IntN(4) {
			case 0:
				v = 32767
			case 1:
				v = -32768
			default:
				v = int16(rng.IntN(65536) - 32768)
			}
			m.setWeight(r, l, v)
			want[r][l] = v
		}
	}
	if w := m.unpackedWeights(); w[3*rowStride+5] != want[3][5] {
		t.Fatalf("unpacked weight: got %d, want %d", w[3*rowStride+5], want[3][5])
	}
	for _, n := range []int{0, 1, 2, numOwnFeatures, maxFeatures} {
		feats := make([]uint32, n)
		for i := range feats {
			feats[i] = uint32(rng.IntN(rows))
		}
		for _, split := range []int{0, n / 3, n} {
			var rs rowSums
			addRows(&rs, m.weights, feats[:split])
			addRows(&rs, m.weights, feats[split:])
			var got [rowStride]int32
			rs.scores(&got)
			for l := range numLabels {
				var sum int32
				for _, f := range feats {
					sum += int32(want[f][l])
				}
				if got[l] != sum {
					t.Errorf("%d rows split at %d, label %d: got %d, want %d", n, split, l, got[l], sum)
				}
			}
		}
	}
	// A new model's weights are all 0.
	var rs rowSums
	addRows(&rs, newModel(10).weights, []uint32{0, 5, 1023})
	var got [rowStride]int32
	rs.scores(&got)
	if got != ([rowStride]int32{}) {
		t.Errorf("new model scores: got %v, want zeros", got)
	}
}

// TestOwnCache checks that decoding with the own-feature cache filled by
// other sentences labels a sentence as decoding with an empty cache does,
// and as scoring all its features at once does.
func TestOwnCache(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, sent := range benchSentences {
		words, xpos := strings.Fields(sent.text), strings.Fields(sent.xpos)
		upos := uposFromXPOS(xpos)
		info := make([]tokenInfo, len(words))
		m.fillInfo(words, upos, xpos, info)
		want := plainLabels(m, info)
		for _, warm := range []bool{false, true} {
			s := &scratch{own: new([ownCacheSize]ownEntry), labels: make([]int, len(words))}
			if warm {
				for _, other := range benchSentences {
					ow, ox := strings.Fields(other.text), strings.Fields(other.xpos)
					oi := make([]tokenInfo, len(ow))
					m.fillInfo(ow, uposFromXPOS(ox), ox, oi)
					s.labels = make([]int, len(ow))
					m.decodeInfo(oi, s)
				}
				s.labels = make([]int, len(words))
			}
			m.decodeInfo(info, s)
			for i := range want {
				if s.labels[i] != want[i] {
					t.Errorf("%q, warm cache %v, token %d: got label %d, want %d", sent.text, warm, i, s.labels[i], want[i])
				}
			}
		}
	}
}

// plainLabels decodes the sentence of info as decodeInfo does, without
// caches: all features of each token summed at once.
func plainLabels(m *Model, info []tokenInfo) []int {
	if m.beam > 1 {
		return plainBeamLabels(m, info)
	}
	var out []int
	prev, prev2 := labelO, labelO
	var feats [maxFeatures]uint32
	for i := range info {
		k := m.features(info, i, prev, prev2, &feats)
		var rs rowSums
		addRows(&rs, m.weights, feats[:k])
		var sc [rowStride]int32
		rs.scores(&sc)
		best := -1
		for l := range numLabels {
			if allowed(prev, l, i == len(info)-1) && (best < 0 || sc[l] > sc[best]) {
				best = l
			}
		}
		out = append(out, best)
		prev2, prev = prev, best
	}
	return out
}

// TestCachesFollowWeights checks that no cache of the pooled scratches
// outlives a change of the weights, as in training, which recognizes
// dev after every epoch.
func TestCachesFollowWeights(t *testing.T) {
	m, err := Train(FromGUM(tinyTreebank(t)), nil, TrainOptions{Epochs: 1, Bits: 12, TyperEpochs: -1})
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Omar Haddad visited Oslo and Paris on Monday .")
	xpos := strings.Fields("NNP NNP VBD NNP CC NNP IN NNP .")
	upos := uposFromXPOS(xpos)
	rng := rand.New(rand.NewPCG(3, 4))
	w := make([]float32, len(m.weights)/rowWords*numLabels)
	for round := range 4 {
		for i := range w {
			w[i] = rng.Float32()*2 - 1
		}
		m.setWeights(w)
		s := m.getScratch(len(words))
		m.fillInfoCached(words, upos, xpos, s.info, s.words)
		m.decode(s)
		got := slices.Clone(s.labels)
		want := plainLabels(m, s.info)
		m.pool.Put(s)
		if !slices.Equal(got, want) {
			t.Errorf("round %d: got labels %v, want %v", round, got, want)
		}
	}
}

// TestDateWordsCapitalised checks what isDateWord relies on: every month
// and day word starts with an ASCII capital.
func TestDateWordsCapitalised(t *testing.T) {
	for w := range monthWords {
		if !startsUpperASCII(w) || !isDateWord(w) {
			t.Errorf("month word %q: got isDateWord false, want true", w)
		}
	}
	for w := range dayWords {
		if !startsUpperASCII(w) || !isDateWord(w) {
			t.Errorf("day word %q: got isDateWord false, want true", w)
		}
	}
	if isDateWord("may") || isDateWord("Mayor") {
		t.Error("isDateWord: got true for a word that is neither month nor day")
	}
}

// TestWordCache checks that the word cache gives what wordInfoOf gives,
// whether a word is new, cached or pushed out by another word.
func TestWordCache(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "a", "A", "Paris", "paris", "San", "Francisco", "UN", "Hamas", "New", "York",
		"Israeli", "Monday", "President", "Osama", "University", "Tel", "Aviv", "São", "Zürich",
		strings.Repeat("x", wordCacheMaxLen), strings.Repeat("y", wordCacheMaxLen+1)}
	for _, s := range benchSentences {
		words = append(words, strings.Fields(s.text)...)
	}
	for i := range 3000 { // more words than entries
		words = append(words, fmt.Sprintf("W%d", i))
	}
	c := new(wordCache)
	for pass := range 2 {
		for _, w := range words {
			if got, want := m.cachedWordInfo(c, w), m.wordInfoOf(w); got != want {
				t.Errorf("pass %d, %q: got %+v, want %+v", pass, w, got, want)
			}
		}
	}
}

// plainBeamLabels is the beam search of decodeBeam without caches or
// shared rows: each item's features are summed at once.
func plainBeamLabels(m *Model, info []tokenInfo) []int {
	type item struct {
		score       int64
		labels      []int
		prev, prev2 int
	}
	beam := []item{{prev: labelO, prev2: labelO}}
	var feats [maxFeatures]uint32
	for i := range info {
		var buf [maxBeam + 1]beamCand[int64]
		kept := buf[:0]
		for b, it := range beam {
			k := m.features(info, i, it.prev, it.prev2, &feats)
			var rs rowSums
			addRows(&rs, m.weights, feats[:k])
			var sc [rowStride]int32
			rs.scores(&sc)
			for l := range numLabels {
				if allowed(it.prev, l, i == len(info)-1) {
					kept = keepBest(kept, m.beam, beamCand[int64]{score: it.score + int64(sc[l]), from: b, label: l, prev: it.prev})
				}
			}
		}
		next := make([]item, len(kept))
		for j, c := range kept {
			from := beam[c.from]
			next[j] = item{score: c.score, labels: append(slices.Clone(from.labels), c.label), prev: c.label, prev2: from.prev}
		}
		beam = next
	}
	return beam[0].labels
}
