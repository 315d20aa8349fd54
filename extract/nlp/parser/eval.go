package parser

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// A TagFunc tags a sentence: it fills upos[i] and xpos[i] for each word.
// (*tagger.Model).Tag has this signature.
type TagFunc func(words []string, upos, xpos []string)

// Scores are attachment scores in percent over all words, punctuation
// included, as in the CoNLL 2018 shared task.
type Scores struct {
	Words int     // words scored
	UAS   float64 // head correct
	LAS   float64 // head and full relation, subtype included, correct
	// LASBase counts the relation as correct when its universal part
	// matches (nsubj:pass = nsubj), which is what the CoNLL 2018 evaluation
	// script scores as LAS.
	LASBase float64
}

// Evaluate parses sents with m and scores the result against their gold
// trees. With tag nil the gold UPOS and XPOS tags are given to the parser;
// otherwise tag predicts them first.
func Evaluate(m *Model, sents []conllu.Sentence, tag TagFunc) Scores {
	var sc Scores
	var uas, las, base int
	var words, upos, xpos, rels []string
	var heads []int
	for i := range sents {
		ws := sents[i].Words
		n := len(ws)
		words, upos, xpos = words[:0], upos[:0], xpos[:0]
		for _, w := range ws {
			words = append(words, w.Form)
			upos = append(upos, w.UPOS)
			xpos = append(xpos, w.XPOS)
		}
		if tag != nil {
			tag(words, upos, xpos)
		}
		heads = append(heads[:0], make([]int, n)...)
		rels = append(rels[:0], make([]string, n)...)
		m.Parse(words, upos, xpos, heads, rels)
		for j, w := range ws {
			sc.Words++
			if heads[j] != w.Head-1 {
				continue
			}
			uas++
			if rels[j] == w.Deprel {
				las++
			}
			if baseRel(rels[j]) == baseRel(w.Deprel) {
				base++
			}
		}
	}
	if sc.Words > 0 {
		f := 100 / float64(sc.Words)
		sc.UAS, sc.LAS, sc.LASBase = float64(uas)*f, float64(las)*f, float64(base)*f
	}
	return sc
}

func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}
