package clause

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
)

// TestDumpParse prints the parse of the sentences in CLAUSE_PARSE (one a
// line), for development: CLAUSE_PARSE=file go test -run TestDumpParse -v.
func TestDumpParse(t *testing.T) {
	path := os.Getenv("CLAUSE_PARSE")
	if path == "" {
		t.Skip("set CLAUSE_PARSE to a file of sentences to print their parses")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyze.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		doc := a.Analyze(line)
		for _, s := range doc.Sentences {
			fmt.Println("#", doc.Text[s.Start:s.End])
			for i, tk := range s.Tokens {
				fmt.Printf("%d\t%s\t%s\t%s\t%s\t%d\t%s\n", i, tk.Text, tk.Lemma, tk.UPOS, tk.XPOS, tk.Head, tk.Rel)
			}
		}
	}
}

// TestDumpRelations prints the relations of the sentences in CLAUSE_DUMP
// (one text a line), for development.
func TestDumpRelations(t *testing.T) {
	path := os.Getenv("CLAUSE_DUMP")
	if path == "" {
		t.Skip("set CLAUSE_DUMP to a file of sentences to print their relations")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyze.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		doc := a.Analyze(line)
		fmt.Println("#", line)
		for _, r := range extract(t, doc) {
			fmt.Println("   ", format(doc, r))
		}
	}
}

// format renders a relation for reading.
func format(doc *nlp.Document, r Relation) string {
	s := doc.Sentences[r.Sent]
	span := func(a Arg) string {
		if a.Head < 0 {
			return "-"
		}
		txt := doc.Text[s.Tokens[a.Start].Start:s.Tokens[a.End-1].End]
		if a.Prep != "" {
			txt = a.Prep + ": " + txt
		}
		return "[" + txt + "]"
	}
	neg := ""
	if r.Negated {
		neg = "NOT "
	}
	pass := ""
	if r.Passive {
		pass = " passive"
	}
	return fmt.Sprintf("%s%s(%s, %s)  raw=%q lemma=%q mod=%q%s conf=%.2f", neg, orDash(r.Pred), span(r.Subj), span(r.Obj), r.Raw, r.Lemma, r.Modality, pass, r.Confidence)
}

func orDash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// TestDumpWikinews prints CLAUSE_SAMPLE relations drawn at random (seed
// CLAUSE_SEED) from the Wikinews articles, with their sentences, for
// reading by hand.
func TestDumpWikinews(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("CLAUSE_SAMPLE"))
	if n <= 0 {
		t.Skip("set CLAUSE_SAMPLE to a number of relations to print")
	}
	seed, _ := strconv.Atoi(os.Getenv("CLAUSE_SEED"))
	docs, _ := wikinews(t)
	type item struct {
		doc *nlp.Document
		r   Relation
	}
	var all []item
	for _, d := range docs {
		for _, r := range extract(t, d) {
			all = append(all, item{d, r})
		}
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 1))
	filter := os.Getenv("CLAUSE_PRED") // "canon" for canonical predicates only
	for k := 0; k < n && len(all) > 0; {
		it := all[rng.IntN(len(all))]
		if filter == "canon" && it.r.Pred == "" {
			continue
		}
		s := it.doc.Sentences[it.r.Sent]
		fmt.Printf("%d. %s\n   %s\n", k+1, it.doc.Text[s.Start:s.End], format(it.doc, it.r))
		k++
	}
	fmt.Println("relations:", len(all))
}

// TestDumpFile prints the canonical relations of the text file in
// CLAUSE_FILE, with their sentences, for development.
func TestDumpFile(t *testing.T) {
	path := os.Getenv("CLAUSE_FILE")
	if path == "" {
		t.Skip("set CLAUSE_FILE to a text file to print its relations")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := analyse(t, string(b))
	last := -1
	for _, r := range extract(t, doc) {
		if r.Pred == "" || r.Pred == "said" {
			continue
		}
		if r.Sent != last {
			s := doc.Sentences[r.Sent]
			fmt.Println("#", strings.ReplaceAll(doc.Text[s.Start:s.End], "\n", " "))
			last = r.Sent
		}
		fmt.Println("   ", format(doc, r))
	}
}

// TestDumpCaRB writes the relations of the sentences in CLAUSE_CARB (one
// a line) in CaRB's tabbed format to stdout, for scoring by
// ../shared/eval/carbscore during development.
func TestDumpCaRB(t *testing.T) {
	path := os.Getenv("CLAUSE_CARB")
	if path == "" {
		t.Skip("set CLAUSE_CARB to a file of sentences")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		doc := analyse(t, line)
		for _, r := range extract(t, doc) {
			s := &doc.Sentences[r.Sent]
			arg := func(a Arg) string {
				sp := a.Bytes(s)
				return doc.Text[sp.Start:sp.End]
			}
			args := arg(r.Subj)
			if r.Obj.Head >= 0 {
				args += "\t" + arg(r.Obj)
			}
			fmt.Printf("%s\t%.3f\t%s\t%s\n", line, r.Confidence, r.Raw, args)
		}
	}
}
