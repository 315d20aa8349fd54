package jsonld_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
	"github.com/newsgraph/newsgraph/exporters/jsonld"
	"github.com/newsgraph/newsgraph/exporters/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func newWriter(opt exporters.Options) func(io.Writer) quad.WriteCloser {
	return func(w io.Writer) quad.WriteCloser { return jsonld.NewWriter(w, opt) }
}

type goldenCase struct {
	name, input string
	opt         exporters.Options
}

func cases(t *testing.T) []goldenCase {
	var out []goldenCase
	for _, in := range exptest.InputNames(t) {
		out = append(out, goldenCase{in, in, exporters.Options{}})
	}
	return append(out,
		goldenCase{"basic-article-000", "basic", exporters.Options{}.With(jsonld.Article, "000")},
		goldenCase{"basic-article-talks", "basic", exporters.Options{}.With(jsonld.Article, "https://other.example.org/world/talks")},
		goldenCase{"escaping-article", "escaping", exporters.Options{}.With(jsonld.Article, `odd/"quoted" id`)},
	)
}

func TestGolden(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := exptest.Write(t, newWriter(c.opt), exptest.ReadInput(t, c.input))
			exptest.Golden(t, *update, c.name+".golden", got)
		})
	}
}

// toRDF runs json-gold's toRDF on a JSON-LD document and returns the
// quads.
func toRDF(t testing.TB, doc []byte) []quad.Quad { return exptest.ToRDF(t, doc) }

func sameQuads(t testing.TB, who string, got, want []quad.Quad) {
	t.Helper()
	g, w := exptest.Canonical(t, got), exptest.Canonical(t, want)
	if a, b := exptest.DiffLines(g, w); len(a)+len(b) > 0 {
		t.Errorf("%s: the N-Quads of the JSON-LD differ from the input: only in JSON-LD %q, only in input %q", who, a, b)
	}
}

// TestJSONGold processes each dataset golden file with json-gold (Go): the
// quads must equal the input quads, nothing lost or added.
func TestJSONGold(t *testing.T) {
	for _, in := range exptest.InputNames(t) {
		t.Run(in, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", in+".golden"))
			if err != nil {
				t.Fatal(err)
			}
			sameQuads(t, "json-gold", toRDF(t, b), exptest.ReadInput(t, in))
		})
	}
}

// TestPython processes each dataset golden file with pyld and rdflib
// (Debian python3-pyld, python3-rdflib, run by /usr/bin/python3).
func TestPython(t *testing.T) {
	t.Parallel()
	names := exptest.InputNames(t)
	var args []string
	for _, in := range names {
		args = append(args, filepath.Join("testdata", in+".golden"))
	}
	var res map[string]map[string]string
	exptest.RunScript(t, &res, "jsonld_check.py", args...)
	for _, in := range names {
		t.Run(in, func(t *testing.T) {
			want := exptest.ReadInput(t, in)
			for _, lib := range []string{"pyld", "rdflib"} {
				got, err := exptest.ParseNQuads([]byte(res[filepath.Join("testdata", in+".golden")][lib]))
				if err != nil {
					t.Fatalf("read %s N-Quads: %v", lib, err)
				}
				sameQuads(t, lib, got, want)
			}
		})
	}
}

// TestFilter checks that a filtered dataset is exactly what the N-Quads
// exporter keeps for the same filter.
func TestFilter(t *testing.T) {
	qs := exptest.ReadInput(t, "basic")
	f := model.Filter{Entity: "Hamas"}
	g, err := model.FromQuads(qs).Graph(f)
	if err != nil {
		t.Fatal(err)
	}
	var want []quad.Quad
	for _, q := range qs {
		if g.KeepQuad(q) {
			want = append(want, q)
		}
	}
	if len(want) == 0 || len(want) == len(qs) {
		t.Fatalf("filter kept %d of %d quads; want some", len(want), len(qs))
	}
	sameQuads(t, "json-gold", toRDF(t, exptest.Write(t, newWriter(exporters.Options{Filter: f}), qs)), want)
}

