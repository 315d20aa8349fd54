package analyze

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestAnalyze(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Israeli Prime Minister Benjamin Netanyahu met US Secretary of State Antony Blinken in Tel Aviv on Monday.\nHamas rejected the proposal, a spokesman said."
	doc := a.Analyze(text)
	if len(doc.Sentences) != 2 {
		t.Fatalf("got %d sentences, want 2", len(doc.Sentences))
	}
	s := doc.Sentences[0]
	find := func(word string) int {
		for i, tok := range s.Tokens {
			if tok.Text == word {
				return i
			}
		}
		t.Fatalf("no token %q", word)
		return -1
	}
	met := find("met")
	if s.Tokens[met].Head != -1 || s.Tokens[met].Lemma != "meet" || s.Tokens[met].UPOS != "VERB" {
		t.Errorf("met: got %+v", s.Tokens[met])
	}
	// UD heads a name by its first word: Benjamin -flat-> Netanyahu.
	if tok := s.Tokens[find("Benjamin")]; tok.Head != met || tok.Rel != "nsubj" {
		t.Errorf("Benjamin: got head %d rel %s, want nsubj of met", tok.Head, tok.Rel)
	}
	if tok := s.Tokens[find("Netanyahu")]; tok.Head != find("Benjamin") || tok.Rel != "flat" {
		t.Errorf("Netanyahu: got head %d rel %s, want flat of Benjamin", tok.Head, tok.Rel)
	}
	var names []string
	for _, m := range s.Mentions {
		var ws []string
		for _, tok := range s.Tokens[m.Start:m.End] {
			ws = append(ws, tok.Text)
		}
		names = append(names, m.Type+":"+strings.Join(ws, " "))
	}
	got := strings.Join(names, ", ")
	for _, want := range []string{"PERSON:Benjamin Netanyahu", "PERSON:Antony Blinken", "PLACE:Tel Aviv"} {
		if !strings.Contains(got, want) {
			t.Errorf("mentions %s: missing %s", got, want)
		}
	}
	for _, sent := range doc.Sentences {
		for _, tok := range sent.Tokens {
			if text[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q at %d-%d does not match the text", tok.Text, tok.Start, tok.End)
			}
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Israeli Prime Minister Benjamin Netanyahu met US Secretary of State Antony Blinken in Tel Aviv on Monday, and the two men discussed the ceasefire proposal that Hamas rejected last week. ", 50)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Analyze(text)
	}
}

func TestAnalyzeSome(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Maria Lopez met Peter Hansen in Oslo. It rained all day. Hansen thanked Lopez."
	all := a.Analyze(text)
	// parse the first and last sentences only
	some, err := a.AnalyzeSome(context.Background(), text, func(start, end int) bool { return !strings.HasPrefix(text[start:end], "It rained") })
	if err != nil {
		t.Fatal(err)
	}
	if len(some.Sentences) != len(all.Sentences) {
		t.Fatalf("got %d sentences, want %d", len(some.Sentences), len(all.Sentences))
	}
	for i, s := range some.Sentences {
		skipped := strings.HasPrefix(text[s.Start:s.End], "It rained")
		for k, tok := range s.Tokens {
			want := all.Sentences[i].Tokens[k]
			if skipped {
				want.Head, want.Rel = -1, ""
			}
			if tok != want {
				t.Errorf("sentence %d token %d: got %+v, want %+v", i, k, tok, want)
			}
		}
		if len(s.Mentions) != len(all.Sentences[i].Mentions) {
			t.Errorf("sentence %d: got %d mentions, want %d", i, len(s.Mentions), len(all.Sentences[i].Mentions))
		}
	}
}

// TestAnalyzeSomeCancelled: a cancelled context stops the analysis with its
// error.
func TestAnalyzeSomeCancelled(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if doc, err := a.AnalyzeSome(ctx, "Maria Lopez met Peter Hansen in Oslo.", nil); !errors.Is(err, context.Canceled) || doc != nil {
		t.Fatalf("got %v, %v; want no document and context.Canceled", doc, err)
	}
}
