package lexicon

import "testing"

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"antony", "anthony", 2, 1},
		{"blinken", "blinked", 2, 1},
		{"kitten", "sitting", 3, 3},
		{"abc", "abcdef", 1, 2},
		{"", "", 1, 0},
	}
	for _, tc := range tests {
		if got := EditDistance([]rune(tc.a), []rune(tc.b), tc.limit); got != tc.want {
			t.Errorf("EditDistance(%q, %q, %d): got %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Łukasz", "lukasz"},
		{"The  Øresund Bridge", "oresund bridge"},
		{"Jürg Müller", "jurg muller"},
		{"Straße", "strasse"},
		{"“Quoted” Name’s", "quoted name's"},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
