package tagger

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// clusterSizes are the numbers of word clusters at the three granularities
// the tagger uses: a coarse, a medium and a fine clustering.
var clusterSizes = [3]int{32, 128, 512}

// Clusters maps a lower-cased word to its cluster at each of three
// granularities: one of 32, one of 128 and one of 512 clusters.
type Clusters map[string][3]uint16

// LearnClusters groups the words of a raw text into classes that predict
// their neighbours well, with the exchange algorithm (Kneser and Ney,
// 1993) on a class bigram model, once for each granularity.
// sents are tokenized sentences; words are lower-cased, and words seen
// fewer than minCount times are left out. It is deterministic. log, when
// not nil, receives progress lines.
func LearnClusters(sents [][]string, minCount, iters int, log func(string)) Clusters {
	// Vocabulary: id 0 is the sentence boundary, id 1 the rare words.
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[strings.ToLower(w)]++
		}
	}
	var vocab []string
	for w, n := range counts {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(a, b int) bool {
		if counts[vocab[a]] != counts[vocab[b]] {
			return counts[vocab[a]] > counts[vocab[b]]
		}
		return vocab[a] < vocab[b]
	})
	ids := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		ids[w] = int32(i + 2)
	}
	nw := len(vocab) + 2
	var text []int32
	for _, s := range sents {
		text = append(text, 0)
		for _, w := range s {
			id, ok := ids[strings.ToLower(w)]
			if !ok {
				id = 1
			}
			text = append(text, id)
		}
	}
	text = append(text, 0)
	ex := newExchange(text, nw)
	out := Clusters{}
	for g, k := range clusterSizes {
		cls := ex.run(k, iters, log)
		for i, w := range vocab {
			c := out[w]
			c[g] = uint16(cls[i+2])
			out[w] = c
		}
	}
	return out
}

// exchange holds the word bigram statistics of a text.
type exchange struct {
	nw    int
	freq  []int64
	right [][]wc // per word: following words with counts (excluding itself)
	left  [][]wc // per word: preceding words with counts (excluding itself)
	self  []int64
	xlogx []float64
}

type wc struct {
	w int32
	n int64
}

func newExchange(text []int32, nw int) *exchange {
	ex := &exchange{nw: nw, freq: make([]int64, nw), self: make([]int64, nw)}
	type pair struct{ a, b int32 }
	big := map[pair]int64{}
	for i, w := range text {
		ex.freq[w]++
		if i > 0 {
			big[pair{text[i-1], w}]++
		}
	}
	ex.right = make([][]wc, nw)
	ex.left = make([][]wc, nw)
	ps := make([]pair, 0, len(big))
	for p := range big {
		ps = append(ps, p)
	}
	slices.SortFunc(ps, func(x, y pair) int {
		if x.a != y.a {
			return int(x.a - y.a)
		}
		return int(x.b - y.b)
	})
	for _, p := range ps {
		n := big[p]
		if p.a == p.b {
			ex.self[p.a] += n
			continue
		}
		ex.right[p.a] = append(ex.right[p.a], wc{p.b, n})
		ex.left[p.b] = append(ex.left[p.b], wc{p.a, n})
	}
	ex.xlogx = make([]float64, len(text)+2)
	for i := 1; i < len(ex.xlogx); i++ {
		ex.xlogx[i] = float64(i) * math.Log(float64(i))
	}
	return ex
}

func (ex *exchange) f(n int64) float64 {
	if n < int64(len(ex.xlogx)) {
		return ex.xlogx[n]
	}
	x := float64(n)
	return x * math.Log(x)
}

