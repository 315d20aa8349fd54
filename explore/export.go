package explore

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	_ "github.com/newsgraph/newsgraph/exporters/csv"     // register the formats the explorer offers
	_ "github.com/newsgraph/newsgraph/exporters/graphml" // …
	_ "github.com/newsgraph/newsgraph/exporters/jsonld"  // …
	"github.com/newsgraph/newsgraph/exporters/model"
)

// exportFormats are the formats /api/v1/export writes, with their media
// types and file extensions; CSV's two tables come in a ZIP file.
var exportFormats = map[string]struct{ mime, ext string }{
	"graphml": {"application/graphml+xml", ".graphml"},
	"jsonld":  {"application/ld+json", ".jsonld"},
	"csv":     {"application/zip", ".csv.zip"},
}

// exportWait is how long an export waits for the ones before it: an
// export reads the whole store, and one runs at a time.
const exportWait = 20 * time.Second

// exportTime is how long an export may take to write, from the request:
// the server's write timeout is for queries, and an export of a large
// store reads it whole (seconds for 100 MB of articles).
const exportTime = 3 * time.Minute

var exportEndpoint = endpoint{known: append([]string{"format"}, viewParams...), lists: []string{"expand", "predicates", "types"},
	answer: func(e *Explorer, ix *Index, p *params, w http.ResponseWriter, r *http.Request) (any, *apiError) {
		name, aerr := p.required("format")
		if aerr != nil {
			return nil, aerr
		}
		ff, ok := exportFormats[name]
		if !ok {
			return nil, badParam("format", "%q is not a format of the explorer (want graphml, jsonld or csv)", name)
		}
		v, f, center, aerr := readView(ix, p)
		if aerr != nil {
			return nil, aerr
		}
		// Errors only say that the server sets no deadlines.
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(exportTime))
		wait := time.NewTimer(exportWait)
		defer wait.Stop()
		select {
		case e.exports <- struct{}{}:
			defer func() { <-e.exports }()
		case <-wait.C:
			return nil, &apiError{code: http.StatusServiceUnavailable, retry: 5, msg: "another export is being written: try again in a moment"}
		case <-r.Context().Done():
			return nil, &apiError{code: http.StatusServiceUnavailable, msg: "cancelled"}
		}
		body, err := e.export(r.Context(), ix, v, f, name)
		if err != nil {
			return nil, &apiError{code: http.StatusInternalServerError, msg: fmt.Sprintf("export %s: %v", name, err)}
		}
		file := "newsgraph-graph"
		if center != "" {
			file = "newsgraph-" + newsgraph.Slug(center)
		}
		w.Header().Set("Content-Type", ff.mime)
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", file+ff.ext))
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
		return nil, nil
	}}

