package explore

import (
	"cmp"
	"net/http"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/exporters/model"
)

// A viewFilter is what the graph view shows: the filters of `newsgraph
// export` (predicates, types, minimum documents, a range of publication
// days) and the most nodes.
type viewFilter struct {
	preds        map[string]bool // stored predicates; empty: all
	predList     []string
	types        map[string]bool // entity types; empty: all
	typeList     []string
	minDocs      int
	since, until string
	limit        int
}

// readFilter reads the filter parameters.
func readFilter(ix *Index, p *params) (*viewFilter, *apiError) {
	f := &viewFilter{preds: map[string]bool{}, types: map[string]bool{}}
	var aerr *apiError
	if f.predList, aerr = p.list("predicates", 100); aerr != nil {
		return nil, aerr
	}
	for _, x := range f.predList {
		f.preds[x] = true
	}
	types, aerr := p.list("types", len(entityTypes))
	if aerr != nil {
		return nil, aerr
	}
	for _, t := range types {
		x := typeParam(t)
		if x == "" {
			return nil, badParam("types", "%q is not a type (want Person, Organization, Place, Event, Thing, Quotation)", t)
		}
		f.types[x] = true
		f.typeList = append(f.typeList, x)
	}
	if f.minDocs, aerr = p.intIn("min_docs", 0, 0, 1<<20); aerr != nil {
		return nil, aerr
	}
	if f.since, aerr = p.date("since"); aerr != nil {
		return nil, aerr
	}
	if f.until, aerr = p.date("until"); aerr != nil {
		return nil, aerr
	}
	if f.since != "" && f.until != "" && f.since > f.until {
		return nil, badParam("until", "%s is before since %s", f.until, f.since)
	}
	if f.limit, aerr = p.intIn("limit", 300, 1, maxViewNodes); aerr != nil {
		return nil, aerr
	}
	return f, nil
}

// maxViewNodes bounds the nodes of one graph view.
const maxViewNodes = 5000

// weigh returns the weight (evidence sentences) and documents of edge x
// under f, and whether f keeps it (its ends' types aside).
func (ix *Index) weigh(x int32, f *viewFilter) (weight, docs int, ok bool) {
	e := &ix.edges[x]
	if len(f.preds) > 0 && !f.preds[e.pred] {
		return 0, 0, false
	}
	if f.since == "" && f.until == "" {
		weight, docs = len(e.facts), len(e.docs)
	} else {
		var ds []int32
		for _, fi := range e.facts {
			d := ix.factDoc[fi]
			if d >= 0 && model.InDateRange(ix.docs[d].rec.Published, f.since, f.until) {
				weight++
				ds = append(ds, d)
			}
		}
		docs = len(sortedSet(ds))
	}
	return weight, docs, weight > 0 && docs >= f.minDocs
}

// typeOK reports whether f keeps entity i by its type.
func (f *viewFilter) typeOK(ix *Index, i int32) bool {
	return len(f.types) == 0 || f.types[ix.ents[i].typ]
}

// GraphNode is a node of a graph view.
type GraphNode struct {
	EntityRef
	Documents int `json:"documents"`
	Mentions  int `json:"mentions"`
	// Hops is the distance from the view's centre (or from the nearest
	// expanded node), 0 for those; -1 in a view without a centre.
	Hops int `json:"hops"`
}

// GraphEdge is an edge of a graph view, weighed under the view's filter.
type GraphEdge struct {
	ID        string   `json:"id"`
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Predicate string   `json:"predicate"`
	Negated   bool     `json:"negated"`
	Weight    int      `json:"weight"`
	Documents int      `json:"documents"`
	Modality  []string `json:"modality,omitempty"`
}

// GraphView is the answer of /api/v1/neighbourhood and /api/v1/subgraph.
type GraphView struct {
	Center string      `json:"center,omitempty"`
	Nodes  []GraphNode `json:"nodes"`
	Edges  []GraphEdge `json:"edges"`
	// Total is the number of nodes the view would hold without its
	// limit; Truncated is set when it holds fewer.
	Total     int  `json:"total"`
	Truncated bool `json:"truncated"`
}

// A view is a graph view as the index holds it.
type view struct {
	nodes     []int32
	hops      map[int32]int
	edges     []int32
	dropped   map[int32]bool // nodes left out for the limit
	total     int
	truncated bool
}

