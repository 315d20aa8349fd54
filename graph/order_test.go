package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/parse"
	"github.com/newsgraph/newsgraph/extract/resolve"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// memoExtractor extracts each document once, for the many builds of a
// test: what is tested is the driver around the extractor.
type memoExtractor struct {
	newsgraph.Extractor
	mu   sync.Mutex
	seen map[string]*newsgraph.Extraction
}

func (m *memoExtractor) Extract(ctx context.Context, doc newsgraph.Doc) (*newsgraph.Extraction, error) {
	m.mu.Lock()
	x, ok := m.seen[doc.ID]
	m.mu.Unlock()
	if !ok {
		var err error
		if x, err = m.Extractor.Extract(ctx, doc); err != nil {
			return nil, err
		}
		m.mu.Lock()
		m.seen[doc.ID] = x
		m.mu.Unlock()
	}
	return &newsgraph.Extraction{Entities: slices.Clone(x.Entities), Facts: slices.Clone(x.Facts)}, nil
}

// wikinews returns the first n articles of the Wikinews corpus, in input
// order.
func wikinews(t *testing.T, n int) []newsgraph.Doc {
	t.Helper()
	dir := sharedtest.Dir(t, "corpus", "wikinews")
	var docs []newsgraph.Doc
	err := ingest.Walk(context.Background(), []string{filepath.Join(dir, "wikinews_2019.csv")}, ingest.Options{}, func(d newsgraph.Doc, err error) error {
		if err != nil {
			return err
		}
		if len(docs) < n {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func newResolver(k []newsgraph.EntityRecord) newsgraph.Resolver { return resolve.New(k) }

// buildInto builds docs, in their order, into the store opts describes.
func buildInto(t *testing.T, opts graph.Options, ex newsgraph.Extractor, docs []newsgraph.Doc) newsgraph.Stats {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	known, err := newsgraph.Entities(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	src := func(ctx context.Context, fn func(newsgraph.Doc, error) error) error {
		for _, d := range docs {
			if err := fn(d, nil); err != nil {
				return err
			}
		}
		return nil
	}
	stats, err := newsgraph.Build(ctx, src, ex, resolve.New(known), st, newsgraph.Options{Workers: 2, NewResolver: newResolver})
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

// graphOf returns the store's quads as sorted N-Quads lines.
// openReadOnly opens the store opts describes for reading; the caller
// closes it.
func openReadOnly(t *testing.T, opts graph.Options) *graph.Store {
	t.Helper()
	opts.ReadOnly = true
	st, err := graph.Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func graphOf(t *testing.T, opts graph.Options) []string {
	t.Helper()
	ctx := context.Background()
	st := openReadOnly(t, opts)
	defer st.Close()
	var out []string
	err := st.Each(ctx, func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// textsOf returns the texts the store keeps for docs, one line each with
// its mentions (the entity IRIs settled, as in the graph).
func textsOf(t *testing.T, opts graph.Options, docs []newsgraph.Doc) []string {
	t.Helper()
	ctx := context.Background()
	st := openReadOnly(t, opts)
	defer st.Close()
	var out []string
	for _, d := range docs {
		x, ok, err := st.DocumentText(ctx, d.IRI())
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			out = append(out, fmt.Sprintf("%s: no text", d.ID))
			continue
		}
		out = append(out, fmt.Sprintf("%s: %d bytes, mentions %v", d.ID, len(x.Text), x.Mentions))
	}
	slices.Sort(out)
	return out
}

// diff summarises how two graphs differ.
func diff(got, want []string) string {
	in := func(l []string) map[string]bool {
		m := map[string]bool{}
		for _, s := range l {
			m[s] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var b strings.Builder
	n := 0
	for _, s := range got {
		if !w[s] && n < 10 {
			fmt.Fprintf(&b, "+ %s\n", s)
			n++
		}
	}
	for _, s := range want {
		if !g[s] && n < 20 {
			fmt.Fprintf(&b, "- %s\n", s)
			n++
		}
	}
	return fmt.Sprintf("%d lines, want %d:\n%s", len(got), len(want), b.String())
}

// TestBuildOrderIndependent builds the same articles in one run, in two
// runs split at several points (either half first), in three runs, and in
// shuffled order, into Bolt and PostgreSQL stores: every graph, and every
// document's text with its mentions, must be the same. The settle step
// resolves every document again in canonical order, so the graph depends
// only on the set of documents in the store.
func TestBuildOrderIndependent(t *testing.T) {
	docs := wikinews(t, 70)
	an, err := analyze.Default()
	if err != nil {
		t.Fatal(err)
	}
	px, err := parse.New(an)
	if err != nil {
		t.Fatal(err)
	}
	ex := &memoExtractor{Extractor: px, seen: map[string]*newsgraph.Extraction{}}
	shuffled := slices.Clone(docs)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	runs := []struct {
		name  string
		parts [][]newsgraph.Doc
	}{
		{"one run", [][]newsgraph.Doc{docs}},
		{"first 1, then all", [][]newsgraph.Doc{docs[:1], docs}},
		{"first 35, then the rest", [][]newsgraph.Doc{docs[:35], docs[35:]}},
		{"first 66, then all", [][]newsgraph.Doc{docs[:66], docs}},
		{"last 35, then the first 35", [][]newsgraph.Doc{docs[35:], docs[:35]}},
		{"three runs", [][]newsgraph.Doc{docs[20:50], docs[:20], docs[50:]}},
		{"shuffled", [][]newsgraph.Doc{shuffled}},
		{"shuffled, in two runs", [][]newsgraph.Doc{shuffled[:30], shuffled[30:]}},
	}
	for _, backend := range []string{graph.Bolt, graph.Postgres} {
		t.Run(backend, func(t *testing.T) {
			open := func() graph.Options {
				if backend == graph.Postgres {
					return graph.Options{Backend: graph.Postgres, Path: pgtest.Database(t)}
				}
				return graph.Options{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), "g.db")}
			}
			var want, wantTexts []string
			for _, r := range runs {
				opts := open()
				for _, p := range r.parts {
					buildInto(t, opts, ex, p)
				}
				got, texts := graphOf(t, opts), textsOf(t, opts, docs)
				if want == nil {
					want, wantTexts = got, texts
					if len(want) < 10000 {
						t.Fatalf("%s: only %d quads", r.name, len(want))
					}
					if n := strings.Count(strings.Join(texts, "\n"), ": no text"); n > 0 {
						t.Fatalf("%s: %d documents have no text", r.name, n)
					}
					continue
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("%s: graph differs from one run: %s", r.name, diff(got, want))
				}
				if strings.Join(texts, "\n") != strings.Join(wantTexts, "\n") {
					t.Errorf("%s: texts differ from one run: %s", r.name, diff(texts, wantTexts))
				}
				// Building again changes nothing.
				again := buildInto(t, opts, ex, docs)
				if again.Unchanged != len(docs) || again.Added != 0 || again.Removed != 0 || again.Rewritten != 0 {
					t.Errorf("%s: re-build: got %+v, want every document unchanged", r.name, again)
				}
			}
		})
	}
}

// TestSettleKnowsForeignDocuments imports a document's quads (no record,
// as a restored backup or a store of an older version has them) and then
// builds another document naming the same person: settling resolves it
// (and the mention in its text) to the imported entity, and leaves the
// imported document alone.
func TestSettleKnowsForeignDocuments(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{graph.Bolt, graph.Postgres} {
		t.Run(backend, func(t *testing.T) {
			opts := graph.Options{Backend: backend, Path: filepath.Join(t.TempDir(), "g.db")}
			if backend == graph.Postgres {
				opts.Path = pgtest.Database(t)
			}
			ex := newsgraph.ExtractorFunc{Step: "test/v1", Fn: func(ctx context.Context, doc newsgraph.Doc) (*newsgraph.Extraction, error) {
				return &newsgraph.Extraction{Entities: []newsgraph.Entity{{Key: "a", Name: "Anna Berg", Type: newsgraph.Person,
					Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 9}, Text: "Anna Berg"}}}}}, nil
			}}
			old := newsgraph.Doc{ID: "old", Text: "Anna Berg spoke."}
			x, _ := ex.Extract(ctx, old)
			foreign := newsgraph.IRI(newsgraph.EntityNS + "anna-berg-of-old")
			qs, err := newsgraph.Quads(old, "test/v0", x, []newsgraph.IRI{foreign})
			if err != nil {
				t.Fatal(err)
			}
			st, err := graph.Open(ctx, opts)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Add(ctx, qs); err != nil {
				t.Fatal(err)
			}
			st.Close()
			buildInto(t, opts, ex, []newsgraph.Doc{{ID: "new", Text: "Anna Berg met us."}})
			got := strings.Join(graphOf(t, opts), "\n")
			if !strings.Contains(got, "<"+string(newsgraph.DocIRI("new"))+"> <"+string(newsgraph.SchemaMentions)+"> <"+string(foreign)+">") {
				t.Errorf("the new document does not mention the imported entity:\n%s", got)
			}
			if n := strings.Count(got, "\n") + 1; n != len(qs)+len(graphOfDoc(t, ex, "new", foreign)) {
				t.Errorf("got %d quads, want the imported ones and the new document's", n)
			}
			// The new document's text names the imported entity too.
			if texts := textsOf(t, opts, []newsgraph.Doc{{ID: "new"}}); len(texts) != 1 || !strings.Contains(texts[0], string(foreign)) {
				t.Errorf("the new document's text: %v, want a mention of %s", texts, foreign)
			}
		})
	}
}

// suffixResolver gives each entity the IRI of its name's slug and a
// suffix.
type suffixResolver string

func (r suffixResolver) Resolve(ctx context.Context, doc newsgraph.Doc, ents []newsgraph.Entity) ([]newsgraph.IRI, error) {
	iris := make([]newsgraph.IRI, len(ents))
	for i, e := range ents {
		iris[i] = newsgraph.IRI(newsgraph.EntityNS + newsgraph.Slug(e.Name) + string(r))
	}
	return iris, nil
}

// TestSettleRewritesTexts builds documents whose entities the settle step
// resolves to other IRIs than the build did: every document is rewritten,
// and its text is kept with its mentions under the settled IRIs.
func TestSettleRewritesTexts(t *testing.T) {
	ctx := context.Background()
	ex := newsgraph.ExtractorFunc{Step: "test/v1", Fn: func(ctx context.Context, doc newsgraph.Doc) (*newsgraph.Extraction, error) {
		return &newsgraph.Extraction{Entities: []newsgraph.Entity{{Key: "a", Name: "Anna Berg", Type: newsgraph.Person,
			Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 9}, Text: "Anna Berg"}}}}}, nil
	}}
	docs := []newsgraph.Doc{{ID: "one", Text: "Anna Berg spoke."}, {ID: "two", Text: "Anna Berg left."}}
	for _, backend := range []string{graph.Bolt, graph.Memory, graph.Postgres} {
		t.Run(backend, func(t *testing.T) {
			opts := graph.Options{Backend: backend, Path: filepath.Join(t.TempDir(), "g.db")}
			if backend == graph.Postgres {
				opts.Path = pgtest.Database(t)
			}
			st, err := graph.Open(ctx, opts)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			src := func(ctx context.Context, fn func(newsgraph.Doc, error) error) error {
				for _, d := range docs {
					if err := fn(d, nil); err != nil {
						return err
					}
				}
				return nil
			}
			settled := func([]newsgraph.EntityRecord) newsgraph.Resolver { return suffixResolver("-settled") }
			stats, err := newsgraph.Build(ctx, src, ex, suffixResolver("-built"), st, newsgraph.Options{Workers: 1, NewResolver: settled})
			if err != nil {
				t.Fatal(err)
			}
			if stats.Rewritten != len(docs) {
				t.Fatalf("rewritten %d documents, want %d", stats.Rewritten, len(docs))
			}
			want := newsgraph.IRI(newsgraph.EntityNS + "anna-berg-settled")
			for _, d := range docs {
				x, ok, err := st.DocumentText(ctx, d.IRI())
				if err != nil || !ok {
					t.Fatalf("%s: text ok %v, %v", d.ID, ok, err)
				}
				if x.Text != d.Text || len(x.Mentions) != 1 || x.Mentions[0].Entity != want || x.Mentions[0].Span != (newsgraph.Span{Start: 0, End: 9}) {
					t.Errorf("%s: got %+v, want its text with a mention of %s", d.ID, x, want)
				}
			}
		})
	}
}

// graphOfDoc returns the quads of a one-entity document resolved to iri.
func graphOfDoc(t *testing.T, ex newsgraph.Extractor, id string, iri newsgraph.IRI) []quad.Quad {
	t.Helper()
	doc := newsgraph.Doc{ID: id, Text: "Anna Berg met us."}
	x, _ := ex.Extract(context.Background(), doc)
	qs, err := newsgraph.Quads(doc, ex.Name(), x, []newsgraph.IRI{iri})
	if err != nil {
		t.Fatal(err)
	}
	return qs
}
