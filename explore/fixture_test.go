package explore

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// The fixture: four short articles written for these tests, in which the
// same two people meet twice, a union accepts, rejects and does not
// accept one proposal in three documents, one person is expected to
// travel, and one is quoted.

type fixtureEntity struct {
	key, name string
	typ       newsgraph.EntityType
	aliases   []string
	mentions  []string // surface forms, each found in the text
}

type fixtureFact struct {
	s, pred, o string
	sentence   string // the evidence sentence
	words      string // the part that states the fact
	negated    bool
	modality   newsgraph.Modality
}

type fixtureDoc struct {
	id, title, date, text string
	ents                  []fixtureEntity
	facts                 []fixtureFact
}

var fixtureDocs = []fixtureDoc{
	{id: "a", title: "Talks in Oslo", date: "2024-05-01",
		text: "Mira Solberg met Jonas Falk in Oslo on Monday.\nThe Harbour Union accepted the proposal.",
		ents: []fixtureEntity{
			{key: "mira-solberg", name: "Mira Solberg", typ: newsgraph.Person, aliases: []string{"Solberg"}, mentions: []string{"Mira Solberg"}},
			{key: "jonas-falk", name: "Jonas Falk", typ: newsgraph.Person, mentions: []string{"Jonas Falk"}},
			{key: "oslo", name: "Oslo", typ: newsgraph.Place, mentions: []string{"Oslo"}},
			{key: "harbour-union", name: "Harbour Union", typ: newsgraph.Organization, mentions: []string{"Harbour Union"}},
			{key: "proposal", name: "the proposal", typ: newsgraph.Thing, mentions: []string{"the proposal"}},
		},
		facts: []fixtureFact{
			{s: "mira-solberg", pred: newsgraph.Met, o: "jonas-falk", sentence: "Mira Solberg met Jonas Falk in Oslo on Monday.", words: "Mira Solberg met Jonas Falk"},
			{s: "mira-solberg", pred: newsgraph.Visits, o: "oslo", sentence: "Mira Solberg met Jonas Falk in Oslo on Monday.", words: "in Oslo"},
			{s: "harbour-union", pred: newsgraph.Accepted, o: "proposal", sentence: "The Harbour Union accepted the proposal.", words: "Harbour Union accepted the proposal"},
		}},
	{id: "b", title: "Second meeting", date: "2024-05-03",
		text: "Solberg met Jonas Falk again. The Harbour Union rejected the proposal, its chair said.",
		ents: []fixtureEntity{
			{key: "mira-solberg", name: "Solberg", typ: newsgraph.Person, mentions: []string{"Solberg"}},
			{key: "jonas-falk", name: "Jonas Falk", typ: newsgraph.Person, aliases: []string{"Falk"}, mentions: []string{"Jonas Falk"}},
			{key: "harbour-union", name: "Harbour Union", typ: newsgraph.Organization, mentions: []string{"Harbour Union"}},
			{key: "proposal", name: "the proposal", typ: newsgraph.Thing, mentions: []string{"the proposal"}},
		},
		facts: []fixtureFact{
			{s: "mira-solberg", pred: newsgraph.Met, o: "jonas-falk", sentence: "Solberg met Jonas Falk again.", words: "Solberg met Jonas Falk"},
			{s: "harbour-union", pred: newsgraph.Rejected, o: "proposal", sentence: "The Harbour Union rejected the proposal, its chair said.", words: "Harbour Union rejected the proposal"},
		}},
	{id: "c", title: "Union says no", date: "2024-06-10T08:00:00Z",
		text: "The Harbour Union did not accept the proposal. \"We stay on strike,\" Falk said.",
		ents: []fixtureEntity{
			{key: "harbour-union", name: "Harbour Union", typ: newsgraph.Organization, mentions: []string{"Harbour Union"}},
			{key: "proposal", name: "the proposal", typ: newsgraph.Thing, mentions: []string{"the proposal"}},
			{key: "jonas-falk", name: "Falk", typ: newsgraph.Person, mentions: []string{"Falk"}},
			{key: "q", name: "We stay on strike,", typ: newsgraph.Quote, mentions: []string{"We stay on strike,"}},
		},
		facts: []fixtureFact{
			{s: "harbour-union", pred: newsgraph.Accepted, o: "proposal", sentence: "The Harbour Union did not accept the proposal.", words: "Harbour Union did not accept the proposal", negated: true},
			{s: "jonas-falk", pred: newsgraph.Said, o: "q", sentence: "\"We stay on strike,\" Falk said.", words: "\"We stay on strike,\" Falk said"},
		}},
	{id: "d", title: "Travel plans",
		text: "Mira Solberg is expected to visit Bergen. Åsa Lind will join her.",
		ents: []fixtureEntity{
			{key: "mira-solberg", name: "Mira Solberg", typ: newsgraph.Person, mentions: []string{"Mira Solberg", "her"}},
			{key: "bergen", name: "Bergen", typ: newsgraph.Place, mentions: []string{"Bergen"}},
			{key: "asa-lind", name: "Åsa Lind", typ: newsgraph.Person, mentions: []string{"Åsa Lind"}},
		},
		facts: []fixtureFact{
			{s: "mira-solberg", pred: newsgraph.Visits, o: "bergen", sentence: "Mira Solberg is expected to visit Bergen.", words: "expected to visit Bergen", modality: newsgraph.Expected},
		}},
}

