// Package analyze runs the whole NLP core on a text: it splits sentences and
// tokens (tokenize), tags parts of speech and lemmas (tagger), parses
// dependencies (parser) and finds named entities (ner), with the models
// embedded in the binary.
package analyze

import (
	"context"
	"fmt"
	"sync"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
	"github.com/newsgraph/newsgraph/extract/nlp/parser"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
	"github.com/newsgraph/newsgraph/extract/nlp/tokenize"
)

// An Analyzer holds the models of the NLP core. It is immutable and safe
// for concurrent use.
type Analyzer struct {
	Tagger *tagger.Model
	Parser *parser.Model
	NER    *ner.Model
}

// Default returns the analyzer with the embedded models, loading them (in
// parallel) on the first call.
func Default() (*Analyzer, error) {
	var (
		a          Analyzer
		wg         sync.WaitGroup
		e1, e2, e3 error
	)
	wg.Add(3)
	go func() { defer wg.Done(); a.Tagger, e1 = tagger.Default() }()
	go func() { defer wg.Done(); a.Parser, e2 = parser.Default() }()
	go func() { defer wg.Done(); a.NER, e3 = ner.Default() }()
	wg.Wait()
	for _, err := range []error{e1, e2, e3} {
		if err != nil {
			return nil, fmt.Errorf("load NLP models: %w", err)
		}
	}
	return &a, nil
}

// scratch holds the per-sentence slices reused across sentences.
type scratch struct {
	words, upos, xpos, rels []string
	heads                   []int
}

func (s *scratch) reset(n int) {
	grow := func(v []string) []string {
		if cap(v) < n {
			return make([]string, n)
		}
		return v[:n]
	}
	s.words, s.upos, s.xpos, s.rels = grow(s.words), grow(s.upos), grow(s.xpos), grow(s.rels)
	if cap(s.heads) < n {
		s.heads = make([]int, n)
	}
	s.heads = s.heads[:n]
}

var pool = sync.Pool{New: func() any { return new(scratch) }}

// Analyze splits text into sentences and tokens and fills in every token's
// tags, lemma, head and relation, and each sentence's entity mentions.
//
// Each stage runs over all sentences before the next starts, so that one
// model's weights at a time compete for the CPU caches.
//
// Analyze cannot be cancelled; for a document of any length use
// AnalyzeSome with a context.
func (a *Analyzer) Analyze(text string) *nlp.Document {
	doc, _ := a.AnalyzeSome(context.Background(), text, nil)
	return doc
}

// AnalyzeSome is Analyze, except that it parses only the sentences for
// which parse (given the sentence's byte span) returns true; a nil parse
// parses all. The tokens of the other sentences have Head -1 and no
// relation. Parsing is most of the core's time, and an extractor often
// knows which sentences cannot give it anything. A cancelled ctx stops the
// analysis between two sentences, with ctx's error.
func (a *Analyzer) AnalyzeSome(ctx context.Context, text string, parse func(start, end int) bool) (*nlp.Document, error) {
	doc := &nlp.Document{Text: text, Sentences: tokenize.Sentences(text)}
	if err := a.fill(ctx, doc, parse); err != nil {
		return nil, err
	}
	return doc, nil
}

// AnalyzeTokens fills in a document whose sentences and tokens are given
// (gold tokenization, as in a treebank): every token's tags, lemma, head
// and relation, and each sentence's entity mentions, as Analyze does.
// Only the tokens' Text is read.
func (a *Analyzer) AnalyzeTokens(doc *nlp.Document) {
	_ = a.fill(context.Background(), doc, nil) // a background context is never cancelled
}

// fill runs every stage after tokenizing over doc, parsing the sentences
// that parse accepts (all when parse is nil). It stops between two
// sentences with ctx's error when ctx is cancelled.
func (a *Analyzer) fill(ctx context.Context, doc *nlp.Document, parse func(start, end int) bool) error {
	n := 0
	for _, sent := range doc.Sentences {
		n += len(sent.Tokens)
	}
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	s.reset(n)
	// Sentence i's words are s.words[off[i]:off[i+1]], likewise the rest.
	at := 0
	for _, sent := range doc.Sentences {
		for _, t := range sent.Tokens {
			s.words[at] = t.Text
			at++
		}
	}
	span := func(v []string, at, m int) []string { return v[at : at+m : at+m] }
	at = 0
	for _, sent := range doc.Sentences {
		if m := len(sent.Tokens); m > 0 {
			a.Tagger.Tag(span(s.words, at, m), span(s.upos, at, m), span(s.xpos, at, m))
			at += m
		}
	}
	at = 0
	for _, sent := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		if m := len(sent.Tokens); m > 0 {
			if parse == nil || parse(sent.Start, sent.End) {
				a.Parser.Parse(span(s.words, at, m), span(s.upos, at, m), span(s.xpos, at, m), s.heads[at:at+m:at+m], span(s.rels, at, m))
			} else {
				for k := at; k < at+m; k++ {
					s.heads[k] = -1
				}
			}
			at += m
		}
	}
	// Named entities are recognized over the whole document, so that
	// the occurrences of a name share their evidence.
	ws, us, xs := make([][]string, len(doc.Sentences)), make([][]string, len(doc.Sentences)), make([][]string, len(doc.Sentences))
	at = 0
	for i, sent := range doc.Sentences {
		m := len(sent.Tokens)
		ws[i], us[i], xs[i] = span(s.words, at, m), span(s.upos, at, m), span(s.xpos, at, m)
		at += m
	}
	for i, ms := range a.NER.RecognizeDocument(ws, us, xs) {
		doc.Sentences[i].Mentions = ms
	}
	at = 0
	for _, sent := range doc.Sentences {
		for i := range sent.Tokens {
			t := &sent.Tokens[i]
			t.UPOS, t.XPOS = s.upos[at], s.xpos[at]
			t.Lemma = a.Tagger.Lemma(t.Text, t.UPOS, t.XPOS)
			t.Head, t.Rel = s.heads[at], s.rels[at]
			at++
		}
	}
	clear(s.words)
	clear(s.upos)
	clear(s.xpos)
	clear(s.rels)
	return nil
}

// AnalyzeSentence fills in one tokenized sentence.
func (a *Analyzer) AnalyzeSentence(sent *nlp.Sentence) {
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	a.sentence(sent, s)
}

func (a *Analyzer) sentence(sent *nlp.Sentence, s *scratch) {
	toks := sent.Tokens
	n := len(toks)
	if n == 0 {
		return
	}
	s.reset(n)
	for i := range toks {
		s.words[i] = toks[i].Text
	}
	a.Tagger.Tag(s.words, s.upos, s.xpos)
	a.Parser.Parse(s.words, s.upos, s.xpos, s.heads, s.rels)
	for i := range toks {
		t := &toks[i]
		t.UPOS, t.XPOS = s.upos[i], s.xpos[i]
		t.Lemma = a.Tagger.Lemma(t.Text, t.UPOS, t.XPOS)
		t.Head, t.Rel = s.heads[i], s.rels[i]
	}
	sent.Mentions = a.NER.Recognize(s.words, s.upos, s.xpos)
}
