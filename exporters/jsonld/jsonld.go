// Package jsonld writes newsgraph quads as JSON-LD, in two modes.
//
// By default it writes the whole dataset: a JSON-LD document with a compact
// @context (prefixes schema:, prov:, ng: for https://w3id.org/newsgraph/vocab#,
// rdf:, rdfs:, xsd:) whose top-level @graph holds one named graph per quad
// label: {"@id": <label>, "@graph": [node objects]}. Each fact quad lives
// in the graph of its evidence label, so the same triple stated by two
// sentences appears in two named graphs and nothing of the label is lost;
// the provenance labels and fact statements live in the graph
// <urn:newsgraph:graph:provenance>. Entities are node objects with @type
// schema:Person, schema:Organization, … and schema:name /
// schema:alternateName. IRIs are absolute, literals keep their lexical form
// and datatype ({"@value", "@type"}), so a JSON-LD processor's toRDF gives
// back exactly the quads written (blank node names aside). The writer does
// not use quad's jsonld writer: that one compacts through json-gold, which
// is slow on large graphs, needs the whole dataset as one tree and orders
// nothing; this one sorts the quads and writes them with a fixed context.
// An IRI the context would misread (a relative IRI, or one whose scheme is
// one of the prefixes, such as "ng:x") is an error wrapping
// ErrUnrepresentable.
//
// With the Article option set to a document ID it writes instead the schema.org
// markup of that article for embedding in its web page: a
// <script type="application/ld+json"> element holding a NewsArticle with
// headline, datePublished and url when known, the article's main entities
// (the three it mentions most) under about, the others under mentions,
// and its quotations as Quotation parts (hasPart) with text and, when the
// speaker is known, spokenByCharacter and creator.
package jsonld

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/internal/wutil"
	"github.com/newsgraph/newsgraph/exporters/model"
)

func init() {
	exporters.Register(exporters.Format{
		Name:        "jsonld",
		Ext:         []string{".jsonld"},
		Description: "JSON-LD dataset with one named graph per provenance label; --article ID writes the schema.org snippet of one article",
		Options:     []exporters.Option{Article},
		NewWriter:   func(w io.Writer, opt exporters.Options) quad.WriteCloser { return NewWriter(w, opt) },
	})
}

// ErrUnrepresentable is returned (wrapped) for an IRI that JSON-LD with
// this writer's context would read back as a different IRI.
var ErrUnrepresentable = errors.New("IRI not representable in JSON-LD")

// Prefixes are the @context prefixes of the dataset mode.
var Prefixes = []struct{ Prefix, NS string }{
	{"ng", ng.VocabNS},
	{"prov", ng.PROVNS},
	{"rdf", ng.RDFNS},
	{"rdfs", ng.RDFSNS},
	{"schema", ng.SchemaNS},
	{"xsd", ng.XSDNS},
}

// Article, when set to a document ID, writes the schema.org snippet of
// that article (a <script type="application/ld+json"> element) instead of
// the whole graph.
var Article = exporters.Option{Name: "article", Usage: "write the schema.org snippet for the article with this document ID", Default: ""}

// A Writer writes JSON-LD. Quads are buffered until Close, which writes
// them (sorted) and the footer; it does not close the underlying writer.
// The first error is sticky.
type Writer struct {
	c         *wutil.Collector
	opt       exporters.Options
	articleID string // the Article option
	quads     []quad.Quad
}

var _ quad.WriteCloser = (*Writer)(nil)

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer, opt exporters.Options) *Writer {
	c := wutil.NewCollector(w)
	article := opt.String(Article)
	c.NoModel = article == "" && opt.Filter.IsZero()
	return &Writer{c: c, opt: opt, articleID: article}
}

// WriteQuad adds one quad.
func (w *Writer) WriteQuad(q quad.Quad) error {
	if err := w.c.Add(q, w.header); err != nil {
		return err
	}
	if w.articleID == "" {
		w.quads = append(w.quads, q)
	}
	return nil
}

// WriteQuads adds quads; it returns quad.ErrInvalid for a quad without
// subject, predicate or object.
func (w *Writer) WriteQuads(qs []quad.Quad) (int, error) {
	n, err := w.c.Write(qs, w.header)
	if w.articleID == "" {
		w.quads = append(w.quads, qs[:n]...)
	}
	return n, err
}

