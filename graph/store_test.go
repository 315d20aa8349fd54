package graph

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// docQuads builds the quads of a small document in which a met b.
func docQuads(t testing.TB, id, text, a, b string) (newsgraph.Doc, []quad.Quad) {
	t.Helper()
	doc := newsgraph.Doc{ID: id, Source: id + ".txt", Text: text}
	ia, ib := strings.Index(text, a), strings.Index(text, b)
	sent := newsgraph.Span{Start: 0, End: len(text)}
	ex := &newsgraph.Extraction{
		Entities: []newsgraph.Entity{
			{Key: "a", Name: a, Type: newsgraph.Person, Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: ia, End: ia + len(a)}, Sentence: sent, Text: a}}},
			{Key: "b", Name: b, Type: newsgraph.Person, Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: ib, End: ib + len(b)}, Sentence: sent, Text: b}}},
		},
		Facts: []newsgraph.Fact{{Subject: "a", Object: "b", Predicate: newsgraph.Met, Raw: "met", Evidence: sent, Confidence: 0.9}},
	}
	iris := []newsgraph.IRI{newsgraph.IRI(newsgraph.EntityNS + newsgraph.Slug(a)), newsgraph.IRI(newsgraph.EntityNS + newsgraph.Slug(b))}
	qs, err := newsgraph.Quads(doc, "test/v1", ex, iris)
	if err != nil {
		t.Fatal(err)
	}
	return doc, qs
}

func allQuads(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	if err := s.Each(context.Background(), func(q quad.Quad) error {
		out = append(out, q.String())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func openTemp(t *testing.T, backend string) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "g.db")
	switch backend {
	case Postgres:
		path = pgtest.Database(t)
	case Cockroach:
		path = pgtest.Cockroach(t) // skipped unless NEWSGRAPH_TEST_COCKROACH_URL is set
	}
	s, err := Open(context.Background(), Options{Backend: backend, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestUpdateReplacesDocument(t *testing.T) {
	for _, backend := range []string{Bolt, Memory, Postgres, Cockroach} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			s := openTemp(t, backend)
			d1, q1 := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
			d2, q2 := docQuads(t, "two", "Carol White met Bob Jones.", "Carol White", "Bob Jones")
			if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1.IRI(), Quads: q1, Hash: testHash(d1)}, {Doc: d2.IRI(), Quads: q2, Hash: testHash(d2)}}); err != nil {
				t.Fatal(err)
			}
			first := allQuads(t, s)
			if len(first) != len(q1)+len(q2) {
				t.Fatalf("got %d quads, want %d", len(first), len(q1)+len(q2))
			}
			// Same input again: nothing changes.
			res, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1.IRI(), Quads: q1, Hash: testHash(d1)}, {Doc: d2.IRI(), Quads: q2, Hash: testHash(d2)}})
			if err != nil {
				t.Fatal(err)
			}
			if res.Added != 0 || res.Removed != 0 {
				t.Errorf("re-ingest: got %+v, want no change", res)
			}
			if got := allQuads(t, s); strings.Join(got, "\n") != strings.Join(first, "\n") {
				t.Errorf("re-ingest changed the store")
			}
			// Edit document one: its old quads go, document two stays.
			d1b, q1b := docQuads(t, "one", "Alice Smith met Dan Brown today.", "Alice Smith", "Dan Brown")
			if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1b.IRI(), Quads: q1b, Hash: testHash(d1b)}}); err != nil {
				t.Fatal(err)
			}
			got := allQuads(t, s)
			if len(got) != len(q1b)+len(q2) {
				t.Errorf("after edit: got %d quads, want %d", len(got), len(q1b)+len(q2))
			}
			for _, q := range got {
				if strings.Contains(q, "met Bob Jones.") && strings.Contains(q, "Alice") {
					t.Errorf("leftover quad from the old version: %s", q)
				}
			}
			// Remove document one entirely.
			if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1b.IRI(), Quads: nil, Hash: testHash(d1b)}}); err != nil {
				t.Fatal(err)
			}
			if got := allQuads(t, s); len(got) != len(q2) {
				t.Errorf("after removal: got %d quads, want %d", len(got), len(q2))
			}
			h, err := s.DocumentHash(ctx, d2.IRI())
			if err != nil || h != newsgraph.ContentHash(d2, "test/v1") {
				t.Errorf("got hash %q, %v; want the document's content hash", h, err)
			}
		})
	}
}

