package ingest_test

import (
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// corpusDir returns ../shared/corpus next to the repository root (the first
// folder above the working folder holding go.mod). When it is absent the
// test is skipped, or fails when CI=true.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	return sharedtest.Dir(tb, "corpus")
}

func TestCorpusSeeds(t *testing.T) {
	seeds := filepath.Join(corpusDir(t), "seeds")
	var ids []string
	for _, r := range walkAll(t, []string{seeds}, ingest.Options{}) {
		if r.err != nil {
			t.Errorf("got error %v, want none", r.err)
			continue
		}
		ids = append(ids, r.doc.ID)
		if len(r.doc.Text) < 200 {
			t.Errorf("%s: got %d bytes of text, want an article", r.doc.Source, len(r.doc.Text))
		}
		wantTitle := r.doc.ID == "004" // the only seed that starts with a headline
		if (r.doc.Title != "") != wantTitle {
			t.Errorf("%s: got title %q, want one: %v", r.doc.Source, r.doc.Title, wantTitle)
		}
	}
	if want := []string{"000", "001", "002", "003", "004"}; !slices.Equal(ids, want) {
		t.Errorf("got IDs %q, want %q", ids, want)
	}
}

func TestCorpusWikinews(t *testing.T) {
	dir := filepath.Join(corpusDir(t), "wikinews")
	n := 0
	seen := map[string]bool{}
	for _, r := range walkAll(t, []string{dir}, ingest.Options{}) {
		if r.err != nil {
			t.Errorf("got error %v, want none", r.err)
			continue
		}
		n++
		d := r.doc
		if !strings.HasPrefix(d.ID, "https://en.wikinews.org/") || d.URL != d.ID {
			t.Errorf("%s: got ID %q URL %q, want the article URL as both", d.Source, d.ID, d.URL)
		}
		if seen[d.ID] {
			t.Errorf("%s: duplicate ID %q", d.Source, d.ID)
		}
		seen[d.ID] = true
		if d.Title == "" || d.Published.IsZero() || strings.TrimSpace(d.Text) == "" {
			t.Errorf("%s: got title %q, published %v, %d bytes of text; want all set", d.Source, d.Title, d.Published, len(d.Text))
		}
		if y := d.Published.Year(); y < 2019 || y > 2021 { // a few 2020 pages were dated 2021
			t.Errorf("%s: got year %d, want 2019 to 2021", d.Source, y)
		}
	}
	if n != 283 {
		t.Errorf("got %d documents, want 283", n)
	}
}

func BenchmarkWikinews(b *testing.B) {
	dir := filepath.Join(corpusDir(b), "wikinews")
	var size int64
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no CSV files in %s: %v", dir, err)
	}
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := ingest.Walk(context.Background(), files, ingest.Options{}, func(_ newsgraph.Doc, err error) error {
			n++
			return err
		})
		if err != nil || n != 283 {
			b.Fatalf("got %d docs, error %v; want 283, none", n, err)
		}
	}
}

// writeWikinewsHTML renders the Wikinews articles as HTML pages with
// navigation, a sidebar and a footer around them, in a temporary folder, and
// returns the folder and the articles by file ID.
func writeWikinewsHTML(tb testing.TB) (string, map[string]newsgraph.Doc) {
	tb.Helper()
	src := filepath.Join(corpusDir(tb), "wikinews")
	dir := tb.TempDir()
	docs := map[string]newsgraph.Doc{}
	n := 0
	err := ingest.Walk(context.Background(), []string{src}, ingest.Options{}, func(d newsgraph.Doc, err error) error {
		if err != nil {
			return err
		}
		n++
		id := fmt.Sprintf("%03d", n)
		docs[id] = d
		var b strings.Builder
		fmt.Fprintf(&b, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s - Wikinews</title>\n", html.EscapeString(d.Title))
		fmt.Fprintf(&b, "<meta property=\"og:url\" content=\"%s\"><meta property=\"article:published_time\" content=\"%s\"></head>\n", html.EscapeString(d.URL), d.Published.Format(time.RFC3339))
		b.WriteString("<body><header><a href=\"/\">Front page</a></header><nav><ul><li><a href=\"/a\">World</a></li><li><a href=\"/b\">Sport</a></li><li><a href=\"/c\">Weather report</a></li></ul></nav>\n")
		b.WriteString("<div id=\"content\"><article><h1>" + html.EscapeString(d.Title) + "</h1>\n")
		for _, p := range strings.Split(d.Text, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
			}
		}
		b.WriteString("</article><aside class=\"sidebar\"><h2>Related stories</h2><ul><li><a href=\"/x\">Sidebar link one</a></li><li><a href=\"/y\">Sidebar link two</a></li></ul></aside></div>\n")
		b.WriteString("<footer><p>Boilerplate footer: all text is available under a licence.</p></footer></body></html>\n")
		return os.WriteFile(filepath.Join(dir, id+".html"), []byte(b.String()), 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	return dir, docs
}

// TestCorpusHTML checks readability on real article text in a page with
// boilerplate: paragraphs kept in order, boilerplate dropped.
func TestCorpusHTML(t *testing.T) {
	dir, docs := writeWikinewsHTML(t)
	var paras, found, leaks, pages int
	for _, r := range walkAll(t, []string{dir}, ingest.Options{}) {
		if r.err != nil {
			t.Errorf("got error %v, want none", r.err)
			continue
		}
		pages++
		want := docs[r.doc.ID]
		if r.doc.Title != want.Title || r.doc.URL != want.URL || !r.doc.Published.Equal(want.Published) {
			t.Errorf("%s: got title %q URL %q published %v, want %q %q %v", r.doc.Source, r.doc.Title, r.doc.URL, r.doc.Published, want.Title, want.URL, want.Published)
		}
		got := map[string]bool{}
		for _, l := range strings.Split(r.doc.Text, "\n") {
			got[l] = true
		}
		for _, p := range strings.Split(want.Text, "\n") {
			// White space as HTML collapses it, plus no-break spaces.
			p = strings.Join(strings.FieldsFunc(p, func(r rune) bool { return strings.ContainsRune(" \t\n\r\f\u00a0", r) }), " ")
			if p = strings.TrimSpace(p); p != "" {
				paras++
				if got[p] {
					found++
				} else {
					t.Logf("%s: missing paragraph %q", r.doc.Source, p)
				}
			}
		}
		for _, s := range []string{"Sidebar link", "Boilerplate footer", "Weather report", "Front page"} {
			if strings.Contains(r.doc.Text, s) {
				t.Logf("%s: boilerplate %q in text", r.doc.Source, s)
				leaks++
				break
			}
		}
	}
	recall := float64(found) / float64(paras)
	t.Logf("%d pages: %d of %d paragraphs found (%.1f%%), boilerplate in %d pages", pages, found, paras, 100*recall, leaks)
	if pages != len(docs) || recall < 0.97 || leaks > pages/50 {
		t.Errorf("got %d pages, paragraph recall %.3f, boilerplate in %d pages; want %d, ≥ 0.97, ≤ 2%%", pages, recall, leaks, len(docs))
	}
}

func BenchmarkHTML(b *testing.B) {
	dir, _ := writeWikinewsHTML(b)
	var size int64
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		fi, err := e.Info()
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		if err := ingest.Walk(context.Background(), []string{dir}, ingest.Options{}, func(_ newsgraph.Doc, err error) error { return err }); err != nil {
			b.Fatal(err)
		}
	}
}
