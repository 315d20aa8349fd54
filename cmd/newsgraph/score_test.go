package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A graphScore is the part of graphscore --json a test checks.
type graphScore struct {
	Entities struct {
		Recall       float64 `json:"recall"`
		TypeAccuracy float64 `json:"type_accuracy"`
		Fragmented   int     `json:"fragmented_count"`
		Merged       int     `json:"merge_count"`
		Junk         int     `json:"junk_count"`
	} `json:"entities"`
	Facts struct {
		Recall  float64 `json:"recall"`
		NonHard struct {
			Recall float64 `json:"recall"`
		} `json:"non_hard"`
		Hard struct {
			Recall float64 `json:"recall"`
		} `json:"hard"`
	} `json:"facts"`
	Roles struct {
		Recall float64 `json:"recall"`
	} `json:"roles"`
	Precision struct {
		Precision float64 `json:"precision"`
	} `json:"precision_proxy"`
}

// scoreGraph runs shared/eval/graphscore on a GraphML file.
func scoreGraph(t *testing.T, sh, gold, gml string) graphScore {
	t.Helper()
	out, err := exec.Command(filepath.Join(sh, "eval", "graphscore"), gold, gml, "--json").Output()
	if err != nil {
		t.Fatalf("graphscore %s: %v\n%s", gold, err, out)
	}
	var s graphScore
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatalf("graphscore output: %v", err)
	}
	return s
}

// A floor is a least (or, for counts, greatest) value a measure may take.
type floor struct {
	name string
	get  func(graphScore) float64
	min  float64 // 0 when the floor is a maximum
	max  float64
}

func checkFloors(t *testing.T, what string, s graphScore, floors []floor) {
	t.Helper()
	for _, f := range floors {
		v := f.get(s)
		if f.max > 0 && v > f.max || f.max == 0 && v < f.min {
			t.Errorf("%s: %s = %.3f, floor %.3f/%.0f", what, f.name, v, f.min, f.max)
		}
	}
}

// TestNewsDevScore builds the forty Wikinews articles of shared/eval/news-dev
// (which the extractor was developed on, n01–n30, and checked against,
// n31–n40), scores the GraphML export against their gold and prints the
// table; it fails when a measure falls under its floor. The floors are the
// figures the extractor reached when they were set, less a small margin,
// so that a change that makes news extraction worse does not land.
func TestNewsDevScore(t *testing.T) {
	if testing.Short() {
		t.Skip("builds forty articles")
	}
	sh := shared(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "nd.db")
	mustRun(t, "build", "--quiet", "--store", db, filepath.Join(sh, "eval", "news-dev"))
	gml := filepath.Join(dir, "nd.graphml")
	mustRun(t, "export", "--store", db, "-o", gml)
	gold := filepath.Join(sh, "eval", "news-dev-gold.json")
	parts := []struct{ name, first, last string }{{"all", "", ""}, {"n01–n30", "n01", "n30"}, {"n31–n40", "n31", "n40"}}
	var scores []graphScore
	for _, p := range parts {
		g := gold
		if p.first != "" {
			g = filepath.Join(dir, "gold-"+p.first+".json")
			out, err := exec.Command("python3", "../../eval/splitgold.py", gold, filepath.Join(sh, "eval", "news-dev"), p.first, p.last).Output()
			if err != nil {
				t.Fatalf("splitgold: %v", err)
			}
			if err := os.WriteFile(g, out, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		scores = append(scores, scoreGraph(t, sh, g, gml))
	}
	var b strings.Builder
	row := func(name string, f func(graphScore) float64, count bool) {
		fmt.Fprintf(&b, "%-28s", name)
		for _, s := range scores {
			if count {
				fmt.Fprintf(&b, " %8.0f", f(s))
			} else {
				fmt.Fprintf(&b, " %8.3f", f(s))
			}
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "%-28s %8s %8s %8s\n", "news-dev", "all", "n01–n30", "n31–n40")
	row("entity recall", func(s graphScore) float64 { return s.Entities.Recall }, false)
	row("entity type accuracy", func(s graphScore) float64 { return s.Entities.TypeAccuracy }, false)
	row("fragmented", func(s graphScore) float64 { return float64(s.Entities.Fragmented) }, true)
	row("merged", func(s graphScore) float64 { return float64(s.Entities.Merged) }, true)
	row("junk", func(s graphScore) float64 { return float64(s.Entities.Junk) }, true)
	row("fact recall", func(s graphScore) float64 { return s.Facts.Recall }, false)
	row("  non-hard", func(s graphScore) float64 { return s.Facts.NonHard.Recall }, false)
	row("  hard", func(s graphScore) float64 { return s.Facts.Hard.Recall }, false)
	row("role recall", func(s graphScore) float64 { return s.Roles.Recall }, false)
	row("precision proxy", func(s graphScore) float64 { return s.Precision.Precision }, false)
	t.Logf("graphscore on news-dev:\n%s", b.String())
	fmt.Print(b.String())

	checkFloors(t, "news-dev", scores[0], []floor{
		{name: "entity recall", get: func(s graphScore) float64 { return s.Entities.Recall }, min: newsDevFloor.entityRecall},
		{name: "type accuracy", get: func(s graphScore) float64 { return s.Entities.TypeAccuracy }, min: newsDevFloor.typeAccuracy},
		{name: "fragmented", get: func(s graphScore) float64 { return float64(s.Entities.Fragmented) }, max: newsDevFloor.fragmented},
		{name: "merged", get: func(s graphScore) float64 { return float64(s.Entities.Merged) }, max: newsDevFloor.merged},
		{name: "junk", get: func(s graphScore) float64 { return float64(s.Entities.Junk) }, max: newsDevFloor.junk},
		{name: "fact recall", get: func(s graphScore) float64 { return s.Facts.Recall }, min: newsDevFloor.factRecall},
		{name: "non-hard fact recall", get: func(s graphScore) float64 { return s.Facts.NonHard.Recall }, min: newsDevFloor.nonHard},
		{name: "hard fact recall", get: func(s graphScore) float64 { return s.Facts.Hard.Recall }, min: newsDevFloor.hard},
		{name: "role recall", get: func(s graphScore) float64 { return s.Roles.Recall }, min: newsDevFloor.roles},
		{name: "precision proxy", get: func(s graphScore) float64 { return s.Precision.Precision }, min: newsDevFloor.precision},
	})
}

// newsDevFloor holds the floors of TestNewsDevScore (see its comment).
var newsDevFloor = struct {
	entityRecall, typeAccuracy, factRecall, nonHard, hard, roles, precision float64
	fragmented, merged, junk                                                float64
}{
	entityRecall: 0.905, typeAccuracy: 0.91, factRecall: 0.635, nonHard: 0.92, hard: 0.31, roles: 0.885, precision: 0.96,
	fragmented: 12, merged: 5, junk: 4,
}
