package coref

import (
	"math"
	"testing"
)

func TestLinkMetrics(t *testing.T) {
	// Key {1,2,3} {4,5}; response {1,2} {3,4,5}; computed by hand.
	keys := [][]int{{1, 2, 3}, {4, 5}}
	resp := [][]int{{1, 2}, {3, 4, 5}}
	near := func(got, want float64) bool { return math.Abs(got-want) < 1e-9 }
	tests := []struct {
		name      string
		got, want float64
	}{
		{"MUC recall", muc(keys, resp) / mucDen(keys), 2.0 / 3},
		{"MUC precision", muc(resp, keys) / mucDen(resp), 2.0 / 3},
		{"B3 recall", ratio(b3(keys, resp)), 11.0 / 15},
		{"B3 precision", ratio(b3(resp, keys)), 11.0 / 15},
		{"CEAFe similarity", ceafe(keys, resp), 1.6},
		{"CEAFe, no response", ceafe(keys, nil), 0},
		{"MUC, mention missing from the response", muc([][]int{{1, 2, 3}}, [][]int{{1, 2}}), 1},
		{"assignment, more rows than columns", maxAssignment([][]float64{{0.2}, {0.9}, {0.5}}), 0.9},
		{"assignment, crossing", maxAssignment([][]float64{{0.5, 0.4}, {0.6, 0.1}}), 1.0},
	}
	for _, tt := range tests {
		if !near(tt.got, tt.want) {
			t.Errorf("%s: got %.6f, want %.6f", tt.name, tt.got, tt.want)
		}
	}
}

func ratio(num, den float64) float64 { return num / den }