// neighbourhood returns the nodes within hops of the seeds (the centre and
// the expanded nodes) through edges f keeps, ranked by the weight of
// their edges into the view at each hop, at most f.limit nodes, and every
// edge f keeps between them.
func (ix *Index) neighbourhood(seeds []int32, hops int, f *viewFilter) *view {
	v := &view{hops: map[int32]int{}, dropped: map[int32]bool{}}
	for _, s := range seeds {
		if _, ok := v.hops[s]; !ok && len(v.nodes) < f.limit {
			v.hops[s] = 0
			v.nodes = append(v.nodes, s)
		}
	}
	frontier := slices.Clone(v.nodes)
	dropped := v.dropped
	for h := 1; h <= hops && len(frontier) > 0; h++ {
		score := map[int32]int{}
		for _, n := range frontier {
			ix.eachEdge(n, func(x, other int32) {
				if _, in := v.hops[other]; in || !f.typeOK(ix, other) {
					return
				}
				if w, _, ok := ix.weigh(x, f); ok {
					score[other] += w
				}
			})
		}
		cand := make([]int32, 0, len(score))
		for n := range score {
			cand = append(cand, n)
		}
		slices.SortFunc(cand, func(a, b int32) int {
			return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(ix.ents[b].rec.Mentions, ix.ents[a].rec.Mentions),
				strings.Compare(ix.ents[a].name, ix.ents[b].name), cmp.Compare(a, b))
		})
		room := f.limit - len(v.nodes)
		if len(cand) > room {
			for _, n := range cand[max(room, 0):] {
				dropped[n] = true
			}
			cand = cand[:max(room, 0)]
		}
		for _, n := range cand {
			v.hops[n] = h
			v.nodes = append(v.nodes, n)
		}
		frontier = cand
	}
	v.total = len(v.nodes) + len(dropped)
	v.truncated = len(dropped) > 0
	v.edges = ix.edgesAmong(v.hops, f)
	return v
}

// eachEdge calls fn for every edge of entity n, with the entity at its
// other end.
func (ix *Index) eachEdge(n int32, fn func(x, other int32)) {
	for _, x := range ix.out[n] {
		fn(x, ix.edges[x].o)
	}
	for _, x := range ix.in[n] {
		fn(x, ix.edges[x].s)
	}
}

