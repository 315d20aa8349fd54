package ner

import "testing"

// TestLowGazetteer checks lowGazetteer against the look-ups it stands
// for, on lower-case words.
func TestLowGazetteer(t *testing.T) {
	g := loadGazetteer()
	for _, w := range []string{"kerala", "punjab", "israel", "israeli", "réunion", "curaçao", "paris", "springfield", "table", "abcd", "chinese"} {
		b := []byte(w)
		b[0] -= 'a' - 'A'
		tw := string(b)
		var want uint8
		if e, ok := g.lookupWords([]string{tw}); ok {
			want = 1
			if e.demonym {
				want = 4
			}
		} else if g.isPlace([]string{tw}) {
			want = 2
		} else if isTownHash(hashString(tw)) {
			want = 3
		}
		if got := lowGazetteer(g, w); got != want {
			t.Errorf("lowGazetteer(%q) = %d, want %d", w, got, want)
		}
	}
}
