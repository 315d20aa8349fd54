package rules

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
)

// TestDump prints the extraction of the file named by RULES_DUMP, for
// development: RULES_DUMP=path go test -run TestDump -v.
func TestDump(t *testing.T) {
	path := os.Getenv("RULES_DUMP")
	if path == "" {
		t.Skip("set RULES_DUMP to a text file to print its extraction")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := newsgraph.Doc{ID: path, Source: path, Text: string(b)}
	x, err := New().Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.Key] = e.Name
		if e.Type != newsgraph.Quote {
			fmt.Printf("%s %-12s %q aliases=%q roles=%q n=%d\n", e.Key, e.Type, e.Name, e.Aliases, e.Roles, len(e.Mentions))
		}
	}
	for _, f := range x.Facts {
		o := names[f.Object]
		if len(o) > 50 {
			o = o[:50] + "…"
		}
		fmt.Printf("  %s -%s%s[%s %s %.2f]-> %s\n", names[f.Subject], map[bool]string{true: "NOT "}[f.Negated], f.Predicate, f.Raw, f.Modality, f.Confidence, o)
	}
}

// TestDumpCSV prints a sample of facts from a CSV of articles (columns
// url,date,title,text) named by RULES_CSV, for development; with
// RULES_PARSE set, from the parse-based extractor.
func TestDumpCSV(t *testing.T) {
	path := os.Getenv("RULES_CSV")
	if path == "" {
		t.Skip("set RULES_CSV to a url,date,title,text CSV to print its facts")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var ex newsgraph.Extractor = New()
	if os.Getenv("RULES_PARSE") != "" {
		an, err := analyze.Default()
		if err != nil {
			t.Fatal(err)
		}
		ex = NewParsed(an)
	}
	start := time.Now()
	nf, nb := 0, 0
	for i, row := range rows {
		if i == 0 || len(row) < 4 {
			continue
		}
		d := newsgraph.Doc{ID: row[0], Source: fmt.Sprintf("%s:%d", path, i+1), Text: row[3]}
		nb += len(row[3])
		x, err := ex.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]newsgraph.Entity{}
		for _, e := range x.Entities {
			names[e.Key] = e
		}
		for _, f := range x.Facts {
			nf++
			if os.Getenv("RULES_QUIET") != "" {
				continue
			}
			o := names[f.Object].Name
			if len(o) > 40 {
				o = o[:40] + "…"
			}
			neg := ""
			if f.Negated {
				neg = "NOT "
			}
			fmt.Printf("%d\t%s [%s] -%s%s(%s)-> %s [%s]\t|| %s\n", i, names[f.Subject].Name, names[f.Subject].Type, neg, f.Predicate, f.Raw, o, names[f.Object].Type, strings.ReplaceAll(d.Text[f.Evidence.Start:f.Evidence.End], "\n", " "))
		}
	}
	el := time.Since(start)
	fmt.Printf("docs=%d facts=%d bytes=%d elapsed=%v (%.1f MB/s)\n", len(rows)-1, nf, nb, el, float64(nb)/el.Seconds()/1e6)
}

// TestDumpClauseFacts prints, for each text file named in RULES_CLAUSE
// (space-separated), the facts the parse-based extractor adds to those of
// the rules alone, for development.
func TestDumpClauseFacts(t *testing.T) {
	paths := strings.Fields(os.Getenv("RULES_CLAUSE"))
	if len(paths) == 0 {
		t.Skip("set RULES_CLAUSE to text files to print the facts the parse adds")
	}
	an, err := analyze.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d := newsgraph.Doc{ID: path, Source: path, Text: string(b)}
		base, err := New().Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := NewParsed(an).Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, f := range describeFacts(d.Text, base) {
			seen[f] = true
		}
		for _, f := range describeFacts(d.Text, parsed) {
			if !seen[f] {
				fmt.Printf("%s\t%s\n", path, f)
			}
		}
	}
}

func describeFacts(text string, x *newsgraph.Extraction) []string {
	names := map[string]newsgraph.Entity{}
	for _, e := range x.Entities {
		names[e.Key] = e
	}
	var out []string
	for _, f := range x.Facts {
		neg := ""
		if f.Negated {
			neg = "NOT "
		}
		out = append(out, fmt.Sprintf("%s [%s] -%s%s(%s|%s)-> %s [%s]\t|| %s", names[f.Subject].Name, names[f.Subject].Type, neg, f.Predicate, f.Raw, f.Modality, names[f.Object].Name, names[f.Object].Type, strings.ReplaceAll(text[f.Span.Start:f.Span.End], "\n", " ")))
	}
	return out
}
