package parser

import (
	"bytes"
	"slices"
	"testing"
)

func TestTopK(t *testing.T) {
	tests := []struct {
		name string
		in   []cand
		k    int
		want []cand
	}{
		{"empty", nil, 3, nil},
		{"fewer than k", []cand{{1, 0, 0}, {5, 1, 2}}, 3, []cand{{5, 1, 2}, {1, 0, 0}}},
		{"cut to k", []cand{{1, 0, 0}, {5, 0, 1}, {3, 1, 0}, {4, 1, 2}}, 2, []cand{{5, 0, 1}, {4, 1, 2}}},
		{"ties by item then move", []cand{{2, 1, 0}, {2, 0, 2}, {2, 0, 1}}, 3, []cand{{2, 0, 1}, {2, 0, 2}, {2, 1, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := topK(slices.Clone(tt.in), tt.k)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTrainBeam trains small beam models twice (byte-identical models
// wanted), and checks that beam width and margin survive Save and Load and
// that every width gives one tree per sentence.
func TestTrainBeam(t *testing.T) {
	sents := readUD(t, "en_ewt-ud-dev.conllu")
	train, dev := sents[:400], sents[400:600]
	opt := TrainOptions{Epochs: 2, MoveBits: 16, LabelBits: 12, Beam: 4}
	var out [2]bytes.Buffer
	var m *Model
	for i := range out {
		var err error
		if m, err = Train(train, dev, opt); err != nil {
			t.Fatal(err)
		}
		if err := m.Save(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Fatalf("two trainings gave different models (%d and %d bytes)", out[0].Len(), out[1].Len())
	}
	tests := []struct {
		name         string
		beam, margin int
	}{
		{"greedy", 1, 0},
		{"beam 2", 2, 0},
		{"beam 4 margin 50", 4, 50},
		{"beam 8", 8, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mk := m.WithBeamMargin(tt.beam, tt.margin)
			var buf bytes.Buffer
			if err := mk.Save(&buf); err != nil {
				t.Fatal(err)
			}
			ml, err := Load(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if ml.Beam() != tt.beam || ml.Margin() != tt.margin {
				t.Errorf("loaded beam %d margin %d, want %d and %d", ml.Beam(), ml.Margin(), tt.beam, tt.margin)
			}
			a, b := Evaluate(mk, dev, nil), Evaluate(ml, dev, nil)
			if a != b {
				t.Errorf("got %+v after Save and Load, want %+v", b, a)
			}
			for _, s := range dev[:50] {
				words := make([]string, len(s.Words))
				for i, w := range s.Words {
					words[i] = w.Form
				}
				heads := make([]int, len(words))
				rels := make([]string, len(words))
				ml.Parse(words, nil, nil, heads, rels)
				if why := checkTree(heads); why != "" {
					t.Fatalf("%q: %s: %v", words, why, heads)
				}
			}
		})
	}
}
