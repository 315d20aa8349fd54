package lexicon

import "testing"

// TestPredicates checks the embedded lexicon parses and that its predicates
// are canonical; and that malformed lines are rejected.
func TestPredicates(t *testing.T) {
	lx, err := ParsePredicates(predicatesText)
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.Verbs) < 100 || len(lx.Nouns) < 30 || len(lx.Control) < 30 || len(lx.Speech) < 20 {
		t.Errorf("got %d verb, %d noun, %d control, %d speech entries; want more", len(lx.Verbs), len(lx.Nouns), len(lx.Control), len(lx.Speech))
	}
	for _, bad := range []string{
		"v meet = gathered",
		"v meet = met loud",
		"v meet met",
		"x plan = soon",
		"q meet = met",
		"v meet = met\nv meet = met",
		"n proposal = said clause",
		"w introduce",
		"v pick = appointed loud",
	} {
		if _, err := ParsePredicates(bad); err == nil {
			t.Errorf("ParsePredicates(%q): got no error, want one", bad)
		}
	}
}
