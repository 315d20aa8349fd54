package explore

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSearch(t *testing.T) {
	srv := newTestServer(t, fixtureReader(t))
	tests := []struct {
		q, typ string
		want   []string // the IDs, in order
		match  string   // the first hit's matched alias
	}{
		{q: "solberg", want: []string{"mira-solberg"}, match: "Solberg"},
		{q: "mira", want: []string{"mira-solberg"}},
		{q: "MIRA SOL", want: []string{"mira-solberg"}},
		{q: "falk", want: []string{"jonas-falk"}, match: "Falk"},
		{q: "asa", want: []string{"asa-lind"}},                    // accents folded
		{q: "Åsa", want: []string{"asa-lind"}},                    // in the query too
		{q: "lind", want: []string{"asa-lind"}},                   // a word of the name
		{q: "union", want: []string{"harbour-union"}},             // a word of the name
		{q: "o", want: []string{"oslo"}},                          // Oslo starts with it; "on" of nothing
		{q: "s", want: []string{"mira-solberg"}},                  // Solberg is a name of Mira Solberg
		{q: "b", want: []string{"bergen"}},                        //
		{q: "the", want: []string{"proposal"}},                    // "the proposal"
		{q: "mira", typ: "Place", want: nil},                      // filtered by type
		{q: "jonas", typ: "person", want: []string{"jonas-falk"}}, // type case-insensitive
		{q: "we stay", want: nil},                                 // quotations are not searched
		{q: "  ", want: nil},                                      // nothing to search
		{q: "o.s.l.o", want: []string{"oslo"}},                    // full stops dropped
	}
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.typ, func(t *testing.T) {
			var res SearchResult
			if code := getJSON(t, srv, "/api/v1/search?"+url.Values{"q": {tt.q}, "type": {tt.typ}}.Encode(), &res); code != 200 {
				t.Fatalf("status %d", code)
			}
			var got []string
			for _, r := range res.Results {
				got = append(got, r.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if tt.match != "" && (len(res.Results) == 0 || res.Results[0].Match != tt.match) {
				t.Errorf("match: got %+v, want %q", res.Results, tt.match)
			}
		})
	}
}

// TestSearchRanking checks the order: exact names, then names that start
// with the query's words, then words within names, then partial words;
// the most mentioned first within each.
func TestSearchRanking(t *testing.T) {
	var ents []entity
	for i, n := range []string{"Vos Holdings", "Pieter Vos", "Vos", "Vossen", "Ann Vosberg", "Vos Holdings Group"} {
		ents = append(ents, entity{name: n, typ: "Organization", key: fmt.Sprint(i)})
		ents[i].rec.Mentions = i
	}
	ix := &Index{ents: ents}
	ix.names = buildNames(ix.ents)
	hits, total := ix.search("vos", "", 10)
	var got []string
	for _, h := range hits {
		got = append(got, ents[h.ent].name)
	}
	want := []string{"Vos", "Vos Holdings Group", "Vos Holdings", "Pieter Vos", "Vossen", "Ann Vosberg"}
	if !slices.Equal(got, want) || total != 6 {
		t.Errorf("got %q (%d), want %q", got, total, want)
	}
	if hits, total := ix.search("vos", "", 2); len(hits) != 2 || total != 6 || ents[hits[0].ent].name != "Vos" {
		t.Errorf("limit 2: got %v of %d", hits, total)
	}
}

