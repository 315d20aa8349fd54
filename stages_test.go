package newsgraph

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
)

// Each stage of Build alone.

func TestReadStage(t *testing.T) {
	readErr := &DocError{Source: "b.bin", Step: "read", Err: errors.New("binary")}
	src := func(ctx context.Context, fn func(Doc, error) error) error {
		for i, err := range []error{nil, readErr, nil} {
			if err := fn(Doc{ID: fmt.Sprint(i)}, err); err != nil {
				return err
			}
		}
		return nil
	}
	p := &pipeline{}
	jobs := make(chan job, 3)
	inflight := make(chan struct{}, 3)
	if err := p.read(context.Background(), src, jobs, inflight); err != nil {
		t.Fatal(err)
	}
	close(jobs)
	var got []job
	for j := range jobs {
		got = append(got, j)
	}
	if len(got) != 3 || len(inflight) != 3 || got[1].err != readErr {
		t.Fatalf("got %+v with %d slots taken", got, len(inflight))
	}
	for i, j := range got {
		if j.seq != i || j.doc.ID != fmt.Sprint(i) {
			t.Errorf("job %d: got %+v", i, j)
		}
	}
	// A full inflight stops the reader when ctx is cancelled.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.read(ctx, src, make(chan job, 3), make(chan struct{})); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestExtractStage(t *testing.T) {
	st := &stageStore{hashes: map[IRI]string{}}
	ex := ExtractorFunc{Step: "x/v1", Fn: func(ctx context.Context, doc Doc) (*Extraction, error) {
		if doc.Text == "bad" {
			return nil, errors.New("cannot")
		}
		return &Extraction{}, nil
	}}
	same := Doc{ID: "same", Text: "unchanged"}
	st.hashes[same.IRI()] = ContentHash(same, "x/v1")
	p := &pipeline{ex: ex, step: "x/v1", opts: Options{Workers: 3}.withDefaults()}
	jobs := make(chan job, 4)
	for i, d := range []Doc{{ID: "new", Text: "text"}, same, {ID: "bad", Source: "bad.txt", Text: "bad"}} {
		jobs <- job{seq: i, doc: d}
	}
	jobs <- job{seq: 3, err: errors.New("unreadable")}
	close(jobs)
	got := map[int]result{}
	for r := range p.extractAll(context.Background(), st, jobs) {
		got[r.seq] = r
	}
	var de *DocError
	switch {
	case len(got) != 4:
		t.Fatalf("got %d results, want 4", len(got))
	case got[0].err != nil || !got[0].isNew || got[0].unchanged || got[0].hash == "":
		t.Errorf("new document: got %+v", got[0])
	case !got[1].unchanged || got[1].ex != nil:
		t.Errorf("unchanged document: got %+v", got[1])
	case !errors.As(got[2].err, &de) || de.Step != "x/v1" || de.Source != "bad.txt":
		t.Errorf("failed document: got %v", got[2].err)
	case got[3].err == nil || got[3].ex != nil:
		t.Errorf("unread document: got %+v", got[3])
	}
}

func TestOrderStage(t *testing.T) {
	o := orderer{waiting: map[int]result{}}
	var got []int
	for _, seq := range rand.Perm(50) {
		for _, r := range o.add(result{seq: seq}) {
			got = append(got, r.seq)
		}
	}
	want := make([]int, 50)
	for i := range want {
		want[i] = i
	}
	if !slices.Equal(got, want) || len(o.waiting) != 0 {
		t.Errorf("got %v, want 0..49 in order", got)
	}
}

