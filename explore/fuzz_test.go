package explore

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzAPI sends arbitrary query strings to every endpoint (the path is
// the text before "?", the name of an endpoint or anything else): each
// answer must be JSON with a status the API documents, never a 500 or a
// panic, and a 400 must say what is wrong.
func FuzzAPI(f *testing.F) {
	for _, s := range []string{
		"search?q=mira&limit=3", "search?q=%ff", "search?q=a&type=person", "entity?id=mira-solberg&limit=1",
		"entity?id=https://w3id.org/newsgraph/quote/x", "evidence?s=mira-solberg&p=met&o=jonas-falk&offset=9&limit=1",
		"document?id=a", "document?id=_:b1", "neighbourhood?id=oslo&hops=2&expand=mira-solberg&types=Place,person&predicates=met,,visits",
		"neighbourhood?since=2024-05-01&until=2024-05-01&min_docs=1&limit=1", "subgraph?id=oslo&id=oslo&id=",
		"facts?predicates=met&min_docs=2&offset=0", "conflicts?id=proposal&limit=1&offset=2", "export?format=csv&id=oslo",
		"overview", "overview?", "entity?id=mira-solberg&id=oslo", "neighbourhood?limit=1e3", "search?q=%00%00",
	} {
		f.Add(s)
	}
	e := New(fixtureReader(f), Options{})
	if err := e.Load(context.Background()); err != nil {
		f.Fatal(err)
	}
	h := e.Handler()
	f.Fuzz(func(t *testing.T, s string) {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		path, query, _ := strings.Cut(s, "?")
		if _, ok := endpoints[path]; !ok {
			path = "nothing" // an unknown resource (unclean paths are the mux's redirects)
		}
		req.URL.Path = "/api/v1/" + path
		req.URL.RawQuery = query
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case 200, 400, 404:
		default:
			t.Fatalf("%q: status %d: %s", s, rec.Code, rec.Body)
		}
		if strings.HasPrefix(path, "export") && rec.Code == 200 {
			return // a file
		}
		var body map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("%q: %d, not JSON: %v\n%s", s, rec.Code, err, rec.Body)
		}
		if rec.Code == 400 && body["error"] == "" {
			t.Fatalf("%q: 400 without a message", s)
		}
	})
}
