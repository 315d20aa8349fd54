package tokenize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// sharedDir returns ../shared relative to the repository root (the nearest
// directory with a go.mod), skipping the test when it is absent unless
// CI=true.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t)
}

func readTreebank(t testing.TB, name string) []conllu.Sentence {
	t.Helper()
	path := filepath.Join(sharedDir(t), "ud", name)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("treebank missing: %v", err)
		}
		t.Skipf("treebank not found: %v", err)
	}
	s, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAccuracy(t *testing.T) {
	tests := []struct {
		file    string
		minWord float64
	}{
		{"en_ewt-ud-test.conllu", 97},
		{"en_gum-cc-test.conllu", 97},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			sc := Evaluate(readTreebank(t, tt.file))
			t.Logf("%s: %v", tt.file, sc)
			if got := sc.WordF1(); got < tt.minWord {
				t.Errorf("got word F1 %.2f, want ≥ %.2f", got, tt.minWord)
			}
		})
	}
}

// TestDumpErrors writes tokenization and sentence errors of the files named
// in $TOKENIZE_DUMP (comma-separated) to $TOKENIZE_DUMP_DIR, for tuning.
func TestDumpErrors(t *testing.T) {
	files := os.Getenv("TOKENIZE_DUMP")
	if files == "" {
		t.Skip("set TOKENIZE_DUMP to dump errors")
	}
	out := os.Getenv("TOKENIZE_DUMP_DIR")
	for _, f := range strings.Split(files, ",") {
		var wb, sb strings.Builder
		var total Scores
		for _, d := range GoldDocs(readTreebank(t, f)) {
			pred := Sentences(d.Text)
			total = total.Add(EvaluateDoc(d, pred))
			gold := map[[2]int]bool{}
			for _, w := range d.Words {
				gold[[2]int{w.Start, w.End}] = true
			}
			ps := map[[2]int]bool{}
			for _, s := range pred {
				for _, tk := range s.Tokens {
					ps[[2]int{tk.Start, tk.End}] = true
				}
			}
			ctx := func(a, b int) string {
				a0, b0 := max(0, a-30), min(len(d.Text), b+30)
				return strings.ReplaceAll(d.Text[a0:a]+"[["+d.Text[a:b]+"]]"+d.Text[b:b0], "\n", "⏎")
			}
			for _, w := range d.Words {
				if w.Start >= 0 && !ps[[2]int{w.Start, w.End}] {
					fmt.Fprintf(&wb, "MISS %q\t%s\n", w.Text, ctx(w.Start, w.End))
				}
			}
			for _, s := range pred {
				for _, tk := range s.Tokens {
					if !gold[[2]int{tk.Start, tk.End}] {
						fmt.Fprintf(&wb, "EXTRA %q\t%s\n", tk.Text, ctx(tk.Start, tk.End))
					}
				}
			}
			ge := map[int]bool{}
			for _, s := range d.Sentences {
				ge[s[1]] = true
			}
			pe := map[int]bool{}
			for _, s := range pred {
				pe[s.End] = true
			}
			for _, s := range d.Sentences {
				if !pe[s[1]] {
					fmt.Fprintf(&sb, "MISSED-END\t%s\n", ctx(s[1], s[1]))
				}
			}
			for _, s := range pred {
				if !ge[s.End] {
					fmt.Fprintf(&sb, "FALSE-END\t%s\n", ctx(s.End, s.End))
				}
			}
		}
		t.Logf("%s: %v", f, total)
		if err := os.WriteFile(filepath.Join(out, f+".words"), []byte(wb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, f+".sents"), []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const goldSample = `# newdoc id = d1
# newpar
# sent_id = 1
# text = I don't know.
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = 2
# text = Hamas' men left.
1-2	Hamas'	_	_	_	_	_	_	_	_
1	Hamas	Hamas	PROPN	NNP	_	3	nmod	_	_
2	'	'	PART	POS	_	1	case	_	_
3	men	man	NOUN	NNS	_	4	nsubj	_	_
4	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# newpar
# sent_id = 3
# text = Yes
1	Yes	yes	INTJ	UH	_	0	root	_	_

# newdoc id = d2
# sent_id = 4
# text = Go now!
1	Go	go	VERB	VB	_	0	root	_	_
2	now	now	ADV	RB	_	1	advmod	_	SpaceAfter=No
3	!	!	PUNCT	.	_	1	punct	_	_
`

func TestGoldDocs(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(goldSample))
	if err != nil {
		t.Fatal(err)
	}
	docs := GoldDocs(sents)
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if got, want := docs[0].Text, "I don't know. Hamas' men left.\nYes"; got != want {
		t.Errorf("got text %q, want %q", got, want)
	}
	var words []string
	for _, w := range docs[0].Words {
		words = append(words, docs[0].Text[w.Start:w.End])
	}
	if got, want := strings.Join(words, " "), "I do n't know . Hamas ' men left . Yes"; got != want {
		t.Errorf("got words %q, want %q", got, want)
	}
	if got, want := fmt.Sprint(docs[0].Sentences), "[[0 13] [14 30] [31 34]]"; got != want {
		t.Errorf("got sentence spans %s, want %s", got, want)
	}
	sc := Evaluate(sents)
	if sc.WordF1() != 100 || sc.SentenceF1() != 100 {
		t.Errorf("got %v, want perfect scores", sc)
	}
}