func TestResolveStage(t *testing.T) {
	res := resolverFunc(func(ents []Entity) ([]IRI, error) {
		out := make([]IRI, len(ents))
		for i, e := range ents {
			out[i] = IRI(EntityNS + Slug(e.Name))
		}
		return out, nil
	})
	p := &pipeline{res: res, step: "x/v1", sources: map[string]string{}, opts: Options{}.withDefaults()}
	doc := Doc{ID: "a", Source: "a.txt", Text: "Ann"}
	ex := &limitedExtraction{Extraction: Extraction{Entities: []Entity{{Key: "e", Name: "Ann", Type: Person, Mentions: []Mention{{Span: Span{0, 3}}}}}}}
	dq, err := p.resolve(context.Background(), result{doc: doc, ex: ex, hash: "h", isNew: true})
	if err != nil || dq.Doc != doc.IRI() || dq.Hash != "h" || !dq.New || len(dq.Quads) == 0 {
		t.Fatalf("got %+v, %v", dq, err)
	}
	var de *DocError
	again := Doc{ID: "a", Source: "b.csv:3", Text: "Ann"}
	if _, err := p.resolve(context.Background(), result{doc: again, ex: ex}); !errors.As(err, &de) || de.Step != "read" || de.Source != "b.csv:3" {
		t.Errorf("duplicate ID: got %v", err)
	}
	if _, err := p.resolve(context.Background(), result{doc: Doc{ID: "c", Source: "c.txt"}, err: context.Canceled}); !errors.As(err, &de) || de.Step != "extract" || !errors.Is(err, context.Canceled) {
		t.Errorf("failed extraction: got %v", err)
	}
	if dq, err := p.resolve(context.Background(), result{doc: Doc{ID: "d"}, unchanged: true}); err != nil || dq.Quads != nil {
		t.Errorf("unchanged document: got %+v, %v", dq, err)
	}
}

func TestWriteStage(t *testing.T) {
	docs := func(n, quads int, isNew bool) []DocQuads {
		var out []DocQuads
		for i := range n {
			out = append(out, DocQuads{Doc: IRI(fmt.Sprintf("urn:d%d-%v", i, isNew)), Quads: make([]quad.Quad, quads), New: isNew})
		}
		return out
	}
	t.Run("batches", func(t *testing.T) {
		st := &stageStore{}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		w := newWriter(ctx, cancel, st, Options{BatchQuads: 10, NewBatchQuads: 30})
		for _, d := range slices.Concat(docs(7, 5, true), docs(5, 4, false), docs(1, 5, true)) {
			if err := w.add(d); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.flush(); err != nil {
			t.Fatal(err)
		}
		if err := w.close(); err != nil {
			t.Fatal(err)
		}
		// New: 6 (30 quads), then 1 cut by the changed ones; changed: 3
		// (12 quads), 2; new: 1.
		if want := []int{6, 1, 3, 2, 1}; !slices.Equal(st.batches, want) {
			t.Errorf("got batches of %v documents, want %v", st.batches, want)
		}
		if added, _, stored := w.totals(); added != 60 || stored != 13 {
			t.Errorf("got %d added, %d stored", added, stored)
		}
	})
	t.Run("failure", func(t *testing.T) {
		st := &stageStore{failAt: 2}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		w := newWriter(ctx, cancel, st, Options{BatchQuads: 10, NewBatchQuads: 10})
		var err error
		for _, d := range docs(20, 10, true) {
			if err = w.add(d); err != nil {
				break
			}
		}
		if cerr := w.close(); !errors.Is(cerr, errDiskFull) || ctx.Err() == nil {
			t.Errorf("got %v (add: %v), want the store's error and the build cancelled", cerr, err)
		}
		if _, _, stored := w.totals(); stored != 1 {
			t.Errorf("got %d documents stored, want the first batch's", stored)
		}
	})
}

var errDiskFull = errors.New("disk full")

// stageStore records the batches written to it.
type stageStore struct {
	hashes  map[IRI]string
	batches []int // documents per batch
	failAt  int   // fail the Nth update (1-based)
}

func (s *stageStore) DocumentHash(_ context.Context, doc IRI) (string, error) {
	return s.hashes[doc], nil
}

func (s *stageStore) Update(_ context.Context, docs []DocQuads) (Changes, error) {
	if len(s.batches)+1 == s.failAt {
		return Changes{}, errDiskFull
	}
	s.batches = append(s.batches, len(docs))
	n := 0
	for _, d := range docs {
		n += len(d.Quads)
	}
	return Changes{Added: n}, nil
}

type resolverFunc func([]Entity) ([]IRI, error)

func (f resolverFunc) Resolve(_ context.Context, _ Doc, ents []Entity) ([]IRI, error) { return f(ents) }
