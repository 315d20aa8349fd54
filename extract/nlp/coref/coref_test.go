package coref_test

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
)

// buildDoc makes an analysed document from sentences written as tokens
// "word/UPOS/XPOS/HEAD/REL", HEAD 1-based (0 for the root) or "_" for a
// sentence without a parse (then "word/UPOS/XPOS"). A token may end in
// "/B-TYPE" or "/I-TYPE" for the recognizer's mentions. Lemmas come from
// the embedded tagger's lemmatizer.
func buildDoc(t testing.TB, sents ...string) *nlp.Document {
	t.Helper()
	tg, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	doc := &nlp.Document{}
	for _, s := range sents {
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		var sent nlp.Sentence
		sent.Start = text.Len()
		for i, f := range strings.Fields(s) {
			parts := strings.Split(f, "/")
			if len(parts) < 3 {
				t.Fatalf("token %q: want word/UPOS/XPOS[/HEAD/REL][/B-TYPE]", f)
			}
			if i > 0 {
				text.WriteByte(' ')
			}
			tok := nlp.Token{Start: text.Len(), Text: parts[0], UPOS: parts[1], XPOS: parts[2], Head: -1}
			text.WriteString(parts[0])
			tok.End = text.Len()
			tok.Lemma = tg.Lemma(tok.Text, tok.UPOS, tok.XPOS)
			rest := parts[3:]
			if len(rest) >= 2 && rest[0] != "_" {
				h, err := strconv.Atoi(rest[0])
				if err != nil {
					t.Fatalf("token %q: bad head", f)
				}
				tok.Head, tok.Rel = h-1, rest[1]
				rest = rest[2:]
			} else if len(rest) >= 1 && rest[0] == "_" {
				rest = rest[1:]
			}
			if len(rest) == 1 {
				bio, typ, _ := strings.Cut(rest[0], "-")
				switch bio {
				case "B":
					sent.Mentions = append(sent.Mentions, nlp.Mention{Start: i, End: i + 1, Type: typ})
				case "I":
					sent.Mentions[len(sent.Mentions)-1].End = i + 1
				default:
					t.Fatalf("token %q: bad mention tag", f)
				}
			}
			sent.Tokens = append(sent.Tokens, tok)
		}
		sent.End = text.Len()
		doc.Sentences = append(doc.Sentences, sent)
	}
	doc.Text = text.String()
	return doc
}