func TestEntityPage(t *testing.T) {
	srv := newTestServer(t, fixtureReader(t))
	var e EntityPage
	if code := getJSON(t, srv, "/api/v1/entity?id=mira-solberg", &e); code != 200 {
		t.Fatalf("status %d", code)
	}
	if e.Name != "Mira Solberg" || e.Type != "Person" || !slices.Contains(e.Names, "Solberg") || e.DocPage.Total != 3 {
		t.Errorf("entity: %+v", e)
	}
	if len(e.Documents) != 3 || e.Documents[0].ID != "b" || e.Documents[2].ID != "d" {
		t.Errorf("documents, the latest first and those without a date last: %+v", e.Documents)
	}
	groups := map[string]RelationGroup{}
	for _, g := range e.Relations {
		groups[g.Predicate+"/"+g.Direction] = g
	}
	met := groups["met/out"]
	if len(met.Edges) != 1 || met.Edges[0].Object.ID != "jonas-falk" || met.Edges[0].Weight != 2 || met.Edges[0].Documents != 2 {
		t.Errorf("met: %+v", met)
	}
	visits := groups["visits/out"]
	if len(visits.Edges) != 2 || e.RelPage.Total != 3 {
		t.Errorf("visits: %+v; %d relations", visits, e.RelPage.Total)
	}
	for _, ed := range visits.Edges {
		if ed.Object.ID == "bergen" && !slices.Equal(ed.Modality, []string{"expected"}) {
			t.Errorf("the visit to Bergen is expected: %+v", ed)
		}
	}

	var falk EntityPage
	getJSON(t, srv, "/api/v1/entity?id=jonas-falk", &falk)
	if len(falk.Quotations) != 1 || falk.Quotations[0].Text != "We stay on strike," || falk.Quotations[0].Document.Published != "2024-06-10T08:00:00Z" {
		t.Errorf("quotations: %+v", falk.Quotations)
	}
	for _, g := range falk.Relations {
		if g.Predicate == "said" {
			t.Errorf("quotations are listed apart, not as facts: %+v", g)
		}
		if g.Predicate == "met" && g.Direction != "in" {
			t.Errorf("Falk was met: %+v", g)
		}
	}

	var union EntityPage
	getJSON(t, srv, "/api/v1/entity?id=harbour-union", &union)
	preds := map[string]bool{}
	for _, g := range union.Relations {
		preds[g.Predicate] = g.Negated
	}
	if neg, ok := preds["not_accepted"]; !ok || !neg || len(preds) != 3 || union.Conflicts != 1 {
		t.Errorf("union: %v, %d conflicts", preds, union.Conflicts)
	}

	// The limit cuts the facts, most documents first.
	var cut EntityPage
	getJSON(t, srv, "/api/v1/entity?id=mira-solberg&limit=1", &cut)
	if len(cut.Relations) != 1 || len(cut.Relations[0].Edges) != 1 || cut.Relations[0].Predicate != "met" || !cut.RelPage.Truncated || cut.RelPage.Total != 3 {
		t.Errorf("limit 1: %+v %+v", cut.Relations, cut.RelPage)
	}
}

func TestEvidence(t *testing.T) {
	srv := newTestServer(t, fixtureReader(t))
	var ev Evidence
	if code := getJSON(t, srv, "/api/v1/evidence?s=mira-solberg&p=met&o=jonas-falk", &ev); code != 200 {
		t.Fatalf("status %d", code)
	}
	if ev.Weight != 2 || ev.Total != 2 || len(ev.Items) != 2 {
		t.Fatalf("evidence: %+v", ev)
	}
	first := ev.Items[0]
	if first.Document.ID != "a" || first.Sentence.Words != "Mira Solberg met Jonas Falk" || first.Sentence.After != " in Oslo on Monday." ||
		first.Sentence.Before != "" || first.Sentence.Start != 0 || first.Extractor != "test/v1" || first.Confidence != 0.8 {
		t.Errorf("first: %+v", first)
	}
	var page Evidence
	getJSON(t, srv, "/api/v1/evidence?s=mira-solberg&p=met&o=jonas-falk&offset=1&limit=1", &page)
	if len(page.Items) != 1 || page.Items[0].Document.ID != "b" || page.Truncated || page.Offset != 1 {
		t.Errorf("second page: %+v", page)
	}
	var neg Evidence
	getJSON(t, srv, "/api/v1/evidence?s=harbour-union&p=not_accepted&o=proposal", &neg)
	if !neg.Negated || len(neg.Items) != 1 || neg.Items[0].Sentence.Words != "Harbour Union did not accept the proposal" {
		t.Errorf("negated: %+v", neg)
	}
	for _, path := range []string{"/api/v1/evidence?s=mira-solberg&p=rejected&o=jonas-falk", "/api/v1/evidence?s=nobody&p=met&o=jonas-falk",
		"/api/v1/evidence?s=mira-solberg&p=met&o=nobody"} {
		if code := getJSON(t, srv, path, nil); code != 404 {
			t.Errorf("%s: status %d, want 404", path, code)
		}
	}
}