// run clusters the words into k classes and returns each word's class.
func (ex *exchange) run(k, iters int, log func(string)) []int32 {
	nw := ex.nw
	cls := make([]int32, nw)
	// Frequent words start in classes of their own; the rest round-robin.
	for w := range cls {
		cls[w] = int32(w % k)
	}
	big := make([]int64, k*k) // class bigram counts
	cf := make([]int64, k)    // class frequencies
	for w := 0; w < nw; w++ {
		cf[cls[w]] += ex.freq[w]
		big[int(cls[w])*k+int(cls[w])] += ex.self[w]
		for _, r := range ex.right[w] {
			big[int(cls[w])*k+int(cls[r.w])] += r.n
		}
	}
	rc := make([]int64, k) // counts of the moving word's right classes
	lc := make([]int64, k)
	var rl, ll []int32 // classes with nonzero rc, lc
	for it := 0; it < iters; it++ {
		moved := 0
		for w := 0; w < nw; w++ {
			if ex.freq[w] == 0 {
				continue
			}
			rl, ll = rl[:0], ll[:0]
			for _, r := range ex.right[w] {
				c := cls[r.w]
				if rc[c] == 0 {
					rl = append(rl, c)
				}
				rc[c] += r.n
			}
			for _, l := range ex.left[w] {
				c := cls[l.w]
				if lc[c] == 0 {
					ll = append(ll, c)
				}
				lc[c] += l.n
			}
			// Take w out of its class a.
			a := cls[w]
			for _, c := range rl {
				big[int(a)*k+int(c)] -= rc[c]
			}
			for _, c := range ll {
				big[int(c)*k+int(a)] -= lc[c]
			}
			big[int(a)*k+int(a)] -= ex.self[w]
			cf[a] -= ex.freq[w]
			// Find the best class for it.
			best, bestGain := a, math.Inf(-1)
			for b := 0; b < k; b++ {
				g := 0.0
				bb := big[b*k+b]
				for _, c := range rl {
					if int(c) == b {
						continue
					}
					x := big[b*k+int(c)]
					g += ex.f(x+rc[c]) - ex.f(x)
				}
				for _, c := range ll {
					if int(c) == b {
						continue
					}
					x := big[int(c)*k+b]
					g += ex.f(x+lc[c]) - ex.f(x)
				}
				g += ex.f(bb+rc[b]+lc[b]+ex.self[w]) - ex.f(bb)
				g -= 2 * (ex.f(cf[b]+ex.freq[w]) - ex.f(cf[b]))
				if g > bestGain+1e-9 {
					best, bestGain = int32(b), g
				}
			}
			// Put it there.
			for _, c := range rl {
				big[int(best)*k+int(c)] += rc[c]
			}
			for _, c := range ll {
				big[int(c)*k+int(best)] += lc[c]
			}
			big[int(best)*k+int(best)] += ex.self[w]
			cf[best] += ex.freq[w]
			if best != a {
				moved++
				cls[w] = best
			}
			for _, c := range rl {
				rc[c] = 0
			}
			for _, c := range ll {
				lc[c] = 0
			}
		}
		if log != nil {
			log(fmt.Sprintf("clusters k=%d iteration %d: %d words moved", k, it+1, moved))
		}
		if moved == 0 {
			break
		}
	}
	return cls
}

// WriteTo writes the clusters as lines "word\tc1\tc2\tc3", sorted by word.
func (c Clusters) WriteTo(w io.Writer) (int64, error) {
	words := make([]string, 0, len(c))
	for word := range c {
		words = append(words, word)
	}
	slices.Sort(words)
	bw := bufio.NewWriter(w)
	var n int64
	for _, word := range words {
		v := c[word]
		k, err := fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", word, v[0], v[1], v[2])
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, bw.Flush()
}

// ReadClusters reads clusters written by Clusters.WriteTo.
func ReadClusters(r io.Reader) (Clusters, error) {
	out := Clusters{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("read clusters: line %d: %d fields, want 4", line, len(f))
		}
		var v [3]uint16
		for i := range v {
			n, err := strconv.ParseUint(f[i+1], 10, 16)
			if err != nil {
				return nil, fmt.Errorf("read clusters: line %d: %w", line, err)
			}
			v[i] = uint16(n)
		}
		out[f[0]] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return out, nil
}
