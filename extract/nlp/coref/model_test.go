package coref_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
)

// trainTiny trains a model on the gold snippet of gold_test.go, analysed
// by hand.
func trainTiny(t *testing.T) (*coref.Model, []coref.Example) {
	t.Helper()
	sents, err := conllu.Read(strings.NewReader(goldSnippet))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := coref.GoldDocs(sents)
	if err != nil {
		t.Fatal(err)
	}
	doc := buildDoc(t,
		"Smith/PROPN/NNP/2/nsubj/B-PERSON said/VERB/VBD/0/root he/PRON/PRP/4/nsubj left/VERB/VBD/2/ccomp ./PUNCT/./2/punct",
		"The/DET/DT/2/det company/NOUN/NN/3/nsubj hired/VERB/VBD/0/root his/PRON/PRP$/5/nmod:poss son/NOUN/NN/3/obj ./PUNCT/./3/punct")
	exs := []coref.Example{{Doc: doc, Gold: &docs[0]}}
	opt := coref.DefaultTrainOptions()
	opt.Epochs, opt.Bits = 3, 12
	return coref.Train(exs, opt), exs
}

func TestTrainSaveLoad(t *testing.T) {
	m, exs := trainTiny(t)
	m2, _ := trainTiny(t)
	var b1, b2 bytes.Buffer
	if err := m.Save(&b1); err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("two trainings on the same data give different models")
	}
	loaded, err := coref.Load(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	doc := exs[0].Doc
	if got, want := dump(doc, loaded.Resolve(doc)), dump(doc, m.Resolve(doc)); got != want {
		t.Errorf("loaded model resolves differently:\n%s\nwant\n%s", got, want)
	}
	// The trained model learns its one document.
	r := loaded.Resolve(doc)
	if ref, ok := r.Referent(0, 2); !ok || ref.Text(doc) != "Smith" {
		t.Errorf("he: got %v %v, want Smith\n%s", ref, ok, dump(doc, r))
	}
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	m, _ := trainTiny(t)
	if err := m.Save(&good); err != nil {
		t.Fatal(err)
	}
	var notModel bytes.Buffer
	zw := gzip.NewWriter(&notModel)
	zw.Write([]byte("newsgraph-ner\x03 and more bytes than a header"))
	zw.Close()
	tests := []struct {
		name string
		data []byte
		is   error
	}{
		{"not gzip", []byte("hello"), nil},
		{"truncated", good.Bytes()[:good.Len()/2], nil},
		{"empty", nil, nil},
		{"another model", notModel.Bytes(), coref.ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := coref.Load(bytes.NewReader(tt.data))
			if err == nil {
				t.Fatal("got no error")
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("got %v, want %v", err, tt.is)
			}
		})
	}
}
