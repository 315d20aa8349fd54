package tagger

import "github.com/newsgraph/newsgraph/extract/nlp/conllu"

// Scores are the accuracies of a model on a treebank, in percent.
type Scores struct {
	Tokens int     // words evaluated
	UPOS   float64 // universal tags right
	XPOS   float64 // Penn Treebank tags right
	Both   float64 // both tags right
	Lemma  float64 // lemmas right, from predicted tags
	// LemmaGoldTags is the lemma accuracy given the gold tags.
	LemmaGoldTags float64
	// Unknown-word figures: words the model has no tag statistics for
	// (not seen in training, or seen too rarely; see Model.Known).
	UnknownTokens int
	UnknownUPOS   float64
}

// Evaluate tags and lemmatizes the words of sents with m and compares the
// results with their gold annotation.
func Evaluate(m *Model, sents []conllu.Sentence) Scores {
	var sc Scores
	var up, xp, both, lem, lemGold, unk, unkUp int
	var words, upos, xpos []string
	for _, s := range sents {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		if cap(upos) < len(words) {
			upos = make([]string, len(words))
			xpos = make([]string, len(words))
		}
		upos, xpos = upos[:len(words)], xpos[:len(words)]
		m.Tag(words, upos, xpos)
		for i, w := range s.Words {
			sc.Tokens++
			known := m.Known(w.Form)
			if !known {
				unk++
			}
			if upos[i] == w.UPOS {
				up++
				if !known {
					unkUp++
				}
			}
			if xpos[i] == w.XPOS {
				xp++
			}
			if upos[i] == w.UPOS && xpos[i] == w.XPOS {
				both++
			}
			if m.Lemma(w.Form, upos[i], xpos[i]) == w.Lemma {
				lem++
			}
			if m.Lemma(w.Form, w.UPOS, w.XPOS) == w.Lemma {
				lemGold++
			}
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	sc.UPOS = pct(up, sc.Tokens)
	sc.XPOS = pct(xp, sc.Tokens)
	sc.Both = pct(both, sc.Tokens)
	sc.Lemma = pct(lem, sc.Tokens)
	sc.LemmaGoldTags = pct(lemGold, sc.Tokens)
	sc.UnknownTokens = unk
	sc.UnknownUPOS = pct(unkUp, unk)
	return sc
}

// Known reports whether the model saw word (in any case) in training
// often enough to know its possible tags.
func (m *Model) Known(word string) bool {
	i := m.lexIx.find(hashLower(word))
	return i >= 0 && m.lexAmb[i] != 0
}