func (w *Writer) header() {
	if w.articleID != "" {
		w.c.Out.WriteString(`<script type="application/ld+json">` + "\n")
		return
	}
	w.c.Out.WriteString("{\n  \"@context\": {\n")
	for i, p := range Prefixes {
		sep := ","
		if i == len(Prefixes)-1 {
			sep = ""
		}
		fmt.Fprintf(w.c.Out, "    %s: %s%s\n", jsonString(p.Prefix), jsonString(p.NS), sep)
	}
	w.c.Out.WriteString("  },\n  \"@graph\": [")
}

// Close writes the document.
func (w *Writer) Close() error {
	return w.c.Finish(w.header, func() error {
		if err := w.opt.Validate(Article); err != nil {
			return fmt.Errorf("write jsonld: %w", err)
		}
		if w.articleID != "" {
			if err := w.article(); err != nil {
				return fmt.Errorf("write jsonld article %q: %w", w.articleID, err)
			}
			w.c.Out.WriteString("</script>\n")
			return nil
		}
		if err := w.dataset(); err != nil {
			return fmt.Errorf("write jsonld: %w", err)
		}
		return nil
	})
}

// ---------------------------------------------------------------------------
// dataset mode

type item struct {
	g, s, p string // graph ("" for the default graph), subject, predicate keys
	q       quad.Quad
}

func (w *Writer) dataset() error {
	qs := w.quads
	w.quads = nil
	if !w.opt.Filter.IsZero() {
		g, err := w.c.B.Graph(w.opt.Filter)
		if err != nil {
			return err
		}
		kept := qs[:0]
		for _, q := range qs {
			if g.KeepQuad(q) {
				kept = append(kept, q)
			}
		}
		qs = kept
	}
	items := make([]item, 0, len(qs))
	for _, q := range qs {
		it := item{q: q}
		var err error
		if q.Label != nil {
			if it.g, err = nodeID(q.Label); err != nil {
				return err
			}
		}
		if it.s, err = nodeID(q.Subject); err != nil {
			return err
		}
		if it.p, err = propKey(q.Predicate); err != nil {
			return err
		}
		if _, lit := q.Object.(quad.IRI); it.p == "@type" && !lit {
			if _, bn := q.Object.(quad.BNode); !bn {
				it.p = "rdf:type" // a literal cannot go under @type
			}
		}
		items = append(items, it)
	}
	vals := make([]string, len(items))
	for i := range items {
		v, err := value(items[i].q.Object, items[i].p == "@type")
		if err != nil {
			return err
		}
		vals[i] = v
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		x, y := &items[idx[a]], &items[idx[b]]
		if x.g != y.g {
			return x.g < y.g
		}
		if x.s != y.s {
			return x.s < y.s
		}
		if x.p != y.p {
			return x.p < y.p
		}
		return vals[idx[a]] < vals[idx[b]]
	})

	out := w.c.Out
	firstTop := true
	top := func() {
		if !firstTop {
			out.WriteString(",")
		}
		firstTop = false
		out.WriteString("\n    ")
	}
	for i := 0; i < len(idx); {
		g := items[idx[i]].g
		j := i
		for j < len(idx) && items[idx[j]].g == g {
			j++
		}
		if g == "" {
			for _, obj := range nodeObjects(items, vals, idx[i:j]) {
				top()
				out.WriteString(obj)
			}
		} else {
			top()
			out.WriteString(`{"@id": ` + jsonString(g) + `, "@graph": [`)
			for k, obj := range nodeObjects(items, vals, idx[i:j]) {
				if k > 0 {
					out.WriteString(",")
				}
				out.WriteString("\n      ")
				out.WriteString(obj)
			}
			out.WriteString("\n    ]}")
		}
		i = j
	}
	out.WriteString("\n  ]\n}\n")
	return nil
}

// nodeObjects groups sorted items by subject into JSON node objects.
func nodeObjects(items []item, vals []string, idx []int) []string {
	var out []string
	for i := 0; i < len(idx); {
		s := items[idx[i]].s
		var b strings.Builder
		b.WriteString(`{"@id": `)
		b.WriteString(jsonString(s))
		j := i
		for j < len(idx) && items[idx[j]].s == s {
			p := items[idx[j]].p
			k := j
			var vs []string
			for k < len(idx) && items[idx[k]].s == s && items[idx[k]].p == p {
				v := vals[idx[k]]
				if len(vs) == 0 || vs[len(vs)-1] != v {
					vs = append(vs, v)
				}
				k++
			}
			b.WriteString(", ")
			b.WriteString(jsonString(p))
			b.WriteString(": ")
			if len(vs) == 1 {
				b.WriteString(vs[0])
			} else {
				b.WriteString("[" + strings.Join(vs, ", ") + "]")
			}
			j = k
		}
		b.WriteString("}")
		out = append(out, b.String())
		i = j
	}
	return out
}

