package tagger

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

func mustDefault(tb testing.TB) *Model {
	tb.Helper()
	m, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return m
}

func tag(m *Model, words []string) (upos, xpos []string) {
	upos = make([]string, len(words))
	xpos = make([]string, len(words))
	m.Tag(words, upos, xpos)
	return upos, xpos
}

func TestTagNews(t *testing.T) {
	m := mustDefault(t)
	tests := []struct {
		name  string
		text  string         // words separated by spaces
		check map[int]string // word index → "UPOS/XPOS" or "UPOS"
	}{
		{
			name:  "noun permit",
			text:  "The permit was denied .",
			check: map[int]string{0: "DET/DT", 1: "NOUN/NN", 2: "AUX/VBD", 3: "VERB/VBN", 4: "PUNCT/."},
		},
		{
			name:  "verb permit",
			text:  "They refused to permit the march .",
			check: map[int]string{0: "PRON/PRP", 1: "VERB/VBD", 2: "PART/TO", 3: "VERB/VB", 5: "NOUN/NN"},
		},
		{
			// Known error: "representative" comes out ADJ/JJ.
			name:  "names and a present-tense verb",
			text:  "Hamas representative Osama Hamdan tells Reuters the group rejects it .",
			check: map[int]string{0: "PROPN/NNP", 2: "PROPN/NNP", 3: "PROPN/NNP", 4: "VERB/VBZ", 5: "PROPN", 6: "DET/DT", 7: "NOUN/NN", 8: "VERB/VBZ", 9: "PRON/PRP"},
		},
		{
			name:  "coordinated names",
			text:  "Blinken and Netanyahu met for over two hours on Monday .",
			check: map[int]string{0: "PROPN/NNP", 1: "CCONJ/CC", 2: "PROPN/NNP", 3: "VERB/VBD", 6: "NUM/CD", 7: "NOUN/NNS", 8: "ADP/IN", 9: "PROPN/NNP"},
		},
		{
			name:  "diplomat",
			text:  "The top US diplomat arrived in Israel on Sunday .",
			check: map[int]string{0: "DET/DT", 1: "ADJ/JJ", 2: "PROPN/NNP", 3: "NOUN/NN", 4: "VERB/VBD", 5: "ADP/IN", 6: "PROPN/NNP", 8: "PROPN/NNP"},
		},
		{
			// Known error: "Tel" comes out NOUN/NN (EWT has "tel" for
			// telephone).
			name:  "inverted quotation",
			text:  "says Blinken to journalists in Tel Aviv",
			check: map[int]string{0: "VERB/VBZ", 1: "PROPN/NNP", 3: "NOUN/NNS", 4: "ADP/IN", 6: "PROPN/NNP"},
		},
		{
			name:  "titles and names",
			text:  "Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem .",
			check: map[int]string{0: "PROPN/NNP", 3: "PROPN/NNP", 4: "PROPN/NNP", 5: "VERB/VBD", 6: "ADJ/JJ", 9: "PROPN/NNP", 10: "PROPN/NNP", 12: "PROPN/NNP"},
		},
		{
			name:  "modal and infinitive",
			text:  "A Hamas official said the group would study the proposal .",
			check: map[int]string{1: "PROPN/NNP", 2: "NOUN/NN", 3: "VERB/VBD", 6: "AUX/MD", 7: "VERB/VB", 9: "NOUN/NN"},
		},
		{
			name:  "clitics and possessive",
			text:  "It 's up to Hamas ' leaders , U.S. officials said Oct. 7 .",
			check: map[int]string{0: "PRON/PRP", 1: "AUX/VBZ", 4: "PROPN/NNP", 5: "PART/POS", 6: "NOUN/NNS", 7: "PUNCT/,", 8: "PROPN/NNP", 10: "VERB/VBD", 12: "NUM/CD"},
		},
		{
			name:  "negation",
			text:  "Israel did n't agree to the cease-fire proposal .",
			check: map[int]string{1: "AUX/VBD", 2: "PART/RB", 3: "VERB/VB", 7: "NOUN/NN"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.text)
			upos, xpos := tag(m, words)
			for i, want := range tt.check {
				got := upos[i] + "/" + xpos[i]
				if !strings.Contains(want, "/") {
					got = upos[i]
				}
				if got != want {
					t.Errorf("%q (word %d): got %s, want %s", words[i], i, got, want)
				}
			}
		})
	}
}