func TestDocumentPage(t *testing.T) {
	r := fixtureReader(t)
	for _, tt := range []struct {
		name   string
		srv    func() string
		source string
	}{
		{"stored text", func() string { return newTestServer(t, r).URL }, "stored"},
		{"evidence only", func() string { return newTestServer(t, plainReader{r}).URL }, "evidence"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			base := tt.srv()
			resp, err := http.Get(base + "/api/v1/document?id=a")
			if err != nil {
				t.Fatal(err)
			}
			var d DocumentPage
			err = json.NewDecoder(resp.Body).Decode(&d)
			resp.Body.Close()
			if err != nil || resp.StatusCode != 200 {
				t.Fatalf("status %d, %v", resp.StatusCode, err)
			}
			if d.TextSource != tt.source || d.Title != "Talks in Oslo" || d.Published != "2024-05-01" || len(d.Facts) != 3 {
				t.Errorf("document: %+v", d)
			}
			var text strings.Builder
			mentions := map[string]string{}
			sentences := map[int]string{}
			for _, s := range d.Segments {
				text.WriteString(s.Text)
				if s.Entity != "" {
					mentions[s.Text] = s.Entity
				}
				if s.Sentence >= 0 {
					sentences[s.Sentence] += s.Text
				}
			}
			want := fixtureDocs[0].text
			if tt.source == "evidence" {
				want = "Mira Solberg met Jonas Falk in Oslo on Monday.\n…\nThe Harbour Union accepted the proposal."
			}
			if text.String() != want {
				t.Errorf("text: got %q, want %q", text.String(), want)
			}
			if mentions["Mira Solberg"] != "mira-solberg" || mentions["Oslo"] != "oslo" || mentions["Harbour Union"] != "harbour-union" {
				t.Errorf("mentions: %v", mentions)
			}
			if sentences[0] != "Mira Solberg met Jonas Falk in Oslo on Monday." || sentences[47] != "The Harbour Union accepted the proposal." {
				t.Errorf("sentences: %v", sentences)
			}
			for _, f := range d.Facts {
				if _, ok := sentences[f.Sentence.Start]; !ok {
					t.Errorf("fact %+v points at no sentence", f)
				}
			}
			if len(d.Entities) != 5 {
				t.Errorf("entities: %+v", d.Entities)
			}
		})
	}
	srv := newTestServer(t, r)
	var d DocumentPage
	getJSON(t, srv, "/api/v1/document?id=d", &d)
	found := false
	for _, s := range d.Segments {
		found = found || s.Text == "her" && s.Entity == "mira-solberg"
	}
	if !found || d.Published != "" {
		t.Errorf("a stored mention that is no name (her) links to its entity: %+v", d.Segments)
	}
	// By IRI too.
	if code := getJSON(t, srv, "/api/v1/document?id="+url.QueryEscape("https://w3id.org/newsgraph/doc/c"), &d); code != 200 || d.ID != "c" {
		t.Errorf("by IRI: %d %+v", code, d.DocRef)
	}
	if code := getJSON(t, srv, "/api/v1/document?id=zzz", nil); code != 404 {
		t.Errorf("unknown document: %d", code)
	}
}

