package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// corefSnippet is a small document with GUM-style Entity annotation,
// written for this test.
const corefSnippet = `# newdoc id = t1
# sent_id = t1-1
# text = Maria Lopez joined the bank.
1	Maria	Maria	PROPN	NNP	_	3	nsubj	_	Entity=(1-person-new-sssss-cf1-1,2-coref-Maria_Lopez
2	Lopez	Lopez	PROPN	NNP	_	1	flat	_	Entity=1)
3	joined	join	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	Entity=(2-organization-new-nnnnn-cf2-2-sgl
5	bank	bank	NOUN	NN	_	3	obj	_	Entity=2)|SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t1-2
# text = She said it was a good time.
1	She	she	PRON	PRP	_	2	nsubj	_	Entity=(1-person-giv:act-sssss-cf1-1-ana)
2	said	say	VERB	VBD	_	0	root	_	_
3	it	it	PRON	PRP	_	7	nsubj	_	_
4	was	be	AUX	VBD	_	7	cop	_	_
5	a	a	DET	DT	_	7	det	_	_
6	good	good	ADJ	JJ	_	7	amod	_	_
7	time	time	NOUN	NN	_	2	ccomp	_	SpaceAfter=No
8	.	.	PUNCT	.	_	2	punct	_	_
`

func TestEvalCoref(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "t.conllu")
	if err := os.WriteFile(path, []byte(corefSnippet), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "eval", "coref", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	re := regexp.MustCompile(`^coref: named=[0-9.]+ muc=[0-9.]+ b3=[0-9.]+ ceafe=[0-9.]+ conll=[0-9.]+ mentions=1$`)
	if !re.MatchString(last) {
		t.Errorf("last line: got %q, want %s", last, re)
	}
	if !strings.Contains(last, "named=1.000") {
		t.Errorf("She → Maria Lopez not resolved: %q\n%s", last, out)
	}

	bad := filepath.Join(dir, "bad.conllu")
	if err := os.WriteFile(bad, []byte(strings.Replace(corefSnippet, "Entity=1)", "Entity=9)", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := runCmd(t, "", "eval", "coref", bad)
	if err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "Entity") {
		t.Errorf("malformed file: got %v, want an error naming the file and the annotation", err)
	}
}
