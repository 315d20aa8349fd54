package coref_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
)

// goldSnippet is a two-sentence document written for the tests, with
// Entity annotation in GUM's format.
const goldSnippet = `# newdoc id = d1
# sent_id = d1-1
# text = Smith said he left.
1	Smith	Smith	PROPN	NNP	_	2	nsubj	_	Entity=(1-person-new-sssss-cf1-1-coref-Smith)
2	said	say	VERB	VBD	_	0	root	_	_
3	he	he	PRON	PRP	_	4	nsubj	_	Entity=(1-person-giv:act-sssss-cf1-1-ana)
4	left	leave	VERB	VBD	_	2	ccomp	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = d1-2
# text = The company hired his son.
1	The	the	DET	DT	_	2	det	_	Entity=(2-organization-new-nnnnn-cf2-2-coref
2	company	company	NOUN	NN	_	3	nsubj	_	Entity=2)
3	hired	hire	VERB	VBD	_	0	root	_	_
4	his	his	PRON	PRP$	_	5	nmod:poss	_	Entity=(3-person-new-nnnnn-cf3-2-sgl(1-person-giv:act-sssss-cf1-1-ana)
5	son	son	NOUN	NN	_	3	obj	_	Entity=3)|SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# newdoc id = d2
# sent_id = d2-1
# text = It rained.
1	It	it	PRON	PRP	_	2	expl	_	_
2	rained	rain	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
`

func TestGoldDocs(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(goldSnippet))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := coref.GoldDocs(sents)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "d1" || docs[1].ID != "d2" {
		t.Fatalf("got %d documents, want d1 and d2", len(docs))
	}
	want := []coref.GoldMention{
		{Sentence: 0, Start: 0, End: 1, Head: 0, Entity: 0, Type: "person", Lemma: "smith", Named: true},
		{Sentence: 0, Start: 2, End: 3, Head: 2, Entity: 0, Type: "person", Lemma: "he", Pronoun: true},
		{Sentence: 1, Start: 0, End: 2, Head: 1, Entity: 1, Type: "organization", Lemma: "company", Description: true},
		{Sentence: 1, Start: 3, End: 5, Head: 4, Entity: 2, Type: "person", Lemma: "son"},
		{Sentence: 1, Start: 3, End: 4, Head: 3, Entity: 0, Type: "person", Lemma: "his", Pronoun: true},
	}
	got := docs[0].Mentions
	if len(got) != len(want) {
		t.Fatalf("got %d mentions %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mention %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	if len(docs[1].Mentions) != 0 {
		t.Errorf("d2: got %d mentions, want none", len(docs[1].Mentions))
	}
	doc := docs[0].Tokens()
	if len(doc.Sentences) != 2 || len(doc.Sentences[1].Tokens) != 6 {
		t.Fatalf("Tokens: got %d sentences", len(doc.Sentences))
	}
	for _, s := range doc.Sentences {
		for _, tok := range s.Tokens {
			if doc.Text[tok.Start:tok.End] != tok.Text || tok.Head != -1 {
				t.Errorf("Tokens: token %+v does not match the text", tok)
			}
		}
	}
}

func TestGoldDocsMalformed(t *testing.T) {
	for _, tt := range []struct{ name, entity string }{
		{"closes nothing", "Entity=7)"},
		{"never closed", "Entity=(7-person-new"},
		{"no type", "Entity=(7)"},
		{"empty close", "Entity=)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "# newdoc id = x\n# sent_id = x-1\n1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t" + tt.entity +
				"\n2\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_\n"
			sents, err := conllu.Read(strings.NewReader(src))
			if err != nil {
				t.Fatal(err)
			}
			_, err = coref.GoldDocs(sents)
			if !errors.Is(err, coref.ErrEntity) {
				t.Errorf("got %v, want ErrEntity", err)
			}
		})
	}
}
