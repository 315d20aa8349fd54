package newsgraph_test

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// memStore is a map-backed newsgraph.Store.
type memStore struct {
	mu      sync.Mutex
	docs    map[newsgraph.IRI][]quad.Quad
	hashes  map[newsgraph.IRI]string
	updates int
	failAt  int // fail the Nth update (1-based); 0 = never
	notNew  int // documents written that were new but not marked so
}

func newMemStore() *memStore {
	return &memStore{docs: make(map[newsgraph.IRI][]quad.Quad), hashes: make(map[newsgraph.IRI]string)}
}

func (m *memStore) DocumentHash(ctx context.Context, doc newsgraph.IRI) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.hashes[doc], nil
}

func (m *memStore) Update(ctx context.Context, docs []newsgraph.DocQuads) (newsgraph.Changes, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.updates++
	if m.updates == m.failAt {
		return newsgraph.Changes{}, errors.New("disk full")
	}
	var ch newsgraph.Changes
	for _, d := range docs {
		_, had := m.docs[d.Doc]
		if had && d.New {
			return ch, fmt.Errorf("%s marked new but stored already", d.Doc)
		}
		if !had && !d.New && d.Quads != nil {
			m.notNew++
		}
		ch.Removed += len(m.docs[d.Doc])
		ch.Added += len(d.Quads)
		m.docs[d.Doc] = d.Quads
		m.hashes[d.Doc] = d.Hash
	}
	return ch, nil
}

func (m *memStore) all() []string {
	var out []string
	for _, qs := range m.docs {
		for _, q := range qs {
			out = append(out, q.String())
		}
	}
	sort.Strings(out)
	return out
}

// wordExtractor makes every capitalised word an entity and links
// consecutive ones with "met".
var wordExtractor = newsgraph.ExtractorFunc{Step: "words/v1", Fn: func(ctx context.Context, doc newsgraph.Doc) (*newsgraph.Extraction, error) {
	if strings.Contains(doc.Text, "PANIC") {
		panic("boom")
	}
	if strings.Contains(doc.Text, "FAIL") {
		return nil, errors.New("cannot read")
	}
	ex := &newsgraph.Extraction{}
	sent := newsgraph.Span{Start: 0, End: len(doc.Text)}
	pos := 0
	for _, w := range strings.Fields(doc.Text) {
		i := strings.Index(doc.Text[pos:], w) + pos
		pos = i + len(w)
		if w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		key := fmt.Sprintf("e%d", len(ex.Entities))
		ex.Entities = append(ex.Entities, newsgraph.Entity{Key: key, Name: w, Type: newsgraph.Person,
			Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: i, End: i + len(w)}, Sentence: sent, Text: w}}})
		if n := len(ex.Entities); n > 1 {
			ex.Facts = append(ex.Facts, newsgraph.Fact{Subject: ex.Entities[n-2].Key, Object: key, Predicate: newsgraph.Met, Evidence: sent})
		}
	}
	return ex, nil
}}

// slugResolver names entities by their slug.
type slugResolver struct{}

func (slugResolver) Resolve(ctx context.Context, doc newsgraph.Doc, ents []newsgraph.Entity) ([]newsgraph.IRI, error) {
	out := make([]newsgraph.IRI, len(ents))
	for i, e := range ents {
		out[i] = newsgraph.IRI(newsgraph.EntityNS + newsgraph.Slug(e.Name))
	}
	return out, nil
}

func sliceSource(docs []newsgraph.Doc) newsgraph.Source {
	return func(ctx context.Context, fn func(newsgraph.Doc, error) error) error {
		for _, d := range docs {
			if err := fn(d, nil); err != nil {
				return err
			}
		}
		return nil
	}
}

func corpus(n int) []newsgraph.Doc {
	var docs []newsgraph.Doc
	for i := range n {
		docs = append(docs, newsgraph.Doc{ID: fmt.Sprintf("d%03d", i), Source: fmt.Sprintf("d%03d.txt", i),
			Text: fmt.Sprintf("Alice met Bob%d and Carol on day %d.", i%7, i)})
	}
	return docs
}

func TestBuildWorkersDeterministic(t *testing.T) {
	docs := corpus(200)
	var want []string
	for _, workers := range []int{1, 2, 8} {
		st := newMemStore()
		stats, err := newsgraph.Build(context.Background(), sliceSource(docs), wordExtractor, slugResolver{}, st,
			newsgraph.Options{Workers: workers, BatchQuads: 100})
		if err != nil {
			t.Fatal(err)
		}
		if stats.Documents != len(docs) || stats.Failed != 0 {
			t.Errorf("workers=%d: got %+v", workers, stats)
		}
		got := st.all()
		if want == nil {
			want = got
			continue
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("workers=%d: quads differ from the sequential build", workers)
		}
	}
}

