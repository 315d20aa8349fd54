package ner

import (
	"bytes"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the user+system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchSentences are news-like sentences with hand-written Penn tags.
var benchSentences = []struct{ text, xpos string }{
	{"Israeli Prime Minister Benjamin Netanyahu met US Secretary of State Antony Blinken in Tel Aviv on Monday .",
		"JJ NNP NNP NNP NNP VBD NNP NNP IN NNP NNP NNP IN NNP NNP IN NNP ."},
	{"Hamas representative Osama Hamdan told Reuters the group rejects the proposal .",
		"NNP NN NNP NNP VBD NNP DT NN VBZ DT NN ."},
	{"The talks in Cairo ended without agreement , officials said , and a new round is expected next week in Doha .",
		"DT NNS IN NNP VBD IN NN , NNS VBD , CC DT JJ NN VBZ VBN JJ NN IN NNP ."},
	{"Anders Persson , Middle East expert at Linnaeus University , said the United Nations had little leverage .",
		"NNP NNP , NNP NNP NN IN NNP NNP , VBD DT NNP NNPS VBD JJ NN ."},
}

func BenchmarkRecognizeDocument(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var words, upos, xpos [][]string
	nwords := 0
	for _, s := range benchSentences {
		w, x := strings.Fields(s.text), strings.Fields(s.xpos)
		words, upos, xpos = append(words, w), append(upos, uposFromXPOS(x)), append(xpos, x)
		nwords += len(w)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		m.RecognizeDocument(words, upos, xpos)
	}
	b.ReportMetric(float64(nwords)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(nwords)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

func BenchmarkRecognize(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	type sent struct{ words, upos, xpos []string }
	var sents []sent
	nwords := 0
	for _, s := range benchSentences {
		w, x := strings.Fields(s.text), strings.Fields(s.xpos)
		sents = append(sents, sent{w, uposFromXPOS(x), x})
		nwords += len(w)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			m.Recognize(s.words, s.upos, s.xpos)
		}
	}
	b.ReportMetric(float64(nwords)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	// On a loaded machine wall time overstates the cost; report the rate
	// per second of CPU time used by the process as well.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(nwords)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(defaultModel)); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

// uposFromXPOS maps Penn tags to universal tags, enough for tests.
func uposFromXPOS(xpos []string) []string {
	out := make([]string, len(xpos))
	for i, x := range xpos {
		switch {
		case x == "NNP" || x == "NNPS":
			out[i] = "PROPN"
		case strings.HasPrefix(x, "NN"):
			out[i] = "NOUN"
		case strings.HasPrefix(x, "VB"):
			out[i] = "VERB"
		case strings.HasPrefix(x, "JJ"):
			out[i] = "ADJ"
		case strings.HasPrefix(x, "RB"):
			out[i] = "ADV"
		case x == "IN":
			out[i] = "ADP"
		case x == "DT":
			out[i] = "DET"
		case x == "CC":
			out[i] = "CCONJ"
		case x == "CD":
			out[i] = "NUM"
		case x == "PRP" || x == "PRP$":
			out[i] = "PRON"
		case x == "POS" || x == "TO":
			out[i] = "PART"
		case x == "MD":
			out[i] = "AUX"
		default:
			out[i] = "PUNCT"
		}
	}
	return out
}

// BenchmarkGazetteer measures building the gazetteer tables, which happens
// once per process on first use.
func BenchmarkGazetteer(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buildGazetteer()
	}
}

// BenchmarkTables measures reading each embedded word list, which
// happens once per process (Default reads them all, in parallel).
func BenchmarkTables(b *testing.B) {
	for _, t := range []struct {
		name  string
		build func()
	}{
		{"firstnames", func() { buildFirstNames() }},
		{"towns", func() { buildTowns() }},
		{"wordnet", func() { buildWordNet() }},
	} {
		b.Run(t.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				t.build()
			}
		})
	}
}
