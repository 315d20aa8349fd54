package openie_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/openie"
)

func extract(t *testing.T, text string) []string {
	t.Helper()
	a, err := analyze.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := a.Analyze(text)
	var out []string
	for i := range doc.Sentences {
		for _, tu := range openie.Extract(text, &doc.Sentences[i]) {
			if tu.Confidence <= 0 || tu.Confidence > 1 {
				t.Errorf("confidence %v out of (0, 1]", tu.Confidence)
			}
			out = append(out, tu.Args[0]+" | "+tu.Rel+" | "+strings.Join(tu.Args[1:], " | "))
		}
	}
	return out
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // tuples that must be among the extractions
	}{
		{"transitive", "Israel accepted the proposal on Monday.", []string{"Israel | accepted | the proposal | on Monday"}},
		{"passive with agent", "The proposal was rejected by the group.", []string{"The proposal | was rejected by | the group"}},
		{"preposition joins the relation", "The minister met with the union leaders.", []string{"The minister | met with | the union leaders"}},
		{"negation", "The union did not accept the first offer.", []string{"The union | did not accept | the first offer"}},
		{"copula", "The harbour is the heart of the city.", []string{"The harbour | is | the heart of the city"}},
		{"conjoined verbs share the subject", "She served as mayor and became a senator.", []string{"She | served as | mayor", "She | became | a senator"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, tt.text)
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	a, err := analyze.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Israel accepted the proposal.", "", "\"Who?\" he said, and left.", "a b c d e f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := a.Analyze(text)
		for i := range doc.Sentences {
			for _, tu := range openie.Extract(text, &doc.Sentences[i]) {
				if tu.Rel == "" || len(tu.Args) == 0 {
					t.Fatalf("empty tuple %+v", tu)
				}
				for _, arg := range tu.Args {
					if arg == "" || !strings.Contains(text, arg) {
						t.Fatalf("argument %q not in the text", arg)
					}
				}
			}
		}
	})
}