// span returns the span of the first occurrence of s in text after from.
func span(t testing.TB, text, s string, from int) newsgraph.Span {
	t.Helper()
	i := strings.Index(text[from:], s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, text)
	}
	return newsgraph.Span{Start: from + i, End: from + i + len(s)}
}

// fixtureQuads returns the quads and texts of the fixture, as a build
// writes them.
func fixtureQuads(t testing.TB) ([]quad.Quad, map[newsgraph.IRI]newsgraph.DocText) {
	var all []quad.Quad
	texts := map[newsgraph.IRI]newsgraph.DocText{}
	for _, fd := range fixtureDocs {
		doc := newsgraph.Doc{ID: fd.id, Source: fd.id + ".txt", Title: fd.title, Text: fd.text}
		if fd.date != "" {
			d, err := time.Parse(time.RFC3339, fd.date)
			if err != nil {
				d, err = time.Parse("2006-01-02", fd.date)
			}
			if err != nil {
				t.Fatal(err)
			}
			doc.Published = d
		}
		ex := &newsgraph.Extraction{}
		var iris []newsgraph.IRI
		for _, fe := range fd.ents {
			e := newsgraph.Entity{Key: fe.key, Name: fe.name, Type: fe.typ, Aliases: fe.aliases}
			for _, m := range fe.mentions {
				e.Mentions = append(e.Mentions, newsgraph.Mention{Span: span(t, fd.text, m, 0), Text: m})
			}
			ex.Entities = append(ex.Entities, e)
			iri := newsgraph.IRI(newsgraph.EntityNS + fe.key)
			if fe.typ == newsgraph.Quote {
				iri = newsgraph.QuoteIRI(doc, e.Mentions[0].Span)
			}
			iris = append(iris, iri)
		}
		for _, ff := range fd.facts {
			ev := span(t, fd.text, ff.sentence, 0)
			ex.Facts = append(ex.Facts, newsgraph.Fact{Subject: ff.s, Predicate: ff.pred, Object: ff.o, Raw: ff.pred, Evidence: ev,
				Span: span(t, fd.text, ff.words, ev.Start), Negated: ff.negated, Modality: ff.modality, Confidence: 0.8})
		}
		qs, err := newsgraph.Quads(doc, "test/v1", ex, iris)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, qs...)
		texts[doc.IRI()] = *newsgraph.NewDocText(doc, ex, iris)
	}
	return all, texts
}

// memReader is a newsgraph.QuadReader (and TextReader) over a slice.
type memReader struct {
	quads []quad.Quad
	texts map[newsgraph.IRI]newsgraph.DocText
	// block, when set, makes Each wait until it is closed.
	block chan struct{}
	// panicText makes DocumentText panic.
	panicText bool
}

func (m *memReader) Each(ctx context.Context, fn func(quad.Quad) error) error {
	if m.block != nil {
		select {
		case <-m.block:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, q := range m.quads {
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

func (m *memReader) Find(ctx context.Context, d quad.Direction, vals []quad.Value, fn func(quad.Quad) error) error {
	for _, q := range m.quads {
		if slices.Contains(vals, q.Get(d)) {
			if err := fn(q); err != nil {
				return err
			}
		}
	}
	return nil
}

func (m *memReader) DocumentText(ctx context.Context, doc newsgraph.IRI) (newsgraph.DocText, bool, error) {
	if m.panicText {
		panic("a damaged text")
	}
	t, ok := m.texts[doc]
	return t, ok, nil
}

// plainReader hides DocumentText: a store that keeps no texts.
type plainReader struct{ r *memReader }

func (p plainReader) Each(ctx context.Context, fn func(quad.Quad) error) error {
	return p.r.Each(ctx, fn)
}
func (p plainReader) Find(ctx context.Context, d quad.Direction, vals []quad.Value, fn func(quad.Quad) error) error {
	return p.r.Find(ctx, d, vals, fn)
}

var fixtureOnce struct {
	sync.Once
	quads []quad.Quad
	texts map[newsgraph.IRI]newsgraph.DocText
}

func fixtureReader(t testing.TB) *memReader {
	fixtureOnce.Do(func() { fixtureOnce.quads, fixtureOnce.texts = fixtureQuads(t) })
	return &memReader{quads: fixtureOnce.quads, texts: fixtureOnce.texts}
}

// newTestServer returns a server of the explorer over r, loaded.
func newTestServer(t testing.TB, r newsgraph.QuadReader) *httptest.Server {
	t.Helper()
	e := New(r, Options{})
	if err := e.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(SecurityHeaders(e.Handler()))
	t.Cleanup(srv.Close)
	return srv
}

// getJSON gets path from srv and decodes the answer into v (when not
// nil); it returns the status.
func getJSON(t testing.TB, srv *httptest.Server, path string, v any) int {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q", path, ct)
	}
	var raw json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&raw); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	if v != nil {
		if err := json.Unmarshal(raw, v); err != nil {
			t.Fatalf("GET %s: %v\n%s", path, err, raw)
		}
	}
	return resp.StatusCode
}