func TestUnrepresentable(t *testing.T) {
	tests := []struct {
		name string
		q    quad.Quad
	}{
		{"relative subject", quad.Quad{Subject: quad.IRI("entity/x"), Predicate: ng.SchemaName, Object: quad.String("x")}},
		{"prefix scheme", quad.Quad{Subject: quad.IRI("ng:x"), Predicate: ng.SchemaName, Object: quad.String("x")}},
		{"relative predicate", quad.Quad{Subject: quad.IRI("http://x"), Predicate: quad.IRI("name"), Object: quad.String("x")}},
		{"literal label", quad.Quad{Subject: quad.IRI("http://x"), Predicate: ng.SchemaName, Object: quad.String("x"), Label: quad.String("l")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := jsonld.NewWriter(io.Discard, exporters.Options{})
			if err := w.WriteQuad(tt.q); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); !errors.Is(err, jsonld.ErrUnrepresentable) {
				t.Errorf("got %v, want ErrUnrepresentable", err)
			}
		})
	}
}

// schemaProps are the schema.org terms the article snippet may use.
var schemaProps = map[string]bool{
	"@context": true, "@type": true, "@id": true, "identifier": true, "headline": true, "datePublished": true,
	"url": true, "about": true, "mentions": true, "hasPart": true, "name": true, "alternateName": true,
	"jobTitle": true, "text": true, "spokenByCharacter": true, "creator": true,
}

func checkTerms(t *testing.T, v any) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if !schemaProps[k] {
				t.Errorf("snippet uses %q, not in the schema.org terms it should use", k)
			}
			checkTerms(t, x)
		}
	case []any:
		for _, x := range v {
			checkTerms(t, x)
		}
	}
}

func snippetJSON(t *testing.T, out []byte) map[string]any {
	t.Helper()
	s := string(out)
	const open, end = `<script type="application/ld+json">`, "</script>\n"
	if !strings.HasPrefix(s, open) || !strings.HasSuffix(s, end) {
		t.Fatalf("snippet is not one script element:\n%s", s)
	}
	body := s[len(open) : len(s)-len(end)]
	if strings.Contains(body, "</") || strings.Contains(body, "<!--") {
		t.Fatalf("script body contains </ or <!--, which would end or confuse the element")
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("snippet JSON: %v", err)
	}
	return m
}

func TestArticle(t *testing.T) {
	out := exptest.Write(t, newWriter(exporters.Options{}.With(jsonld.Article, "000")), exptest.ReadInput(t, "basic"))
	m := snippetJSON(t, out)
	checkTerms(t, m)
	if m["@type"] != "NewsArticle" || m["headline"] != "Blinken meets Netanyahu in Jerusalem" || m["datePublished"] != "2024-06-10" ||
		m["url"] != "https://news.example.com/2024/06/10/blinken" {
		t.Errorf("got article %v", m)
	}
	about, _ := m["about"].([]any)
	var names []string
	for _, a := range about {
		names = append(names, a.(map[string]any)["name"].(string))
	}
	if got, want := strings.Join(names, ", "), "Antony Blinken, Benjamin Netanyahu, the ceasefire proposal"; got != want {
		t.Errorf("about: got %s, want %s (the most mentioned)", got, want)
	}
	parts, _ := m["hasPart"].([]any)
	if len(parts) != 1 {
		t.Fatalf("got %d quotations, want 1", len(parts))
	}
	q := parts[0].(map[string]any)
	if q["@type"] != "Quotation" || q["text"] != "We are working hard for a deal," {
		t.Errorf("got quotation %v", q)
	}
	for _, k := range []string{"spokenByCharacter", "creator"} {
		if sp, _ := q[k].(map[string]any); sp == nil || sp["name"] != "Antony Blinken" || sp["@type"] != "Person" {
			t.Errorf("quotation %s: got %v, want Antony Blinken", k, q[k])
		}
	}
}

func TestArticleUnknown(t *testing.T) {
	w := jsonld.NewWriter(io.Discard, exporters.Options{}.With(jsonld.Article, "999"))
	w.WriteQuads(exptest.ReadInput(t, "basic"))
	if err := w.Close(); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("got %v, want ErrNotFound", err)
	}
}

