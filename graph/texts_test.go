package graph

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/boltdb/bolt"

	"github.com/newsgraph/newsgraph"
)

func textOf(doc newsgraph.Doc, iri newsgraph.IRI, spans ...newsgraph.Span) *newsgraph.DocText {
	t := &newsgraph.DocText{Text: doc.Text}
	for _, sp := range spans {
		t.Mentions = append(t.Mentions, newsgraph.MentionRef{Span: sp, Entity: iri})
	}
	return t
}

// TestDocumentText checks that a document's text is stored with its quads
// by both write paths (new documents through the bulk loader or COPY,
// changed ones through Cayley's writer or the careful SQL path), replaced
// with them, and removed with them, in every backend.
func TestDocumentText(t *testing.T) {
	for _, backend := range []string{Bolt, Memory, Postgres, Cockroach} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			s := openTemp(t, backend)
			d1, q1 := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
			alice := newsgraph.IRI(newsgraph.EntityNS + "alice-smith")
			want := textOf(d1, alice, newsgraph.Span{Start: 0, End: 11})
			if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d1.IRI(), Quads: q1, Hash: testHash(d1), New: true, Text: want}}); err != nil {
				t.Fatal(err)
			}
			check := func(wantOK bool, want *newsgraph.DocText) {
				t.Helper()
				got, ok, err := s.DocumentText(ctx, d1.IRI())
				if err != nil || ok != wantOK {
					t.Fatalf("DocumentText: ok %v, err %v; want ok %v", ok, err, wantOK)
				}
				if ok && !reflect.DeepEqual(got, *want) {
					t.Errorf("DocumentText: got %+v, want %+v", got, *want)
				}
			}
			check(true, want)

			// An edited document replaces its text.
			d2, q2 := docQuads(t, "one", "Alice Smith met Carol White.", "Alice Smith", "Carol White")
			carol := newsgraph.IRI(newsgraph.EntityNS + "carol-white")
			want2 := textOf(d2, carol, newsgraph.Span{Start: 16, End: 27})
			want2.Mentions = append([]newsgraph.MentionRef{{Span: newsgraph.Span{Start: 0, End: 11}, Entity: alice}}, want2.Mentions...)
			if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d2.IRI(), Quads: q2, Hash: testHash(d2), Text: want2}}); err != nil {
				t.Fatal(err)
			}
			check(true, want2)

			// Quads without a text (an import) leave none behind.
			if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d2.IRI(), Quads: q1, Hash: testHash(d1)}}); err != nil {
				t.Fatal(err)
			}
			check(false, nil)
			if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d2.IRI(), Quads: q2, Hash: testHash(d2), Text: want2}}); err != nil {
				t.Fatal(err)
			}
			check(true, want2)

			// A removed document has no text.
			if _, err := s.Update(ctx, []newsgraph.DocQuads{{Doc: d2.IRI()}}); err != nil {
				t.Fatal(err)
			}
			check(false, nil)
			if _, ok, err := s.DocumentText(ctx, "https://example.org/unknown"); ok || err != nil {
				t.Errorf("unknown document: ok %v, err %v", ok, err)
			}
		})
	}
}

// TestDocumentTextDamaged checks that a stored text that cannot be decoded
// is reported as damage, naming the document, by DocumentText and, in a
// SQL store, by its check.
func TestDocumentTextDamaged(t *testing.T) {
	ctx := context.Background()
	const doc = "urn:doc:damaged"
	for _, backend := range []string{Bolt, Postgres} {
		for name, data := range map[string]string{
			"not json":        "{",
			"mention outside": `{"text":"abc","entities":["x"],"mentions":[[1,9,0]]}`,
			"no such entity":  `{"text":"abc","entities":["x"],"mentions":[[0,1,3]]}`,
		} {
			t.Run(backend+"/"+name, func(t *testing.T) {
				s := openTemp(t, backend)
				var err error
				if backend == Bolt {
					err = s.db.Update(func(tx *bolt.Tx) error {
						b, err := tx.CreateBucketIfNotExists(textBucket)
						if err != nil {
							return err
						}
						return b.Put([]byte(doc), []byte(data))
					})
				} else {
					_, err = s.sql.pool.Exec(ctx, `INSERT INTO newsgraph_docs (doc, graph_hash, doc_text) VALUES ($1, 'h', $2)`, doc, []byte(data))
				}
				if err != nil {
					t.Fatal(err)
				}
				_, _, err = s.DocumentText(ctx, doc)
				var de *DamagedError
				if !errors.As(err, &de) || !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), doc) {
					t.Errorf("got %v, want a DamagedError naming %s", err, doc)
				}
				if backend == Postgres {
					_, err := s.checkSQL(ctx)
					if !errors.As(err, &de) || !strings.Contains(err.Error(), "doc_text of "+doc) {
						t.Errorf("check: got %v, want a DamagedError naming %s", err, doc)
					}
				}
			})
		}
	}
}

// FuzzDecodeText decodes arbitrary bytes as a stored text (a damaged Bolt
// value or SQL column): no panic, an error that is damage naming the
// document, and a text that decodes has its mentions inside it and its
// entities, and stores and decodes again to itself.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte(`{"text":"Alice met Bob.","entities":["urn:a","urn:b"],"mentions":[[0,5,0],[10,13,1]]}`))
	f.Add([]byte(`{"text":"abc","entities":["x"],"mentions":[[1,9,0]]}`))
	f.Add([]byte(`{"text":"abc","mentions":[[0,1,-1]]}`))
	f.Add([]byte(`{`))
	f.Fuzz(func(t *testing.T, data []byte) {
		const where = "newsgraph_docs.doc_text of urn:doc"
		got, err := decodeText(where, data)
		if err != nil {
			var ce corruptError
			if !errors.As(err, &ce) || !strings.HasPrefix(err.Error(), where+": ") {
				t.Fatalf("got %v, want damage naming the document", err)
			}
			return
		}
		for _, m := range got.Mentions {
			if m.Span.Start < 0 || m.Span.End > len(got.Text) || m.Span.Start >= m.Span.End {
				t.Fatalf("mention %+v outside a text of %d bytes", m, len(got.Text))
			}
		}
		enc, err := encodeText(&got)
		if err != nil {
			t.Fatal(err)
		}
		again, err := decodeText(where, enc)
		if err != nil {
			t.Fatalf("stored again: %v", err)
		}
		if got.Text != again.Text || !slices.Equal(got.Mentions, again.Mentions) {
			t.Fatalf("stored again: got %+v, want %+v", again, got)
		}
	})
}
