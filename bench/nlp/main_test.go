package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestMedian(t *testing.T) {
	tests := []struct {
		name string
		in   []float64
		want float64
	}{
		{"one", []float64{3}, 3},
		{"odd", []float64{5, 1, 3}, 3},
		{"even", []float64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := median(tt.in); got != tt.want {
				t.Errorf("median(%v): got %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestSameConvention(t *testing.T) {
	tests := []struct {
		name             string
		gold, pred, word string
		want             bool
	}{
		{"equal", "NN", "NN", "dog", true},
		{"different", "NN", "NNP", "dog", false},
		{"left bracket", "-LRB-", "(", "(", true},
		{"right bracket", "-RRB-", ")", ")", true},
		{"hyphen", "HYPH", "-", "-", true},
		{"preposition to", "IN", "TO", "To", true},
		{"TO for another preposition", "IN", "TO", "into", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameConvention(tt.gold, tt.pred, tt.word); got != tt.want {
				t.Errorf("sameConvention(%q, %q, %q): got %v, want %v", tt.gold, tt.pred, tt.word, got, tt.want)
			}
		})
	}
}

func TestReadCorpus(t *testing.T) {
	dir := t.TempDir()
	csv := "url,date,title,text\n" +
		"u1,2020-01-01,T1,\"First text, with a comma.\"\n" +
		"u2,2020-01-02,T2,\"\"\n" +
		"u3,2020-01-03,T3,Second text.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		maxMB float64
		want  []string
	}{
		{"all", 0, []string{"First text, with a comma.", "Second text."}},
		{"limit keeps at least one", 1e-6, []string{"First text, with a comma."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readCorpus(dir, tt.maxMB)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d texts %q, want %d", len(got), got, len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("text %d: got %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
	if _, err := readCorpus(t.TempDir(), 0); !errors.Is(err, errSkip) {
		t.Errorf("empty dir: got error %v, want errSkip", err)
	}
}
