package conllu

import (
	"errors"
	"strings"
	"testing"
)

const sample = `# sent_id = a
# text = I don't know.
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
3.1	x	x	X	X	_	_	_	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

1	Hi	hi	INTJ	UH	_	0	root	_	_
`

func TestRead(t *testing.T) {
	s, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 {
		t.Fatalf("got %d sentences, want 2", len(s))
	}
	if got := len(s[0].Words); got != 5 {
		t.Errorf("got %d words, want 5", got)
	}
	if got := s[0].Text(); got != "I don't know." {
		t.Errorf("got text %q", got)
	}
	if m := s[0].Multi; len(m) != 1 || m[0].First != 2 || m[0].Last != 3 || m[0].Form != "don't" {
		t.Errorf("got multiword %+v", m)
	}
	if v, ok := s[0].Words[3].MiscValue("SpaceAfter"); !ok || v != "No" {
		t.Errorf("got SpaceAfter %q %v", v, ok)
	}
	if s[0].Words[3].Head != 0 || s[0].Words[0].Head != 3 {
		t.Errorf("bad heads %+v", s[0].Words)
	}
}

func TestReadError(t *testing.T) {
	_, err := Read(strings.NewReader("1\tx\n"))
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 1 {
		t.Fatalf("got %v, want ParseError at line 1", err)
	}
}
