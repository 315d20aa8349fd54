// Command show prints what the parse extractor reads from text files:
// entities with their types, aliases and roles, and facts with their
// evidence. A development aid.
//
//	go run ./extract/parse/internal/show FILE...
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/parse"
)

func main() {
	an, err := analyze.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, "show:", err)
		os.Exit(1)
	}
	ex, err := parse.New(an)
	if err != nil {
		fmt.Fprintln(os.Stderr, "show:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, path := range os.Args[1:] {
		b, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "show:", err)
			os.Exit(1)
		}
		d := newsgraph.Doc{ID: path, Source: path, Text: string(b)}
		x, err := ex.Extract(context.Background(), d)
		if err != nil {
			fmt.Fprintln(os.Stderr, "show:", err)
			os.Exit(1)
		}
		fmt.Fprintf(w, "== %s\n", path)
		name := map[string]string{}
		for _, e := range x.Entities {
			name[e.Key] = e.Name
			if e.Type == newsgraph.Quote {
				continue
			}
			fmt.Fprintf(w, "%-4s %-12s %s", e.Key, e.Type, e.Name)
			if len(e.Aliases) > 0 {
				fmt.Fprintf(w, "  aka %s", strings.Join(e.Aliases, " | "))
			}
			if len(e.Roles) > 0 {
				fmt.Fprintf(w, "  roles %s", strings.Join(e.Roles, " | "))
			}
			fmt.Fprintf(w, "  (%d)\n", len(e.Mentions))
		}
		for _, f := range x.Facts {
			p := f.Predicate
			if f.Negated {
				p = "not_" + p
			}
			if f.Modality != "" {
				p += "[" + string(f.Modality) + "]"
			}
			o := name[f.Object]
			if len(o) > 60 {
				o = o[:60] + "…"
			}
			fmt.Fprintf(w, "  %s –%s→ %s   «%s»\n", name[f.Subject], p, o, trim(d.Text[f.Span.Start:f.Span.End]))
		}
	}
}

func trim(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}
