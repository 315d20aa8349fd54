package tokenize

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// Scores are the results of Evaluate: counts of gold, predicted and
// matching words and sentences.
type Scores struct {
	GoldWords, PredWords, Words int // words: gold, predicted, matching spans
	GoldSents, PredSents, Sents int // sentences: gold, predicted, matching spans
	Docs                        int // documents evaluated
}

// f1 returns the harmonic mean of precision and recall as a percentage.
func f1(gold, pred, match int) float64 {
	if gold+pred == 0 {
		return 100
	}
	return 200 * float64(match) / float64(gold+pred)
}

// WordF1 returns the word-level F1 (percent): a predicted token matches a
// gold syntactic word when their byte spans are equal.
func (s Scores) WordF1() float64 { return f1(s.GoldWords, s.PredWords, s.Words) }

// SentenceF1 returns the sentence-level F1 (percent): a predicted sentence
// matches a gold sentence when their spans are equal, as in the CoNLL 2018
// shared task.
func (s Scores) SentenceF1() float64 { return f1(s.GoldSents, s.PredSents, s.Sents) }

// Add returns the sum of two scores.
func (s Scores) Add(o Scores) Scores {
	return Scores{
		GoldWords: s.GoldWords + o.GoldWords, PredWords: s.PredWords + o.PredWords, Words: s.Words + o.Words,
		GoldSents: s.GoldSents + o.GoldSents, PredSents: s.PredSents + o.PredSents, Sents: s.Sents + o.Sents,
		Docs: s.Docs + o.Docs,
	}
}

// String summarises the scores on one line.
func (s Scores) String() string {
	return fmt.Sprintf("words F1 %.2f (gold %d, predicted %d, matched %d); sentences F1 %.2f (gold %d, predicted %d, matched %d); %d documents",
		s.WordF1(), s.GoldWords, s.PredWords, s.Words, s.SentenceF1(), s.GoldSents, s.PredSents, s.Sents, s.Docs)
}

// A GoldDoc is a document rebuilt from a treebank: its text and the gold
// spans of its words and sentences.
type GoldDoc struct {
	ID        string
	Text      string
	Words     []nlp.Token // gold syntactic words; Start = End = -1 when a word cannot be aligned
	Sentences [][2]int    // gold sentence spans
}

// GoldDocs rebuilds the documents of a treebank from the "# text" comments:
// sentences of a paragraph joined by a space, paragraphs ("# newpar") by a
// newline; "# newdoc" starts a new document. Word spans come from the
// surface tokens, multiword tokens ("don't") divided among their words
// when the words spell the token ("do" + "n't").
func GoldDocs(sents []conllu.Sentence) []GoldDoc {
	var docs []GoldDoc
	var cur *GoldDoc
	var text strings.Builder
	finish := func() {
		if cur != nil {
			cur.Text = text.String()
			docs = append(docs, *cur)
		}
		text.Reset()
	}
	for si := range sents {
		s := &sents[si]
		newdoc, newpar := false, false
		id := ""
		for _, c := range s.Comments {
			switch {
			case strings.HasPrefix(c, "newdoc"):
				newdoc = true
				if _, v, ok := strings.Cut(c, "="); ok {
					id = strings.TrimSpace(v)
				}
			case c == "newpar" || strings.HasPrefix(c, "newpar ") || strings.HasPrefix(c, "newpar="):
				newpar = true
			}
		}
		if newdoc || cur == nil {
			finish()
			cur = &GoldDoc{ID: id}
		} else if text.Len() > 0 {
			if newpar {
				text.WriteByte('\n')
			} else {
				text.WriteByte(' ')
			}
		}
		base := text.Len()
		st := s.Text()
		text.WriteString(st)
		first := len(cur.Words)
		alignSentence(st, base, s, &cur.Words)
		a, b := -1, -1
		for _, w := range cur.Words[first:] {
			if w.Start >= 0 {
				if a < 0 {
					a = w.Start
				}
				b = w.End
			}
		}
		if a < 0 {
			a, b = base, base+len(st)
		}
		cur.Sentences = append(cur.Sentences, [2]int{a, b})
	}
	finish()
	return docs
}

// alignSentence appends the words of s with their spans in the document,
// where the sentence text st starts at byte base.
func alignSentence(st string, base int, s *conllu.Sentence, out *[]nlp.Token) {
	pos := 0
	// find locates form in st at or after pos, skipping whitespace.
	find := func(form string) (int, bool) {
		p := pos
		for p < len(st) && spaceLen(st, p) > 0 {
			p += spaceLen(st, p)
		}
		if strings.HasPrefix(st[p:], form) {
			return p, true
		}
		if k := strings.Index(st[pos:], form); k >= 0 && k < 20 {
			return pos + k, true
		}
		return 0, false
	}
	multi := 0
	for wi := 0; wi < len(s.Words); wi++ {
		w := s.Words[wi]
		for multi < len(s.Multi) && s.Multi[multi].Last < w.ID {
			multi++
		}
		if multi < len(s.Multi) && s.Multi[multi].First == w.ID {
			m := s.Multi[multi]
			var words []conllu.Word
			for wi < len(s.Words) && s.Words[wi].ID <= m.Last {
				words = append(words, s.Words[wi])
				wi++
			}
			wi--
			p, ok := find(m.Form)
			var spell strings.Builder
			for _, x := range words {
				spell.WriteString(x.Form)
			}
			if ok && len(spell.String()) == len(m.Form) && strings.EqualFold(spell.String(), m.Form) {
				q := p
				for _, x := range words {
					*out = append(*out, nlp.Token{Start: base + q, End: base + q + len(x.Form), Text: st[q : q+len(x.Form)], Head: -1})
					q += len(x.Form)
				}
			} else {
				for _, x := range words {
					*out = append(*out, nlp.Token{Start: -1, End: -1, Text: x.Form, Head: -1})
				}
			}
			if ok {
				pos = p + len(m.Form)
			}
			continue
		}
		p, ok := find(w.Form)
		if !ok {
			*out = append(*out, nlp.Token{Start: -1, End: -1, Text: w.Form, Head: -1})
			continue
		}
		*out = append(*out, nlp.Token{Start: base + p, End: base + p + len(w.Form), Text: w.Form, Head: -1})
		pos = p + len(w.Form)
	}
}

// Evaluate measures Sentences against the gold tokenization and sentence
// split of a treebank: it rebuilds each document's text (see GoldDocs),
// runs Sentences on it and counts the words and sentences whose spans
// match.
func Evaluate(sents []conllu.Sentence) Scores {
	var sc Scores
	for _, d := range GoldDocs(sents) {
		sc = sc.Add(EvaluateDoc(d, Sentences(d.Text)))
	}
	return sc
}

// EvaluateDoc scores predicted sentences of d.Text against the gold.
func EvaluateDoc(d GoldDoc, pred []nlp.Sentence) Scores {
	sc := Scores{Docs: 1, GoldWords: len(d.Words), GoldSents: len(d.Sentences), PredSents: len(pred)}
	gold := make(map[[2]int]bool, len(d.Words))
	for _, w := range d.Words {
		if w.Start >= 0 {
			gold[[2]int{w.Start, w.End}] = true
		}
	}
	gs := make(map[[2]int]bool, len(d.Sentences))
	for _, s := range d.Sentences {
		gs[s] = true
	}
	for _, s := range pred {
		if gs[[2]int{s.Start, s.End}] {
			sc.Sents++
		}
		for _, t := range s.Tokens {
			sc.PredWords++
			if gold[[2]int{t.Start, t.End}] {
				sc.Words++
			}
		}
	}
	return sc
}