func TestBuildSkipsUnchanged(t *testing.T) {
	docs := corpus(20)
	st := newMemStore()
	ctx := context.Background()
	if _, err := newsgraph.Build(ctx, sliceSource(docs), wordExtractor, slugResolver{}, st, newsgraph.Options{}); err != nil {
		t.Fatal(err)
	}
	docs[3].Text = "Dora met Eve."
	stats, err := newsgraph.Build(ctx, sliceSource(docs), wordExtractor, slugResolver{}, st, newsgraph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Unchanged != 19 || stats.Quads == 0 {
		t.Errorf("got %+v, want 19 unchanged and one document rewritten", stats)
	}
	if st.notNew != 0 {
		t.Errorf("got %d new documents not marked new", st.notNew)
	}
}

func TestBuildFailures(t *testing.T) {
	docs := corpus(10)
	docs[2].Text = "FAIL here"
	docs[5].Text = "PANIC here"
	readErr := &newsgraph.DocError{Source: "bad.bin", Step: "read", Err: errors.New("binary file, not text")}
	src := func(ctx context.Context, fn func(newsgraph.Doc, error) error) error {
		for i, d := range docs {
			if i == 7 {
				if err := fn(newsgraph.Doc{Source: "bad.bin"}, readErr); err != nil {
					return err
				}
			}
			if err := fn(d, nil); err != nil {
				return err
			}
		}
		return nil
	}
	t.Run("fail fast", func(t *testing.T) {
		st := newMemStore()
		_, err := newsgraph.Build(context.Background(), src, wordExtractor, slugResolver{}, st, newsgraph.Options{Workers: 2})
		var de *newsgraph.DocError
		if !errors.As(err, &de) || de.Source != "d002.txt" {
			t.Fatalf("got %v, want a DocError for d002.txt", err)
		}
	})
	t.Run("keep going", func(t *testing.T) {
		st := newMemStore()
		stats, err := newsgraph.Build(context.Background(), src, wordExtractor, slugResolver{}, st, newsgraph.Options{Workers: 2, KeepGoing: true})
		if stats.Failed != 3 || stats.Documents != 11 {
			t.Errorf("got %+v, want 3 failed of 11", stats)
		}
		for _, want := range []string{"d002.txt", "d005.txt: words/v1: extractor panicked", "bad.bin: read: binary file"} {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("got error %v, want it to mention %q", err, want)
			}
		}
		if len(st.docs) != 8 {
			t.Errorf("got %d documents stored, want the 8 good ones", len(st.docs))
		}
	})
	t.Run("keep going, reported once", func(t *testing.T) {
		var reported []string
		stats, err := newsgraph.Build(context.Background(), src, wordExtractor, slugResolver{}, newMemStore(), newsgraph.Options{
			Workers: 2, KeepGoing: true,
			OnFailure: func(de *newsgraph.DocError) { reported = append(reported, de.Source) },
		})
		if err != nil || stats.Failed != 3 {
			t.Errorf("got %v, %d failed; want no error and 3 failed", err, stats.Failed)
		}
		if want := []string{"d002.txt", "d005.txt", "bad.bin"}; strings.Join(reported, ",") != strings.Join(want, ",") {
			t.Errorf("got failures reported %q, want %q, once each, in input order", reported, want)
		}
	})
	t.Run("store error", func(t *testing.T) {
		st := newMemStore()
		st.failAt = 1
		_, err := newsgraph.Build(context.Background(), sliceSource(corpus(5)), wordExtractor, slugResolver{}, st, newsgraph.Options{})
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("got %v, want the store's error", err)
		}
	})
}

func TestBuildCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	st := newMemStore()
	n := 0
	_, err := newsgraph.Build(ctx, sliceSource(corpus(500)), wordExtractor, slugResolver{}, st, newsgraph.Options{
		Workers: 2, BatchQuads: 50, NewBatchQuads: 50,
		Progress: func(s newsgraph.Stats) {
			n++
			if n == 100 {
				cancel()
			}
		},
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	// A re-run completes and skips what was written.
	stats, err := newsgraph.Build(context.Background(), sliceSource(corpus(500)), wordExtractor, slugResolver{}, st, newsgraph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Unchanged == 0 || len(st.docs) != 500 {
		t.Errorf("re-run: got %+v and %d documents", stats, len(st.docs))
	}
}

func TestBuildDuplicateID(t *testing.T) {
	docs := corpus(3)
	docs = append(docs, newsgraph.Doc{ID: docs[1].ID, Source: "other.csv:7", Text: "Zed met Yan."})
	st := newMemStore()
	_, err := newsgraph.Build(context.Background(), sliceSource(docs), wordExtractor, slugResolver{}, st, newsgraph.Options{KeepGoing: true})
	if err == nil || !strings.Contains(err.Error(), `other.csv:7: read: document ID "d001" already read from d001.txt`) {
		t.Fatalf("got %v", err)
	}
	for _, q := range st.all() {
		if strings.Contains(q, "Zed") {
			t.Errorf("the duplicate overwrote the first document: %s", q)
		}
	}
}

// TestBuildCountsStored: Stats.Stored counts the documents of the batches
// the store committed, not those read or queued: an interrupted build
// must not claim documents it did not write.
func TestBuildCountsStored(t *testing.T) {
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		st := newMemStore()
		n := 0
		stats, err := newsgraph.Build(ctx, sliceSource(corpus(500)), wordExtractor, slugResolver{}, st, newsgraph.Options{
			Workers: 2, BatchQuads: 50, NewBatchQuads: 50,
			Progress: func(s newsgraph.Stats) {
				if n++; n == 100 {
					cancel()
				}
			},
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v, want context.Canceled", err)
		}
		if stats.Stored != len(st.docs) || stats.Stored >= stats.Documents {
			t.Errorf("got %d documents stored of %d read, the store holds %d", stats.Stored, stats.Documents, len(st.docs))
		}
	})
	t.Run("failed write", func(t *testing.T) {
		st := newMemStore()
		st.failAt = 3
		stats, err := newsgraph.Build(context.Background(), sliceSource(corpus(500)), wordExtractor, slugResolver{}, st, newsgraph.Options{
			Workers: 2, BatchQuads: 50, NewBatchQuads: 50,
		})
		if err == nil {
			t.Fatal("got no error")
		}
		if stats.Stored != len(st.docs) || stats.Stored == 0 {
			t.Errorf("got %d documents stored, the store holds %d", stats.Stored, len(st.docs))
		}
	})
}
