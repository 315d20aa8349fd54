package relclass_test

import (
	"bytes"

	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/relclass"
)

// fuzzSentence builds a sentence and mentions from arbitrary bytes: words,
// tags, heads in and out of range (cycles included), parsed or not, and
// mentions with any span (empty, reversed, overlapping, out of range) and
// type.
func fuzzSentence(data []byte) (*nlp.Sentence, []relclass.Mention) {
	words := []string{"Smith", "of", "the", "University", "in", "Paris", ",", "was", "born", "joined", "'s", "and", "", "é", "(", ")", "said"}
	upos := []string{"PROPN", "ADP", "DET", "NOUN", "VERB", "AUX", "PUNCT", "CCONJ", "PART", "NUM", "", "X"}
	rels := []string{"nsubj", "obl", "case", "det", "compound", "flat", "nmod", "nmod:poss", "conj", "cc", "appos", "root", "", "mark"}
	types := []newsgraph.EntityType{newsgraph.Person, newsgraph.Organization, newsgraph.Place, newsgraph.Event, newsgraph.Thing, "", "Quotation"}
	at := 0
	next := func() int {
		if at >= len(data) {
			return 0
		}
		at++
		return int(data[at-1])
	}
	s := &nlp.Sentence{}
	n := next() % 40
	parse := next()%4 != 0
	for i := 0; i < n; i++ {
		w := words[next()%len(words)]
		tok := nlp.Token{Text: w, Lemma: w, UPOS: upos[next()%len(upos)], Head: -1}
		if parse {
			tok.Head = next()%(n+4) - 2
			tok.Rel = rels[next()%len(rels)]
		}
		s.Tokens = append(s.Tokens, tok)
	}
	var ms []relclass.Mention
	for k := next() % 8; k > 0; k-- {
		a := next()%(n+3) - 1
		ms = append(ms, relclass.Mention{Start: a, End: a + next()%6 - 1, Type: types[next()%len(types)]})
	}
	return s, ms
}

func FuzzRelations(f *testing.F) {
	f.Add([]byte("seed"))
	f.Add([]byte{12, 1, 0, 3, 0, 5, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 3, 0, 2, 0, 4, 3, 2, 8, 4, 2})
	f.Add([]byte{20, 1, 0, 0, 5, 1, 1, 0, 5, 1, 2, 0, 5, 1, 3, 0, 5, 1, 4, 0, 5, 1, 5, 5, 0, 4, 1, 6, 2, 2, 9, 3, 0})
	m, err := relclass.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, ms := fuzzSentence(data)
		for _, c := range m.Relations(s, ms, 0) {
			if c.Subj < 0 || c.Subj >= len(ms) || c.Obj < 0 || c.Obj >= len(ms) || c.Subj == c.Obj {
				t.Fatalf("candidate %+v out of range of %d mentions", c, len(ms))
			}
			a, b := ms[c.Subj], ms[c.Obj]
			if a.Start < 0 || a.End > len(s.Tokens) || a.Start >= a.End || b.Start < 0 || b.End > len(s.Tokens) || b.Start >= b.End {
				t.Fatalf("candidate %+v pairs a mention outside the sentence: %v, %v", c, a, b)
			}
			if a.Start < b.End && b.Start < a.End {
				t.Fatalf("candidate %+v pairs overlapping mentions %v, %v", c, a, b)
			}
			if !(c.Score >= 0 && c.Score <= 1) || c.Path < -1 || c.Path > len(s.Tokens) {
				t.Fatalf("candidate %+v: score or path out of range", c)
			}
		}
	})
}

// FuzzParseReDocRED checks that data the parser accepts can be turned into
// examples without a panic (its index checks are enough).
func FuzzParseReDocRED(f *testing.F) {
	f.Add([]byte(reDoc))
	f.Add([]byte(`[{"sents": [["A"]], "vertexSet": [[{"pos": [0, 1], "sent_id": 0, "type": "PER"}]], "labels": [{"r": "P19", "h": 0, "t": 0}]}]`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := relclass.ParseReDocRED(data, "fuzz.json")
		if err != nil {
			return
		}
		noParse := func(*nlp.Document) {} // tokens without tags or heads
		for _, ex := range relclass.ReDocExamples(docs, noParse, relclass.DefaultExampleOptions()) {
			for _, c := range append(ex.Gold, ex.Unknown...) {
				if c.Subj < 0 || c.Subj >= len(ex.Mentions) || c.Obj < 0 || c.Obj >= len(ex.Mentions) {
					t.Fatalf("relation %+v out of range of %d mentions", c, len(ex.Mentions))
				}
			}
		}
	})
}

// FuzzLoad checks that Load never panics on arbitrary bytes.
func FuzzLoad(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))
	// a small valid model
	s, ms := fuzzSentence([]byte{6, 1, 0, 0, 5, 1, 1, 0, 5, 1, 2, 0, 5, 1, 3, 0, 5, 1, 4, 0, 5, 1, 5, 5, 0, 2, 0, 2, 0, 3, 4, 2})
	opt := relclass.DefaultTrainOptions()
	opt.Bits, opt.Epochs, opt.Runs, opt.MinCount = 8, 1, 1, 1
	var buf bytes.Buffer
	if err := relclass.Train([]relclass.Example{{Sentence: s, Mentions: ms}}, opt).Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := relclass.Load(bytes.NewReader(data)); err == nil {
			s, ms := fuzzSentence(data)
			m.Relations(s, ms, 0)
		}
	})
}