// compact returns iri as prefix:suffix when a prefix applies.
func compact(iri string) string {
	for _, p := range Prefixes {
		if rest, ok := strings.CutPrefix(iri, p.NS); ok && rest != "" && !strings.HasPrefix(rest, "//") {
			return p.Prefix + ":" + rest
		}
	}
	return iri
}

// checkIRI returns an error when a JSON-LD processor would not read iri
// back as itself: relative IRIs, and IRIs whose scheme is a context
// prefix or "_" and that do not continue with "//".
func checkIRI(iri string) error {
	scheme, rest, ok := strings.Cut(iri, ":")
	if !ok || scheme == "" || !validScheme(scheme) {
		return fmt.Errorf("%w: %q is not absolute", ErrUnrepresentable, iri)
	}
	if strings.HasPrefix(rest, "//") {
		return nil
	}
	if scheme == "_" {
		return fmt.Errorf("%w: %q reads as a blank node", ErrUnrepresentable, iri)
	}
	for _, p := range Prefixes {
		if scheme == p.Prefix {
			return fmt.Errorf("%w: the scheme of %q is the context prefix %q", ErrUnrepresentable, iri, p.Prefix)
		}
	}
	if !utf8.ValidString(iri) {
		return fmt.Errorf("%w: %q is not valid UTF-8", ErrUnrepresentable, iri)
	}
	return nil
}

func validScheme(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return true
}

// nodeID returns the @id of a subject or graph name.
func nodeID(v quad.Value) (string, error) {
	switch v := v.(type) {
	case quad.IRI:
		if err := checkIRI(string(v)); err != nil {
			return "", err
		}
		return string(v), nil
	case quad.BNode:
		return "_:" + string(v), nil
	}
	return "", fmt.Errorf("%w: %s cannot name a node or graph", ErrUnrepresentable, v)
}

// propKey returns the JSON key of a predicate.
func propKey(v quad.Value) (string, error) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return "", fmt.Errorf("%w: predicate %s is not an IRI", ErrUnrepresentable, v)
	}
	if iri == ng.RDFType {
		return "@type", nil
	}
	if err := checkIRI(string(iri)); err != nil {
		return "", err
	}
	return compact(string(iri)), nil
}

// value returns the JSON of an object. For @type, IRIs are plain
// (compacted) strings; a literal cannot be written under @type (callers
// use the key rdf:type for it).
func value(v quad.Value, typ bool) (string, error) {
	if ts, ok := v.(quad.TypedStringer); ok {
		v = ts.TypedString()
	}
	switch v := v.(type) {
	case quad.IRI:
		if err := checkIRI(string(v)); err != nil {
			return "", err
		}
		if typ {
			return jsonString(compact(string(v))), nil
		}
		return `{"@id": ` + jsonString(string(v)) + `}`, nil
	case quad.BNode:
		if typ {
			return jsonString("_:" + string(v)), nil
		}
		return `{"@id": ` + jsonString("_:"+string(v)) + `}`, nil
	}
	if typ {
		return "", fmt.Errorf("%w: rdf:type with the literal object %s", ErrUnrepresentable, v)
	}
	switch v := v.(type) {
	case quad.String:
		return jsonString(string(v)), nil
	case quad.LangString:
		return `{"@value": ` + jsonString(string(v.Value)) + `, "@language": ` + jsonString(v.Lang) + `}`, nil
	case quad.TypedString:
		v.Type = v.Type.Full()
		if v.Type == "" || string(v.Type) == ng.XSDNS+"string" {
			return jsonString(string(v.Value)), nil
		}
		if err := checkIRI(string(v.Type)); err != nil {
			return "", err
		}
		return `{"@value": ` + jsonString(string(v.Value)) + `, "@type": ` + jsonString(compact(string(v.Type))) + `}`, nil
	}
	return jsonString(v.String()), nil
}

// jsonString returns s as a JSON string; <, > and & are escaped, so the
// text is also safe inside an HTML <script> element.
func jsonString(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			b, _ := json.Marshal(s)
			return string(b)
		}
	}
	return `"` + s + `"`
}

// ---------------------------------------------------------------------------
// article mode

type thing struct {
	Type          string   `json:"@type"`
	ID            string   `json:"@id,omitempty"`
	Name          string   `json:"name,omitempty"`
	AlternateName []string `json:"alternateName,omitempty"`
	JobTitle      []string `json:"jobTitle,omitempty"`
}

