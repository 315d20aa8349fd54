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
	return EvaluateLabeled(m, FromGUM(sents), tag)
}

// EvaluateLabeled scores m on labeled sentences from any corpus: gold
// mentions are their Names, predictions m.RecognizeDocument's PERSON, ORG
// and PLACE mentions, document by document (NewDoc starts a document); a
// prediction counts only when span and type both match. tag supplies the
// POS tags given to the recognizer; nil means the sentences' own tags.
func EvaluateLabeled(m *Model, sents []Labeled, tag TagFunc) Scores {
	pred := PredictLabeled(m, sents, tag)
	return score(sents, pred)
}

// PredictLabeled returns m's mentions of each sentence, recognized
// document by document as EvaluateLabeled does.
func PredictLabeled(m *Model, sents []Labeled, tag TagFunc) [][]nlp.Mention {
	pred := make([][]nlp.Mention, len(sents))
	for _, d := range documents(sents) {
		n := d[1] - d[0]
		ws, us, xs := make([][]string, n), make([][]string, n), make([][]string, n)
		for i, s := range sents[d[0]:d[1]] {
			ws[i], us[i], xs[i] = s.Words, s.UPOS, s.XPOS
			if tag != nil {
				us[i], xs[i] = tag(s.Words)
			}
		}
		copy(pred[d[0]:d[1]], m.RecognizeDocument(ws, us, xs))
	}
	return pred
}

// documents splits sentences into documents at each NewDoc, returning
// [start, end) index pairs.
func documents(sents []Labeled) [][2]int {
	var out [][2]int
	start := 0
	for i := range sents {
		if sents[i].NewDoc && i > start {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	if start < len(sents) {
		out = append(out, [2]int{start, len(sents)})
	}
	return out
}

// score compares predictions with the gold Names.
func score(sents []Labeled, pred [][]nlp.Mention) Scores {
	by := map[string]*PRF{}
	for _, t := range modelTypes {
		by[t] = &PRF{}
	}
	for i, s := range sents {
		gold := map[nlp.Mention]bool{}
		for _, g := range s.Names {
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