func TestSegments(t *testing.T) {
	text := "Ab cd ef. Gh ij."
	key := func(v int) string { return fmt.Sprint("e", v) }
	ments := nonOverlapping([]interval{{0, 2, 1}, {0, 5, 2}, {3, 5, 3}, {10, 12, 4}, {14, 99, 5}}, len(text), text)
	sents := []interval{{0, 9, 0}, {10, 16, 10}}
	got := segments(text, ments, sents, key)
	want := []Segment{{"Ab cd", "e2", 0}, {" ef.", "", 0}, {" ", "", -1}, {"Gh", "e4", 10}, {" ij.", "", 10}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	// Spans inside a character are dropped.
	s := "Zürich"
	if got := nonOverlapping([]interval{{0, 2, 1}, {1, 3, 2}, {0, 3, 3}}, len(s), s); len(got) != 1 || got[0].v != 3 {
		t.Errorf("character boundaries: %+v", got)
	}
	if got := findNames("Vos met Pieter Vos and Voss.", map[string]int32{"Vos": 1, "Pieter Vos": 2}); fmt.Sprint(got) != "[{8 18 2} {0 3 1}]" {
		t.Errorf("findNames: %v", got)
	}
}

func TestNeighbourhood(t *testing.T) {
	srv := newTestServer(t, fixtureReader(t))
	ids := func(g GraphView) string {
		var s []string
		for _, n := range g.Nodes {
			s = append(s, fmt.Sprintf("%s:%d", n.ID, n.Hops))
		}
		return strings.Join(s, " ")
	}
	edges := func(g GraphView) string {
		var s []string
		for _, e := range g.Edges {
			s = append(s, fmt.Sprintf("%s/%d/%d", e.ID, e.Weight, e.Documents))
		}
		slices.Sort(s)
		return strings.Join(s, ", ")
	}
	tests := []struct {
		query        string
		nodes, edges string
		truncated    bool
	}{
		{"id=mira-solberg", "mira-solberg:0 jonas-falk:1 bergen:1 oslo:1",
			"mira-solberg met jonas-falk/2/2, mira-solberg visits bergen/1/1, mira-solberg visits oslo/1/1", false},
		{"id=mira-solberg&hops=2&predicates=met", "mira-solberg:0 jonas-falk:1", "mira-solberg met jonas-falk/2/2", false},
		{"id=mira-solberg&predicates=met,visits&types=Place", "mira-solberg:0 bergen:1 oslo:1",
			"mira-solberg visits bergen/1/1, mira-solberg visits oslo/1/1", false},
		{"id=mira-solberg&min_docs=2", "mira-solberg:0 jonas-falk:1", "mira-solberg met jonas-falk/2/2", false},
		{"id=mira-solberg&since=2024-05-02", "mira-solberg:0 jonas-falk:1", "mira-solberg met jonas-falk/1/1", false},
		{"id=mira-solberg&until=2024-05-01", "mira-solberg:0 jonas-falk:1 oslo:1", "mira-solberg met jonas-falk/1/1, mira-solberg visits oslo/1/1", false},
		{"id=mira-solberg&limit=2", "mira-solberg:0 jonas-falk:1", "mira-solberg met jonas-falk/2/2", true},
		{"id=mira-solberg&hops=2", "mira-solberg:0 jonas-falk:1 bergen:1 oslo:1 " + quoteKey(t) + ":2",
			"jonas-falk said " + quoteKey(t) + "/1/1, mira-solberg met jonas-falk/2/2, mira-solberg visits bergen/1/1, mira-solberg visits oslo/1/1", false},
		{"id=oslo&expand=mira-solberg", "oslo:0 mira-solberg:1 jonas-falk:2 bergen:2",
			"mira-solberg met jonas-falk/2/2, mira-solberg visits bergen/1/1, mira-solberg visits oslo/1/1", false},
		{"id=oslo&expand=jonas-falk", "oslo:0 mira-solberg:1 jonas-falk:0 " + quoteKey(t) + ":1", // a node not in the view is a centre
			"jonas-falk said " + quoteKey(t) + "/1/1, mira-solberg met jonas-falk/2/2, mira-solberg visits oslo/1/1", false},
		{"id=oslo&expand=mira-solberg&limit=3", "oslo:0 mira-solberg:1 jonas-falk:2",
			"mira-solberg met jonas-falk/2/2, mira-solberg visits oslo/1/1", true},
		{"types=Organization,Thing", "harbour-union:-1 proposal:-1",
			"harbour-union accepted proposal/1/1, harbour-union not_accepted proposal/1/1, harbour-union rejected proposal/1/1", false},
		{"limit=2", "mira-solberg:-1 harbour-union:-1", "", true}, // the most edges, then the most evidence
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var g GraphView
			if code := getJSON(t, srv, "/api/v1/neighbourhood?"+tt.query, &g); code != 200 {
				t.Fatalf("status %d", code)
			}
			if got := ids(g); got != tt.nodes {
				t.Errorf("nodes: got %s\nwant %s", got, tt.nodes)
			}
			if got := edges(g); got != tt.edges {
				t.Errorf("edges: got %s\nwant %s", got, tt.edges)
			}
			if g.Truncated != tt.truncated || (g.Truncated && g.Total <= len(g.Nodes)) || (!g.Truncated && g.Total != len(g.Nodes)) {
				t.Errorf("truncated %v, total %d of %d nodes", g.Truncated, g.Total, len(g.Nodes))
			}
		})
	}
	var sub GraphView
	getJSON(t, srv, "/api/v1/subgraph?id=mira-solberg&id=oslo&id=nobody&id=oslo", &sub)
	if ids(sub) != "mira-solberg:-1 oslo:-1" || edges(sub) != "mira-solberg visits oslo/1/1" {
		t.Errorf("subgraph: %s; %s", ids(sub), edges(sub))
	}
}

