package relclass_test

import (
	"bytes"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/relclass"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// BenchmarkRelations scores every pair of the recognizer's PERSON, ORG and
// PLACE mentions in each sentence of the Wikinews articles, analysed
// before the timer starts; bytes are those of the articles' text.
func BenchmarkRelations(b *testing.B) {
	texts := sharedtest.WikinewsTexts(b)
	a := analyzer(b)
	m := model(b)
	types := map[string]newsgraph.EntityType{"PERSON": newsgraph.Person, "ORG": newsgraph.Organization, "PLACE": newsgraph.Place}
	type sentence struct {
		s  *nlp.Sentence
		ms []relclass.Mention
	}
	var sents []sentence
	size := 0
	for _, t := range texts {
		size += len(t)
		doc := a.Analyze(t)
		for i := range doc.Sentences {
			s := &doc.Sentences[i]
			var ms []relclass.Mention
			for _, mt := range s.Mentions {
				if typ, ok := types[mt.Type]; ok {
					ms = append(ms, relclass.Mention{Start: mt.Start, End: mt.End, Type: typ})
				}
			}
			if len(ms) >= 2 {
				sents = append(sents, sentence{s, ms})
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			m.Relations(s.s, s.ms, 0.5)
		}
	}
}

// BenchmarkLoad measures reading the embedded model.
func BenchmarkLoad(b *testing.B) {
	var buf bytes.Buffer
	if err := model(b).Save(&buf); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := relclass.Load(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}
