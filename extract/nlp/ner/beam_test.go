package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestKeepBest(t *testing.T) {
	type c = beamCand[int64]
	tests := []struct {
		name string
		add  []c
		k    int
		want []c
	}{
		{"sorted best first", []c{{score: 1, label: 1}, {score: 3, label: 2}, {score: 2, label: 3}}, 4,
			[]c{{score: 3, label: 2}, {score: 2, label: 3}, {score: 1, label: 1}}},
		{"the worst falls out", []c{{score: 1, label: 1}, {score: 3, label: 2}, {score: 2, label: 3}}, 2,
			[]c{{score: 3, label: 2}, {score: 2, label: 3}}},
		{"no worse than the worst of a full beam", []c{{score: 3, label: 1}, {score: 2, label: 2}, {score: 2, label: 3}}, 2,
			[]c{{score: 3, label: 1}, {score: 2, label: 2}}},
		{"same last two labels: the better stays", []c{{score: 2, label: 1, prev: 0, from: 0}, {score: 5, label: 1, prev: 0, from: 1}, {score: 1, label: 1, prev: 0, from: 2}}, 4,
			[]c{{score: 5, label: 1, prev: 0, from: 1}}},
		{"same label, other previous label: both", []c{{score: 2, label: 1, prev: 0}, {score: 5, label: 1, prev: 4}}, 4,
			[]c{{score: 5, label: 1, prev: 4}, {score: 2, label: 1, prev: 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf [maxBeam + 1]c
			kept := buf[:0]
			for _, x := range tc.add {
				kept = keepBest(kept, tc.k, x)
			}
			if !slices.Equal(kept, tc.want) {
				t.Errorf("got %v, want %v", kept, tc.want)
			}
		})
	}
}

// TestBeamDecodesAllowed checks that the beam decoder gives every
// sentence a labelling that the BILOU constraints allow.
func TestBeamDecodesAllowed(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, sent := range []string{
		"Omar Haddad visited Oslo .",
		"New",
		"the United Nations Security Council met in New York City on Monday",
		"AIR ASIA FLIGHT ATTENDANT ?",
	} {
		words := strings.Fields(sent)
		s := m.getScratch(len(words))
		m.fillInfoCached(words, nil, nil, s.info, s.words)
		m.decodeBeam(s.info, s)
		prev := labelO
		for i, l := range s.labels {
			if !allowed(prev, l, i == len(words)-1) {
				t.Errorf("%q: label %d after %d at word %d", sent, l, prev, i)
			}
			prev = l
		}
		m.pool.Put(s)
	}
}