// TestExamplePage keeps testdata/example-article.html, a web page that
// embeds the snippet of the fixture article 000, in step with the writer.
func TestExamplePage(t *testing.T) {
	snippet := exptest.Write(t, newWriter(exporters.Options{}.With(jsonld.Article, "000")), exptest.ReadInput(t, "basic"))
	var doc ng.Doc
	for _, c := range exptest.Cases() {
		for _, d := range c.Docs {
			if d.Doc.ID == "000" {
				doc = d.Doc
			}
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n", html.EscapeString(doc.Title))
	b.Write(snippet)
	fmt.Fprintf(&b, "</head>\n<body>\n<article>\n<h1>%s</h1>\n<time datetime=\"2024-06-10\">10 June 2024</time>\n", html.EscapeString(doc.Title))
	for _, p := range strings.Split(doc.Text, "\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString("</article>\n</body>\n</html>\n")
	exptest.Golden(t, *update, "example-article.html", b.Bytes())
}

func TestWriteErrors(t *testing.T) {
	qs := exptest.ReadInput(t, "basic")
	t.Run("dataset", func(t *testing.T) { exptest.TestWriteErrors(t, newWriter(exporters.Options{}), qs) })
	t.Run("article", func(t *testing.T) {
		exptest.TestWriteErrors(t, newWriter(exporters.Options{}.With(jsonld.Article, "000")), qs)
	})
}

func FuzzWriter(f *testing.F) {
	for _, s := range exptest.FuzzSeeds {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(fuzzBody)
}

// fuzzBody checks the dataset and the article snippet of a fuzzed
// document: json-gold must read the dataset back to the input quads, and
// the snippet must be one safe script element holding JSON.
func fuzzBody(t *testing.T, name, alias, quote, role string) {
	qs, ok := exptest.FuzzQuads(name, alias, quote, role)
	if !ok {
		t.Skip()
	}
	snippetJSON(t, exptest.Write(t, newWriter(exporters.Options{}.With(jsonld.Article, "f/"+alias)), qs))
	out := exptest.Write(t, newWriter(exporters.Options{}), qs)
	got := toRDF(t, out)
	var want []quad.Quad
	for _, q := range qs {
		if s, ok := q.Object.(quad.String); ok {
			q.Object = quad.String(perByte(string(s)))
		}
		if goldAccepts(q) {
			want = append(want, q)
		}
	}
	sameQuads(t, "json-gold", got, want)
}

// goldAccepts reports whether json-gold v0.3.0 keeps q in toRDF: it drops
// quads with an http(s) IRI that its URL validator (borrowed from
// govalidator) rejects, such as one of 2083 characters or more, although
// JSON-LD only drops IRIs that are not well-formed.
func goldAccepts(q quad.Quad) bool {
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if iri, ok := v.(quad.IRI); ok && (strings.HasPrefix(string(iri), "http://") || strings.HasPrefix(string(iri), "https://")) && !ld.IsURL(string(iri)) {
			return false
		}
	}
	return true
}

// perByte replaces each byte of invalid UTF-8 with U+FFFD, as
// encoding/json does.
func perByte(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}

// TestArticleTypeVotedOverAllDocuments: an entity that another document
// types Organization keeps that type in the snippet of an article that
// could only call it a Thing.
func TestArticleTypeVotedOverAllDocuments(t *testing.T) {
	var qs []quad.Quad
	for i, typ := range []ng.EntityType{ng.Organization, ng.Organization, ng.Thing} {
		doc := ng.Doc{ID: fmt.Sprintf("d%d", i), Source: "t", Text: "Acme Lines grew."}
		ex := &ng.Extraction{Entities: []ng.Entity{{Key: "a", Name: "Acme Lines", Type: typ,
			Mentions: []ng.Mention{{Span: ng.Span{Start: 0, End: 10}, Sentence: ng.Span{Start: 0, End: 16}, Text: "Acme Lines"}}}}}
		q, err := ng.Quads(doc, "t/v1", ex, []ng.IRI{ng.EntityNS + "acme-lines"})
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, q...)
	}
	var buf bytes.Buffer
	w := jsonld.NewWriter(&buf, exporters.Options{}.With(jsonld.Article, "d2"))
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"@type": "Organization"`) {
		t.Errorf("got %s, want Acme Lines typed Organization", buf.String())
	}
}
