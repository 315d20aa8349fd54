package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/explore"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// wikinews is the store of ../shared/corpus/wikinews, built once for the
// tests that need a real archive (TestMain removes it).
var wikinews struct {
	sync.Once
	dir, db string
	err     error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if wikinews.dir != "" {
		os.RemoveAll(wikinews.dir)
	}
	os.Exit(code)
}

// wikinewsStore returns the store of every Wikinews article of ../shared,
// skipping (or failing under CI=true) when it is absent.
func wikinewsStore(t *testing.T) string {
	t.Helper()
	corpus := sharedtest.Dir(t, "corpus", "wikinews")
	wikinews.Do(func() {
		wikinews.dir, wikinews.err = os.MkdirTemp("", "newsgraph-wikinews-*")
		if wikinews.err != nil {
			return
		}
		wikinews.db = filepath.Join(wikinews.dir, "wikinews.db")
		var out, errb bytes.Buffer
		wikinews.err = run(context.Background(), []string{"build", "-q", "--store", wikinews.db, corpus},
			env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb})
		if wikinews.err != nil {
			wikinews.err = fmt.Errorf("%w\n%s", wikinews.err, errb.String())
		}
	})
	if wikinews.err != nil {
		t.Fatalf("build the Wikinews store: %v", wikinews.err)
	}
	return wikinews.db
}

