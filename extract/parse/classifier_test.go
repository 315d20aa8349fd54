package parse

import (
	"context"
	"fmt"
	"runtime"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/relclass"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// classifierFacts extracts text and returns the facts the relation
// classifier added, written "Subject –pred→ Object", and all facts.
func classifierFacts(t *testing.T, text string) (added, all []string) {
	t.Helper()
	ex, err := extractor(t).Extract(context.Background(), newsgraph.Doc{ID: "t", Source: "test", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, e := range ex.Entities {
		names[e.Key] = e.Name
	}
	for _, f := range ex.Facts {
		s := fmt.Sprintf("%s –%s→ %s", names[f.Subject], f.Predicate, names[f.Object])
		all = append(all, s)
		if f.Raw == classifierRaw {
			added = append(added, s)
		}
	}
	return added, all
}

func TestClassified(t *testing.T) {
	cases := []struct {
		name, text string
		added      []string // exactly the facts the classifier adds
		all        []string // facts that must be there, from anyone
	}{
		{"place in a place, now read by the rules (\"X, a port city in Y\")", "A fire destroyed homes in Chittagong, a port city in Bangladesh.",
			nil, []string{"Chittagong –located_in→ Bangladesh"}},
		{"born under another name", "Mara Quinn was born Mary Ellen Quinn in Dorval, Quebec, in 1950.",
			[]string{"Mara Quinn –born_in→ Dorval", "Mara Quinn –born_in→ Quebec"}, // (the birth name is an alias of hers)
			[]string{"Dorval –located_in→ Quebec"}},
		{"no word of birth", "Police in Dorval, Quebec, said Mara Quinn had been arrested twice.",
			nil, nil},
		{"a resident", "A resident of Dorval, Quebec, Mara Quinn was arrested on Monday.",
			nil, nil},
		{"coordinated places", "Protests were held in Texas, Georgia and Ohio on Saturday.",
			nil, nil},
		{"related by the rules", "Maria Lopez joined Vexa Systems in 2015 as an engineer.",
			nil, []string{"Maria Lopez –member_of→ Vexa Systems"}},
		{"inside a quotation", `"We stayed in Chittagong, a port city in Bangladesh," she told reporters.`,
			nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			added, all := classifierFacts(t, c.text)
			if fmt.Sprint(added) != fmt.Sprint(c.added) {
				t.Errorf("classifier facts: got %q, want %q", added, c.added)
			}
			for _, w := range c.all {
				n := 0
				for _, f := range all {
					if f == w {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%s: found %d times, want once (all: %q)", w, n, all)
				}
			}
		})
	}
}

// BenchmarkExtractWikinews measures the whole extractor (analysis
// included) over the Wikinews articles, without the relation classifier
// and with it; run the two sub-benchmarks interleaved, in separate
// processes, to compare them (MB/cpu-s is the steadier figure).
func BenchmarkExtractWikinews(b *testing.B) {
	texts := sharedtest.WikinewsTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	full := extractor(b)
	rules := &Extractor{an: full.an, coref: full.coref}
	for _, c := range []struct {
		name string
		e    *Extractor
	}{{"rules", rules}, {"classifier", full}} {
		b.Run(c.name, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu0 := threadCPU()
			for b.Loop() {
				for _, t := range texts {
					if _, err := c.e.Extract(context.Background(), newsgraph.Doc{ID: "b", Source: "bench", Text: t}); err != nil {
						b.Fatal(err)
					}
				}
			}
			if cpu := threadCPU() - cpu0; cpu > 0 {
				// throughput per CPU second of this thread: steadier
				// than wall time on a busy machine
				b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
			}
		})
	}
}

func TestRuleShaped(t *testing.T) {
	cases := []struct {
		text string
		a, b [2]int // token spans of the two names
		want bool
	}{
		{"The United States Central Intelligence Agency declined to comment.", [2]int{1, 3}, [2]int{3, 7}, true},
		{"Protests were held in Texas, Georgia and Ohio on Saturday.", [2]int{4, 5}, [2]int{8, 9}, true},
		{"Protests were held in Texas, Georgia and Ohio on Saturday.", [2]int{6, 7}, [2]int{8, 9}, true},
		{"The concert took place at Central Park in New York City.", [2]int{6, 8}, [2]int{9, 12}, false},
		{"Tourists returned to Kenya's Rift Valley on Monday.", [2]int{3, 4}, [2]int{5, 7}, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := &doc{d: newsgraph.Doc{Text: c.text}, nd: extractor(t).an.Analyze(c.text)}
			x.build()
			s := x.sents[0]
			a := relclass.Mention{Start: c.a[0], End: c.a[1]}
			b := relclass.Mention{Start: c.b[0], End: c.b[1]}
			if got := ruleShaped(s, a, b); got != c.want {
				t.Errorf("ruleShaped(%q, %q) = %v, want %v", x.text(s, a.Start, a.End), x.text(s, b.Start, b.End), got, c.want)
			}
		})
	}
}