// Sentences of the tests, analysed by hand as the NLP core should.
var (
	redHatSaid = `Red/PROPN/NNP/2/compound/B-ORG Hat/PROPN/NNP/3/nsubj/I-ORG said/VERB/VBD/0/root on/ADP/IN/5/case
		Monday/PROPN/NNP/3/obl/B-DATE that/SCONJ/IN/9/mark it/PRON/PRP/9/nsubj would/AUX/MD/9/aux
		hire/VERB/VB/3/ccomp 500/NUM/CD/11/nummod engineers/NOUN/NNS/9/obj ./PUNCT/./3/punct`
	companyNamed = `The/DET/DT/2/det company/NOUN/NN/4/nsubj also/ADV/RB/4/advmod named/VERB/VBD/0/root
		Maria/PROPN/NNP/4/obj/B-PERSON Lopez/PROPN/NNP/5/flat/I-PERSON as/ADP/IN/10/case its/PRON/PRP$/10/nmod:poss
		chief/ADJ/JJ/10/amod executive/NOUN/NN/4/obl ./PUNCT/./4/punct`
	sheStarts = `She/PRON/PRP/2/nsubj starts/VERB/VBZ/0/root in/ADP/IN/4/case March/PROPN/NNP/2/obl/B-DATE ./PUNCT/./2/punct`
	oldTold   = `The/DET/DT/6/det 42/NUM/CD/4/nummod -/PUNCT/HYPH/4/punct year/NOUN/NN/6/obl:npmod -/PUNCT/HYPH/6/punct
		old/ADJ/JJ/7/nsubj told/VERB/VBD/0/root police/NOUN/NNS/7/obj he/PRON/PRP/12/nsubj:pass had/AUX/VBD/12/aux
		been/AUX/VBN/12/aux:pass attacked/VERB/VBN/7/ccomp outside/ADP/IN/15/case his/PRON/PRP$/15/nmod:poss
		home/NOUN/NN/12/obl ./PUNCT/./7/punct`
	smithMet = `Smith/PROPN/NNP/2/nsubj/B-PERSON met/VERB/VBD/0/root Jones/PROPN/NNP/2/obj/B-PERSON ./PUNCT/./2/punct`
	heSaid   = `He/PRON/PRP/2/nsubj said/VERB/VBD/0/root the/DET/DT/4/det talks/NOUN/NNS/5/nsubj went/VERB/VBD/2/ccomp
		well/ADV/RB/5/advmod ./PUNCT/./2/punct`
	bornIn = `Barack/PROPN/NNP/3/nsubj:pass/B-PERSON Obama/PROPN/NNP/1/flat/I-PERSON was/AUX/VBD/3/aux:pass born/VERB/VBN/0/root
		in/ADP/IN/5/case Hawaii/PROPN/NNP/3/obl/B-PLACE ./PUNCT/./3/punct`
	obamaSaid = `Obama/PROPN/NNP/2/nsubj/B-PERSON said/VERB/VBD/0/root he/PRON/PRP/4/nsubj agreed/VERB/VBD/2/ccomp ./PUNCT/./2/punct`
	heWasBorn = `He/PRON/PRP/3/nsubj:pass was/AUX/VBD/3/aux:pass born/VERB/VBN/0/root in/ADP/IN/5/case Paris/PROPN/NNP/3/obl/B-PLACE
		./PUNCT/./3/punct`
	marieCurie = `Marie/PROPN/NNP/3/nsubj/B-PERSON Curie/PROPN/NNP/1/flat/I-PERSON studied/VERB/VBD/0/root physics/NOUN/NN/3/obj
		./PUNCT/./3/punct`
	nasaLong = `The/DET/DT/2/det National/PROPN/NNP/3/compound/B-ORG Aeronautics/PROPN/NNP/7/nsubj/I-ORG and/CCONJ/CC/5/cc
		Space/PROPN/NNP/6/compound/I-ORG Administration/PROPN/NNP/3/conj/I-ORG launched/VERB/VBD/0/root
		a/DET/DT/9/det probe/NOUN/NN/7/obj ./PUNCT/./7/punct`
	nasaShort = `NASA/PROPN/NNP/2/nsubj/B-ORG said/VERB/VBD/0/root the/DET/DT/4/det probe/NOUN/NN/5/nsubj worked/VERB/VBD/2/ccomp
		./PUNCT/./2/punct`
)

// unparsed drops the heads and relations of a sentence written for
// buildDoc.
func unparsed(s string) string {
	var out []string
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		tok := strings.Join(p[:3], "/") + "/_"
		if len(p) == 6 {
			tok += "/" + p[5]
		}
		out = append(out, tok)
	}
	return strings.Join(out, " ")
}

// TestResolveNews checks what the extractor asks: which name (or, when
// there is none, which mention) a pronoun or description refers to.
func TestResolveNews(t *testing.T) {
	m, err := coref.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		sents []string
		// anaphor: sentence and token of its head; want: the text of the
		// named mention it refers to, or of its antecedent (prefixed
		// "ante:") when no name is involved, or "" for none.
		sent, tok int
		want      string
	}{
		{"it after company said", []string{redHatSaid}, 0, 6, "Red Hat"},
		{"the company", []string{redHatSaid, companyNamed}, 1, 1, "Red Hat"},
		{"its", []string{redHatSaid, companyNamed}, 1, 7, "Red Hat"},
		{"she after a named woman", []string{redHatSaid, companyNamed, sheStarts}, 2, 0, "Maria Lopez"},
		{"he after a description", []string{oldTold}, 0, 8, "ante:The 42 - year - old"},
		{"his after he", []string{oldTold}, 0, 13, "ante:he"},
		{"no name for the 42-year-old", []string{oldTold}, 0, 5, ""},
		{"he is the subject of the last sentence", []string{smithMet, heSaid}, 1, 0, "Smith"},
		{"he was born", []string{obamaSaid, heWasBorn}, 1, 0, "Obama"},
		{"he said", []string{obamaSaid}, 0, 2, "Obama"},
		{"surname after full name", []string{bornIn, obamaSaid}, 1, 0, "Barack Obama"},
		{"he after surname after full name", []string{bornIn, obamaSaid}, 1, 2, "Barack Obama"},
		{"acronym", []string{nasaLong, nasaShort}, 1, 0, "National Aeronautics and Space Administration"},
		{"no he for a woman", []string{marieCurie, heSaid}, 1, 0, ""},
		{"unparsed: it after company said", []string{unparsed(redHatSaid)}, 0, 6, "Red Hat"},
		{"unparsed: she", []string{unparsed(redHatSaid), unparsed(companyNamed), unparsed(sheStarts)}, 2, 0, "Maria Lopez"},
		{"unparsed: he was born", []string{unparsed(obamaSaid), unparsed(heWasBorn)}, 1, 0, "Obama"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := buildDoc(t, tt.sents...)
			r := m.Resolve(doc)
			got := ""
			if ref, ok := r.Referent(tt.sent, tt.tok); ok && !strings.HasPrefix(tt.want, "ante:") {
				got = ref.Text(doc)
			} else if i, ok := r.At(tt.sent, tt.tok); ok && strings.HasPrefix(tt.want, "ante:") {
				if a := r.Mentions[i].Antecedent; a >= 0 {
					got = "ante:" + r.Mentions[a].Text(doc)
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q\n%s", got, tt.want, dump(doc, r))
			}
		})
	}
}

