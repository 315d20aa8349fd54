package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"

	"github.com/boltdb/bolt"

	"github.com/newsgraph/newsgraph"
)

// Document texts (newsgraph.DocText) live beside the graph, as content
// hashes do: in their own Bolt bucket, written and removed in the same
// transactions as the hashes, so that a document's text is there exactly
// when its hash is. A SQL store keeps them in newsgraph_docs, in the
// document's row beside its hash (writeDocRows), encoded as in Bolt; a
// Memory store keeps them in a map.

// textBucket maps each document IRI to its text and mentions, as JSON
// (storedText). Cayley reads only its own buckets.
var textBucket = []byte("newsgraph.texts")

// storedText is a DocText as stored: each mention as [start, end, entity],
// the entity an index into Entities, so that an entity mentioned often is
// stored once.
type storedText struct {
	Text     string          `json:"text"`
	Entities []newsgraph.IRI `json:"entities,omitempty"`
	Mentions [][3]int        `json:"mentions,omitempty"`
}

func encodeText(t *newsgraph.DocText) ([]byte, error) {
	st := storedText{Text: t.Text}
	index := make(map[newsgraph.IRI]int)
	for _, m := range t.Mentions {
		i, ok := index[m.Entity]
		if !ok {
			i = len(st.Entities)
			index[m.Entity] = i
			st.Entities = append(st.Entities, m.Entity)
		}
		st.Mentions = append(st.Mentions, [3]int{m.Span.Start, m.Span.End, i})
	}
	return json.Marshal(st)
}

// decodeText decodes data, the stored text of a document; where names
// the document's entry in messages (the Bolt key, the SQL row).
func decodeText(where string, data []byte) (newsgraph.DocText, error) {
	var st storedText
	if err := json.Unmarshal(data, &st); err != nil {
		return newsgraph.DocText{}, corrupt("%s: %w", where, err)
	}
	t := newsgraph.DocText{Text: st.Text, Mentions: make([]newsgraph.MentionRef, 0, len(st.Mentions))}
	for _, m := range st.Mentions {
		if m[0] < 0 || m[1] > len(st.Text) || m[0] >= m[1] || m[2] < 0 || m[2] >= len(st.Entities) {
			return newsgraph.DocText{}, corrupt("%s: mention %v outside the text or its entities", where, m)
		}
		t.Mentions = append(t.Mentions, newsgraph.MentionRef{Span: newsgraph.Span{Start: m[0], End: m[1]}, Entity: st.Entities[m[2]]})
	}
	return t, nil
}

// putTexts stores the text of every update that has quads and a text when
// write is set, and removes the text of every update otherwise or when it
// has none, in transaction tx.
func putTexts(tx *bolt.Tx, updates []newsgraph.DocQuads, write bool) error {
	tb, err := tx.CreateBucketIfNotExists(textBucket)
	if err != nil {
		return err
	}
	for _, u := range updates {
		if !write || u.Quads == nil || u.Text == nil {
			if err := tb.Delete([]byte(u.Doc)); err != nil {
				return err
			}
			continue
		}
		data, err := encodeText(u.Text)
		if err != nil {
			return fmt.Errorf("encode the text of %s: %w", u.Doc, err)
		}
		if err := tb.Put([]byte(u.Doc), data); err != nil {
			return err
		}
	}
	return nil
}

// setMemTexts is putTexts for a Memory store; s.mem must be locked.
func (s *Store) setMemTexts(updates []newsgraph.DocQuads, write bool) {
	for _, u := range updates {
		delete(s.mem.texts, u.Doc)
		if write && u.Quads != nil && u.Text != nil {
			s.mem.texts[u.Doc] = *u.Text
		}
	}
}

// DocumentText returns the text stored for doc, with its mentions; ok is
// false when the store holds none (see newsgraph.TextReader).
func (s *Store) DocumentText(ctx context.Context, doc newsgraph.IRI) (_ newsgraph.DocText, ok bool, err error) {
	defer s.guard(&err, debug.SetPanicOnFault(true))
	if err := ctx.Err(); err != nil {
		return newsgraph.DocText{}, false, err
	}
	if s.sql != nil {
		return s.sql.documentText(ctx, doc)
	}
	if s.db == nil {
		s.mem.Lock()
		defer s.mem.Unlock()
		t, ok := s.mem.texts[doc]
		return t, ok, nil
	}
	var t newsgraph.DocText
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(textBucket)
		if b == nil {
			return nil
		}
		data := b.Get([]byte(doc))
		if data == nil {
			return nil
		}
		ok = true
		t, err = decodeText(string(textBucket)+"/"+string(doc), data)
		return err
	})
	if err != nil {
		return newsgraph.DocText{}, false, fmt.Errorf("read the text of %s: %w", doc, err)
	}
	return t, ok, nil
}

var _ newsgraph.TextReader = (*Store)(nil)