func quoteKey(t *testing.T) string {
	for _, q := range fixtureReader(t).quads {
		if s := string(q.Subject.(interface{ String() string }).String()); strings.Contains(s, "/quote/") {
			return strings.Trim(s, "<>")
		}
	}
	t.Fatal("no quotation in the fixture")
	return ""
}

func TestFactsAndConflicts(t *testing.T) {
	srv := newTestServer(t, fixtureReader(t))
	var facts EdgeList
	getJSON(t, srv, "/api/v1/facts", &facts)
	if facts.Total != 1 || facts.Items[0].Predicate != "met" || facts.Items[0].Documents != 2 {
		t.Errorf("facts: %+v", facts)
	}
	getJSON(t, srv, "/api/v1/facts?predicates=said", &facts)
	if facts.Total != 0 || facts.Items == nil {
		t.Errorf("facts said: %+v", facts)
	}
	var cs ConflictList
	getJSON(t, srv, "/api/v1/conflicts", &cs)
	if cs.Total != 1 || len(cs.Items) != 1 {
		t.Fatalf("conflicts: %+v", cs)
	}
	c := cs.Items[0]
	var sides []string
	for _, s := range c.Sides {
		var docs []string
		for _, d := range s.Documents {
			docs = append(docs, d.ID)
		}
		sides = append(sides, s.Predicate+":"+strings.Join(docs, ","))
	}
	if c.Subject.ID != "harbour-union" || c.Object.ID != "proposal" || c.Documents != 3 ||
		strings.Join(sides, " ") != "accepted:a not_accepted:c rejected:b" {
		t.Errorf("conflict: %+v; sides %v", c, sides)
	}
	getJSON(t, srv, "/api/v1/conflicts?id=mira-solberg", &cs)
	if cs.Total != 0 {
		t.Errorf("conflicts of Mira Solberg: %+v", cs)
	}
	getJSON(t, srv, "/api/v1/conflicts?id=proposal&offset=1", &cs)
	if cs.Total != 1 || len(cs.Items) != 0 {
		t.Errorf("conflicts of the proposal, second page: %+v", cs)
	}
	var o Overview
	getJSON(t, srv, "/api/v1/overview", &o)
	if o.Documents != 4 || o.Conflicts != 1 || o.Agreed != 1 || o.Quotations != 1 || o.Entities != 7 || o.Dates["first"] != "2024-05-01" ||
		o.Dates["last"] != "2024-06-10" || o.TopEntities[0].ID != "mira-solberg" {
		t.Errorf("overview: %+v", o)
	}
}

