package newsgraph

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPieceEnd(t *testing.T) {
	tests := []struct {
		name, text string
		max, want  int
	}{
		{"fits", "short text", 100, 10},
		{"at a newline", "aaaa bbbb\ncc. dd ee", 16, 10},
		{"at a sentence end", "aaaa bbbb. cc dd ee", 16, 11},
		{"at a space", "aaaa bbbb cc dd eee", 16, 16},
		{"inside a word, at a rune start", "aaaaaaaaéééééé", 11, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pieceEnd(tt.text, 0, tt.max)
			if got != tt.want || !utf8.ValidString(tt.text[:got]) {
				t.Errorf("pieceEnd(%q, %d): got %d, want %d", tt.text, tt.max, got, tt.want)
			}
		})
	}
}

// capsExtractor finds a fact between each two capitalised words that
// follow each other, and counts the text it was given.
func capsExtractor(seen *int) ExtractorFunc {
	return ExtractorFunc{Step: "caps/v1", Fn: func(ctx context.Context, doc Doc) (*Extraction, error) {
		*seen += len(doc.Text)
		ex := &Extraction{}
		pos := 0
		for _, w := range strings.Fields(doc.Text) {
			i := strings.Index(doc.Text[pos:], w) + pos
			pos = i + len(w)
			if w[0] < 'A' || w[0] > 'Z' {
				continue
			}
			key := fmt.Sprintf("e%d", len(ex.Entities))
			sent := Span{Start: i, End: i + len(w)}
			ex.Entities = append(ex.Entities, Entity{Key: key, Name: strings.Trim(w, "."), Type: Person,
				Mentions: []Mention{{Span: sent, Sentence: sent, Text: w}}})
			if n := len(ex.Entities); n > 1 {
				prev := ex.Entities[n-2].Mentions[0].Span
				ex.Facts = append(ex.Facts, Fact{Subject: ex.Entities[n-2].Key, Object: key, Predicate: Met, Evidence: Span{prev.Start, sent.End}})
			}
		}
		return ex, nil
	}}
}

type keyResolver struct{}

func (keyResolver) Resolve(ctx context.Context, doc Doc, ents []Entity) ([]IRI, error) {
	out := make([]IRI, len(ents))
	for i, e := range ents {
		out[i] = IRI(EntityNS + Slug(e.Name))
	}
	return out, nil
}

type countStore struct{ quads int }

func (*countStore) DocumentHash(context.Context, IRI) (string, error) { return "", nil }
func (s *countStore) Update(_ context.Context, docs []DocQuads) (Changes, error) {
	for _, d := range docs {
		s.quads += len(d.Quads)
	}
	return Changes{Added: s.quads}, nil
}

// TestBuildLimitsOneDocument: one document of 20,000 short sentences is
// extracted in pieces, stops once it has MaxFacts facts, keeps at most
// MaxFacts facts and MaxEntities entities, and the build warns naming it.
func TestBuildLimitsOneDocument(t *testing.T) {
	var b strings.Builder
	for i := range 20_000 {
		fmt.Fprintf(&b, "Anna%d met Carl%d.\n", i%50, i%70)
	}
	doc := Doc{ID: "huge", Source: "huge.txt", Text: b.String()}
	seen := 0
	var logs bytes.Buffer
	st := &countStore{}
	stats, err := Build(context.Background(), func(ctx context.Context, fn func(Doc, error) error) error { return fn(doc, nil) },
		capsExtractor(&seen), keyResolver{}, st, Options{
			ChunkBytes: 4096, MaxFacts: 500, MaxEntities: 300,
			Logger: slog.New(slog.NewTextHandler(&logs, nil)),
		})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Cut != 1 || stats.Facts > 500 || stats.Facts == 0 || stats.Entities > 300 {
		t.Errorf("got %+v, want one document cut to at most 500 facts and 300 entities", stats)
	}
	if seen >= len(doc.Text)/2 {
		t.Errorf("the extractor read %d of %d bytes, want it stopped once the facts were found", seen, len(doc.Text))
	}
	if !strings.Contains(logs.String(), "doc=huge.txt") || !strings.Contains(logs.String(), "more than 500 facts") {
		t.Errorf("got log %q, want a warning naming huge.txt", logs.String())
	}
	if st.quads == 0 || st.quads > 20*500 {
		t.Errorf("got %d quads, want at most %d", st.quads, 20*500)
	}
}

// TestExtractLimitedPieces: a text extracted in pieces gives the spans and
// facts of the whole, with keys unique across pieces.
func TestExtractLimitedPieces(t *testing.T) {
	text := strings.Repeat("Anna met Carl in Oslo.\n", 40)
	doc := Doc{ID: "d", Source: "d.txt", Text: text}
	seen := 0
	whole, err := extractLimited(context.Background(), capsExtractor(&seen), doc, limits{chunk: 1 << 20, facts: 1000, entities: 1000})
	if err != nil {
		t.Fatal(err)
	}
	pieces, err := extractLimited(context.Background(), capsExtractor(&seen), doc, limits{chunk: 100, facts: 1000, entities: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(pieces.Entities) != len(whole.Entities) || pieces.cut != "" {
		t.Fatalf("got %d entities (cut %q), want %d", len(pieces.Entities), pieces.cut, len(whole.Entities))
	}
	keys := map[string]bool{}
	for i, e := range pieces.Entities {
		if keys[e.Key] {
			t.Errorf("key %q used twice", e.Key)
		}
		keys[e.Key] = true
		m := e.Mentions[0]
		if got := text[m.Span.Start:m.Span.End]; got != m.Text || m.Span != whole.Entities[i].Mentions[0].Span {
			t.Errorf("entity %d: span %v holds %q, want %q at %v", i, m.Span, got, m.Text, whole.Entities[i].Mentions[0].Span)
		}
	}
	for _, f := range pieces.Facts {
		if !keys[f.Subject] || !keys[f.Object] {
			t.Errorf("fact %+v names an unknown entity", f)
		}
	}
}
