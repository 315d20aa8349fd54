package parse

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// FuzzExtractText extracts arbitrary text: never a panic, and every fact
// refers to entities of the extraction with spans inside the text.
func FuzzExtractText(f *testing.F) {
	for _, s := range []string{
		`Harbour chief Lena Dahl said, "We will reopen." Dahl, 58, was born in Oslo.`,
		"Ivo Marsh, formerly the Tarsk Agency's chief of staff,",
		`Ana Ruiz,`,
		`"The Budget Hoax", he called it; the Vexa V300s and the V300 flew. Route 9 in Holmby.`,
		`Tarsk firms including Holm Vexa, Brandt and Lindqvist left. The 42 - year - old said so.`,
		"a Republican, Tom Vale,",
		`Steve Peers of the University of Essex said, "Facebook has to search."`,
		"",
	} {
		f.Add(s)
	}
	ex := extractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4000 || !utf8.ValidString(text) {
			return
		}
		out, err := ex.Extract(context.Background(), newsgraph.Doc{ID: "f", Source: "fuzz", Text: text})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		keys := map[string]bool{}
		for _, e := range out.Entities {
			keys[e.Key] = true
			for _, m := range e.Mentions {
				if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start > m.Span.End {
					t.Fatalf("mention %v of %q outside the text of %d bytes", m.Span, e.Name, len(text))
				}
			}
		}
		for _, fa := range out.Facts {
			if !keys[fa.Subject] || !keys[fa.Object] {
				t.Fatalf("fact %+v refers to an entity the extraction lacks", fa)
			}
			if fa.Evidence.Start < 0 || fa.Evidence.End > len(text) || fa.Span.Start < fa.Evidence.Start || fa.Span.End > fa.Evidence.End {
				t.Fatalf("fact %+v: span outside its evidence or the text", fa)
			}
		}
	})
}
