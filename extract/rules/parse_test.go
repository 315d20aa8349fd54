package rules

import (
	"context"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
)

var (
	parsedOnce sync.Once
	parsedEx   *Parsed
	parsedErr  error
)

// parsed returns the parse-based extractor, loading the NLP models once
// per test binary.
func parsed(tb testing.TB) *Parsed {
	tb.Helper()
	parsedOnce.Do(func() {
		var an *analyze.Analyzer
		if an, parsedErr = analyze.Default(); parsedErr == nil {
			parsedEx = NewParsed(an)
		}
	})
	if parsedErr != nil {
		tb.Fatalf("load the NLP models: %v", parsedErr)
	}
	return parsedEx
}

func TestParsedFacts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // facts that must be found
		not  []string // facts that must not be found
	}{
		{
			name: "passive with agent",
			text: "The budget proposal was rejected by the Northern Farmers Union on Tuesday.",
			want: []string{"Northern Farmers Union -rejected-> budget proposal"},
		},
		{
			name: "relative clause subject",
			text: "Senator Paul Ortiz, who met Governor Tom Reed in Denver, spoke briefly.",
			want: []string{"Paul Ortiz -met-> Tom Reed"},
		},
		{
			name: "coordinated subjects with a reciprocal verb",
			text: "Chancellor Olaf Weber and President Ana Costa met in Lisbon on Friday.",
			want: []string{"Olaf Weber -met-> Ana Costa"},
		},
		{
			name: "light verb with a preposition",
			text: "Mayor Lisa Grant held a long meeting with Governor Tom Reed on Monday.",
			want: []string{"Lisa Grant -met-> Tom Reed"},
		},
		{
			name: "nominal form with a possessor",
			text: "Mayor Lisa Grant praised the plan. Governor Tom Reed's objections to the plan were clear.",
			want: []string{"Tom Reed -rejected-> plan"},
		},
		{
			name: "travel",
			text: "Foreign Minister Kim Dahl is traveling to Jordan after talks in Cairo.",
			want: []string{"Kim Dahl -visits-> Jordan"},
		},
		{
			name: "negation is never a plain fact",
			text: "The Northern Farmers Union did not accept the revised budget proposal.",
			want: []string{"Northern Farmers Union -not_accepted-> budget proposal"},
			not:  []string{"Northern Farmers Union -accepted-> budget proposal"},
		},
		{
			name: "modality is recorded",
			text: "Prime Minister John Avery may accept the offer from the Northern Farmers Union.",
			not:  []string{"John Avery -accepted-> offer"},
		},
		{
			name: "an unmapped verb keeps its lemma",
			text: "Chancellor Olaf Weber praised President Ana Costa for her patience.",
			want: []string{"Olaf Weber -praise-> Ana Costa"},
		},
		{
			name: "condemning a person's words condemns the person",
			text: "The Farmers Union condemned Governor Tom Reed's remarks on Friday.",
			want: []string{"Farmers Union -condemned-> Tom Reed"},
		},
		{
			name: "talks between two sides name no meeting",
			text: "Talks between Norway and Sweden resumed in Oslo.",
			not:  []string{"Norway -met-> Sweden"},
		},
		{
			name: "membership needs an organization",
			text: "After serving in the Korean War, Senator Paul Ortiz studied law.",
			not:  []string{"Paul Ortiz -member_of-> Korean War"},
		},
	}
	ex := parsed(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ex.Extract(context.Background(), newsgraph.Doc{ID: "t", Source: "test", Text: tc.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkExtraction(t, tc.text, x)
			checkFactList(t, factStrings(x), tc.want, tc.not)
		})
	}
}

// TestParsedKeepsRules checks that the parse-based extractor finds every
// fact the rules find on their own.
func TestParsedKeepsRules(t *testing.T) {
	text := "Maria Lopez and Peter Hansen met in Oslo on Friday. Hansen later told Reuters that Norway accepted the proposal. " +
		"\"We are ready,\" Lopez said."
	d := newsgraph.Doc{ID: "t", Source: "test", Text: text}
	base, err := New().Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	x, err := parsed(t).Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	has := map[string]bool{}
	for _, f := range factStrings(x) {
		has[f] = true
	}
	for _, f := range factStrings(base) {
		if !has[f] {
			t.Errorf("rules fact %q missing from %q", f, factStrings(x))
		}
	}
}

func FuzzParsed(f *testing.F) {
	for _, s := range []string{
		"",
		"Blinken and Netanyahu met on Monday.",
		"The proposal was rejected by Hamas, which later accepted it.",
		"Hamas' objections to the plan, says Anders Persson, expert at X University to TT.",
		"“unclosed quote\n”\"'’‘ He did not go to Paris.",
		"A.B.C. D. e. F, , ; : — – ( ) [ ] He he HE it It its.",
		"\xff\xfe invalid utf8 \xc3",
	} {
		f.Add(s)
	}
	ex := parsed(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := newsgraph.Doc{ID: "f", Text: text}
		x, err := ex.Extract(context.Background(), d)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkExtraction(t, text, x)
		iris := make([]newsgraph.IRI, len(x.Entities))
		for i, e := range x.Entities {
			iris[i] = newsgraph.IRI(newsgraph.EntityNS + e.Key)
		}
		quads, err := newsgraph.Quads(d, ex.Name(), x, iris)
		if err != nil {
			t.Fatalf("Quads: %v", err)
		}
		for _, q := range quads {
			if q.Label == nil || q.Subject == nil || q.Predicate == nil || q.Object == nil {
				t.Fatalf("quad %v lacks a part or its label", q)
			}
		}
	})
}
