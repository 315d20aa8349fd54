package coref_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
)

// fuzzDoc builds an analysed document from arbitrary bytes: words, tags,
// heads (in range or not, cycles included), relations, sentences with and
// without a parse, and recognizer mentions with any span and type.
func fuzzDoc(data []byte) *nlp.Document {
	words := []string{"he", "she", "it", "they", "his", "Her", "its", "them", "himself", "I", "we", "you",
		"the", "The", "a", "company", "minister", "Smith", "Red", "Hat", "NASA", "said", "is", "to", "that",
		"\"", ",", ".", "42-year-old", "Monday", "city", "Jones", "'s", "", "é"}
	upos := []string{"PRON", "DET", "NOUN", "PROPN", "VERB", "AUX", "ADJ", "NUM", "PUNCT", "ADP", "SCONJ", "PART", "", "X"}
	xpos := []string{"PRP", "PRP$", "DT", "NN", "NNS", "NNP", "NNPS", "VBD", "JJ", "CD", ".", "POS", "HYPH", ""}
	rels := []string{"nsubj", "obj", "det", "amod", "compound", "flat", "nmod:poss", "case", "root", "expl", "appos",
		"cop", "acl", "nmod", "conj", "", "nsubj:pass"}
	types := []string{"PERSON", "ORG", "PLACE", "NORP", "DATE", "", "X"}
	at := 0
	next := func() int {
		if at >= len(data) {
			return 0
		}
		at++
		return int(data[at-1])
	}
	doc := &nlp.Document{}
	for len(doc.Sentences) < 12 && at < len(data) {
		n := next() % 24
		parse := next()%4 != 0
		var s nlp.Sentence
		for i := 0; i < n; i++ {
			w := words[next()%len(words)]
			tok := nlp.Token{Start: len(doc.Text), Text: w, UPOS: upos[next()%len(upos)], XPOS: xpos[next()%len(xpos)], Lemma: w, Head: -1}
			doc.Text += w + " "
			tok.End = tok.Start + len(w)
			if parse {
				tok.Head = next()%(n+4) - 2 // out of range on both sides sometimes
				tok.Rel = rels[next()%len(rels)]
			}
			s.Tokens = append(s.Tokens, tok)
		}
		for k := next() % 4; k > 0; k-- {
			a := next()%(n+3) - 1
			s.Mentions = append(s.Mentions, nlp.Mention{Start: a, End: a + next()%5 - 1, Type: types[next()%len(types)]})
		}
		doc.Sentences = append(doc.Sentences, s)
	}
	return doc
}

func FuzzResolve(f *testing.F) {
	f.Add([]byte("seed: he said the company"))
	f.Add([]byte{5, 1, 0, 0, 0, 1, 13, 3, 3, 2, 2, 5, 1, 0, 2, 7, 4, 3, 1, 2, 0, 0, 3, 1, 2, 1, 1})
	f.Add([]byte{20, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
	m, err := coref.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := fuzzDoc(data)
		r := m.Resolve(doc)
		for i, men := range r.Mentions {
			if men.Sentence < 0 || men.Sentence >= len(doc.Sentences) {
				t.Fatalf("mention %d: sentence %d out of range", i, men.Sentence)
			}
			n := len(doc.Sentences[men.Sentence].Tokens)
			if men.Start < 0 || men.Start > men.Head || men.Head >= men.End || men.End > n {
				t.Fatalf("mention %d: span [%d, %d) head %d in a sentence of %d tokens", i, men.Start, men.End, men.Head, n)
			}
			if men.Antecedent < -1 || men.Antecedent >= i {
				t.Fatalf("mention %d: antecedent %d", i, men.Antecedent)
			}
			if men.Chain < -1 || men.Chain >= len(r.Chains) {
				t.Fatalf("mention %d: chain %d of %d", i, men.Chain, len(r.Chains))
			}
			if j, ok := r.Name(i); ok && (j < 0 || j >= len(r.Mentions) || r.Mentions[j].Kind != coref.Name) {
				t.Fatalf("Name(%d) = %d, not a name", i, j)
			}
			_ = men.Text(doc)
		}
		for k, c := range r.Chains {
			if len(c) < 2 {
				t.Fatalf("chain %d has %d mentions", k, len(c))
			}
			for _, i := range c {
				if i < 0 || i >= len(r.Mentions) || r.Mentions[i].Chain != k {
					t.Fatalf("chain %d lists mention %d", k, i)
				}
			}
		}
		for s, sent := range doc.Sentences {
			for tok := range sent.Tokens {
				r.Referent(s, tok)
			}
		}
	})
}
