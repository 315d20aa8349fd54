package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/explore"
	"github.com/newsgraph/newsgraph/graph"
)

// apiCmd measures the web explorer's API on a store: the time to read the
// store into the explorer's index, and the latency of search, entity pages
// and 2-hop neighbourhoods over loopback HTTP, one request at a time, on
// the entities the store mentions most (after one untimed round).
func apiCmd(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("api", flag.ExitOnError)
	path := fs.String("store", "", "Bolt store")
	runs := fs.Int("runs", 200, "timed requests of each kind")
	fs.Parse(args)
	s, err := graph.Open(ctx, graph.Options{Path: *path, ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	ex := explore.New(s, explore.Options{})
	start := time.Now()
	if err := ex.Load(ctx); err != nil {
		return err
	}
	loadS := time.Since(start).Seconds()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	srv := httptest.NewServer(ex.Handler())
	defer srv.Close()
	get := func(p string, v any) (time.Duration, error) {
		t0 := time.Now()
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			return 0, err
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		d := time.Since(t0)
		if err != nil {
			return 0, err
		}
		if resp.StatusCode != 200 {
			return 0, fmt.Errorf("%s: %d %.200s", p, resp.StatusCode, b)
		}
		if v != nil {
			return d, json.Unmarshal(b, v)
		}
		return d, nil
	}

	// The entities to ask for: the most mentioned, found as a user finds
	// them, by search.
	var o explore.Overview
	if _, err := get("/api/v1/overview", &o); err != nil {
		return err
	}
	seen := map[string]bool{}
	var ents []explore.SearchHit
	for _, q := range strings.Split("a b c d e f g h i j k l m n o p r s t u v w", " ") {
		var res explore.SearchResult
		if _, err := get("/api/v1/search?limit=50&q="+q, &res); err != nil {
			return err
		}
		for _, r := range res.Results {
			if !seen[r.ID] {
				seen[r.ID] = true
				ents = append(ents, r)
			}
		}
	}
	slices.SortFunc(ents, func(a, b explore.SearchHit) int { return b.Mentions - a.Mentions })
	ents = ents[:min(len(ents), 200)]
	if len(ents) == 0 {
		return fmt.Errorf("the store holds no entity")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	type kind struct {
		name string
		path func(e explore.SearchHit) string
	}
	kinds := []kind{
		{"search", func(e explore.SearchHit) string {
			return "/api/v1/search?q=" + url.QueryEscape(e.Name[:min(len(e.Name), 1+rng.IntN(6))])
		}},
		{"entity", func(e explore.SearchHit) string { return "/api/v1/entity?id=" + url.QueryEscape(e.ID) }},
		{"neighbourhood_2hops", func(e explore.SearchHit) string { return "/api/v1/neighbourhood?hops=2&id=" + url.QueryEscape(e.ID) }},
	}
	out := map[string]any{"store": *path, "quads": o.Quads, "documents": o.Documents, "entities": o.Entities,
		"load_s": loadS, "heap_mb": float64(m.HeapInuse) / (1 << 20), "runs": *runs}
	maxFacts, maxEdges := 0, 0
	for _, e := range ents {
		var pg explore.EntityPage
		if _, err := get("/api/v1/entity?id="+url.QueryEscape(e.ID), &pg); err != nil {
			return err
		}
		facts := 0
		for _, g := range pg.Relations {
			for _, ed := range g.Edges {
				facts += ed.Weight
			}
		}
		facts += pg.QuotePage.Total
		maxFacts = max(maxFacts, facts)
		maxEdges = max(maxEdges, pg.RelPage.Total)
	}
	out["entity_max_facts"], out["entity_max_relations"] = maxFacts, maxEdges
	for _, k := range kinds {
		var ms []float64
		for i := range *runs {
			d, err := get(k.path(ents[i%len(ents)]), nil)
			if err != nil {
				return err
			}
			ms = append(ms, float64(d.Microseconds())/1000)
		}
		slices.Sort(ms)
		out[k.name+"_median_ms"] = median(ms)
		out[k.name+"_p95_ms"] = ms[len(ms)*95/100]
	}
	out["peak_rss_mb"] = peakRSSMB()
	return json.NewEncoder(os.Stdout).Encode(out)
}

// peakRSSMB returns the process's peak resident set in MB (VmHWM), 0 when
// /proc does not tell.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(v), "%f", &kb)
			return kb / 1024
		}
	}
	return 0
}
