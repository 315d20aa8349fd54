package newsgraph

import (
	"cmp"
	"context"
	"slices"
)

// A DocText is a document's text as a build read it, with the spans of the
// entity mentions its extractor found. The graph holds only the evidence
// sentences of facts; a store keeps the whole text beside the graph, as it
// keeps content hashes, for readers that show articles (the web
// explorer's document page), so that exports and queries see the graph
// alone.
type DocText struct {
	Text string
	// Mentions are the mentions of the document's entities and
	// quotations, sorted by span.
	Mentions []MentionRef
}

// A MentionRef is one mention of an entity in a document's text.
type MentionRef struct {
	Span   Span
	Entity IRI
}

// A TextReader is a store that keeps document texts (see DocQuads.Text).
type TextReader interface {
	// DocumentText returns the text stored for doc; ok is false when the
	// store holds none: the document is unknown, or its quads were
	// written without a text (by `import`, or by a build that predates
	// texts).
	DocumentText(ctx context.Context, doc IRI) (t DocText, ok bool, err error)
}

// NewDocText returns the text of doc with the mentions of the entities of
// ex, whose IRIs are iris (iris[i] for ex.Entities[i]). Mentions outside
// the text are left out.
func NewDocText(doc Doc, ex *Extraction, iris []IRI) *DocText {
	t := &DocText{Text: doc.Text}
	for i, e := range ex.Entities {
		if i >= len(iris) {
			break
		}
		for _, m := range e.Mentions {
			if m.Span.Start < 0 || m.Span.End > len(doc.Text) || m.Span.Start >= m.Span.End {
				continue
			}
			t.Mentions = append(t.Mentions, MentionRef{Span: m.Span, Entity: iris[i]})
		}
	}
	slices.SortFunc(t.Mentions, func(a, b MentionRef) int {
		return cmp.Or(cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(a.Span.End, b.Span.End), cmp.Compare(a.Entity, b.Entity))
	})
	t.Mentions = slices.Compact(t.Mentions)
	return t
}