func dump(doc *nlp.Document, r *coref.Resolution) string {
	var b strings.Builder
	for i, m := range r.Mentions {
		ante := ""
		if m.Antecedent >= 0 {
			ante = r.Mentions[m.Antecedent].Text(doc)
		}
		fmt.Fprintf(&b, "  %d s%d %s %q → %q\n", i, m.Sentence, m.Kind, m.Text(doc), ante)
	}
	return b.String()
}

func TestResolutionBounds(t *testing.T) {
	m, err := coref.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := buildDoc(t, smithMet, heSaid)
	r := m.Resolve(doc)
	for _, st := range [][2]int{{-1, 0}, {0, -1}, {2, 0}, {0, 99}} {
		if _, ok := r.At(st[0], st[1]); ok {
			t.Errorf("At(%d, %d): got a mention, want none", st[0], st[1])
		}
		if _, ok := r.Referent(st[0], st[1]); ok {
			t.Errorf("Referent(%d, %d): got a mention, want none", st[0], st[1])
		}
	}
	for _, i := range []int{-1, len(r.Mentions)} {
		if _, ok := r.Name(i); ok {
			t.Errorf("Name(%d): got a mention, want none", i)
		}
	}
	// A token inside a mention that is not its head finds the mention.
	i, ok := r.At(1, 2) // "the" of "the talks"
	if !ok || r.Mentions[i].Text(doc) != "the talks" {
		t.Errorf("At(1, 2): got %v %v, want the talks", i, ok)
	}
	empty := m.Resolve(&nlp.Document{})
	if len(empty.Mentions) != 0 || len(empty.Chains) != 0 {
		t.Errorf("empty document: got %d mentions", len(empty.Mentions))
	}
}

func TestChains(t *testing.T) {
	m, err := coref.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := buildDoc(t, bornIn, obamaSaid, heWasBorn)
	r := m.Resolve(doc)
	var got []string
	for _, c := range r.Chains {
		var ws []string
		for _, i := range c {
			ws = append(ws, r.Mentions[i].Text(doc))
		}
		got = append(got, strings.Join(ws, "|"))
	}
	want := "Barack Obama|Obama|he|He"
	if len(got) == 0 || got[0] != want {
		t.Errorf("got chains %q, want first %q\n%s", got, want, dump(doc, r))
	}
	for k, c := range r.Chains {
		for _, i := range c {
			if r.Mentions[i].Chain != k {
				t.Errorf("mention %d in chain %d says chain %d", i, k, r.Mentions[i].Chain)
			}
		}
	}
}

func TestConcurrentResolve(t *testing.T) {
	m, err := coref.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := buildDoc(t, redHatSaid, companyNamed, sheStarts, smithMet, heSaid)
	want := dump(doc, m.Resolve(doc))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := dump(doc, m.Resolve(doc)); got != want {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent Resolve differs:\n%s\nwant\n%s", got, want)
	}
}
