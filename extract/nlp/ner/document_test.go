package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// splitDoc turns "words|tags" sentences separated by " / " into the
// arguments of RecognizeDocument.
func splitDoc(text, xpos string) (words, upos, xposs [][]string) {
	ts, xs := strings.Split(text, " / "), strings.Split(xpos, " / ")
	for i := range ts {
		w, x := strings.Fields(ts[i]), strings.Fields(xs[i])
		words, upos, xposs = append(words, w), append(upos, uposFromXPOS(x)), append(xposs, x)
	}
	return words, upos, xposs
}

func describeDoc(words [][]string, ms [][]nlp.Mention) []string {
	var out []string
	for i := range ms {
		out = append(out, strings.Join(describe(words[i], ms[i]), ", "))
	}
	return out
}

func TestRecognizeDocument(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		text, xpos string
		want       []string // per sentence
	}{
		{
			name: "a name missed in one sentence is found from another",
			text: "Coron is a town in Palawan . / Tourists come to Coron every year . / Most visitors to Coron dive .",
			xpos: "NNP VBZ DT NN IN NNP . / NNS VBP IN NNP DT NN . / JJS NNS IN NN VBP .",
			want: []string{"PLACE:Coron, PLACE:Palawan", "PLACE:Coron", "PLACE:Coron"},
		},
		{
			name: "one sentence alone",
			text: "Blinken and Netanyahu met for over two hours on Monday .",
			xpos: "NNP CC NNP VBD IN IN CD NNS IN NNP .",
			want: []string{"PERSON:Blinken, PERSON:Netanyahu, DATE:Monday"},
		},
		{
			name: "an empty sentence",
			text: "Osama Hamdan spoke in Doha . /  / Hamdan left Doha on Sunday .",
			xpos: "NNP NNP VBD IN NNP . /  / NNP VBD NNP IN NNP .",
			want: []string{"PERSON:Osama Hamdan, PLACE:Doha", "", "PERSON:Hamdan, PLACE:Doha, DATE:Sunday"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, upos, xpos := splitDoc(tt.text, tt.xpos)
			ms := m.RecognizeDocument(words, upos, xpos)
			for i := range ms {
				checkMentions(t, words[i], ms[i])
			}
			if got := describeDoc(words, ms); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRecognizeDocumentEdgeCases(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if got := m.RecognizeDocument(nil, nil, nil); len(got) != 0 {
		t.Errorf("no sentences: got %v, want none", got)
	}
	// Missing tags and empty words are allowed.
	words := [][]string{{"Antony", "Blinken", "flew", "to", "Doha"}, {}, {"", "Blinken", "", "Doha"}}
	ms := m.RecognizeDocument(words, nil, [][]string{{"NNP"}})
	if len(ms) != len(words) {
		t.Fatalf("got %d sentences, want %d", len(ms), len(words))
	}
	for i := range ms {
		checkMentions(t, words[i], ms[i])
	}
}

// A document of one sentence gives what Recognize gives, unless the
// sentence repeats a name.
func TestRecognizeDocumentSingle(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range benchSentences {
		w, x := strings.Fields(s.text), strings.Fields(s.xpos)
		u := uposFromXPOS(x)
		want := describe(w, m.Recognize(w, u, x))
		got := describe(w, m.RecognizeDocument([][]string{w}, [][]string{u}, [][]string{x})[0])
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", s.text, got, want)
		}
	}
}