// TestBadParameters checks that every mistake in a request gets a 400
// naming the parameter, and unknown things 404.
func TestBadParameters(t *testing.T) {
	srv := newTestServer(t, fixtureReader(t))
	tests := []struct {
		path  string
		code  int
		param string
	}{
		{"/api/v1/search", 200, ""},
		{"/api/v1/search?q=a&limt=3", 400, "limt"},
		{"/api/v1/search?q=a&limit=0", 400, "limit"},
		{"/api/v1/search?q=a&limit=51", 400, "limit"},
		{"/api/v1/search?q=a&limit=ten", 400, "limit"},
		{"/api/v1/search?q=a&limit=99999999999999999999", 400, "limit"},
		{"/api/v1/search?q=a&type=Planet", 400, "type"},
		{"/api/v1/search?q=a&type=Quotation", 400, "type"},
		{"/api/v1/search?q=a&q=b", 400, "q"},
		{"/api/v1/search?q=" + strings.Repeat("a", 201), 400, "q"},
		{"/api/v1/search?q=" + strings.Repeat("a", 2000), 400, "q"},
		{"/api/v1/search?q=%ff%fe", 400, "q"},
		{"/api/v1/search?q=%zz", 400, ""},
		{"/api/v1/overview?x=1", 400, "x"},
		{"/api/v1/entity", 400, "id"},
		{"/api/v1/entity?id=", 400, "id"},
		{"/api/v1/entity?id=nobody", 404, ""},
		{"/api/v1/entity?id=mira-solberg&limit=-1", 400, "limit"},
		{"/api/v1/entity?id=mira-solberg&limit=5001", 400, "limit"},
		{"/api/v1/evidence?s=mira-solberg&o=jonas-falk", 400, "p"},
		{"/api/v1/evidence?s=mira-solberg&p=met&o=jonas-falk&offset=-3", 400, "offset"},
		{"/api/v1/evidence?s=mira-solberg&p=met&o=jonas-falk&limit=201", 400, "limit"},
		{"/api/v1/evidence?s=mira-solberg&p=met&o=jonas-falk&offset=1000000", 200, ""},
		{"/api/v1/document", 400, "id"},
		{"/api/v1/neighbourhood?id=nobody", 404, ""},
		{"/api/v1/neighbourhood?id=oslo&hops=3", 400, "hops"},
		{"/api/v1/neighbourhood?id=oslo&hops=0", 400, "hops"},
		{"/api/v1/neighbourhood?id=oslo&types=Person,Planet", 400, "types"},
		{"/api/v1/neighbourhood?id=oslo&since=2024-13-01", 400, "since"},
		{"/api/v1/neighbourhood?id=oslo&until=yesterday", 400, "until"},
		{"/api/v1/neighbourhood?id=oslo&since=2024-06-01&until=2024-05-01", 400, "until"},
		{"/api/v1/neighbourhood?id=oslo&min_docs=-1", 400, "min_docs"},
		{"/api/v1/neighbourhood?id=oslo&limit=5001", 400, "limit"},
		{"/api/v1/neighbourhood?expand=oslo", 400, "expand"},
		{"/api/v1/neighbourhood?id=oslo&expand=nobody", 404, ""},
		{"/api/v1/neighbourhood?id=oslo&predicates=" + strings.Repeat("a,", 101), 400, "predicates"},
		{"/api/v1/subgraph", 400, "id"},
		{"/api/v1/subgraph?" + strings.Repeat("id=a&", 501), 400, "id"},
		{"/api/v1/facts?min_docs=1", 400, "min_docs"},
		{"/api/v1/conflicts?id=nobody", 404, ""},
		{"/api/v1/conflicts?limit=0", 400, "limit"},
		{"/api/v1/export?id=oslo", 400, "format"},
		{"/api/v1/export?format=dot", 400, "format"},
		{"/api/v1/export?format=graphml&id=nobody", 404, ""},
		{"/api/v1/nothing", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.path[:min(len(tt.path), 80)], func(t *testing.T) {
			var body struct {
				Error     string `json:"error"`
				Parameter string `json:"parameter"`
			}
			code := getJSON(t, srv, tt.path, &body)
			if code != tt.code || body.Parameter != tt.param {
				t.Errorf("got %d %+v, want %d naming %q", code, body, tt.code, tt.param)
			}
			if code != 200 && (body.Error == "" || tt.param != "" && !strings.Contains(body.Error, tt.param)) {
				t.Errorf("error %q does not name %q", body.Error, tt.param)
			}
		})
	}
	resp, err := http.Post(srv.URL+"/api/v1/search?q=a", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: %d %v", resp.StatusCode, resp.Header)
	}
}

