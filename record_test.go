package newsgraph

import (
	"errors"
	"testing"
	"time"
)

func testRecord(t testing.TB) Record {
	doc := Doc{ID: "a/b", Source: "a/b.txt", Title: "T", Published: time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC),
		Text: "Anna Berg met Carl Holm in Oslo."}
	x := &limitedExtraction{Extraction: Extraction{
		Entities: []Entity{{Key: "e1", Name: "Anna Berg", Type: Person, Mentions: []Mention{{Span: Span{0, 9}, Text: "Anna Berg"}}},
			{Key: "e2", Name: "Carl Holm", Type: Person, Mentions: []Mention{{Span: Span{14, 23}, Text: "Carl Holm"}}}},
		Facts: []Fact{{Subject: "e1", Object: "e2", Predicate: Met, Evidence: Span{0, 32}}},
	}}
	r, err := newRecord(doc, "x/v1", ContentHash(doc, "x/v1"), x)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestRecordRoundTrip decodes what newRecord encodes.
func TestRecordRoundTrip(t *testing.T) {
	r := testRecord(t)
	if err := r.Check(); err != nil {
		t.Fatal(err)
	}
	doc, step, x, err := r.extraction()
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "Anna Berg met Carl Holm in Oslo." || step != "x/v1" || len(x.Entities) != 2 || len(x.Facts) != 1 || !doc.Published.Equal(time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("got %+v %q %+v", doc, step, x)
	}
	if r.Key != "2024-06-10 a/b" {
		t.Errorf("key %q", r.Key)
	}
	// A record with another document's head, or whose data changed, is
	// refused.
	other := r
	other.Doc = Doc{ID: "c"}.IRI()
	if err := other.Check(); !errors.Is(err, ErrRecord) {
		t.Errorf("another document's record: got %v", err)
	}
	changed := r
	changed.Sum = "00"
	if err := changed.Check(); !errors.Is(err, ErrRecord) {
		t.Errorf("changed record: got %v", err)
	}
}

// FuzzRecord decodes arbitrary bytes as a record's parts: an error wrapping
// ErrRecord, never a panic.
func FuzzRecord(f *testing.F) {
	r := testRecord(f)
	f.Add(r.Head, r.Body)
	f.Add([]byte{1}, []byte{})
	f.Add([]byte{}, []byte{2, 3})
	f.Fuzz(func(t *testing.T, head, body []byte) {
		rec := Record{Doc: r.Doc, Head: head, Body: body, Sum: r.Sum}
		if err := rec.Check(); err != nil && !errors.Is(err, ErrRecord) {
			t.Fatalf("got %v, want ErrRecord", err)
		}
	})
}