type quotation struct {
	Type              string `json:"@type"`
	ID                string `json:"@id,omitempty"`
	Text              string `json:"text"`
	SpokenByCharacter *thing `json:"spokenByCharacter,omitempty"`
	Creator           *thing `json:"creator,omitempty"`
}

type article struct {
	Context       string      `json:"@context"`
	Type          string      `json:"@type"`
	ID            string      `json:"@id"`
	Identifier    string      `json:"identifier,omitempty"`
	Headline      string      `json:"headline,omitempty"`
	DatePublished string      `json:"datePublished,omitempty"`
	URL           string      `json:"url,omitempty"`
	About         []thing     `json:"about,omitempty"`
	Mentions      []thing     `json:"mentions,omitempty"`
	HasPart       []quotation `json:"hasPart,omitempty"`
}

// AboutCount is how many of the article's most mentioned entities go under
// "about"; the others go under "mentions".
const AboutCount = 3

func (w *Writer) article() error {
	var doc *model.Document
	docs := w.c.B.Documents()
	for i := range docs {
		if docs[i].ID == w.articleID {
			doc = &docs[i]
			break
		}
	}
	if doc == nil {
		return fmt.Errorf("document %w", model.ErrNotFound)
	}
	f := w.opt.Filter
	f.Documents = []string{w.articleID}
	g, err := w.c.B.Graph(f)
	if err != nil {
		return err
	}
	a := article{
		Context:       "https://schema.org",
		Type:          "NewsArticle",
		ID:            doc.IRI,
		Identifier:    doc.ID,
		Headline:      doc.Headline,
		DatePublished: doc.Published,
		URL:           doc.URL,
	}
	if a.URL == "" && !strings.HasPrefix(doc.IRI, ng.DocNS) && (strings.HasPrefix(doc.IRI, "http://") || strings.HasPrefix(doc.IRI, "https://")) {
		a.URL = doc.IRI // the document ID is the article's URL
	}
	// Types are voted over every document, not just this one: one outlet
	// calling a company "Thing" should not make it one on this page.
	all, err := w.c.B.Graph(model.Filter{})
	if err != nil {
		return err
	}
	globalType := make(map[string]string, len(all.Nodes))
	for _, n := range all.Nodes {
		globalType[n.IRI] = n.Type
	}
	var ents []int
	for i, n := range g.Nodes {
		if t, ok := globalType[n.IRI]; ok && t != "" {
			g.Nodes[i].Type = t
		}
		if g.Nodes[i].Type != model.TypeQuote {
			ents = append(ents, i)
		}
	}
	sort.SliceStable(ents, func(x, y int) bool {
		a, b := g.Nodes[ents[x]], g.Nodes[ents[y]]
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Label < b.Label
	})
	for k, i := range ents {
		t := toThing(g.Nodes[i], true)
		if k < AboutCount {
			a.About = append(a.About, t)
		} else {
			a.Mentions = append(a.Mentions, t)
		}
	}
	speaker := make(map[int]int)
	for _, e := range g.Edges {
		if e.Label == ng.Said && g.Nodes[e.To].Type == model.TypeQuote {
			if _, ok := speaker[e.To]; !ok {
				speaker[e.To] = e.From
			}
		}
	}
	for i, n := range g.Nodes {
		if n.Type != model.TypeQuote {
			continue
		}
		q := quotation{Type: "Quotation", ID: n.IRI, Text: wutil.ValidUTF8(n.Label)}
		if s, ok := speaker[i]; ok {
			t := toThing(g.Nodes[s], false)
			q.SpokenByCharacter, q.Creator = &t, &t
		}
		a.HasPart = append(a.HasPart, q)
	}
	b, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return err
	}
	w.c.Out.Write(b)
	w.c.Out.WriteString("\n")
	return nil
}

func toThing(n model.Node, full bool) thing {
	typ := n.Type
	if typ == "" {
		typ = model.TypeThing
	}
	t := thing{Type: typ, ID: n.IRI, Name: wutil.ValidUTF8(n.Label)}
	if full {
		for _, s := range n.Aliases {
			t.AlternateName = append(t.AlternateName, wutil.ValidUTF8(s))
		}
		if typ == model.TypePerson {
			for _, s := range n.Roles {
				t.JobTitle = append(t.JobTitle, wutil.ValidUTF8(s))
			}
		}
	}
	return t
}
