package newsgraph_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestOppositesAreCanonical(t *testing.T) {
	for _, o := range newsgraph.Opposites {
		for _, p := range o {
			if !slices.Contains(newsgraph.Predicates, p) {
				t.Errorf("opposite %q is not a canonical predicate", p)
			}
		}
		if o[0] == o[1] {
			t.Errorf("pair %v opposes a predicate to itself", o)
		}
		if !newsgraph.Contradict(o[0], o[1]) || !newsgraph.Contradict(o[1], o[0]) {
			t.Errorf("Contradict(%q, %q) is false in one direction", o[0], o[1])
		}
	}
}

func TestContradict(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"accepted", "rejected", true},
		{"rejected", "accepted", true},
		{"supported", "opposed", true},
		{"opposed", "supported", true},
		{"supported", "condemned", true},
		{"accepted", "not_accepted", true},
		{"not_accepted", "accepted", true},
		{"met", "not_met", true},
		{"pull_out_of", "not_pull_out_of", true}, // raw predicates too
		{"not_accepted", "rejected", false},      // both say no
		{"accepted", "not_rejected", false},      // both say yes
		{"not_accepted", "not_rejected", false},  // two negations
		{"not_supported", "not_opposed", false},
		{"accepted", "accepted", false},
		{"not_accepted", "not_accepted", false},
		{"met", "said", false},
		{"opposed", "condemned", false}, // both against
		{"accepted", "signed", false},
		{"not_", "", false},
		{"", "", false},
		{"not_", "not_", false},
	}
	for _, tt := range tests {
		if got := newsgraph.Contradict(tt.a, tt.b); got != tt.want {
			t.Errorf("Contradict(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