// edgesAmong returns the edges f keeps whose ends are both in nodes,
// sorted.
func (ix *Index) edgesAmong(nodes map[int32]int, f *viewFilter) []int32 {
	var out []int32
	for n := range nodes {
		for _, x := range ix.out[n] {
			if _, ok := nodes[ix.edges[x].o]; ok {
				if _, _, keep := ix.weigh(x, f); keep {
					out = append(out, x)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// whole returns the f.limit nodes with the most edges f keeps (ties: the
// summed weight, the mentions) and the edges between them: the view of
// the whole graph.
func (ix *Index) whole(f *viewFilter) *view {
	deg := make([]int, len(ix.ents))
	wsum := make([]int, len(ix.ents))
	for x := range ix.edges {
		e := &ix.edges[x]
		if !f.typeOK(ix, e.s) || !f.typeOK(ix, e.o) {
			continue
		}
		if w, _, ok := ix.weigh(int32(x), f); ok {
			deg[e.s]++
			deg[e.o]++
			wsum[e.s] += w
			wsum[e.o] += w
		}
	}
	var cand []int32
	for i := range ix.ents {
		if deg[i] > 0 {
			cand = append(cand, int32(i))
		}
	}
	order := func(a, b int32) int {
		return cmp.Or(cmp.Compare(deg[b], deg[a]), cmp.Compare(wsum[b], wsum[a]), cmp.Compare(ix.ents[b].rec.Mentions, ix.ents[a].rec.Mentions),
			strings.Compare(ix.ents[a].name, ix.ents[b].name), cmp.Compare(a, b))
	}
	v := &view{hops: map[int32]int{}, dropped: map[int32]bool{}, total: len(cand)}
	if len(cand) > f.limit {
		cand = topK(cand, f.limit, order)
		v.truncated = true
	}
	slices.SortFunc(cand, order)
	for _, n := range cand {
		v.hops[n] = -1
	}
	v.nodes = cand
	v.edges = ix.edgesAmong(v.hops, f)
	return v
}

// graphJSON returns v as an answer.
func (ix *Index) graphJSON(v *view, f *viewFilter) GraphView {
	g := GraphView{Nodes: make([]GraphNode, 0, len(v.nodes)), Edges: make([]GraphEdge, 0, len(v.edges)), Total: v.total, Truncated: v.truncated}
	for _, n := range v.nodes {
		e := &ix.ents[n]
		g.Nodes = append(g.Nodes, GraphNode{EntityRef: ix.entityRef(n), Documents: len(e.docs), Mentions: e.rec.Mentions, Hops: v.hops[n]})
	}
	for _, x := range v.edges {
		e := &ix.edges[x]
		w, d, _ := ix.weigh(x, f)
		g.Edges = append(g.Edges, GraphEdge{ID: edgeID(ix, x), Source: ix.ents[e.s].key, Target: ix.ents[e.o].key,
			Predicate: e.pred, Negated: e.negated, Weight: w, Documents: d, Modality: e.modality})
	}
	return g
}

// edgeID names an edge in a view: its ends and predicate, which pages
// pass to /api/v1/evidence.
func edgeID(ix *Index, x int32) string {
	e := &ix.edges[x]
	return ix.ents[e.s].key + " " + e.pred + " " + ix.ents[e.o].key
}

// viewParams are the parameters of a graph view.
var viewParams = []string{"id", "hops", "min_docs", "since", "until", "limit"}

// readView reads the parameters of a graph view and returns it.
func readView(ix *Index, p *params) (*view, *viewFilter, string, *apiError) {
	f, aerr := readFilter(ix, p)
	if aerr != nil {
		return nil, nil, "", aerr
	}
	hops, aerr := p.intIn("hops", 1, 1, 2)
	if aerr != nil {
		return nil, nil, "", aerr
	}
	expand, aerr := p.ids("expand", 100)
	if aerr != nil {
		return nil, nil, "", aerr
	}
	id := p.str("id")
	var seeds []int32
	for _, k := range slices.Concat([]string{id}, expand) {
		if k == "" {
			continue
		}
		i, ok := ix.entity(k)
		if !ok {
			return nil, nil, "", notFound("no entity %q", k)
		}
		seeds = append(seeds, i)
	}
	if id == "" && len(expand) > 0 {
		return nil, nil, "", badParam("expand", "needs id, the centre of the view")
	}
	if id == "" {
		return ix.whole(f), f, "", nil
	}
	// The centre gets hops, each expanded node one more hop.
	v := ix.neighbourhood(seeds[:1], hops, f)
	if len(seeds) > 1 {
		v = ix.expand(v, seeds[1:], f)
	}
	return v, f, ix.ents[seeds[0]].key, nil
}

// expand adds to v the neighbours of the nodes exp (one hop each), as far
// as f.limit allows.
func (ix *Index) expand(v *view, exp []int32, f *viewFilter) *view {
	add := func(n int32, hops int) {
		if _, in := v.hops[n]; in {
			return
		}
		if len(v.nodes) >= f.limit {
			v.dropped[n] = true
			return
		}
		v.hops[n] = hops
		v.nodes = append(v.nodes, n)
		delete(v.dropped, n)
	}
	for _, n := range exp {
		add(n, 0)
		if _, in := v.hops[n]; !in {
			continue
		}
		all := *f
		all.limit = maxViewNodes
		more := ix.neighbourhood([]int32{n}, 1, &all)
		for _, m := range more.nodes {
			add(m, v.hops[n]+1)
		}
		for m := range more.dropped {
			add(m, v.hops[n]+1)
		}
	}
	v.total = len(v.nodes) + len(v.dropped)
	v.truncated = len(v.dropped) > 0
	v.edges = ix.edgesAmong(v.hops, f)
	return v
}

var neighbourhoodEndpoint = endpoint{known: viewParams, lists: []string{"expand", "predicates", "types"},
	answer: func(_ *Explorer, ix *Index, p *params, _ http.ResponseWriter, _ *http.Request) (any, *apiError) {
		v, f, center, aerr := readView(ix, p)
		if aerr != nil {
			return nil, aerr
		}
		g := ix.graphJSON(v, f)
		g.Center = center
		return g, nil
	}}

var subgraphEndpoint = endpoint{lists: []string{"id"}, answer: func(_ *Explorer, ix *Index, p *params, _ http.ResponseWriter, _ *http.Request) (any, *apiError) {
	ids, aerr := p.ids("id", maxListItems)
	if aerr != nil {
		return nil, aerr
	}
	if len(ids) == 0 {
		return nil, badParam("id", "missing")
	}
	f := &viewFilter{limit: maxListItems}
	v := &view{hops: map[int32]int{}, dropped: map[int32]bool{}}
	for _, k := range ids {
		if i, ok := ix.entity(k); ok {
			if _, dup := v.hops[i]; !dup {
				v.hops[i] = -1
				v.nodes = append(v.nodes, i)
			}
		}
	}
	v.total = len(v.nodes)
	v.edges = ix.edgesAmong(v.hops, f)
	return ix.graphJSON(v, f), nil
}}