// peakRSS returns the process's peak resident set (VmHWM), or "" where
// /proc does not tell.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// TestServeLoad sends 2,000 mixed requests to the explorer's API and to
// Gizmo, 50 at a time, over loopback, on the store of every Wikinews
// article: every one must succeed, and the server must be left with the
// goroutines it had. It reports the peak RSS of the test process (server
// and clients) and the latency by endpoint (measured here for the record;
// bench/ measures speed).
func TestServeLoad(t *testing.T) {
	db := wikinewsStore(t)
	addr, _ := startServeEnv(t, nil, "--store", db, "--access-log=false")
	waitAPI(t, addr)
	base := "http://" + addr
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	client := &http.Client{Transport: tr, Timeout: time.Minute}
	get := func(path string, v any) (int, error) {
		resp, err := client.Get(base + path)
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			return resp.StatusCode, err
		}
		if resp.StatusCode != 200 {
			return resp.StatusCode, fmt.Errorf("%s: %d %.200s", path, resp.StatusCode, b)
		}
		if v != nil {
			return 200, json.Unmarshal(b, v)
		}
		return 200, nil
	}

	// What to ask for: entities, their facts and documents.
	var o explore.Overview
	if _, err := get("/api/v1/overview", &o); err != nil {
		t.Fatal(err)
	}
	var ents, docs []string
	var edges [][3]string
	for _, q := range []string{"a", "e", "i", "o", "u", "s", "m", "c", "t", "b"} {
		var res explore.SearchResult
		if _, err := get("/api/v1/search?limit=50&q="+q, &res); err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Results {
			ents = append(ents, r.ID)
		}
	}
	for _, id := range ents[:40] {
		var e explore.EntityPage
		if _, err := get("/api/v1/entity?id="+url.QueryEscape(id), &e); err != nil {
			t.Fatal(err)
		}
		for _, d := range e.Documents {
			docs = append(docs, d.ID)
		}
		for _, g := range e.Relations {
			for _, ed := range g.Edges {
				edges = append(edges, [3]string{ed.Subject.ID, ed.Predicate, ed.Object.ID})
			}
		}
	}
	if len(ents) < 100 || len(docs) < 20 || len(edges) < 20 || len(o.Predicates) < 5 {
		t.Fatalf("too little to ask for: %d entities, %d documents, %d facts", len(ents), len(docs), len(edges))
	}

	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(s []string) string { return url.QueryEscape(s[rng.IntN(len(s))]) }
	type req struct{ kind, path string }
	var reqs []req
	for i := 0; i < 2000; i++ {
		var r req
		switch k := i % 20; {
		case k < 5:
			name := []rune(ents[rng.IntN(len(ents))]) // (a prefix of whole characters: "Paweł" is no "Pawe" and half an "ł")
			r = req{"search", "/api/v1/search?q=" + url.QueryEscape(string(name[:min(len(name), 1+rng.IntN(6))]))}
		case k < 9:
			r = req{"entity", "/api/v1/entity?id=" + pick(ents)}
		case k < 11:
			e := edges[rng.IntN(len(edges))]
			r = req{"evidence", fmt.Sprintf("/api/v1/evidence?s=%s&p=%s&o=%s", url.QueryEscape(e[0]), url.QueryEscape(e[1]), url.QueryEscape(e[2]))}
		case k < 13:
			r = req{"document", "/api/v1/document?id=" + pick(docs)}
		case k < 15:
			r = req{"neighbourhood 2 hops", "/api/v1/neighbourhood?hops=2&limit=500&id=" + pick(ents)}
		case k == 15:
			r = req{"neighbourhood filtered", "/api/v1/neighbourhood?id=" + pick(ents) + "&predicates=" + url.QueryEscape(o.Predicates[rng.IntN(5)].Name) + "&min_docs=1&since=2020-01-01"}
		case k == 16:
			r = req{"whole graph", "/api/v1/neighbourhood?limit=" + fmt.Sprint(500+rng.IntN(2500))}
		case k == 17:
			r = req{"facts and conflicts", []string{"/api/v1/facts?limit=200", "/api/v1/conflicts", "/api/v1/overview"}[rng.IntN(3)]}
		case k == 18:
			r = req{"gizmo", "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(`g.V("<entity:`+ents[rng.IntN(len(ents))]+`>").Out().Limit(20).All()`)}
		default:
			if i%100 == 19 {
				r = req{"export", "/api/v1/export?format=graphml&id=" + pick(ents)}
			} else {
				r = req{"subgraph", "/api/v1/subgraph?id=" + strings.Join(func() []string {
					var ids []string
					for range 20 {
						ids = append(ids, pick(ents))
					}
					return ids
				}(), "&id=")}
			}
		}
		reqs = append(reqs, r)
	}

	runtime.GC()
	before := runtime.NumGoroutine()
	var mu sync.Mutex
	lat := map[string][]time.Duration{}
	var errs []error
	work := make(chan req)
	var wg sync.WaitGroup
	start := time.Now()
	for range 50 {
		wg.Go(func() {
			for r := range work {
				t0 := time.Now()
				_, err := get(r.path, nil)
				d := time.Since(t0)
				mu.Lock()
				lat[r.kind] = append(lat[r.kind], d)
				if err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", r.kind, err))
				}
				mu.Unlock()
			}
		})
	}
	for _, r := range reqs {
		work <- r
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)
	for _, err := range errs[:min(len(errs), 10)] {
		t.Error(err)
	}
	if len(errs) > 0 {
		t.Fatalf("%d of %d requests failed", len(errs), len(reqs))
	}
	// Every connection closed, the server's goroutines go back to what
	// they were.
	tr.CloseIdleConnections()
	after := 0
	for i := 0; i < 200; i++ {
		runtime.GC()
		if after = runtime.NumGoroutine(); after <= before {
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	if after > before {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines after the load, %d before:\n%s", after, before, buf[:runtime.Stack(buf, true)])
	}
	var kinds []string
	for k := range lat {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	var report strings.Builder
	for _, k := range kinds {
		ds := lat[k]
		slices.Sort(ds)
		fmt.Fprintf(&report, "\n  %-22s %4d requests, median %v, p95 %v", k, len(ds), ds[len(ds)/2].Round(time.Microsecond), ds[len(ds)*95/100].Round(time.Microsecond))
	}
	t.Logf("%d requests, 50 at a time, in %v (%d documents, %d quads); goroutines %d before, %d after; peak RSS of the test process %s%s",
		len(reqs), elapsed.Round(time.Millisecond), o.Documents, o.Quads, before, after, peakRSS(), report.String())
}

// TestServeHostileWikinews sends the hostile Gizmo queries and the
// largest API requests to a server of the whole Wikinews store: each is
// answered with its limit or an error, and the server keeps answering.
func TestServeHostileWikinews(t *testing.T) {
	db := wikinewsStore(t)
	addr, _ := startServeEnv(t, nil, "--store", db, "--access-log=false", "--timeout", "10s", "--limit", "1000", "--max-memory", "67108864")
	waitAPI(t, addr)
	gizmo := func(q string) (int, map[string]any) {
		resp, body := do(t, "POST", "http://"+addr+"/api/v2/query?lang=gizmo", q, nil)
		var v map[string]any
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatalf("%.60s: %d, not JSON: %.200s", q, resp.StatusCode, body)
		}
		return resp.StatusCode, v
	}
	tests := []struct {
		name, q string
		code    int
		want    string // in the error, or "" for results
		rows    int    // results wanted, when want is ""
	}{
		{"endless loop", `while(true){}`, 400, "stopped after 10s", 0},
		{"huge arrays", `var a=[];while(true){a.push(new Array(1e6).fill(1))}`, 503, "MiB", 0},
		{"deep recursion", `function f(n){return f(n+1)+1};f(0)`, 400, "nested too deeply", 0},
		{"a million rows", `g.V().All()`, 200, "", 1000},
		{"a million emits", `for(var i=0;i<1e6;i++){g.Emit(i)}`, 200, "", 1000},
		{"every path of two hops", `g.V().Out().Out().All()`, 200, "", 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, v := gizmo(tt.q)
			errMsg, _ := v["error"].(string)
			res, _ := v["result"].([]any)
			if code != tt.code || !strings.Contains(errMsg, tt.want) || tt.want == "" && len(res) != tt.rows {
				t.Errorf("got %d, error %q, %d results; want %d, %q, %d results", code, errMsg, len(res), tt.code, tt.want, tt.rows)
			}
			if code, _ := gizmo(`g.V().Limit(1).All()`); code != 200 {
				t.Fatalf("the server stopped answering queries: %d", code)
			}
		})
	}
	// The largest answers the API gives are bounded.
	var o explore.Overview
	_, body := do(t, "GET", "http://"+addr+"/api/v1/overview", "", nil)
	json.Unmarshal([]byte(body), &o)
	hub := o.TopEntities[0].ID
	for _, path := range []string{
		"/api/v1/neighbourhood?limit=5000",
		"/api/v1/neighbourhood?hops=2&limit=5000&id=" + url.QueryEscape(hub),
		"/api/v1/entity?limit=5000&id=" + url.QueryEscape(hub),
		"/api/v1/search?limit=50&q=a",
		"/api/v1/facts?limit=200",
	} {
		resp, body := do(t, "GET", "http://"+addr+path, "", nil)
		if resp.StatusCode != 200 || len(body) > 8<<20 {
			t.Errorf("%s: %d, %d bytes", path, resp.StatusCode, len(body))
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
}