// TestLoading checks the answers while the graph is being read (503 with
// Retry-After), after a failed read (500), and after a reload.
func TestLoading(t *testing.T) {
	r := fixtureReader(t)
	block := &memReader{quads: r.quads, texts: r.texts, block: make(chan struct{})}
	e := New(block, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	defer func() { cancel(); e.Wait() }()
	e.Start(ctx)
	srv := httptestServer(t, e)
	resp, err := http.Get(srv + "/api/v1/overview")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") != "1" {
		t.Fatalf("while loading: %d %v", resp.StatusCode, resp.Header)
	}
	close(block.block)
	waitFor(t, func() bool {
		resp, err := http.Get(srv + "/api/v1/overview")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	})
	// The store changes: the index is read again, and requests go on
	// meanwhile.
	block.quads = block.quads[:0:0]
	e.Invalidate()
	waitFor(t, func() bool {
		var o Overview
		resp, err := http.Get(srv + "/api/v1/overview")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		return resp.StatusCode == 200 && json.NewDecoder(resp.Body).Decode(&o) == nil && o.Documents == 0
	})

	failing := New(errReader{}, Options{})
	fctx, fcancel := context.WithCancel(context.Background())
	defer func() { fcancel(); failing.Wait() }()
	failing.Start(fctx)
	fsrv := httptestServer(t, failing)
	waitFor(t, func() bool {
		resp, err := http.Get(fsrv + "/api/v1/overview")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode == 500 && strings.Contains(string(b), "the disk is gone")
	})
}

func httptestServer(t *testing.T, e *Explorer) string {
	srv := newServer(e.Handler())
	t.Cleanup(srv.Close)
	return srv.URL
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for i := 0; i < 500; i++ {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("condition never met")
}

// TestPanicAnswered checks that a handler that panics answers 500 and the
// server goes on.
func TestPanicAnswered(t *testing.T) {
	r := fixtureReader(t)
	srv := newTestServer(t, &memReader{quads: r.quads, texts: r.texts, panicText: true})
	var body map[string]string
	if code := getJSON(t, srv, "/api/v1/document?id=a", &body); code != 500 || body["error"] != "internal error" {
		t.Errorf("got %d %v", code, body)
	}
	if code := getJSON(t, srv, "/api/v1/entity?id=oslo", nil); code != 200 {
		t.Errorf("after the panic: %d", code)
	}
}

func TestExport(t *testing.T) {
	srv := newTestServer(t, fixtureReader(t))
	view := "id=mira-solberg&types=Person,Place"
	var g GraphView
	getJSON(t, srv, "/api/v1/neighbourhood?"+view, &g)
	get := func(format string) (*http.Response, []byte) {
		resp, err := http.Get(srv.URL + "/api/v1/export?format=" + format + "&" + view)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("%s: %d %v %s", format, resp.StatusCode, err, b)
		}
		return resp, b
	}

	resp, b := get("graphml")
	if ct, cd := resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"); ct != "application/graphml+xml" || cd != `attachment; filename="newsgraph-mira-solberg.graphml"` {
		t.Errorf("headers: %q %q", ct, cd)
	}
	var doc struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>node"`
		Edges []struct{} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Nodes) != len(g.Nodes) || len(doc.Edges) != len(g.Edges) {
		t.Errorf("GraphML holds %d nodes and %d edges, the view %d and %d:\n%s", len(doc.Nodes), len(doc.Edges), len(g.Nodes), len(g.Edges), b)
	}

	_, b = get("jsonld")
	var ld map[string]any
	if err := json.Unmarshal(b, &ld); err != nil || !bytes.Contains(b, []byte("mira-solberg")) || bytes.Contains(b, []byte("harbour-union")) {
		t.Errorf("JSON-LD: %v\n%s", err, b)
	}

	_, b = get("csv")
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		lines := strings.Count(strings.TrimSpace(string(data)), "\n")
		want := len(g.Nodes)
		if f.Name == "edges.csv" {
			want = len(g.Edges)
		}
		if lines != want {
			t.Errorf("%s: %d rows, want %d:\n%s", f.Name, lines, want, data)
		}
	}
	if strings.Join(names, " ") != "nodes.csv edges.csv" {
		t.Errorf("zip holds %v", names)
	}

	// A date range keeps the evidence of its documents only.
	resp2, err := http.Get(srv.URL + "/api/v1/export?format=graphml&id=mira-solberg&since=2024-05-02")
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp2.Body)
	resp2.Body.Close()
	if !bytes.Contains(b, []byte(">1</data>")) || bytes.Contains(b, []byte("oslo")) {
		t.Errorf("export since 2024-05-02:\n%s", b)
	}
}
