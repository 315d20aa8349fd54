package ner

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// A TagFunc assigns UPOS and Penn XPOS tags to the words of a sentence,
// such as the tagger's Tag method.
type TagFunc func(words []string) (upos, xpos []string)

// PRF holds counts and precision, recall and F1 for one mention type.
type PRF struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

func (p *PRF) finish() {
	if p.TP+p.FP > 0 {
		p.Precision = float64(p.TP) / float64(p.TP+p.FP)
	}
	if p.TP+p.FN > 0 {
		p.Recall = float64(p.TP) / float64(p.TP+p.FN)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

// Scores are the results of Evaluate: exact-span, exact-type matches.
type Scores struct {
	Sentences int
	ByType    map[string]PRF // PERSON, ORG, PLACE
	Overall   PRF            // all three types together (micro-averaged)
}

// Evaluate scores m on sentences with GUM entity annotation: gold
// mentions are GoldNames, predictions are m.RecognizeDocument's PERSON,
// ORG and PLACE mentions, document by document (a "newdoc id" comment
// starts a document); a prediction counts only when span
// and type both match. tag supplies the POS tags given to the recognizer;
// nil means the gold tags of the treebank.
func Evaluate(m *Model, sents []conllu.Sentence, tag TagFunc) Scores {
	tagged := tagAll(sents, tag)
	pred := make([][]nlp.Mention, len(sents))
	for _, d := range documents(sents) {
		ws, us, xs := make([][]string, d[1]-d[0]), make([][]string, d[1]-d[0]), make([][]string, d[1]-d[0])
		for i, t := range tagged[d[0]:d[1]] {
			ws[i], us[i], xs[i] = t.words, t.upos, t.xpos
		}
		copy(pred[d[0]:d[1]], m.RecognizeDocument(ws, us, xs))
	}
	return score(sents, pred)
}

// documents splits sentences into documents at each "newdoc id" comment,
// returning [start, end) index pairs.
func documents(sents []conllu.Sentence) [][2]int {
	var out [][2]int
	start := 0
	for i := range sents {
		if _, ok := sents[i].Comment("newdoc id"); ok && i > start {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	if start < len(sents) {
		out = append(out, [2]int{start, len(sents)})
	}
	return out
}

// tagged is one sentence's words and tags.
type tagged struct {
	words, upos, xpos []string
}

func tagAll(sents []conllu.Sentence, tag TagFunc) []tagged {
	out := make([]tagged, len(sents))
	for i, s := range sents {
		t := tagged{words: make([]string, len(s.Words)), upos: make([]string, len(s.Words)), xpos: make([]string, len(s.Words))}
		for j, w := range s.Words {
			t.words[j], t.upos[j], t.xpos[j] = w.Form, w.UPOS, w.XPOS
		}
		if tag != nil {
			t.upos, t.xpos = tag(t.words)
		}
		out[i] = t
	}
	return out
}

// score compares predictions with GoldNames.
func score(sents []conllu.Sentence, pred [][]nlp.Mention) Scores {
	by := map[string]*PRF{}
	for _, t := range modelTypes {
		by[t] = &PRF{}
	}
	for i, s := range sents {
		gold := map[nlp.Mention]bool{}
		for _, g := range GoldNames(s) {
			gold[g] = true
		}
		for _, p := range pred[i] {
			prf, ok := by[p.Type]
			if !ok {
				continue
			}
			if gold[p] {
				prf.TP++
				delete(gold, p)
			} else {
				prf.FP++
			}
		}
		for g := range gold {
			by[g.Type].FN++
		}
	}
	sc := Scores{Sentences: len(sents), ByType: map[string]PRF{}}
	for _, t := range modelTypes {
		p := by[t]
		p.finish()
		sc.ByType[t] = *p
		sc.Overall.TP += p.TP
		sc.Overall.FP += p.FP
		sc.Overall.FN += p.FN
	}
	sc.Overall.finish()
	return sc
}

// String formats the scores as a small table.
func (s Scores) String() string {
	var b strings.Builder
	row := func(name string, p PRF) {
		fmt.Fprintf(&b, "  %-8s P %.4f  R %.4f  F1 %.4f  (tp %d fp %d fn %d)\n", name, p.Precision, p.Recall, p.F1, p.TP, p.FP, p.FN)
	}
	for _, t := range modelTypes {
		row(t, s.ByType[t])
	}
	row("overall", s.Overall)
	return b.String()
}