// export writes the view v in the format name, through the exporters with
// the filter that keeps what the view shows (its nodes, and the
// predicates, minimum documents and days of f): exactly `newsgraph
// export` with that filter. The quads handed to the writer are those that
// can describe the view (read in two passes over the store), not the
// whole graph, so that an export costs memory by the view's size.
func (e *Explorer) export(ctx context.Context, ix *Index, v *view, f *viewFilter, name string) ([]byte, error) {
	format, err := exporters.Lookup(name)
	if err != nil {
		return nil, err
	}
	opt := exporters.Options{Filter: model.Filter{Predicates: f.predList, MinDocuments: f.minDocs, Since: f.since, Until: f.until}}
	sel := ix.selection(v)
	opt.Filter.Nodes = sel.nodeList
	if len(opt.Filter.Nodes) == 0 {
		// A filter that keeps no node: an IRI no node has.
		opt.Filter.Nodes = []string{newsgraph.Base + "none"}
	}
	// Pass 1: the statements of the kept evidence.
	err = e.r.Find(ctx, quad.Predicate, []quad.Value{newsgraph.NGEvidence}, func(q quad.Quad) error {
		pt := newsgraph.Decode(q)
		if pt.Field == newsgraph.FieldStatementEvidence && sel.labels[pt.Node] {
			sel.stmts[pt.Subject] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var parts []*bytes.Buffer
	var ws []io.Writer
	n := 1
	if format.MultiFile() {
		n = len(format.Parts)
	}
	for range n {
		b := new(bytes.Buffer)
		parts = append(parts, b)
		ws = append(ws, b)
	}
	wr, err := format.Open(ws, opt)
	if err != nil {
		return nil, err
	}
	// Pass 2: the quads that can describe the view, handed over in
	// slices.
	var kept []quad.Quad
	err = e.r.Each(ctx, func(q quad.Quad) error {
		if !sel.keep(q) {
			return nil
		}
		if kept = append(kept, q); len(kept) == 1024 {
			_, err := wr.WriteQuads(kept)
			kept = kept[:0]
			return err
		}
		return nil
	})
	if err == nil {
		_, err = wr.WriteQuads(kept)
	}
	if cerr := wr.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	if !format.MultiFile() {
		return parts[0].Bytes(), nil
	}
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for i, part := range format.Parts {
		fw, err := zw.Create(part + ".csv")
		if err != nil {
			return nil, err
		}
		if _, err := fw.Write(parts[i].Bytes()); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return zb.Bytes(), nil
}

// A selection is what the quads of a view are: its nodes, its edges (by
// their ends and predicate), the evidence labels of those edges, the
// documents involved, and the statements of the evidence.
type selection struct {
	nodeList []string
	nodes    map[string]bool
	edges    map[[3]string]bool
	labels   map[string]bool
	docs     map[string]bool
	hashes   map[string]bool // the document hashes of labels of the documents
	stmts    map[string]bool
}

func (ix *Index) selection(v *view) *selection {
	s := &selection{nodes: map[string]bool{}, edges: map[[3]string]bool{}, labels: map[string]bool{}, docs: map[string]bool{},
		hashes: map[string]bool{}, stmts: map[string]bool{}}
	addDoc := func(d int32) {
		doc := &ix.docs[d]
		s.docs[string(doc.rec.IRI)] = true
		if lp, ok := newsgraph.ParseLabel(newsgraph.DocLabel(newsgraph.Doc{ID: doc.rec.ID}, "x")); ok && doc.rec.ID != "" {
			s.hashes[lp.DocHash] = true
		}
	}
	for _, n := range v.nodes {
		iri := string(ix.ents[n].rec.IRI)
		s.nodes[iri] = true
		s.nodeList = append(s.nodeList, iri)
		for _, d := range ix.ents[n].docs {
			addDoc(d)
		}
	}
	slices.Sort(s.nodeList)
	for _, x := range v.edges {
		e := &ix.edges[x]
		s.edges[[3]string{string(ix.ents[e.s].rec.IRI), e.pred, string(ix.ents[e.o].rec.IRI)}] = true
		for _, f := range e.facts {
			l := string(ix.facts[f].Label)
			s.labels[l] = true
			if lp, ok := newsgraph.ParseLabel(quad.IRI(l)); ok {
				s.hashes[lp.DocHash] = true
			}
			if d := ix.factDoc[f]; d >= 0 {
				addDoc(d)
			}
		}
	}
	return s
}

// keep reports whether quad q may describe the selection: the exporters'
// filter then keeps exactly what does.
func (s *selection) keep(q quad.Quad) bool {
	pt := newsgraph.Decode(q)
	switch pt.Kind {
	case newsgraph.KindFact:
		pred, neg := newsgraph.FactPredicate(quad.IRI(pt.Predicate))
		if neg {
			pred = "not_" + pred
		}
		return s.edges[[3]string{pt.Subject, pred, pt.Node}]
	case newsgraph.KindEntity:
		return s.nodes[pt.Subject]
	case newsgraph.KindMention:
		return s.docs[pt.Subject] && s.nodes[pt.Node]
	case newsgraph.KindDocument:
		return s.docs[pt.Subject]
	case newsgraph.KindStatement:
		return s.stmts[pt.Subject]
	case newsgraph.KindLabel:
		// The evidence, and the labels of the documents involved (their
		// whole-document labels among them).
		lp, ok := newsgraph.ParseLabel(quad.IRI(pt.Subject))
		return s.labels[pt.Subject] || ok && s.hashes[lp.DocHash]
	}
	return false
}
