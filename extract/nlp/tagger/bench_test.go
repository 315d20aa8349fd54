package tagger

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// sharedDir returns ../shared of the repository root, skipping the test
// when it is absent (failing when CI=true).
func sharedDir(tb testing.TB) string {
	tb.Helper()
	return filepath.Dir(sharedtest.Dir(tb, "ud"))
}

func readUD(tb testing.TB, name string) []conllu.Sentence {
	tb.Helper()
	s, err := conllu.ReadFile(filepath.Join(sharedDir(tb), "ud", name))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func benchSentences(b *testing.B) [][]string {
	var out [][]string
	for _, s := range readUD(b, "en_ewt-ud-test.conllu") {
		var ws []string
		for _, w := range s.Words {
			ws = append(ws, w.Form)
		}
		out = append(out, ws)
	}
	return out
}

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := benchSentences(b)
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	upos := make([]string, 1000)
	xpos := make([]string, 1000)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := threadCPU()
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s, upos, xpos)
		}
	}
	cpu := threadCPU() - cpu0
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		// Throughput per CPU second: meaningful when the machine is busy.
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

func BenchmarkLoad(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	cpu0 := threadCPU()
	for b.Loop() {
		if _, err := loadBytes(defaultModel); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := threadCPU() - cpu0; cpu > 0 {
		// CPU time per load on this thread (the garbage collector's
		// work on other threads is not included).
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

func BenchmarkLemma(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := benchSentences(b)
	type tagged struct{ words, upos, xpos []string }
	var ts []tagged
	words := 0
	for _, s := range sents {
		t := tagged{s, make([]string, len(s)), make([]string, len(s))}
		m.Tag(t.words, t.upos, t.xpos)
		ts = append(ts, t)
		words += len(s)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range ts {
			for i, w := range t.words {
				m.Lemma(w, t.upos[i], t.xpos[i])
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
