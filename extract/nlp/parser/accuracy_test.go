package parser

import (
	"bytes"
	"testing"
	"time"
)

// The accuracy test feeds the parser gold tags: the parser package does not
// depend on the tagger. Scores with predicted tags are measured by
// internal/train and reported in README.md.
func TestAccuracyEWT(t *testing.T) {
	test := readUD(t, "en_ewt-ud-test.conllu")
	m := defaultModel(t)
	sc := Evaluate(m, test, nil)
	t.Logf("EWT test, gold tags: UAS %.2f LAS %.2f (base relations %.2f), %d words", sc.UAS, sc.LAS, sc.LASBase, sc.Words)
	if sc.UAS < 86 || sc.LAS < 83 {
		t.Errorf("got UAS %.2f LAS %.2f, want at least 86 and 83", sc.UAS, sc.LAS)
	}
}

func BenchmarkParse(b *testing.B) {
	sents := readUD(b, "en_ewt-ud-test.conllu")
	m := defaultModel(b)
	type sent struct {
		words, upos, xpos []string
	}
	var all []sent
	words, maxLen := 0, 0
	for _, s := range sents {
		var x sent
		for _, w := range s.Words {
			x.words = append(x.words, w.Form)
			x.upos = append(x.upos, w.UPOS)
			x.xpos = append(x.xpos, w.XPOS)
		}
		all = append(all, x)
		words += len(x.words)
		maxLen = max(maxLen, len(x.words))
	}
	heads := make([]int, maxLen)
	rels := make([]string, maxLen)
	b.ReportAllocs()
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		for _, s := range all {
			m.Parse(s.words, s.upos, s.xpos, heads, rels)
		}
	}
	// words/cpu-s counts the process's CPU time, which is steadier than
	// wall time on a shared machine.
	b.ReportMetric(float64(words*b.N)/time.Since(start).Seconds(), "words/s")
	b.ReportMetric(float64(words*b.N)/(cpuTime()-cpu0).Seconds(), "words/cpu-s")
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(defaultModelData)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}
