package exptest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
)

// Write writes qs with a new writer and closes it, failing the test on
// error.
func Write(t testing.TB, newWriter func(io.Writer) quad.WriteCloser, qs []quad.Quad) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := newWriter(&buf)
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatalf("write quads: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	return buf.Bytes()
}

// TestWriteErrors checks, in the manner of go/printer's TestWriteErrors,
// that a writer whose output fails after n bytes (for several n) returns
// the failure, makes no further writes, and returns the same error again
// from later writes and Close.
func TestWriteErrors(t *testing.T, newWriter func(io.Writer) quad.WriteCloser, qs []quad.Quad) {
	full := Write(t, newWriter, qs)
	boom := errors.New("boom")
	for _, n := range []int{0, 1, 10, len(full) / 3, len(full) / 2, len(full) - 1} {
		if n < 0 || n >= len(full) {
			continue
		}
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			fw := &FailWriter{N: n, Err: boom}
			w := newWriter(fw)
			_, err := w.WriteQuads(qs)
			if err == nil {
				err = w.Close()
			}
			if !errors.Is(err, boom) {
				t.Fatalf("got error %v, want %v", err, boom)
			}
			if _, err := w.WriteQuads(qs); !errors.Is(err, boom) {
				t.Errorf("write after the failure: got %v, want %v", err, boom)
			}
			if err := w.Close(); !errors.Is(err, boom) {
				t.Errorf("Close after the failure: got %v, want %v", err, boom)
			}
			if fw.Writes != 0 {
				t.Errorf("got %d writes after the failure, want 0", fw.Writes)
			}
		})
	}
}

// FuzzQuads returns the quads of a small document whose names, alias,
// quote and role are the fuzzer's strings, as newsgraph.Quads writes them;
// ok is false when Quads rejects the input.
func FuzzQuads(name, alias, quote, role string) (qs []quad.Quad, ok bool) {
	doc := ng.Doc{ID: "f/" + alias, Title: quote, Text: "Some text here. More text."}
	ex := &ng.Extraction{
		Entities: []ng.Entity{
			{Key: "a", Name: name, Type: ng.Person, Aliases: []string{alias}, Roles: []string{role}},
			{Key: "b", Name: alias, Type: ng.Organization},
			{Key: "q", Name: quote, Type: ng.Quote, Mentions: []ng.Mention{{Span: ng.Span{Start: 0, End: 4}}}},
		},
		Facts: []ng.Fact{
			{Subject: "a", Predicate: "met", Object: "b", Raw: role, Evidence: ng.Span{Start: 0, End: 15}, Confidence: 0.5},
			{Subject: "a", Predicate: "said", Object: "q", Evidence: ng.Span{Start: 16, End: 26}, Modality: ng.Reported},
		},
	}
	iris := []ng.IRI{ng.IRI(ng.EntityNS + ng.Slug(name)), ng.IRI(ng.EntityNS + "org/" + ng.Slug(alias)), ng.QuoteIRI(doc, ng.Span{Start: 0, End: 4})}
	qs, err := ng.Quads(doc, "fuzz/v1", ex, iris)
	if err != nil {
		return nil, false
	}
	return qs, true
}

// FuzzSeeds are seed inputs for FuzzQuads.
var FuzzSeeds = [][4]string{
	{"Antony Blinken", "Blinken", "said \"hi\"", "US <Secretary> & \\ State"},
	{"\x00\x01\ufffe", "\xff\xfe", "]]>", "\r\n\t"},
	{"", "  ", "|", "😀 Zürich"},
	{"}]\"", "\\", "</script><!--", "{\"@id\": \"x\"}"},
	{"n0", "->", "digraph { a -> b }", "\\N \\G \\\""},
}