func TestStatsAndEntities(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Memory)
	d1, q1 := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
	d2, q2 := docQuads(t, "two", "Alice Smith met Bob Jones again.", "Alice Smith", "Bob Jones")
	if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1.IRI(), Quads: q1, Hash: testHash(d1)}, {Doc: d2.IRI(), Quads: q2, Hash: testHash(d2)}}); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{Counts: newsgraph.Counts{Documents: 2, Entities: 2, Facts: 2, Relations: 1}, Quads: int64(len(q1) + len(q2))}
	if st != want {
		t.Errorf("got %+v, want %+v", st, want)
	}
	ents, err := newsgraph.Entities(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 2 || ents[0].Names[0] != "Alice Smith" || ents[0].Type != newsgraph.Person {
		t.Errorf("got entities %+v", ents)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	tests := []struct {
		name string
		opts Options
		want error
	}{
		{"missing read-only", Options{Path: filepath.Join(dir, "none.db"), ReadOnly: true}, ErrNotFound},
		{"unknown backend", Options{Backend: "postgres", Path: "x"}, nil},
		{"directory", Options{Path: dir}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(ctx, tt.opts)
			if err == nil {
				s.Close()
				t.Fatal("got no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
	// A second writer is refused while the first holds the store.
	path := filepath.Join(dir, "held.db")
	s, err := Open(ctx, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s2, err := Open(ctx, Options{Path: path, LockTimeout: 50 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		if s2 != nil {
			s2.Close()
		}
		t.Errorf("got %v, want ErrLocked", err)
	}
}

func TestQuery(t *testing.T) {
	for _, backend := range []string{Memory, Postgres, Cockroach} {
		t.Run(backend, func(t *testing.T) { testQuery(t, openTemp(t, backend)) })
	}
}

func testQuery(t *testing.T, s *Store) {
	ctx := context.Background()
	d1, q1 := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
	if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1.IRI(), Quads: q1, Hash: testHash(d1)}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q string
		want    string
		wantErr bool
	}{
		{"out", `g.V("<entity:alice-smith>").Out("<ng:met>").Out("<schema:name>").All()`, `[{"id":"Bob Jones"}]`, false},
		{"tags", `g.V("<entity:alice-smith>").Tag("s").Out("<ng:met>").Tag("o").All()`,
			`[{"id":"\u003c` + newsgraph.EntityNS + `bob-jones\u003e","o":"\u003c` + newsgraph.EntityNS + `bob-jones\u003e","s":"\u003c` + newsgraph.EntityNS + `alice-smith\u003e"}]`, false},
		{"syntax error", `g.V(`, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Query(ctx, tt.q, QueryOptions{})
			if tt.wantErr {
				var qe *QueryError
				if !errors.As(err, &qe) {
					t.Fatalf("got %v, want a QueryError", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(res)
			if string(b) != tt.want {
				t.Errorf("got %s, want %s", b, tt.want)
			}
		})
	}
}

func TestQueryTimeout(t *testing.T) {
	s := openTemp(t, Memory)
	_, err := s.Query(context.Background(), `while (true) {}`, QueryOptions{Timeout: 100 * time.Millisecond})
	var qe *QueryError
	if !errors.Is(err, context.DeadlineExceeded) || !errors.As(err, &qe) {
		t.Fatalf("got %v, want a QueryError wrapping context.DeadlineExceeded", err)
	}
}

func TestHTTP(t *testing.T) {
	for _, backend := range []string{Memory, Postgres, Cockroach} {
		t.Run(backend, func(t *testing.T) { testHTTP(t, openTemp(t, backend)) })
	}
}

func testHTTP(t *testing.T, s *Store) {
	ctx := context.Background()
	d1, q1 := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
	if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1.IRI(), Quads: q1, Hash: testHash(d1)}}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler(HTTPOptions{}))
	defer srv.Close()

	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get("/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(`g.V("<entity:alice-smith>").Out("<ng:met>").Out("<schema:name>").All()`))
	if code != 200 || !strings.Contains(body, `"Bob Jones"`) {
		t.Errorf("GET query: got %d %s", code, body)
	}
	resp, err := http.Post(srv.URL+"/api/v2/query?lang=gizmo", "application/javascript",
		strings.NewReader(`g.V("<entity:bob-jones>").In("<ng:met>").Out("<schema:name>").All()`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"Alice Smith"`) {
		t.Errorf("POST query: got %d %s", resp.StatusCode, b)
	}
	// Read-only: the write endpoint does not exist.
	resp, err = http.Post(srv.URL+"/api/v2/write", "application/n-quads", strings.NewReader(`<a> <b> <c> .`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode == 200 {
		t.Errorf("write on a read-only server: got 200")
	}
	if n, _ := s.Size(ctx); n != int64(len(q1)) {
		t.Errorf("store changed: %d quads, want %d", n, len(q1))
	}
}

func TestCompactIRIs(t *testing.T) {
	in := map[string]any{"a": "<" + newsgraph.EntityNS + "x-y>", "b": []any{"<" + newsgraph.VocabNS + "met>", "plain", 3.0}, "c": "<http://other.example/z>"}
	got := CompactIRIs(in).(map[string]any)
	if got["a"] != "<entity:x-y>" || got["b"].([]any)[0] != "<ng:met>" || got["b"].([]any)[1] != "plain" || got["c"] != "<http://other.example/z>" {
		t.Errorf("got %v", got)
	}
	if q := ExpandPrefixes(`g.V("<entity:x-y>").Out("<ng:met>")`); q != `g.V("<`+newsgraph.EntityNS+`x-y>").Out("<`+newsgraph.VocabNS+`met>")` {
		t.Errorf("got %s", q)
	}
}

// testHash is the content hash of doc as docQuads stores it.
func testHash(doc newsgraph.Doc) string { return newsgraph.ContentHash(doc, "test/v1") }
