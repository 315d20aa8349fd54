package newsgraph_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestNewDocText(t *testing.T) {
	doc := newsgraph.Doc{ID: "d", Text: "Alice met Bob. Bob thanked Alice."}
	ex := &newsgraph.Extraction{Entities: []newsgraph.Entity{
		{Key: "b", Name: "Bob", Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 15, End: 18}}, {Span: newsgraph.Span{Start: 10, End: 13}}}},
		{Key: "a", Name: "Alice", Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 27, End: 32}}, {Span: newsgraph.Span{Start: 0, End: 5}},
			{Span: newsgraph.Span{Start: 0, End: 5}}, {Span: newsgraph.Span{Start: 30, End: 99}}, {Span: newsgraph.Span{Start: 3, End: 3}}}},
		{Key: "x", Name: "no IRI", Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: 1}}}},
	}}
	got := newsgraph.NewDocText(doc, ex, []newsgraph.IRI{"urn:bob", "urn:alice"})
	want := &newsgraph.DocText{Text: doc.Text, Mentions: []newsgraph.MentionRef{
		{Span: newsgraph.Span{Start: 0, End: 5}, Entity: "urn:alice"},
		{Span: newsgraph.Span{Start: 10, End: 13}, Entity: "urn:bob"},
		{Span: newsgraph.Span{Start: 15, End: 18}, Entity: "urn:bob"},
		{Span: newsgraph.Span{Start: 27, End: 32}, Entity: "urn:alice"},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// textStore is a memStore that keeps the texts Build hands it.
type textStore struct {
	*memStore
	texts map[newsgraph.IRI]*newsgraph.DocText
}

func (s *textStore) Update(ctx context.Context, docs []newsgraph.DocQuads) (newsgraph.Changes, error) {
	for _, d := range docs {
		s.texts[d.Doc] = d.Text
	}
	return s.memStore.Update(ctx, docs)
}

func TestBuildHandsTexts(t *testing.T) {
	st := &textStore{memStore: newMemStore(), texts: map[newsgraph.IRI]*newsgraph.DocText{}}
	docs := corpus(3)
	if _, err := newsgraph.Build(context.Background(), sliceSource(docs), wordExtractor, slugResolver{}, st, newsgraph.Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		got := st.texts[d.IRI()]
		if got == nil || got.Text != d.Text {
			t.Fatalf("%s: got text %+v, want the document's text", d.ID, got)
		}
		// "Alice met Bob0 and Carol on day 0.": three capitalised words.
		if len(got.Mentions) != 3 || got.Mentions[0].Entity != newsgraph.IRI(newsgraph.EntityNS+"alice") || got.Mentions[0].Span != (newsgraph.Span{Start: 0, End: 5}) {
			t.Errorf("%s: mentions %+v", d.ID, got.Mentions)
		}
	}
}