func TestTagEmpty(t *testing.T) {
	m := mustDefault(t)
	m.Tag(nil, nil, nil) // must not panic
}

func TestTagAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts vary under the race detector")
	}
	m := mustDefault(t)
	words := strings.Fields("The top US diplomat arrived in Israel on Sunday for talks with Netanyahu .")
	upos := make([]string, len(words))
	xpos := make([]string, len(words))
	m.Tag(words, upos, xpos)
	allocs := testing.AllocsPerRun(100, func() { m.Tag(words, upos, xpos) })
	if allocs > 0 {
		t.Errorf("got %v allocations per Tag, want 0", allocs)
	}
}

func TestTagConcurrent(t *testing.T) {
	m := mustDefault(t)
	words := strings.Fields("Blinken and Netanyahu met for over two hours on Monday .")
	wantU, wantX := tag(m, words)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				u, x := tag(m, words)
				for i := range words {
					if u[i] != wantU[i] || x[i] != wantX[i] {
						t.Errorf("word %d: got %s/%s, want %s/%s", i, u[i], x[i], wantU[i], wantX[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestLemma(t *testing.T) {
	m := mustDefault(t)
	tests := []struct {
		word, upos, xpos, want string
	}{
		{"met", "VERB", "VBD", "meet"},
		{"talks", "NOUN", "NNS", "talk"},
		{"Netanyahu", "PROPN", "NNP", "Netanyahu"},
		{"Blinken", "PROPN", "NNP", "Blinken"},
		{"'s", "PART", "POS", "'s"},
		{"'s", "AUX", "VBZ", "be"},
		{"n't", "PART", "RB", "not"},
		{"The", "DET", "DT", "the"},
		{"was", "AUX", "VBD", "be"},
		{"officials", "NOUN", "NNS", "official"},
		{"said", "VERB", "VBD", "say"},
		// regular past tenses and hyphenated verbs
		{"sponsored", "VERB", "VBD", "sponsor"},
		{"co-sponsored", "VERB", "VBD", "co-sponsor"},
		{"favored", "VERB", "VBD", "favor"},
		{"raided", "VERB", "VBD", "raid"},
		{"conceded", "VERB", "VBD", "concede"},
		{"belonged", "VERB", "VBD", "belong"},
		{"re-elected", "VERB", "VBN", "re-elect"},
		{"hostages", "NOUN", "NNS", "hostage"},
		{"negotiators", "NOUN", "NNS", "negotiator"},
		{"Palestinians", "PROPN", "NNPS", "Palestinian"},
		{"ceasefires", "NOUN", "NNS", "ceasefire"},
		{"mediating", "VERB", "VBG", "mediate"},
		{"brokered", "VERB", "VBN", "broker"},
		{"Frobnicated", "VERB", "VBD", "frobnicate"},
		{"larger", "ADJ", "JJR", "large"},
		{"2024", "NUM", "CD", "2024"},
		{"I", "PRON", "PRP", "I"},
		{"them", "PRON", "PRP", "they"},
		{",", "PUNCT", ",", ","},
		{"", "NOUN", "NN", ""},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.xpos, func(t *testing.T) {
			if got := m.Lemma(tt.word, tt.upos, tt.xpos); got != tt.want {
				t.Errorf("Lemma(%q, %s, %s): got %q, want %q", tt.word, tt.upos, tt.xpos, got, tt.want)
			}
		})
	}
}

func TestSaveLoad(t *testing.T) {
	m := mustDefault(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatalf("Save: %v", err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	var buf2 bytes.Buffer
	if err := m2.Save(&buf2); err != nil {
		t.Fatalf("Save: %v", err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Errorf("saving a loaded model: got %d bytes, want the %d bytes it was loaded from", buf2.Len(), buf.Len())
	}
	words := strings.Fields("Hamas representative Osama Hamdan tells Reuters the group rejects it .")
	u1, x1 := tag(m, words)
	u2, x2 := tag(m2, words)
	for i := range words {
		if u1[i] != u2[i] || x1[i] != x2[i] {
			t.Errorf("word %d: got %s/%s after reload, want %s/%s", i, u2[i], x2[i], u1[i], x1[i])
		}
	}
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	if err := mustDefault(t).Save(&good); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", good.Bytes()[:good.Len()/2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tt.data)); err == nil {
				t.Errorf("Load: got nil error, want one")
			}
			if _, err := loadBytes(tt.data); err == nil {
				t.Errorf("loadBytes: got nil error, want one")
			}
		})
	}
}

func FuzzTag(f *testing.F) {
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("The permit was denied .")
	f.Add("")
	f.Add("\xff\xfe \x00 \u00e9t\u00e9 U.S. 2024 -- ''")
	f.Add("   a")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ") // keeps empty words
		upos := make([]string, len(words))
		xpos := make([]string, len(words))
		m.Tag(words, upos, xpos)
		for i := range words {
			if upos[i] == "" || xpos[i] == "" {
				t.Errorf("word %d %q: empty tag %q/%q", i, words[i], upos[i], xpos[i])
			}
			m.Lemma(words[i], upos[i], xpos[i])
		}
	})
}

// TestStaticScores checks that the summed role features of frequent words
// give the same scores as looking every feature up.
func TestStaticScores(t *testing.T) {
	m := mustDefault(t)
	for _, text := range []string{
		"The top US diplomat arrived in Israel on Sunday .",
		"Hamas representative Osama Hamdan tells Reuters the group rejects it .",
		"zzyzx , the the of",
	} {
		words := strings.Fields(text)
		s := m.getScratch(len(words))
		infos := s.infos
		infos[0], infos[1] = padStart, padStart
		infos[len(words)+2], infos[len(words)+3] = padEnd, padEnd
		for i, w := range words {
			m.fillInfo(w, &infos[i+2])
			infos[i+2].fixed = -1
		}
		for i := range words {
			p1, p2 := (i*7)%len(m.classes), (i*13)%len(m.classes)
			m.score(s, i+2, p1, p2)
			got := s.scores(len(m.classes))
			var want [256]int32
			var fs [maxFeatures]uint64
			n := features(infos, i+2, p1, p2, &fs, m.useClusters)
			for _, h := range fs[:n] {
				if p := m.find(h); p >= 0 {
					qs, n := m.run(p)
					for k := range n {
						e := qs[k/4][k%4]
						want[e&0xff] += int32(e) >> 8
					}
				}
			}
			if got != want {
				t.Errorf("%q word %d: scores differ from a full lookup", text, i)
			}
		}
	}
}

// TestArgmax checks argmax on packed scores against a plain scan, which
// returns the first of the highest scores.
func TestArgmax(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, nc := range []int{1, 2, 3, 8, 9, 106, 107, 255} {
		nk := (nc + 7) / 8
		for range 200 {
			var scores [256]int32
			var sparse [256]int32
			dense := make([]chunk, nk)
			rows := [2][]int32{make([]int32, nc), make([]int32, nc)}
			for k := range nc {
				// Few distinct values, so that ties are common.
				d0, d1 := int32(rng.IntN(7)-3)*1000, int32(rng.IntN(7)-3)*1000
				sp := int32(rng.IntN(5)-2) * 1000
				rows[0][k], rows[1][k], sparse[k] = d0, d1, sp
				scores[k] = d0 + d1 + sp
			}
			for r, pad := range []int32{padScore, 0} {
				packed := make([]chunk, nk)
				pack(packed, rows[r], pad)
				for j := range packed {
					for h := range packed[j] {
						dense[j][h] += packed[j][h]
					}
				}
			}
			want := 0
			for k := 1; k < nc; k++ {
				if scores[k] > scores[want] {
					want = k
				}
			}
			if got := argmax(dense, &sparse); got != want {
				t.Fatalf("%d classes: got %d, want %d", nc, got, want)
			}
		}
	}
}

// plainLemma is Lemma without the parts computed in advance: the lemmas
// of dictionary words, the hashes of frequent words, the rule seeds of
// the classes and tagBuckets.
func plainLemma(m *Model, word, upos, xpos string) string {
	if word == "" {
		return ""
	}
	prefix, w, x := regularForm(word, upos, xpos)
	l := plainLemmaOf(m, w, upos, x)
	if x != xpos {
		if p := plainLemmaOf(m, w, upos, xpos); p != l && m.knownWord(p) && !m.knownWord(l) {
			l = p
		}
	}
	return prefix + l
}

// plainLemmaOf is plainLemma without regularForm.
func plainLemmaOf(m *Model, word, upos, xpos string) string {
	lz := m.lem
	lz.ruleSeeds = nil
	c, known := m.classIndex[class{upos, xpos}]
	if known {
		if l, ok := lz.table.get(lemmaKey(keyExact, hashString(word), c)); ok {
			return l
		}
		if upos != "PROPN" {
			if l, ok := lz.table.get(lemmaKey(keyLower, hashLower(word), c)); ok {
				return l
			}
		}
	}
	return lz.byRule(word, upos, xpos, c, known, nil)
}

// TestLemmaPrecomputed checks Lemma against plainLemma on frequent words
// (and variants of them) in every class.
func TestLemmaPrecomputed(t *testing.T) {
	m := mustDefault(t)
	step := 3
	if raceEnabled {
		step = 40
	}
	hits := 0
	for i := 0; i < len(m.vocab); i += step {
		w := m.vocab[i]
		if m.vocabInfo[i].fixed >= 0 {
			hits++
		}
		for _, w := range []string{w, strings.ToUpper(w), strings.ToLower(w), "x" + w} {
			for _, cl := range m.classes {
				want := plainLemma(m, w, cl.upos, cl.xpos)
				if got := m.Lemma(w, cl.upos, cl.xpos); got != want {
					t.Errorf("Lemma(%q, %s, %s): got %q, want %q", w, cl.upos, cl.xpos, got, want)
				}
			}
			if got, want := m.Lemma(w, "NOUN", "NNX"), plainLemma(m, w, "NOUN", "NNX"); got != want {
				t.Errorf("Lemma(%q, NOUN, NNX): got %q, want %q", w, got, want)
			}
		}
	}
	if hits < 1000/step {
		t.Errorf("got %d dictionary words in the vocabulary, want at least %d", hits, 1000/step)
	}
}

// TestClassOf checks classOf against classIndex on every pair of a UPOS
// and an XPOS tag of the model, and on a few others.
func TestClassOf(t *testing.T) {
	m := mustDefault(t)
	ups, xps := []string{"", "NOUNS", "x"}, []string{"", "NNSS", "x"}
	for _, cl := range m.classes {
		ups = append(ups, cl.upos)
		xps = append(xps, cl.xpos)
	}
	for _, u := range ups {
		for _, x := range xps {
			c, ok := m.classOf(u, x)
			wc, wok := m.classIndex[class{u, x}]
			if c != wc || ok != wok {
				t.Errorf("classOf(%q, %q): got %d, %v, want %d, %v", u, x, c, ok, wc, wok)
			}
		}
	}
}

func TestBracketedAcronym(t *testing.T) {
	m := mustDefault(t)
	for _, c := range []struct {
		words []string
		k     int
		want  string
	}{
		{strings.Fields("Tom Reyes of the Water Health Office ( WHO ) told reporters the pumps were broken ."), 8, "PROPN"},
		{strings.Fields("the man who ( he said ) left"), 2, "PRON"},
	} {
		upos, _ := tag(m, c.words)
		if upos[c.k] != c.want {
			t.Errorf("%q: %q tagged %s, want %s", strings.Join(c.words, " "), c.words[c.k], upos[c.k], c.want)
		}
	}
}
